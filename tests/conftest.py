"""Test fixtures: a fresh real database per test, on SQLite and (when CI has it) PostgreSQL.

``SERVICEBAY_TEST_PG_URL`` names a PostgreSQL server (CI: postgresql+psycopg://postgres@127.0.0.1:5432/test);
each test then gets its own schema there, dropped afterwards. Without it, tests run on SQLite alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite never reaches this PC's own station: whatever database and data folder the PC names
# (a station PC sets SERVICEBAY_DB, see the README) are dropped, and the suite keeps its settings,
# logs and default database in a folder of its own. Every subprocess the tests start inherits this.
for _name in ("SERVICEBAY_DB", "SERVICEBAY_HOME"):
    os.environ.pop(_name, None)
SUITE_HOME = tempfile.mkdtemp(prefix="servicebay-tests-")
os.environ["SERVICEBAY_HOME"] = SUITE_HOME

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

import app.db.models  # noqa: E402,F401
from app.context import AppContext  # noqa: E402
from app.db.base import Base  # noqa: E402
from app.db.engine import Database, open_database  # noqa: E402
from services.common.clock import FixedClock  # noqa: E402
from services.station.settings import StationSettings  # noqa: E402

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


class _SchemaPool:
    """PostgreSQL schemas holding the current tables, emptied after a test and handed to the next.

    Creating the 70-odd tables costs half a second a test on PostgreSQL (far more on a loaded CI
    machine); emptying them with one TRUNCATE … RESTART IDENTITY costs a few milliseconds and leaves
    the same state as a new schema. A schema whose tables are not exactly the models' (a test ran
    migrations or the CLI stamped it) is dropped instead. One pool per test process (xdist worker).
    """

    def __init__(self) -> None:
        self.free: list[str] = []
        self._admin = None

    def admin(self):
        if self._admin is None:
            # a test that leaked a connection holding a lock fails loudly instead of hanging the suite
            self._admin = create_engine(pg_url(), pool_size=1, connect_args={"options": "-clock_timeout=30000"})
        return self._admin

    def take(self) -> tuple[str, bool]:
        """A schema name and whether it already has the tables."""
        if self.free:
            return self.free.pop(), True
        return self.new(), False

    def new(self) -> str:
        """A new empty schema."""
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin().begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        return schema

    def give_back(self, schema: str, reusable: bool) -> None:
        with self.admin().begin() as conn:
            if reusable:
                tables = set(conn.execute(text(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = :s"), {"s": schema}).scalars())
                if tables == set(Base.metadata.tables):
                    names = ", ".join(f'"{schema}"."{t}"' for t in sorted(tables))
                    conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
                    self.free.append(schema)
                    return
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    def close(self) -> None:
        if self._admin is None:
            return
        with self._admin.begin() as conn:
            for schema in self.free:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        self.free.clear()
        self._admin.dispose()


SCHEMAS = _SchemaPool()


class _SqliteTemplate:
    """The current schema's tables in an SQLite file made once per test process, copied for each test.

    ``create_all`` of the hundred-odd tables and triggers costs 70–120 ms a test; a copy of the empty
    file costs a few milliseconds and is the same database (the file is checkpointed and closed first)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.tables: frozenset[str] = frozenset()

    def copy_to(self, target: Path) -> None:
        if self.path is None or self.tables != frozenset(Base.metadata.tables):  # made anew if a test added tables
            self.tables = frozenset(Base.metadata.tables)
            folder = Path(tempfile.mkdtemp(prefix="servicebay-template-", dir=SUITE_HOME))
            path = folder / "template.sqlite3"
            database = open_database(f"sqlite:///{path}")
            Base.metadata.create_all(database.engine)
            with database.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.dispose()
            self.path = path
        shutil.copyfile(self.path, target)
        target.chmod(0o600)


_SQLITE_TEMPLATE = _SqliteTemplate()


class _EmptyDatabase:
    """Makes an empty database (SQLite file or PostgreSQL schema) and removes it afterwards.

    ``with_tables()`` (the ``db`` fixture) asks for the current schema's tables: on PostgreSQL a
    schema from the pool may already hold them, empty."""

    def __init__(self, engine_name: str, tmp_path) -> None:
        self.engine_name = engine_name
        self.tmp_path = tmp_path
        self.schema: str | None = None
        self.pooled = False
        self.has_tables = False
        self.opened: list[Database] = []

    def url(self) -> str:
        if self.engine_name == "sqlite":
            return f"sqlite:///{self.tmp_path / 'servicebay.sqlite3'}"
        if self.schema is None:
            self.schema, self.has_tables = SCHEMAS.take() if self.pooled else (SCHEMAS.new(), False)
        return make_url(pg_url()).update_query_dict({"options": f"-csearch_path={self.schema}"}).render_as_string(
            hide_password=False
        )

    def open(self) -> Database:
        db = open_database(self.url())
        self.opened.append(db)
        return db

    def with_tables(self) -> Database:
        """A database with the current schema's tables (from the models; migrations are tested apart)."""
        self.pooled = self.schema is None
        if self.engine_name == "sqlite" and not self.has_tables and not (self.tmp_path / "servicebay.sqlite3").exists():
            _SQLITE_TEMPLATE.copy_to(self.tmp_path / "servicebay.sqlite3")
            self.has_tables = True
        database = self.open()
        if not self.has_tables:
            Base.metadata.create_all(database.engine)
            self.has_tables = True
        return database

    def cleanup(self) -> None:
        for db in self.opened:
            db.dispose()
        if self.schema:
            SCHEMAS.give_back(self.schema, reusable=self.pooled)


@pytest.fixture(params=ENGINES)
def empty_db(request, tmp_path):
    """An empty database with no tables, on each engine."""
    holder = _EmptyDatabase(request.param, tmp_path)
    yield holder
    holder.cleanup()


@pytest.fixture
def db(empty_db) -> Database:
    """A database with the current schema (from the models; migrations are tested apart)."""
    return empty_db.with_tables()


# the suite's "now": a Friday morning in November
NOW = datetime(2026, 11, 20, 2, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


class _SharedDemo:
    """The small demo (seed 3) made once per test process and engine, for the tests that read it.

    Making it costs 8–22 s (more on PostgreSQL); six tests read the same demo. On SQLite each test gets
    a copy of the file, so it may write; on PostgreSQL the tests share one schema and must only read
    (a test that changes the demo makes its own)."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[str, object]] = {}  # engine → (the SQLite file or PostgreSQL URL, summary)
        self.schemas: list[str] = []

    def open(self, engine_name: str, tmp_path: Path):
        from app.demo import generate

        if engine_name not in self.made:
            if engine_name == "sqlite":
                path = Path(tempfile.mkdtemp(prefix="servicebay-demo-", dir=SUITE_HOME)) / "demo.sqlite3"
                _SQLITE_TEMPLATE.copy_to(path)
                where = str(path)
                url = f"sqlite:///{path}"
            else:
                schema = SCHEMAS.new()
                self.schemas.append(schema)
                url = where = make_url(pg_url()).update_query_dict(
                    {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
            database = open_database(url)
            if engine_name != "sqlite":
                Base.metadata.create_all(database.engine)
            summary = generate(AppContext(database, FixedClock(NOW), hasher=FAST_HASHER), scale="small", seed=3)
            if engine_name == "sqlite":
                with database.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.dispose()
            self.made[engine_name] = (where, summary)
        where, summary = self.made[engine_name]
        if engine_name == "sqlite":
            target = tmp_path / "servicebay.sqlite3"
            shutil.copyfile(where, target)
            target.chmod(0o600)
            where = f"sqlite:///{target}"
        return open_database(where), summary

    def close(self) -> None:
        if self.schemas:
            with SCHEMAS.admin().begin() as conn:
                for schema in self.schemas:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


SHARED_DEMO = _SharedDemo()


@pytest.fixture(params=ENGINES)
def small_demo(request, tmp_path):
    """``(ctx, summary)``: the small demo of seed 3 (made once per test process and engine), with the set clock.
    Read it only: on PostgreSQL the tests of one process share it."""
    database, summary = SHARED_DEMO.open(request.param, tmp_path)
    yield AppContext(database, FixedClock(NOW), hasher=FAST_HASHER), summary
    database.dispose()


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


def _vacuum_catalog() -> None:
    """Let PostgreSQL reuse the catalog rows of the schemas this process made and dropped.

    A run creates and drops hundreds of schemas of a hundred-odd tables; autovacuum does not keep up, and
    after a few runs pg_class and pg_attribute of the test database had grown to over 200 MB each (seen
    here: the next run's PostgreSQL tests a third slower). Hygiene only: a refusal changes nothing."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = create_engine(pg_url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_type, "
                                 "pg_catalog.pg_depend, pg_catalog.pg_constraint, pg_catalog.pg_index, "
                                 "pg_catalog.pg_attrdef, pg_catalog.pg_trigger, pg_catalog.pg_namespace")
        engine.dispose()
    except SQLAlchemyError:
        pass


def pytest_terminal_summary(terminalreporter) -> None:
    """The counts of the kill -9 harnesses (a test's ``record_property("harness", ...)``), so CI's log shows
    them; the properties travel from xdist's workers with the reports."""
    lines = []
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            counts = dict(getattr(report, "user_properties", ())).get("harness")
            if counts and getattr(report, "when", "") == "call":
                lines.append(f"{outcome.upper()} {report.nodeid}: {counts}")
    if lines:
        terminalreporter.section("kill -9 harnesses")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_unconfigure(config) -> None:
    if PG_URL:
        SHARED_DEMO.close()
        SCHEMAS.close()
        _vacuum_catalog()
    shutil.rmtree(SUITE_HOME, ignore_errors=True)


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
    from viewmodels.common.tasks import TaskRunner

    if "empty_db" in request.fixturenames:
        request.getfixturevalue("empty_db")
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def pytest_collection_modifyitems(config, items) -> None:
    """Screen tests (marked ``gui``) run on SQLite only; every database test below the screens runs on both.

    A screen test drives widgets over the same services whose tests already run on each engine: run
    again on PostgreSQL it tests the engine a second time through the slowest path the suite has (each
    one builds pages and waits on their signals). They were a third of the suite's time and kept CI near
    its ten minutes. The PostgreSQL copies are deselected (counted in the run's summary), not skipped."""
    screen_on_pg = [item for item in items
                    if item.get_closest_marker("gui") is not None
                    and getattr(getattr(item, "callspec", None), "params", {}).get("empty_db") == "postgresql"]
    # a test of one engine's own feature (``@pytest.mark.engine("postgresql")``: pg_trgm, the restore's lock-out
    # mark) is about that engine only: its copy on the other engine is deselected too, never skipped
    other_engine = [item for item in items
                    if (mark := item.get_closest_marker("engine")) is not None
                    and getattr(getattr(item, "callspec", None), "params", {}).get("empty_db") not in mark.args]
    dropped_items = screen_on_pg + [item for item in other_engine if item not in screen_on_pg]
    if dropped_items:
        dropped = set(map(id, dropped_items))
        items[:] = [item for item in items if id(item) not in dropped]
        config.hook.pytest_deselected(items=dropped_items)
