"""Erasing a customer's personal data on request (个人信息保护法): one test per rule, on both engines.

The station of the settlement tests: 陈志强 (13912345678) with 沪A12345, an advisor, a workshop."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models.job_cards import JobCard
from app.db.models.settlement import Statement
from services.common.errors import PermissionDenied, ValidationError
from services.customers.service import ContactInput, CustomerInput, ErasureRefused
from services.settlement.data import Tender
from services.settlement.service import DELIVERY_CHECKS
from services.users.permissions import Actor, Role
from tests.job_cards.fixtures import PLATE, VIN, make_station
from tests.settlement.fixtures import company_vehicle, ready_card

ALL_CHECKS = dict.fromkeys(DELIVERY_CHECKS, True)
REASON = "客户2026-11-20书面申请删除个人信息"


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def crc(ctx, admin):
    info = ctx.users.create_user(admin, "crcsup", "周主管", "secret-pass-1", [Role.CRC_SUPERVISOR])
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def delivered_card(ctx, st):
    c = ready_card(ctx, st)
    statement = ctx.settlement.settle(st.advisor, c.id)
    ctx.settlement.pay(st.advisor, statement.id, [Tender("cash", str(statement.customer_balance))])
    ctx.settlement.deliver(st.advisor, c.id, ALL_CHECKS)
    return ctx.job_cards.card(st.admin, c.id), statement


def test_erasing_replaces_the_person_and_keeps_the_car_and_the_settled_history(ctx, station, crc):
    svc = ctx.customers
    before = svc.customer(crc, station.customer_id)
    svc.update_customer(crc, before.id, CustomerInput(
        name=before.name, mobile=before.mobile, address="上海市浦东新区张杨路1号", notes="喜欢上午来",
        contacts=(ContactInput("陈太太", "driver", "13700001111"),), tags=("VIP",), version=before.version))
    card, statement = delivered_card(ctx, station)

    after = svc.erase_customer(crc, station.customer_id, REASON)

    assert after.erased and after.name == f"匿名客户#{after.id}"
    assert (after.mobile, after.other_phone, after.address, after.notes, after.contacts, after.tags) == \
        ("", "", "", "", (), ())
    # the car stays, on the anonymised record, still found by plate and VIN
    assert [(v.vin, v.plate) for v in after.vehicles] == [(VIN, PLATE)]
    assert svc.search(crc, PLATE)[0].customer_id == after.id
    assert svc.search(crc, "陈志强") == [] and svc.search(crc, "13912345678") == []
    assert svc.search(crc, "13700001111") == []
    # the settled job stays whole, naming nobody; the issued statement, an accounting record, stays as issued
    kept = ctx.job_cards.card(station.admin, card.id)
    assert (kept.number, kept.status, kept.vin, len(kept.lines)) == (card.number, "delivered", VIN, len(card.lines))
    assert kept.customer_words == card.customer_words and kept.mileage_in == card.mileage_in
    st = ctx.settlement.statement(station.admin, statement.id)
    assert st.total == statement.total and st.number == statement.number
    with ctx.db.read() as s:
        rows = s.execute(select(JobCard.customer_name, JobCard.customer_phone, JobCard.driver_name,
                                JobCard.driver_phone)).all()
        issued = s.execute(select(Statement.customer_name, Statement.number)).all()
    assert {tuple(r) for r in rows} == {(after.name, "", "", "")}
    assert [tuple(r) for r in issued] == [(statement.customer_name, statement.number)]
    assert statement.customer_name == "陈志强"
    # audited: who and why, without the erased data
    entry = ctx.audit.entries(station.admin, entity="customer")[0]
    assert (entry.action, entry.username) == ("customer.erase", "crcsup")
    assert entry.details["reason"] == REASON
    assert "陈志强" not in str(entry.details) + entry.summary
    # the timeline says it happened and no longer names the person
    timeline = svc.timeline(crc, after.id)
    assert "customers.erased" in [e.kind for e in timeline]
    assert "陈志强" not in str([(e.title, e.params) for e in timeline])


def test_an_open_job_card_refuses_the_erasure_and_changes_nothing(ctx, station, crc):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(ErasureRefused) as err:
        ctx.customers.erase_customer(crc, station.customer_id, REASON)
    assert err.value.reason == "open_cards" and card.number in err.value.message()
    assert "job cards are open" in err.value.message()
    c = ctx.customers.customer(crc, station.customer_id)
    assert (c.name, c.mobile, c.erased) == ("陈志强", "13912345678", False)
    assert ctx.audit.entries(station.admin, action_prefix="customer.erase") == []


def test_an_unpaid_statement_refuses_the_erasure(ctx, station, crc):
    c = ready_card(ctx, station)
    statement = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ErasureRefused) as err:
        ctx.customers.erase_customer(crc, station.customer_id, REASON)
    assert err.value.reason == "unpaid" and statement.number in err.value.message()
    ctx.settlement.pay(station.advisor, statement.id, [Tender("cash", str(statement.customer_balance))])
    ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert ctx.customers.erase_customer(crc, station.customer_id, REASON).erased


def test_an_amount_owed_on_account_refuses_the_erasure(ctx, station, crc):
    company_id, vehicle_id = company_vehicle(ctx, station)
    c = ready_card(ctx, station, vehicle_id=vehicle_id, mileage_in=81000)
    statement = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, statement.id, [Tender("on_account", str(statement.customer_balance))])
    ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    with pytest.raises(ErasureRefused) as err:
        ctx.customers.erase_customer(crc, company_id, REASON)
    assert err.value.reason == "on_account" and f"{statement.customer_balance:,.2f}" in err.value.message()


def test_only_a_role_with_the_privacy_permission_may_erase(ctx, station):
    with pytest.raises(PermissionDenied):
        ctx.customers.erase_customer(station.advisor, station.customer_id, REASON)
    assert ctx.customers.customer(station.admin, station.customer_id).name == "陈志强"


def test_an_erasure_needs_a_reason_and_happens_once(ctx, station, crc):
    with pytest.raises(ValidationError) as err:
        ctx.customers.erase_customer(crc, station.customer_id, "  ")
    assert err.value.field == "reason"
    ctx.customers.erase_customer(crc, station.customer_id, REASON)
    with pytest.raises(ValidationError) as err:
        ctx.customers.erase_customer(crc, station.customer_id, REASON)
    assert "erased already" in err.value.message()
    assert len(ctx.audit.entries(station.admin, action_prefix="customer.erase")) == 1


def test_an_erased_customer_cannot_be_filled_in_again(ctx, station, crc):
    erased = ctx.customers.erase_customer(crc, station.customer_id, REASON)
    with pytest.raises(ValidationError) as err:
        ctx.customers.update_customer(crc, erased.id, CustomerInput(name="陈志强", mobile="13912345678",
                                                                    version=erased.version))
    assert "new one" in err.value.message()
