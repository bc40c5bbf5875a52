"""Every KPI of the fixture month against the value counted by hand (see fixtures.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import ValidationError
from services.reporting.data import NO_DATA, NOT_BUILT, NOT_KEPT, OK, RESTRICTED, Period
from services.reporting.definitions import KPIS, ROLE_FIGURES
from services.users.permissions import Actor, Role

NOV = (date(2026, 11, 1), date(2026, 11, 30))
D = Decimal

# value, numerator, denominator — counted by hand from fixtures.py
EXPECTED = {
    # per week: labour 4320, parts 6840, other 50 = 11210; three weeks
    "output": (D("33630.00"), None, None),
    "visits": (D(24), None, None),
    "vehicles": (D(8), None, None),  # eight cars, each three times
    "average_ticket": (D("1401.25"), D("33630.00"), D(24)),
    "labour_revenue": (D("12960.00"), None, None),
    "parts_revenue": (D("20520.00"), None, None),
    "other_revenue": (D("150.00"), None, None),
    # parts before tax 6053.11 a week (the lines' net) × 3; cost: 100 + 600 − 50 returned
    "parts_margin": (D("17509.33"), D("18159.33"), D("650.00")),
    "parts_margin_rate": (D("0.9642"), D("17509.33"), D("18159.33")),
    "sold_hours": (D("81"), None, None),  # 27 a week
    # attendance A 3 × 8 h, B 2 × 8 h; clocked A 3 × 6, B 2 × 4; sold A 3 × 5 × 1, B 3 × 10 × 0.5
    "utilisation": (D("0.6500"), D(26), D(40)),
    "efficiency": (D("1.1538"), D(30), D(26)),
    "productivity": (D("0.7500"), D(30), D(40)),
    "comeback_rate": (D("0.1250"), D(3), D(24)),  # the weekly rework of car 3
    "first_time_fix": (D("0.5000"), D(3), D(6)),  # six repairs, three redone
    "on_time_delivery": (D("0.7143"), D(15), D(21)),  # 7 promised a week; car 2 late, car 5 promised a day early
    "same_day_delivery": (D("0.8750"), D(21), D(24)),  # all but the accident car
    # 22 cards opened in November (24 less 3 internal, plus the card of the voided statement), 9 booked
    "appointment_rate": (D("0.4091"), D(9), D(22)),
    "show_rate": (D("0.7500"), D(3), D(4)),
    "follow_up_rate": (D("0.8000"), D(8), D(10)),
    "problems_solved": (D("0.5000"), D(1), D(2)),
    "complaints": (D(3), None, None),
    "first_service_rate": (D("0.5000"), D(1), D(2)),  # car 1 came, car 9 did not
    "lost_rate": (D("0.5000"), D(1), D(2)),  # of May's customers 1 and 9, 9 has not been back
    "stock_value": (D("500.00"), None, None),  # 600 now, less the receipt of 1 December
    # cost of issues 650; opening 1150, closing 500, average 825; × 365 / 30
    "stock_turns": (D("9.59"), D("650.00"), D("825.00")),
    "slow_stock": (D("0.1667"), D("100.00"), D("600.00")),  # the filters, not issued since March
    "fill_rate": (D("0.7500"), D(3), D(4)),
}


def test_every_figure_of_the_month_equals_the_hand_count(ctx, month):
    values = {v.code: v for v in ctx.reporting.figures(month.manager, *NOV)}
    assert list(values) == [k.code for k in KPIS]
    got = {c: (v.value, v.numerator, v.denominator) for c, v in values.items() if v.state == OK}
    assert got == EXPECTED
    # figures whose data the product does not hold are said to be not built, never zero
    assert {c for c, v in values.items() if v.state == NOT_BUILT} == {"labour_margin", "return_5000"}
    assert all(values[c].value is None for c in ("labour_margin", "return_5000"))
    assert values["fill_rate"].target == D("0.90") and values["fill_rate"].on_target is False
    assert values["comeback_rate"].on_target is None  # no usual target


def test_a_role_asks_only_for_its_figures_and_a_station_target_wins(ctx, month, admin):
    from services.reporting.data import ReportingSettings

    ctx.reporting.save_settings(admin, ReportingSettings({"output": D("30000"), "fill_rate": D("0.7")}))
    values = ctx.reporting.figures(month.manager, *NOV, codes=ROLE_FIGURES["parts"])
    assert "stock_turns" not in ROLE_FIGURES["parts"]
    assert [v.code for v in values] == [k.code for k in KPIS if k.code in ROLE_FIGURES["parts"]]
    assert {v.code: v.value for v in values}["fill_rate"] == D("0.7500")
    fill = next(v for v in values if v.code == "fill_rate")
    assert fill.target == D("0.7") and fill.on_target is True
    [output] = ctx.reporting.figures(month.manager, *NOV, codes=["output"])
    assert output.target == D("30000") and output.on_target is True


def test_an_empty_day_counts_nothing_and_says_so(ctx, month):
    values = {v.code: v for v in ctx.reporting.figures(month.manager, date(2026, 11, 6), date(2026, 11, 6))}
    assert values["visits"].value == 0 and values["output"].value == D("0")
    assert values["average_ticket"].state == NO_DATA and values["average_ticket"].value is None
    assert values["comeback_rate"].state == NO_DATA


def test_the_period_comparison(ctx, month):
    rows = {c.code: c for c in ctx.reporting.compare(month.manager, date(2026, 11, 15))}
    assert rows["output"].current.value == D("33630.00")
    assert rows["output"].previous.value == D("999.00")  # the October statement
    assert rows["output"].last_year.value == D("0")
    assert rows["visits"].previous.value == 1
    # slow stock is a figure of now: not kept for older months
    assert rows["slow_stock"].current.state == OK
    assert rows["slow_stock"].last_year.state == NOT_KEPT


def test_people_without_costs_see_cost_figures_as_restricted(ctx, month, admin):
    info = ctx.users.create_user(admin, "advisor9", "吴顾问", "secret-pass-1", [Role.FRONT_DESK_SUPERVISOR])
    desk = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    values = {v.code: v for v in ctx.reporting.figures(desk, *NOV)}
    assert values["parts_margin"].state == RESTRICTED and values["parts_margin"].value is None
    assert values["stock_value"].state == RESTRICTED
    assert values["output"].value == D("33630.00")


def test_records_behind_a_figure(ctx, month):
    visits = ctx.reporting.records(month.manager, "visits", *NOV)
    assert len(visits.rows) == 24 and visits.available
    assert sum(r[10] for r in visits.rows) == D("33630.00")
    reworks = ctx.reporting.records(month.manager, "comeback_rate", *NOV)
    assert [r[1] for r in reworks.rows] == ["rework"] * 3 and {r[4] for r in reworks.rows} == {"repair"}
    late = [r for r in ctx.reporting.records(month.manager, "on_time_delivery", *NOV).rows if not r[6]]
    assert len(late) == 6
    techs = ctx.reporting.records(month.manager, "utilisation", *NOV)
    assert sum(r[2] for r in techs.rows) == D(40)
    margin = ctx.reporting.records(month.manager, "parts_margin", *NOV)
    assert sum(r[3] for r in margin.rows) == D("650.00")
    assert not ctx.reporting.records(month.manager, "labour_margin", *NOV).available


def test_a_period_longer_than_a_year_is_refused(ctx, month):
    with pytest.raises(ValidationError):
        ctx.reporting.figures(month.manager, date(2025, 1, 1), date(2026, 11, 30))
    assert Period.month(date(2026, 2, 14)) == Period(date(2026, 2, 1), date(2026, 2, 28))


def test_the_dashboard_of_a_role_in_one_call(ctx, month):
    board = ctx.reporting.dashboard(month.manager, date(2026, 11, 12), "front_desk")
    today = {v.code: v.value for v in board.today}
    assert today == {"output": D("11210.00"), "visits": 8, "average_ticket": D("1401.25"),
                     "on_time_delivery": D("0.7143"), "same_day_delivery": D("0.8750"), "comeback_rate": D("0.1250")}
    month_to_day = {v.code: v.value for v in board.month}
    assert month_to_day["output"] == D("22420.00") and month_to_day["appointment_rate"] is not None
    assert [a.code for a in board.actions] == ["overdue_cars", "calls_due", "below_minimum", "tools_overdue",
                                              "claims_waiting"]


def test_reporting_knows_every_kind_of_stock_move():
    from services.parts.values import MOVE_KINDS
    from services.reporting import stock

    assert set(stock.MOVE_KINDS) == set(MOVE_KINDS)


def test_stock_turns_agree_with_the_store_report(ctx, month):
    rows = ctx.parts_reports.turns(month.manager, *NOV)
    assert sum(r.issue_cost for r in rows) == EXPECTED["stock_turns"][1]
    assert sum(r.average_stock for r in rows) == EXPECTED["stock_turns"][2]
    assert ctx.parts_reports.stock_value(month.manager, with_rows=False).total == D("600.00")


def test_slow_stock_agrees_with_the_store_report(ctx, month):
    from services.reporting import stock

    report = ctx.parts_reports.slow_stock(month.manager, 6)
    with ctx.db.read() as s:
        assert stock.slow(s, ctx.clock.now(), 6) == (report.slow_value, report.total_value)
    assert report.slow_value and report.total_value


def test_the_dashboard_and_the_monthly_report_read_each_month_once(ctx, month):
    from sqlalchemy import event

    seen: list[str] = []

    def watch(_conn, _cursor, statement, *_args) -> None:
        # a read of a period's statements (sales.load) and of its clock (WorkshopService.figures)
        for marker, name in (("settlement_statements.customer_name", "statements"), ("FROM workshop_work", "clock")):
            if marker in statement:
                seen.append(name)

    event.listen(ctx.db.engine, "before_cursor_execute", watch)
    try:
        day = date(2026, 11, 12)
        board = ctx.reporting.dashboard(month.manager, day, "manager")
        # the month to the day read once: the day's figures and the charts come out of the same read
        assert seen.count("statements") == 1 and seen.count("clock") == 1
        month_values = {v.code: v for v in board.month}
        assert sum(d.output for d in board.output.days) == month_values["output"].value
        assert len(board.output.days) == 30 and board.output.days[-1].output == 0
        seen.clear()
        rows = ctx.reporting.compare(month.manager, day, ctx.reporting.role_figures("manager"), current=board.month)
        # only last month and the same month last year are gathered; this month is the tiles'
        assert seen.count("statements") == 2
        assert [r.current for r in rows] == list(board.month)
        seen.clear()
        report = ctx.reporting.monthly(month.manager, day)
        assert seen.count("statements") == 3 and seen.count("clock") == 3
        assert report.technicians and report.figure("output").value == EXPECTED["output"][0]
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", watch)
