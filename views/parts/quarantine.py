"""The quarantine bin (待处理/隔离区): parts rejected at receiving inspection, waiting for a later decision —
released to stock (fit after all) or returned to the supplier. Opened from the receiving page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class QuarantineDialog(QDialog):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(self.tr("Quarantine bin"))
        self.resize(960, 420)
        intro = QLabel(self.tr("Parts rejected at inspection wait here: they are not on hand and cannot be issued. "
                               "Release them to stock or return them to the supplier."))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("quarantineList")
        self.table.setModel(vm.quarantine)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 130)
        self.table.horizontalHeader().resizeSection(3, 180)
        self.release_button = QPushButton(self.tr("Release to stock…"))
        self.return_button = QPushButton(self.tr("Return to supplier…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.release_button.clicked.connect(self._release)
        self.return_button.clicked.connect(self._return)
        vm.message.connect(self.message_label.setText)
        vm.quarantineChanged.connect(self._loaded)
        vm.load_quarantine()

    def _loaded(self) -> None:
        empty = self.vm.quarantine.rowCount() == 0
        self.release_button.setEnabled(not empty)
        self.return_button.setEnabled(not empty)
        if empty:
            self.message_label.setText(self.tr("Nothing is waiting in quarantine."))

    def _row(self) -> int:
        idx = self.table.currentIndex()
        if not idx.isValid():
            self.message_label.setText(self.tr("Choose a line in the list first."))
            return -1
        return idx.row()

    def _release(self) -> None:
        row = self._row()
        if row < 0:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Release to stock"),
                                          self.tr("Why may they go into stock (rechecked, supplier's answer…)?"))
        if ok:
            self.vm.release_quarantined(row, reason.strip(), "")

    def _return(self) -> None:
        row = self._row()
        if row < 0:
            return
        held = self.vm.quarantine.row_object(row)
        reason, ok = QInputDialog.getText(self, self.tr("Return to supplier"), self.tr("Reason on the return:"),
                                          text=held.reason if held else "")
        if ok:
            self.vm.return_quarantined(row, reason.strip(), "")
