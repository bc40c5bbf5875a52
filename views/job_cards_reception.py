"""The reception / job card form, keyboard first.

Type or scan a plate or VIN and press Enter (the first hit is taken, ↓ chooses another); the
intake fields follow in Tab order; "Open card" (Ctrl+Return) opens it. Operations: type a code
or a few characters of the name or its pinyin and press Enter to add the first match. Parts: the
same, with the quantity beside it. Ctrl+P prints, Ctrl+D sends the card to the workshop. Exterior damage is clicked onto the car
outline beside the intake. Once work has started, lines added are added work: they wait for the
customer's answer ("Customer's answer…"). A line's discount changes with "Discount…" (or a
double-click on its discount).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.job_cards_damage import DamagePanel
from views.job_cards_discount import DiscountDialog
from views.job_cards_extra import AddedWorkDialog, CancelDialog, OtherChargeRow


class ReceptionForm(QWidget):
    """Signals:
        qcRequested(bool): the user asked for a quality check (True = the inspector's final check).
        previewRequested(str): a printed PDF to preview.
    """

    qcRequested = Signal(bool)
    previewRequested = Signal(str)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self._hits: list = []
        self._ops: list = []
        self._parts: list = []
        self._pending_op = False
        self._pending_part = False
        self._filled_id: int | None = None  # the card whose intake the fields show
        self.dialog = None  # the last dialog opened from the form (discount, answer, cancel)

        # ---- the car
        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Plate or VIN (scan or type), Enter"))
        self.hits = QListWidget()
        self.hits.setObjectName("hits")
        self.hits.setMaximumHeight(90)
        self.vehicle = QLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00000;")

        # ---- intake
        self.job_type = QComboBox()
        for key, name in vm.job_types():
            self.job_type.addItem(name, key)
        self.driver = QLineEdit()
        self.driver_phone = QLineEdit()
        self.mileage = QLineEdit()
        self.mileage.setObjectName("mileage")
        self.mileage_reason = QLineEdit()
        self.fuel = QComboBox()
        self.fuel.addItem("", None)
        for level in vm.fuel_levels():
            self.fuel.addItem(level, level)
        self.battery = QSpinBox()
        self.battery.setRange(-1, 100)
        self.battery.setSpecialValueText(self.tr("n/a"))
        self.battery.setValue(-1)
        self.words = QPlainTextEdit()
        self.words.setObjectName("words")
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(60)
        self.diagnosis = QPlainTextEdit()
        self.diagnosis.setTabChangesFocus(True)
        self.diagnosis.setMaximumHeight(60)
        self.valuables = QLineEdit()
        self.accessories = QLineEdit()
        self.lights = {}
        lights_box = QWidget()
        lights_layout = QHBoxLayout(lights_box)
        lights_layout.setContentsMargins(0, 0, 0, 0)
        for key, name in vm.warning_lights():
            box = QCheckBox(name)
            self.lights[key] = box
            lights_layout.addWidget(box)
        self.waits = QCheckBox(self.tr("Customer waits"))
        self.wash = QCheckBox(self.tr("Wash"))
        self.wash.setChecked(True)
        self.old_parts = QComboBox()
        for key, name in vm.old_parts_choices():
            self.old_parts.addItem(name, key)
        self.repair_class = QComboBox()
        self.repair_class.setObjectName("repair_class")
        self.repair_class.addItem("", None)
        for key, name in vm.repair_classes():
            self.repair_class.addItem(name, key)
        self.insurer = QLineEdit()
        self.claim = QLineEdit()
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.setObjectName("open")

        intake = QGroupBox(self.tr("Intake"))
        form = QGridLayout(intake)
        cells = [(self.tr("Job type"), self.job_type), (self.tr("Driver"), self.driver),
                 (self.tr("Driver's phone"), self.driver_phone), (self.tr("Mileage in (km)"), self.mileage),
                 (self.tr("Reason if lower"), self.mileage_reason), (self.tr("Fuel"), self.fuel),
                 (self.tr("Battery %"), self.battery), (self.tr("Valuables"), self.valuables),
                 (self.tr("Accessories"), self.accessories), (self.tr("Insurer"), self.insurer),
                 (self.tr("Claim number"), self.claim), (self.tr("Old parts"), self.old_parts),
                 (self.tr("Repair class"), self.repair_class)]
        for i, (label, widget) in enumerate(cells):
            form.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            form.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        row = len(cells) // 3 + 1
        form.addWidget(QLabel(self.tr("Customer's own words")), row, 0)
        form.addWidget(self.words, row, 1, 1, 5)
        form.addWidget(QLabel(self.tr("Diagnosis")), row + 1, 0)
        form.addWidget(self.diagnosis, row + 1, 1, 1, 5)
        form.addWidget(QLabel(self.tr("Warning lights")), row + 2, 0)
        form.addWidget(lights_box, row + 2, 1, 1, 5)
        checks = QHBoxLayout()
        checks.addWidget(self.waits)
        checks.addWidget(self.wash)
        checks.addStretch(1)
        checks.addWidget(self.open_button)
        form.addLayout(checks, row + 3, 0, 1, 6)
        self.damage = DamagePanel(vm.damage_kinds())
        self.damage.setObjectName("damage")
        damage_box = QGroupBox(self.tr("Exterior damage"))
        QVBoxLayout(damage_box).addWidget(self.damage)
        intake_row = QHBoxLayout()
        intake_row.addWidget(intake, 3)
        intake_row.addWidget(damage_box, 1)

        # ---- lines
        self.op_field = QLineEdit()
        self.op_field.setObjectName("operation")
        self.op_field.setPlaceholderText(self.tr("Operation: code, name or pinyin, Enter"))
        self.op_hours = QLineEdit()
        self.op_hours.setPlaceholderText(self.tr("hours"))
        self.op_hours.setMaximumWidth(70)
        self.op_reason = QLineEdit()
        self.op_reason.setPlaceholderText(self.tr("why other hours"))
        self.part_field = QLineEdit()
        self.part_field.setObjectName("part")
        self.part_field.setPlaceholderText(self.tr("Part: number, name or pinyin, Enter"))
        self.part_qty = QLineEdit("1")
        self.part_qty.setObjectName("qty")
        self.part_qty.setMaximumWidth(70)
        self.discount = QLineEdit()
        self.discount.setPlaceholderText(self.tr("discount %"))
        self.discount.setMaximumWidth(90)
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("supervisor"))
        self.approver.setMaximumWidth(110)
        self.approver_password = QLineEdit()
        self.approver_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_password.setPlaceholderText(self.tr("password"))
        self.approver_password.setMaximumWidth(110)
        self.suggestions = QLabel()
        self.suggestions.setStyleSheet("color: #555;")
        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setModel(vm.lines)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(8, 160)  # "approved (WeChat)", "⚠ awaiting customer"
        self.totals = QLabel()
        self.totals.setObjectName("totals")

        lines_box = QGroupBox(self.tr("Work and parts"))
        lines_layout = QVBoxLayout(lines_box)
        op_row = QHBoxLayout()
        for w in (self.op_field, self.op_hours, self.op_reason):
            op_row.addWidget(w)
        part_row = QHBoxLayout()
        for w in (self.part_field, QLabel(self.tr("Qty")), self.part_qty, self.discount, self.approver,
                  self.approver_password):
            part_row.addWidget(w)
        self.other = OtherChargeRow(vm)
        self.added_hint = QLabel(self.tr("Work has started: lines added now are added work and wait for the "
                                         "customer's approval (highlighted)."))
        self.added_hint.setObjectName("added_hint")
        self.added_hint.setWordWrap(True)
        self.added_hint.setStyleSheet("background: #fff3c4; padding: 3px;")
        self.discount_button = QPushButton(self.tr("Discount…"))
        self.discount_button.setObjectName("change_discount")
        self.ask_button = QPushButton(self.tr("Ask customer"))
        self.ask_button.setObjectName("ask_customer")
        self.ask_button.setToolTip(self.tr("Stop work until the customer answers about the added work"))
        self.answer_button = QPushButton(self.tr("Customer's answer…"))
        self.answer_button.setObjectName("answer")
        line_actions = QHBoxLayout()
        line_actions.addWidget(self.added_hint, 1)
        for b in (self.discount_button, self.ask_button, self.answer_button):
            line_actions.addWidget(b)
        lines_layout.addLayout(op_row)
        lines_layout.addLayout(part_row)
        lines_layout.addWidget(self.other)
        lines_layout.addWidget(self.suggestions)
        lines_layout.addWidget(self.table, 1)
        lines_layout.addLayout(line_actions)
        lines_layout.addWidget(self.totals)

        # ---- actions
        self.status = QLabel()
        self.status.setObjectName("status")
        self.print_button = QPushButton(self.tr("Print job card"))
        self.print_button.setObjectName("print")
        self.pre_button = QPushButton(self.tr("Print pre-inspection"))
        self.dispatch_button = QPushButton(self.tr("Send to workshop"))
        self.dispatch_button.setObjectName("dispatch")
        self.start_button = QPushButton(self.tr("Start work"))
        self.start_button.setObjectName("start")
        self.self_check_button = QPushButton(self.tr("Self-check"))
        self.self_check_button.setObjectName("self_check")
        self.final_check_button = QPushButton(self.tr("Final check"))
        self.final_check_button.setObjectName("final_check")
        self.cancel_button = QPushButton(self.tr("Cancel card…"))
        self.cancel_button.setObjectName("cancel_card")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00000;")
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for b in (self.print_button, self.pre_button, self.dispatch_button, self.start_button,
                  self.self_check_button, self.final_check_button, self.cancel_button):
            actions.addWidget(b)

        top = QFormLayout()
        top.addRow(self.tr("Car"), self.find)
        top.addRow("", self.hits)
        top.addRow("", self.vehicle)
        top.addRow("", self.warnings)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(intake_row)
        layout.addWidget(lines_box, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        # ---- wiring
        self.find.returnPressed.connect(lambda: vm.findVehicle(self.find.text()))
        self.hits.itemActivated.connect(self._choose_hit)
        vm.vehicleHits.connect(self._show_hits)
        vm.warningsChanged.connect(lambda ws: self.warnings.setText("\n".join(ws)))
        vm.cardChanged.connect(self._show_card)
        vm.errorChanged.connect(self.error.setText)
        vm.operationHits.connect(self._show_ops)
        vm.partHits.connect(self._show_parts)
        vm.printed.connect(self.previewRequested)
        self.open_button.clicked.connect(self._open)
        self.op_field.returnPressed.connect(self._lookup_op)
        self.part_field.returnPressed.connect(self._lookup_part)
        self.part_qty.returnPressed.connect(self._lookup_part)
        self.print_button.clicked.connect(lambda: vm.printDocument("job_card"))
        self.pre_button.clicked.connect(lambda: vm.printDocument("pre_inspection"))
        self.dispatch_button.clicked.connect(vm.dispatch)
        self.start_button.clicked.connect(lambda: vm.transition("in_progress"))
        self.self_check_button.clicked.connect(lambda: self.qcRequested.emit(False))
        self.final_check_button.clicked.connect(lambda: self.qcRequested.emit(True))
        self.discount_button.clicked.connect(lambda: self.change_discount(self.table.currentIndex().row()))
        self.table.doubleClicked.connect(lambda index: self.change_discount(index.row()) if index.column() == 5
                                         else None)
        self.ask_button.clicked.connect(vm.askCustomer)
        self.answer_button.clicked.connect(self.record_answer)
        self.cancel_button.clicked.connect(self.cancel_card)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._open)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: vm.printDocument("job_card"))
        QShortcut(QKeySequence("Ctrl+D"), self, vm.dispatch)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  lambda: vm.removeLine(self.table.currentIndex().row()))
        self._show_card(None)

    # ---- the car ------------------------------------------------------------------------------
    def _show_hits(self, hits: list) -> None:
        self._hits = hits
        self.hits.clear()
        for h in hits:
            item = QListWidgetItem(f"{h.plate}  {h.vin}  {h.name}  {h.vehicle}")
            item.setData(Qt.ItemDataRole.UserRole, h.vehicle_id)
            self.hits.addItem(item)
        if hits:
            self.hits.setCurrentRow(0)
            self._choose(hits[0])

    def _choose_hit(self, item: QListWidgetItem) -> None:
        for h in self._hits:
            if h.vehicle_id == item.data(Qt.ItemDataRole.UserRole):
                self._choose(h)

    def _choose(self, hit) -> None:
        self.vehicle.setText(f"{hit.plate}  {hit.vin}  {hit.vehicle}  —  {hit.name}")
        self.vm.selectVehicle(hit.vehicle_id)
        self.driver.setFocus()

    # ---- intake ---------------------------------------------------------------------------------
    def fields(self) -> dict:
        mileage = self.mileage.text().strip()
        return {
            "job_type": self.job_type.currentData(), "driver_name": self.driver.text(),
            "driver_phone": self.driver_phone.text(),
            "mileage_in": int(mileage) if mileage.isdigit() else None,
            "mileage_reason": self.mileage_reason.text(), "fuel_level": self.fuel.currentData(),
            "battery_pct": self.battery.value() if self.battery.value() >= 0 else None,
            "customer_words": self.words.toPlainText(), "diagnosis": self.diagnosis.toPlainText(),
            "valuables": self.valuables.text(), "accessories": self.accessories.text(),
            "warning_lights": tuple(k for k, box in self.lights.items() if box.isChecked()),
            "customer_waits": self.waits.isChecked(), "wash": self.wash.isChecked(),
            "old_parts": self.old_parts.currentData(), "insurer": self.insurer.text(),
            "claim_number": self.claim.text(), "repair_class": self.repair_class.currentData(),
            "damage_marks": self.damage.marks(),
        }

    def _fill(self, card) -> None:
        """Show a card's intake when it is first loaded, so that saving the form keeps it."""
        self.job_type.setCurrentIndex(max(0, self.job_type.findData(card.job_type)))
        self.driver.setText(card.driver_name)
        self.driver_phone.setText(card.driver_phone)
        self.mileage.setText("" if card.mileage_in is None else str(card.mileage_in))
        self.fuel.setCurrentIndex(max(0, self.fuel.findData(card.fuel_level)))
        self.battery.setValue(-1 if card.battery_pct is None else card.battery_pct)
        self.words.setPlainText(card.customer_words)
        self.diagnosis.setPlainText(card.diagnosis)
        self.valuables.setText(card.valuables)
        self.accessories.setText(card.accessories)
        for key, box in self.lights.items():
            box.setChecked(key in card.warning_lights)
        self.waits.setChecked(card.customer_waits)
        self.wash.setChecked(card.wash)
        self.old_parts.setCurrentIndex(max(0, self.old_parts.findData(card.old_parts)))
        self.insurer.setText(card.insurer)
        self.claim.setText(card.claim_number)
        self.repair_class.setCurrentIndex(max(0, self.repair_class.findData(card.repair_class)))
        self.damage.set_marks(card.damage_marks)
        self.vehicle.setText(f"{card.plate}  {card.vin}  {card.vehicle_desc}  —  {card.customer_name}")

    def _open(self) -> None:
        if self.mileage.text().strip() and not self.mileage.text().strip().isdigit():
            self.error.setText(self.tr("The mileage is a whole number of km."))
            return
        self.vm.save_intake(self.fields())

    # ---- lines ----------------------------------------------------------------------------------
    def _lookup_op(self) -> None:
        self._pending_op = True
        self.vm.lookupOperations(self.op_field.text())

    def _show_ops(self, ops: list) -> None:
        self._ops = ops
        self.suggestions.setText("   ".join(f"{o.code} {o.name_zh} {o.hours.normalize():f}h" for o in ops[:6]))
        if self._pending_op:
            self._pending_op = False
            if not ops:
                self.error.setText(self.tr("No operation matches."))
                return
            text = self.op_field.text().strip().upper()
            op = next((o for o in ops if o.code == text), ops[0])
            self.vm.add_operation(op.code, hours=self.op_hours.text(), reason=self.op_reason.text(),
                                  discount=self.discount.text(),
                                  approval=self.vm.approval(self.approver.text(), self.approver_password.text()))
            self.op_field.clear()
            self.op_hours.clear()
            self.op_reason.clear()

    def _lookup_part(self) -> None:
        self._pending_part = True
        self.vm.lookupParts(self.part_field.text())

    def _show_parts(self, parts: list) -> None:
        self._parts = parts
        self.suggestions.setText("   ".join(f"{p.number} {p.name_zh} ¥{p.retail_price}" for p in parts[:6]))
        if self._pending_part:
            self._pending_part = False
            if not parts:
                self.error.setText(self.tr("No part matches."))
                return
            self.vm.add_part(parts[0].id, self.part_qty.text(), discount=self.discount.text(),
                             approval=self.vm.approval(self.approver.text(), self.approver_password.text()))
            self.part_field.clear()
            self.part_qty.setText("1")

    # ---- discounts, added work, cancelling ---------------------------------------------------------
    def change_discount(self, row: int) -> DiscountDialog | None:
        line = self.vm.lines.line(row)
        if line is None:
            self.error.setText(self.tr("Choose the line whose discount changes."))
            return None
        self.dialog = DiscountDialog(self.vm, line, self)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    def record_answer(self) -> AddedWorkDialog:
        self.dialog = AddedWorkDialog(self.vm, self)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    def cancel_card(self) -> CancelDialog | None:
        if self.vm.card is None:
            return None
        self.dialog = CancelDialog(self.vm, self)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    # ---- the card -------------------------------------------------------------------------------
    def _show_card(self, card) -> None:
        has = card is not None
        if has and card.id != self._filled_id:
            self._filled_id = card.id
            self._fill(card)
        closed = has and card.status in ("delivered", "cancelled", "settled", "ready")
        for w in (self.print_button, self.pre_button):
            w.setEnabled(has)
        for w in (self.op_field, self.part_field, self.other, self.discount_button):
            w.setEnabled(has and not closed)
        pending = has and any(ln.approval == "pending" for ln in card.lines)
        self.added_hint.setVisible(self.vm.work_started())
        self.ask_button.setEnabled(pending and card.status == "in_progress")
        self.answer_button.setEnabled(pending)
        self.cancel_button.setEnabled(self.vm.can_cancel_now())
        self.open_button.setText(self.tr("Save intake") if has else self.tr("Open card"))
        nxt = card.next_statuses() if has else frozenset()
        self.dispatch_button.setEnabled("dispatched" in nxt and card.status != "dispatched")
        self.start_button.setEnabled(has and card.status == "dispatched")
        self.self_check_button.setEnabled(has and card.status == "in_progress")
        self.final_check_button.setEnabled(has and card.status == "quality_check" and self.vm.can_check)
        if not has:
            self.status.setText("")
            self.totals.setText("")
            return
        rework = "  " + self.tr("REWORK of {number}").format(number=card.rework_of) if card.rework_of else ""
        cancelled = "  " + self.tr("Reason: {reason}").format(reason=card.cancel_reason) if card.cancel_reason else ""
        self.status.setText(f"{card.number}  {self.vm.status_name(card.status)}{rework}{cancelled}")
        parts = [f"{self.vm.payer_name(p.payer)} ¥{p.amount:,.2f}" for p in card.totals.payers]
        text = self.tr("Total ¥{total} (tax {tax})").format(total=f"{card.totals.amount:,.2f}",
                                                             tax=f"{card.totals.tax:,.2f}")
        if card.totals.pending:
            text += "  " + self.tr("awaiting approval ¥{amount}").format(amount=f"{card.totals.pending:,.2f}")
            self.totals.setStyleSheet("background: #fff3c4;")
        else:
            self.totals.setStyleSheet("")
        self.totals.setText("   ".join(parts) + "   " + text)
