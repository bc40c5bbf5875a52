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
    QWidget,
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
        self.sign_in_box = QWidget()
        form = QFormLayout(self.sign_in_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        # asked for after a right password when the administrator wants a new one
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_again = QLineEdit()
        self.new_password_again.setObjectName("newPasswordAgain")
        self.new_password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_box = QWidget()
        change = QFormLayout(self.change_box)
        change.setContentsMargins(0, 0, 0, 0)
        notice = QLabel(self.tr("Your administrator asks you to choose a new password: at least 8 characters, "
                                "letters with digits or symbols."))
        notice.setWordWrap(True)
        change.addRow(notice)
        change.addRow(self.tr("New password"), self.new_password)
        change.addRow(self.tr("New password again"), self.new_password_again)
        self.change_box.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.sign_in_box)
        lay.addWidget(self.change_box)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        vm.errorChanged.connect(self._show_error)
        vm.busyChanged.connect(self._busy)
        vm.signedIn.connect(self._signed_in)
        vm.passwordChangeRequired.connect(self._ask_new_password)
        for edit in (self.username, self.password, self.new_password, self.new_password_again):
            edit.installEventFilter(self)
        self.username.setFocus()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt's name)
        # Return in the name field moves on to the password; in the password field it signs in
        if ev.type() == QEvent.Type.KeyPress and ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if obj is self.username and not self.password.text():
                self.password.setFocus()
            elif obj is self.new_password and not self.new_password_again.text():
                self.new_password_again.setFocus()
            else:
                self._submit()
            return True
        return super().eventFilter(obj, ev)

    def _submit(self) -> None:
        if self.vm.changing_password:
            self.vm.change_password(self.new_password.text(), self.new_password_again.text())
        else:
            self.vm.sign_in(self.username.text(), self.password.text())

    def _ask_new_password(self) -> None:
        self.sign_in_box.hide()
        self.change_box.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change and sign in"))
        self.new_password.setFocus()

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        if text and self.vm.changing_password:
            self.new_password.clear()
            self.new_password_again.clear()
            self.new_password.setFocus()
        elif text:
            self.password.clear()
            self.password.setFocus()

    def _signed_in(self, actor) -> None:
        self.actor = actor
        self.accept()
