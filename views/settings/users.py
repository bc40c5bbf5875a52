"""The dialog that creates a user or changes their roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)


class UserDialog(QDialog):
    def __init__(self, role_choices: list[tuple[str, str]], *, user=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Roles of {name}").format(
            name=user.display_name))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.name = QLineEdit()
        self.name.setObjectName("newName")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge = QLineEdit()
        self.badge.setObjectName("newBadge")
        form = QFormLayout()
        if user is None:
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Full name"), self.name)
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Badge code"), self.badge)
        box = QGroupBox(self.tr("Roles"))
        grid = QGridLayout(box)
        self.role_boxes: dict[str, QCheckBox] = {}
        current = {r.value for r in user.roles} if user is not None else set()
        for i, (key, label) in enumerate(role_choices):
            cb = QCheckBox(label)
            cb.setObjectName(f"role_{key}")
            cb.setChecked(key in current)
            self.role_boxes[key] = cb
            grid.addWidget(cb, i // 3, i % 3)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(box)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def roles(self) -> list[str]:
        return [k for k, cb in self.role_boxes.items() if cb.isChecked()]
