"""The backups of one database in one folder: made, checked, kept 7 daily / 4 weekly / 12 monthly.

A backup is written under a temporary name (``.NAME.partial``) in the backup folder, checked
(SQLite: opens, ``PRAGMA integrity_check``, the row count of every table against the source's at
the same snapshot; PostgreSQL: ``pg_restore --list`` reads it whole), and only then renamed to
its final name. So every file with a final name is a good backup: the newest one is "the last
good backup", and rotation (``rotation.to_keep``) only ever weighs good ones against each other:
a failed backup removes its own temporary file and leaves the older ones alone.

Names: ``<database>-<UTC time>[-label].sqlite3`` (or ``.dump`` for PostgreSQL), e.g.
``servicebay-20261120T023000Z.sqlite3`` and ``servicebay-20261120T023000Z-before-upgrade.sqlite3``.
The folder is this PC's setting (``LocalSettings.backup_folder``), by default ``backups`` in the
data folder; it and the files in it are private to the OS user (``app.private_files``).
"""

from __future__ import annotations

import builtins
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.backup import postgres, sqlite_file
from app.backup.rotation import DEFAULT_POLICY, Policy, to_keep
from app.db.engine import Database
from app.private_files import POSIX, PRIVATE_FILE_MODE, create_private_file, make_private_dir
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, DatabaseDamaged, StorageError

STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<label>[a-z][a-z-]*))?(?P<ext>\.sqlite3|\.dump)$")
BEFORE_UPGRADE = "before-upgrade"

DAMAGED = QT_TRANSLATE_NOOP(
    "ServiceError", "The database file is damaged ({detail}). No backup was made and the older backups were kept. "
                    "{restore}")
FOLDER_FULL = QT_TRANSLATE_NOOP(
    "ServiceError", "The backup folder {folder} is full. No backup was made and the older backups were kept; free "
                    "some space or choose another folder.")
FAILED = QT_TRANSLATE_NOOP(
    "ServiceError", "The backup could not be made ({detail}). The older backups were kept.")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "ServiceError", "The backup folder {folder} cannot be written to ({detail}). No backup was made.")
IN_MEMORY = QT_TRANSLATE_NOOP("ServiceError", "A database held in memory cannot be backed up.")
WRITES_STOPPED = QT_TRANSLATE_NOOP(
    "ServiceError", "The database file is damaged ({detail}). ServiceBay saves nothing more to it. {restore}")
TOOLS_MISSING = QT_TRANSLATE_NOOP(
    "ServiceError", "Backups of a PostgreSQL database need PostgreSQL's client tools on this PC (pg_dump and "
                    "pg_restore, of the server's version), and {tool} was not found. Install them and try again; "
                    "nothing was changed.")
TOOL_FAILED = QT_TRANSLATE_NOOP("ServiceError", "{tool} failed: {detail}. Nothing was changed.")
RESTORE_HINT = QT_TRANSLATE_NOOP(
    "ServiceError", "The last good backup is {backup} ({time}). Close ServiceBay on every PC and restore it with: "
                    "servicebay restore \"{backup}\"")
NO_BACKUP_HINT = QT_TRANSLATE_NOOP(
    "ServiceError", "There is no backup of it in {folder}. Ask the administrator to copy the file and check the disk.")


class BackupFailed(StorageError):
    """No backup was made; the older backups are untouched."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # aware, UTC
    size: int
    label: str = ""

    @property
    def name(self) -> str:
        return self.path.name


def default_folder() -> Path:
    """This PC's backup folder: the setting, else ``backups`` in the data folder."""
    from app.settings import backup_folder

    return backup_folder()


def parse_name(path: Path) -> tuple[str, datetime, str] | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    taken = datetime.strptime(found["stamp"], STAMP).replace(tzinfo=UTC)
    return found["stem"], taken, found["label"] or ""


class Backups:
    """The backups of ``db`` in ``folder`` (default: this PC's backup folder)."""

    def __init__(self, db: Database, folder: Path | None = None, clock: Clock | None = None,
                 policy: Policy = DEFAULT_POLICY) -> None:
        self.db = db
        self.folder = folder or default_folder()
        self.clock = clock or getattr(db, "clock", None) or Clock()
        self.policy = policy
        if db.is_sqlite:
            path = db.sqlite_path
            self.stem = path.stem if path is not None else "memory"
            self.ext = ".sqlite3"
        else:
            target = postgres.Target.of(db.url)
            self.stem = target.database if target.schema == "public" else f"{target.database}.{target.schema}"
            self.ext = ".dump"

    # ---- what is there ----------------------------------------------------------------------

    def list(self) -> list[BackupFile]:
        """The good backups of this database, newest first."""
        found: list[BackupFile] = []
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return []
        for path in entries:
            parsed = parse_name(path)
            if parsed is None or parsed[0] != self.stem or path.suffix != self.ext:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(BackupFile(path, parsed[1], size, parsed[2]))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def last_good(self) -> BackupFile | None:
        backups = self.list()
        return backups[0] if backups else None

    def is_due(self, max_age: timedelta = timedelta(days=1)) -> bool:
        last = self.last_good()
        return last is None or self.clock.now() - last.taken_at >= max_age

    def restore_hint(self) -> tuple[str, dict]:
        """The sentence naming the last good backup and how to restore it (English source and values)."""
        last = self.last_good()
        if last is None:
            return NO_BACKUP_HINT, {"folder": str(self.folder)}
        return RESTORE_HINT, {"backup": str(last.path), "time": f"{self.clock.local(last.taken_at):%Y-%m-%d %H:%M}"}

    def damaged(self, detail: str, text: str = "") -> HintedDamage:
        """The error for a damaged database: ``text`` (default: writes stopped) and the restore hint."""
        hint, values = self.restore_hint()
        return HintedDamage(text or WRITES_STOPPED, hint, detail=detail, **values)

    # ---- making one -------------------------------------------------------------------------

    def make(self, *, label: str = "", output: Path | None = None) -> BackupFile:
        """Write a checked backup; into the folder (then rotate) or, with ``output``, to that file."""
        now = self.clock.now().astimezone(UTC)
        if output is None:
            try:
                make_private_dir(self.folder)
            except OSError as exc:
                raise BackupFailed(NO_FOLDER, folder=str(self.folder), detail=exc.strerror or str(exc)) from exc
            name = f"{self.stem}-{now.strftime(STAMP)}{'-' + label if label else ''}{self.ext}"
            final = self.folder / name
        else:
            final = output
        temp = final.with_name(f".{final.name}.partial")
        self._clear_partials(final.parent)
        try:
            if self.db.is_sqlite:
                self._copy_sqlite(temp)
            else:
                self._dump_postgres(temp)
            os.replace(temp, final)
        finally:
            if temp.exists():
                temp.unlink()
        made = BackupFile(final, now, final.stat().st_size, label)
        if output is None:
            self.prune()
        return made

    def _copy_sqlite(self, temp: Path) -> None:
        source = self.db.sqlite_path
        if source is None:
            raise BackupFailed(IN_MEMORY)
        try:
            sqlite_file.copy(source, temp)
        except sqlite_file.CopyFailed as exc:
            if exc.disk_full:
                raise BackupFailed(FOLDER_FULL, folder=str(temp.parent)) from exc
            if exc.damaged_source:
                raise self.damaged(exc.why, DAMAGED) from exc
            raise BackupFailed(FAILED, detail=exc.why) from exc

    def _dump_postgres(self, temp: Path) -> None:
        target = postgres.Target.of(self.db.url)
        try:
            create_private_file(temp)
            postgres.dump(target, temp)
            if POSIX:
                os.chmod(temp, PRIVATE_FILE_MODE)
            postgres.listing(temp)  # reads the whole file back: a cut or garbled dump fails here
        except postgres.ToolMissing as exc:
            raise BackupFailed(TOOLS_MISSING, tool=exc.tool) from exc
        except postgres.ToolFailed as exc:
            if "No space left" in exc.output:
                raise BackupFailed(FOLDER_FULL, folder=str(temp.parent)) from exc
            raise BackupFailed(TOOL_FAILED, tool=exc.tool, detail=exc.output.splitlines()[0] if exc.output else "")\
                from exc
        except OSError as exc:
            if exc.errno == 28:
                raise BackupFailed(FOLDER_FULL, folder=str(temp.parent)) from exc
            raise BackupFailed(FAILED, detail=str(exc)) from exc

    def _clear_partials(self, folder: Path) -> None:
        """Temporary files a crash left behind (a good backup never has this name)."""
        try:
            for path in folder.glob(f".{self.stem}-*{self.ext}.partial"):
                path.unlink(missing_ok=True)
        except OSError:
            pass

    # ---- rotation ---------------------------------------------------------------------------

    def prune(self) -> builtins.list[Path]:
        """Remove the good backups the policy no longer keeps; the newest pre-upgrade copy stays too."""
        backups = self.list()
        keep = to_keep(backups, lambda b: b.taken_at, self.clock.local, self.policy)
        upgrades = [b for b in backups if b.label == BEFORE_UPGRADE]
        if upgrades:
            keep.add(upgrades[0])
        removed = []
        for backup in backups:
            if backup not in keep:
                try:
                    backup.path.unlink()
                    removed.append(backup.path)
                except OSError:
                    pass
        return removed


class HintedDamage(DatabaseDamaged):
    """The database is damaged: the message names the last good backup and how to restore it."""

    def __init__(self, text: str, hint: str, **params) -> None:
        self.hint = hint
        super().__init__(text, **params)

    def values(self, translate=None) -> dict:
        values = dict(self.params)
        template = translate(self.context, self.hint) if translate else self.hint
        try:
            values["restore"] = template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            values["restore"] = template
        return values
