"""``servicebay check`` looks at job cards: each fault made by SQL behind the app's back fails the
check with a message naming the card (and the line). Before issue 10 the check had no job-card
part and passed on all of these."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import delete, insert, select, update

from app.checks import run_checks
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.parts import Reservation, StockMove
from tests.job_cards.fixtures import make_station


@pytest.fixture
def card(ctx, admin):
    """A card in the workshop: oil filter ×1 issued, brake pads ×1 reserved; a second card after it."""
    st = make_station(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    for pid in st.part_ids:
        ctx.parts_receiving.receive(admin, grn.id, pid, 5)
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake())
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[0], 1)
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[2], 1)
    jc.issue_part(st.storekeeper, c.number, "06L115562B")
    jc.open_card(st.advisor, st.intake())
    assert run_checks(ctx) == []
    return jc.card(admin, c.id)


def _fails_naming(ctx, *words) -> list[str]:
    problems = run_checks(ctx)
    assert problems, "the check passed"
    assert any(all(w in p for w in words) for p in problems), problems
    return problems


def test_an_issue_move_tied_to_no_line_fails_the_check(ctx, card):
    with ctx.db.write() as s:  # a second filter out of the store for the card, on no line of it
        first = s.scalar(select(StockMove).where(StockMove.job_ref == card.number))
        s.execute(insert(StockMove).values(kind="issue", part_id=first.part_id, bin_id=first.bin_id, qty=D(-1),
                                           unit_cost=first.unit_cost, value=-first.unit_cost, job_ref=card.number,
                                           line_ref=None, reference=card.number, username="x",
                                           created_at=first.created_at, updated_at=first.created_at))
    _fails_naming(ctx, card.number, "not a parts line")


def test_an_issue_to_a_number_that_is_no_job_card_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(StockMove).where(StockMove.job_ref == card.number).values(job_ref="WT20261199999"))
    _fails_naming(ctx, "WT20261199999", "no such job card")


def test_a_line_without_its_reservation_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(delete(Reservation).where(Reservation.job_ref == card.number, Reservation.line_ref == "L3"))
    _fails_naming(ctx, card.number, "L3", "no stock reservation")


def test_a_reservation_for_a_removed_line_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(delete(JobLine).where(JobLine.job_card_id == card.id, JobLine.line_ref == "L3"))
    _fails_naming(ctx, card.number, "L3", "no parts line")


def test_a_line_issued_more_than_it_charges_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(JobLine).where(JobLine.job_card_id == card.id, JobLine.line_ref == "L2")
                  .values(qty=D("0.5")))
    _fails_naming(ctx, card.number, "L2", "1 issued, 0.5 charged")


def test_a_lines_issued_quantity_unlike_the_moves_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(JobLine).where(JobLine.job_card_id == card.id, JobLine.line_ref == "L2")
                  .values(issued_qty=D(0)))
    _fails_naming(ctx, card.number, "L2", "moves say 1")


def test_a_ready_card_with_a_charged_part_not_issued_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(JobCard).where(JobCard.id == card.id).values(status="ready"))
    _fails_naming(ctx, card.number, "L3", "1 charged, 0 issued")


def test_a_total_unlike_its_lines_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(JobCard).where(JobCard.id == card.id).values(total_amount=D("1.00")))
    _fails_naming(ctx, card.number, "total 1.00")


def test_a_gap_in_the_job_card_numbers_fails_the_check(ctx, card):
    with ctx.db.write() as s:
        s.execute(update(JobCard).where(JobCard.id == card.id).values(number="WT20261100007"))
    problems = _fails_naming(ctx, "WT202611", "missing: 1")
    assert any("WT202611" in p and "beyond" in p for p in problems)
