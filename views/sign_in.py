"""The sign-in dialog: user name, password, a clear message when they are wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class SignInDialog(QDialog):
    def __init__(self, vm, station_name: str, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.actor = None
        self.setWindowTitle(self.tr("ServiceBay — sign in"))
        self.setMinimumWidth(380)
        title = QLabel(station_name)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        title.setFont(f)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        vm.errorChanged.connect(self._show_error)
        vm.busyChanged.connect(self._busy)
        vm.signedIn.connect(self._signed_in)
        self.username.installEventFilter(self)
        self.password.installEventFilter(self)
        self.username.setFocus()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        # Return in the name field moves on to the password; in the password field it signs in
        if ev.type() == QEvent.Type.KeyPress and ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if obj is self.username and not self.password.text():
                self.password.setFocus()
            else:
                self._submit()
            return True
        return super().eventFilter(obj, ev)

    def _submit(self) -> None:
        self.vm.sign_in(self.username.text(), self.password.text())

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        if text:
            self.password.clear()
            self.password.setFocus()

    def _signed_in(self, actor) -> None:
        self.actor = actor
        self.accept()
