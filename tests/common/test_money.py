"""Money is Decimal, exact in SQL sums, rounded half up, and spelled out on statements."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select

from app.db.types import Money, Quantity
from services.common.money import amount_in_words, round_cny, split_tax


def test_sql_sum_of_money_is_exact_on_each_engine(db):
    md = MetaData()
    t = Table("money_probe", md, Column("id", Integer, primary_key=True), Column("amount", Money()),
              Column("qty", Quantity()))
    md.create_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(insert(t), [{"amount": Decimal("0.10"), "qty": Decimal("0.333")}] * 3)
        total = conn.execute(select(func.sum(t.c.amount))).scalar()
        qty = conn.execute(select(func.sum(t.c.qty))).scalar()
        raw = conn.exec_driver_sql("SELECT SUM(amount) FROM money_probe").scalar()
    # SUM keeps the column type, so it reads back as an exact Decimal; underneath it is integer fen
    assert total == Decimal("0.30") and isinstance(total, Decimal)
    assert qty == Decimal("0.999")
    assert raw == 30
    with db.engine.connect() as conn:
        assert conn.execute(select(t.c.amount).limit(1)).scalar() == Decimal("0.10")


def test_money_column_refuses_float_and_sub_fen_amounts():
    with pytest.raises(TypeError):
        Money().process_bind_param(0.1, None)
    with pytest.raises(ValueError):
        Money().process_bind_param(Decimal("0.105"), None)


def test_rounding_is_half_up_not_bankers():
    assert round_cny("2.675") == Decimal("2.68")
    assert round_cny("0.125") == Decimal("0.13")
    assert round_cny("-0.125") == Decimal("-0.13")


def test_tax_split_of_an_inclusive_amount():
    split = split_tax(Decimal("113.00"), Decimal("0.13"))
    assert (split.net, split.tax) == (Decimal("100.00"), Decimal("13.00"))
    split = split_tax(Decimal("99.99"), Decimal("0.13"))
    assert split.net + split.tax == Decimal("99.99")
    assert split.net == Decimal("88.49")


@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
def test_tax_split_always_adds_back_to_the_gross(amount):
    split = split_tax(amount, Decimal("0.13"))
    assert split.net + split.tax == split.gross == round_cny(amount)


@pytest.mark.parametrize("amount,words", [
    ("1234.50", "壹仟贰佰叁拾肆元伍角整"),
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("100001", "壹拾万零壹元整"),
    ("1010.01", "壹仟零壹拾元零壹分"),
    ("105000", "壹拾万伍仟元整"),
    ("20000000.30", "贰仟万元叁角整"),
    ("3086.07", "叁仟零捌拾陆元零柒分"),
])
def test_amount_in_words(amount, words):
    assert amount_in_words(amount) == words
