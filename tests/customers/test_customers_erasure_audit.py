"""Erasure and the audit log: the log keeps that things happened, by whom and when, not the person.

The station of the settlement tests: 陈志强 (13912345678) with 沪A12345; the card's driver 王师傅
(13812345678). Before the erasure the log holds the mobile, the name, the address and the plate;
after it no entry does, the entries themselves are all still there, another customer's entries
are untouched, and the erasure is an entry of its own."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.db.models.users import AuditEntry
from services.customers.service import CustomerInput
from services.users.permissions import Actor, Role
from tests.customers.test_customers_erasure import REASON, delivered_card
from tests.job_cards.fixtures import PLATE, make_station

MOBILE = "13912345678"
ADDRESS = "上海市浦东新区张杨路1号"


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def crc(ctx, admin):
    info = ctx.users.create_user(admin, "crcsup", "周主管", "secret-pass-1", [Role.CRC_SUPERVISOR])
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def log(ctx) -> list[tuple[int, str, str, str, str]]:
    """Every entry as (id, user, action, entity, its texts as one string)."""
    with ctx.db.read() as s:
        return [(e.id, e.username, e.action, e.entity,
                 f"{e.summary or ''} {json.dumps(e.details, ensure_ascii=False) if e.details else ''}")
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def holding(entries, text: str) -> list[str]:
    return [action for _id, _user, action, _entity, texts in entries if text in texts]


def test_the_erasure_scrubs_the_person_from_the_audit_log_in_its_transaction(ctx, station, crc, admin):
    svc = ctx.customers
    # the same person entered twice, with the address on the second record, merged into the first
    twin = svc.create_customer(admin, CustomerInput(name="陈志强", mobile="13912340000", address=ADDRESS))
    svc.merge_customers(admin, station.customer_id, twin.id)
    card, _statement = delivered_card(ctx, station)
    # a note typed elsewhere quotes the mobile (a call-back asked for), in an entry about nothing of theirs
    with ctx.db.write() as s:
        ctx.audit.record(s, station.advisor, "crm.case_resolve", "crm_case", "TS001", f"已回电 {MOBILE}，客户满意")
    # another customer, with their own car and entries, is not touched
    other = svc.create_customer(admin, CustomerInput(name="王芳", mobile="13600001111", address="北京市朝阳区1号"))

    before = log(ctx)
    assert holding(before, MOBILE) == ["crm.case_resolve"] and holding(before, "13912340000") == ["customer.merge"]
    assert "customer.merge" in holding(before, ADDRESS) and "customer.create" in holding(before, "陈志强")
    assert "job_card.open" in holding(before, PLATE) and "settlement.issue" in holding(before, PLATE)

    erased = svc.erase_customer(crc, station.customer_id, f"{REASON}（来电{MOBILE}）")

    after = log(ctx)
    for gone in (MOBILE, "13912340000", "陈志强", ADDRESS, PLATE, "13812345678"):
        assert holding(after, gone) == [], gone
    # every entry is still there, with who did it, what and when
    assert [(i, u, a, e) for i, u, a, e, _t in after[:len(before)]] == [(i, u, a, e) for i, u, a, e, _t in before]
    assert next(t for _i, _u, a, _e, t in after if a == "crm.case_resolve").startswith("已回电 —，客户满意")
    merge = next(t for _i, _u, a, _e, t in after if a == "customer.merge")
    assert erased.name in merge and "13912340000" not in merge
    # the other customer's entries are as they were
    theirs = [x for x in before if "王芳" in x[4]]
    assert len(theirs) == 1 and [x for x in after if "王芳" in x[4]] == theirs
    assert svc.customer(admin, other.id).mobile == "13600001111"
    # the erasure is audited: who, when, why (with the number taken out of the note)
    entry = ctx.audit.entries(station.admin, entity="customer", entity_id=station.customer_id)[0]
    assert (entry.action, entry.username, entry.summary) == ("customer.erase", "crcsup", erased.name)
    assert entry.at == ctx.clock.now()
    assert entry.details["reason"] == f"{REASON}（来电—）"
    assert entry.details["audit_entries_redacted"] >= 5
    # the merged duplicate names nobody either
    assert svc.customer(crc, twin.id).mobile == "" and svc.customer(crc, twin.id).address == ""
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == len(before) + 1


def test_a_refused_erasure_leaves_the_audit_log_as_it_was(ctx, station, crc):
    ctx.job_cards.open_card(station.advisor, station.intake())
    before = log(ctx)
    with pytest.raises(Exception, match="job cards are open"):
        ctx.customers.erase_customer(crc, station.customer_id, REASON)
    assert log(ctx) == before
