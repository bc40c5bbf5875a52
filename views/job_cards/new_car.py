"""A car unknown at reception: customer and vehicle made in place, prefilled with what was typed.

A refusal is shown under the field it concerns; the dialog closes once the car is on file, and the
reception form chooses it.
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


class NewCarDialog(QDialog):
    """Signals:
        created(int, str): the new vehicle's id and VIN.
    """

    created = Signal(int, str)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("New customer and car"))
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [("name", self.tr("Customer's name")), ("mobile", self.tr("Mobile")), ("plate", self.tr("Plate")),
                ("vin", self.tr("VIN")), ("brand", self.tr("Brand")), ("model", self.tr("Model"))]
        for name, label in rows:
            edit = QLineEdit(vm.values.get(name, ""))
            edit.setObjectName(name)
            error = QLabel()
            error.setObjectName(f"{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(edit)
            box.addWidget(error)
            self.fields[name] = edit
            self.errors[name] = error
            form.addRow(label, cell)
        self.fields["vin"].setMinimumWidth(self.fields["vin"].fontMetrics().horizontalAdvance("W" * 19))
        self.fields["vin"].setMaxLength(17)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_car")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The car is not on file: enter its owner and the car, then save to receive it.")))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        vm.fieldError.connect(self._field_error)
        vm.busyChanged.connect(lambda busy: self.save_button.setEnabled(not busy))
        vm.created.connect(self._created)
        # the cursor where the advisor goes on: the first empty field
        first = next((e for e in self.fields.values() if not e.text()), self.fields["name"])
        first.setFocus()

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields.items()}

    def save(self) -> None:
        self.vm.save(self.values())

    def _field_error(self, field: str, message: str) -> None:
        for name, label in self.errors.items():
            label.setText(message if name == field else "")
            label.setVisible(name == field and bool(message))
        self.error.setText("" if field in self.errors else message)
        if field in self.fields and message:
            self.fields[field].setFocus()

    def _created(self, vehicle_id: int, vin: str) -> None:
        self.created.emit(vehicle_id, vin)
        self.accept()
