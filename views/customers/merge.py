"""Merging a duplicate record into the customer on screen: find it, check it, confirm."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class MergeDialog(QDialog):
    """Signals:
        merged_id(int): the kept customer, after the merge.
    """

    merged_id = Signal(int)

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("Merge into {name}").format(name=vm.keep.name))
        self.resize(720, 420)
        intro = QLabel(self.tr("Find the duplicate record. Its vehicles, job cards, appointments, calls and history "
                               "move to {name}; the duplicate is kept as merged.").format(name=vm.keep.name))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, mobile, plate or VIN of the duplicate"))
        self.table = QTableView()
        self.table.setModel(vm.search.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, self.search, self.table, self.error, buttons):
            lay.addWidget(w)
        self.search.textChanged.connect(vm.search.setQuery)
        vm.search.resultsChanged.connect(lambda n: self.table.selectRow(0) if n else None)
        vm.merged.connect(self._merged)
        vm.errorChanged.connect(self.error.setText)
        self.search.setFocus()

    def _confirm(self) -> None:
        row = self.table.currentIndex().row()
        hit = self.vm.search.results.row_object(row)
        if hit is None:
            return
        answer = QMessageBox.question(self, self.tr("Merge"), self.tr(
            "Merge {other} into {name}? This cannot be undone.").format(other=hit.name, name=self.vm.keep.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.vm.mergeRow(row)

    def _merged(self, customer_id: int) -> None:
        self.merged_id.emit(customer_id)
        self.accept()
