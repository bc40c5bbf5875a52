"""The job cards page: the list (filters, search, open cards first) and the reception form beside it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.common.preview import PrintPreviewDialog
from views.job_cards.qc import QualityCheckDialog
from views.job_cards.reception import ReceptionForm

STATUS_FILTERS = ("open", "", "in_progress", "waiting_parts", "quality_check", "ready", "delivered", "cancelled")


class JobCardsPage(QWidget):
    """``make_reception()`` gives a fresh ReceptionViewModel for each card opened."""

    def __init__(self, list_vm, make_reception, page_images, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_vm = list_vm
        self.make_reception = make_reception
        self.page_images = page_images
        self.stack = QStackedWidget()

        # ---- the list
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: card number, plate, VIN digits, customer"))
        self.status = QComboBox()
        names = {"open": self.tr("Open cards"), "": self.tr("All"), "in_progress": self.tr("In progress"),
                 "waiting_parts": self.tr("Waiting for parts"), "quality_check": self.tr("Quality check"),
                 "ready": self.tr("Ready"), "delivered": self.tr("Delivered"), "cancelled": self.tr("Cancelled")}
        for key in STATUS_FILTERS:
            self.status.addItem(names[key], key)
        self.job_type = QComboBox()
        self.job_type.addItem(self.tr("Every type"), None)
        for key, name in list_vm.job_types():
            self.job_type.addItem(name, key)
        self.payer = QComboBox()
        self.payer.addItem(self.tr("Every payer"), None)
        for key, name in list_vm.payers():
            self.payer.addItem(name, key)
        self.mine = QComboBox()
        self.mine.addItem(self.tr("Every advisor"), None)
        self.mine.addItem(self.tr("My cards"), list_vm.actor.user_id)
        self.date_from = QDateEdit()
        self.date_from.setCalendarPopup(True)
        self.date_from.setSpecialValueText(self.tr("from any day"))
        self.date_from.setMinimumDate(QDate(2000, 1, 1))
        self.date_from.setDate(self.date_from.minimumDate())
        self.new_button = QPushButton(self.tr("New reception"))
        self.new_button.setObjectName("new")
        self.new_button.setEnabled(list_vm.can_open)
        self.table = QTableView()
        self.table.setObjectName("cards")
        self.table.setModel(list_vm.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        for col, width in enumerate((150, 90, 80, 120, 90, 100, 160, 80, 90, 120)):
            self.table.setColumnWidth(col, width)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000;")
        bar = QHBoxLayout()
        for w in (self.search, self.status, self.job_type, self.payer, self.mine, self.date_from, self.new_button):
            bar.addWidget(w)
        list_page = QWidget()
        lv = QVBoxLayout(list_page)
        lv.addLayout(bar)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.error)
        self.stack.addWidget(list_page)

        self.back = QPushButton(self.tr("← Job card list"))
        self.back.setObjectName("back")
        self.back.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(list_vm.setText)
        self.status.currentIndexChanged.connect(self._filters)
        self.job_type.currentIndexChanged.connect(self._filters)
        self.payer.currentIndexChanged.connect(self._filters)
        self.mine.currentIndexChanged.connect(self._filters)
        self.date_from.dateChanged.connect(self._filters)
        self.table.activated.connect(lambda index: list_vm.openRow(index.row()))
        list_vm.openRequested.connect(self.open_card)
        list_vm.errorChanged.connect(self.error.setText)
        self.new_button.clicked.connect(lambda: self.open_card(None))
        self.back.clicked.connect(self.show_list)
        self.form: ReceptionForm | None = None
        list_vm.set_filter(statuses=("open",))

    def _filters(self) -> None:
        status = self.status.currentData()
        day = self.date_from.date()
        self.list_vm.set_filter(
            statuses=(status,) if status else (), job_type=self.job_type.currentData(),
            payer=self.payer.currentData(), advisor_id=self.mine.currentData(),
            date_from=None if day == self.date_from.minimumDate() else day.toPython())

    def open_card(self, number: str | None) -> ReceptionForm:
        vm = self.make_reception()
        form = ReceptionForm(vm)
        vm.setParent(form)
        form.qcRequested.connect(self.quality_check)
        form.previewRequested.connect(self.preview)
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
        self.form = form
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        self.back.show()
        if number:
            vm.load(number)
        else:
            form.find.setFocus()
        return form

    def open_record(self, number: str) -> ReceptionForm:
        """Another page's line naming a card (the reports' overdue cars): that card, opened."""
        return self.open_card(number)

    def receive(self, request: dict) -> ReceptionForm | None:
        """Another page's request (the customer page's "Open a job card"): a new reception with the
        vehicle ``request["vehicle_id"]`` (VIN ``request["vin"]``) chosen."""
        if not isinstance(request, dict) or "vehicle_id" not in request:
            return None
        form = self.open_card(None)
        form.choose_vehicle(request["vehicle_id"], request.get("vin", ""))
        return form

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.back.hide()
        self.list_vm.reload()

    def quality_check(self, final: bool) -> QualityCheckDialog:
        dialog = QualityCheckDialog(self.form.vm, final, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def preview(self, path: str) -> PrintPreviewDialog:
        from pathlib import Path

        dialog = PrintPreviewDialog(path, self.page_images(Path(path).read_bytes()), self, render=self.page_images)
        self.last_preview = dialog
        dialog.open()
        return dialog
