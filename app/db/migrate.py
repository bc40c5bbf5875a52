"""Schema upgrades at start, after a checked backup (app/backup/store.py) on either engine.

Every area adds its tables as an Alembic revision under ``app/migrations/versions``. Areas
branch from the foundation revision and are applied together (``heads``), so areas can land in
any order; a revision that needs another area's tables names it in ``depends_on``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from app.db.engine import QT_TRANSLATE_NOOP, Database, DatabaseUnavailable

log = logging.getLogger(__name__)
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


def upgrade(db: Database, *, backup_folder: Path | None = None) -> UpgradeResult:
    """Bring the schema to the newest revision; back up an existing database first.

    The copy goes through the backups' own code (checked, rotated with the daily ones, kept in this
    PC's backup folder). When it cannot be made (a full disk, PostgreSQL without pg_dump on an
    SQLite-less PC, a damaged file) the upgrade is not started and the database stays as it was.
    """
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
    backup = _backup_before_upgrade(db, backup_folder) if before else None
    cfg = alembic_config(db)
    with db.engine.connect() as conn:
        # SQLite changes most columns by copying the table (alembic's batch mode); with foreign keys
        # enforced, dropping the old copy of a table other rows point at fails. SQLite's own procedure:
        # keys off outside the transaction, the change, a full key check, then commit (or roll back).
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseUnavailable(
                            QT_TRANSLATE_NOOP("Database", "The upgrade would leave rows pointing at nothing; "
                                              "nothing was changed. The file is as it was."),
                            ", ".join(sorted({str(r[0]) for r in broken})),
                            kind="upgrade",
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    after = frozenset(current_revisions(db))
    return UpgradeResult(before, after, backup)


def _backup_before_upgrade(db: Database, folder: Path | None) -> Path | None:
    from app.backup.store import BEFORE_UPGRADE, TOOLS_MISSING, Backups
    from services.common.errors import StorageError

    if db.is_sqlite and (db.sqlite_path is None or not db.sqlite_path.exists()):
        return None
    try:
        return Backups(db, folder).make(label=BEFORE_UPGRADE).path
    except StorageError as exc:
        if exc.text == TOOLS_MISSING:  # a PC without PostgreSQL's tools still upgrades; the server has its own backups
            log.warning("no copy before the upgrade: %s", exc.message())
            return None
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Database", "The copy of the database made before the upgrade failed, so the upgrade "
                              "was not started; the database is as it was."),
            exc.message(),
            kind="backup",
        ) from exc


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except CommandError:
        return False


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != head_revisions()
