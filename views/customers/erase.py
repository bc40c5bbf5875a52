"""Erasing a customer's personal data on request: what goes, what stays, why, and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ErasureDialog(QDialog):
    """Signals:
        erased_id(int): the customer whose personal data was erased.
    """

    erased_id = Signal(int)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        name = vm.customer.name
        self.setWindowTitle(self.tr("Erase personal data of {name}").format(name=name))
        self.resize(560, 300)
        intro = QLabel(self.tr(
            "On the customer's request, {name}'s name, phone numbers, address, codes, contacts and drivers are "
            "replaced by placeholders, here and on job cards, statements and appointments. The vehicles and the "
            "settled repair history stay (the repair file is kept 6 years) but no longer name the person. "
            "This cannot be undone.").format(name=name))
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("erasureReason")
        self.reason.setPlaceholderText(self.tr("Why: the customer's request, its date and how it was made"))
        self.confirm = QCheckBox(self.tr("I have checked the person's identity and their request"))
        self.confirm.setObjectName("erasureConfirm")
        self.error = QLabel()
        self.error.setObjectName("erasureError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("&Erase personal data"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        buttons.accepted.connect(lambda: vm.erase(self.reason.text()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, self.reason, self.confirm, self.error, buttons):
            lay.addWidget(w)
        self.reason.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        vm.erased.connect(self._erased)
        vm.errorChanged.connect(self.error.setText)
        self.reason.setFocus()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirm.isChecked() and bool(self.reason.text().strip()))

    def _erased(self, customer_id: int) -> None:
        self.erased_id.emit(customer_id)
        self.accept()
