"""One copy of the app per SQLite file on a PC: a second start is told where the first one is.

Qt's QLockFile writes the holder's process id and notices a lock left by a crashed process, so a
pulled power cord never locks the station out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class AlreadyRunning:
    pid: int | None
    host: str


class InstanceLock:
    def __init__(self, lock: QLockFile) -> None:
        self._lock = lock

    def release(self) -> None:
        self._lock.unlock()


def acquire(database_url: str, timeout_ms: int = 200) -> InstanceLock | AlreadyRunning | None:
    """Lock the SQLite file for this process; None for a server database (many PCs share it)."""
    if not database_url.startswith("sqlite") or ":memory:" in database_url:
        return None
    path = database_url.split("///", 1)[-1]
    lock = QLockFile(path + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(timeout_ms):
        return InstanceLock(lock)
    info = lock.getLockInfo()  # PySide6 returns (pid, host, app), or a shorter tuple when unknown
    pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0 else None
    host = info[1] if isinstance(info, tuple) and len(info) > 1 else ""
    return AlreadyRunning(pid, host)
