"""Passing a vehicle to another owner: find them with the customer search, give the day and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class OwnerDialog(QDialog):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        v = vm.vehicle
        self.setWindowTitle(self.tr("Change owner"))
        self.resize(700, 440)
        intro = QLabel(self.tr("{vehicle} now belongs to {name}. Find the new owner; the vehicle's plates, "
                               "readings and history go with it.").format(
            vehicle=" ".join(x for x in (v.plate or "", v.vin) if x), name=v.owner_name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("ownerSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin, mobile or its last 4 of the new owner"))
        self.table = QTableView()
        self.table.setObjectName("ownerResults")
        self.table.setModel(vm.owner_search.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.on = QLineEdit(vm.today())
        self.on.setObjectName("ownedFrom")
        self.on.setPlaceholderText(self.tr("today"))
        self.reason = QLineEdit()
        self.reason.setObjectName("ownerReason")
        self.reason.setPlaceholderText(self.tr("Sold, gift, company car to employee…"))
        form = QFormLayout()
        form.addRow(self.tr("From (2024-03-31)"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Change &owner"), QDialogButtonBox.ButtonRole.AcceptRole)
        lay = QVBoxLayout(self)
        for w in (intro, self.search, self.table):
            lay.addWidget(w)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(vm.owner_search.setQuery)
        vm.owner_search.resultsChanged.connect(lambda n: self.table.selectRow(0) if n else None)
        vm.owner_search.errorChanged.connect(self.error.setText)
        vm.ownerChanged.connect(self._done)
        vm.errorChanged.connect(lambda message, _field: self.error.setText(message))
        self.search.setFocus()

    def _confirm(self) -> None:
        self.vm.changeOwner(self.table.currentIndex().row(), self.reason.text(), self.on.text())

    def _done(self, _customer_id: int) -> None:
        self.accept()
