"""The customer form: a person or a company account, contacts and drivers, tags, car club."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewmodels.customers.contacts import ContactsModel, relation_choices
from views.customers.contacts import ContactsEditor


class CustomerEditDialog(QDialog):
    """Signals:
        saved_id(int): the customer was saved.
    """

    saved_id = Signal(int)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("New customer") if vm.customer is None else self.tr("Edit customer"))
        self.fields: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        form = QFormLayout()
        kind = QComboBox()
        kind.addItem(self.tr("Person"), "person")
        kind.addItem(self.tr("Company"), "company")
        billing = QComboBox()
        billing.addItem(self.tr("Cash"), "cash")
        billing.addItem(self.tr("Monthly statement"), "monthly")
        self.fields.update(kind=kind, billing_terms=billing)
        rows = [
            ("kind", self.tr("Type")), ("name", self.tr("&Name")), ("mobile", self.tr("&Mobile")),
            ("other_phone", self.tr("Other phone")), ("address", self.tr("Address")),
            ("birthday", self.tr("Birthday (2024-03-31)")), ("tags", self.tr("Tags")), ("source", self.tr("Source")),
            ("credit_code", self.tr("Unified social credit code")), ("invoice_title", self.tr("Invoice title")),
            ("billing_terms", self.tr("Billing")), ("statement_day", self.tr("Statement day")),
            ("credit_limit", self.tr("Credit limit (yuan)")), ("contacts", self.tr("Contacts and drivers")),
            ("notes", self.tr("Notes")),
        ]
        values = vm.values()
        self.contacts_model = ContactsModel(values.get("contacts") or (), parent=self)
        self.contacts = ContactsEditor(self.contacts_model, relation_choices())
        self.contacts.setObjectName("contacts")
        form_extra = {"contacts": self.contacts}
        for name, label in rows:
            if name in form_extra:
                form.addRow(label, form_extra[name])
                continue
            widget = self.fields.get(name)
            if widget is None:
                widget = QPlainTextEdit() if name == "notes" else QLineEdit()
                if isinstance(widget, QPlainTextEdit):
                    widget.setFixedHeight(60)
                    widget.setTabChangesFocus(True)
                self.fields[name] = widget
            self._set(widget, values.get(name, ""))
            widget.setObjectName(name)
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.vm.save(self.values(), False))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        vm.saved.connect(self._saved)
        vm.errorChanged.connect(self._error)
        vm.duplicatesFound.connect(self._duplicates)
        self.fields["name"].setFocus()

    @staticmethod
    def _set(widget, value) -> None:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(value or "")

    def values(self) -> dict:
        out = {}
        for name, w in self.fields.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            else:
                out[name] = w.text()
        out["contacts"] = self.contacts_model.contacts()
        return out

    def _saved(self, customer_id: int) -> None:
        self.saved_id.emit(customer_id)
        self.accept()

    def _error(self, message: str, field: str) -> None:
        self.error.setText(message)
        widget = self.contacts if field == "contacts" else self.fields.get({"phone": "mobile"}.get(field, field))
        if widget is not None:
            widget.setFocus()

    def _duplicates(self, message: str) -> None:
        answer = QMessageBox.question(self, self.tr("Possible duplicate"),
                                      message + "\n\n" + self.tr("Save as a new customer anyway?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.vm.save(self.values(), True)
