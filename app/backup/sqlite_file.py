"""An SQLite file copied live (the online backup API) and checked: integrity and row counts.

The copy is taken from a read transaction on the source, after the source's row counts were read
in the same transaction: the counts and the copy are the same snapshot, whatever the app writes
meanwhile (WAL readers never block the writers). The copy is then opened on its own and must pass
``PRAGMA integrity_check`` and show the same counts. A copy is a single file (journal mode DELETE),
so it can be moved or carried on a USB stick alone.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.private_files import create_private_file

BUSY_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Health:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) said: ok, or the first problems."""

    ok: bool
    problems: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return "; ".join(self.problems[:3]) + (" …" if len(self.problems) > 3 else "")


class CopyFailed(Exception):
    """The copy could not be made or did not check out: ``why`` is for the log and the message."""

    def __init__(self, why: str, *, damaged_source: bool = False, disk_full: bool = False) -> None:
        super().__init__(why)
        self.why = why
        self.damaged_source = damaged_source
        self.disk_full = disk_full


def _connect_ro(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                          isolation_level=None)
    return con


def check(path: Path, *, quick: bool = False, limit: int = 20) -> Health:
    """The file's health by SQLite's own check (``quick``: no index-versus-table comparison)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = _connect_ro(path)
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return Health(False, (str(exc),))
    return Health(True) if rows == ["ok"] else Health(False, tuple(str(r) for r in rows))


def table_names(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def row_counts(con: sqlite3.Connection) -> dict[str, int]:
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in table_names(con)}


def copy(source: Path, target: Path) -> dict[str, int]:
    """Copy the live file ``source`` to the new file ``target`` (0600) and check the copy.

    Returns the row counts. On any failure ``target`` is removed and ``CopyFailed`` raised; the
    source is never written to.
    """
    try:
        create_private_file(target)
        src = _connect_ro(source)
        try:
            src.execute("BEGIN")
            counts = row_counts(src)  # the snapshot the copy is taken from
            dst = sqlite3.connect(target, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        _fsync(target)
        verify_copy(target, counts)
    except sqlite3.DatabaseError as exc:
        _remove(target)
        text = str(exc)
        raise CopyFailed(text, damaged_source="malformed" in text or "not a database" in text,
                         disk_full="full" in text) from exc
    except OSError as exc:
        _remove(target)
        raise CopyFailed(str(exc), disk_full=getattr(exc, "errno", None) == 28) from exc
    except CopyFailed:
        _remove(target)
        raise
    return counts


def verify_copy(path: Path, counts: dict[str, int]) -> None:
    """The copy opens, passes the integrity check and holds ``counts`` rows per table."""
    health = check(path)
    if not health.ok:
        raise CopyFailed(f"integrity check: {health.summary}", damaged_source=True)
    con = _connect_ro(path)
    try:
        got = row_counts(con)
    finally:
        con.close()
    if got != counts:
        differ = sorted(k for k in set(got) | set(counts) if got.get(k) != counts.get(k))
        raise CopyFailed(f"row counts differ from the source: {', '.join(differ[:5])}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass
