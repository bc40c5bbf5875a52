"""Property: on every page that catches scans, a person's typing and a scanner's bursts never mix.

Hypothesis draws interleavings of a person typing into the page's text fields (a key every 60–400 ms,
Shift for capitals, Chinese committed by the input method) and a USB scanner reading codes while the
keyboard focus is anywhere on the page (text fields, radio buttons, combo boxes, date fields): a key
event every 0–12 ms, Shift around capitals, CapsLock on or pressed by the scanner, full-width
characters from a Chinese IME, Enter or Tab at the end, the configured prefix or not. The events are
real QKeyEvents sent to the focus widget with timestamps the test sets, so every run is the same run.

Checked on the real pages, through their viewmodels' scan queues to the services: every scan arrives
whole, once and in order (full-width folded to half-width as ``clean_scan`` does), every typed
character is in the field it was typed into, in order, and no other widget was changed by a scan.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.pages import PageEnv
from app.settings import LocalSettings
from services.common.barcodes import clean_scan
from tests.common.keys import HidScanner, KeyClock, Person

pytestmark = pytest.mark.gui

# 20 drawn plans a page in CI (the same 20 every run); more on demand, e.g. SERVICEBAY_SCAN_EXAMPLES=500
EXAMPLES = int(os.environ.get("SERVICEBAY_SCAN_EXAMPLES", "20"))
PAGES = ["receiving", "issue", "stocktake", "tools"]
REAL_CODES = ["M63H831203C51", "WT20261100300", "GJ-00003", "6901234567892", "06A115561B", "E10001",
              "LFV2A21K", "5Q0698151B", "A-01-03"]


@dataclass
class ScanningPage:
    widget: object
    vm: object
    catcher: object
    scan_field: object
    text_fields: list  # where a person types
    other_focus: list  # where the focus may be when a scan is read (text fields too)
    state: object  # what a stray scan key could change on the non-text widgets
    prefix: str
    close: object


def _build(kind: str, qtbot, tasks, ctx, admin) -> ScanningPage:
    prefix = "$" if kind in ("receiving", "issue") else ""
    env = PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings(scanner_prefix=prefix))
    if kind in ("receiving", "issue"):
        from app.pages.receiving import make_page

        w = make_page(env)
        fields = [w.notes_edit, w.order_edit]
        others = fields + [w.receive_mode, w.issue_mode, w.undo_button]
        scan_field = w.scan_field

        def state():
            return w.receive_mode.isChecked(), w.issue_mode.isChecked()

        def close():
            w.vm.shutdown()
            w.hide()
    elif kind == "stocktake":
        from app.pages.stocktake import make_page

        w = make_page(env)
        fields = [w.bin_edit, w.category_edit]
        others = fields + [w.start_button, w.undo_button]
        scan_field = w.scan_field

        def state():
            return ()

        def close():
            w.vm.shutdown()
            w.hide()
    else:
        from app.pages.tools import make_page

        w = make_page(env)
        w.open_files = False
        fields = [w.desk.note, w.desk.job_card]
        others = fields + [w.desk.condition, w.desk.expected]
        scan_field = w.desk.scan

        def state():
            return w.desk.condition.currentIndex(), w.desk.expected.date()

        def close():
            qtbot.waitUntil(lambda: not tasks.busy and not w.vm.queue.pending)
            w.close_page()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.waitUntil(lambda: not tasks.busy)
    if kind == "issue":
        qtbot.mouseClick(w.issue_mode, Qt.MouseButton.LeftButton)
        assert w.vm.mode == "issue"
        # issuing shows none of the delivery's fields (no remark, no order number): nothing to type into
        fields = [f for f in fields if f.isVisible()]
        others = [o for o in others if o.isVisible()]
    return ScanningPage(w, w.vm, w.catcher, scan_field, fields, others, state, prefix, close)


@pytest.fixture(params=PAGES)
def scanning_page(request, qtbot, qloop, tasks, ctx, admin):
    page = _build(request.param, qtbot, tasks, ctx, admin)
    yield page
    page.close()


# ---- what happens at the keyboard -------------------------------------------------------------------

_typed_char = st.one_of(
    st.sampled_from(string.ascii_letters + string.digits + " -./"),
    st.sampled_from("箱湿破损少件"),  # committed by the input method
)
human_step = st.tuples(
    st.just("type"),
    st.integers(min_value=0, max_value=1),  # which text field
    st.lists(st.tuples(_typed_char, st.integers(min_value=60, max_value=400)), min_size=1, max_size=8),
)
_code = st.one_of(
    st.sampled_from(REAL_CODES),
    st.text(alphabet=string.ascii_uppercase + string.digits + "-", min_size=4, max_size=16)
    .filter(lambda c: c.strip("-")),
    st.text(alphabet="abcxyz" + string.digits, min_size=4, max_size=10),  # lower case: Shift under CapsLock
)
scanner_style = st.fixed_dictionaries({
    "event_ms": st.integers(min_value=0, max_value=12),  # up to 36 ms from one key press to the next
    "caps_lock": st.booleans(),
    "toggles_caps": st.booleans(),
    "full_width": st.booleans(),
    "end_key": st.sampled_from([int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter), int(Qt.Key.Key_Tab)]),
})
scan_step = st.tuples(
    st.just("scan"),
    st.integers(min_value=0, max_value=4),  # where the focus is
    _code,
    scanner_style,
    st.booleans(),  # with the configured prefix
    st.integers(min_value=60, max_value=2000),  # quiet before the trigger is pulled
)
pause_step = st.tuples(st.just("pause"))  # the UI thread gets to run (the hold timer fires)
steps = st.lists(st.one_of(human_step, scan_step, pause_step), min_size=1, max_size=7)

_clock = KeyClock()


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=steps)
def test_scans_arrive_whole_once_in_order_and_typing_stays_where_it_was_typed(qtbot, scanning_page, plan):
    page = scanning_page
    for field in page.text_fields:
        field.setText("")
    state_before = page.state()
    handled_before = page.vm.queue.handled
    typed = ["" for _f in page.text_fields]
    codes: list[str] = []
    _clock.advance(5000)

    def focus(widget):
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        assert widget.hasFocus()
        return widget

    for step in plan:
        if step[0] == "type":
            if not page.text_fields:
                continue
            _kind, which, keys = step
            field = focus(page.text_fields[which])
            Person(_clock).type(field, "".join(ch for ch, _gap in keys), gaps=[gap for _ch, gap in keys])
            typed[which] += "".join(ch for ch, _gap in keys)
        elif step[0] == "scan":
            _kind, where, code, style, with_prefix, quiet = step
            target = focus(page.other_focus[where % len(page.other_focus)])
            _clock.advance(quiet)
            read = (page.prefix + code) if (with_prefix and page.prefix) else code
            HidScanner(_clock, **style).scan(target, read)
            codes.append(clean_scan(code))
        else:
            qtbot.waitUntil(lambda: not page.catcher.holding)
        _clock.advance(60)

    qtbot.waitUntil(lambda: not page.catcher.holding)
    qtbot.waitUntil(lambda: page.vm.queue.handled - handled_before == len(codes) and not page.vm.queue.pending)
    recent = list(page.vm.queue.history)[len(page.vm.queue.history) - len(codes):] if codes else []
    arrived = [scan.code for scan, _ok, _result in recent]
    assert arrived == codes
    assert [f.text() for f in page.text_fields] == typed
    assert page.scan_field.text() == ""
    assert page.state() == state_before
