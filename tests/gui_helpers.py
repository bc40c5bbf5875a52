"""Typing as a person does: Latin text key by key, Chinese through the input method (IME)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key clicks, anything else committed by the IME."""
    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)
