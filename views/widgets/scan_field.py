"""The scan field: keeps focus, takes a scanner's burst of keys, and catches bursts typed elsewhere.

USB scanners type about one character a millisecond and end with Enter, Tab or CR+LF. People
type tens of milliseconds apart. ``ScanCatcher`` watches every key on its page: a key typed into
some other field is held back for a few milliseconds; if more keys follow faster than a person
types and end with Enter or Tab, the burst is a scan and goes to the scan field's ``scanned``
signal instead of the wrong field. Otherwise the held keys are handed on as typed. Gaps are
measured on the events' own timestamps, so a busy UI thread (which delivers queued keys all at
once) does not turn a person's typing into a scan, nor a scan into typing.

Signals:
    scanned(str): the raw text of one scan, in the order scans were read.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

BURST_GAP_MS = 30  # a scanner's keys come closer than this; a person's do not
MIN_SCAN_LENGTH = 3
_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


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


class ScanCatcher(QObject):
    """Routes bursts typed anywhere on ``page`` to ``field``.

    It watches the whole application only while the page is shown: it follows the page's show and
    hide events itself, so a page just creates one and keeps it.
    """

    def __init__(self, field: ScanField, page: QWidget) -> None:
        super().__init__(field)
        self.field = field
        self.page = page
        self._watching = False
        page.installEventFilter(self)
        if page.isVisible():
            self._watch(True)
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._text = ""
        self._last_ts: float | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release)

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

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.page and ev.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._watch(ev.type() == QEvent.Type.Show)
            return False
        if self._replaying or ev.type() != QEvent.Type.KeyPress or not isinstance(ev, QKeyEvent):
            return False
        target = QApplication.focusWidget()
        if target is None or target is self.field or not self.page.isVisible() or not self.page.isAncestorOf(target):
            return False
        if not isinstance(obj, QWidget) or obj is not target:
            return False  # the same key passes several filters: act once, on the focus widget
        now = self._stamp(ev)
        gap = None if self._last_ts is None else now - self._last_ts
        if ev.key() in _END_KEYS:
            if self._held and gap is not None and gap <= BURST_GAP_MS * 4 and len(self._text) >= MIN_SCAN_LENGTH:
                text = self._text
                self._reset()
                self.field.scanned.emit(text)
                return True
            self._release()
            return False
        text = ev.text()
        if not text or not text.isprintable() or ev.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._release()
            return False
        if self._held and gap is not None and gap > BURST_GAP_MS:
            self._release()
        self._held.append((target, QKeyEvent(ev.type(), ev.key(), ev.modifiers(), ev.text(), ev.isAutoRepeat(),
                                             ev.count())))
        self._text += text
        self._last_ts = now
        self._timer.start(BURST_GAP_MS * 2)
        return True

    def _reset(self) -> None:
        self._timer.stop()
        self._held.clear()
        self._text = ""
        self._last_ts = None

    def _release(self) -> None:
        """Not a scan: hand the held keys to the widgets they were typed into, in order."""
        held = self._held[:]
        self._reset()
        if not held:
            return
        self._replaying = True
        try:
            for widget, key in held:
                QApplication.sendEvent(widget, key)
                release = QKeyEvent(QEvent.Type.KeyRelease, key.key(), key.modifiers(), key.text())
                QApplication.sendEvent(widget, release)
        finally:
            self._replaying = False
