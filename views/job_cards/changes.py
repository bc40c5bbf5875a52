"""Changes of an opened card that need a reason: another promised time, a ready car reopened, a parts
line the store does not supply (the customer's own part, or not needed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00000;"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def datetime_edit(value: datetime | None) -> QDateTimeEdit:
    """A date-and-time field in the station's local time, to the minute, with a calendar."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    if value is not None:
        edit.setDateTime(QDateTime(value))
    return edit


class ReasonDialog(QDialog):
    """Asks why (and, for the promised time, the new time), then hands both to ``submit``, which calls
    the viewmodel with ``on_done``/``on_failed``; a refusal is shown in the dialog, which stays open.

    Signals:
        refused(str)
    """

    refused = Signal(str)

    def __init__(self, title: str, text: str, ok_text: str, placeholder: str,
                 submit: Callable[..., None], *, when: datetime | None = None, with_time: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.when = datetime_edit(when) if with_time else None
        if self.when is not None:
            self.when.setObjectName("when")
            form.addRow(self.tr("Promised time"), self.when)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(placeholder)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.when or self.reason).setFocus()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Say why."))
            self.reason.setFocus()
            return
        self.buttons.setEnabled(False)
        args = (self.when.dateTime().toPython(),) if self.when is not None else ()
        self._submit(*args, self.reason.text(), on_done=lambda _card: self.accept(), on_failed=self._refused)

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.refused.emit(message)
