"""Counter sales of parts (配件销售): a statement without a job card, its stock moves and payments in one
transaction; void puts the parts back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models.settlement import Payment, Statement
from services.common.errors import ValidationError
from services.settlement.counter import SaleLine
from services.settlement.data import Tender
from tests.settlement.fixtures import company_vehicle


@pytest.fixture
def stocked(ctx, station):
    """10 oil filters (68.00) and 20 l of oil (98.50 a litre) on the shelf."""
    filter_id, oil_id = station.part_ids[:2]
    ctx.parts.adjust(station.admin, filter_id, 10, "opening stock", unit_cost="34.00")
    ctx.parts.adjust(station.admin, oil_id, 20, "opening stock", unit_cost="49.25")
    return filter_id, oil_id


def _on_hand(ctx, station, part_id) -> Decimal:
    return ctx.parts.part(station.admin, part_id).on_hand


def _count(ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_counter_sale_issues_a_statement_moves_stock_and_takes_payment_at_once(ctx, station, stocked):
    filter_id, oil_id = stocked
    r = ctx.settlement.counter.sell(station.advisor, [SaleLine(filter_id, 2), SaleLine(oil_id, "1.5")],
                                    [Tender("cash", "100.00", tendered="100"), Tender("wechat", "183.75")],
                                    customer_name="路过的王先生")
    st = r.statement
    assert st.kind == "counter" and st.job_card_id is None and st.number == "JS20261100001"
    # 2 × 68.00 + 1.5 × 98.50 = 283.75, all parts, tax 13% inside
    assert (st.parts, st.labour, st.total, st.customer_balance) == (Decimal("283.75"), Decimal("0.00"),
                                                                     Decimal("283.75"), Decimal("0.00"))
    # tax per line, half up: 136.00 → 15.65, 147.75 → 17.00
    assert st.net + st.tax == st.total and st.tax == Decimal("32.65")
    assert [(ln.code, ln.qty, ln.amount) for ln in st.lines] == [("06L115562B", Decimal("2.000"), Decimal("136.00")),
                                                                ("G052195M4", Decimal("1.500"), Decimal("147.75"))]
    assert st.customer_name == "路过的王先生" and [p.method for p in st.payments] == ["cash", "wechat"]
    assert _on_hand(ctx, station, filter_id) == Decimal("8") and _on_hand(ctx, station, oil_id) == Decimal("18.5")
    moves = ctx.parts.moves(station.admin, filter_id)
    assert moves[0].kind == "counter_sale" and moves[0].reference == st.number
    # the cashier's day close counts it
    close = ctx.settlement.day_close(station.advisor, date(2026, 11, 20))
    assert close.money_total == Decimal("283.75")
    # printed like any statement, found by its number
    assert ctx.settlement.statement_by_number(station.advisor, st.number).id == st.id


def test_a_sale_refused_anywhere_writes_nothing_and_takes_no_number(ctx, station, stocked):
    filter_id, oil_id = stocked
    counter = ctx.settlement.counter
    with pytest.raises(ValidationError) as e:  # not enough stock of the second line
        counter.sell(station.advisor, [SaleLine(filter_id, 1), SaleLine(oil_id, 25)], [Tender("cash", "2530.50")])
    assert "Not enough stock" in str(e.value)
    with pytest.raises(ValidationError) as e:  # less paid than owed
        counter.sell(station.advisor, [SaleLine(filter_id, 1)], [Tender("wechat", "60.00")])
    assert "less than the 68.00 owed" in str(e.value)
    with pytest.raises(ValidationError) as e:  # a walk-in buyer has no account
        counter.sell(station.advisor, [SaleLine(filter_id, 1)], [], on_account=True)
    assert "only a company customer" in str(e.value)
    with pytest.raises(ValidationError):
        counter.sell(station.advisor, [SaleLine(filter_id, -1)], [Tender("cash", "68.00")])
    with pytest.raises(ValidationError):
        counter.sell(station.advisor, [], [Tender("cash", "68.00")])
    assert _count(ctx, Statement) == 0 and _count(ctx, Payment) == 0
    assert _on_hand(ctx, station, filter_id) == Decimal("10") and _on_hand(ctx, station, oil_id) == Decimal("20")
    r = counter.sell(station.advisor, [SaleLine(filter_id, 1, "60.00")], [Tender("alipay", "60.00")],
                     request_key="sale-1")
    assert r.statement.number == "JS20261100001" and r.statement.total == Decimal("60.00")
    # a double press sells once
    again = counter.sell(station.advisor, [SaleLine(filter_id, 1, "60.00")], [Tender("alipay", "60.00")],
                         request_key="sale-1")
    assert again.statement.id == r.statement.id and _on_hand(ctx, station, filter_id) == Decimal("9")


def test_a_company_buys_on_account_and_it_reaches_the_account_statement(ctx, station, stocked):
    filter_id, _oil = stocked
    company_id, _vehicle = company_vehicle(ctx, station)
    r = ctx.settlement.counter.sell(station.advisor, [SaleLine(filter_id, 3)], [], customer_id=company_id,
                                    on_account=True)
    assert r.statement.customer_name == "上海顺达物流有限公司"
    assert [(p.method, p.amount) for p in r.statement.payments] == [("on_account", Decimal("204.00"))]
    acc = ctx.settlement.accounts.make(station.advisor, company_id, date(2026, 11, 1))
    assert [(ln.statement_number, ln.amount) for ln in acc.lines] == [(r.statement.number, Decimal("204.00"))]


def test_voiding_a_counter_sale_puts_the_parts_back_after_the_refund(ctx, station, stocked):
    filter_id, _oil = stocked
    r = ctx.settlement.counter.sell(station.advisor, [SaleLine(filter_id, 2)], [Tender("wechat", "136.00")])
    st = r.statement
    with pytest.raises(ValidationError) as e:
        ctx.settlement.void(station.advisor, st.id, "顾客退货")
    assert "refund it before voiding" in str(e.value)
    assert _on_hand(ctx, station, filter_id) == Decimal("8")
    ctx.settlement.refund(station.supervisor, st.id, "136.00", "wechat", "顾客退货")
    voided = ctx.settlement.void(station.supervisor, st.id, "顾客退货")
    assert voided.voided and _on_hand(ctx, station, filter_id) == Decimal("10")
    assert ctx.parts.moves(station.admin, filter_id)[0].qty == Decimal("2")
    with pytest.raises(ValidationError) as e:
        ctx.settlement.reissue(station.supervisor, st.id)
    assert "counter sale" in str(e.value)
