"""The electronic health record outbox (电子健康档案): every settled job's record with its status, the
reason a record is held back, and retry, export to a file and "uploaded" for the station's upload tool."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class OutboxPage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.status = QComboBox()
        self.status.setObjectName("status")
        for key, text in vm.statuses():
            self.status.addItem(text, key)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.table = QTableView()
        self.table.setObjectName("records")
        self.table.setModel(vm.records)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((120, 120, 120, 90, 160, 80, 60)):
            self.table.setColumnWidth(col, width)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setToolTip(self.tr("Rebuild the chosen held back or failed records from the job card and "
                                             "the customer file as they are now"))
        self.uploaded_button = QPushButton(self.tr("Mark &uploaded"))
        self.uploaded_button.setObjectName("uploaded")
        self.uploaded_button.setToolTip(self.tr("The upload tool confirmed the chosen records"))
        today = vm.clock.today()
        self.day_from = QDateEdit(QDate(today.year, today.month, 1))
        self.day_to = QDateEdit(QDate(today.year, today.month, today.day))
        for d in (self.day_from, self.day_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("The records settled in the period, as JSON or Excel for the upload "
                                              "tool; they are marked exported"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        top.addWidget(self.counts, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.uploaded_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Settled from")))
        actions.addWidget(self.day_from)
        actions.addWidget(QLabel(self.tr("to")))
        actions.addWidget(self.day_to)
        actions.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.message)
        lay.addLayout(actions)

        self.status.currentIndexChanged.connect(lambda _i: vm.set_status(self.status.currentData()))
        vm.recordsChanged.connect(self._listed)
        vm.errorChanged.connect(self.error.setText)
        vm.messageChanged.connect(self.message.setText)
        vm.busyChanged.connect(self._busy)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retry_button.clicked.connect(lambda: vm.retry(self.selected_rows()))
        self.uploaded_button.clicked.connect(lambda: vm.mark_uploaded(self.selected_rows()))
        self.export_button.clicked.connect(self._export)
        self._enable()
        vm.refresh()

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _enable(self) -> None:
        rows = self.selected_rows()
        self.retry_button.setEnabled(self.vm.can_retry(rows))
        self.uploaded_button.setEnabled(bool(rows))

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        if busy:
            self.retry_button.setEnabled(False)
            self.uploaded_button.setEnabled(False)
        else:
            self._enable()

    def _listed(self) -> None:
        self.counts.setText(self.vm.counts_text())
        self._enable()

    def period(self) -> tuple[date, date]:
        return self.day_from.date().toPython(), self.day_to.date().toPython()

    def _export(self) -> None:
        day_from, day_to = self.period()
        name = f"health-records-{day_from:%Y%m%d}-{day_to:%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export health records"), name,
                                                    self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.vm.export(day_from, day_to, path)
