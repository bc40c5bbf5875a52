"""``servicebay backup``, ``restore``, ``diagnostics``, and the damage check of ``servicebay check``.

These work on the database file or server directly, without opening the app's context (no schema
upgrade, no services): a restore must work when the current database is damaged, and a check must
name the damage instead of dying on it. ``app/cli.py`` runs a parser with ``opens_database=False``
as ``func(args, url, out)``.
"""

from __future__ import annotations

import time
from pathlib import Path

from services.common.errors import QT_TRANSLATE_NOOP


def register(groups) -> None:
    root = groups["root"]
    backup = root.add_parser("backup", help=QT_TRANSLATE_NOOP(
        "cli", "back up the database now (into this PC's backup folder, or to a file)"))
    backup.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help=QT_TRANSLATE_NOOP("cli", "write the backup to this file instead"))
    backup.set_defaults(func=cmd_backup, opens_database=False)

    restore = root.add_parser("restore", help=QT_TRANSLATE_NOOP(
        "cli", "put a backup back in place of the database (the current one is kept aside)"))
    restore.add_argument("file", type=Path, nargs="?", help=QT_TRANSLATE_NOOP("cli", "the backup file"))
    restore.add_argument("--wait", type=float, default=None, metavar="SECONDS", help=QT_TRANSLATE_NOOP(
        "cli", "PostgreSQL: how long the other PCs get to sign out after the station is marked as being restored "
               "(default 15)"))
    restore.add_argument("--end-maintenance", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "PostgreSQL: clear the mark of a restore that died (older than 6 hours), so people can sign in again"))
    restore.set_defaults(func=cmd_restore, opens_database=False)

    diag = root.add_parser("diagnostics", help=QT_TRANSLATE_NOOP(
        "cli", "save a diagnostic report (log, versions, settings without secrets) for IT support"))
    diag.add_argument("-o", "--output", type=Path, metavar="FILE.zip", required=True,
                      help=QT_TRANSLATE_NOOP("cli", "the zip file to write"))
    diag.set_defaults(func=cmd_diagnostics, opens_database=False)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"


def cmd_backup(args, url: str, out) -> int:
    from app.backup.store import Backups
    from app.db.engine import open_database

    db = open_database(url)
    try:
        started = time.perf_counter()
        made = Backups(db).make(output=args.output.expanduser().resolve() if args.output else None)
        out.say(QT_TRANSLATE_NOOP("cli", "Backup written and checked: {path} ({size}, {seconds:.1f} s)."),
                path=made.path, size=_size(made.size), seconds=time.perf_counter() - started)
    finally:
        db.dispose()
    return 0


def cmd_restore(args, url: str, out) -> int:
    from app import instance
    from app.backup.restore import restore
    from services.users.sessions import MAINTENANCE_CHECK_SECONDS

    if args.end_maintenance:
        return _end_maintenance(url, out)
    if args.file is None:
        out.error(QT_TRANSLATE_NOOP("cli", "Name the backup file to restore; nothing was changed."))
        return 1
    wait = MAINTENANCE_CHECK_SECONDS * 1.5 if args.wait is None else max(0.0, args.wait)

    def after_mark() -> None:  # PostgreSQL only: the other PCs' session checks see the mark and sign out
        if wait:
            out.say(QT_TRANSLATE_NOOP("cli", "The station is marked as being restored; the other PCs sign out "
                                             "within {seconds:.0f} s…"), seconds=wait)
            time.sleep(wait)

    held = instance.acquire(url)
    if isinstance(held, instance.AlreadyRunning):
        out.error(QT_TRANSLATE_NOOP("cli", "ServiceBay is open on this PC with this database (process {pid}). "
                                           "Close it, then restore again; nothing was changed."),
                  pid=held.pid or "?")
        return 1
    try:
        done = restore(url, args.file.expanduser().resolve(), after_mark=after_mark)
    finally:
        if held is not None:
            held.release()
    out.say(QT_TRANSLATE_NOOP("cli", "Restored {path}. The database that was in use is kept as {aside}."),
            path=done.source, aside=done.aside or "-")
    if done.older_schema:
        out.say(QT_TRANSLATE_NOOP("cli", "The backup is of an older version; ServiceBay upgrades it when it next "
                                         "starts."))
    return 0


def _end_maintenance(url: str, out) -> int:
    from app.backup import maintenance
    from app.db.engine import open_database

    db = open_database(url)  # an unreachable server or a bad URL is answered in words by the CLI
    try:
        cleared = maintenance.end_stale(db.engine, None)  # the URL's own schema (its search_path)
    finally:
        db.dispose()
    if not cleared:
        out.say(QT_TRANSLATE_NOOP("cli", "No restore is marked as under way; nothing was changed."))
        return 0
    for found in cleared:
        out.say(QT_TRANSLATE_NOOP("cli", "Cleared the mark of the restore started on {host} at {time} UTC; people "
                                         "can sign in again."), host=found.host or "?",
                time=f"{found.started_at:%Y-%m-%d %H:%M}")
    return 0


def cmd_diagnostics(args, url: str, out) -> int:
    from app.backup.diagnostics import write_report

    path = write_report(args.output.expanduser().resolve(), url)
    out.say(QT_TRANSLATE_NOOP("cli", "Diagnostic report saved: {path}"), path=path)
    return 0


def damage(url: str):
    """For ``servicebay check``: the full integrity check of an SQLite file; the error to show when damaged."""
    from app.backup.sqlite_file import check
    from app.backup.store import Backups
    from app.db.engine import Database

    db = Database(url)
    try:
        path = db.sqlite_path
        if path is None or not path.is_file():
            return None
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":  # not SQLite at all: opening it says so (app/db/engine.py)
                return None
        health = check(path)
        if health.ok:
            return None
        return Backups(db).damaged(health.summary, CHECK_DAMAGED)
    finally:
        db.dispose()


CHECK_DAMAGED = QT_TRANSLATE_NOOP("ServiceError", "The database file is damaged ({detail}). Stop using ServiceBay on "
                                                  "it. {restore}")
