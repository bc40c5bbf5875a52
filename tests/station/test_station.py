"""Station settings, rates by date, numbering, and two PCs saving the same record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import ConflictError, ValidationError
from services.station.numbering import next_number
from services.station.settings import StationSettings


def test_first_run_creates_station_with_default_rates(ctx, admin):
    assert ctx.station.is_set_up()
    s = ctx.station.settings()
    assert s.name == "测试汽车服务有限公司维修站"
    assert s.credit_code == "91310000775785552L"
    assert ctx.station.tax_rate_on(date(2026, 11, 1)) == Decimal("0.1300")
    assert ctx.station.labour_rate_on(date(2026, 11, 1), "repair") == Decimal("160.00")
    assert ctx.station.guarantee_periods()["level2_maintenance"] == (5000, 30)


def test_a_wrong_credit_code_is_refused_with_the_field_named(ctx, admin):
    s = ctx.station.settings()
    with pytest.raises(ValidationError) as err:
        ctx.station.update_settings(admin, replace(s, credit_code="91310000775785552X"))
    assert err.value.field == "credit_code"
    assert ctx.station.settings().credit_code == "91310000775785552L"


def test_tax_rate_follows_its_dates(ctx, admin):
    ctx.station.set_tax_rate(admin, "general", date(2027, 1, 1), Decimal("0.12"))
    assert ctx.station.tax_rate_on(date(2026, 12, 31)) == Decimal("0.1300")
    assert ctx.station.tax_rate_on(date(2027, 1, 1)) == Decimal("0.1200")


def test_labour_rate_by_payer_falls_back_to_the_customer_rate(ctx, admin):
    ctx.station.set_labour_rate(admin, "warranty", "warranty", date(2026, 1, 1), "120.50")
    assert ctx.station.labour_rate_on(date(2026, 6, 1), "warranty", "warranty") == Decimal("120.50")
    assert ctx.station.labour_rate_on(date(2026, 6, 1), "warranty", "insurer") == Decimal("160.00")
    entries = ctx.audit.entries(admin, action_prefix="labour_rate")
    assert entries[0].amount == Decimal("120.50")


def test_two_pcs_saving_the_settings_get_a_conflict_naming_who_saved_first(ctx, admin):
    from services.users.permissions import Role

    ctx.users.create_user(admin, "boss", "站长老周", "manager-pass-1", [Role.STATION_MANAGER])
    boss = ctx.users.authenticate("boss", "manager-pass-1")
    pc1 = ctx.station.settings()
    pc2 = ctx.station.settings()
    ctx.station.update_settings(boss, replace(pc1, phone="021-1111-2222"))
    with pytest.raises(ConflictError) as err:
        ctx.station.update_settings(admin, replace(pc2, address="别处"))
    assert "boss" in err.value.message()
    after = ctx.station.settings()
    assert after.phone == "021-1111-2222" and after.address == "上海市浦东新区张江路1号"


def test_document_numbers_have_no_gaps_even_when_a_transaction_rolls_back(ctx, admin):
    today = date(2026, 11, 20)
    with ctx.db.write() as s:
        assert next_number(s, "statement", today) == "JS20261100001"
    with pytest.raises(RuntimeError), ctx.db.write() as s:
        assert next_number(s, "statement", today) == "JS20261100002"
        raise RuntimeError("printer jammed, statement not issued")
    with ctx.db.write() as s:
        assert next_number(s, "statement", today) == "JS20261100002"
        assert next_number(s, "statement", date(2026, 12, 1)) == "JS20261200001"


def test_station_settings_validation_messages(ctx, admin):
    s = ctx.station.settings()
    for bad, field in [(replace(s, name="  "), "name"), (replace(s, time_zone="Mars/Base"), "time_zone"),
                       (replace(s, idle_lock_minutes=0), "idle_lock_minutes")]:
        with pytest.raises(ValidationError) as err:
            ctx.station.update_settings(admin, bad)
        assert err.value.field == field


def test_set_up_twice_is_refused(ctx, admin):
    with pytest.raises(ValidationError):
        ctx.station.set_up(StationSettings(name="另一个"), "admin2", "某", "pass-word-2", today=date(2026, 1, 1))


def test_rate_table_lists_what_the_station_has_set(ctx, admin):
    ctx.station.set_labour_rate(admin, "accident", "insurer", date(2026, 7, 1), "180")
    table = ctx.station.rate_table()
    assert any(r.kind == "tax:general" and r.value == "0.1300" for r in table["tax"])
    assert any(r.kind == "labour:accident:insurer" and r.valid_from == date(2026, 7, 1) and r.value == "180.00"
               for r in table["labour"])
    assert any(r.kind == "guarantee:vehicle_overhaul" and r.value == "20000 km / 100" for r in table["guarantee"])


def test_numbering_rule_change_applies_to_the_next_number(ctx, admin):
    from services.station.numbering import next_number

    ctx.station.set_numbering_rule(admin, "job_card", "RO", "year", 6)
    with ctx.db.write() as s:
        assert next_number(s, "job_card", date(2026, 11, 20)) == "RO2026000001"
    with pytest.raises(ValidationError):
        ctx.station.set_numbering_rule(admin, "job_card", "R-O", "year", 6)
