"""The database: pragmas, write locking, migrations with backup, and bad files or servers."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from app.context import AppContext
from app.db import trigram
from app.db.base import Base
from app.db.engine import DatabaseUnavailable, open_database
from app.db.migrate import current_revisions, head_revisions, upgrade
from app.db.models.users import User
from tests.conftest import FAST_HASHER


def _upgrade_to(db, revision: str) -> None:
    from alembic import command

    from app.db.migrate import alembic_config

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_sqlite_is_opened_with_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    db.dispose()


def test_migrations_build_exactly_the_schema_of_the_models(empty_db):
    db = empty_db.open()
    result = upgrade(db)
    assert result.after == head_revisions()
    assert result.backup is None  # nothing to back up in a new database
    with db.engine.connect() as conn:
        # the pg_trgm indexes are left out where the database cannot have them (SQLite, no pg_trgm)
        opts = {"compare_type": True, "include_object": trigram.include_object(conn)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_upgrading_an_older_database_backs_it_up_and_keeps_its_data(empty_db, clock):
    db = empty_db.open()
    _upgrade_to(db, "0001_users_audit")  # a file made by an earlier version
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (username, display_name, password_hash, active, failed_attempts, "
            "must_change_password, version, created_at, updated_at) VALUES "
            "('old', '老用户', :h, :t, 0, :f, 1, '2020-01-01 00:00:00', '2020-01-01 00:00:00')"),
            {"h": FAST_HASHER.hash("old-pass-1"), "t": True, "f": False})
    db.dispose()

    ctx, result = AppContext.open(empty_db.url())
    try:
        assert result.before == {"0001_users_audit"}
        assert result.after == head_revisions()
        if empty_db.engine_name == "sqlite":
            assert result.backup is not None and result.backup.exists()
            con = sqlite3.connect(result.backup)
            assert con.execute("SELECT username FROM users").fetchall() == [("old",)]
            assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_users_audit",)]
            con.close()
        with ctx.db.read() as s:
            assert s.scalar(select(User.display_name).where(User.username == "old")) == "老用户"
        assert current_revisions(ctx.db) == head_revisions()
    finally:
        ctx.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(empty_db):
    db = empty_db.open()
    upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')"))
    with pytest.raises(DatabaseUnavailable) as err:
        upgrade(db)
    assert err.value.kind == "newer"
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"


def test_corrupt_sqlite_file_gets_a_clear_message_and_is_not_touched(tmp_path):
    path = tmp_path / "servicebay.sqlite3"
    junk = b"this is a spreadsheet, not a database" * 100
    path.write_bytes(junk)
    with pytest.raises(DatabaseUnavailable) as err:
        AppContext.open(f"sqlite:///{path}")
    assert err.value.kind == "corrupt"
    assert "damaged" in err.value.reason
    assert path.read_bytes() == junk


def test_damaged_pages_behind_a_good_header_are_reported(tmp_path):
    path = tmp_path / "servicebay.sqlite3"
    ctx, _ = AppContext.open(f"sqlite:///{path}")
    ctx.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnavailable) as err:
        AppContext.open(f"sqlite:///{path}")
    assert err.value.kind == "corrupt"


def test_read_only_sqlite_file_is_reported_before_anything_is_lost(tmp_path):
    path = tmp_path / "servicebay.sqlite3"
    ctx, _ = AppContext.open(f"sqlite:///{path}")
    ctx.close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            AppContext.open(f"sqlite:///{path}")
        assert err.value.kind == "readonly"
        assert "read-only" in err.value.reason
        assert path.read_bytes() == before
    finally:
        path.chmod(0o644)


def test_unreachable_postgresql_server_gets_a_clear_message():
    pytest.importorskip("psycopg")
    with pytest.raises(DatabaseUnavailable) as err:
        AppContext.open("postgresql+psycopg://postgres@127.0.0.1:1/servicebay")
    assert err.value.kind == "unreachable"
    assert "cannot be reached" in err.value.reason
    assert "127.0.0.1:1" in err.value.detail


def test_writers_on_two_connections_wait_for_each_other_instead_of_failing(ctx, admin):
    """BEGIN IMMEDIATE: the second writer waits on the busy timeout rather than erroring out."""
    from services.station.numbering import next_number

    numbers: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(20):
                with ctx.db.write() as s:
                    # read, then write: a deferred transaction would fail here under contention
                    numbers.append(next_number(s, "job_card", ctx.clock.today()))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(numbers) == 80 and len(set(numbers)) == 80
    assert sorted(numbers)[-1].endswith("00080")


def _insert_minimal(conn, table_name: str, **values) -> None:
    """A row of ``table_name`` as an older version left it: ``values``, and a plain value in every other
    required column (read from the table itself, so it fits whatever revision the file is at)."""
    from datetime import UTC, datetime

    from sqlalchemy import MetaData, Table

    table = Table(table_name, MetaData(), autoload_with=conn)
    row = dict(values)
    for col in table.columns:
        if col.name in row or col.nullable or col.server_default is not None or col.primary_key:
            continue
        kind = col.type.__class__.__name__.lower()
        row[col.name] = (False if "bool" in kind else 0 if any(k in kind for k in ("int", "num", "dec", "float"))
                         else datetime(2020, 1, 1, tzinfo=UTC) if "date" in kind or "time" in kind else f"{col.name}-1")
    conn.execute(table.insert().values(**row))


def test_upgrading_a_file_whose_bins_hold_stock_keeps_the_stock(empty_db):
    """A station's file at the parts revisions of an earlier version, with a bin holding stock: the newer
    revisions that rebuild the parts tables (on SQLite, a table copy) must not trip over the rows that
    reference them, and nothing is lost."""
    db = empty_db.open()
    older = sorted(h for h in head_revisions() if not h.startswith(("0014_parts", "0015_parts", "0016")))
    for revision in older + ["0013_parts_month"]:
        _upgrade_to(db, revision)
    with db.engine.begin() as conn:
        _insert_minimal(conn, "bins", id=1, code="A-01-01")
        _insert_minimal(conn, "parts", id=1, number="06A115561B", name_zh="机油滤清器", default_bin_id=1)
        _insert_minimal(conn, "part_stock", part_id=1, on_hand=12, avg_cost=30)
        _insert_minimal(conn, "stock_balances", part_id=1, bin_id=1, on_hand=12)
    db.dispose()

    ctx, result = AppContext.open(empty_db.url())
    try:
        assert result.after == head_revisions()
        with ctx.db.read() as s:
            assert s.execute(text("SELECT on_hand FROM stock_balances WHERE bin_id = 1")).scalar() == 12
            assert s.execute(text("SELECT code, quarantine FROM bins")).one() == ("A-01-01", False)
    finally:
        ctx.close()
