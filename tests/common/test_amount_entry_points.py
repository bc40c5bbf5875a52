"""Every place that reads a typed amount, quantity or rate goes through the one reader
(``services.common.amounts``): NaN, 1e40, '1e16' and huge numbers come back as the app's
``ValidationError`` with a message (or the caller's own refusal), never ``InvalidOperation`` or
``OverflowError`` from deep inside ``decimal``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.common.amounts import MAX_MONEY
from services.common.errors import ValidationError

HOSTILE = ["NaN", "nan", "-NaN", "sNaN", "Infinity", "-inf", "1e40", "-1e40", "1e16", "1E16", "9" * 60,
           "1e999999999", "1e-999999999", "0e999999", "１e40", "¥1e16", "1,0e40", "", " ", "abc", "--1", "1..2"]

# what people type, what a workbook holds, and what an attacker tries
typed = (st.sampled_from(HOSTILE) | st.text(max_size=40)
         | st.from_regex(r"-?[0-9]{0,30}(\.[0-9]{0,12})?([eE][-+]?[0-9]{1,12})?", fullmatch=True)
         | st.decimals(allow_nan=True, allow_infinity=True).map(str))


def _refused_or_finite(read, value, *, refusal=ValidationError, maximum=MAX_MONEY):
    try:
        d = read(value)
    except refusal as exc:
        if isinstance(exc, ValidationError):
            assert exc.message(lambda _c, t: t)  # a sentence for the form, in the user's words
        return
    assert d is None or (isinstance(d, Decimal) and d.is_finite() and abs(d) <= maximum), (value, d)


@settings(max_examples=300, deadline=None)
@given(typed)
def test_job_card_amounts_hours_and_discounts_never_crash(text):
    from services.job_cards.inputs import read_amount, read_discount, read_positive

    _refused_or_finite(lambda v: read_amount(v, "amount"), text)
    _refused_or_finite(lambda v: read_positive(v, "hours", Decimal(100), places=2), text)
    _refused_or_finite(read_discount, text)


@settings(max_examples=300, deadline=None)
@given(typed)
def test_tool_costs_and_price_list_cells_never_crash(text):
    from services.parts.pricelist import _money
    from services.tools.records import read_money

    _refused_or_finite(read_money, text)
    _refused_or_finite(_money, text, refusal=ValueError)  # a price list names the bad cell in its row report


@settings(max_examples=300, deadline=None)
@given(typed)
def test_the_reorder_quantity_typed_in_the_suggestions_never_crashes(text):
    from services.common.amounts import MAX_QUANTITY
    from viewmodels.parts.purchasing import parse_qty

    _refused_or_finite(parse_qty, text, refusal=ValueError, maximum=MAX_QUANTITY)  # the cell keeps its value


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), "NaN", "inf"])
def test_to_decimal_refuses_what_is_not_a_number_also_as_a_decimal(value):
    from services.common.money import to_decimal

    with pytest.raises(ValueError):
        to_decimal(value)


@pytest.mark.parametrize("value", ["NaN", "1e40", "1e16", "9" * 60, Decimal("NaN")])
def test_station_rates_refuse_hostile_numbers_with_a_message(ctx, admin, value):
    from datetime import date

    with pytest.raises(ValidationError):
        ctx.station.set_tax_rate(admin, "vat_general", date(2027, 1, 1), value)
    with pytest.raises(ValidationError):
        ctx.station.set_labour_rate(admin, "maintenance", "customer", date(2027, 1, 1), value)


@pytest.mark.parametrize("value", ["NaN", "1e40", "9" * 60, Decimal("sNaN")])
def test_a_customer_credit_limit_refuses_hostile_numbers_with_a_message(value):
    from services.customers.model import CustomerInput
    from services.customers.validation import validate_customer

    with pytest.raises(ValidationError):
        validate_customer(CustomerInput(name="华东物流", kind="company", billing_terms="monthly", statement_day=25,
                                     credit_limit=value))
