"""The database: one SQLite file by default, or a PostgreSQL server named by URL.

SQLite is opened with WAL, ``synchronous=FULL`` (an acknowledged scan or payment survives a
power cut), foreign keys on and a busy timeout. Write transactions begin ``IMMEDIATE``: a
deferred transaction that upgrades to a write fails at once with "database is locked" when
another PC or process wrote first, whatever the busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


class DatabaseUnavailable(Exception):
    """The database cannot be opened: the message says why in plain words (English source)."""

    def __init__(self, reason: str, detail: str = "", *, kind: str = "unavailable") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.kind = kind


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own transaction handling
    # would defer it and ignore IMMEDIATE).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()
    del mode


def _sqlite_on_begin(conn) -> None:
    if conn.get_execution_options().get("servicebay_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar shows: the engine and where the data lives (no password)."""

    engine: str
    location: str


class Database:
    """Owns the engine and hands out sessions: reads begin deferred, writes begin immediate.

    Services take a ``Database`` in their constructor and open units of work from it; no
    global engine exists anywhere.
    """

    def __init__(self, url: str | URL, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(servicebay_write=True), expire_on_commit=False
        )

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
        """A short read-only session (rolled back at the end)."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends normally, rolled back otherwise."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL, *, echo: bool = False) -> Database:
    """Open and check the database, turning driver errors into a plain reason."""
    db = Database(url, echo=echo)
    path = db.sqlite_path
    if path is not None:
        if path.exists() and path.is_dir():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Database", "The database path is a folder, not a file."), str(path), kind="path")
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            _check_sqlite_file(path)
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
