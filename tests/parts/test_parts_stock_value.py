"""The stock's value and the ledger: equal to the fen however the average cost rounds, and
``servicebay check`` fails, naming the amount, when they are not.

The demo's stock-value report and ledger once differed by ¥38.95: every receipt re-averaged the
cost to the fen and every issue left at that rounded average, so on hand × average drifted away
from the sum of the moves. The stock's value is now kept beside the average (part_stock.value), each
move changes it by exactly its own value, and the average is that value over on hand.
"""

from __future__ import annotations

import os
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select, text

from app.commands.parts import checks
from app.db.models.parts import StockMove
from services.parts.stock import NewPart


@pytest.fixture
def parts(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", lead_time_days=2)
    disc = ctx.parts.create_part(admin, NewPart("5Q0615301F", "前制动盘", cost=D("146.77"), retail_price=D("260.00"),
                                                bin="B-01-01"))
    oil = ctx.parts.create_part(admin, NewPart("G052195M4", "机油 5W-30", unit="升", cost=D("45.34"),
                                               retail_price=D("88.00"), bin="C-01-01"))
    return sup, disc, oil


def _ledger_total(ctx) -> D:
    with ctx.db.read() as s:
        return D(s.scalar(select(func.coalesce(func.sum(StockMove.value), 0))) or 0).quantize(D("0.01"))


def _month_of_moves(ctx, admin, disc, oil, sup) -> None:
    """Receipts at prices that do not average to the fen, write-offs, counter sales, litres: the demo's pattern."""
    rcv = ctx.parts_receiving
    costs = [D("146.77"), D("142.37"), D("149.71"), D("146.77"), D("152.64"), D("143.81")]
    oil_costs = [D("45.34"), D("43.98"), D("46.24"), D("44.41")]
    for day, cost in enumerate(costs):
        grn = rcv.open_receipt(admin)
        rcv.receive(admin, grn.id, disc.id, 7 + day * 3, unit_cost=cost)
        rcv.receive(admin, grn.id, oil.id, D("20.5") + day, unit_cost=oil_costs[day % len(oil_costs)])
        for line in rcv.receipt(admin, grn.id).lines:
            rcv.accept_line(admin, line.id)
        rcv.close_receipt(admin, grn.id, supplier_id=sup.id, delivery_note=f"SH-{day:04d}")
        ctx.parts.adjust(admin, disc.id, -3, "damaged in the store")
        ctx.parts.counter_sale(admin, disc.id, 1, D("260.00"))
        ctx.parts.counter_sale(admin, oil.id, D("4.5"), D("88.00"))
        ctx.parts.counter_sale(admin, oil.id, D("1.25"), D("88.00"))


def test_the_stock_value_report_equals_the_ledger_to_the_fen_after_a_month_of_moves(ctx, admin, parts):
    sup, disc, oil = parts
    _month_of_moves(ctx, admin, disc, oil, sup)
    report = ctx.parts_reports.stock_value(admin)
    assert report.total == _ledger_total(ctx) and report.total > 0
    for row in report.rows:  # each part: its value is its moves' values, and on hand × average within rounding
        part = ctx.parts.find_by_code(admin, row.number)
        assert row.value == sum((m.value for m in ctx.parts.moves(admin, part.id)), D(0))
        assert abs(row.on_hand * row.avg_cost - row.value) <= row.on_hand * D("0.005")
    assert checks(ctx) == []
    # selling the rest takes the rest of the value: nothing on hand is worth nothing
    left = ctx.parts.part(admin, disc.id).on_hand
    ctx.parts.counter_sale(admin, disc.id, left, D("260.00"))
    assert all(r.number != disc.number for r in ctx.parts_reports.stock_value(admin).rows)
    assert sum((m.value for m in ctx.parts.moves(admin, disc.id)), D(0)) == 0
    assert checks(ctx) == []


def test_check_names_a_gap_between_the_stock_value_and_the_ledger(ctx, admin, parts):
    sup, disc, oil = parts
    _month_of_moves(ctx, admin, disc, oil, sup)
    assert checks(ctx) == []
    with ctx.db.write() as s:  # ¥38.95 more on the books than the ledger's moves (values are stored in fen)
        s.execute(text("UPDATE part_stock SET value = value + 3895 WHERE part_id = :p"), {"p": disc.id})
    problems = checks(ctx)
    value = ctx.parts_reports.stock_value(admin).total
    ledger = _ledger_total(ctx)
    assert value - ledger == D("38.95")
    assert any(p.startswith("parts: 5Q0615301F stock value") and "a difference of ¥38.95" in p for p in problems)
    assert (f"parts: the stock-value report totals ¥{value:,.2f} but the ledger ¥{ledger:,.2f}: the report is "
            f"¥38.95 more than the ledger") in problems


def test_check_names_an_average_cost_that_no_longer_matches_the_stock_value(ctx, admin, parts):
    sup, disc, oil = parts
    _month_of_moves(ctx, admin, disc, oil, sup)
    info = ctx.parts.part(admin, disc.id)
    with ctx.db.write() as s:  # the average a fen off on every unit: on hand × average drifts from the value
        s.execute(text("UPDATE part_stock SET avg_cost = avg_cost + 1 WHERE part_id = :p"), {"p": disc.id})
    problems = checks(ctx)
    assert len(problems) == 1
    assert problems[0].startswith(f"parts: 5Q0615301F on hand {info.on_hand.normalize():f} × average cost "
                                  f"¥{info.avg_cost + D('0.01'):,.2f}")


def test_servicebay_check_fails_with_the_amount(ctx, admin, parts, empty_db, tmp_path, capsys):
    from alembic import command

    from app.cli import main as cli_main
    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    sup, disc, oil = parts
    _month_of_moves(ctx, admin, disc, oil, sup)
    os.chmod(tmp_path, 0o700)  # the SQLite file's folder is private (another check)
    url = empty_db.url()
    ctx.db.dispose()
    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    assert cli_main(["--db", url, "--lang", "en", "check"]) == 0
    assert "All checks passed." in capsys.readouterr().out
    with ctx.db.write() as s:
        s.execute(text("UPDATE part_stock SET value = value - 3895 WHERE part_id = :p"), {"p": oil.id})
    ctx.db.dispose()
    assert cli_main(["--db", url, "--lang", "en", "check"]) == 1
    out = capsys.readouterr()
    assert "the report is ¥38.95 less than the ledger" in out.out
    assert "a difference of ¥-38.95" in out.out and "G052195M4" in out.out
    assert "2 problems found." in out.err
