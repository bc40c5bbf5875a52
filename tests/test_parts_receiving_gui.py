"""The receiving page driven like a USB scanner: bursts of keys ending in Enter, ten scans a second."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.commands.parts import checks
from app.pages import PageEnv
from app.settings import LocalSettings
from services.parts import NewPart

pytestmark = pytest.mark.gui

OIL_EAN = "6901234567892"


class Scanner:
    """Types like a USB scanner: 1 ms a character, Enter at the end, scans 100 ms apart."""

    def __init__(self) -> None:
        self.ts = 10_000

    def scan(self, widget, text: str, end_key=Qt.Key.Key_Return) -> None:
        for ch in text:
            ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A if ch.isalpha() else Qt.Key.Key_0,
                           Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(self.ts)
            QApplication.sendEvent(widget, ev)
            self.ts += 1
        ev = QKeyEvent(QEvent.Type.KeyPress, end_key, Qt.KeyboardModifier.NoModifier, "\r")
        ev.setTimestamp(self.ts)
        QApplication.sendEvent(widget, ev)
        self.ts += 100


@pytest.fixture
def page(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    env = PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings(scanner_prefix="$"))
    w = make_page(env)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.vm.receiptChanged):
        w.start_button.click()
    yield w, oil
    w.vm.shutdown()
    w.hide()


def _on_hand(ctx, admin, part_id):
    return ctx.parts.part(admin, part_id).on_hand


def test_two_scans_of_one_code_add_two(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.scan_field.setFocus()
    scanner.scan(w.scan_field, OIL_EAN)
    scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 2 and w.vm.queue.pending == 0)
    assert _on_hand(ctx, admin, oil.id) == D("2.000")
    assert w.count_label.text() == "2"
    assert w.vm.last_scans.rowCount() == 2


def test_an_unknown_code_is_listed_then_linked_and_then_counts(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.unknownCode):
        scanner.scan(w.scan_field, "4006381333931")
    assert w.unknown_list.count() == 1 and w.unknown_list.item(0).text() == "4006381333931"
    assert "4006381333931" in w.status_label.text()
    assert _on_hand(ctx, admin, oil.id) == 0
    w.vm.link_code("4006381333931", "06A115561B")
    qtbot.waitUntil(lambda: w.vm.count == 1)
    assert w.unknown_list.count() == 0
    scanner.scan(w.scan_field, "4006381333931")
    qtbot.waitUntil(lambda: w.vm.count == 2)
    assert _on_hand(ctx, admin, oil.id) == D("2.000")
    assert "4006381333931" in ctx.parts.part(admin, oil.id).barcodes


def test_undo_takes_one_back(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.scan_field.setFocus()
    for _ in range(3):
        scanner.scan(w.scan_field, OIL_EAN)
    w.undo_button.click()  # pressed while scans may still be saving: it waits for them
    qtbot.waitUntil(lambda: w.vm.queue.pending == 0 and w.vm.count == 2)
    assert _on_hand(ctx, admin, oil.id) == D("2.000")
    assert checks(ctx) == []


def test_a_stray_prefix_character_is_stripped(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.scan_field.setFocus()
    scanner.scan(w.scan_field, "$" + OIL_EAN)
    scanner.scan(w.scan_field, "]E0" + OIL_EAN, end_key=Qt.Key.Key_Tab)  # AIM identifier, Tab ending
    qtbot.waitUntil(lambda: w.vm.count == 2)
    assert _on_hand(ctx, admin, oil.id) == D("2.000")


def test_a_burst_of_ten_scans_a_second_all_arrive_also_with_focus_elsewhere(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.notes_edit.setFocus()
    qtbot.waitUntil(w.notes_edit.hasFocus)
    for _ in range(10):
        scanner.scan(w.notes_edit, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 10 and w.vm.queue.pending == 0, timeout=15000)
    assert w.notes_edit.text() == ""
    assert _on_hand(ctx, admin, oil.id) == D("10.000")
    assert checks(ctx) == []


def test_issue_mode_scans_the_job_card_then_the_parts(qtbot, page, ctx, admin):
    w, oil = page
    scanner = Scanner()
    w.scan_field.setFocus()
    for _ in range(3):
        scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 3)
    w.issue_mode.setChecked(True)
    with qtbot.waitSignal(w.vm.jobChanged):
        scanner.scan(w.scan_field, "WT20261100012")
    scanner.scan(w.scan_field, OIL_EAN)
    scanner.scan(w.scan_field, "06A115561B")  # the part number on our own label
    qtbot.waitUntil(lambda: w.vm.count == 2)
    issued = ctx.parts.issued_for_job("WT20261100012")
    assert [(i.part_number, i.qty) for i in issued] == [("06A115561B", D("2.000"))]
    assert _on_hand(ctx, admin, oil.id) == D("1.000")


def test_scanning_a_delivery_without_pressing_start_opens_a_note_for_it(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.vm.receipt is None
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.receiptChanged):
        scanner.scan(w.scan_field, OIL_EAN)
    scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 2 and w.vm.queue.pending == 0)
    assert w.vm.receipt is not None and w.vm.receipt.number.startswith("RK")
    assert _on_hand(ctx, admin, oil.id) == D("2.000")
    from sqlalchemy import func, select

    from app.db.models.parts import GoodsReceipt

    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(GoodsReceipt)) == 1  # both boxes on the one note
    w.vm.shutdown()
    w.hide()
