"""The workshop area (车间): the board, the kiosk, overdue cars, the figures, forgotten clock-outs.

Tabs follow the signed-in person: a technician sees the kiosk first; the supervisor the board;
someone who may only look (a display-only account) gets the wall display.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.workshop.board import BoardTab
from views.workshop.dialogs import CorrectionDialog
from views.workshop.kiosk import KioskTab


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class OverdueTab(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.days = QSpinBox()
        self.days.setObjectName("maxDays")
        self.days.setRange(1, 60)
        self.days.setValue(vm.max_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._days)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(vm.reload)
        self.table = _table(vm.rows, "overdue")
        self.error = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cars past their promised time, or in the workshop longer than")))
        bar.addWidget(self.days)
        bar.addStretch(1)
        bar.addWidget(refresh)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        vm.errorChanged.connect(self.error.setText)

    def _days(self, n: int) -> None:
        self.vm.max_days = n
        self.vm.reload()

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.vm.reload()


class FiguresTab(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-6))
        self.last = QDateEdit(today)
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("Show"))
        show.setObjectName("show")
        show.clicked.connect(self.load)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.last)
        bar.addWidget(show)
        bar.addStretch(1)
        note = QLabel(self.tr("Utilisation = clocked ÷ attendance (target ≥ 80%) · efficiency = sold ÷ clocked "
                              "(≥ 100%) · productivity = sold ÷ attendance"))
        note.setWordWrap(True)
        self.technicians = _table(vm.technicians, "technicians")
        self.teams = _table(vm.teams, "teams")
        self.error = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(note)
        lay.addWidget(QLabel(self.tr("Technicians")))
        lay.addWidget(self.technicians, 2)
        lay.addWidget(QLabel(self.tr("Teams")))
        lay.addWidget(self.teams, 1)
        lay.addWidget(self.error)
        vm.errorChanged.connect(self.error.setText)

    def load(self) -> None:
        a, b = self.first.date(), self.last.date()
        self.vm.load(date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day()))

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.load()


class FlagsTab(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.table = _table(vm.rows, "flags")
        self.approve_button = QPushButton(self.tr("Correct and approve…"))
        self.approve_button.setObjectName("approve")
        self.approve_button.setEnabled(vm.can_approve)
        self.approve_button.clicked.connect(self.approve)
        self.table.doubleClicked.connect(lambda _i: self.approve())
        self.error = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Clock records left open past their day. They count no hours until the "
                                     "supervisor sets when they really ended.")))
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.approve_button)
        lay.addLayout(row)
        lay.addWidget(self.error)
        vm.errorChanged.connect(self.error.setText)
        self.last_dialog = None

    def approve(self) -> None:
        idx = self.table.currentIndex()
        flagged = self.vm.rows.object_at(idx.row()) if idx.isValid() else None
        if flagged is None or not self.vm.can_approve:
            return
        dlg = CorrectionDialog(flagged, self.vm.zone, self)
        self.last_dialog = dlg
        if dlg.exec():
            self.vm.approve(idx.row(), dlg.ended_at(), dlg.reason.text())

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.vm.reload()


class WorkshopPage(QWidget):
    def __init__(self, board_vm, kiosk_vm, overdue_vm, figures_vm, flags_vm, make_wall, *,
                 technician_first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = board_vm
        self.make_wall = make_wall
        self.wall = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshopTabs")
        self.board = BoardTab(board_vm, open_wall=self.open_wall)
        self.kiosk = KioskTab(kiosk_vm) if kiosk_vm is not None else None
        self.overdue = OverdueTab(overdue_vm)
        self.figures = FiguresTab(figures_vm) if figures_vm.allowed else None
        self.flags = FlagsTab(flags_vm)
        if self.kiosk is not None and technician_first:
            self.tabs.addTab(self.kiosk, self.tr("Clock on and off"))
        self.tabs.addTab(self.board, self.tr("Board"))
        if self.kiosk is not None and not technician_first:
            self.tabs.addTab(self.kiosk, self.tr("Clock on and off"))
        self.tabs.addTab(self.overdue, self.tr("Overdue cars"))
        if self.figures is not None:
            self.tabs.addTab(self.figures, self.tr("Figures"))
        self.tabs.addTab(self.flags, self.tr("Forgotten clock-outs"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        board_vm.refresh()

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.vm.start_polling()

    def hideEvent(self, ev) -> None:  # noqa: N802
        self.vm.stop_polling()
        super().hideEvent(ev)

    def open_wall(self) -> None:
        if self.wall is None:
            self.wall = self.make_wall()
            self.wall.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # the whole screen (the TV); F11 toggles full screen, Esc closes
        self.wall.setGeometry(self.screen().availableGeometry())
        self.wall.showMaximized()
        self.wall.raise_()

