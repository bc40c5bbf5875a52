"""The one reader of amounts, quantities and rates: what people type reads right, the rest is refused in words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.common.amounts import MAX_MONEY, read_money, read_quantity, read_rate
from services.common.errors import ValidationError


@pytest.mark.parametrize(("typed", "expected"), [
    ("12", Decimal("12.00")), ("1,234.50", Decimal("1234.50")), ("￥12.5", Decimal("12.50")),
    ("  ８８．８ ", Decimal("88.80")), (Decimal("3.1"), Decimal("3.10")), (7, Decimal("7.00")),
    (12.5, Decimal("12.50")), (0.1, Decimal("0.10")),  # a workbook's numeric cell, by its shortest repr
])
def test_amounts_read_as_people_type_them(typed, expected):
    assert read_money(typed) == expected


@pytest.mark.parametrize("typed", ["NaN", "nan", "Infinity", "-inf", "sNaN", "1e40", "1e16", "abc", "1.2.3", "--1",
                                   float("nan"), float("inf"), True, "9" * 41])
def test_what_is_not_an_amount_is_refused_with_a_sentence(typed):
    with pytest.raises(ValidationError) as err:
        read_money(typed)
    assert err.value.field == "amount"
    assert str(typed)[:5].lower() in err.value.message().lower() or "at most" in err.value.message()


def test_amount_limits_and_signs():
    with pytest.raises(ValidationError, match="at most two decimal places"):
        read_money("12.345")
    with pytest.raises(ValidationError, match="cannot be negative"):
        read_money("-1")
    assert read_money("-1", negative=True) == Decimal("-1.00")
    with pytest.raises(ValidationError, match="above zero"):
        read_money("0", zero=False)
    with pytest.raises(ValidationError, match="Enter an amount"):
        read_money("  ")
    assert read_money("", optional=True) is None
    assert read_money(MAX_MONEY) == MAX_MONEY
    with pytest.raises(ValidationError, match="more than any amount"):
        read_money(MAX_MONEY + Decimal("0.01"))


def test_quantities():
    assert read_quantity("2.5") == Decimal("2.500")
    assert read_quantity("24") == Decimal("24.000")
    with pytest.raises(ValidationError, match="whole number"):
        read_quantity("2.5", whole=True)
    with pytest.raises(ValidationError, match="above zero"):
        read_quantity("0")
    assert read_quantity("0", zero=True) == 0
    with pytest.raises(ValidationError, match="three decimals"):
        read_quantity("1.0001")
    for typed in ("1e16", "1e30", "NaN", "-Infinity"):
        with pytest.raises(ValidationError):
            read_quantity(typed)


def test_rates():
    assert read_rate("0.13") == Decimal("0.1300")
    assert read_rate("13%") == Decimal("0.1300")
    assert read_rate("１３％") == Decimal("0.1300")
    for typed in ("1.5", "-0.1", "NaN", "x", "0.123456"):
        with pytest.raises(ValidationError, match="not a rate"):
            read_rate(typed)


@given(st.text(max_size=60))
def test_any_text_reads_or_is_refused_in_words_never_crashes(text):
    for reader in (read_money, read_quantity, read_rate):
        try:
            value = reader(text, optional=True)
        except ValidationError as err:
            assert err.message()
        else:
            assert value is None or (isinstance(value, Decimal) and value.is_finite())


@given(st.decimals(allow_nan=True, allow_infinity=True) | st.floats() | st.integers())
def test_any_number_reads_within_limits_or_is_refused(number):
    try:
        value = read_money(number, negative=True)
    except ValidationError as err:
        assert err.message()
    else:
        assert abs(value) <= MAX_MONEY
        assert value == value.quantize(Decimal("0.01"))


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_every_fen_amount_round_trips_through_its_text(fen):
    amount = Decimal(fen) / 100
    assert read_money(f"{amount:,.2f}") == amount
