"""The welcome board (欢迎看板): today's arrivals in large type for the reception screen, full screen.

Names are shown as the public may see them (陈**); the board reloads every minute. Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget


class WelcomeBoard(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("welcome_board")
        self.setWindowTitle(self.tr("Welcome board"))
        self.setStyleSheet("QWidget#welcome_board { background: #0b2545; } QLabel { color: white; }"
                           "QTableView { background: #0b2545; color: white; gridline-color: #13315c; border: 0; }"
                           "QHeaderView::section { background: #13315c; color: #f0c808; border: 0; padding: 6px; }")
        title = QLabel(self.tr("Welcome! Today's appointments"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = QFont(title.font())
        f.setPointSize(36)
        f.setBold(True)
        title.setFont(f)
        self.table = QTableView()
        self.table.setObjectName("board_table")
        self.table.setModel(vm.board)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        big = QFont(self.table.font())
        big.setPointSize(26)
        self.table.setFont(big)
        self.table.horizontalHeader().setFont(big)
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(vm.refresh)
        self.timer.start()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
