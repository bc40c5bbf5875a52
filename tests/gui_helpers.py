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


def print_with_purpose(qtbot, button, holder, signal, timeout: int = 15000):
    """Click a print button of a document with personal data and wait for ``signal``; the first print of
    its kind on this PC asks what it is for (``holder.purpose_dialog``): the offered purpose is taken."""
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(signal, timeout=timeout) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = getattr(holder, "purpose_dialog", None)
        if dialog is not None and dialog.isVisible():
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    return blocker
