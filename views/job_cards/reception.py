"""The reception / job card form, keyboard first.

Type or scan a plate or VIN, or the owner's phone or name, and press Enter (the first hit is
taken, ↓ chooses another); a car not on file says so, and "New customer and car…" makes it in
place, prefilled with what was typed, and chooses it. The car's reception warnings (a car still
here, a recall, the 三包 triggers it has reached) show under it. The intake fields follow in Tab
order; "Open card" (Ctrl+Return) opens it. Operations: type a code
or a few characters of the name or its pinyin and press Enter to add the first match. Parts: the
same, with the quantity beside it. Ctrl+P prints, Ctrl+D sends the card to the workshop. Exterior damage is clicked onto the car
outline beside the intake. Once work has started, lines added are added work: they wait for the
customer's answer ("Customer's answer…"). A line's discount changes with "Discount…" (or a
double-click on its discount).

A card opens only with the mileage in, the customer's own words and a promised time (two hours
ahead by default); a refusal is shown under the field it concerns. Once opened, the promised time
changes with "Change…" and a reason; a ready car goes back to work with "Reopen…" and a reason; a
parts line the store does not supply is marked "Customer's own part…" or "Not needed…" with a
reason. Buttons the signed-in role may not use stay greyed, their tooltip saying why. An unusual
plate (使, 领, 临时) shows a warning to check it against the licence; it does not stop reception.
Opening or saving the intake says so in the status line ("Saved at 10:42").
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
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
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.common.permissions import apply_right
from views.common.purpose import add_purpose_action, ask_purpose
from views.job_cards.changes import ReasonDialog, datetime_edit
from views.job_cards.damage import DamagePanel
from views.job_cards.discount import DiscountDialog
from views.job_cards.extra import AddedWorkDialog, CancelDialog, OtherChargeRow
from views.job_cards.new_car import NewCarDialog

LINES_MIN_HEIGHT = 180  # the entry rows, a few lines and the totals
LINES_SHARE = 360  # what the lines keep when the intake is taller than the rest of the page
ERROR_STYLE = "color: #b00000;"
WARNING_STYLE = "background: #fff3c4; color: #7a4b00; padding: 3px;"


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
        self.purpose_dialog = None  # the purpose asked before the first print of a kind on this PC
        self._hits: list = []
        self._ops: list = []
        self._parts: list = []
        self._pending_op = False
        self._pending_part = False
        self._filled_id: int | None = None  # the card whose intake the fields show
        self._status_text = ""  # the card's number and status
        self._saved_text = ""  # when its intake was last stored from this form
        self.dialog = None  # the last dialog opened from the form (discount, answer, cancel)

        # ---- the car
        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Plate, VIN (or its last digits), phone or name, Enter"))
        self.not_found = QLabel()
        self.not_found.setObjectName("not_found")
        self.not_found.setWordWrap(True)
        self.not_found.setStyleSheet(WARNING_STYLE)
        self.new_car_button = QPushButton(self.tr("New customer and car…"))
        self.new_car_button.setObjectName("new_car")
        self.new_car_button.setToolTip(self.tr("Make the customer and the car now, with what you typed"))
        self.not_found_row = QWidget()
        not_found_layout = QHBoxLayout(self.not_found_row)
        not_found_layout.setContentsMargins(0, 0, 0, 0)
        not_found_layout.addWidget(self.not_found, 1)
        not_found_layout.addWidget(self.new_car_button)
        self.not_found_row.hide()  # shown when a search finds no car
        self.hits = QListWidget()
        self.hits.setObjectName("hits")
        self.hits.setMaximumHeight(90)
        self.hits.hide()  # shown when a search finds more than one car
        self.vehicle = QLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00000;")
        self.plate_warning = QLabel()
        self.plate_warning.setObjectName("plate_warning")
        self.plate_warning.setWordWrap(True)
        self.plate_warning.setStyleSheet(WARNING_STYLE)
        self.plate_warning.hide()

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
        for level, words in vm.fuel_levels():
            self.fuel.addItem(words, level)
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
        self.promised = datetime_edit(vm.default_promised())
        self.promised.setObjectName("promised")
        self.promised_button = QPushButton(self.tr("Change…"))
        self.promised_button.setObjectName("change_promised")
        self.promised_button.setToolTip(self.tr("Promise another time, with the reason"))
        promised_box = QWidget()
        promised_row = QHBoxLayout(promised_box)
        promised_row.setContentsMargins(0, 0, 0, 0)
        promised_row.addWidget(self.promised, 1)
        promised_row.addWidget(self.promised_button)
        # a refusal about one of these fields is shown under it
        self.field_errors: dict[str, QLabel] = {}
        mileage_cell = self._with_error("mileage_in", self.mileage)
        words_cell = self._with_error("customer_words", self.words)
        promised_cell = self._with_error("promised_at", promised_box)
        self._field_message = ""
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.setObjectName("open")

        intake = QGroupBox(self.tr("Intake"))
        form = QGridLayout(intake)
        cells = [(self.tr("Job type"), self.job_type), (self.tr("Driver"), self.driver),
                 (self.tr("Driver's phone"), self.driver_phone), (self.tr("Mileage in (km)"), mileage_cell),
                 (self.tr("Reason if lower"), self.mileage_reason), (self.tr("Fuel"), self.fuel),
                 (self.tr("Battery %"), self.battery), (self.tr("Valuables"), self.valuables),
                 (self.tr("Accessories"), self.accessories), (self.tr("Insurer"), self.insurer),
                 (self.tr("Claim number"), self.claim), (self.tr("Old parts"), self.old_parts),
                 (self.tr("Repair class"), self.repair_class), (self.tr("Promised time"), promised_cell)]
        for i, (label, widget) in enumerate(cells):
            form.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            form.addWidget(widget, i // 3, (i % 3) * 2 + 1)
        row = (len(cells) + 2) // 3
        form.addWidget(QLabel(self.tr("Customer's own words")), row, 0)
        form.addWidget(words_cell, row, 1, 1, 5)
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
        self.suggestions.hide()  # a row only while there are suggestions
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
        self.own_button = QPushButton(self.tr("Customer's own part…"))
        self.own_button.setObjectName("mark_own")
        self.not_needed_button = QPushButton(self.tr("Not needed…"))
        self.not_needed_button.setObjectName("mark_not_needed")
        self.stock_button = QPushButton(self.tr("Store supplies it"))
        self.stock_button.setObjectName("mark_stock")
        line_actions = QHBoxLayout()
        line_actions.addWidget(self.totals)  # one row with the buttons: the lines keep the height
        line_actions.addWidget(self.added_hint, 1)
        for b in (self.discount_button, self.ask_button, self.answer_button, self.own_button, self.not_needed_button,
                  self.stock_button):
            line_actions.addWidget(b)
        lines_layout.addLayout(op_row)
        lines_layout.addLayout(part_row)
        lines_layout.addWidget(self.other)
        lines_layout.addWidget(self.suggestions)
        lines_layout.addWidget(self.table, 1)
        lines_layout.addLayout(line_actions)

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
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setObjectName("reopen")
        self.cancel_button = QPushButton(self.tr("Cancel card…"))
        self.cancel_button.setObjectName("cancel_card")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00000;")
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for b in (self.print_button, self.pre_button, self.dispatch_button, self.start_button,
                  self.self_check_button, self.final_check_button, self.reopen_button, self.cancel_button):
            actions.addWidget(b)

        top = QFormLayout()
        top.addRow(self.tr("Car"), self.find)
        top.addRow("", self.not_found_row)
        top.addRow("", self.hits)
        top.addRow("", self.vehicle)
        top.addRow("", self.warnings)
        top.addRow("", self.plate_warning)
        # On a 1366×768 PC the intake scrolls and gives way to the lines: the two share the height
        # through a splitter the advisor can drag; the message and the buttons stay in sight below.
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        head_layout.addLayout(top)
        head_layout.addLayout(intake_row)
        self.head_scroll = QScrollArea()
        self.head_scroll.setObjectName("intake_scroll")
        self.head_scroll.setWidgetResizable(True)
        self.head_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.head_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on empty space keeps the focus
        self.head_scroll.setWidget(head)
        lines_box.setMinimumHeight(LINES_MIN_HEIGHT)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("card_split")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.head_scroll)
        self.split.addWidget(lines_box)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self._split_set = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

        # ---- wiring
        self.find.returnPressed.connect(lambda: vm.findVehicle(self.find.text()))
        self.hits.itemActivated.connect(self._choose_hit)
        vm.vehicleHits.connect(self._show_hits)
        vm.notFound.connect(self._not_found)
        vm.saved.connect(self._saved)
        self.new_car_button.clicked.connect(self.new_car)
        vm.warningsChanged.connect(lambda ws: self.warnings.setText("\n".join(ws)))
        vm.cardChanged.connect(self._show_card)
        vm.refused.connect(self._restore)
        vm.plateWarning.connect(self._plate_warning)
        vm.fieldError.connect(self._field_error)
        vm.errorChanged.connect(self._error)
        vm.operationHits.connect(self._show_ops)
        vm.partHits.connect(self._show_parts)
        vm.printed.connect(self.previewRequested)
        vm.printed.connect(lambda _path: self._purpose_tips())
        vm.purposeNeeded.connect(self._ask_purpose)
        for button, which in ((self.print_button, "job_card"), (self.pre_button, "pre_inspection")):
            add_purpose_action(button, self._document_name(which), lambda w=which: vm.lastPurpose(w),
                               lambda purpose, w=which: vm.printDocument(w, purpose))
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
        self.table.doubleClicked.connect(lambda index: self.change_discount(index.row())
                                         if index.column() == 5 and vm.can_edit else None)
        self.ask_button.clicked.connect(vm.askCustomer)
        self.answer_button.clicked.connect(self.record_answer)
        self.cancel_button.clicked.connect(self.cancel_card)
        self.reopen_button.clicked.connect(self.reopen_card)
        self.promised_button.clicked.connect(self.change_promised)
        self.own_button.clicked.connect(lambda: self.mark_supply("own"))
        self.not_needed_button.clicked.connect(lambda: self.mark_supply("not_needed"))
        self.stock_button.clicked.connect(lambda: self.mark_supply("stock"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._line_buttons())
        # the shortcuts do what their buttons do, only while the buttons are there to press
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.open_button.isEnabled() and self._open())
        QShortcut(QKeySequence("Ctrl+P"), self,
                  lambda: self.print_button.isEnabled() and vm.printDocument("job_card"))
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self.dispatch_button.isEnabled() and vm.dispatch())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  lambda: self.discount_button.isEnabled() and vm.removeLine(self.table.currentIndex().row()))
        self._show_card(None)

    # ---- printing: what for ---------------------------------------------------------------------
    def _document_name(self, which: str) -> str:
        return {"job_card": self.tr("job card"), "pre_inspection": self.tr("pre-inspection sheet"),
                "estimate": self.tr("estimate")}.get(which, which)

    def _ask_purpose(self, which: str) -> None:
        """The first print of a kind on this PC: what is it for (then remembered)."""
        self.purpose_dialog = ask_purpose(self, self._document_name(which), self.vm.lastPurpose(which),
                                          lambda purpose: self.vm.printDocument(which, purpose))

    def _purpose_tips(self) -> None:
        for button in (self.print_button, self.pre_button):
            button.refresh_purpose_tip()

    # ---- the car ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._split_set:  # the intake as tall as it needs, but the lines keep their share
            self._split_set = True
            total = max(self.split.height(), 1)
            head = min(self.head_scroll.widget().sizeHint().height() + 2, max(total - LINES_SHARE, 120))
            self.split.setSizes([head, max(total - head, LINES_MIN_HEIGHT)])

    def _show_hits(self, hits: list) -> None:
        self._hits = hits
        self.hits.setVisible(len(hits) > 1)
        self.hits.clear()
        for h in hits:
            item = QListWidgetItem(f"{h.plate}  {h.vin}  {h.name}  {h.vehicle}")
            item.setData(Qt.ItemDataRole.UserRole, h.vehicle_id)
            self.hits.addItem(item)
        if hits:
            self.hits.setCurrentRow(0)
            self._choose(hits[0])

    def _not_found(self, message: str) -> None:
        self.not_found.setText(message)
        self.new_car_button.setVisible(self.vm.can_create_car and self.vm.card is None)
        self.not_found_row.setVisible(bool(message))

    def new_car(self) -> NewCarDialog | None:
        """The dialog that makes the unknown car, prefilled with what was typed; the car it makes is chosen."""
        if not self.vm.can_create_car:
            return None
        self.dialog = NewCarDialog(self.vm.new_car(self.find.text()), self)
        self.dialog.created.connect(self._car_created)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    def _car_created(self, vehicle_id: int, vin: str) -> None:
        self.find.setText(vin)
        self.vm.chooseVehicle(vehicle_id, vin)

    def choose_vehicle(self, vehicle_id: int, vin: str) -> None:
        """Receive the car another page names (the customer page's "Open a job card")."""
        self.find.setText(vin)
        self.vm.chooseVehicle(vehicle_id, vin)

    def _saved(self, text: str) -> None:
        self._saved_text = text
        self.status.setText(f"{self._status_text}   ✓ {text}")

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
            # an opened card's promised time changes with its reason ("Change…"), not with the intake
            **({} if self.vm.card is not None else {"promised_at": self.promised.dateTime().toPython()}),
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
            self._field_error("mileage_in", self.tr("The mileage is a whole number of km."))
            self.error.setText("")
            return
        self.vm.save_intake(self.fields())

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with a label under it for a refusal about ``field``."""
        label = QLabel()
        label.setObjectName(f"{field}_error")
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        self.field_errors[field] = label
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(label)
        return cell

    def _field_error(self, field: str, message: str) -> None:
        """A refusal about a field of the form goes under that field (and it takes the focus)."""
        self._field_message = message if field in self.field_errors else ""
        for name, label in self.field_errors.items():
            label.setText(message if name == field else "")
            label.setVisible(name == field and bool(message))
        target = {"mileage_in": self.mileage, "customer_words": self.words, "promised_at": self.promised}.get(field)
        if target is not None and message:
            target.setFocus()

    def _error(self, message: str) -> None:
        # shown once: under its field when it concerns one, else in the form's message line
        self.error.setText("" if message and message == self._field_message else message)

    def _plate_warning(self, text: str) -> None:
        self.plate_warning.setText("⚠ " + text if text else "")
        self.plate_warning.setVisible(bool(text))

    # ---- lines ----------------------------------------------------------------------------------
    def _lookup_op(self) -> None:
        self._pending_op = True
        self.vm.lookupOperations(self.op_field.text())

    def _show_ops(self, ops: list) -> None:
        self._ops = ops
        self.suggestions.setText("   ".join(f"{o.code} {o.name_zh} {o.hours.normalize():f}h" for o in ops[:6]))
        self.suggestions.setVisible(bool(self.suggestions.text()))
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
        self.suggestions.setVisible(bool(self.suggestions.text()))
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

    def change_promised(self) -> ReasonDialog | None:
        card = self.vm.card
        if card is None:
            return None
        self.dialog = ReasonDialog(
            self.tr("Change the promised time"),
            self.tr("Job card {number} ({plate}): the new time the car will be ready, and why it changes. The "
                    "customer should hear it from you.").format(number=card.number, plate=card.plate),
            self.tr("Change"), self.tr("Why (parts arrive in the afternoon, added work, ...)"),
            self.vm.change_promised_time, when=self.vm.promised_local() or self.vm.default_promised(), with_time=True,
            parent=self)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    def reopen_card(self) -> ReasonDialog | None:
        card = self.vm.card
        if card is None:
            return None
        self.dialog = ReasonDialog(
            self.tr("Reopen job card"),
            self.tr("Send job card {number} ({plate}) back to work? It goes through the checks again.").format(
                number=card.number, plate=card.plate),
            self.tr("Reopen"), self.tr("Why (the noise is still there, a part to return, ...)"), self.vm.reopen,
            parent=self)
        self.dialog.setModal(True)
        self.dialog.open()
        return self.dialog

    def mark_supply(self, supply: str) -> ReasonDialog | None:
        line = self.vm.lines.line(self.table.currentIndex().row())
        if line is None or line.kind != "part":
            self.error.setText(self.tr("Choose a parts line."))
            return None
        if supply == "stock":
            self.vm.mark_supply(line.id, "stock")
            return None
        titles = {"own": self.tr("Customer's own part"), "not_needed": self.tr("Part not needed")}
        self.dialog = ReasonDialog(
            titles[supply],
            self.tr("{code} {name}: the store does not supply it and it is not charged; its reservation is "
                    "released.").format(code=line.code, name=line.name),
            self.tr("Mark"), self.tr("Why (the customer brought the pads, the fault was elsewhere, ...)"),
            lambda reason, **kw: self.vm.mark_supply(line.id, supply, reason, **kw), parent=self)
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

    # ---- what the signed-in person may do ----------------------------------------------------------
    def intake_widgets(self) -> list[QWidget]:
        """The reception fields (the intake the card was opened with)."""
        return [self.job_type, self.driver, self.driver_phone, self.mileage, self.mileage_reason, self.fuel,
                self.battery, self.words, self.diagnosis, self.valuables, self.accessories, *self.lights.values(),
                self.waits, self.wash, self.old_parts, self.repair_class, self.insurer, self.claim,
                self.damage.outline, self.damage.remove_button]

    def _restore(self, card) -> None:
        """A refused save: the fields show the stored values again (the message says why)."""
        self._fill(card)
        self._apply_rights()

    def _apply_rights(self) -> None:
        """Fields and buttons the person may not use: read-only, disabled or absent, with the reason as
        the tooltip (after the lifecycle has set what the card allows)."""
        vm = self.vm
        edit = vm.can_edit, vm.why_not("edit")
        apply_right(self.intake_widgets(), *edit)
        apply_right([self.op_field, self.op_hours, self.op_reason, self.part_field, self.part_qty, self.discount,
                     self.approver, self.approver_password, self.other, self.other.kind, self.other.name,
                     self.other.amount, self.other.add_button, self.dispatch_button, self.ask_button,
                     self.answer_button], *edit)
        apply_right([self.open_button, self.discount_button], *edit, hide=True)
        apply_right([self.cancel_button], vm.can_cancel, vm.why_not("cancel"), hide=True)
        apply_right([self.start_button], vm.can_start, vm.why_not("start"))
        apply_right([self.self_check_button], vm.can_self_check, vm.why_not("self_check"))
        apply_right([self.final_check_button], vm.can_check, vm.why_not("final_check"))
        apply_right([self.print_button, self.pre_button], vm.can_print, vm.why_not("print"))

    # ---- the card -------------------------------------------------------------------------------
    def _refusal_tip(self, button: QPushButton, action: str, offered: bool, tip: str) -> None:
        """Enabled when the card offers ``action`` and the person may use it; greyed, saying why, otherwise."""
        refusal = self.vm.refusal(action) if offered else ""
        button.setEnabled(offered and not refusal)
        button.setToolTip(refusal or tip)

    def _line_buttons(self) -> None:
        """The supply buttons follow the chosen line: a parts line of a card that can still change."""
        card = self.vm.card
        actions = self.vm.allowed_actions if card is not None else frozenset()
        line = self.vm.lines.line(self.table.currentIndex().row())
        refusal = self.vm.refusal("mark_supply") if card is not None else ""
        is_part = line is not None and line.kind == "part"
        for button, supply, tip in (
                (self.own_button, "own", self.tr("The customer brought this part: not issued, not charged")),
                (self.not_needed_button, "not_needed", self.tr("This part is not needed after all: not issued, "
                                                                "not charged")),
                (self.stock_button, "stock", self.tr("The store supplies this part again"))):
            offered = "mark_supply" in actions and is_part and (line.supply == "stock") != (supply == "stock")
            button.setEnabled(offered)
            if refusal:
                button.setToolTip(refusal)
            elif card is not None and "edit_lines" in actions and not is_part:
                button.setToolTip(self.tr("Choose a parts line first.") + " " + tip)
            else:
                button.setToolTip(tip)
        self.stock_button.setVisible(is_part and line.supply != "stock")

    def _show_card(self, card) -> None:
        has = card is not None
        if has and card.id != self._filled_id:
            self._filled_id = card.id
            self._fill(card)
            self.not_found_row.hide()
        actions = self.vm.allowed_actions if has else frozenset()  # the service's lifecycle, via the viewmodel
        for w in (self.print_button, self.pre_button):
            w.setEnabled("print" in actions)
        for w in (self.op_field, self.part_field, self.other, self.discount_button):
            w.setEnabled("edit_lines" in actions)
        self.added_hint.setVisible(self.vm.work_started())
        self.ask_button.setEnabled("ask_customer" in actions)
        self.answer_button.setEnabled("record_answer" in actions)
        self.cancel_button.setEnabled("cancel" in actions)
        self.open_button.setText(self.tr("Save intake") if has else self.tr("Open card"))
        self.dispatch_button.setEnabled("dispatch" in actions)
        self.start_button.setEnabled("start" in actions)
        self.self_check_button.setEnabled("self_check" in actions)
        self.final_check_button.setEnabled("final_check" in actions)
        self._refusal_tip(self.reopen_button, "reopen", has and "reopen" in card.actions(),
                          self.tr("Send a ready car back to work, with the reason"))
        self._refusal_tip(self.promised_button, "promised_time", has and "edit_lines" in actions,
                          self.tr("Promise another time, with the reason"))
        self.promised.setReadOnly(has)  # once opened, the promised time changes with its reason
        self.promised_button.setVisible(has)
        if has and card.promised_at is not None:
            self.promised.setDateTime(QDateTime(self.vm.promised_local()))
        elif not has:
            self.promised.setDateTime(QDateTime(self.vm.default_promised()))
        self._line_buttons()
        self._apply_rights()
        if not has:
            self.status.setText("")
            self.totals.setText("")
            return
        rework = "  " + self.tr("REWORK of {number}").format(number=card.rework_of) if card.rework_of else ""
        cancelled = "  " + self.tr("Reason: {reason}").format(reason=card.cancel_reason) if card.cancel_reason else ""
        self._status_text = f"{card.number}  {self.vm.status_name(card.status)}{rework}{cancelled}"
        self.status.setText(f"{self._status_text}   ✓ {self._saved_text}" if self._saved_text else self._status_text)
        parts = [f"{self.vm.payer_name(p.payer)} ¥{p.amount:,.2f}" for p in card.totals.payers]
        text = self.tr("Total ¥{total} (tax {tax})").format(total=f"{card.totals.amount:,.2f}",
                                                             tax=f"{card.totals.tax:,.2f}")
        if card.totals.pending:
            text += "  " + self.tr("awaiting approval ¥{amount}").format(amount=f"{card.totals.pending:,.2f}")
            self.totals.setStyleSheet("background: #fff3c4;")
        else:
            self.totals.setStyleSheet("")
        self.totals.setText("   ".join(parts) + "   " + text)
