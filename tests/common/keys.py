"""Keyboards for GUI tests: a USB HID barcode scanner and a person, sending the QKeyEvents a real one sends.

Every event carries a timestamp from a ``KeyClock`` the test controls, so the timing the scan catcher
judges by is exactly the timing the test describes (no real time, no sleeps).

A HID scanner is a keyboard: for a capital letter it presses Shift, presses and releases the letter,
releases Shift, each a millisecond or so apart, and ends the code with Enter (or Tab). With CapsLock on
it sends capitals without Shift (and lowercase with Shift); some models press CapsLock themselves
around the code. With a Chinese input method in full-width mode, the characters arrive full-width
(``Ｍ６３``) on the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

_SHIFTED = set('~!@#$%^&*()_+{}|:"<>?')
NO_MODS = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def full_width(text: str) -> str:
    """What an IME in full-width mode types for ASCII text (the scanner's ``M63H`` becomes ``Ｍ６３Ｈ``)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def key_of(ch: str) -> int:
    """Qt's key code for the key that types ``ch`` (for ASCII it is the upper-case character's code)."""
    half = ch
    if "\uff01" <= ch <= "\uff5e":
        half = chr(ord(ch) - 0xFEE0)
    elif ch == "\u3000":
        half = " "
    return ord(half.upper()) if half.isascii() else int(Qt.Key.Key_unknown)


@dataclass
class KeyClock:
    """The keyboard's clock in milliseconds, as it stamps its events."""

    now: int = 100_000

    def advance(self, ms: int) -> int:
        self.now += ms
        return self.now


def send_key(widget, kind: QEvent.Type, key: int, mods, text: str, ts: int, autorep: bool = False) -> bool:
    ev = QKeyEvent(kind, key, mods, text, autorep)
    ev.setTimestamp(ts)
    QApplication.sendEvent(widget, ev)
    return ev.isAccepted()


def focus_widget(fallback):
    """Keys go where the keyboard focus is, as on a real screen; a test names the widget it expects."""
    return QApplication.focusWidget() or fallback


@dataclass
class HidScanner:
    """A USB barcode scanner in keyboard mode.

    ``event_ms`` is the time between two of its key events (press or release, Shift included);
    ``caps_lock`` means the PC's CapsLock is on and the scanner knows it (capitals without Shift);
    ``toggles_caps`` means the scanner presses CapsLock itself before and after the code;
    ``full_width`` means a Chinese IME in full-width mode turns each character full-width.
    """

    clock: KeyClock
    event_ms: int = 1
    caps_lock: bool = False
    toggles_caps: bool = False
    full_width: bool = False
    end_key: int = int(Qt.Key.Key_Return)
    sent: list[str] = field(default_factory=list)

    def _event(self, widget, kind, key, mods, text="") -> None:
        send_key(widget, kind, key, mods, text, self.clock.now)
        self.clock.advance(self.event_ms)

    def _tap(self, widget, key, mods, text="") -> None:
        self._event(widget, QEvent.Type.KeyPress, key, mods, text)
        self._event(widget, QEvent.Type.KeyRelease, key, mods, text)

    def scan(self, widget, code: str) -> None:
        """Read ``code``: its keys go to ``widget`` (the focus widget, as on a real screen)."""
        self.sent.append(code)
        caps = self.caps_lock
        if self.toggles_caps and not caps:
            self._tap(widget, int(Qt.Key.Key_CapsLock), NO_MODS)
            caps = True
        for ch in code:
            shift = (ch.isupper() != caps) if ch.isalpha() else ch in _SHIFTED
            text = full_width(ch) if self.full_width else ch
            if shift:
                self._event(widget, QEvent.Type.KeyPress, int(Qt.Key.Key_Shift), SHIFT)
            self._tap(widget, key_of(ch), SHIFT if shift else NO_MODS, text)
            if shift:
                self._event(widget, QEvent.Type.KeyRelease, int(Qt.Key.Key_Shift), NO_MODS)
        if self.toggles_caps and not self.caps_lock:
            self._tap(widget, int(Qt.Key.Key_CapsLock), NO_MODS)
        end_text = "\t" if self.end_key == int(Qt.Key.Key_Tab) else "\r"
        self._tap(widget, self.end_key, NO_MODS, end_text)


@dataclass
class Person:
    """Someone typing at a keyboard: ``gap_ms`` between keys (50 ms or more: a fast typist), Shift pressed
    15 ms before a capital, each key released 25 ms after it went down; Chinese committed by the IME."""

    clock: KeyClock
    gap_ms: int = 150

    def type(self, widget, text: str, gaps: list[int] | None = None) -> None:
        for i, ch in enumerate(text):
            self.clock.advance(gaps[i] if gaps else self.gap_ms)
            if not ch.isascii():  # committed by the input method (pinyin → 汉字), not a key of its own
                ev = QInputMethodEvent()
                ev.setCommitString(ch)
                QApplication.sendEvent(widget, ev)
                continue
            shift = ch.isupper() or ch in _SHIFTED
            ts = self.clock.now
            if shift:
                send_key(widget, QEvent.Type.KeyPress, int(Qt.Key.Key_Shift), SHIFT, "", ts - 15)
            send_key(widget, QEvent.Type.KeyPress, key_of(ch), SHIFT if shift else NO_MODS, ch, ts)
            send_key(widget, QEvent.Type.KeyRelease, key_of(ch), SHIFT if shift else NO_MODS, ch, ts + 25)
            if shift:
                send_key(widget, QEvent.Type.KeyRelease, int(Qt.Key.Key_Shift), NO_MODS, "", ts + 30)
