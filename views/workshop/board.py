"""The dispatcher's board tab: the unassigned queue on the left, the day's board on the right.

Everything the mouse does has a key: in the queue, Enter dispatches the chosen card to a
technician picked from a list (F3 shares it between several); on the board, arrows choose a
block, Ctrl+Up/Down move it, Delete puts it back in the queue, Ctrl+P prints its dispatch sheet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from viewmodels.workshop.board import QueueModel, state_name
from views.common.flow import FlowLayout
from views.workshop.canvas import RISK_PENS, STATE_COLOURS, BoardCanvas
from views.workshop.dialogs import SplitDialog, TechnicianDialog


class _QueueDelegate(QStyledItemDelegate):
    """Queue items with a stripe in the colour of their risk."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        risk = index.data(QueueModel.RiskRole) or "none"
        if risk != "none":
            painter.save()
            painter.fillRect(option.rect.adjusted(0, 2, -option.rect.width() + 5, -2), QColor(RISK_PENS[risk][0]))
            painter.restore()

    def sizeHint(self, option, index):  # noqa: N802
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), 40))
        return size


class Legend(QWidget):
    """The colours of the board; the chips wrap to a second row on a narrow screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = FlowLayout(self, spacing=4)
        for state, colour in STATE_COLOURS.items():
            chip = QLabel(state_name(state))
            chip.setStyleSheet(f"background:{colour}; padding:1px 6px; border-radius:3px;")
            lay.addWidget(chip)
        for risk, text in (("at_risk", self.tr("orange border: may be late")), ("late", self.tr("red: late"))):
            chip = QLabel(text)
            chip.setStyleSheet(f"border:2px solid {RISK_PENS[risk][0]}; padding:0px 5px; border-radius:3px;")
            lay.addWidget(chip)


class BoardTab(QWidget):
    def __init__(self, vm, open_wall=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.open_wall = open_wall
        self.last_dialog = None
        self._showing_error = False

        # ---- the queue
        self.queue = QListView()
        self.queue.setObjectName("queue")
        self.queue.setModel(vm.queue)
        self.queue.setItemDelegate(_QueueDelegate(self.queue))
        self.queue.setDragEnabled(vm.can_dispatch)
        self.queue.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setWordWrap(True)
        self.queue.activated.connect(lambda _i: self.dispatch_chosen())
        self.dispatch_button = QPushButton(self.tr("Dispatch to… (Enter)"))
        self.dispatch_button.setObjectName("dispatch")
        self.dispatch_button.clicked.connect(self.dispatch_chosen)
        self.split_button = QPushButton(self.tr("Share… (F3)"))
        self.split_button.setObjectName("split")
        self.split_button.clicked.connect(self.split_chosen)
        for b in (self.dispatch_button, self.split_button):
            b.setEnabled(vm.can_dispatch)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.queue_label = QLabel(self.tr("Waiting for a technician"))
        lv.addWidget(self.queue_label)
        lv.addWidget(self.queue, 1)
        row = FlowLayout()
        row.addWidget(self.dispatch_button)
        row.addWidget(self.split_button)
        lv.addLayout(row)
        # the queue gives way to the board on a narrow screen: drag the splitter, or collapse it whole
        left.setMinimumWidth(0)
        self.queue.setMinimumWidth(120)

        # ---- the board
        self.canvas = BoardCanvas(read_only=not vm.can_dispatch, zone=vm.zone)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self._day_changed)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(vm.refresh)
        self.print_plan_button = QPushButton(self.tr("Print the day's plan"))
        self.print_plan_button.setObjectName("printPlan")
        self.print_plan_button.clicked.connect(vm.print_day_plan)
        self.print_sheet_button = QPushButton(self.tr("Dispatch sheet (Ctrl+P)"))
        self.print_sheet_button.setObjectName("printSheet")
        self.print_sheet_button.clicked.connect(self.print_chosen)
        self.wall_button = QPushButton(self.tr("Wall display"))
        self.wall_button.setObjectName("wall")
        self.wall_button.setEnabled(open_wall is not None)
        if open_wall is not None:
            self.wall_button.clicked.connect(open_wall)
        # one row on a wide screen; on 1366×768 at 125% the buttons wrap instead of widening the page
        tools = FlowLayout()
        day = QWidget()
        day_row = QHBoxLayout(day)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.addWidget(QLabel(self.tr("Day")))
        day_row.addWidget(self.day)
        tools.addWidget(day)
        for b in (self.refresh_button, self.print_sheet_button, self.print_plan_button, self.wall_button):
            tools.addWidget(b)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.detail = QLabel(self.tr("Drag a card from the queue onto a technician, or choose it and press Enter."))
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(tools)
        rv.addWidget(Legend())
        rv.addWidget(self.scroll, 1)
        rv.addWidget(self.detail)
        rv.addWidget(self.status)

        split = QSplitter()
        split.setObjectName("boardSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, True)
        split.setCollapsible(1, False)
        split.setSizes([230, 1000])
        self.split = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)

        # ---- wiring
        vm.boardChanged.connect(self._board)
        vm.errorChanged.connect(self._error)
        vm.messageChanged.connect(self._message)
        vm.printed.connect(self._printed)
        self.canvas.dropped.connect(self._dropped)
        self.canvas.moveRequested.connect(lambda c, f, t: vm.move(c, f, t))
        self.canvas.unassignRequested.connect(vm.unassign)
        self.canvas.selectionChanged.connect(self._chosen)
        self.canvas.activated.connect(lambda b: self.vm.print_dispatch(b.card_number))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, vm.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, self.split_chosen)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_chosen)

    # ---- from the view model
    def _board(self, data) -> None:
        self.canvas.set_data(data)
        self.queue_label.setText(self.tr("Waiting for a technician: {n}").format(n=len(data.queue)))

    def _error(self, text: str) -> None:
        if not text and not self._showing_error:
            return  # a success clears an earlier error, not the message of what was just done
        self._showing_error = bool(text)
        self.status.setStyleSheet("color:#b00020;" if text else "")
        self.status.setText(text)

    def _message(self, text: str) -> None:
        self._showing_error = False
        self.status.setStyleSheet("color:#1b5e20;")
        self.status.setText(text)

    def _printed(self, path: str) -> None:
        self._message(self.tr("Written: {path}").format(path=path))

    def _day_changed(self, qd: QDate) -> None:
        self.vm.set_day(date(qd.year(), qd.month(), qd.day()))

    def _chosen(self, block) -> None:
        if block is None:
            return
        self.detail.setText(self.canvas.tooltip_of(block).replace("\n", "  ·  "))

    def _dropped(self, card_id: int, from_tech: int, to_tech: int, when) -> None:
        if from_tech:
            self.vm.move(card_id, from_tech, to_tech, when)
        else:
            self.vm.dispatch(card_id, to_tech, when)

    # ---- keyboard ways
    def _queue_item(self):
        idx = self.queue.currentIndex()
        return self.vm.queue.item(idx.row()) if idx.isValid() else None

    def dispatch_chosen(self) -> None:
        q = self._queue_item()
        if q is None or self.vm.data is None or not self.vm.can_dispatch:
            return
        dlg = TechnicianDialog(self.vm.data.rows, self.tr("Dispatch {card} to").format(card=q.card_number), parent=self)
        self.last_dialog = dlg
        if dlg.exec() and dlg.technician_id() is not None:
            self.vm.dispatch(q.card_id, dlg.technician_id())

    def split_chosen(self) -> None:
        if not self.vm.can_dispatch or self.vm.data is None:
            return
        q = self._queue_item()
        block = self.canvas.selected_block()
        card_id = q.card_id if q is not None and (self.queue.hasFocus() or block is None) else \
            (block.card_id if block else None)
        if card_id is None:
            return

        def show(lines) -> None:
            dlg = SplitDialog(lines, self.vm.data.rows, parent=self)
            self.last_dialog = dlg
            if dlg.exec():
                self.vm.split(card_id, dlg.shares(), dlg.line_ids())

        self.vm.card_lines(card_id, show)

    def print_chosen(self) -> None:
        block = self.canvas.selected_block()
        q = self._queue_item()
        number = block.card_number if block is not None else (q.card_number if q else None)
        if number:
            self.vm.print_dispatch(number)
