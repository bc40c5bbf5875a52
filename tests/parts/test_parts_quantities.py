"""Quantities as the parts office types them: ``24*CODE`` and a quantity for the next scan when receiving,
whole numbers for pieces and decimals for litres, corrections of a received line with a reason, draft
orders edited line by line, a purchase order total that never wraps, partly delivered lines owed."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal as D

import pdfplumber
import pytest

from app.commands.parts import checks
from app.pages import PageEnv
from app.settings import LocalSettings
from reports.parts.documents import goods_received_pdf, purchase_order_pdf
from services.common.errors import ValidationError
from services.parts.stock import NewPart
from tests.parts.gui_fixtures import OIL_EAN
from tests.parts.test_parts_receiving_gui import Scanner


@pytest.fixture
def parts(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心")
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    litres = ctx.parts.create_part(admin, NewPart("G052195M2", "全合成机油 5W-30", unit="升", cost=D("60.00"),
                                                  bin="A-02-01"))
    lamp = ctx.parts.create_part(admin, NewPart("5G0941005", "前大灯总成", cost=D("2945.62"), bin="C-01-01"))
    return sup, oil, litres, lamp


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [line for page in doc.pages for line in (page.extract_text() or "").splitlines()]


@pytest.mark.gui
def test_a_box_of_24_is_one_scan_and_the_quantity_field_counts_the_next(qtbot, qloop, tasks, ctx, admin, parts):
    from app.pages.receiving import make_page

    sup, oil, litres, lamp = parts
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.vm.receiptChanged):
        w.start_button.click()
    scanner = Scanner()
    w.scan_field.setFocus()
    scanner.scan(w.scan_field, "24*" + OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 24)
    w.qty_edit.setFocus()
    qtbot.keyClicks(w.qty_edit, "20.5")
    qtbot.waitUntil(lambda: w.qty_edit.text() == "20.5")
    w.scan_field.setFocus()
    scanner.scan(w.scan_field, "G052195M2")
    qtbot.waitUntil(lambda: w.vm.count == D("44.5"))
    assert w.qty_edit.text() == ""  # the next scan is one again
    scanner.scan(w.scan_field, "2.5*5G0941005")  # half a headlamp: refused, nothing booked
    qtbot.waitUntil(lambda: "whole number" in w.status_label.text())
    assert ctx.parts.part(admin, lamp.id).on_hand == 0
    assert ctx.parts.part(admin, oil.id).on_hand == 24 and ctx.parts.part(admin, litres.id).on_hand == D("20.5")

    from PySide6.QtWidgets import QInputDialog

    answers = iter([("23", True), ("one box held 23, label said 24", True)])
    w.lines_view.setCurrentIndex(w.vm.lines.index(0, 0))
    original = QInputDialog.getText
    QInputDialog.getText = staticmethod(lambda *a, **k: next(answers))
    try:
        w.correct_button.click()
    finally:
        QInputDialog.getText = original
    qtbot.waitUntil(lambda: w.vm.count == D("43.5"))
    assert ctx.parts.part(admin, oil.id).on_hand == 23
    [entry] = ctx.audit.entries(admin, action_prefix="receipt.correct")
    assert "24 → 23" in entry.summary and "label said 24" in entry.summary
    assert checks(ctx) == []
    w.vm.shutdown()
    w.hide()


def test_a_received_line_is_corrected_only_with_a_reason_and_the_order_follows(ctx, admin, parts):
    sup, oil, litres, lamp = parts
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(oil.id, 30, None)])
    ctx.parts_purchasing.send_order(admin, order.id, order.version)
    grn = ctx.parts_receiving.open_receipt(admin, order_number=order.number)
    ctx.parts_receiving.scan(admin, grn.id, OIL_EAN, uuid.uuid4().hex, qty="24")
    ctx.parts_receiving.scan(admin, grn.id, OIL_EAN, uuid.uuid4().hex, qty="24")  # the same carton twice
    [line] = ctx.parts_receiving.receipt(admin, grn.id).lines
    with pytest.raises(ValidationError, match="Say why"):
        ctx.parts_receiving.correct_line(admin, grn.id, line.id, 24, " ")
    ctx.parts_receiving.correct_line(admin, grn.id, line.id, 24, "the same carton scanned twice")
    assert ctx.parts.part(admin, oil.id).on_hand == 24 and ctx.parts.part(admin, oil.id).on_order == 6
    info = ctx.parts_receiving.receipt(admin, grn.id)
    assert info.missing == (("06A115561B", "机油滤清器", D("6.000")),)  # partly delivered: 6 still owed
    text = "".join(_lines(goods_received_pdf(info)))
    assert "未到货" in text and "06A115561B" in text.split("未到货")[1]
    assert ctx.parts_purchasing.order(admin, order.id).status == "partial"
    assert checks(ctx) == []


def test_draft_orders_are_edited_line_by_line_and_pieces_are_whole(ctx, admin, parts):
    sup, oil, litres, lamp = parts
    with pytest.raises(ValidationError, match="whole number"):
        ctx.parts_purchasing.create_order(admin, sup.id, [(lamp.id, "2.5", None)])
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(lamp.id, 2, None), (litres.id, "20.5", None),
                                                              (oil.id, 10, None)])
    lamp_line, litres_line, oil_line = order.lines
    with pytest.raises(ValidationError, match="whole number"):
        ctx.parts_purchasing.change_line(admin, order.id, lamp_line.id, qty="2.5")
    order = ctx.parts_purchasing.change_line(admin, order.id, lamp_line.id, qty=820, price="2945.00")
    order = ctx.parts_purchasing.change_line(admin, order.id, oil_line.id, remove=True)
    assert [(ln.number, ln.qty, ln.price) for ln in order.lines] == [
        ("5G0941005", D("820.000"), D("2945.00")), ("G052195M2", D("20.500"), D("60.00"))]
    assert order.total == D("2416130.00")
    [entry, *_] = ctx.audit.entries(admin, action_prefix="purchase.change_line")
    assert "06A115561B" in entry.summary
    sent = ctx.parts_purchasing.send_order(admin, order.id, order.version)
    with pytest.raises(ValidationError, match="sent"):
        ctx.parts_purchasing.change_line(admin, sent.id, lamp_line.id, qty=1)
    # the total of more than two million is on one line of the printed order
    lines = _lines(purchase_order_pdf(ctx.parts_purchasing.order(admin, order.id)))
    assert any("2,416,130.00" in line and "合计" in line for line in lines), lines[-6:]


def test_a_purchase_order_of_2_419_116_60_prints_its_total_unwrapped(ctx, admin, parts):
    sup, oil, litres, lamp = parts
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(lamp.id, 820, "2945.62"), (oil.id, 10, "370.82")])
    assert order.total == D("2419116.60")
    lines = _lines(purchase_order_pdf(ctx.parts_purchasing.order(admin, order.id)))
    total = f"{order.total:,.2f}"
    assert any(total in line and "合计" in line for line in lines), (total, lines[-6:])
