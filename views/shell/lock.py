"""The idle lock: covers the window until the signed-in person types their password again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockPanel(QWidget):
    def __init__(self, lock_vm, display_name: str, parent=None) -> None:
        super().__init__(parent)
        self.vm = lock_vm
        self.setObjectName("lockPanel")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Locked after a period without use"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        title.setFont(f)
        who = QLabel(self.tr("Signed in: {name}. Enter your password to continue.").format(name=display_name))
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(280)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(420)
        button = QPushButton(self.tr("Unlock"))
        # another person may use the PC (the locked account may be locked out after wrong passwords)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("lockSignOut")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        for w in (title, who, self.password, button, self.message, self.sign_out_button):
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        lock_vm.errorChanged.connect(self.message.setText)

    def _unlock(self) -> None:
        self.vm.unlock(self.password.text())
        self.password.clear()
