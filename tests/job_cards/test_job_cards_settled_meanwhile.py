"""A line changed at the front desk after the cashier settled the card on another PC: refused in words.

Two PCs are two ``AppContext``s over two engines on one database. The advisor's PC (A) read the card
while it was being checked; the inspector passed it and the cashier settled it on PC B; A's change of
a line then comes back as ``SettledRecord``, saying what happened and what to do, and nothing of the
card or its lines changed. A change that got past the services' check (a program that does not look at
the status) is refused by the repair file's triggers with the same words.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.context import AppContext
from app.db.models.job_cards import JobCard, JobLine
from services.common.errors import SETTLED_CARD, SettledRecord
from tests.conftest import FAST_HASHER
from tests.job_cards.fixtures import dispatched, make_station
from tests.settlement.fixtures import open_with_work

WORDS = "This job card was settled meanwhile (on another PC)"


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def pc_b(empty_db, clock, ctx):
    """The cashier's PC: its own engine and services over the same database."""
    return AppContext(empty_db.open(), clock, hasher=FAST_HASHER)


def in_quality_check(ctx, st):
    """A card with work, its parts issued, worked and self-checked: waiting for the final inspection."""
    jc = ctx.job_cards
    c = open_with_work(ctx, st)
    st.issue_all(ctx, c.number)
    c = dispatched(ctx, st, c)
    c = jc.transition(st.technician, c.id, c.version, "in_progress")
    return jc.self_check(st.technician, c.id, c.version, True, [("done", True)])


def settle_on(pc, st, card_id: int):
    """PC ``pc``: the inspector passes the final inspection and the cashier settles the card."""
    jc = pc.job_cards
    c = jc.card(st.admin, card_id)
    c = jc.final_check(st.inspector, c.id, c.version, True, [(i, True) for i in jc.checklist(c.job_type)],
                       road_test=True, road_test_km=2)
    pc.settlement.settle(st.advisor, c.id, c.version)
    return jc.card(st.admin, card_id)


def stored(ctx, card_id: int):
    """The card's recorded content and its lines' money, as the database has them."""
    with ctx.db.read() as s:
        card = s.get(JobCard, card_id)
        lines = s.execute(select(JobLine.id, JobLine.qty, JobLine.price, JobLine.discount, JobLine.amount,
                                 JobLine.payer).where(JobLine.job_card_id == card_id).order_by(JobLine.id)).all()
        return (card.status, card.total_amount, card.version), [tuple(r) for r in lines]


def test_a_line_changed_after_the_other_pc_settled_the_card_is_refused_in_words(ctx, station, pc_b):
    card = in_quality_check(ctx, station)  # PC A: the advisor has the card open
    part = next(ln for ln in card.lines if ln.kind == "part")
    settled = settle_on(pc_b, station, card.id)
    assert settled.status == "settled"
    before = stored(ctx, card.id)

    for change in ({"price": "70.00"}, {"qty": "2"}, {"discount": "0.03"}):
        with pytest.raises(SettledRecord) as refused:
            ctx.job_cards.update_line(station.advisor, card.id, card.version, part.id, **change)
        assert refused.value.message().startswith(WORDS)
        assert refused.value.text == SETTLED_CARD
    with pytest.raises(SettledRecord, match="settled meanwhile"):
        ctx.job_cards.remove_line(station.advisor, card.id, card.version, part.id)
    with pytest.raises(SettledRecord, match="settled meanwhile"):
        ctx.job_cards.add_other(station.advisor, card.id, card.version, "diagnosis", "30.00")

    assert stored(ctx, card.id) == before
    assert ctx.job_cards.card(station.advisor, card.id) == settled


def test_a_change_that_got_past_the_check_is_refused_by_the_database_in_the_same_words(ctx, station, pc_b):
    """A program on another PC that does not look at the card's status (an old build, a script)."""
    card = in_quality_check(ctx, station)
    part = next(ln for ln in card.lines if ln.kind == "part")
    settle_on(pc_b, station, card.id)
    before = stored(ctx, card.id)

    for values in ({"price": part.price + 1}, {"qty": part.qty + 1}):
        with pytest.raises(SettledRecord) as refused, ctx.db.write() as s:
            s.execute(update(JobLine).where(JobLine.id == part.id).values(**values))
        assert refused.value.message().startswith(WORDS)
    with pytest.raises(SettledRecord, match="settled meanwhile"), ctx.db.write() as s:
        s.delete(s.get(JobLine, part.id))
    with pytest.raises(SettledRecord, match="settled meanwhile"), ctx.db.write() as s:
        s.execute(update(JobCard).where(JobCard.id == card.id).values(mileage_in=1))

    assert stored(ctx, card.id) == before
