"""The cashier's small dialogs: a refund (amount, method, reason, a supervisor's approval) and a deposit
taken on a job card by its number."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class RefundDialog(QDialog):
    """Money given back: never more than was paid; a supervisor approves unless the cashier may."""

    def __init__(self, methods: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund"))
        form = QFormLayout(self)
        self.amount = QLineEdit()
        self.amount.setObjectName("refundAmount")
        self.method = QComboBox()
        for key, name in methods:
            self.method.addItem(name, key)
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.supervisor = QLineEdit()
        self.supervisor.setPlaceholderText(self.tr("Supervisor's user name (if you may not approve)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid back by"), self.method)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Approved by"), self.supervisor)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(_buttons(self))


class DepositDialog(QDialog):
    """A deposit (订金) taken on a job card while the car is with us."""

    def __init__(self, methods: list[tuple[str, str]], card_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deposit"))
        form = QFormLayout(self)
        self.card = QLineEdit(card_number)
        self.card.setObjectName("depositCard")
        self.card.setPlaceholderText("WT…")
        self.method = QComboBox()
        for key, name in methods:
            self.method.addItem(name, key)
        self.amount = QLineEdit()
        self.amount.setObjectName("depositAmount")
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(self.tr("Cash handed over"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Voucher or transaction no."))
        form.addRow(self.tr("Job card"), self.card)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Cash handed over"), self.tendered)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(_buttons(self))
