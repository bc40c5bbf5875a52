"""The wall display for the workshop TV: the board in large type, the overdue cars, the time.

Read-only: no dragging, no keys that change anything. It polls the change stamp every two
seconds and redraws when another PC dispatched, clocked or changed a card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from views.workshop.board import Legend
from views.workshop.canvas import BoardCanvas

SCALE = 1.5


class WallDisplay(QWidget):
    def __init__(self, board_vm, overdue_vm, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = board_vm
        self.overdue_vm = overdue_vm
        self.setWindowTitle(self.tr("Workshop board"))
        self.setObjectName("wallDisplay")
        self.setStyleSheet("QWidget#wallDisplay { background: #f7f9fb; }")
        self.title = QLabel(title or self.tr("Workshop board"))
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        for lbl, factor in ((self.title, 2.2), (self.clock, 2.2)):
            f = lbl.font()
            f.setPointSizeF(f.pointSizeF() * factor)
            f.setBold(True)
            lbl.setFont(f)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        f = self.counts.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        self.counts.setFont(f)
        self.canvas = BoardCanvas(read_only=True, scale=SCALE, zone=board_vm.zone)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overdue = QTableView()
        self.overdue.setObjectName("overdue")
        self.overdue.setModel(overdue_vm.rows)
        self.overdue.verticalHeader().hide()
        f = self.overdue.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        self.overdue.setFont(f)
        self.overdue.horizontalHeader().setFont(f)
        self.overdue.verticalHeader().setDefaultSectionSize(int(30 * SCALE))
        self.overdue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3, 5, 11):  # vehicle, type, in since, advisor: the TV has no room for them
            self.overdue.setColumnHidden(col, True)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.counts)
        head.addSpacing(30)
        head.addWidget(self.clock)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(Legend())
        lay.addWidget(scroll, 3)
        self.overdue_label = QLabel(self.tr("Cars overdue"))
        f = self.overdue_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.overdue_label.setFont(f)
        lay.addWidget(self.overdue_label)
        lay.addWidget(self.overdue, 1)
        board_vm.boardChanged.connect(self._board)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._time)
        self._tick.start(1000)
        self._time()
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._toggle_full)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _toggle_full(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _time(self) -> None:
        self.clock.setText(self.vm.clock_text())

    def _board(self, data) -> None:
        self.canvas.set_data(data)
        working = sum(1 for b in data.blocks if b.state == "in_work")
        late = len({b.card_id for b in data.blocks if b.risk == "late"} | {q.card_id for q in data.queue
                                                                           if q.risk == "late"})
        self.counts.setText(self.tr("{working} in work · {queue} waiting · {late} late").format(
            working=working, queue=len(data.queue), late=late))
        self.overdue_vm.reload()

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.vm.refresh()
        self.vm.start_polling()

    def hideEvent(self, ev) -> None:  # noqa: N802
        self.vm.stop_polling()
        super().hideEvent(ev)
