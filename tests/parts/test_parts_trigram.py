"""The parts name search on PostgreSQL reads pg_trgm GIN indexes (migration 0028_parts_trgm), and a server
where pg_trgm cannot be created runs the migrations and the search all the same, with a log line."""

from __future__ import annotations

import logging

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, insert, text

from app.context import AppContext
from app.db import trigram
from app.db.base import Base
from app.db.migrate import upgrade
from app.db.models.parts import PART_TRIGRAM_INDEXES, Part
from services.common import pinyin
from services.parts.stock import NewPart


def _indexes(conn) -> dict[str, str]:
    return dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                  "AND tablename = 'parts'")).all())


def _fill(db, n: int) -> None:
    names = ["速腾左机油滤清器", "迈腾右前刹车片", "朗逸空调滤清器", "途观火花塞", "宝来后减震器"]
    keys = {name: pinyin.keys(name) for name in names}
    rows = [{"number": f"9X{i:07d}", "name_zh": names[i % 5], "pinyin": keys[names[i % 5]][0],
             "initials": keys[names[i % 5]][1], "name_en": "oil filter" if i % 5 == 0 else ""} for i in range(n)]
    rows[1234].update(name_zh="迈腾曲轴位置传感器", pinyin=pinyin.keys("迈腾曲轴位置传感器")[0],
                      initials=pinyin.keys("迈腾曲轴位置传感器")[1], name_en="crankshaft sensor")
    with db.engine.begin() as conn:
        conn.execute(insert(Part.__table__), rows)
    # what autovacuum does after a large import: the GIN indexes' pending lists merged, statistics taken
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE parts")


@pytest.mark.engine("postgresql")
def test_the_models_give_postgresql_its_trigram_indexes(db):
    with db.engine.connect() as conn:
        found = _indexes(conn)
    for name, column in PART_TRIGRAM_INDEXES.items():
        assert name in found and "USING gin" in found[name] and f"({column} " in found[name], found.get(name)
        assert "gin_trgm_ops" in found[name]


@pytest.mark.engine("postgresql")
def test_a_rare_name_is_found_through_the_trigram_index_not_a_scan(db, clock):
    _fill(db, 30000)  # the size of a station's catalogue, where the planner picks its plan as in use
    ctx = AppContext(db, clock)
    from services.users.permissions import Actor, Permission

    actor = Actor(None, "t", "t", frozenset(), frozenset(Permission))
    for typed, index in (("qzwzcgq", "ix_parts_initials_trgm"), ("quzhouwei", "ix_parts_pinyin_trgm"),
                         ("曲轴位置", "ix_parts_name_zh_trgm"), ("crankshaft", "ix_parts_name_en_trgm")):
        sent: list[tuple[str, object]] = []

        def keep(conn, cursor, statement, parameters, context, executemany, sent=sent):
            sent.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", keep)
        try:
            rows = ctx.parts.search(actor, typed)
        finally:
            event.remove(db.engine, "before_cursor_execute", keep)
        assert [r.name_zh for r in rows] == ["迈腾曲轴位置传感器"], typed
        statement, params = next((s, p) for s, p in reversed(sent) if "LIKE" in s.upper() and "ORDER BY" in s)
        with db.engine.connect() as conn:
            plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + statement, params).scalars())
        assert index in plan and "Seq Scan" not in plan, (typed, plan)


@pytest.mark.engine("postgresql")
def test_without_pg_trgm_the_migrations_and_the_search_go_on_with_a_log_line(empty_db, monkeypatch, caplog, clock):
    # a server that does not ship the extension (or refuses it to this user): CREATE EXTENSION fails
    monkeypatch.setattr(trigram, "EXTENSION", "pg_trgm_not_shipped_here")
    db = empty_db.open()
    with caplog.at_level(logging.WARNING, logger="app.db.trigram"):
        upgrade(db)
    assert any("cannot be created here" in r.getMessage() for r in caplog.records)
    with db.engine.connect() as conn:
        assert not set(PART_TRIGRAM_INDEXES) & set(_indexes(conn))
        opts = {"compare_type": True, "include_object": trigram.include_object(conn)}
        assert compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata) == []
    ctx = AppContext(db, clock)
    from services.users.permissions import Actor, Permission

    actor = Actor(None, "t", "t", frozenset(), frozenset(Permission))
    ctx.parts.create_part(actor, NewPart("5Q0115561A", "速腾左机油滤清器", name_en="Oil Filter"))
    assert [r.number for r in ctx.parts.search(actor, "jylqq")] == ["5Q0115561A"]
    assert [r.number for r in ctx.parts.search(actor, "oil filter")] == ["5Q0115561A"]


@pytest.mark.engine("postgresql")
def test_the_migration_makes_the_indexes_where_pg_trgm_can_be_had(empty_db):
    db = empty_db.open()
    upgrade(db)
    with db.engine.connect() as conn:
        found = _indexes(conn)
    assert set(PART_TRIGRAM_INDEXES) <= set(found)
    assert all("gin_trgm_ops" in found[name] for name in PART_TRIGRAM_INDEXES)
