"""The parts and stocktake pages: search pages by keyset; a blind count by scanning bin and parts."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.pages import PageEnv
from app.settings import LocalSettings
from services.parts import NewPart
from tests.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui


def test_parts_page_searches_and_pages_as_it_scrolls(qtbot, qloop, tasks, ctx, admin, qtmodeltester):
    from app.pages.parts import make_page
    from viewmodels import parts as vm_module

    for i in range(450):
        ctx.parts.create_part(admin, NewPart(f"5Q0{i:07d}", f"速腾前刹车片{i}", bin="B-02-01"))
    ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", barcodes=["6901234567892"]))
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    model = w.vm.results
    qtbot.waitUntil(lambda: model.rowCount() == vm_module.PAGE)
    qtmodeltester.check(model)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * vm_module.PAGE)
    assert model.row_object(vm_module.PAGE).number > model.row_object(vm_module.PAGE - 1).number
    w.stock_page.search_edit.setText("jylqq")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    with qtbot.waitSignal(w.vm.detailChanged):
        w.vm.open_row(0)
    assert "06A115561B" in w.stock_page.title.text() and "6901234567892" in w.stock_page.barcodes.text()


def test_stocktake_page_counts_blind_by_scanning(qtbot, qloop, tasks, ctx, admin):
    from app.pages.stocktake import make_page

    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", bin="A-01-03", barcodes=["6901234567892"]))
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 3)
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.bin_edit.setText("A-01")
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.start_button.click()
    qtbot.waitUntil(lambda: w.vm.sheet.rowCount() == 1)
    assert w.vm.sheet.row_object(0).counted == 0  # blind: starts at zero
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-03")
    for _ in range(2):
        scanner.scan(w.scan_field, "6901234567892")
    qtbot.waitUntil(lambda: w.vm.sheet.rowCount() == 1 and w.vm.sheet.row_object(0).counted == 2)
    w.vm.approve()
    qtbot.waitUntil(lambda: w.vm.current.status == "approved")
    w.vm.post()
    qtbot.waitUntil(lambda: w.vm.current.status == "posted")
    assert ctx.parts.part(admin, oil.id).on_hand == D("2.000")
    w.vm.shutdown()
    w.hide()
