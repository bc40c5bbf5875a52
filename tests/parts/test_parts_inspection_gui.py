"""The receiving page as the storekeeper: scan the boxes, decide each line (accept, or reject with a reason
into the quarantine bin), choose the supplier, type the delivery-note number, close; and the message
when something is missing. The printed note names the receiver by name."""

from __future__ import annotations

import io
from decimal import Decimal as D

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from app.commands.parts import checks
from app.db.models.parts import PartStock
from app.pages import PageEnv
from app.settings import LocalSettings
from reports.parts.documents import goods_received_pdf
from services.users.permissions import Actor, Role
from tests.parts.gui_fixtures import OIL_EAN, save_dialog_returns, stock_the_store
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "".join("".join((page.extract_text() or "").split()) for page in doc.pages)


def _keeper(ctx, admin) -> Actor:
    user = ctx.users.create_user(admin, "storekeeper", "王库管", "store-pass-1", [Role.STOREKEEPER])
    return Actor.for_roles(user.id, user.username, user.display_name, [Role.STOREKEEPER])


def choose_line(qtbot, w, number: str) -> int:
    """Click the note's line of part ``number``; its row."""
    model = w.vm.lines
    row = next(r for r in range(model.rowCount()) if model.row_object(r).number == number)
    rect = w.lines_view.visualRect(model.index(row, 0))
    qtbot.mouseClick(w.lines_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return row


def choose_supplier(qtbot, w, name: str) -> None:
    """Pick the supplier with the keyboard, as a person does on a closed combo box."""
    combo = w.supplier_combo
    combo.setFocus()
    while combo.currentText() != name:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{name} is not in the list"


def close_ready(qtbot, w, supplier: str, note: str) -> None:
    """Accept every undecided line, choose the supplier and type the delivery-note number."""
    for ln in list(w.vm.receipt.undecided):
        choose_line(qtbot, w, ln.number)
        with qtbot.waitSignal(w.vm.lineDecided):
            w.inspect_button.click()
    qtbot.waitUntil(lambda: not w.vm.receipt.undecided)
    qtbot.waitUntil(lambda: w.supplier_combo.count() > 1)
    choose_supplier(qtbot, w, supplier)
    w.delivery_note_edit.clear()
    qtbot.keyClicks(w.delivery_note_edit, note)


@pytest.fixture
def page(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    sup, oil, pads = stock_the_store(ctx, admin)
    keeper = _keeper(ctx, admin)
    w = make_page(PageEnv(ctx=ctx, actor=keeper, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.supplier_combo.count() > 1)
    with qtbot.waitSignal(w.vm.receiptChanged):
        w.start_button.click()
    yield w, keeper, sup, oil, pads
    w.vm.shutdown()
    w.hide()


def test_the_storekeeper_inspects_rejects_one_line_and_closes_with_supplier_and_note(
        qtbot, page, ctx, monkeypatch, tmp_path):
    w, keeper, sup, oil, pads = page
    scanner = Scanner()
    w.scan_field.setFocus()
    for code in (OIL_EAN, OIL_EAN, OIL_EAN, "1K0698151A", "1K0698151A"):
        scanner.scan(w.scan_field, code)
    qtbot.waitUntil(lambda: w.vm.count == 5 and w.vm.lines.rowCount() == 2)
    assert "王库管" in w.receiver_label.text()

    # nothing chosen yet: the page says what is missing and the note stays open
    w.finish_button.click()
    said = w.status_label.text()
    assert "cannot be closed yet" in said
    assert "Missing: the supplier; the supplier's delivery-note number; the inspection decision of" in said
    assert "06A115561B" in said and "1K0698151A" in said
    assert ctx.parts_receiving.receipt(keeper, w.vm.receipt.id).status == "open"

    choose_line(qtbot, w, "06A115561B")
    with qtbot.waitSignal(w.vm.lineDecided):
        w.inspect_button.click()
    row = choose_line(qtbot, w, "1K0698151A")
    answers = iter([("1", True), ("包装破损，刹车片有裂纹", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    with qtbot.waitSignal(w.vm.lineDecided):
        w.reject_button.click()
    assert "quarantine" in w.status_label.text()
    qtbot.waitUntil(lambda: w.vm.lines.row_object(row).rejected_qty == D(1))
    assert w.vm.lines.row_object(row).inspected_by == "王库管"

    choose_supplier(qtbot, w, "一汽大众配件中心")
    w.finish_button.click()  # the supplier is there now; the delivery note is not
    said = w.status_label.text()
    assert said.endswith("Missing: the supplier's delivery-note number.")
    qtbot.waitUntil(lambda: ctx.parts_receiving.receipt(keeper, w.vm.receipt.id).supplier_id == sup.id)

    qtbot.keyClicks(w.delivery_note_edit, "SH-20261201-07")
    save_dialog_returns(monkeypatch, tmp_path / "note.pdf")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    with qtbot.waitSignal(w.vm.documentReady):
        w.finish_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "note.pdf").exists())
    info = ctx.parts_receiving.receipt(keeper, w.vm.receipt.id)
    assert (info.status, info.supplier_name, info.delivery_note) == ("closed", "一汽大众配件中心", "SH-20261201-07")
    assert ctx.parts.part(keeper, oil.id).available == D(3)
    assert ctx.parts.part(keeper, pads.id).available == D(1)  # one set of two is in quarantine
    with ctx.db.read() as s:
        assert s.scalar(select(PartStock.quarantined).where(PartStock.part_id == pads.id)) == D(1)
    text = _text((tmp_path / "note.pdf").read_bytes())
    assert "收货人：王库管" in text and "storekeeper" not in text
    assert "SH-20261201-07" in text and "包装破损" in text
    assert checks(ctx) == []


def test_the_printed_note_names_the_receiver_by_name_not_by_login(ctx, admin):
    sup, oil, _pads = stock_the_store(ctx, admin)
    keeper = _keeper(ctx, admin)
    rcv = ctx.parts_receiving
    grn = rcv.open_receipt(keeper, supplier_id=sup.id, delivery_note="SH-88")
    rcv.receive(keeper, grn.id, oil.id, 2)
    rcv.accept_line(keeper, rcv.receipt(keeper, grn.id).lines[0].id)
    info = rcv.close_receipt(keeper, grn.id)
    text = _text(goods_received_pdf(info))
    assert "收货人王库管" in text and "收货人：王库管" in text
    assert "storekeeper" not in text
    assert "送货单号SH-88" in text


def test_the_quarantine_bin_releases_one_line_to_stock_and_returns_another(qtbot, page, ctx, monkeypatch):
    w, keeper, sup, oil, pads = page
    rcv = ctx.parts_receiving
    grn = w.vm.receipt
    rcv.receive(keeper, grn.id, oil.id, 3)
    rcv.receive(keeper, grn.id, pads.id, 2)
    lines = {ln.number: ln for ln in rcv.receipt(keeper, grn.id).lines}
    rcv.reject_line(keeper, lines["06A115561B"].id, "滤芯变形", qty=1)
    rcv.reject_line(keeper, lines["1K0698151A"].id, "刹车片有裂纹")
    w.quarantine_button.click()
    dialog = w.quarantine_dialog
    qtbot.waitUntil(lambda: w.vm.quarantine.rowCount() == 2)
    assert dialog.isVisible()

    def pick(number: str) -> None:
        model = w.vm.quarantine
        row = next(r for r in range(model.rowCount()) if model.row_object(r).number == number)
        rect = dialog.table.visualRect(model.index(row, 0))
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    pick("06A115561B")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("复检合格", True)))
    with qtbot.waitSignal(w.vm.quarantineChanged):
        dialog.release_button.click()
    qtbot.waitUntil(lambda: w.vm.quarantine.rowCount() == 1)
    assert "released to stock" in dialog.message_label.text()
    assert ctx.parts.part(keeper, oil.id).available == D(3)
    pick("1K0698151A")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (k.get("text", ""), True)))
    dialog.return_button.click()  # the note has no supplier yet: nothing can go back
    qtbot.waitUntil(lambda: "Choose the supplier of" in dialog.message_label.text())
    rcv.set_header(keeper, grn.id, supplier_id=sup.id)
    with qtbot.waitSignal(w.vm.quarantineChanged):
        dialog.return_button.click()
    qtbot.waitUntil(lambda: w.vm.quarantine.rowCount() == 0)
    assert ctx.parts.part(keeper, pads.id).available == D(0)
    ret = ctx.parts_purchasing.supplier_returns(keeper)[0]
    assert ret.reason == "刹车片有裂纹" and ret.lines[0][0] == "1K0698151A"
    assert checks(ctx) == []
