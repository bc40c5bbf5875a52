"""The database: one SQLite file by default, or a PostgreSQL server named by URL.

SQLite is opened with WAL, ``synchronous=FULL`` (an acknowledged scan or payment survives a
power cut), foreign keys on and a busy timeout. Write transactions begin ``IMMEDIATE``: a
deferred transaction that upgrades to a write fails at once with "database is locked" when
another PC or process wrote first, whatever the busy timeout. PostgreSQL waits for a lock as long
as SQLite's busy timeout (``lock_timeout``), then gives up with the same message instead of hanging.

Errors leave ``write()`` and ``read()`` as the app's own (``app.db.errors``): a locked database,
a duplicate key, a lost connection, a full disk are ``services.common.errors`` types with the
user's words, whatever the engine.
"""

from __future__ import annotations

import copy
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.base import NOW_OPTION
from app.db.errors import app_error
from app.db.turns import IMPATIENT_NS, WriteTurns
from app.private_files import create_private_file, make_private_dir
from services.common.errors import StorageError
from services.common.text import check_parameters

BUSY_TIMEOUT_MS = 5000


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


class DatabaseUnavailable(StorageError):
    """The database cannot be opened: the message says why in plain words (English source, context "Database")."""

    context = "Database"

    def __init__(self, reason: str, detail: str = "", *, kind: str = "unavailable") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.kind = kind


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_on_connect(busy_timeout_ms: int):
    def on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own transaction handling
        # would defer it and ignore IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL").fetchone()
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    return on_connect


def _pg_on_connect(busy_timeout_ms: int):
    def on_connect(dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
        dbapi_conn.commit()  # a SET inside a transaction that is later rolled back would be undone

    return on_connect


# how often the first waiting writer looks at the file again, and how often the others look at the queue
WRITE_POLL_S = 0.0005
QUEUE_POLL_S = 0.002


def _busy(exc: BaseException | None) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT")


def _sqlite_on_begin(busy_timeout_ms: int, turns: WriteTurns | None):
    """Writes begin IMMEDIATE. A writer that finds another one writing waits its turn in ``turns`` (the
    oldest waiter looks at the file every 0.5 ms) until the busy timeout, then gets SQLite's busy error
    as before.

    SQLite's own busy handler sleeps 1, 2, 5 … 50, 100 ms between looks: a writer that has waited a while
    sleeps through the short moments the file is free and is overtaken again and again (8 processes
    scanning into one file: p99 1.1 s, longest 4.3 s). Looking often without a queue only makes it a
    lottery (p99 about 0.6 s); the queue makes it a turn (``app/db/turns.py``).
    """
    def on_begin(conn) -> None:
        if not conn.get_execution_options().get("servicebay_write"):
            conn.exec_driver_sql("BEGIN")
            return
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            deadline = time.monotonic_ns() + busy_timeout_ms * 1_000_000
            if turns is None or not turns.waiting():
                try:
                    # nobody queued: the first try, through SQLAlchemy (seen as a statement: echo, events)
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                    return
                except OperationalError as exc:
                    if not _busy(exc.orig):
                        raise
            ticket = turns.join() if turns is not None else None
            try:
                while (now := time.monotonic_ns()) < deadline:
                    if ticket is not None and not ticket.first() and now - ticket.arrival < IMPATIENT_NS:
                        time.sleep(QUEUE_POLL_S)
                        continue
                    try:
                        raw.execute("BEGIN IMMEDIATE")  # on the driver's connection: a tenth of the CPU
                        return
                    except sqlite3.OperationalError as exc:
                        if not _busy(exc):
                            break  # not another writer: SQLAlchemy raises it in its own words below
                    time.sleep(WRITE_POLL_S)
            finally:
                if ticket is not None:
                    ticket.leave()
            # the timeout is over: the last try through SQLAlchemy leaves as the driver's busy error, which
            # app.db.errors maps to "busy"
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    return on_begin


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar shows: the engine and where the data lives (no password)."""

    engine: str
    location: str


def _refuse_unstorable_text(_conn, _cursor, _statement, parameters, _context, _executemany) -> None:
    check_parameters(parameters)


class Database:
    """Owns the engine and hands out sessions: reads begin deferred, writes begin immediate.

    Services take a ``Database`` in their constructor and open units of work from it; no
    global engine exists anywhere. ``clock`` (anything with ``now()`` giving an aware UTC time;
    ``AppContext`` sets its own ``Clock`` here) stamps every row's ``created_at``/``updated_at``
    written through ``read()``/``write()``; without one, the wall clock.
    """

    def __init__(self, url: str | URL, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine: Engine = create_engine(self.url, **kwargs)
        self.turns: WriteTurns | None = None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect(busy_timeout_ms))
            path = self.sqlite_path
            # the queue of waiting writers, beside the file as SQLite's -shm is (none for a database in memory)
            self.turns = WriteTurns(path.with_name(path.name + "-turns")) if path is not None else None
            event.listen(self.engine, "begin", _sqlite_on_begin(busy_timeout_ms, self.turns))
        elif self.url.get_backend_name() == "postgresql":
            event.listen(self.engine, "connect", _pg_on_connect(busy_timeout_ms))
        # a NUL or a lone surrogate in any text sent (a save, a search) is refused in words, on every engine
        event.listen(self.engine, "before_cursor_execute", _refuse_unstorable_text)
        self.clock = None
        #: set when the file was found damaged (app/backup/daily.py): every write is refused with it
        self.writes_stopped: StorageError | None = None
        clocked = self.engine.execution_options(**{NOW_OPTION: self._now})
        self._read = sessionmaker(clocked, expire_on_commit=False)
        self._write = sessionmaker(clocked.execution_options(servicebay_write=True), expire_on_commit=False)

    def _now(self) -> datetime:
        return self.clock.now() if self.clock is not None else datetime.now(UTC)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def info(self) -> DatabaseInfo:
        if self.is_sqlite:
            return DatabaseInfo("SQLite", str(self.sqlite_path or ":memory:"))
        return DatabaseInfo(
            "PostgreSQL", f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}"
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session (rolled back at the end). Driver errors leave as the app's own."""
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except (DBAPIError, StaleDataError) as exc:
            mapped = app_error(exc, writing=False)
            if mapped is None:
                raise
            raise mapped from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends normally, rolled back otherwise.

        Driver errors leave as the app's own (``app.db.errors``): ``DuplicateRecord`` for a unique
        key, ``DatabaseBusy``, ``ConnectionLost``, ``DiskFull``, ...; a lost connection during the
        commit itself says that the save may or may not have happened.
        """
        if self.writes_stopped is not None:
            raise copy.copy(self.writes_stopped)
        committing = False
        try:
            with self._write() as session, session.begin():
                yield session
                committing = True
        except (DBAPIError, StaleDataError) as exc:
            mapped = app_error(exc, writing=True, committing=committing)
            if mapped is None:
                raise
            raise mapped from exc

    def dispose(self) -> None:
        self.engine.dispose()
        if self.turns is not None:
            self.turns.close()


def open_database(url: str | URL, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open and check the database, turning driver errors into a plain reason."""
    db = Database(url, echo=echo, busy_timeout_ms=busy_timeout_ms)
    path = db.sqlite_path
    if path is not None:
        if path.exists() and path.is_dir():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Database", "The database path is a folder, not a file."), str(path), kind="path")
        make_private_dir(path.parent)
        if path.exists():
            _check_sqlite_file(path)
        else:  # an empty file is an empty database; SQLite gives its -wal and -shm the same 0600
            create_private_file(path)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # driver errors differ per engine; all mean "cannot open"
        db.dispose()
        raise _explain(db, exc) from exc
    return db


def _check_sqlite_file(path: Path) -> None:
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Database", "The database file is damaged or is not a ServiceBay database. "
                              "It has not been changed."),
            str(path),
            kind="corrupt",
        )
    mode = path.stat().st_mode
    marked_read_only = not mode & stat.S_IWUSR
    if marked_read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Database", "The database file or its folder is read-only. Nothing can be saved; "
                              "ask the administrator to make it writable."),
            str(path),
            kind="readonly",
        )
    # a damaged schema behind a good header shows on the first read of it; a full quick_check
    # would read every page (5 s on ten years of data) at every start
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Database", "The database file is damaged or is not a ServiceBay database. "
                              "It has not been changed."),
            f"{path}: {exc}",
            kind="corrupt",
        ) from exc


def _explain(db: Database, exc: Exception) -> DatabaseUnavailable:
    text = str(exc)
    if db.is_sqlite:
        if "readonly" in text or "read-only" in text:
            return DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Database", "The database file or its folder is read-only. Nothing can be "
                                  "saved; ask the administrator to make it writable."),
                text,
                kind="readonly",
            )
        if "not a database" in text or "malformed" in text:
            return DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Database", "The database file is damaged or is not a ServiceBay database. "
                              "It has not been changed."),
                text,
                kind="corrupt",
            )
        return DatabaseUnavailable(QT_TRANSLATE_NOOP("Database", "The database file cannot be opened."), text)
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Database", "The database server cannot be reached. Check the address, that the "
                          "server is running, and the network; then start again."),
        f"{db.info().location}: {text.splitlines()[0] if text else exc!r}",
        kind="unreachable",
    )
