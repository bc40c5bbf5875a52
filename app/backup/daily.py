"""What the app does by itself: a quick check of the file after start, and a backup once a day.

Both run in a worker (``TaskRunner.run``; SQLite's backup and checks leave the GIL while they
work), never on the UI thread. A damaged file stops writes (``Database.writes_stopped``): every
save is then refused with a message naming the last good backup and how to restore it, instead
of adding more work to a file that may lose it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from app.backup import sqlite_file
from app.backup.store import BackupFile, Backups, HintedDamage
from app.db.engine import Database
from services.common.clock import Clock
from services.common.errors import ServiceError

log = logging.getLogger(__name__)

DAILY = timedelta(days=1)
WARN_AFTER = timedelta(days=2)  # the home page warns past this


@dataclass(frozen=True)
class StartReport:
    damage: HintedDamage | None = None
    made: BackupFile | None = None
    failed: ServiceError | None = None


def quick_check(db: Database, clock: Clock | None = None, folder: Path | None = None) -> HintedDamage | None:
    """SQLite's ``quick_check`` of every page (no index comparison); the error when damaged."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    health = sqlite_file.check(path, quick=True)
    if health.ok:
        return None
    log.error("quick check of %s: %s", path, health.summary)
    return Backups(db, folder, clock).damaged(health.summary)


def stop_writes(db: Database, damage: HintedDamage) -> None:
    db.writes_stopped = damage


def backup_if_due(db: Database, clock: Clock | None = None, folder: Path | None = None,
                  max_age: timedelta = DAILY) -> BackupFile | None:
    backups = Backups(db, folder, clock)
    if not backups.is_due(max_age):
        return None
    made = backups.make()
    log.info("daily backup %s (%d bytes)", made.path, made.size)
    return made


def after_start(db: Database, clock: Clock | None = None, folder: Path | None = None) -> StartReport:
    """In a worker after the window is up: the quick check, then the daily backup if it is due.

    SQLite only: a PostgreSQL server is backed up on the server (or by hand with ``servicebay
    backup``), not by each of the PCs that use it."""
    if not db.is_sqlite:
        return StartReport()
    damage = quick_check(db, clock, folder)
    if damage is not None:
        stop_writes(db, damage)
        return StartReport(damage=damage)
    try:
        return StartReport(made=backup_if_due(db, clock, folder))
    except HintedDamage as exc:  # the backup's full check found what the quick one missed
        stop_writes(db, exc)
        return StartReport(damage=exc)
    except ServiceError as exc:
        log.warning("daily backup failed: %s", exc.message())
        return StartReport(failed=exc)
