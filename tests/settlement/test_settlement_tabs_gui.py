"""The cashier page's other tabs driven as a cashier does: a counter sale, a company's account statement
paid and printed, the day close shown and printed; and refunds and deposits on the desk. Waits on signals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.settlement import make_page
from services.settlement.data import Tender
from tests.gui_helpers import type_text
from tests.settlement.fixtures import company_vehicle, open_with_work, ready_card

pytestmark = pytest.mark.gui
WAIT = 15000


def _page(qtbot, tasks, ctx, actor, tmp_path):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    for vm in (page.vm, page.counter_tab.vm, page.accounts_tab.vm, page.close_tab.vm):
        vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def _click(qtbot, button, signal):
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(signal, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_counter_sale_by_scanned_codes_paid_in_cash_with_change(qtbot, qloop, tasks, ctx, station, tmp_path):
    filter_id = station.part_ids[0]
    ctx.parts.adjust(station.admin, filter_id, 5, "opening stock", unit_cost="34.00")
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    tab = page.counter_tab
    page.tabs.setCurrentWidget(tab)
    for _ in range(2):  # the same part scanned twice adds quantity
        type_text(qtbot, tab.code, "06L115562B")
        with qtbot.waitSignal(tab.vm.linesChanged, timeout=WAIT):
            qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert tab.vm.lines.rowCount() == 1 and tab.amount.text() == "136.00" and "136.00" in tab.total.text()
    tab.method.setCurrentIndex(tab.method.findData("cash"))
    type_text(qtbot, tab.tendered, "200")
    _click(qtbot, tab.sell_button, tab.vm.sold)
    assert "JS20261100001" in tab.message.text() and "64.00" in tab.message.text()
    assert ctx.parts.part(station.admin, filter_id).on_hand == Decimal("3")
    assert tab.vm.lines.rowCount() == 0 and not tab.sell_button.isEnabled()
    _click(qtbot, tab.print_button, tab.vm.printed)
    assert page.last_preview.path.endswith("JS20261100001-statement.pdf")
    page.last_preview.close()
    # an unknown code is refused on screen and adds nothing
    type_text(qtbot, tab.code, "NOSUCHPART")
    with qtbot.waitSignal(tab.vm.errorChanged, timeout=WAIT):
        qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "NOSUCHPART" in tab.error.text(), timeout=WAIT)
    assert tab.vm.lines.rowCount() == 0


def test_fleet_account_statement_made_paid_printed_and_saved(qtbot, qloop, tasks, ctx, station, tmp_path, clock):
    company_id, vehicle_id = company_vehicle(ctx, station)
    c = ready_card(ctx, station, vehicle_id=vehicle_id, mileage_in=81000)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("on_account", "689.25")])
    clock.advance(days=12)  # 2 December: November is over
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    tab = page.accounts_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.vm.ageing.rowCount() == 1 and tab.vm.company_id == company_id, timeout=WAIT)
    assert tab.company.text() == "上海顺达物流有限公司" and tab.month.date().toString("yyyy-MM") == "2026-11"
    _click(qtbot, tab.make_button, tab.vm.accountChanged)
    acc = tab.vm.account
    assert acc.total == Decimal("689.25") and tab.amount.text() == "689.25"
    qtbot.waitUntil(lambda: tab.vm.statements.rowCount() == 1, timeout=WAIT)
    tab.amount.clear()
    type_text(qtbot, tab.amount, "400")
    _click(qtbot, tab.pay_button, tab.vm.accountChanged)
    assert tab.vm.account.open == Decimal("289.25") and "289.25" in tab.heading.text()
    _click(qtbot, tab.print_button, tab.vm.printed)
    assert page.last_preview.path.endswith(f"{acc.number}.pdf")
    page.last_preview.close()
    _click(qtbot, tab.export_button, tab.vm.messageChanged)
    ws = openpyxl.load_workbook(tmp_path / f"{acc.number}.xlsx").active
    assert st.number in [cell for row in ws.iter_rows(values_only=True) for cell in row]


def test_day_close_tab_shows_the_takings_and_prints(qtbot, qloop, tasks, ctx, station, tmp_path):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "400.00"), Tender("cash", "289.25")])
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    tab = page.close_tab
    with qtbot.waitSignal(tab.vm.closeChanged, timeout=WAIT):
        page.tabs.setCurrentWidget(tab)
    assert "689.25" in tab.summary.text() and tab.vm.methods.rowCount() == 2
    with qtbot.waitSignal(tab.vm.closeChanged, timeout=WAIT):
        tab.day.setDate(tab.day.date().addDays(-1))
    assert tab.vm.rows.rowCount() == 0 and tab.vm.close.day == date(2026, 11, 19)
    _click(qtbot, tab.print_button, tab.vm.printed)
    assert page.last_preview.path.endswith("day-close-2026-11-19.pdf")
    page.last_preview.close()


def test_refund_and_deposit_through_the_desks_dialogs(qtbot, qloop, tasks, ctx, station, tmp_path):
    waiting = open_with_work(ctx, station)
    card = ready_card(ctx, station, mileage_in=36000)
    st = ctx.settlement.settle(station.advisor, card.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "689.25")])
    page = _page(qtbot, tasks, ctx, station.supervisor, tmp_path)
    vm = page.vm
    model = vm.cards
    row = next(r for r in range(model.rowCount()) if model.object_at(r).number == card.number)
    with qtbot.waitSignal(vm.statementChanged, timeout=WAIT):
        qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.cards.visualRect(model.index(row, 0)).center())
    qtbot.mouseClick(page.refund_button, Qt.MouseButton.LeftButton)
    dialog = page.refund_dialog
    assert dialog.amount.text() == "689.25"
    dialog.amount.setText("50.00")
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    type_text(qtbot, dialog.reason, "机油未用完，退回差价")
    with qtbot.waitSignal(vm.statementChanged, timeout=WAIT):
        dialog.accept()
    assert vm.statement.customer_balance == Decimal("50.00")
    assert [p.kind for p in ctx.settlement.statement(station.admin, st.id).payments] == ["payment", "refund"]

    qtbot.mouseClick(page.deposit_button, Qt.MouseButton.LeftButton)
    dialog = page.deposit_dialog
    dialog.card.setText(waiting.number)
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    type_text(qtbot, dialog.amount, "200")
    type_text(qtbot, dialog.tendered, "300")
    with qtbot.waitSignal(vm.messageChanged, timeout=WAIT):
        dialog.accept()
    assert waiting.number in page.message.text() and "100.00" in page.message.text()
    assert [p.amount for p in ctx.settlement.deposits(station.admin, waiting.id)] == [Decimal("200.00")]
