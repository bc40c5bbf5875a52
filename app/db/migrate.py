"""Schema upgrades at start, after an automatic backup of an SQLite file.

Every area adds its tables as an Alembic revision under ``app/migrations/versions``. Areas
branch from the foundation revision and are applied together (``heads``), so areas can land in
any order; a revision that needs another area's tables names it in ``depends_on``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from app.db.engine import QT_TRANSLATE_NOOP, Database, DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


@dataclass(frozen=True)
class UpgradeResult:
    before: frozenset[str]
    after: frozenset[str]
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def backup_sqlite(path: Path, folder: Path | None = None, label: str = "") -> Path:
    """Copy a live SQLite file consistently (the backup API, so WAL content is included)."""
    folder = folder or path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{('-' + label) if label else ''}{path.suffix or '.sqlite3'}"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, *, backup_folder: Path | None = None) -> UpgradeResult:
    """Bring the schema to the newest revision; back up an existing SQLite file first."""
    before = frozenset(current_revisions(db))
    heads = head_revisions()
    script = ScriptDirectory.from_config(alembic_config())
    unknown = [rev for rev in before if not _known(script, rev)]
    if unknown:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Database", "This database was made by a newer version of ServiceBay. "
                              "Install that version to open it."),
            ", ".join(sorted(unknown)),
            kind="newer",
        )
    if before == heads:
        return UpgradeResult(before, before, None)
    backup = None
    path = db.sqlite_path
    if path is not None and before and path.exists():
        backup = backup_sqlite(path, backup_folder, label="before-upgrade")
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    after = frozenset(current_revisions(db))
    return UpgradeResult(before, after, backup)


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except CommandError:
        return False


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions()
