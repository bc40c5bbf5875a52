"""The scan field and the scan queue: bursts are scans, people's typing is typing, order is kept."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from services.common.barcodes import clean_scan, ean13_valid
from viewmodels.common.scanning import ScanQueue
from views.common.scan_field import ScanCatcher, ScanField


def _page(qtbot, **scanner):
    w = QWidget()
    lay = QVBoxLayout(w)
    field = ScanField()
    notes = QLineEdit()
    lay.addWidget(field)
    lay.addWidget(notes)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    catcher = ScanCatcher(field, w, **scanner)  # the page is shown: it watches the application
    return w, field, notes, catcher


@pytest.fixture
def page(qtbot):
    w, field, notes, catcher = _page(qtbot)
    yield w, field, notes
    w.hide()  # the catcher stops watching


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


# ---- a HID scanner's keys (Shift, CapsLock, full width) while a person types elsewhere on the page ----------


@pytest.fixture
def keyboard(qtbot):
    from tests.common.keys import KeyClock

    return KeyClock()


def _scans(field):
    got: list[str] = []
    field.scanned.connect(got.append)
    return got


def test_shift_around_capitals_neither_ends_nor_breaks_a_burst(qtbot, keyboard):
    from tests.common.keys import HidScanner, Person

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    Person(keyboard).type(notes, "box wet")
    keyboard.advance(300)
    HidScanner(keyboard).scan(notes, "M63H831203C51")
    qtbot.waitUntil(lambda: not catcher.holding)
    assert got == ["M63H831203C51"]
    assert notes.text() == "box wet"


@pytest.mark.parametrize("scanner", [
    {"caps_lock": True},  # the PC's CapsLock is on; the scanner sends capitals bare, lower case with Shift
    {"toggles_caps": True},  # the scanner presses CapsLock itself before and after the code
    {"event_ms": 6},  # a slow scanner: 6 ms between key events, 18 ms from one capital's key to the next
    {"end_key": int(Qt.Key.Key_Tab)},
], ids=["capslock-on", "scanner-toggles-capslock", "slow-scanner", "tab-ending"])
def test_scanner_settings_all_give_the_whole_code(qtbot, keyboard, scanner):
    from tests.common.keys import HidScanner

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    HidScanner(keyboard, **scanner).scan(notes, "WT20261100300")
    HidScanner(keyboard, **scanner).scan(notes, "06A115561b")
    assert got == ["WT20261100300", "06A115561b"] and not catcher.holding
    assert notes.text() == ""


def test_a_full_width_burst_is_a_scan_and_cleans_to_the_printed_code(qtbot, keyboard):
    from tests.common.keys import HidScanner

    _w, field, notes, _catcher = _page(qtbot)
    got = _scans(field)
    HidScanner(keyboard, full_width=True).scan(notes, "GJ-00003")
    assert got == ["ＧＪ－００００３"] and notes.text() == ""
    assert clean_scan(got[0]) == "GJ-00003"


def test_a_persons_keys_land_in_order_with_backspace_arrows_and_chinese_from_the_ime(qtbot, keyboard):
    from tests.common.keys import Person, send_key

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    person = Person(keyboard, gap_ms=90)
    person.type(notes, "boxx")
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Backspace), Qt.KeyboardModifier.NoModifier, "\b",
             keyboard.advance(90))  # while the last x is still held back
    person.type(notes, " we")
    person.type(notes, "t")
    person.type(notes, "湿", gaps=[5])  # the IME commits right after the t: it comes after it
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "\r",
             keyboard.advance(120))
    qtbot.waitUntil(lambda: not catcher.holding)
    assert notes.text() == "box wet湿"
    assert got == []


def test_a_character_typed_just_before_a_prefixed_scan_stays_typed(qtbot, keyboard):
    from tests.common.keys import HidScanner, Person

    _w, field, notes, catcher = _page(qtbot, prefix="$")
    got = _scans(field)
    Person(keyboard).type(notes, "ok")
    keyboard.advance(20)  # the scanner fires 20 ms after the person's last key
    HidScanner(keyboard).scan(notes, "$6901234567892")
    qtbot.waitUntil(lambda: not catcher.holding)
    assert got == ["$6901234567892"] and notes.text() == "ok"


def test_a_suffix_ends_a_scan_and_a_prefixed_scan_may_end_in_silence(qtbot, keyboard):
    from tests.common.keys import send_key

    _w, field, notes, catcher = _page(qtbot, prefix="]C1", suffix="#")
    got = _scans(field)
    for ch in "06A115561B#":  # no Enter: the suffix ends it at once
        shift = ch.isupper() or ch == "#"
        send_key(notes, QEvent.Type.KeyPress, ord(ch.upper()),
                 Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier, ch,
                 keyboard.advance(2))
    assert got == ["06A115561B#"] and not catcher.holding
    keyboard.advance(300)
    for ch in "]C16901234567892":  # a prefix and no ending at all: a scan once the keys stop
        send_key(notes, QEvent.Type.KeyPress, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch,
                 keyboard.advance(2))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got[1] == "]C16901234567892" and clean_scan(got[1], "]C1", "#") == "6901234567892"
    assert notes.text() == ""


def test_cr_lf_ending_leaves_nothing_behind(qtbot, keyboard):
    from tests.common.keys import HidScanner, send_key

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    entered: list[bool] = []
    notes.returnPressed.connect(lambda: entered.append(True))
    HidScanner(keyboard).scan(notes, "E10001")
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_J), Qt.KeyboardModifier.ControlModifier, "\n",
             keyboard.advance(1))  # the LF half of CR+LF
    assert got == ["E10001"] and not catcher.holding
    assert notes.text() == "" and entered == []


def test_a_key_held_down_by_a_person_repeats_into_the_field(qtbot, keyboard):
    from tests.common.keys import send_key

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Minus), Qt.KeyboardModifier.NoModifier, "-",
             keyboard.advance(100))
    for _ in range(8):  # auto-repeat, 20 ms apart: as fast as a scanner, but a person's
        send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Minus), Qt.KeyboardModifier.NoModifier, "-",
                 keyboard.advance(20), autorep=True)
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Return), Qt.KeyboardModifier.NoModifier, "\r",
             keyboard.advance(20))
    qtbot.waitUntil(lambda: not catcher.holding)
    assert notes.text() == "-" * 9 and got == []


def test_a_scan_stays_whole_when_the_ui_thread_stalls_in_the_middle_of_it(qtbot, keyboard):
    """The hold timer runs in real time. After the UI thread was busy, it is overdue while the rest of
    the burst is still queued, and on X11 the queued keys are delivered after the timers: the catcher
    must let them in before it gives the held keys up as typing."""
    import time

    from PySide6.QtCore import QTimer

    from tests.common.keys import SHIFT, send_key

    _w, field, notes, catcher = _page(qtbot)
    got = _scans(field)
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_Shift), SHIFT, "", keyboard.advance(300))
    send_key(notes, QEvent.Type.KeyPress, int(Qt.Key.Key_G), SHIFT, "G", keyboard.advance(1))
    assert catcher.holding
    plain = Qt.KeyboardModifier.NoModifier
    rest = [(Qt.Key.Key_Shift, SHIFT, ""), (Qt.Key.Key_J, SHIFT, "J"), (Qt.Key.Key_Minus, plain, "-")] + \
        [(Qt.Key.Key_0, plain, "0")] * 4 + [(Qt.Key.Key_3, plain, "3"), (Qt.Key.Key_Return, plain, "\r")]

    def the_rest_arrives():  # read during the stall, delivered after the overdue timers have run
        for key, mods, text in rest:
            send_key(notes, QEvent.Type.KeyPress, int(key), mods, text, keyboard.advance(2))

    QTimer.singleShot(100, lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, the_rest_arrives)))
    stall_until = time.monotonic() + 0.2
    while time.monotonic() < stall_until:  # the UI thread busy with something else for 200 ms
        pass
    qtbot.waitUntil(lambda: bool(got) or notes.text() != "")
    qtbot.waitUntil(lambda: not catcher.holding)
    assert got == ["GJ-00003"] and notes.text() == ""
