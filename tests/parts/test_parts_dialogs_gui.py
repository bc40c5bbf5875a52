"""Counter sale, stock adjustment and bin transfer from a part's detail, as the storekeeper does them."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.commands.parts import checks
from services.users.permissions import Role
from tests.gui_helpers import type_text
from tests.parts.gui_fixtures import open_parts_area, person, stock_the_store

pytestmark = pytest.mark.gui


def _open_oil(qtbot, w):
    page = w.stock_page
    qtbot.waitUntil(lambda: page.vm.results.rowCount() == 2)
    with qtbot.waitSignal(page.vm.detailChanged):
        page.list_view.clicked.emit(page.vm.results.index(0, 0))
    assert page.part.number == "06A115561B"
    return page


def _moves(ctx, admin, part_id, kind):
    return [m for m in ctx.parts.moves(admin, part_id) if m.kind == kind]


@pytest.fixture
def stocked(ctx, admin):
    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 6)
    return oil


def test_counter_sale_takes_the_parts_out_at_the_price_typed(qtbot, qloop, tasks, ctx, admin, stocked):
    oil = stocked
    keeper = person(ctx, admin, "keeper", Role.STOREKEEPER)
    w = open_parts_area(qtbot, ctx, keeper, tasks)
    page = _open_oil(qtbot, w)
    actions = page.actions
    assert actions.sale_button.isVisibleTo(page) and not actions.adjust_button.isVisibleTo(page)
    actions.sale_button.click()
    d = actions.dialog
    assert d.price_edit.text() == "58.00"  # the retail price to start with
    d.qty_edit.setText("")
    qtbot.keyClicks(d.qty_edit, "2")
    d.price_edit.setText("")
    qtbot.keyClicks(d.price_edit, "55.50")
    with qtbot.waitSignal(page.vm.detailChanged):  # the detail reloads after the sale
        d.ok_button.click()
    assert ctx.parts.part(admin, oil.id).on_hand == D("4.000")
    [sale] = _moves(ctx, admin, oil.id, "counter_sale")
    assert sale.qty == D("-2.000") and sale.username == "keeper"
    assert "55.50" in actions.result.text() and page.part.on_hand == D("4.000")
    assert checks(ctx) == []


def test_counter_sale_beyond_the_stock_is_refused_and_says_why(qtbot, qloop, tasks, ctx, admin, stocked):
    oil = stocked
    w = open_parts_area(qtbot, ctx, person(ctx, admin, "keeper", Role.STOREKEEPER), tasks)
    page = _open_oil(qtbot, w)
    page.actions.sale_button.click()
    page.actions.dialog.qty_edit.setText("9")
    with qtbot.waitSignal(page.actions.vm.failed) as failed:
        page.actions.dialog.ok_button.click()
    assert "06A115561B" in failed.args[0]
    assert ctx.parts.part(admin, oil.id).on_hand == D("6.000")


def test_adjustment_needs_a_reason_and_books_it(qtbot, qloop, tasks, ctx, admin, stocked):
    oil = stocked
    boss = person(ctx, admin, "boss", Role.PARTS_SUPERVISOR)
    w = open_parts_area(qtbot, ctx, boss, tasks)
    page = _open_oil(qtbot, w)
    page.actions.adjust_button.click()
    d = page.actions.dialog
    qtbot.keyClicks(d.delta_edit, "-1")
    assert not d.ok_button.isEnabled()  # no reason yet
    d.reason_box.lineEdit().clear()
    type_text(qtbot, d.reason_box.lineEdit(), "搬运损坏")
    assert d.ok_button.isEnabled()
    with qtbot.waitSignal(page.vm.detailChanged):
        d.ok_button.click()
    [adj] = _moves(ctx, admin, oil.id, "adjustment")
    assert adj.qty == D("-1.000") and adj.bin_code == "A-01-03" and adj.value == D("-30.00")
    assert ctx.parts.part(admin, oil.id).on_hand == D("5.000")
    assert checks(ctx) == []


def test_transfer_moves_stock_between_bins(qtbot, qloop, tasks, ctx, admin, stocked):
    oil = stocked
    w = open_parts_area(qtbot, ctx, person(ctx, admin, "keeper", Role.STOREKEEPER), tasks)
    page = _open_oil(qtbot, w)
    page.actions.transfer_button.click()
    d = page.actions.dialog
    assert d.from_box.currentData() == "A-01-03"
    d.qty_edit.setText("4")
    qtbot.keyClicks(d.to_edit, "A-02-01")
    with qtbot.waitSignal(page.vm.detailChanged):
        d.ok_button.click()
    stock = {s.bin_code: s.on_hand for s in ctx.parts.part(admin, oil.id).stock}
    assert stock == {"A-01-03": D("2.000"), "A-02-01": D("4.000")}
    assert ctx.parts.part(admin, oil.id).on_hand == D("6.000")
    assert checks(ctx) == []


def test_a_technician_sees_no_stock_actions(qtbot, qloop, tasks, ctx, admin, stocked):
    w = open_parts_area(qtbot, ctx, person(ctx, admin, "tech", Role.TECHNICIAN), tasks)
    page = w.stock_page
    for b in (page.actions.sale_button, page.actions.adjust_button, page.actions.transfer_button):
        assert not b.isVisibleTo(page)
    assert w.suggestions is None and w.returns is None and w.reports is not None
