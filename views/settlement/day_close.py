"""The cashier's day close tab: a day, everyone's or only my takings, per method and payment by payment."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from views.settlement.tables import make_table


class DayCloseTab(QWidget):
    def __init__(self, vm, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.day = QDateEdit()
        self.day.setObjectName("closeDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(vm.day.year, vm.day.month, vm.day.day))
        self.only_mine = QCheckBox(self.tr("Only my takings"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showClose")
        self.print_button = QPushButton(self.tr("Print day close"))
        self.print_button.setObjectName("printClose")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        for w in (self.day, self.only_mine, self.show_button, self.print_button):
            top.addWidget(w)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("closeSummary")
        f = self.summary.font()
        f.setBold(True)
        self.summary.setFont(f)
        self.methods = make_table(vm.methods, "closeMethods")
        self.methods.setMaximumHeight(200)
        self.rows = make_table(vm.rows, "closeRows")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.methods)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.error)

        self.show_button.clicked.connect(self._load)
        self.day.dateChanged.connect(lambda _d: self._load())
        self.only_mine.toggled.connect(lambda _b: self._load())
        self.print_button.clicked.connect(vm.print_sheet)
        vm.closeChanged.connect(lambda _c: self.summary.setText(vm.summary()))
        vm.errorChanged.connect(self.error.setText)
        vm.printed.connect(preview)

    def _load(self) -> None:
        self.vm.load(self.day.date().toPython(), self.only_mine.isChecked())

    def showEvent(self, event) -> None:  # noqa: N802 (the day's takings are fresh whenever the tab is opened)
        super().showEvent(event)
        self._load()
