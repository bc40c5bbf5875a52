"""Test fixtures: a fresh real database per test, on SQLite and (when CI has it) PostgreSQL.

``SERVICEBAY_TEST_PG_URL`` names a PostgreSQL server (CI: postgresql+psycopg://postgres@127.0.0.1:5432/test);
each test then gets its own schema there, dropped afterwards. Without it, tests run on SQLite alone.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

import app.db.models  # noqa: E402,F401
from app.context import AppContext  # noqa: E402
from app.db.base import Base  # noqa: E402
from app.db.engine import Database, open_database  # noqa: E402
from services.clock import FixedClock  # noqa: E402
from services.station import StationSettings  # noqa: E402

PG_URL = os.environ.get("SERVICEBAY_TEST_PG_URL")
ENGINES = ["sqlite"] + (["postgresql"] if PG_URL else [])

# argon2 at its defaults costs ~100 ms a hash; tests use the cheapest valid parameters
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
ADMIN_PASSWORD = "admin-pass-1"


def pg_url() -> str:
    url = make_url(PG_URL)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


class _EmptyDatabase:
    """Makes an empty database (SQLite file or PostgreSQL schema) and removes it afterwards."""

    def __init__(self, engine_name: str, tmp_path) -> None:
        self.engine_name = engine_name
        self.tmp_path = tmp_path
        self.schema: str | None = None
        self.opened: list[Database] = []

    def url(self) -> str:
        if self.engine_name == "sqlite":
            return f"sqlite:///{self.tmp_path / 'servicebay.sqlite3'}"
        if self.schema is None:
            self.schema = f"t_{uuid.uuid4().hex[:12]}"
            admin = create_engine(pg_url())
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
            admin.dispose()
        return make_url(pg_url()).update_query_dict({"options": f"-csearch_path={self.schema}"}).render_as_string(
            hide_password=False
        )

    def open(self) -> Database:
        db = open_database(self.url())
        self.opened.append(db)
        return db

    def cleanup(self) -> None:
        for db in self.opened:
            db.dispose()
        if self.schema:
            admin = create_engine(pg_url())
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(params=ENGINES)
def empty_db(request, tmp_path):
    """An empty database with no tables, on each engine."""
    holder = _EmptyDatabase(request.param, tmp_path)
    yield holder
    holder.cleanup()


@pytest.fixture
def db(empty_db) -> Database:
    """A database with the current schema (from the models; migrations are tested apart)."""
    database = empty_db.open()
    Base.metadata.create_all(database.engine)
    return database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 2, 30, tzinfo=UTC))


@pytest.fixture
def ctx(db, clock) -> AppContext:
    """Every service over a fresh schema, with a set clock and a fast password hasher."""
    return AppContext(db, clock, hasher=FAST_HASHER)


@pytest.fixture
def admin(ctx):
    """A set-up station and its signed-in administrator."""
    return ctx.station.set_up(
        StationSettings(name="测试汽车服务有限公司维修站", address="上海市浦东新区张江路1号", phone="021-5555-0101",
                        credit_code="91310000775785552L"),
        "admin", "管理员", ADMIN_PASSWORD, today=ctx.clock.today(),
    )


# ---- GUI tests ------------------------------------------------------------------------------


@pytest.fixture
def qloop(qapp):
    """The asyncio loop inside Qt (qasync), as the app runs it: qtbot's waits drive coroutines."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)


@pytest.fixture
def tasks(request, qloop):
    """A TaskRunner whose worker threads are all gone when the test ends.

    It is torn down before the test's database: a worker still holding a connection when the
    engine is disposed (or the PostgreSQL schema dropped) would leak that connection into a later test.
    """
    from viewmodels.tasks import TaskRunner

    if "empty_db" in request.fixturenames:
        request.getfixturevalue("empty_db")
    runner = TaskRunner()
    yield runner
    runner.shutdown()
