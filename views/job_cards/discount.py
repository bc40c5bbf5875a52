"""Changing a line's discount after it was added, with a supervisor's approval above the user's limit.

Within the user's limit the discount is saved at once. Above it a small approval dialog asks a
supervisor for their user name and password, typed at this PC; the service checks them and logs
who approved. A refusal (wrong password, a supervisor whose own limit is lower, ...) is shown in
the dialog that caused it, which stays open for another try; once the card was settled meanwhile (on
another PC) the dialog keeps the message and offers no other try.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00000;"



def show_whole(dialog: QWidget, label: QLabel, message: str) -> None:
    """Put ``message`` in the dialog's word-wrapped ``label`` and let the dialog grow to show all of it (a
    window does not grow by itself for a label's new height: a long refusal was cut off after two lines)."""
    label.setText(message)
    dialog.adjustSize()

class SupervisorApprovalDialog(QDialog):
    """A supervisor's user name and password for a discount above the advisor's limit.

    Signals:
        submitted(str, str): user name and password, to be checked by the service.
    """

    submitted = Signal(str, str)

    def __init__(self, discount: str, limit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor's approval"))
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr("A discount of {discount} is above your limit of {limit}. A supervisor approves it "
                                 "with their user name and password; the approval is logged.")
                         .format(discount=discount, limit=limit))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.username = QLineEdit()
        self.username.setObjectName("approver")
        self.password = QLineEdit()
        self.password.setObjectName("approver_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.returnPressed.connect(self._submit)
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("Enter the supervisor's user name and password."))
            return
        self.error.setText("")
        self.buttons.setEnabled(False)
        self.submitted.emit(self.username.text().strip(), self.password.text())

    def refuse(self, message: str) -> None:
        """The service said no: show why, clear the password, let them try again."""
        show_whole(self, self.error, message)
        self.password.clear()
        self.password.setFocus()
        self.buttons.setEnabled(True)


class DiscountDialog(QDialog):
    """The discount of one line, in percent.

    Signals:
        refused(str): the service refused the change; the message is shown in the dialog.
    """

    refused = Signal(str)

    def __init__(self, vm, line, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.line = line
        self.approval: SupervisorApprovalDialog | None = None
        self.setWindowTitle(self.tr("Discount"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{line.code}  {line.name}  ¥{line.gross:,.2f}"))
        self.percent = QLineEdit(f"{(line.discount * 100).normalize():f}" if line.discount else "")
        self.percent.setObjectName("discount")
        self.percent.setPlaceholderText(self.tr("e.g. 10"))
        form = QFormLayout()
        form.addRow(self.tr("Discount %"), self.percent)
        layout.addLayout(form)
        limit = QLabel(self.tr("You may grant up to {limit} yourself; above that a supervisor approves.")
                       .format(limit=vm.limit_text()))
        limit.setWordWrap(True)
        layout.addWidget(limit)
        if line.discount_approved_by:
            layout.addWidget(QLabel(self.tr("Approved by {user}").format(user=line.discount_approved_by)))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.percent.selectAll()
        self.percent.setFocus()
        vm.cardChanged.connect(self._card_changed)

    def _card_changed(self, card) -> None:
        """The card as stored now: settled on another PC meanwhile, no discount applies any more (the
        refusal stays shown; Cancel closes the dialog)."""
        if card is not None and "edit_lines" not in self.vm.allowed_actions:
            self.percent.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def submit(self) -> None:
        text = self.percent.text()
        if self.vm.needs_approval(text):
            self.approval = SupervisorApprovalDialog(f"{text.strip().rstrip('%')}%", self.vm.limit_text(), self)
            self.approval.submitted.connect(self._approved)
            self.approval.setModal(True)
            self.approval.open()
            return
        self.buttons.setEnabled(False)
        self.vm.set_discount(self.line.id, text, on_done=self._saved, on_failed=self._refused)

    def _approved(self, username: str, password: str) -> None:
        self.vm.set_discount(self.line.id, self.percent.text(), approval=self.vm.approval(username, password),
                             on_done=self._saved, on_failed=self._refused)

    def _saved(self, _card) -> None:
        if self.approval is not None:
            self.approval.accept()
        self.accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        if self.approval is not None and self.approval.isVisible():
            self.approval.refuse(message)
        else:
            show_whole(self, self.error, message)
        self.refused.emit(message)
