"""The appointment sheet (预约): the day per advisor on the left, booking on the right with two
suggested times; the next-day reminder calls; the welcome board for the reception screen."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.crm.board import WelcomeBoard


def table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def chosen(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return view.model().row_object(rows[0].row()) if rows else None


class AppointmentsPage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.board_window: WelcomeBoard | None = None

        # ---- the day
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        d = vm.day
        self.day.setDate(QDate(d.year, d.month, d.day))
        self.advisor = QComboBox()
        self.advisor.setObjectName("advisor_filter")
        self.advisor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.load = QLabel()
        self.load.setObjectName("load")
        self.board_button = QPushButton(self.tr("Welcome board"))
        self.board_button.setObjectName("board")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Advisor")))
        top.addWidget(self.advisor)
        top.addWidget(self.load, 1)
        top.addWidget(self.board_button)

        self.sheet = table(vm.sheet, "sheet")
        for col, width in enumerate((52, 70, 84, 80, 100, 150, 44, 60)):
            self.sheet.setColumnWidth(col, width)
        self.receive_button = QPushButton(self.tr("Car arrived: open job card"))
        self.receive_button.setObjectName("receive")
        self.receive_button.setEnabled(vm.can_receive)
        self.no_show_button = QPushButton(self.tr("No-show…"))
        self.no_show_button.setObjectName("no_show")
        self.cancel_button = QPushButton(self.tr("Cancel…"))
        self.cancel_button.setObjectName("cancel")
        actions = QHBoxLayout()
        for b in (self.receive_button, self.no_show_button, self.cancel_button):
            actions.addWidget(b)
        actions.addStretch(1)
        sheet_tab = QWidget()
        sv = QVBoxLayout(sheet_tab)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.sheet, 1)
        sv.addLayout(actions)

        # ---- tomorrow's reminder calls
        self.confirmations = table(vm.confirmations, "confirmations")
        for col, width in enumerate((80, 80, 100, 84, 70)):
            self.confirmations.setColumnWidth(col, width)
        self.confirmed_button = QPushButton(self.tr("Confirmed"))
        self.confirmed_button.setObjectName("confirmed")
        self.called_button = QPushButton(self.tr("No answer"))
        self.called_button.setObjectName("called")
        self.moved_button = QPushButton(self.tr("Move to the time in the form"))
        self.moved_button.setObjectName("moved")
        self.cancelled_button = QPushButton(self.tr("Cancelled…"))
        self.cancelled_button.setObjectName("cancelled")
        cb = QHBoxLayout()
        for b in (self.confirmed_button, self.called_button, self.moved_button, self.cancelled_button):
            cb.addWidget(b)
        cb.addStretch(1)
        confirm_tab = QWidget()
        cv = QVBoxLayout(confirm_tab)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(QLabel(self.tr("Appointments of tomorrow still to confirm by phone")))
        cv.addWidget(self.confirmations, 1)
        cv.addLayout(cb)

        self.tabs = QTabWidget()
        self.tabs.addTab(sheet_tab, self.tr("Day sheet"))
        self.tabs.addTab(confirm_tab, self.tr("Confirm tomorrow"))

        # ---- booking
        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.find.setPlaceholderText(self.tr("Plate, phone or name"))
        self.car = QComboBox()
        self.car.setObjectName("car")
        self.book_advisor = QComboBox()
        self.book_advisor.setObjectName("book_advisor")
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        start = vm.default_start()
        self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0.1, 24)
        self.hours.setDecimals(1)
        self.hours.setValue(1.0)
        self.hours.setSuffix(self.tr(" h"))
        self.job_type = QComboBox()
        self.job_type.setObjectName("job_type")
        for key, name in vm.job_types():
            self.job_type.addItem(name, key)
        self.parts = QLineEdit()
        self.parts.setObjectName("parts")
        self.parts.setPlaceholderText(self.tr("Part numbers to reserve, e.g. 06L115562 ×1, G052195M2 ×4.5"))
        self.request = QLineEdit()
        self.request.setObjectName("request")
        self.request.setPlaceholderText(self.tr("The customer's words: the work expected"))
        self.suggest_button = QPushButton(self.tr("Suggest two times"))
        self.suggest_button.setObjectName("suggest")
        self.slot_buttons = [QPushButton(), QPushButton()]
        for i, b in enumerate(self.slot_buttons):
            b.setObjectName(f"slot{i}")
            b.setEnabled(False)
        self.book_button = QPushButton(self.tr("Book"))
        self.book_button.setObjectName("book")
        self.book_button.setDefault(True)
        self.book_button.setEnabled(vm.can_book)
        form = QFormLayout()
        form.addRow(self.tr("Car"), self.find)
        form.addRow("", self.car)
        form.addRow(self.tr("Advisor"), self.book_advisor)
        form.addRow(self.tr("Work"), self.request)
        form.addRow(self.tr("Job type"), self.job_type)
        form.addRow(self.tr("Expected work"), self.hours)
        form.addRow(self.tr("Parts to pick"), self.parts)
        form.addRow(self.tr("Time"), self.when)
        slots = QHBoxLayout()
        slots.addWidget(self.slot_buttons[0])
        slots.addWidget(self.slot_buttons[1])
        right = QWidget()
        rv = QVBoxLayout(right)
        title = QLabel(self.tr("Book an appointment"))
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        rv.addWidget(title)
        rv.addLayout(form)
        rv.addWidget(self.suggest_button)
        rv.addLayout(slots)
        rv.addWidget(self.book_button)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        rv.addWidget(self.error)
        rv.addWidget(self.message)
        rv.addStretch(1)

        split = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.tabs, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 380])
        right.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        # ---- wiring
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(250)
        self._find_timer.timeout.connect(lambda: vm.find_vehicle(self.find.text()))
        self.find.textChanged.connect(lambda _t: self._find_timer.start())
        self.find.returnPressed.connect(lambda: vm.find_vehicle(self.find.text()))
        self.car.currentIndexChanged.connect(vm.choose_vehicle)
        self.day.dateChanged.connect(lambda q: vm.set_day(q.toPython()))
        self.advisor.currentIndexChanged.connect(lambda _i: vm.set_advisor(self.advisor.currentData()))
        self.suggest_button.clicked.connect(self._suggest)
        for i, b in enumerate(self.slot_buttons):
            b.clicked.connect(lambda _c=False, i=i: self._take_slot(i))
        self.book_button.clicked.connect(self._book)
        self.receive_button.clicked.connect(self._receive)
        self.no_show_button.clicked.connect(lambda: self._with_reason(vm.no_show, self.tr("Why did the customer "
                                                                                          "not come?")))
        self.cancel_button.clicked.connect(lambda: self._with_reason(vm.cancel, self.tr("Why does the customer "
                                                                                        "cancel?")))
        self.confirmed_button.clicked.connect(lambda: self._confirm("confirmed"))
        self.called_button.clicked.connect(lambda: self._confirm("called"))
        self.moved_button.clicked.connect(lambda: self._confirm("moved"))
        self.cancelled_button.clicked.connect(lambda: self._confirm("cancelled"))
        self.board_button.clicked.connect(self.show_board)
        vm.dayChanged.connect(self._day_changed)
        vm.hitsChanged.connect(self._hits)
        vm.slotsChanged.connect(self._slots)
        vm.errorChanged.connect(self.error.setText)
        vm.errorChanged.connect(lambda text: self.message.clear() if text else None)
        vm.messageChanged.connect(self.message.setText)
        vm.busyChanged.connect(lambda busy: self.book_button.setEnabled(vm.can_book and not busy))
        vm.start()

    # ---- reactions ---------------------------------------------------------------------------------
    def _day_changed(self) -> None:
        self.load.setText(self.vm.load_text())
        if self.advisor.count() == 0 and self.vm.advisors:
            self.advisor.blockSignals(True)
            self.advisor.addItem(self.tr("All advisors"), None)
            for a in self.vm.advisors:
                self.advisor.addItem(a.name, a.user_id)
                self.book_advisor.addItem(a.name, a.user_id)
            self.advisor.blockSignals(False)
        d = self.vm.day
        if self.day.date().toPython() != d:
            self.day.blockSignals(True)
            self.day.setDate(QDate(d.year, d.month, d.day))
            self.day.blockSignals(False)

    def _hits(self, hits) -> None:
        self.car.clear()
        for h in hits:
            self.car.addItem(f"{h.plate}  {h.name}  {h.vehicle}", h.vehicle_id)
        self.vm.choose_vehicle(0 if hits else -1)

    def _when(self) -> datetime:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.vm.clock.zone)

    def _hours(self) -> Decimal:
        return Decimal(str(round(self.hours.value(), 1)))

    def _suggest(self) -> None:
        self.vm.suggest(self._when(), self._hours(), self.book_advisor.currentData())

    def _slots(self, slots) -> None:
        for i, b in enumerate(self.slot_buttons):
            if i < len(slots):
                b.setText(self.vm.slot_text(slots[i]))
                b.setEnabled(True)
            else:
                b.setText("")
                b.setEnabled(False)

    def _take_slot(self, i: int) -> None:
        if i >= len(self.vm.slots):
            return
        slot = self.vm.slots[i]
        local = self.vm.clock.local(slot.starts_at)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        index = self.book_advisor.findData(slot.advisor_id)
        if index >= 0:
            self.book_advisor.setCurrentIndex(index)

    def _book(self) -> None:
        self.vm.book(self._when(), self.book_advisor.currentData(), self._hours(), self.job_type.currentData(),
                     self.request.text(), self.parts.text())

    def _receive(self) -> None:
        a = chosen(self.sheet)
        if a is None:
            return
        km, ok = QInputDialog.getInt(self, self.tr("Car arrived"), self.tr("Mileage on arrival (km)"), 0, 0,
                                     2_999_999)
        if ok:
            self.vm.receive(a, km or None)

    def _with_reason(self, action, question: str) -> None:
        a = chosen(self.sheet)
        if a is None:
            return
        reason, ok = QInputDialog.getText(self, a.number, question)
        if ok:
            action(a, reason)

    def _confirm(self, outcome: str) -> None:
        a = chosen(self.confirmations)
        if a is None:
            return
        if outcome == "cancelled":
            reason, ok = QInputDialog.getText(self, a.number, self.tr("Why does the customer cancel?"))
            if ok:
                self.vm.confirm(a, outcome, reason=reason)
        elif outcome == "moved":
            self.vm.confirm(a, outcome, starts_at=self._when())
        else:
            self.vm.confirm(a, outcome)

    def add_phone_log(self, panel: QWidget) -> None:
        """The receptionist's phone log as a tab beside the day sheet."""
        self.tabs.addTab(panel, self.tr("Phone log"))

    def show_board(self) -> None:
        if self.board_window is None:
            self.board_window = WelcomeBoard(self.vm)
        self.board_window.showFullScreen()
        self.board_window.raise_()


__all__ = ["AppointmentsPage", "Qt"]
