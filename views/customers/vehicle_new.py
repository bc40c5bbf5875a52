"""Adding a vehicle: VIN with its check character, an override with a reason for imported cars."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from views.customers.vehicle import WARNING_STYLE, show_warning


class VehicleDialog(QDialog):
    """Signals:
        saved_id(int): the vehicle was saved.
    """

    saved_id = Signal(int)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("Add vehicle"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        rows = [
            ("vin", self.tr("&VIN")), ("vin_override_reason", self.tr("Reason to accept a failing VIN check")),
            ("plate", self.tr("&Plate")), ("brand", self.tr("Brand")), ("model", self.tr("Model")),
            ("model_year", self.tr("Model year")), ("colour", self.tr("Colour")),
            ("engine_number", self.tr("Engine number")), ("purchase_date", self.tr("Invoice date (2024-03-31)")),
            ("delivery_date", self.tr("Delivery date")), ("insurer", self.tr("Insurer")),
            ("insurance_expiry", self.tr("Insurance expiry")), ("inspection_due", self.tr("Annual inspection due")),
            ("odometer_km", self.tr("Odometer (km)")),
        ]
        for name, label in rows:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.plate_hint = QLabel()
        self.plate_hint.setObjectName("plateHint")
        self.plate_hint.setWordWrap(True)
        self.plate_hint.setStyleSheet(WARNING_STYLE)
        self.plate_hint.hide()
        form.insertRow(form.getWidgetPosition(self.fields["plate"])[0] + 1, "", self.plate_hint)
        self.fields["plate"].textChanged.connect(lambda text: show_warning(self.plate_hint, vm.plate_hint(text)))
        self.reason_label = form.labelForField(self.fields["vin_override_reason"])
        self._show_reason(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: vm.save(self.values(), False))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        vm.saved.connect(self._saved)
        vm.errorChanged.connect(self._error)
        vm.vinCheckFailed.connect(self._vin_check)
        vm.duplicatesFound.connect(self._duplicates)
        self.fields["vin"].setFocus()

    def _show_reason(self, shown: bool) -> None:
        self.fields["vin_override_reason"].setVisible(shown)
        if self.reason_label is not None:
            self.reason_label.setVisible(shown)

    def values(self) -> dict:
        return {name: edit.text() for name, edit in self.fields.items()}

    def _saved(self, vehicle_id: int) -> None:
        self.saved_id.emit(vehicle_id)
        self.accept()

    def _error(self, message: str, field: str) -> None:
        self.error.setText(message)
        if field in self.fields:
            self.fields[field].setFocus()

    def _vin_check(self, message: str) -> None:
        self.error.setText(message)
        self._show_reason(True)
        self.fields["vin_override_reason"].setFocus()

    def _duplicates(self, message: str) -> None:
        answer = QMessageBox.question(self, self.tr("Plate on file"), message + "\n\n" + self.tr("Save anyway?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.vm.save(self.values(), True)
