"""An area that is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, summary: str, parent=None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        f = heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        heading.setFont(f)
        body = QLabel(summary)
        body.setWordWrap(True)
        note = QLabel(self.tr("This area is not built yet. It will appear here in a later version of ServiceBay; "
                              "until then, keep using your current records for it."))
        note.setObjectName("placeholderNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        for w in (heading, body, note):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(w)
        lay.addStretch(2)
