"""The home page (今日): a tile per thing to act on today; a tile's button opens its area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.flow import FlowLayout

TILE_WIDTH = 360  # three a row on 1366 px at 100%, two at 125%; longer lines (a part, a tool and its borrower) wrap


class DashboardPage(QWidget):
    """Signals: openArea(str); openRecord(str, str), an area at one place in it."""

    openArea = Signal(str)
    openRecord = Signal(str, str)  # an area at one place in it (the backup tile opens the settings' Backups tab)

    def __init__(self, vm, greeting: str, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        title = QLabel(greeting)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        # tiles side by side as the width allows, wrapping: three fit 1366 px, and at 125% scaling (1093 px of
        # logical width) two do, where a fixed three-column grid needed a horizontal scroll bar (seen on the real window)
        self.grid = FlowLayout(spacing=16)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(self.grid)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.tiles: dict[str, QGroupBox] = {}
        vm.loaded.connect(self._show)
        vm.errorChanged.connect(self.message.setText)
        vm.refresh()

    def _show(self, tiles) -> None:
        for box in self.tiles.values():
            box.deleteLater()
        self.tiles.clear()
        for tile in tiles:
            box = QGroupBox(self.vm.title(tile))
            box.setObjectName(f"tile_{tile.key}")
            box.setFixedWidth(TILE_WIDTH)
            inner = QVBoxLayout(box)
            value = QLabel("—" if tile.value is None else str(tile.value))
            value.setObjectName("value")
            f = value.font()
            f.setPointSizeF(f.pointSizeF() * 2.6)
            f.setBold(True)
            value.setFont(f)
            value.setStyleSheet("color: #b00020;" if tile.warn else "color: #1b5e20;")
            inner.addWidget(value)
            for line in tile.lines:
                lbl = QLabel(self.vm.line_text(tile, line))
                lbl.setWordWrap(True)
                lbl.setStyleSheet("color: #b00020;" if line.warn else "")
                inner.addWidget(lbl)
            button = QPushButton(self.tr("Open"))
            button.clicked.connect(lambda _c=False, t=tile: self.openRecord.emit(t.area, t.record) if t.record
                                   else self.openArea.emit(t.area))
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(box)
            self.tiles[tile.key] = box

    def hideEvent(self, ev) -> None:  # noqa: N802
        super().hideEvent(ev)

    def value_of(self, key: str) -> str:
        box = self.tiles.get(key)
        return box.findChild(QLabel, "value").text() if box else ""
