"""Other charges and added work: the other-charge row of the form, the customer's answer to added
work, and cancelling a card with a reason."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00000;"


class OtherChargeRow(QWidget):
    """Diagnosis, inspection, outside work, towing: kind, a description, the amount, Enter adds it."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.kind = QComboBox()
        self.kind.setObjectName("other_kind")
        for key, name in vm.other_kinds():
            self.kind.addItem(name, key)
        self.name = QLineEdit()
        self.name.setObjectName("other_name")
        self.name.setPlaceholderText(self.tr("Other charge: what it is (e.g. towing from Jiading)"))
        self.amount = QLineEdit()
        self.amount.setObjectName("other_amount")
        self.amount.setPlaceholderText(self.tr("amount ¥"))
        self.amount.setMaximumWidth(100)
        self.add_button = QPushButton(self.tr("Add charge"))
        self.add_button.setObjectName("add_other")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.name, self.amount, self.add_button):
            layout.addWidget(w)
        layout.setStretchFactor(self.name, 1)
        self.amount.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self._adding = False
        vm.cardChanged.connect(self._card)
        vm.errorChanged.connect(self._error)

    def add(self) -> None:
        if not self.amount.text().strip():
            self.vm.errorChanged.emit(self.tr("Enter the amount of the charge."))
            self.amount.setFocus()
            return
        self._adding = True
        self.vm.add_other(self.kind.currentData(), self.amount.text(), self.name.text())

    def _card(self, _card) -> None:
        if self._adding:  # the charge was added: clear the row for the next one
            self._adding = False
            self.name.clear()
            self.amount.clear()

    def _error(self, message: str) -> None:
        if message:
            self._adding = False  # refused: keep what was typed so it can be corrected


class AddedWorkDialog(QDialog):
    """The customer's answer to added work: which lines, approved or declined, how and when.

    Signals:
        refused(str): the service refused; the message is shown in the dialog.
    """

    refused = Signal(str)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(self.tr("Customer's answer to added work"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Added work awaiting the customer's approval:")))
        self.lines = QListWidget()
        self.lines.setObjectName("pending")
        for ln in vm.pending_lines():
            item = QListWidgetItem(f"{ln.code}  {ln.name}  ¥{ln.amount:,.2f}  ({vm.payer_name(ln.payer)})")
            item.setData(Qt.ItemDataRole.UserRole, ln.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        layout.addWidget(self.lines)
        total = sum((ln.amount for ln in vm.pending_lines()), start=0)
        layout.addWidget(QLabel(self.tr("Together ¥{amount}").format(amount=f"{total:,.2f}")))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for key, name in vm.approval_channels():
            self.channel.addItem(name, key)
        self.at = QDateTimeEdit(QDateTime(vm.now_local()))
        self.at.setObjectName("at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("How the customer answered"), self.channel)
        form.addRow(self.tr("When"), self.at)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton(self.tr("Customer approves"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approve")
        self.decline_button = self.buttons.addButton(self.tr("Customer declines"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.decline_button.setObjectName("decline")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.decline_button.clicked.connect(lambda: self.answer(False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.lines.count():
            self.error.setText(self.tr("No added work awaits the customer's approval."))
            self.approve_button.setEnabled(False)
            self.decline_button.setEnabled(False)

    def checked_ids(self) -> list[int]:
        return [self.lines.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lines.count())
                if self.lines.item(i).checkState() == Qt.CheckState.Checked]

    def answer(self, approved: bool) -> None:
        ids = self.checked_ids()
        if not ids:
            self.error.setText(self.tr("Tick the lines the customer answered."))
            return
        self.buttons.setEnabled(False)
        self.vm.decide_added_work(ids, approved, self.channel.currentData(), self.at.dateTime().toPython(),
                                  on_done=lambda _card: self.accept(), on_failed=self._refused)

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.refused.emit(message)


class CancelDialog(QDialog):
    """Cancel the card with a reason. The service refuses once work has started; the dialog says so.

    Signals:
        refused(str)
    """

    refused = Signal(str)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        card = vm.card
        self.setWindowTitle(self.tr("Cancel job card"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cancel job card {number} ({plate})? The card stays on file, marked "
                                        "cancelled.").format(number=card.number, plate=card.plate)))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why (the customer decided not to repair, ...)"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the card"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Give the reason for cancelling."))
            return
        self.buttons.setEnabled(False)
        self.vm.cancel(self.reason.text(), on_done=lambda _card: self.accept(), on_failed=self._refused)

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.refused.emit(message)
