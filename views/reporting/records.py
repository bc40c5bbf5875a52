"""The records behind a figure (a click on a tile): a table in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)


class RecordsDialog(QDialog):
    def __init__(self, title: str, subtitle: str, model, note: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsDialog")
        self.setWindowTitle(title)
        self.resize(1000, 560)
        lay = QVBoxLayout(self)
        name = QLabel(f"<b>{title}</b>")  # also without a window frame (a kiosk PC's screen)
        name.setObjectName("figure")
        lay.addWidget(name)
        head = QLabel(subtitle)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.note = QLabel(note)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        lay.addWidget(self.note)
        self.table = QTableView()
        self.table.setObjectName("records")
        self.table.setModel(model)
        model.setParent(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(model.rowCount() > 0 or not note)
        lay.addWidget(self.table)
        self.count = QLabel(self.tr("{count} records").format(count=model.rowCount()))
        lay.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
