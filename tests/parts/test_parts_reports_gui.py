"""The store's reports on screen: each computed off the UI thread into a table, exported as shown."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from services.users.permissions import Role
from tests.parts.gui_fixtures import open_parts_area, person, save_dialog_returns, stock_the_store

pytestmark = pytest.mark.gui


@pytest.fixture
def store_with_moves(ctx, admin):
    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 10)  # 10 at 30.00
    ctx.parts.reserve(admin, "WT202611000001", 1, oil.id, 3)  # served from stock
    ctx.parts.reserve(admin, "WT202611000001", 2, pads.id, 1)  # none on the shelf: counts against the fill rate
    ctx.parts.issue_to_job(admin, "WT202611000001", oil.id, 3)  # workshop, at retail 58.00
    ctx.parts.counter_sale(admin, oil.id, 2, "60.00")
    return oil, pads


def _run(qtbot, w, kind):
    tab = w.reports.report_tabs[kind]
    w.reports.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(w.reports_vm.reportReady, check_params_cb=lambda k, _s: k == kind):
        tab.run_button.click()
    return w.reports_vm.models[kind], tab


def test_each_report_fills_its_table_and_the_numbers_add_up(qtbot, qloop, tasks, ctx, admin, store_with_moves,
                                                            qtmodeltester):
    planner = person(ctx, admin, "planner", Role.PARTS_PLANNER)
    w = open_parts_area(qtbot, ctx, planner, tasks)
    w.show_tab(w.reports)

    model, tab = _run(qtbot, w, "value")
    qtmodeltester.check(model)
    assert [(r.number, r.on_hand, r.value) for r in model.rows] == [("06A115561B", D("5.000"), D("150.00"))]
    assert model.data(model.index(0, 5)) == "150.00"
    assert "150.00" in tab.summary.text()

    model, _tab = _run(qtbot, w, "channels")
    qtmodeltester.check(model)
    got = {r.channel: (r.lines, r.qty, r.revenue, r.cost) for r in model.rows}
    assert got == {"workshop": (1, D("3.000"), D("174.00"), D("90.00")),
                   "counter": (1, D("2.000"), D("120.00"), D("60.00"))}

    model, tab = _run(qtbot, w, "fill_rate")
    qtmodeltester.check(model)
    assert [(r.month, r.lines, r.served) for r in model.rows] == [("2026-11", 2, 1)]
    assert model.data(model.index(0, 3)) == "50.00%"

    model, _tab = _run(qtbot, w, "below_minimum")
    qtmodeltester.check(model)
    assert [r.number for r in model.rows] == ["1K0698151A"]

    model, _tab = _run(qtbot, w, "turns")
    qtmodeltester.check(model)
    assert sum((r.issue_cost for r in model.rows), D(0)) == D("150.00")  # 3 issued + 2 sold at 30.00

    w.reports.months_spin.setValue(3)
    model, tab = _run(qtbot, w, "slow")
    qtmodeltester.check(model)
    assert w.reports_vm.data["slow"].months == 3 and model.rowCount() == 0  # everything moved this month
    assert "3" in tab.summary.text()


def test_a_report_exports_to_excel_as_shown(qtbot, qloop, tasks, ctx, admin, store_with_moves, tmp_path,
                                            monkeypatch):
    w = open_parts_area(qtbot, ctx, admin, tasks)
    w.show_tab(w.reports)
    tab = w.reports.report_tabs["channels"]
    assert not tab.export_button.isEnabled()  # nothing to export before the report ran
    _run(qtbot, w, "channels")
    path = tmp_path / "channels.xlsx"
    save_dialog_returns(monkeypatch, path)
    with qtbot.waitSignal(w.reports_vm.saved):
        tab.export_button.click()
    rows = list(load_workbook(path)["销售渠道"].iter_rows(values_only=True))
    assert rows[0] == ("渠道", "行数", "数量", "销售额", "成本", "毛利")
    assert rows[1] == ("车间维修", 1, 3, 174, 90, 84) and rows[2] == ("柜台销售", 1, 2, 120, 60, 60)

    _run(qtbot, w, "value")
    path = tmp_path / "value.xlsx"
    save_dialog_returns(monkeypatch, path)
    with qtbot.waitSignal(w.reports_vm.saved):
        w.reports.report_tabs["value"].export_button.click()
    wb = load_workbook(path)
    assert wb.sheetnames == ["库存金额", "库存明细"]
    assert list(wb["库存明细"].iter_rows(values_only=True))[1][:7] == ("06A115561B", "机油滤清器", None, "个", 5, 30, 150)
    assert list(wb["库存金额"].iter_rows(values_only=True))[-1] == ("合计", 1, 150)


def test_reports_refuse_a_person_who_may_see_neither_parts_nor_reports(ctx, admin, store_with_moves):
    from services.common.errors import PermissionDenied

    clerk = person(ctx, admin, "crc", Role.CRC_SPECIALIST)
    with pytest.raises(PermissionDenied):
        ctx.parts_reports.stock_value(clerk)
