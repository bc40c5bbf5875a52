"""A warranty job through claim, appraisal, submission, partial approval and payment, with the open
claims right at each step; and the refusals a clerk meets on the way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import PermissionDenied, ValidationError
from tests.claims.fixtures import warranty_card

D = Decimal


def _open(ctx, desk):
    r = ctx.claims.open_claims(desk.clerk)
    return r.count, r.claimed, r.approved, r.paid, r.outstanding


def test_a_warranty_job_from_claim_to_payment_with_the_open_claims_right_at_each_step(ctx, desk, clock):
    st, clerk = desk.st, desk.clerk
    card = warranty_card(ctx, st)
    # the card waits in the clerk's list: only its warranty lines count (labour 1.5 h and the pads)
    waiting = ctx.claims.warranty_cards(clerk)
    assert [w.number for w in waiting] == [card.number]
    labour = next(ln.amount for ln in card.lines if ln.kind == "labour" and ln.payer == "warranty")
    pads = next(ln.amount for ln in card.lines if ln.kind == "part" and ln.payer == "warranty")
    assert waiting[0].warranty_amount == labour + pads and waiting[0].lines == 2
    assert _open(ctx, desk) == (0, 0, 0, 0, 0)

    claim = ctx.claims.create(clerk, card.id)
    total = labour + pads
    assert claim.status == "draft" and claim.number.startswith("SP2026")
    assert (claim.labour_amount, claim.parts_amount, claim.claimed_amount) == (labour, pads, total)
    assert [ln.tag for ln in claim.lines] == [None, f"{claim.number}-01"]
    assert claim.lines[1].old_part_status == "kept"
    assert ctx.claims.warranty_cards(clerk) == []
    assert _open(ctx, desk) == (1, total, 0, 0, total)

    # the clerk cannot appraise; the technical supervisor does
    with pytest.raises(PermissionDenied):
        ctx.claims.appraise(clerk, claim.id, claim.version, system="brakes", fault_code="B1001", cause="x")
    with pytest.raises(ValidationError, match="appraisal"):
        ctx.claims.submit(clerk, claim.id, claim.version, "VW-2026-000123")
    claim = ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code=" b1001 ",
                                cause="刹车片材料缺陷，异常磨损")
    assert claim.appraised and claim.fault_code == "B1001" and claim.appraised_by == "何技术"

    clock.advance(days=3)
    claim = ctx.claims.submit(clerk, claim.id, claim.version, "vw-2026-000123")
    assert claim.status == "submitted" and claim.manufacturer_number == "VW-2026-000123"
    assert _open(ctx, desk) == (1, total, 0, 0, total)
    assert ctx.claims.open_claims(clerk).rows[0].age_days == 3

    # the manufacturer pays the labour and 80% of the pads
    approved = labour + D("336.00")
    with pytest.raises(ValidationError, match="more than"):
        ctx.claims.decide(clerk, claim.id, claim.version, total + D("0.01"))
    claim = ctx.claims.decide(clerk, claim.id, claim.version, approved, "配件按80%结算")
    assert claim.status == "partly_approved" and claim.approved_amount == approved
    assert _open(ctx, desk) == (1, total, approved, 0, approved)

    # paid in two remittances; the second closes the claim
    first = ctx.claims.record_payment(clerk, "RM-001", date(2026, 12, 10), [(claim.id, "100.00")])
    assert first.amount == D("100.00")
    assert _open(ctx, desk) == (1, total, approved, D("100.00"), approved - D("100.00"))
    with pytest.raises(ValidationError, match="already been recorded"):
        ctx.claims.record_payment(clerk, "rm-001", date(2026, 12, 10), [(claim.id, "1.00")])
    with pytest.raises(ValidationError, match="still owed"):
        ctx.claims.record_payment(clerk, "RM-002", date(2026, 12, 20), [(claim.id, approved)])
    ctx.claims.record_payment(clerk, "RM-002", date(2026, 12, 20), [(claim.id, approved - D("100.00"))])
    claim = ctx.claims.claim(clerk, claim.id)
    assert claim.status == "paid" and claim.paid_amount == approved
    assert _open(ctx, desk) == (0, 0, 0, 0, 0)
    assert [e.action for e in claim.events] == ["created", "appraised", "submitted", "decided", "payment", "payment"]


def test_one_claim_per_card_and_only_for_finished_work_with_warranty_lines(ctx, desk):
    st, clerk = desk.st, desk.clerk
    unfinished = warranty_card(ctx, st, finish=False)
    with pytest.raises(ValidationError, match="final inspection"):
        ctx.claims.create(clerk, unfinished.id)
    ctx.job_cards.cancel(st.advisor, unfinished.id, unfinished.version, "客户取消")
    card = warranty_card(ctx, st)
    claim = ctx.claims.create(clerk, card.id)
    with pytest.raises(ValidationError, match="already has warranty claim"):
        ctx.claims.create(clerk, card.id)
    assert ctx.claims.claim(clerk, claim.id).claimed_amount > 0


def test_a_rejection_needs_the_reason_and_closes_the_claim(ctx, desk):
    st, clerk = desk.st, desk.clerk
    claim = ctx.claims.create(clerk, warranty_card(ctx, st).id)
    claim = ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1001",
                                cause="异常磨损")
    claim = ctx.claims.submit(clerk, claim.id, claim.version, "VW-1")
    with pytest.raises(ValidationError, match="reason"):
        ctx.claims.decide(clerk, claim.id, claim.version, "0")
    claim = ctx.claims.decide(clerk, claim.id, claim.version, "0", "超出保修范围")
    assert claim.status == "rejected" and claim.outstanding == 0
    assert ctx.claims.open_claims(clerk).count == 0
    with pytest.raises(ValidationError, match="only an approved claim"):
        ctx.claims.record_payment(clerk, "RM-9", date(2026, 12, 1), [(claim.id, "1.00")])


def test_the_old_part_leaves_once_by_its_tag(ctx, desk):
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    tag = claim.lines[1].tag
    line = ctx.claims.return_old_part(desk.clerk, tag.lower(), "FH-2026-12")
    assert line.old_part_status == "returned" and line.return_reference == "FH-2026-12"
    with pytest.raises(ValidationError, match="left already"):
        ctx.claims.return_old_part(desk.clerk, tag, "FH-2026-13")
