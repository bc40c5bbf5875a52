"""The parts and stocktake pages: search pages by keyset; a blind count by scanning bin and parts."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.pages import PageEnv
from app.settings import LocalSettings
from services.parts.stock import NewPart
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui


def test_parts_page_searches_and_pages_as_it_scrolls(qtbot, qloop, tasks, ctx, admin, qtmodeltester):
    from app.pages.parts import make_page
    from viewmodels.parts import stock as vm_module

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


def test_typing_the_boxs_own_example_jylqq_finds_the_filter_named_after_its_model(qtbot, qloop, tasks, ctx, admin):
    """Issue 11: the placeholder says ``jylqq``; part names start with the model (速腾左机油滤清器)."""
    from app.pages.parts import make_page
    from tests.common.keys import KeyClock, Person

    ctx.parts.create_part(admin, NewPart("5Q0115561A", "速腾左机油滤清器", bin="A-01-03"))
    ctx.parts.create_part(admin, NewPart("5Q0698151", "速腾左前刹车片", bin="B-02-01"))
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    model = w.vm.results
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    box = w.stock_page.search_edit
    assert "jylqq" in box.placeholderText()
    box.setFocus()
    Person(KeyClock()).type(box, "jylqq")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_object(0).name_zh == "速腾左机油滤清器")
    box.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    Person(KeyClock()).type(box, "jiyou")  # full pinyin from the middle of the name
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_object(0).number == "5Q0115561A")
    w.hide()
