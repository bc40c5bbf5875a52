"""The store's reports on screen: one tab per report, each a table with its summary and "Export to Excel"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.parts.purchasing import table


class ReportTab(QWidget):
    def __init__(self, vm, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.kind = kind
        self.run_button = QPushButton(self.tr("Run"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setEnabled(False)
        self.summary = QLabel()
        self.view = table(vm.models[kind])
        self.view.setSortingEnabled(False)
        self.options = QHBoxLayout()
        top = QHBoxLayout()
        top.addLayout(self.options)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.run_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self._export)
        vm.reportReady.connect(self._ready)

    def run(self) -> None:
        self.summary.setText(self.tr("Working…"))
        self.vm.run(self.kind)

    def _ready(self, kind: str, summary: str) -> None:
        if kind == self.kind:
            self.summary.setText(summary)
            self.export_button.setEnabled(True)

    def _export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), f"{self.kind}.xlsx",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.vm.export(self.kind, path)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PartsReportsPanel(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.start_edit = QDateEdit(_qdate(vm.start))
        self.end_edit = QDateEdit(_qdate(vm.end))
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 60)
        self.months_spin.setValue(vm.months)
        self.months_spin.setSuffix(self.tr(" months"))
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period from")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        self.tabs = QTabWidget()
        titles = {"value": self.tr("Stock value"), "turns": self.tr("Stock turns"),
                  "slow": self.tr("Slow and obsolete stock"), "below_minimum": self.tr("Below minimum"),
                  "fill_rate": self.tr("Fill rate (一次满足率)"), "channels": self.tr("Sales by channel")}
        self.report_tabs: dict[str, ReportTab] = {}
        for kind, title in titles.items():
            if kind not in vm.kinds:  # a cost report, for a role that does not buy
                continue
            tab = ReportTab(vm, kind)
            self.report_tabs[kind] = tab
            self.tabs.addTab(tab, title)
        if "slow" in self.report_tabs:
            slow = self.report_tabs["slow"].options
            slow.addWidget(QLabel(self.tr("No issue for")))
            slow.addWidget(self.months_spin)
        else:
            self.months_spin.setParent(self)
            self.months_spin.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.start_edit.dateChanged.connect(self._period)
        self.end_edit.dateChanged.connect(self._period)
        self.months_spin.valueChanged.connect(vm.set_months)
        vm.message.connect(self.message.setText)
        vm.saved.connect(lambda path: self.message.setText(self.tr("Saved {path}").format(path=path)))

    def _period(self) -> None:
        self.vm.set_period(self.start_edit.date().toPython(), self.end_edit.date().toPython())
