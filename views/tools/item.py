"""An item of the ledger: its details (editable by the keeper), history, calibration records, state."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.common.permissions import apply_right
from views.tools.desk import fixed_table


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


class OptionalDate(QDateEdit):
    """A date that may be empty (the minimum date stands for "none")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setSpecialValueText("—")
        self.setDate(self.minimumDate())

    def value(self):
        return None if self.date() == self.minimumDate() else self.date().toPython()

    def set_value(self, d) -> None:
        self.setDate(_qdate(d) if d else self.minimumDate())


class ItemDialog(QDialog):
    """Opened with ``ItemDetail`` (or None for a new item); saves through the viewmodel."""

    def __init__(self, vm, detail=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.detail = detail
        self.setWindowTitle(self.tr("Tool or document") if detail is None else
                            f"{detail.item.item_number} {detail.item.name}")
        self.resize(860, 600)
        lay = QVBoxLayout(self)
        self.header = QLabel()
        lay.addWidget(self.header)
        tabs = QTabWidget()
        lay.addWidget(tabs, 1)

        # details
        form_page = QWidget()
        form = QFormLayout(form_page)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, name in vm.kinds():
            self.kind.addItem(name, code)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("assigned when empty"))
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText(self.tr("the item number when empty"))
        self.spec = QLineEdit()
        self.brand = QLineEdit()
        self.models = QLineEdit()
        self.location = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 9999)
        self.purchase_date = OptionalDate()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0.00")
        self.interval = QSpinBox()
        self.interval.setRange(0, 3650)
        self.interval.setSpecialValueText(self.tr("none"))
        self.next_due = OptionalDate()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for label, w in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind),
                         (self.tr("Item no."), self.number), (self.tr("Asset barcode"), self.barcode),
                         (self.tr("Specification"), self.spec), (self.tr("Brand"), self.brand),
                         (self.tr("Models served"), self.models), (self.tr("Location"), self.location),
                         (self.tr("Pieces in the set"), self.quantity), (self.tr("Purchase date"), self.purchase_date),
                         (self.tr("Purchase cost (¥)"), self.cost),
                         (self.tr("Calibration / maintenance every (days)"), self.interval),
                         (self.tr("Next due"), self.next_due), (self.tr("Notes"), self.notes)):
            form.addRow(label, w)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        apply_right([self.save_button], vm.can_edit, vm.why_not("edit"))
        form.addRow("", self.save_button)
        tabs.addTab(form_page, self.tr("Details"))

        # history
        self.history = fixed_table(vm.history_model)
        tabs.addTab(self.history, self.tr("History"))

        # calibration
        cal_page = QWidget()
        cal_lay = QVBoxLayout(cal_page)
        cal_lay.addWidget(fixed_table(vm.calibration_model), 1)
        box = QGroupBox(self.tr("Record a calibration, maintenance or repair"))
        cal_form = QFormLayout(box)
        self.cal_kind = QComboBox()
        for code, name in vm.calibration_kinds():
            self.cal_kind.addItem(name, code)
        self.cal_date = QDateEdit()
        self.cal_date.setCalendarPopup(True)
        self.cal_date.setDisplayFormat("yyyy-MM-dd")
        self.cal_date.setDate(_qdate(vm.service.clock.today()))
        self.cal_provider = QLineEdit()
        self.cal_certificate = QLineEdit()
        self.cal_result = QComboBox()
        for code, name in vm.results():
            self.cal_result.addItem(name, code)
        self.cal_cost = QLineEdit()
        self.cal_note = QLineEdit()
        self.cal_button = QPushButton(self.tr("Record"))
        self.cal_button.setEnabled(detail is not None)
        apply_right([self.cal_button], vm.can_edit, vm.why_not("edit"))
        for label, w in ((self.tr("Kind"), self.cal_kind), (self.tr("Date"), self.cal_date),
                         (self.tr("Provider"), self.cal_provider), (self.tr("Certificate no."), self.cal_certificate),
                         (self.tr("Result"), self.cal_result), (self.tr("Cost (¥)"), self.cal_cost),
                         (self.tr("Note"), self.cal_note)):
            cal_form.addRow(label, w)
        cal_form.addRow("", self.cal_button)
        cal_lay.addWidget(box)
        tabs.addTab(cal_page, self.tr("Calibration and maintenance"))

        # state
        state_page = QWidget()
        st = QFormLayout(state_page)
        self.state = QComboBox()
        for code, name in vm.states():
            if code != "on_loan":
                self.state.addItem(name, code)
        self.reason = QLineEdit()
        self.state_button = QPushButton(self.tr("Change state"))
        self.state_button.setEnabled(detail is not None)
        apply_right([self.state_button], vm.can_edit, vm.why_not("edit"))
        st.addRow(self.tr("New state"), self.state)
        st.addRow(self.tr("Reason"), self.reason)
        st.addRow("", self.state_button)
        self.attachments = QLabel()
        self.attachments.setWordWrap(True)
        st.addRow(self.tr("Attachments"), self.attachments)
        tabs.addTab(state_page, self.tr("State and attachments"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        self.save_button.clicked.connect(self._save)
        self.cal_button.clicked.connect(self._record)
        self.state_button.clicked.connect(self._change_state)
        vm.itemLoaded.connect(self.show_detail)
        if detail is not None:
            self.show_detail(detail)

    def show_detail(self, detail) -> None:
        self.detail = detail
        i = detail.item
        self.header.setText(self.tr("{number} · {name} · {state}").format(
            number=i.item_number, name=i.name, state=dict(self.vm.states()).get(i.state, i.state))
            + (self.tr(" · with {holder}").format(holder=i.holder) if i.holder else "")
            + (f" · {i.state_reason}" if i.state_reason else ""))
        self.name.setText(i.name)
        self.kind.setCurrentIndex(max(self.kind.findData(i.kind), 0))
        self.number.setText(i.item_number)
        self.barcode.setText(i.barcode)
        self.spec.setText(i.specification)
        self.brand.setText(i.brand)
        self.models.setText(i.models)
        self.location.setText(i.location)
        self.quantity.setValue(i.quantity)
        self.purchase_date.set_value(i.purchase_date)
        self.cost.setText(f"{i.cost:.2f}" if i.cost is not None else "")
        self.interval.setValue(i.calibration_interval_days or 0)
        self.next_due.set_value(i.next_due)
        self.notes.setPlainText(i.notes)
        self.attachments.setText("\n".join(f"{a.file_name} — {a.stored_path or a.blob_ref or ''}"
                                           for a in detail.attachments) or "—")
        self.cal_button.setEnabled(self.vm.can_edit)
        self.state_button.setEnabled(self.vm.can_edit)

    def fields(self) -> dict:
        return {
            "name": self.name.text(), "kind": self.kind.currentData(), "item_number": self.number.text(),
            "barcode": self.barcode.text(), "specification": self.spec.text(), "brand": self.brand.text(),
            "models": self.models.text(), "location": self.location.text(), "quantity": self.quantity.value(),
            "purchase_date": self.purchase_date.value(), "cost": self.cost.text().strip() or None,
            "calibration_interval_days": self.interval.value() or None, "next_due": self.next_due.value(),
            "notes": self.notes.toPlainText(),
        }

    def _save(self) -> None:
        if self.detail is None:
            self.vm.save_item(None, self.fields())
        else:
            self.vm.save_item(self.detail.item.id, self.fields(), self.detail.item.version)

    def _record(self) -> None:
        if self.detail is None:
            return
        self.vm.record_calibration(self.detail.item.id, {
            "kind": self.cal_kind.currentData(), "performed_on": self.cal_date.date().toPython(),
            "provider": self.cal_provider.text(), "certificate_number": self.cal_certificate.text(),
            "result": self.cal_result.currentData(), "cost": self.cal_cost.text().strip() or None,
            "note": self.cal_note.text()})

    def _change_state(self) -> None:
        if self.detail is not None:
            self.vm.set_state(self.detail.item.id, self.state.currentData(), self.reason.text())

