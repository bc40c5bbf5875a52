"""Putting a backup back: checked first, the current database kept aside, nothing changed on refusal.

A file is refused, and nothing is touched, when it is damaged (SQLite's ``integrity_check``,
``pg_restore --list``), is not a ServiceBay database (no ``alembic_version`` or no station
table), or was made by a newer ServiceBay (a schema revision this code does not know). Otherwise:

- SQLite: the backup is copied (online backup API, checked as a backup is) to a temporary file
  beside the database; the current file and its ``-wal``/``-shm`` are renamed to
  ``NAME.before-restore-<time>`` (kept, never deleted), and the copy takes the database's name.
  The caller holds the app's single-instance lock meanwhile (app/commands/backup.py).
- PostgreSQL: the station is marked as under maintenance first (app/backup/maintenance.py: the other PCs
  sign out and nobody signs in until the mark is cleared at the end); then the current schema is renamed to ``<schema>_before_restore_<time>`` and the dump is
  restored in one transaction into a new schema of the old name; on failure the rename is undone.

A backup of an older schema is accepted: the app upgrades it at its next start (after a backup).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from app.backup import postgres, sqlite_file
from app.backup.store import TOOL_FAILED, TOOLS_MISSING
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ServiceError

MISSING = QT_TRANSLATE_NOOP("ServiceError", "The file {path} cannot be read ({detail}). Nothing was changed.")
DAMAGED = QT_TRANSLATE_NOOP("ServiceError", "The file {path} is damaged ({detail}); it was not restored and nothing "
                                            "was changed. Choose an older backup.")
NOT_OURS = QT_TRANSLATE_NOOP("ServiceError", "The file {path} is not a ServiceBay backup ({detail}); nothing was "
                                             "changed.")
NEWER = QT_TRANSLATE_NOOP("ServiceError", "The backup {path} was made by a newer version of ServiceBay (schema "
                                          "{revision}); install that version to restore it. Nothing was changed.")
OTHER_SCHEMA = QT_TRANSLATE_NOOP("ServiceError", "The backup {path} holds the schema {found}, not {wanted}; nothing "
                                                 "was changed.")
ENGINE = QT_TRANSLATE_NOOP("ServiceError", "The file {path} is a backup of another kind of database than {engine}; "
                                           "nothing was changed.")
COPY_FAILED = QT_TRANSLATE_NOOP("ServiceError", "The backup could not be copied into place ({detail}); the database "
                                                "was not changed.")

MAIN_TABLE = "station"  # every ServiceBay database has it


class RestoreRefused(ServiceError):
    """The backup was not restored; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    source: Path
    revisions: frozenset[str]
    aside: str  # where the database that was current is kept: a file path or a schema name
    older_schema: bool  # the app upgrades it at its next start


def _stamp(clock: Clock | None) -> str:
    return (clock or Clock()).now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _judge(path: Path, revisions: set[str] | None) -> tuple[frozenset[str], bool]:
    """Refuse a file of no or a newer schema; whether it is older than the code."""
    from alembic.script import ScriptDirectory

    from app.db.migrate import _known, alembic_config, head_revisions

    if not revisions:
        raise RestoreRefused(NOT_OURS, path=str(path), detail="alembic_version")
    script = ScriptDirectory.from_config(alembic_config())
    unknown = sorted(rev for rev in revisions if not _known(script, rev))
    if unknown:
        raise RestoreRefused(NEWER, path=str(path), revision=", ".join(unknown))
    return frozenset(revisions), set(revisions) != head_revisions()


# ---- SQLite ----------------------------------------------------------------------------------


def inspect_sqlite(path: Path) -> tuple[frozenset[str], bool]:
    """Check an SQLite backup; its revisions and whether it is older than the code. Refuses otherwise."""
    if not path.is_file():
        raise RestoreRefused(MISSING, path=str(path), detail="not a file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise RestoreRefused(MISSING, path=str(path), detail=exc.strerror or str(exc)) from exc
    if header != b"SQLite format 3\x00":
        if header.startswith(b"PGDMP"):
            raise RestoreRefused(ENGINE, path=str(path), engine="SQLite")
        raise RestoreRefused(NOT_OURS, path=str(path), detail="not an SQLite file")
    health = sqlite_file.check(path)
    if not health.ok:
        raise RestoreRefused(DAMAGED, path=str(path), detail=health.summary)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = set(sqlite_file.table_names(con))
            if MAIN_TABLE not in tables or "alembic_version" not in tables:
                raise RestoreRefused(NOT_OURS, path=str(path), detail="no ServiceBay tables")
            revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(DAMAGED, path=str(path), detail=str(exc)) from exc
    return _judge(path, revisions)


def restore_sqlite(database: Path, source: Path, clock: Clock | None = None) -> Restored:
    """Put the checked backup ``source`` in place of ``database`` (which the caller has locked)."""
    revisions, older = inspect_sqlite(source)
    temp = database.with_name(f".{database.name}.restoring")
    sqlite_file._remove(temp)
    try:
        sqlite_file.copy(source, temp)
    except sqlite_file.CopyFailed as exc:
        raise RestoreRefused(COPY_FAILED, detail=exc.why) from exc
    aside = database.with_name(f"{database.name}.before-restore-{_stamp(clock)}")
    try:
        if database.exists():
            os.replace(database, aside)
            for suffix in ("-wal", "-shm", "-journal"):  # SQLite pairs them by name: they travel together
                companion = Path(f"{database}{suffix}")
                if companion.exists():
                    os.replace(companion, Path(f"{aside}{suffix}"))
        os.replace(temp, database)
    except OSError as exc:
        if aside.exists() and not database.exists():
            os.replace(aside, database)
            for suffix in ("-wal", "-shm", "-journal"):
                if Path(f"{aside}{suffix}").exists():
                    os.replace(Path(f"{aside}{suffix}"), Path(f"{database}{suffix}"))
        sqlite_file._remove(temp)
        raise RestoreRefused(COPY_FAILED, detail=exc.strerror or str(exc)) from exc
    return Restored(source, revisions, str(aside) if aside.exists() else "", older)


# ---- PostgreSQL ------------------------------------------------------------------------------


def inspect_postgres(path: Path, schema: str) -> tuple[frozenset[str], bool, bool]:
    """Check a dump: revisions, whether older, whether it creates its schema itself. Refuses otherwise."""
    if not path.is_file():
        raise RestoreRefused(MISSING, path=str(path), detail="not a file")
    with open(path, "rb") as fh:
        if fh.read(16).startswith(b"SQLite format 3"):
            raise RestoreRefused(ENGINE, path=str(path), engine="PostgreSQL")
    try:
        listing = postgres.listing(path)
        found = postgres.dumped_schema(listing)
        if found is None:
            raise RestoreRefused(NOT_OURS, path=str(path), detail="no tables")
        if found != schema:
            raise RestoreRefused(OTHER_SCHEMA, path=str(path), found=found, wanted=schema)
        if f" TABLE {schema} {MAIN_TABLE} " not in listing:
            raise RestoreRefused(NOT_OURS, path=str(path), detail="no ServiceBay tables")
        revisions = postgres.revisions_in(path, schema)
    except postgres.ToolMissing as exc:
        raise RestoreRefused(TOOLS_MISSING, tool=exc.tool) from exc
    except postgres.ToolFailed as exc:
        raise RestoreRefused(DAMAGED, path=str(path), detail=exc.output.splitlines()[0] if exc.output else "") \
            from exc
    judged, older = _judge(path, revisions)
    creates_schema = f" SCHEMA - {schema} " in listing
    return judged, older, creates_schema


def restore_postgres(url: str | URL, source: Path, clock: Clock | None = None,
                     after_mark: Callable[[], None] | None = None) -> Restored:
    """Restore a checked dump; the station is marked as under maintenance meanwhile (app/backup/maintenance.py).

    ``after_mark`` runs once the mark is committed and before anything changes: the CLI and the app wait there
    for the other PCs' session checks to sign them out."""
    from app.backup import maintenance

    target = postgres.Target.of(make_url(url))
    revisions, older, creates_schema = inspect_postgres(source, target.schema)
    aside = f"{target.schema}_before_restore_{_stamp(clock).lower()}"[:63]
    plain = make_url(url)
    plain = plain.set(query={k: v for k, v in plain.query.items() if k != "options"})
    engine = create_engine(plain, connect_args={"connect_timeout": 10})
    quoted, quoted_aside = f'"{target.schema}"', f'"{aside}"'
    try:
        mark_id = maintenance.mark(engine, target.schema, source, clock)
        try:
            if after_mark is not None:
                after_mark()
            with engine.begin() as conn:
                conn.execute(text(f"ALTER SCHEMA {quoted} RENAME TO {quoted_aside}"))
                if not creates_schema:
                    conn.execute(text(f"CREATE SCHEMA {quoted}"))
            try:
                postgres.restore(target, source)
            except (postgres.ToolFailed, postgres.ToolMissing) as exc:
                with engine.begin() as conn:
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {quoted} CASCADE"))
                    conn.execute(text(f"ALTER SCHEMA {quoted_aside} RENAME TO {quoted}"))
                if isinstance(exc, postgres.ToolMissing):
                    raise RestoreRefused(TOOLS_MISSING, tool=exc.tool) from exc
                raise RestoreRefused(TOOL_FAILED, tool=exc.tool,
                                     detail=exc.output.splitlines()[0] if exc.output else "") from exc
            maintenance.clear(engine, target.schema)  # the restored data starts with no mark (a dump may hold one)
        finally:
            if mark_id is not None:  # ours, wherever it is now: the schema in use or the one kept aside
                maintenance.clear(engine, target.schema, mark_id)
                maintenance.clear(engine, aside, mark_id)
    finally:
        engine.dispose()
    return Restored(source, revisions, aside, older)


@dataclass(frozen=True)
class Checked:
    """A backup that may be restored, and what restoring it would do (for a confirmation)."""

    source: Path
    taken_at: datetime  # from its name, else the file's time; aware UTC
    size: int
    older_schema: bool
    database: str  # what it replaces: the file, or the server's database and schema
    aside: str  # where the current one would be kept: a file or schema name with <time> in it


def inspect(url: str, source: Path) -> Checked:
    """Check ``source`` as ``restore`` does, without changing anything; refuses as it does."""
    from app.backup.store import parse_name

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise RestoreRefused(COPY_FAILED, detail=":memory:")
        _, older = inspect_sqlite(source)
        database = Path(parsed.database)
        where, aside = str(database), str(database.with_name(f"{database.name}.before-restore-<time>"))
    else:
        target = postgres.Target.of(parsed)
        _, older, _ = inspect_postgres(source, target.schema)
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{target.database} ({target.schema})"
        aside = f"{target.schema}_before_restore_<time>"
    named = parse_name(source)
    stat = source.stat()
    taken = named[1] if named else datetime.fromtimestamp(stat.st_mtime, UTC)
    return Checked(source, taken, stat.st_size, older, where, aside)


def restore(url: str, source: Path, clock: Clock | None = None,
            after_mark: Callable[[], None] | None = None) -> Restored:
    """Restore ``source`` into the database named by ``url`` (which nothing else may have open; on PostgreSQL
    the other PCs are signed out by the maintenance mark, and ``after_mark`` runs once it is written)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise RestoreRefused(COPY_FAILED, detail=":memory:")
        return restore_sqlite(Path(parsed.database), source, clock)
    return restore_postgres(url, source, clock, after_mark)
