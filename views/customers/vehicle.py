"""A vehicle of the customer page: details with its 包修期/三包 periods, plate, owner, odometer.

Each tab is one job a receptionist or advisor does: correct the details, put on a new plate (the
old one stays in the history), pass the car to another owner, write down the mileage.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

WARNING_STYLE = "background: #fff4ce; color: #7a4d00; border: 1px solid #e0b84c; padding: 4px"


def show_warning(label: QLabel, text: str) -> None:
    label.setText("⚠ " + text if text else "")
    label.setVisible(bool(text))


def _history(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class VehicleDetailsDialog(QDialog):
    """Signals:
        changed(): something about the vehicle was stored (the customer page reloads).
    """

    changed = Signal()

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("Vehicle"))
        self.resize(720, 560)
        editable = vm.can_edit()
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.error = QLabel()
        self.error.setObjectName("vehicleError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        # an embassy, consulate or temporary plate is kept, but everyone who opens the car sees it
        self.plate_warning = QLabel()
        self.plate_warning.setObjectName("plateWarning")
        self.plate_warning.setWordWrap(True)
        self.plate_warning.setStyleSheet(WARNING_STYLE)
        self.plate_warning.hide()
        self.tabs = QTabWidget()

        # details
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        rows = [
            ("brand", self.tr("Brand")), ("model", self.tr("Model")), ("model_year", self.tr("Model year")),
            ("colour", self.tr("Colour")), ("engine_number", self.tr("Engine number")),
            ("purchase_date", self.tr("Invoice date (2024-03-31)")), ("delivery_date", self.tr("Delivery date")),
            ("warranty", self.tr("Warranty (包修期)")), ("sanbao", self.tr("三包 period")),
            ("insurer", self.tr("Insurance company")), ("insurance_expiry", self.tr("Insurance expiry")),
            ("inspection_due", self.tr("Annual inspection due")), ("notes", self.tr("Notes")),
        ]
        self.warranty = QLabel()
        self.warranty.setObjectName("warrantyPeriod")
        self.sanbao = QLabel()
        self.sanbao.setObjectName("sanbaoPeriod")
        for name, label in rows:
            if name == "warranty":
                form.addRow(label, self.warranty)
                continue
            if name == "sanbao":
                form.addRow(label, self.sanbao)
                continue
            widget: QLineEdit | QPlainTextEdit
            if name == "notes":
                widget = QPlainTextEdit()
                widget.setFixedHeight(50)
                widget.setTabChangesFocus(True)
            else:
                widget = QLineEdit()
            widget.setObjectName(name)
            widget.setReadOnly(not editable)
            self.fields[name] = widget
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setEnabled(editable)
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.addLayout(form)
        dl.addWidget(self.save_button)
        dl.addStretch(1)
        self.tabs.addTab(details, self.tr("Details"))

        # plate
        self.current_plate = QLabel()
        self.current_plate.setObjectName("currentPlate")
        self.new_plate = QLineEdit()
        self.new_plate.setObjectName("newPlate")
        self.new_plate.setPlaceholderText(self.tr("New plate, e.g. 京AD12345 (empty: no plate)"))
        self.new_plate_hint = QLabel()
        self.new_plate_hint.setObjectName("newPlateHint")
        self.new_plate_hint.setWordWrap(True)
        self.new_plate_hint.setStyleSheet(WARNING_STYLE)
        self.new_plate_hint.hide()
        self.plate_button = QPushButton(self.tr("Change &plate"))
        self.plates = _history(vm.plates)
        plate_tab = QWidget()
        pl = QVBoxLayout(plate_tab)
        pf = QFormLayout()
        pf.addRow(self.tr("Current plate"), self.current_plate)
        pf.addRow(self.tr("New plate"), self.new_plate)
        pf.addRow("", self.new_plate_hint)
        pl.addLayout(pf)
        pl.addWidget(self.plate_button)
        pl.addWidget(QLabel(self.tr("Plate history")))
        pl.addWidget(self.plates, 1)
        self.new_plate.setEnabled(editable)
        self.plate_button.setEnabled(editable)
        self.tabs.addTab(plate_tab, self.tr("Plate"))

        # owner
        self.owner_label = QLabel()
        self.owner_label.setObjectName("currentOwner")
        self.owner_button = QPushButton(self.tr("Change &owner…"))
        self.owner_button.setEnabled(editable)
        self.owners = _history(vm.owners)
        owner_tab = QWidget()
        ol = QVBoxLayout(owner_tab)
        top = QHBoxLayout()
        top.addWidget(self.owner_label, 1)
        top.addWidget(self.owner_button)
        ol.addLayout(top)
        ol.addWidget(QLabel(self.tr("Owners")))
        ol.addWidget(self.owners, 1)
        self.tabs.addTab(owner_tab, self.tr("Owner"))

        # odometer
        self.km = QLineEdit()
        self.km.setObjectName("odometerKm")
        self.km.setPlaceholderText(self.tr("km"))
        self.reason = QLineEdit()
        self.reason.setObjectName("odometerReason")
        self.reason.setPlaceholderText(self.tr("Why is it lower? (cluster replaced, typing error on the last job…)"))
        self.reason_label = QLabel(self.tr("Reason"))
        self.record_button = QPushButton(self.tr("&Record reading"))
        self.readings = _history(vm.readings)
        self.readings.setColumnWidth(0, 130)
        odo_tab = QWidget()
        odl = QVBoxLayout(odo_tab)
        of = QFormLayout()
        of.addRow(self.tr("Odometer (km)"), self.km)
        of.addRow(self.reason_label, self.reason)
        odl.addLayout(of)
        odl.addWidget(self.record_button)
        odl.addWidget(QLabel(self.tr("Readings")))
        odl.addWidget(self.readings, 1)
        for w in (self.km, self.reason, self.record_button):
            w.setEnabled(editable)
        self._show_reason(False)
        self.tabs.addTab(odo_tab, self.tr("Odometer"))

        close = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.plate_warning)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error)
        lay.addLayout(bottom)

        for name in ("purchase_date", "delivery_date"):
            self.fields[name].textChanged.connect(self._update_periods)
        self.save_button.clicked.connect(lambda: vm.save(self.values()))
        self.plate_button.clicked.connect(lambda: vm.changePlate(self.new_plate.text()))
        self.new_plate.returnPressed.connect(self.plate_button.click)
        self.new_plate.textChanged.connect(lambda text: show_warning(self.new_plate_hint, vm.plate_hint(text)))
        self.owner_button.clicked.connect(self._change_owner)
        self.record_button.clicked.connect(self._record)
        self.km.returnPressed.connect(self._record)
        self.reason.returnPressed.connect(self._record)
        close.clicked.connect(self.accept)
        vm.loaded.connect(self._loaded)
        vm.saved.connect(self._saved)
        vm.errorChanged.connect(self._error)
        vm.reasonNeeded.connect(self._reason_needed)
        vm.warningsChanged.connect(lambda texts: show_warning(self.plate_warning, "\n".join(texts)))
        self._first = True
        vm.load()

    def _show_reason(self, shown: bool) -> None:
        self.reason.setVisible(shown)
        self.reason_label.setVisible(shown)

    def values(self) -> dict[str, str]:
        return {name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
                for name, w in self.fields.items()}

    def _loaded(self) -> None:
        v = self.vm.vehicle
        self.heading.setText(" ".join(x for x in (v.plate or self.tr("(no plate)"), v.vin,
                                                  f"{v.brand} {v.model}".strip()) if x))
        if self._first:  # later reloads keep what is being typed elsewhere in the dialog
            self._first = False
            for name, value in self.vm.values().items():
                w = self.fields[name]
                w.setPlainText(value) if isinstance(w, QPlainTextEdit) else w.setText(value)
        self._update_periods()
        self.current_plate.setText(v.plate or self.tr("(none)"))
        self.owner_label.setText(self.tr("Owner: {name}").format(name=v.owner_name))
        last = f"{v.last_odometer:,}" if v.last_odometer is not None else "—"
        self.km.setPlaceholderText(self.tr("km (last: {km})").format(km=last))

    def _update_periods(self) -> None:
        warranty, sanbao = self.vm.periods(self.values())
        self.warranty.setText(warranty)
        self.sanbao.setText(sanbao)

    def _saved(self) -> None:
        self.error.setText("")
        self.new_plate.clear()
        self.km.clear()
        self.reason.clear()
        self._show_reason(False)
        self.changed.emit()

    def _error(self, message: str, field: str) -> None:
        self.error.setText(message)
        target = {"plate": self.new_plate, "km": self.km}.get(field) or self.fields.get(field)
        if target is not None:
            target.setFocus()

    def _reason_needed(self, message: str) -> None:
        self.error.setText(message)
        self._show_reason(True)
        self.reason.setFocus()

    def _record(self) -> None:
        self.vm.recordOdometer(self.km.text(), self.reason.text() if self.reason.isVisible() else "")

    def _change_owner(self) -> None:
        from views.customers.owner import OwnerDialog

        self.owner_dialog = OwnerDialog(self.vm, self)
        self.owner_dialog.open()
