"""Purchasing screens driven as the parts planner does: reorder suggestions reviewed and edited into
orders, the order sent, printed and exported; back-orders for job cards; returns and claims."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.commands.parts import checks
from services.users.permissions import Role
from tests.gui_helpers import type_text
from tests.parts.gui_fixtures import open_parts_area, person, save_dialog_returns, stock_the_store

pytestmark = pytest.mark.gui


def test_planner_edits_suggestions_into_an_urgent_order_sends_prints_and_exports_it(
        qtbot, qloop, tasks, ctx, admin, qtmodeltester, tmp_path, monkeypatch):
    sup, oil, pads = stock_the_store(ctx, admin)
    planner = person(ctx, admin, "planner", Role.PARTS_PLANNER)
    w = open_parts_area(qtbot, ctx, planner, tasks)
    model = w.purchasing_vm.suggestions
    w.show_tab(w.suggestions)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtmodeltester.check(model)
    assert [(r.number, r.suggested) for r in model.rows] == [("06A115561B", D("20.000")), ("1K0698151A", D("4.000"))]
    # the planner orders 12 oil filters instead of 20, and no brake pads this time
    assert model.setData(model.index(0, model.QTY_COLUMN), "12")
    assert not model.setData(model.index(1, model.QTY_COLUMN), "lots")
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(w.purchasing_vm.ordersCreated) as made:
        w.suggestions.urgent_button.click()
    [order] = made.args[0]
    stored = ctx.parts_purchasing.order(admin, order.id)
    assert stored.kind == "urgent" and stored.status == "draft" and stored.supplier_name == "一汽大众配件中心"
    assert [(ln.number, ln.qty, ln.price) for ln in stored.lines] == [("06A115561B", D("12.000"), D("30.00"))]

    # the orders tab shows it; the planner opens and sends it
    assert w.tabs.currentWidget() is w.orders
    orders = w.purchasing_vm.orders
    qtbot.waitUntil(lambda: orders.rowCount() == 1)
    qtmodeltester.check(orders)
    w.orders.list_view.clicked.emit(orders.index(0, 0))
    assert w.orders.send_button.isEnabled()
    with qtbot.waitSignal(w.purchasing_vm.orderChanged, check_params_cb=lambda o: o.status == "sent"):
        w.orders.send_button.click()
    assert ctx.parts.part(admin, oil.id).on_order == D("12.000")
    assert not w.orders.send_button.isEnabled()
    qtmodeltester.check(w.purchasing_vm.lines)

    pdf_path = tmp_path / "po.pdf"
    save_dialog_returns(monkeypatch, pdf_path)
    with qtbot.waitSignal(w.purchasing_vm.saved):
        w.orders.pdf_button.click()
    with pdfplumber.open(io.BytesIO(pdf_path.read_bytes())) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert order.number in text and "06A115561B" in text and "紧急订单" in text and "360.00" in text

    xlsx_path = tmp_path / "po.xlsx"
    save_dialog_returns(monkeypatch, xlsx_path)
    with qtbot.waitSignal(w.purchasing_vm.saved):
        w.orders.xlsx_button.click()
    ws = load_workbook(xlsx_path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("订单号", "零件号", "名称", "数量")
    assert rows[1][:6] == (order.number, "06A115561B", "机油滤清器", 12, 30, 360) and rows[1][6] == "紧急"


def test_back_order_for_a_job_card_shows_the_job_on_the_order(qtbot, qloop, tasks, ctx, admin):
    sup, oil, pads = stock_the_store(ctx, admin)
    planner = person(ctx, admin, "planner", Role.PARTS_PLANNER)
    w = open_parts_area(qtbot, ctx, planner, tasks)
    w.show_tab(w.orders)
    w.orders.back_order_button.click()
    dialog = w.orders.dialog
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.job_edit, "wt202611000007")
    qtbot.keyClicks(dialog.part_edit, "1K0698151A")
    dialog.qty_edit.setText("2")
    with qtbot.waitSignal(w.purchasing_vm.orderChanged, check_params_cb=lambda o: o is not None and o.lines):
        dialog.ok_button.click()
    [line] = ctx.parts_purchasing.back_orders_for_job(admin, "WT202611000007")
    assert (line.number, line.qty, line.job_ref) == ("1K0698151A", D("2.000"), "WT202611000007")
    qtbot.waitUntil(lambda: w.purchasing_vm.orders.rowCount() == 1)
    assert w.purchasing_vm.orders.data(w.purchasing_vm.orders.index(0, 8)) == "WT202611000007"
    assert ctx.parts.part(admin, pads.id).on_order == D("2.000")


def test_storekeeper_claims_a_faulty_part_and_the_planner_records_the_credit(
        qtbot, qloop, tasks, ctx, admin, qtmodeltester):
    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 5)
    keeper = person(ctx, admin, "keeper", Role.STOREKEEPER)
    w = open_parts_area(qtbot, ctx, keeper, tasks)
    assert w.suggestions is None and w.orders is None  # no purchasing for a storekeeper
    assert not w.returns.accept_button.isVisibleTo(w.returns) and w.returns.new_button.isVisibleTo(w.returns)
    with qtbot.waitSignal(w.purchasing_vm.returnsChanged):
        w.show_tab(w.returns)
    qtbot.waitUntil(lambda: bool(w.purchasing_vm.suppliers))
    w.returns.new_button.click()
    d = w.returns.dialog
    d.kind_box.setCurrentIndex(d.kind_box.findData("claim"))
    qtbot.keyClicks(d.part_edit, "6901234567892")
    d.qty_edit.setText("1")
    type_text(qtbot, d.fault_edit, "漏油")
    type_text(qtbot, d.reason_edit, "密封圈破损")
    with qtbot.waitSignal(w.purchasing_vm.returnsChanged):
        d.ok_button.click()
    qtbot.waitUntil(lambda: w.purchasing_vm.returns.rowCount() == 1)
    qtmodeltester.check(w.purchasing_vm.returns)
    ret = w.purchasing_vm.returns.row_object(0)
    assert ret.kind == "claim" and ret.status == "sent" and ret.lines[0][:3] == ("06A115561B", "机油滤清器", D("1.000"))
    assert ctx.parts.part(admin, oil.id).on_hand == D("4.000")
    assert checks(ctx) == []

    planner = person(ctx, admin, "planner", Role.PARTS_PLANNER)
    w2 = open_parts_area(qtbot, ctx, planner, tasks)
    assert not w2.returns.new_button.isVisibleTo(w2.returns) and w2.returns.accept_button.isVisibleTo(w2.returns)
    w2.show_tab(w2.returns)
    qtbot.waitUntil(lambda: w2.purchasing_vm.returns.rowCount() == 1)
    with qtbot.waitSignal(w2.purchasing_vm.returnsChanged):
        w2.purchasing_vm.settle_return(0, True, "30.00")
    assert ctx.parts_purchasing.supplier_returns(admin)[0].status == "credited"


def test_the_first_screen_of_suggestions_shows_at_once_and_orders_wait_for_the_rest(qtbot, qloop, tasks, ctx, admin):
    """On ten years of data the whole reorder list takes ~120 ms and its first screen ~30 ms: the screen shows
    first, the rest is appended behind it with the ticks kept, and orders are made from the whole list only."""
    from services.parts.stock import NewPart

    sup, oil, pads = stock_the_store(ctx, admin)
    for n in range(3):  # three more parts below their minimum, from the same supplier
        part = ctx.parts.create_part(admin, NewPart(f"8W0{n}0001", f"测试件{n}", cost=D("10.00"), min_stock=D(5),
                                                    quota=D(10)))
        ctx.parts.link_supplier(admin, part.id, sup.id, price=D("10.00"), preferred=True)
    planner = person(ctx, admin, "planner", Role.PARTS_PLANNER)
    w = open_parts_area(qtbot, ctx, planner, tasks)
    vm, model = w.purchasing_vm, w.purchasing_vm.suggestions
    w.show_tab(w.suggestions)
    qtbot.waitUntil(lambda: vm.suggestions_complete)
    assert model.rowCount() == 5
    vm.first_screen = 2  # a screen of two rows, so that this small store has a "rest"
    seen = []
    vm.suggestionsComplete.connect(lambda done: seen.append((done, model.rowCount())))
    with qtbot.waitSignal(vm.suggestionsComplete, check_params_cb=lambda done: done, timeout=15000):
        w.suggestions.refresh_button.click()
        qtbot.waitUntil(lambda: model.rowCount() == 2 or vm.suggestions_complete)
        if not vm.suggestions_complete:  # the first screen is in and the rest is not: orders wait
            assert not w.suggestions.order_button.isEnabled()
            model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert seen[0] == (False, 5) and seen[-1] == (True, 5)  # loading (the old list still shown), then whole
    assert [r.number for r in model.rows] == sorted(r.number for r in model.rows)  # by supplier, then number
    assert len({r.part_id for r in model.rows}) == 5 and w.suggestions.order_button.isEnabled()
