"""The scan field: keeps focus, takes a scanner's burst of keys, and catches bursts typed elsewhere.

A USB (HID) scanner is a keyboard that types fast: a key event every millisecond or few, Shift pressed
and released around every capital (or, with CapsLock on, around every lower-case letter; some models
press CapsLock themselves around the code), the characters full-width when a Chinese input method is in
full-width mode, and Enter or Tab (or a configured suffix) at the end, sometimes after a configured
prefix. People's keys come 50 ms or more apart.

``ScanCatcher`` watches every key typed on its page outside the scan field. A character is held back
while it could be the start of a scan; the keys that follow within ``BURST_GAP_MS`` of each other
(modifier keys included: they keep a burst going, never end or break it) join it. The run is a scan
when it ends in Enter, Tab or the configured suffix and has at least ``MIN_SCAN_LENGTH`` characters:
it goes to the scan field's ``scanned`` signal, and not a key of it reaches the focused widget. Any
other ending (a gap, a key that is not a character, silence) shows the run was typing: the held keys
are handed to the widgets they were typed into, in order, unchanged, before the key that ended the
run (a run that starts with the configured prefix and ends in silence is a scan too). Gaps are
measured on the events' own timestamps, so a busy UI thread (which delivers queued keys all at once)
does not turn a person's typing into a scan, nor a scan into typing; and the real-time hold timer,
when it fires late after such a busy moment, first lets the keys still queued arrive.

Signals:
    scanned(str): the raw text of one scan, in the order scans were read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

BURST_GAP_MS = 40  # a scanner's key events come closer than this (3–25 ms seen); a person's keys do not
END_GAP_MS = 250  # the Enter, Tab or suffix ending a scan may lag its last character this much
HOLD_MS = 60  # a lone character is held this long (real time) before it shows as typed
SETTLE_MS = 20  # after the UI thread was busy, keys still queued get this long to arrive before a decision
MIN_SCAN_LENGTH = 3
_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Meta, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Mode_switch,
})
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class ScanField(QLineEdit):
    """A line edit for scans: Enter or Tab submits, the text clears, focus stays."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumHeight(36)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)

    def event(self, ev: QEvent) -> bool:
        # Tab would move focus away: a scanner's Tab ends the scan like Enter
        if ev.type() == QEvent.Type.KeyPress and isinstance(ev, QKeyEvent) and ev.key() in _END_KEYS:
            self._submit()
            return True
        return super().event(ev)

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        if text.strip():
            self.scanned.emit(text)

    def flash(self, ok: bool) -> None:
        """Green for a scan taken, red (and a beep) for one refused."""
        self.setStyleSheet("QLineEdit { background: %s; }" % ("#c8f7c5" if ok else "#ffc9c9"))
        if not ok:
            QApplication.beep()
        QTimer.singleShot(600, self, lambda: self.setStyleSheet(""))  # context: no call after deletion


def _writing_in(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a field a person writes in (their next keys belong there)."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def back_to_scan_field(field: ScanField) -> None:
    """Put the cursor back in the scan field after some work finished, unless the person is writing
    in another field of the same window: a scan caught while they write a remark must not send the
    rest of their remark into the scan field."""
    current = QApplication.focusWidget()
    if current is not None and current is not field and current.window() is field.window() \
            and _writing_in(current):
        return
    field.setFocus()


@dataclass(frozen=True)
class _Held:
    widget: QWidget
    event: QKeyEvent
    text: str


class ScanCatcher(QObject):
    """Routes bursts typed anywhere on ``page`` to ``field``; leaves what people type where they type it.

    It watches the whole application only while the page is shown: it follows the page's show and
    hide events itself, so a page just creates one and keeps it. ``prefix`` and ``suffix`` are the
    scanner's configured ones: a run ending in the suffix is a scan without waiting for Enter, a run
    starting with the prefix is a scan even when the scanner sends no ending, and a character typed
    just before a prefixed burst stays typing.
    """

    def __init__(self, field: ScanField, page: QWidget, *, prefix: str = "", suffix: str = "") -> None:
        super().__init__(field)
        self.field = field
        self.page = page
        self.prefix = prefix or ""
        self.suffix = suffix or ""
        self._watching = False
        self._run: list[_Held] = []
        self._last_ts: float | None = None  # the run's last key event (modifiers included)
        self._scan_end_ts: float | None = None  # when the last scan's ending key came (for CR+LF)
        self._seen = 0  # key events seen: a timeout that finds more keys came after it does nothing
        self._due = 0.0  # when (monotonic ms) the hold timer should fire
        self._settles = 0  # late timeouts since the last key (a machine that stays busy still decides)
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        page.installEventFilter(self)
        if page.isVisible():
            self._watch(True)

    @property
    def holding(self) -> bool:
        """Keys are held back while deciding whether they are a scan."""
        return bool(self._run)

    def _stamp(self, ev: QKeyEvent) -> float:
        ts = ev.timestamp()
        return float(ts) if ts else time.monotonic() * 1000.0

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self._watching:
            app.installEventFilter(self)
        elif not on and self._watching:
            app.removeEventFilter(self)
            self._release()
        self._watching = on

    # ---- what a key is ----------------------------------------------------------------------------
    def _run_text(self) -> str:
        return "".join(h.text for h in self._run)

    def _code_length(self, text: str) -> int:
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix):]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        return len(text.strip())

    def _looks_like_scan(self) -> bool:
        return self._code_length(self._run_text()) >= MIN_SCAN_LENGTH

    def _close_to(self, ts: float | None, now: float, limit: float) -> bool:
        return ts is not None and 0 <= now - ts <= limit

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.page and ev.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._watch(ev.type() == QEvent.Type.Show)
            return False
        if self._replaying or ev.type() not in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            return False
        target = QApplication.focusWidget()
        if target is None or target is self.field or not self.page.isVisible() or not self.page.isAncestorOf(target):
            return False
        if not isinstance(obj, QWidget) or obj is not target:
            return False  # the same event passes several filters: act once, on the focus widget
        if ev.type() == QEvent.Type.InputMethod:
            self._release()  # text from the input method (汉字) comes after what was typed before it
            return False
        return self._key(target, ev)

    def _key(self, target: QWidget, ev: QKeyEvent) -> bool:
        """Handle one key press on ``target``; True when it is held back or swallowed."""
        now = self._stamp(ev)
        self._seen += 1
        key = ev.key()
        if key in _MODIFIER_KEYS:
            # Shift, CapsLock and the like: the scanner sends them inside a burst; they keep it going
            if self._run and self._close_to(self._last_ts, now, BURST_GAP_MS):
                self._last_ts = now
                self._arm(END_GAP_MS if self._looks_like_scan() else HOLD_MS)
            return False
        after_scan = not self._run and self._close_to(self._scan_end_ts, now, BURST_GAP_MS)
        text = ev.text()
        if ev.isAutoRepeat():
            self._release()  # a key held down by a person, never a scanner
            return False
        if key in _END_KEYS or (ev.modifiers() & _SHORTCUT_MODIFIERS and text in ("\n", "\r")):
            if after_scan:
                self._scan_end_ts = now  # the LF of a CR+LF ending, or a second ending key
                return True
            if self._run and self._close_to(self._last_ts, now, END_GAP_MS) and self._looks_like_scan():
                self._emit_scan(now)
                return True
            self._release()
            return False
        if not text or not text.isprintable() or ev.modifiers() & _SHORTCUT_MODIFIERS:
            self._release()  # arrows, Backspace, F-keys, shortcuts: after what was typed before them
            return False
        if self._run and not self._close_to(self._last_ts, now, BURST_GAP_MS):
            self._release()  # too slow for a scanner: what was held was typed
        copy = QKeyEvent(ev.type(), key, ev.modifiers(), text, False, ev.count())
        copy.setTimestamp(ev.timestamp())
        self._run.append(_Held(target, copy, text))
        self._last_ts = now
        if self.suffix and self._run_text().endswith(self.suffix) and self._looks_like_scan():
            self._emit_scan(now)
            return True
        self._arm(END_GAP_MS if self._looks_like_scan() else HOLD_MS)
        return True

    def _arm(self, ms: int, *, settling: bool = False) -> None:
        self._settles = self._settles + 1 if settling else 0
        self._due = time.monotonic() * 1000.0 + ms
        self._timer.start(ms)

    # ---- outcomes ---------------------------------------------------------------------------------
    def _emit_scan(self, now: float) -> None:
        run = self._run[:]
        self._reset()
        self._scan_end_ts = now
        text = "".join(h.text for h in run)
        start = text.find(self.prefix) if self.prefix else -1
        if start > 0 and self._code_length(text[start:]) >= MIN_SCAN_LENGTH:
            # a character typed just before a prefixed burst is the person's, not the scan's
            length = 0
            for i, held in enumerate(run):
                if length == start:
                    self._replay(run[:i])
                    run = run[i:]
                    break
                length += len(held.text)
        self.field.scanned.emit("".join(h.text for h in run))

    def _quiet(self) -> None:
        """No key for a while (real time). If the timer fired late, the UI thread was busy and the rest
        of a burst may still be queued (on X11 queued keys are delivered after overdue timers): give
        them a moment on a free thread. Otherwise look once more after what is queued now, and decide
        only if no key came."""
        if time.monotonic() * 1000.0 - self._due > SETTLE_MS / 2 and self._settles < 5:
            self._arm(SETTLE_MS, settling=True)
            return
        seen = self._seen
        QTimer.singleShot(0, self, lambda: self._decide_quiet(seen))

    def _decide_quiet(self, seen: int) -> None:
        if seen != self._seen or not self._run:
            return
        if self.prefix and self._run_text().startswith(self.prefix) and self._looks_like_scan():
            self._emit_scan(self._last_ts or 0.0)  # a prefixed scanner that sends no ending
        else:
            self._release()

    def _reset(self) -> None:
        self._timer.stop()
        self._run = []
        self._last_ts = None

    def _release(self) -> None:
        """Not a scan: hand the held keys to the widgets they were typed into, in order."""
        run = self._run
        self._reset()
        self._replay(run)

    def _replay(self, run: list[_Held]) -> None:
        if not run:
            return
        self._replaying = True
        try:
            for held in run:
                if not shiboken6.isValid(held.widget):
                    continue
                QApplication.sendEvent(held.widget, held.event)
                release = QKeyEvent(QEvent.Type.KeyRelease, held.event.key(), held.event.modifiers(), held.text)
                release.setTimestamp(held.event.timestamp())
                QApplication.sendEvent(held.widget, release)
        finally:
            self._replaying = False
