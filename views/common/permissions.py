"""Showing what a person may not do before they try: read-only fields, disabled or absent buttons,
and a tooltip in words saying why (the viewmodel's ``Rights.why_not``)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_OWN_TIP = "permissionOwnToolTip"  # the widget's own tooltip, shown again when it is allowed


def apply_right(widgets, allowed: bool, why: str, *, hide: bool = False) -> None:
    """Narrow ``widgets`` to what is allowed. Text fields become read-only (their text stays
    readable and copyable), other widgets disabled, or hidden with ``hide``; ``why`` becomes the
    tooltip. Allowed widgets get their own tooltip back; their enabled state is left to the
    caller (the card's lifecycle may still disable them), so call this after setting it."""
    for w in widgets:
        w: QWidget
        if w.property(_OWN_TIP) is None:
            w.setProperty(_OWN_TIP, w.toolTip())
        w.setToolTip(w.property(_OWN_TIP) if allowed else why)
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            w.setReadOnly(not allowed)
        elif hide:
            w.setVisible(allowed)
        elif not allowed:
            w.setEnabled(False)
