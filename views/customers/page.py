"""The customer page: profile, vehicles, and the timeline of everything the station did with them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.common.flow import FlowLayout
from views.common.permissions import apply_right


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CustomerPageView(QWidget):
    """Signals:
        customerChanged(): the customer was edited or merged (the search list may be stale).
        jobCardRequested(object): "Open a job card" for the chosen vehicle: ``{"vehicle_id", "vin"}``.
    """

    customerChanged = Signal()
    jobCardRequested = Signal(object)

    def __init__(self, vm, make_edit_vm, make_vehicle_vm, make_merge_vm, parent: QWidget | None = None, *,
                 open_repair_file=None) -> None:
        """``open_repair_file(vin, parent)`` opens the chosen vehicle's repair file (the repair file area's
        dialog); without it the button is absent."""
        super().__init__(parent)
        self.open_repair_file = open_repair_file
        self.vm = vm
        self.make_edit_vm = make_edit_vm
        self.make_vehicle_vm = make_vehicle_vm
        self.make_merge_vm = make_merge_vm
        self.title = QLabel(self.tr("Find a customer on the left, or press Ctrl+F."))
        self.title.setObjectName("customerTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.profile = QFormLayout()
        self.error = QLabel()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.vehicle_button = QPushButton(self.tr("Add &vehicle"))
        self.merge_button = QPushButton(self.tr("&Merge with…"))
        self.details_button = QPushButton(self.tr("Vehicle &details…"))
        self.consent_button = QPushButton(self.tr("&Consent and club…"))
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setVisible(vm.may_erase())
        self.job_card_button = QPushButton(self.tr("Open a job card"))
        self.job_card_button.setObjectName("openJobCard")
        self.job_card_button.setToolTip(self.tr("Receive the chosen vehicle at the front desk"))
        self.job_card_button.setVisible(vm.can_open_job_card())  # absent for roles that do not receive cars
        self.repair_file_button = QPushButton(self.tr("&Repair file…"))
        self.repair_file_button.setObjectName("repairFile")
        self.repair_file_button.setToolTip(self.tr("Every job on the chosen vehicle (一车一档), to show or print "
                                                   "for the customer"))
        self.repair_file_button.setVisible(open_repair_file is not None)
        self.repair_file_button.setEnabled(False)
        for b in (self.job_card_button, self.edit_button, self.vehicle_button, self.merge_button, self.details_button, self.consent_button,
                  self.erase_button):
            b.setEnabled(False)
        self.vehicles = _table(vm.vehicles)
        self.timeline = _table(vm.timeline)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 380)
        tabs = QTabWidget()
        tabs.addTab(self.vehicles, self.tr("Vehicles"))
        tabs.addTab(self.timeline, self.tr("Timeline"))

        # the buttons wrap to a second row rather than widen the page past a 1366×768 screen at 125%
        buttons = FlowLayout()
        for b in (self.job_card_button, self.edit_button, self.vehicle_button, self.details_button,
                  self.repair_file_button, self.consent_button, self.merge_button, self.erase_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self.profile)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        lay.addWidget(tabs, 1)

        vm.loaded.connect(self._show)
        vm.errorChanged.connect(self.error.setText)
        self.edit_button.clicked.connect(self._edit)
        self.job_card_button.clicked.connect(self.open_job_card)
        self.vehicle_button.clicked.connect(self._add_vehicle)
        self.merge_button.clicked.connect(self._merge)
        self.details_button.clicked.connect(self.open_vehicle)
        self.repair_file_button.clicked.connect(self.show_repair_file)
        self.consent_button.clicked.connect(self.open_consent)
        self.erase_button.clicked.connect(self.open_erasure)
        self.vehicles.doubleClicked.connect(lambda index: self.open_vehicle(index.row()))

    def _show(self) -> None:
        c = self.vm.customer
        self.title.setText(c.name)
        self.error.setText("")
        while self.profile.rowCount():
            self.profile.removeRow(0)
        for label, value in self.vm.summary_lines():
            text = QLabel(value)
            text.setWordWrap(True)
            self.profile.addRow(label, text)
        erased = c.erased
        self.edit_button.setEnabled(self.vm.can_edit() and not erased)
        self.vehicle_button.setEnabled(self.vm.can_edit() and not erased)
        self.erase_button.setEnabled(self.vm.can_erase())
        self.erase_button.setVisible(self.vm.may_erase())  # absent for roles without the privacy permission
        self.merge_button.setEnabled(self.vm.can_merge())
        apply_right([self.edit_button, self.vehicle_button], self.vm.can_edit(), self.vm.why_not("edit"))
        apply_right([self.merge_button], self.vm.can_merge(), self.vm.why_not("merge"))
        self.details_button.setEnabled(self.vm.vehicles.rowCount() > 0)
        self.repair_file_button.setEnabled(self.vm.vehicles.rowCount() > 0)
        self.job_card_button.setEnabled(self.vm.can_open_job_card() and not erased
                                        and self.vm.vehicles.rowCount() > 0)
        self.consent_button.setEnabled(True)
        if self.vm.vehicles.rowCount() and not self.vehicles.currentIndex().isValid():
            self.vehicles.selectRow(0)

    def open_vehicle(self, row: int | None = None) -> None:
        """The vehicle dialog for ``row`` of the vehicles list (the selected one when None)."""
        from views.customers.vehicle import VehicleDetailsDialog

        if not isinstance(row, int) or isinstance(row, bool):
            row = self.vehicles.currentIndex().row()
        v = self.vm.vehicles.row_object(row if row >= 0 else 0)
        if v is None:
            return
        self.vehicle_dialog = VehicleDetailsDialog(self.vm.vehicle_details(v.id), self)
        self.vehicle_dialog.changed.connect(lambda: self._changed(self.vm.customer.id))
        self.vehicle_dialog.open()

    def show_repair_file(self):
        """The repair file (一车一档) of the chosen vehicle (the first when none is chosen)."""
        row = self.vehicles.currentIndex().row()
        v = self.vm.vehicles.row_object(row if row >= 0 else 0)
        if v is None or self.open_repair_file is None:
            return None
        self.repair_file_dialog = self.open_repair_file(v.vin, self)
        return self.repair_file_dialog

    def open_job_card(self) -> None:
        """Reception of the chosen vehicle (the first when none is chosen) in the job card area."""
        request = self.vm.job_card_request(self.vehicles.currentIndex().row())
        if request is not None:
            self.jobCardRequested.emit(request)

    def open_erasure(self) -> None:
        from views.customers.erase import ErasureDialog

        self.erasure_dialog = ErasureDialog(self.vm.erasure(), self)
        self.erasure_dialog.erased_id.connect(self._changed)
        self.erasure_dialog.open()

    def open_consent(self) -> None:
        from views.customers.consent import ConsentDialog

        self.consent_dialog = ConsentDialog(self.vm.consent(), self)
        self.consent_dialog.changed.connect(lambda: self._changed(self.vm.customer.id))
        self.consent_dialog.open()

    def _edit(self) -> None:
        from views.customers.edit import CustomerEditDialog

        dialog = CustomerEditDialog(self.make_edit_vm(self.vm.customer), self)
        dialog.saved_id.connect(self._changed)
        dialog.open()

    def _add_vehicle(self) -> None:
        from views.customers.vehicle_new import VehicleDialog

        dialog = VehicleDialog(self.make_vehicle_vm(self.vm.customer.id), self)
        dialog.saved_id.connect(lambda _vid: self._changed(self.vm.customer.id))
        dialog.open()

    def _merge(self) -> None:
        from views.customers.merge import MergeDialog

        dialog = MergeDialog(self.make_merge_vm(self.vm.customer), self)
        dialog.merged_id.connect(self._changed)
        dialog.open()

    def _changed(self, customer_id: int) -> None:
        self.vm.load(customer_id)
        self.customerChanged.emit()
