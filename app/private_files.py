"""Files only the signed-in OS user can read: the data folder, the database, its WAL, backups, logs.

The customer file holds names, mobiles and addresses (PIPL applies) and the database holds the
password hashes. On a shared PC another OS account must not be able to copy them, so on POSIX
everything ServiceBay creates in its data folder is made ``0700`` (folders) / ``0600`` (files) at
creation, whatever the umask. SQLite creates ``-wal`` and ``-shm`` with the database file's own
mode, so a private database file gives private companions.

Existing files are not changed behind the user's back: :func:`loose_files` lists the ones others
can read, for ``servicebay check`` and the log at start. On Windows the per-user data folder
(``%LOCALAPPDATA%``) already carries the user's own ACL; the mode bits mean nothing there, so the
check reports nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) with the folder itself ``0700``; an existing folder is kept."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True)
        if POSIX:
            os.chmod(path, PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> bool:
    """Create an empty ``0600`` file unless one exists; True when it was created here."""
    if path.exists():
        return False
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:  # another process made it a moment ago
        return False
    os.close(fd)
    if POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)  # os.open's mode is masked by the umask; 0600 is what we want
    return True


def open_private_for_append(path: Path, encoding: str = "utf-8", errors: str | None = None):
    """A text stream appending to ``path``, which is created ``0600`` if new (for log files)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
    return os.fdopen(fd, "a", encoding=encoding, errors=errors)


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write a file holding personal data (an export) that only this OS user can read."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    if POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)


@dataclass(frozen=True)
class LooseFile:
    """A file or folder that other OS users can read or enter."""

    path: Path
    mode: int

    def describe(self) -> str:
        kind = "folder" if stat.S_ISDIR(self.mode) else "file"
        want = "700" if stat.S_ISDIR(self.mode) else "600"
        return (f"files: the {kind} {self.path} can be read by other users of this PC "
                f"(mode {stat.S_IMODE(self.mode):03o}); make it private: chmod {want} '{self.path}'")


def sensitive_paths(data_folder: Path | None, database: Path | None, log_folder: Path | None,
                    backup_folder: Path | None = None) -> list[Path]:
    """What holds personal data or secrets: the folders, the database and its companions, backups, logs."""
    paths: list[Path] = []
    if data_folder is not None:
        paths += [data_folder, data_folder / "settings.json"]
    if database is not None:
        paths += [database, Path(f"{database}-wal"), Path(f"{database}-shm"),
                  Path(f"{database}-journal")]
    for backups in ([database.parent / "backups"] if database is not None else []) + \
            ([backup_folder] if backup_folder is not None else []):
        paths.append(backups)
        if backups.is_dir():
            paths += sorted(backups.iterdir())
    if log_folder is not None:
        paths.append(log_folder)
        if log_folder.is_dir():
            paths += sorted(log_folder.iterdir())
    return list(dict.fromkeys(paths))  # each once, in order


def loose_files(paths: Iterable[Path]) -> list[LooseFile]:
    """Those of ``paths`` that exist and that group or others may read, write or enter (POSIX only)."""
    if not POSIX:
        return []
    found = []
    for path in paths:
        try:
            mode = path.stat().st_mode
        except OSError:
            continue
        if stat.S_IMODE(mode) & 0o077:
            found.append(LooseFile(path, mode))
    return found
