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
from services.parts.stock import NewPart
from tests.parts.gui_fixtures import job_card_asking

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
    job = job_card_asking(ctx, admin, (oil.id, 2))
    w.issue_mode.setChecked(True)
    with qtbot.waitSignal(w.vm.jobChanged):
        scanner.scan(w.scan_field, job)
    scanner.scan(w.scan_field, OIL_EAN)
    scanner.scan(w.scan_field, "06A115561B")  # the part number on our own label
    qtbot.waitUntil(lambda: w.vm.count == 2)
    issued = ctx.parts.issued_for_job(job)
    assert [(i.part_number, i.qty) for i in issued] == [("06A115561B", D("2.000"))]
    assert _on_hand(ctx, admin, oil.id) == D("1.000")
    assert [(p.asked, p.issued, p.to_issue) for p in w.vm.picking.lines] == [(D("2.000"), D("2.000"), D(0))]


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


# ---- scans read while the keyboard focus is elsewhere, typed as a HID scanner types them ----------------


def test_a_scan_with_capitals_read_while_typing_a_remark_leaves_the_remark_and_the_scan_whole(qtbot, page, ctx,
                                                                                            admin):
    """Seen on the real window: the remark became "box wetM63H831203" and the scan an unknown "C51"."""
    from tests.common.keys import HidScanner, KeyClock, Person

    w, _oil = page
    bmw = ctx.parts.create_part(admin, NewPart("M63H831203C51", "空气滤清器", cost=D("88.00"), bin="A-01-04"))
    qtbot.mouseClick(w.notes_edit, Qt.MouseButton.LeftButton)  # the storekeeper clicks 到货备注
    qtbot.waitUntil(w.notes_edit.hasFocus)
    clock = KeyClock()
    Person(clock).type(w.notes_edit, "box wet")
    clock.advance(400)
    HidScanner(clock).scan(w.notes_edit, "M63H831203C51")  # Shift around M, H and C, Enter at the end
    qtbot.waitUntil(lambda: len(w.vm.queue.history) == 1 and w.vm.queue.pending == 0)
    qtbot.waitUntil(lambda: not w.catcher.holding)
    assert w.notes_edit.text() == "box wet"
    assert [scan.code for scan, _ok, _r in w.vm.queue.history] == ["M63H831203C51"]
    assert w.unknown_list.count() == 0
    assert w.count_label.text() == "1"
    assert _on_hand(ctx, admin, bmw.id) == D("1.000")
    qtbot.waitUntil(lambda: w.vm.receipt.total_qty == 1)  # the note on screen is refreshed after the scan
    assert w.notes_edit.hasFocus()  # the cursor stays where the storekeeper is writing
    Person(clock).type(QApplication.focusWidget(), ", torn")
    qtbot.waitUntil(lambda: not w.catcher.holding)
    assert w.notes_edit.text() == "box wet, torn" and w.scan_field.text() == ""


def test_a_job_card_scanned_right_after_clicking_issue_mode_arrives_whole(qtbot, page):
    """Seen on the real window: with the radio button focused, WT20261100300 arrived as T20261100300."""
    from tests.common.keys import HidScanner, KeyClock

    w, _oil = page
    qtbot.mouseClick(w.issue_mode, Qt.MouseButton.LeftButton)  # 按任务委托书发料: the radio button has focus
    qtbot.waitUntil(w.issue_mode.hasFocus)
    assert w.issue_mode.isChecked()
    # no such card in this store: the refusal names the whole number that arrived
    with qtbot.waitSignal(w.vm.scanDone) as sig:
        HidScanner(KeyClock()).scan(w.issue_mode, "WT20261100300")
    assert sig.args[0] is False and "WT20261100300" in sig.args[1]


def test_scans_held_by_a_busy_database_are_kept_in_order_and_counted_once_it_frees(qtbot, qloop, tasks, ctx, admin,
                                                                                   empty_db):
    """Another program holds the file's write lock past the busy timeout: the storekeeper's scans are not
    refused. The counter says they wait; when the lock goes they are counted, in order, with the typed
    quantity of the box that waited, and nothing twice."""
    import sqlite3

    from app.context import AppContext
    from app.db.engine import Database
    from app.pages.receiving import make_page
    from tests.conftest import FAST_HASHER

    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    # the page's own connection to the same file gives up on a lock after 0.3 s instead of 5 s
    quick = Database(empty_db.url(), busy_timeout_ms=300)
    empty_db.opened.append(quick)
    env = PageEnv(ctx=AppContext(quick, ctx.clock, hasher=FAST_HASHER), actor=admin, tasks=tasks,
                  settings=LocalSettings())
    w = make_page(env)
    qtbot.addWidget(w)
    w.show()
    w.vm.queue.retry_delays = (0.2,)
    with qtbot.waitSignal(w.vm.receiptChanged):
        w.start_button.click()

    holder = sqlite3.connect(empty_db.url().removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's write transaction, left open
    scanner = Scanner()
    w.qty_edit.setFocus()
    for ch in "24":  # the first box is a carton of 24, typed at a person's pace (a scanner's would be caught)
        ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_0, Qt.KeyboardModifier.NoModifier, ch)
        ev.setTimestamp(scanner.ts)
        QApplication.sendEvent(w.qty_edit, ev)
        scanner.ts += 300
    qtbot.waitUntil(lambda: w.vm.next_qty == "24")  # a lone key shows once the page knows it is not a scan
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.queue.retrying, timeout=5000):
        scanner.scan(w.scan_field, OIL_EAN)
        scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: "2 scan(s) waiting" in w.status_label.text(), timeout=5000)
    assert "busy" in w.status_label.text() and "kept and tried again" in w.status_label.text(), \
        w.status_label.text()
    assert w.vm.count == 0 and w.vm.queue.waiting == 2
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: w.vm.queue.pending == 0, timeout=10000)
    assert w.vm.count == 25
    assert _on_hand(ctx, admin, oil.id) == D("25.000")
    assert [r.ok for r in w.vm.last_scans.rows] == [True, True]
    w.vm.shutdown()
    w.hide()
