"""Job card money over many random cards: per-payer totals add up, half-up per line, tax per line."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from services.job_cards.totals import MoneyLine, line_money, totals
from services.station.settings import PAYERS

FEN = Decimal("0.01")
RATES = [Decimal("0.13"), Decimal("0.03"), Decimal("0.06"), Decimal("0")]

lines = st.builds(
    MoneyLine,
    kind=st.sampled_from(["labour", "part", "other"]),
    payer=st.sampled_from(PAYERS),
    qty=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("500"), places=3),
    price=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2),
    discount=st.decimals(min_value=Decimal("0"), max_value=Decimal("0.9999"), places=4),
    counts=st.booleans(),
    pending=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, max_size=30), st.sampled_from(RATES))
def test_payer_totals_add_up_to_the_total(card, rate):
    t = totals(card, rate, PAYERS)
    assert sum((p.amount for p in t.payers), Decimal(0)) == t.amount
    assert sum((p.tax for p in t.payers), Decimal(0)) == t.tax
    assert t.net + t.tax == t.amount
    assert t.labour + t.parts + t.other == t.amount
    for p in t.payers:
        assert p.labour + p.parts + p.other == p.amount
        assert p.net + p.tax == p.amount
    for value in (t.amount, t.net, t.tax, t.discount, *(p.amount for p in t.payers)):
        assert isinstance(value, Decimal) and value == value.quantize(FEN)
    counted = [ln for ln in card if ln.counts]
    assert t.amount == sum((line_money(ln.qty, ln.price, ln.discount, rate).amount for ln in counted), Decimal(0))


@settings(max_examples=500, deadline=None)
@given(lines.filter(lambda ln: True), st.sampled_from(RATES))
def test_each_line_rounds_half_up_and_derives_its_tax(ln, rate):
    m = line_money(ln.qty, ln.price, ln.discount, rate)
    exact = ln.qty * ln.price
    assert m.gross == exact.quantize(FEN, rounding=ROUND_HALF_UP)
    assert m.discount_amount == (m.gross * ln.discount).quantize(FEN, rounding=ROUND_HALF_UP)
    assert m.amount == m.gross - m.discount_amount
    assert m.net == (m.amount / (1 + rate)).quantize(FEN, rounding=ROUND_HALF_UP)
    assert m.tax == m.amount - m.net
    assert all(isinstance(v, Decimal) for v in (m.gross, m.amount, m.net, m.tax))


def test_half_up_not_half_even():
    # 2.5 fen rounds up: 0.125 → 0.13 (half-even would give 0.12)
    m = line_money(Decimal("1"), Decimal("0.25"), Decimal("0.5"), Decimal("0"))
    assert m.discount_amount == Decimal("0.13") and m.amount == Decimal("0.12")
