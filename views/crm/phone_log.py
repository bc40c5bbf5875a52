"""The phone log tab of the appointment page (来电登记): the receptionist notes each call in a line
of fields (Return saves); calls put through but not answered wait in the upper list until the
answer is noted (select, write the answer, Return)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.crm.appointments import chosen, table


class PhoneLogPanel(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.caller = QLineEdit()
        self.caller.setObjectName("caller")
        self.caller.setPlaceholderText(self.tr("Name"))
        self.caller_phone = QLineEdit()
        self.caller_phone.setObjectName("caller_phone")
        self.caller_phone.setPlaceholderText(self.tr("Number"))
        self.for_whom = QLineEdit()
        self.for_whom.setObjectName("for_whom")
        self.transferred = QLineEdit()
        self.transferred.setObjectName("transferred_to")
        self.topic = QLineEdit()
        self.topic.setObjectName("topic")
        self.answered_now = QCheckBox(self.tr("Dealt with at once"))
        self.answered_now.setObjectName("answered_now")
        self.log_button = QPushButton(self.tr("Note the call"))
        self.log_button.setObjectName("log_call")
        self.log_button.setEnabled(vm.can_log)
        who = QHBoxLayout()
        who.addWidget(self.caller, 2)
        who.addWidget(self.caller_phone, 1)
        form = QFormLayout()
        form.addRow(self.tr("Caller"), who)
        form.addRow(self.tr("For"), self.for_whom)
        form.addRow(self.tr("Put through to"), self.transferred)
        form.addRow(self.tr("About"), self.topic)
        row = QHBoxLayout()
        row.addWidget(self.answered_now)
        row.addStretch(1)
        row.addWidget(self.log_button)
        form.addRow(row)

        self.open_table = table(vm.open_calls, "open_calls")
        self.answer = QLineEdit()
        self.answer.setObjectName("answer")
        self.answer.setPlaceholderText(self.tr("The answer the caller was given"))
        self.answer_button = QPushButton(self.tr("Answered"))
        self.answer_button.setObjectName("answer_call")
        self.answer_button.setEnabled(vm.can_log)
        ans = QHBoxLayout()
        ans.addWidget(self.answer, 1)
        ans.addWidget(self.answer_button)
        self.today_table = table(vm.today, "today_calls")
        self.error = QLabel()
        self.error.setObjectName("phone_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Waiting for an answer")))
        layout.addWidget(self.open_table, 1)
        layout.addLayout(ans)
        layout.addWidget(QLabel(self.tr("Today's calls")))
        layout.addWidget(self.today_table, 1)
        layout.addWidget(self.error)

        for field in (self.caller, self.caller_phone, self.for_whom, self.transferred, self.topic):
            field.returnPressed.connect(self._log)
        self.log_button.clicked.connect(self._log)
        self.answer.returnPressed.connect(self._answer)
        self.answer_button.clicked.connect(self._answer)
        vm.errorChanged.connect(self.error.setText)
        vm.logged.connect(self._clear)
        vm.refresh()

    def _log(self) -> None:
        self.vm.log(self.caller.text(), self.caller_phone.text(), self.for_whom.text(), self.transferred.text(),
                    self.topic.text(), self.answered_now.isChecked())

    def _answer(self) -> None:
        entry = chosen(self.open_table)
        if entry is None:
            self.error.setText(self.tr("Choose the call that was answered."))
            return
        self.vm.answer(entry, self.answer.text())

    def _clear(self, entry) -> None:
        if entry.status == "answered" and self.answer.text():
            self.answer.clear()
            return
        for field in (self.caller, self.caller_phone, self.for_whom, self.transferred, self.topic):
            field.clear()
        self.answered_now.setChecked(False)
        self.caller.setFocus()
