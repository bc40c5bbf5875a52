"""The audit log tab of the settings page: filters, the entries newest first, and one entry's details."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class AuditTab(QWidget):
    def __init__(self, vm, today: QDate | None = None, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        today = today or QDate.currentDate()
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, prefix in vm.action_choices():
            self.action.addItem(label, prefix)
        self.action.setToolTip(self.tr("Pick an area, or type the start of an action, e.g. stock.adjust"))
        self.entity = QLineEdit()
        self.entity.setObjectName("auditEntity")
        self.entity.setPlaceholderText(self.tr("record type, e.g. Part"))
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setPlaceholderText(self.tr("id or number"))
        self.between = QCheckBox(self.tr("From"))
        self.between.setObjectName("auditBetween")
        self.first = QDateEdit(today.addDays(-30))
        self.first.setObjectName("auditFirst")
        self.first.setCalendarPopup(True)
        self.last = QDateEdit(today)
        self.last.setObjectName("auditLast")
        self.last.setCalendarPopup(True)
        for w in (self.first, self.last):
            w.setEnabled(False)
            self.between.toggled.connect(w.setEnabled)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("auditSearch")
        self.search_button.clicked.connect(self.search)
        self.entity.returnPressed.connect(self.search)
        self.entity_id.returnPressed.connect(self.search)
        self.action.lineEdit().returnPressed.connect(self.search)

        filters = QHBoxLayout()
        for w in (QLabel(self.tr("Action")), self.action, QLabel(self.tr("Record")), self.entity, self.entity_id,
                  self.between, self.first, QLabel(self.tr("to")), self.last, self.search_button):
            filters.addWidget(w)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("auditEntries")
        self.table.setModel(vm.entries)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 150)
        self.table.horizontalHeader().resizeSection(2, 160)
        self.table.horizontalHeader().resizeSection(3, 240)
        self.table.horizontalHeader().resizeSection(4, 260)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_details(cur.row()))
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("The selected entry's details"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setObjectName("auditMore")
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(vm.more)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.message, 1)

        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        vm.loaded.connect(self._loaded)
        vm.errorChanged.connect(self.message.setText)
        self._started = False

    def start(self) -> None:
        """Load the first page the first time the tab is shown."""
        if not self._started:
            self._started = True
            self.search()

    def action_prefix(self) -> str:
        text = self.action.currentText()
        i = self.action.findText(text)
        return self.action.itemData(i) if i >= 0 else text

    def search(self) -> None:
        self._started = True
        self.details.clear()
        between = self.between.isChecked()
        self.vm.search(self.action_prefix(), self.entity.text(), self.entity_id.text(),
                       self.first.date().toPython() if between else None,
                       self.last.date().toPython() if between else None)

    def _loaded(self, rows: int, more: bool) -> None:
        self.count.setText(self.tr("{n} entries shown").format(n=rows))
        self.more_button.setEnabled(more)

    def _show_details(self, row: int) -> None:
        self.details.setPlainText(self.vm.details_text(row))
