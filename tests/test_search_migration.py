"""Migration 0016_search: a database written before it is found by pinyin at any word afterwards
(parts and labour rekeyed, customers given their mid-name keys)."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from app.context import AppContext
from app.db.migrate import alembic_config, current_revisions, head_revisions
from services.customers.service import CustomerInput
from services.parts.stock import NewPart
from services.station.settings import StationSettings
from tests.conftest import FAST_HASHER


def _upgrade(db, *revisions: str) -> None:
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for revision in revisions:
            command.upgrade(cfg, revision)


def test_rows_written_before_the_search_revision_are_found_at_any_word_after_it(empty_db, clock):
    db = empty_db.open()
    # every revision but this one: the services below write the columns other areas' revisions add
    before = sorted(head_revisions() - {"0016_search"})
    _upgrade(db, *before, "0013_parts_month", "0011_job_cards", "0007_customers_contact_details")
    assert "0016_search" not in current_revisions(db)
    ctx = AppContext(db, clock, hasher=FAST_HASHER)
    admin = ctx.station.set_up(StationSettings(name="测试维修站", address="上海", phone="021-5555-0101",
                                               credit_code="91310000775785552L"),
                               "admin", "管理员", "admin-pass-1", today=clock.today())
    part = ctx.parts.create_part(admin, NewPart("5Q0115561A", "速腾左机油滤清器"))
    ctx.job_cards.catalogue.save_operation(admin, code="BY001", name_zh="更换机油机滤", hours="0.8",
                                           job_types="maintenance", valid_from=date(2020, 1, 1))
    ctx.customers.create_customer(admin, CustomerInput(name="王小明", mobile="13800001111"))
    with db.engine.begin() as conn:  # the keys as the code before this revision wrote them
        for table in ("parts", "labour_operations"):
            conn.execute(text(f"UPDATE {table} SET pinyin = REPLACE(pinyin, ' ', '')"))
        conn.execute(text("DELETE FROM customer_search_keys WHERE key LIKE 'y:%' OR key LIKE 'j:%'"))
    day = date(2026, 1, 1)
    assert ctx.parts.search(admin, "jiyou") == []
    assert ctx.job_cards.catalogue.lookup(admin, "jiyou", day=day) == []
    assert ctx.customers.search(admin, "xiaoming") == []

    _upgrade(db, "heads")
    assert current_revisions(db) == head_revisions()
    assert [r.id for r in ctx.parts.search(admin, "jiyou")] == [part.id]
    assert [r.id for r in ctx.parts.search(admin, "jylqq")] == [part.id]
    assert [o.code for o in ctx.job_cards.catalogue.lookup(admin, "jiyou", day=day)] == ["BY001"]
    assert [h.name for h in ctx.customers.search(admin, "xiaoming")] == ["王小明"]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT pinyin FROM parts")).scalar() == " su teng zuo ji you lv qing qi"

