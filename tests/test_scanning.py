"""The scan field and the scan queue: bursts are scans, people's typing is typing, order is kept."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from services.barcodes import clean_scan, ean13_valid
from viewmodels.scanning import ScanQueue
from views.widgets.scan_field import ScanCatcher, ScanField


@pytest.fixture
def page(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    field = ScanField()
    notes = QLineEdit()
    lay.addWidget(field)
    lay.addWidget(notes)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    catcher = ScanCatcher(field, w)
    QApplication.instance().installEventFilter(catcher)
    yield w, field, notes
    QApplication.instance().removeEventFilter(catcher)


def _type(widget, text: str, start_ms: int, gap_ms: int, end_key=Qt.Key.Key_Return) -> int:
    ts = start_ms
    for ch in text:
        ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A if ch.isalpha() else Qt.Key.Key_0,
                       Qt.KeyboardModifier.NoModifier, ch)
        ev.setTimestamp(ts)
        QApplication.sendEvent(widget, ev)
        ts += gap_ms
    if end_key is not None:
        ev = QKeyEvent(QEvent.Type.KeyPress, end_key, Qt.KeyboardModifier.NoModifier, "\r")
        ev.setTimestamp(ts)
        QApplication.sendEvent(widget, ev)
    return ts


def test_a_scan_into_the_scan_field_is_submitted_and_the_field_clears(qtbot, page):
    _w, field, _notes = page
    field.setFocus()
    with qtbot.waitSignal(field.scanned) as sig:
        qtbot.keyClicks(field, "06A115561B")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert sig.args == ["06A115561B"]
    assert field.text() == "" and field.hasFocus()


def test_tab_ends_a_scan_like_enter_and_keeps_focus(qtbot, page):
    _w, field, _notes = page
    field.setFocus()
    with qtbot.waitSignal(field.scanned) as sig:
        qtbot.keyClicks(field, "6901234567892")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert sig.args == ["6901234567892"]
    assert field.hasFocus()


def test_a_burst_typed_while_another_field_has_focus_is_a_scan_not_text(qtbot, page):
    _w, field, notes = page
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    with qtbot.waitSignal(field.scanned) as sig:
        _type(notes, "LFV2A21K", start_ms=1000, gap_ms=2)
    assert sig.args == ["LFV2A21K"]
    assert notes.text() == ""


def test_a_person_typing_into_another_field_keeps_their_text(qtbot, page):
    _w, field, notes = page
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    with qtbot.assertNotEmitted(field.scanned):
        _type(notes, "left rear", start_ms=5000, gap_ms=120, end_key=None)
        qtbot.waitUntil(lambda: notes.text() == "left rear")


def test_queued_scans_commit_in_order_each_with_its_own_key(qtbot, qloop):
    seen: list[str] = []
    threads: set[str] = set()

    def handler(scan):
        threads.add(threading.current_thread().name)
        seen.append(scan.code)
        if scan.code == "BAD":
            raise ValueError("unknown")
        return len(seen)

    queue = ScanQueue(handler, prefix="", suffix="")
    accepted, rejected = [], []
    queue.accepted.connect(lambda scan, result: accepted.append((scan.code, scan.key, result)))
    queue.rejected.connect(lambda scan, msg: rejected.append((scan.code, msg)))
    codes = [f"P{n:03d}" for n in range(10)] + ["BAD", "P010"]
    for code in codes:
        queue.submit(code + "\r\n")
    qtbot.waitUntil(lambda: len(accepted) + len(rejected) == len(codes))
    queue.shutdown()
    assert seen == codes
    assert [c for c, _k, _r in accepted] == [c for c in codes if c != "BAD"]
    assert len({k for _c, k, _r in accepted}) == 11
    assert rejected and rejected[0][0] == "BAD"
    assert threading.main_thread().name not in threads


def test_scanner_prefix_suffix_and_control_characters_are_stripped():
    assert clean_scan("]C1ABC-123\r\n") == "ABC-123"
    assert clean_scan("STX06A115561BETX", prefix="STX", suffix="ETX") == "06A115561B"
    assert clean_scan("ＡＢＣ１２３") == "ABC123"
    assert ean13_valid("6901234567892")
    assert not ean13_valid("6901234567891")


def test_a_hidden_scanning_page_leaves_other_windows_typing_alone(qtbot):
    page = QWidget()
    lay = QVBoxLayout(page)
    field = ScanField()
    page_note = QLineEdit()
    lay.addWidget(field)
    lay.addWidget(page_note)
    qtbot.addWidget(page)
    ScanCatcher(field, page)  # follows the page's visibility by itself
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    with qtbot.assertNotEmitted(field.scanned):
        qtbot.keyClicks(other, "ABC123")  # as fast as a scanner, but the scanning page is not shown
    assert other.text() == "ABC123"
    other.close()

    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page_note.setFocus()
    qtbot.waitUntil(page_note.hasFocus)
    with qtbot.waitSignal(field.scanned) as sig:
        _type(page_note, "XYZ789", start_ms=100, gap_ms=2)
    assert sig.args == ["XYZ789"] and page_note.text() == ""
