"""The statement's money: the amount in words (大写金额) and, for many random cards, sums that agree
with the job card to the fen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.common.money import amount_in_words
from services.settlement.service import parse_amount
from tests.settlement.fixtures import through_qc

DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def words_to_amount(words: str) -> Decimal:
    """An independent reading of 大写金额 back into a figure (for the round trip)."""
    negative = words.startswith("负")
    words = words.removeprefix("负").removesuffix("整")
    yuan_part, _, cents_part = words.partition("元") if "元" in words else ("", "", words)
    total = section = digit = 0
    for ch in yuan_part:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {words!r}")
    total += section + digit
    fen = 0
    digit = 0
    for ch in cents_part:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch == "角":
            fen += digit * 10
            digit = 0
        elif ch == "分":
            fen += digit
            digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {words!r}")
    value = Decimal(total) + Decimal(fen) / 100
    return (-value if negative else value).quantize(Decimal("0.01"))


@pytest.mark.parametrize("amount,words", [
    ("0.05", "伍分"),
    ("10.00", "壹拾元整"),
    ("100000.10", "壹拾万元壹角整"),
    ("1000000.00", "壹佰万元整"),
    ("689.25", "陆佰捌拾玖元贰角伍分"),
    ("1009.25", "壹仟零玖元贰角伍分"),
    ("10001.01", "壹万零壹元零壹分"),
    ("100000000", "壹亿元整"),
    ("1000010000", "壹拾亿零壹万元整"),
    ("-98.50", "负玖拾捌元伍角整"),
])
def test_amount_in_words_as_printed(amount, words):
    assert amount_in_words(Decimal(amount)) == words
    assert words_to_amount(words) == Decimal(amount)


@given(st.decimals(min_value=0, max_value=10**11, places=2, allow_nan=False, allow_infinity=False))
def test_words_read_back_to_the_figure_and_follow_the_writing_rules(amount):
    words = amount_in_words(amount)
    assert words_to_amount(words) == amount
    assert "零零" not in words and "零元" not in words.removeprefix("零元整")
    assert words.endswith(("整", "分"))
    assert not words.startswith("零") or words == "零元整"


@pytest.mark.parametrize("typed,amount", [("1,234.50", "1234.50"), ("￥12", "12.00"), ("０.５", "0.50")])
def test_amounts_typed_by_people_are_read(typed, amount):
    assert parse_amount(typed) == Decimal(amount)


LINE = st.one_of(
    st.tuples(st.just("labour"), st.sampled_from(["customer", "insurer", "warranty", "internal", "fleet"]),
              st.decimals(min_value=Decimal("0.1"), max_value=Decimal("12"), places=1), st.just(None),
              st.decimals(min_value=0, max_value=Decimal("0.5"), places=2)),
    st.tuples(st.just("part"), st.sampled_from(["customer", "insurer", "fleet"]),
              st.decimals(min_value=Decimal("0.001"), max_value=Decimal("20"), places=3),
              st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2),
              st.decimals(min_value=0, max_value=Decimal("0.3"), places=2)),
    st.tuples(st.just("other"), st.sampled_from(["customer", "insurer"]), st.just(Decimal(1)),
              st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2),
              st.decimals(min_value=0, max_value=Decimal("0.2"), places=2)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(lines=st.lists(LINE, min_size=1, max_size=6))
def test_statement_sums_agree_with_the_job_card_to_the_fen(ctx, station, lines):
    jc, admin = ctx.job_cards, station.admin  # the administrator may give any discount alone
    c = jc.open_card(admin, station.intake(job_type="repair", repair_class="minor_repair"))
    for kind, payer, qty, price, discount in lines:
        if kind == "labour":
            c = jc.add_labour(admin, c.id, c.version, "KT020", hours=qty, hours_reason="按实际", payer=payer,
                              discount=discount)
        elif kind == "part":
            c = jc.add_part(admin, c.id, c.version, station.part_ids[1], qty, price=price, payer=payer,  # oil: litres
                            discount=discount)
        else:
            c = jc.add_other(admin, c.id, c.version, "towing", price, payer=payer, discount=discount)
    c = through_qc(ctx, station, c)
    statement = ctx.settlement.settle(station.advisor, c.id)
    t = c.totals
    assert (statement.total, statement.labour, statement.parts, statement.other, statement.tax, statement.net,
            statement.discount) == (t.amount, t.labour, t.parts, t.other, t.tax, t.net, t.discount)
    assert {p.payer: p.amount for p in statement.shares} == {p.payer: p.amount for p in t.payers}
    assert sum((p.amount for p in statement.shares), Decimal(0)) == statement.total
    assert sum((ln.amount for ln in statement.lines), Decimal(0)) == statement.total
    assert statement.customer_balance == t.for_payer("customer").amount
    assert words_to_amount(amount_in_words(statement.total)) == statement.total
