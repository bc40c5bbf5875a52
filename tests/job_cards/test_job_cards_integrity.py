"""Issue 10, items 2, 3, 7 and 9 in the service, on both engines: issue tied to a card's lines, the
gates of the checks and of a ready card, one transaction per change of a line, prices within the
discount limit."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest

from app.checks import run_checks
from services.common.errors import PermissionDenied, ValidationError
from services.job_cards.service import Approval
from services.users.permissions import Actor, Role
from tests.job_cards.fixtures import PASSWORD, dispatched, make_station

FILTER = "06L115562B"  # 机油滤清器, 68.00
OIL = "G052195M4"  # 全合成机油, 98.50 a litre
PADS = "5Q0698151B"  # 前刹车片, 420.00


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def _stock(ctx, st, qty=10):
    grn = ctx.parts_receiving.open_receipt(st.admin)
    for pid in st.part_ids:
        ctx.parts_receiving.receive(st.admin, grn.id, pid, qty)


def _card(ctx, st, *parts):
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake())
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    for index, qty in parts:
        c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[index], qty)
    return c


def _job_problems(ctx) -> list[str]:
    return [p for p in run_checks(ctx) if p.startswith("job cards")]


# ---- item 2: issue tied to the lines ---------------------------------------------------------------

def test_a_second_filter_for_a_card_asking_one_is_refused_naming_card_and_line(ctx, station):
    _stock(ctx, station)
    c = _card(ctx, station, (0, 1))
    keeper = station.storekeeper
    out = ctx.job_cards.issue_part(keeper, c.number, FILTER, scan_key=uuid.uuid4().hex)
    assert (out.line_ref, out.issued, out.asked) == ("L2", D("1.000"), D("1.000"))
    with pytest.raises(ValidationError) as refused:
        ctx.job_cards.issue_part(keeper, c.number, FILTER, scan_key=uuid.uuid4().hex)
    text = refused.value.message()
    assert c.number in text and "L2" in text and "asks for 1" in text
    assert ctx.parts.part(station.admin, station.part_ids[0]).on_hand == D("9.000")  # one left the shelf
    card = ctx.job_cards.card(station.admin, c.id)
    assert card.lines[1].issued_qty == D("1.000") and card.totals.parts == D("68.00")
    assert _job_problems(ctx) == []


def test_a_part_the_card_does_not_list_is_refused_then_added_as_a_charged_line_with_the_advisors_approval(
        ctx, station):
    _stock(ctx, station)
    c = _card(ctx, station, (0, 1))
    keeper = station.storekeeper
    with pytest.raises(ValidationError) as refused:
        ctx.job_cards.issue_part(keeper, c.number, PADS)
    assert c.number in refused.value.message() and PADS in refused.value.message()
    with pytest.raises(PermissionDenied):  # a technician cannot add lines to a card
        ctx.job_cards.issue_part(keeper, c.number, PADS, approval=Approval("tech01", PASSWORD))
    out = ctx.job_cards.issue_part(keeper, c.number, PADS, approval=Approval("advisor", PASSWORD))
    assert out.added_line and out.line_ref == "L3" and out.issued == D("1.000")
    card = ctx.job_cards.card(station.admin, c.id)
    added = card.lines[2]
    assert (added.code, added.qty, added.amount, added.counts) == (PADS, D("1.000"), D("420.00"), True)
    assert card.totals.amount == D("128.00") + D("68.00") + D("420.00")
    [logged] = ctx.audit.entries(station.admin, action_prefix="job_card.line_added_at_issue")
    assert logged.approved_by == "advisor" and logged.username == "store01"
    assert _job_problems(ctx) == []


def test_returns_and_undo_reduce_the_lines_issued_quantity(ctx, station):
    _stock(ctx, station)
    c = _card(ctx, station, (1, "4.5"))
    keeper = station.storekeeper
    ctx.job_cards.issue_part(keeper, c.number, OIL, qty="4.5")
    back = ctx.job_cards.return_part(keeper, c.number, OIL, qty="0.5", reason="剩余")
    assert (back.qty, back.issued) == (D("-0.5"), D("4.000"))
    with pytest.raises(ValidationError):  # no more comes back than the line holds
        ctx.job_cards.return_part(keeper, c.number, OIL, qty=5)
    key = uuid.uuid4().hex
    ctx.job_cards.issue_part(keeper, c.number, OIL, qty="0.5", scan_key=key)
    undone = ctx.job_cards.undo_issue(keeper, key, undo_key=uuid.uuid4().hex)
    assert undone.issued == D("4.000")
    line = ctx.job_cards.card(station.admin, c.id).lines[1]
    assert line.issued_qty == D("4.000") and line.to_issue == D("0.500")
    [res] = ctx.parts.reservations(station.admin, c.number)
    assert (res.issued_qty, res.qty, res.status) == (D("4.000"), D("0.500"), "open")
    assert ctx.parts.part(station.admin, station.part_ids[1]).on_hand == D("6.000")
    assert _job_problems(ctx) == [] and ctx.parts.verify() == []


def test_a_replayed_issue_scan_moves_nothing_again(ctx, station):
    _stock(ctx, station)
    c = _card(ctx, station, (0, 2))
    key = uuid.uuid4().hex
    first = ctx.job_cards.issue_part(station.storekeeper, c.number, FILTER, scan_key=key)
    again = ctx.job_cards.issue_part(station.storekeeper, c.number, FILTER, scan_key=key)
    assert again.replayed and not first.replayed and again.issued == D("1.000")
    assert ctx.job_cards.card(station.admin, c.id).lines[1].issued_qty == D("1.000")


# ---- item 3: gates -------------------------------------------------------------------------------

def _to_work(ctx, st, c):
    jc = ctx.job_cards
    c = dispatched(ctx, st, c)
    return jc.transition(st.technician, c.id, c.version, "in_progress")


def test_no_self_check_while_a_charged_part_is_not_issued_unless_marked_with_who_and_why(ctx, station):
    _stock(ctx, station)
    jc = ctx.job_cards
    c = _to_work(ctx, station, _card(ctx, station, (0, 1), (2, 1)))
    with pytest.raises(ValidationError) as refused:
        jc.self_check(station.technician, c.id, c.version, True, [("done", True)])
    assert "L2" in refused.value.message() and "L3" in refused.value.message()
    jc.issue_part(station.storekeeper, c.number, FILTER)
    with pytest.raises(ValidationError):  # a reason is needed
        jc.mark_supply(station.advisor, c.id, c.version, c.lines[2].id, "own", " ")
    c = jc.mark_supply(station.advisor, c.id, c.version, c.lines[2].id, "own", "客户自带刹车片")
    pads = c.lines[2]
    assert (pads.supply, pads.supply_by, pads.supply_reason, pads.counts) == ("own", "李顾问", "客户自带刹车片", False)
    assert c.totals.parts == D("68.00")  # the customer's own part is not charged
    assert [r.status for r in ctx.parts.reservations(station.admin, c.number)] == ["issued", "released"]
    c = jc.self_check(station.technician, c.id, c.version, True, [("done", True)])
    assert c.status == "quality_check"
    [logged] = ctx.audit.entries(station.admin, action_prefix="job_card.line_supply")
    assert "own" in logged.summary and logged.username == "advisor"
    assert _job_problems(ctx) == []


def test_the_final_check_also_refuses_a_part_returned_after_the_self_check(ctx, station):
    _stock(ctx, station)
    jc = ctx.job_cards
    c = _to_work(ctx, station, _card(ctx, station, (0, 1)))
    jc.issue_part(station.storekeeper, c.number, FILTER)
    c = jc.self_check(station.technician, c.id, c.version, True, [("done", True)])
    jc.return_part(station.storekeeper, c.number, FILTER)
    items = [(i, True) for i in jc.checklist(c.job_type)]
    with pytest.raises(ValidationError):
        jc.final_check(station.inspector, c.id, c.version, True, items)


def test_nothing_is_issued_or_returned_once_the_card_is_ready_until_it_is_reopened(ctx, station):
    _stock(ctx, station)
    jc = ctx.job_cards
    c = _to_work(ctx, station, _card(ctx, station, (0, 1)))
    jc.issue_part(station.storekeeper, c.number, FILTER)
    c = jc.self_check(station.technician, c.id, c.version, True, [("done", True)])
    c = jc.final_check(station.inspector, c.id, c.version, True, [(i, True) for i in jc.checklist(c.job_type)])
    assert c.status == "ready"
    with pytest.raises(ValidationError) as refused:
        jc.return_part(station.storekeeper, c.number, FILTER)
    assert c.number in refused.value.message() and "Reopen" in refused.value.message()
    with pytest.raises(ValidationError):
        jc.issue_part(station.storekeeper, c.number, FILTER, approval=Approval("advisor", PASSWORD))
    with pytest.raises(ValidationError):  # reopening says why
        jc.transition(station.advisor, c.id, c.version, "in_progress")
    with pytest.raises(PermissionDenied):  # not the technician's decision
        jc.transition(station.technician, c.id, c.version, "in_progress", "换错件")
    c = jc.transition(station.advisor, c.id, c.version, "in_progress", "滤清器型号不对，退回")
    back = jc.return_part(station.storekeeper, c.number, FILTER)
    assert back.issued == 0 and c.status == "in_progress"


# ---- item 7: one transaction per user action ---------------------------------------------------

class Refuse(Exception):
    pass


def _refusing(monkeypatch, ctx, name):
    def refuse(*_a, **_k):
        raise Refuse(name)

    monkeypatch.setattr(ctx.parts, name, refuse)


def test_a_part_line_and_its_reservation_commit_together_or_not_at_all(ctx, station, monkeypatch):
    jc = ctx.job_cards
    c = _card(ctx, station, (0, 1))
    v = c.version
    with monkeypatch.context() as m:
        _refusing(m, ctx, "reserve_in")
        with pytest.raises(Refuse):
            jc.add_part(station.advisor, c.id, v, station.part_ids[2], 1)
        with pytest.raises(Refuse):
            jc.update_line(station.advisor, c.id, v, c.lines[1].id, qty=3)
    with monkeypatch.context() as m:
        _refusing(m, ctx, "release_in")
        with pytest.raises(Refuse):
            jc.remove_line(station.advisor, c.id, v, c.lines[1].id)
    after = jc.card(station.admin, c.id)
    assert after.version == v and [(ln.code, ln.qty) for ln in after.lines] == [("BY001", D("0.800")),
                                                                                 (FILTER, D("1.000"))]
    [res] = ctx.parts.reservations(station.admin, c.number)
    assert (res.line_ref, res.qty, res.status) == ("L2", D("1.000"), "open")
    assert _job_problems(ctx) == []
    # and when the store agrees, both change at once
    c = jc.update_line(station.advisor, c.id, v, c.lines[1].id, qty=3)
    assert ctx.parts.reservations(station.admin, c.number)[0].qty == D("3.000")
    c = jc.remove_line(station.advisor, c.id, c.version, c.lines[1].id)
    assert ctx.parts.reservations(station.admin, c.number)[0].status == "released"
    assert ctx.parts.part(station.admin, station.part_ids[0]).reserved == 0


def test_an_estimate_and_its_conversion_commit_together(ctx, station, monkeypatch):
    jc = ctx.job_cards
    e = jc.open_card(station.advisor, station.intake(), estimate=True)
    e = jc.add_part(station.advisor, e.id, e.version, station.part_ids[2], 1)
    with monkeypatch.context() as m:
        _refusing(m, ctx, "reserve_in")
        with pytest.raises(Refuse):
            jc.convert_estimate(station.advisor, e.id, e.version)
    assert jc.card(station.admin, e.id).status == "estimate"
    c = jc.convert_estimate(station.advisor, e.id, e.version)
    assert c.number == "WT20261100001"  # the refused try took no number: numbers stay gap-free
    assert [r.line_ref for r in ctx.parts.reservations(station.admin, c.number)] == ["L1"]
    assert _job_problems(ctx) == []


def test_opening_a_card_again_with_its_retry_key_makes_one_card(ctx, station):
    key = uuid.uuid4().hex
    first = ctx.job_cards.open_card(station.advisor, station.intake(), request_key=key)
    again = ctx.job_cards.open_card(station.advisor, station.intake(), request_key=key)  # retried after a crash
    assert again.id == first.id and again.number == first.number
    other = ctx.job_cards.open_card(station.advisor, station.intake(), request_key=uuid.uuid4().hex)
    assert other.number == "WT20261100002"


# ---- item 9: prices --------------------------------------------------------------------------------

def test_a_price_below_the_list_price_counts_against_the_discount_limit(ctx, station):
    jc = ctx.job_cards
    c = _card(ctx, station, (2, 1))  # 420.00 brake pads
    line = c.lines[1]
    with pytest.raises(PermissionDenied) as refused:  # the advisor's limit is 5%
        jc.update_line(station.advisor, c.id, c.version, line.id, price="1.00")
    assert "420.00" in refused.value.message() and "supervisor" in refused.value.message()
    with pytest.raises(PermissionDenied):
        jc.add_part(station.advisor, c.id, c.version, station.part_ids[2], 1, price="300.00")
    c = jc.update_line(station.advisor, c.id, c.version, line.id, price="400.00")  # 4.8% below: within the limit
    with pytest.raises(PermissionDenied):  # 400.00 less 5%: 9.5% below the list price
        jc.update_line(station.advisor, c.id, c.version, line.id, discount="0.05")
    c = jc.update_line(station.advisor, c.id, c.version, line.id, price="378.00",
                       approval=Approval("frontsup", PASSWORD))
    assert c.lines[1].amount == D("378.00") and c.lines[1].discount_approved_by == "frontsup"
    c = jc.add_part(station.advisor, c.id, c.version, station.part_ids[0], 1, price="60.00",
                    approval=Approval("frontsup", PASSWORD))
    prices = ctx.audit.entries(station.admin, action_prefix="job_card.price")
    assert [(e.username, e.approved_by, e.amount) for e in reversed(prices)] == [
        ("advisor", None, D("400.00")), ("advisor", "frontsup", D("378.00")), ("advisor", "frontsup", D("60.00"))]
    assert prices[-1].details["old"] == "420.00" and prices[-1].details["list"] == "420.00"


def test_an_invoice_price_unlike_the_booked_cost_needs_the_price_permission(ctx, station, admin):
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, station.part_ids[2], 2, unit_cost=D("210.00"))
    line = ctx.parts_receiving.receipt(admin, grn.id).lines[0]
    keeper = station.storekeeper
    with pytest.raises(PermissionDenied):
        ctx.parts_receiving.set_line(keeper, line.id, invoice_price="190.00")
    ctx.parts_receiving.set_line(keeper, line.id, invoice_price="210.00")  # the invoice confirms the booked cost
    user = ctx.users.create_user(admin, "partsup", "配件主管", PASSWORD, [Role.PARTS_SUPERVISOR])
    supervisor = Actor.for_roles(user.id, user.username, user.display_name, user.roles)
    ctx.parts_receiving.set_line(supervisor, line.id, invoice_price="190.00")
    [changed, confirmed] = ctx.audit.entries(admin, action_prefix="receipt.invoice_price")
    assert (changed.username, changed.approved_by, changed.amount) == ("partsup", "partsup", D("-40.00"))
    assert confirmed.approved_by is None
