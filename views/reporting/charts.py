"""The dashboard's two charts, painted by hand: the month's output by day (columns) and by job type (bars).

Custom painting rather than Qt Charts: the installed PySide6 wheels do not ship ``PySide6.QtCharts``, and two
plain bar charts need no more than a ``QPainter`` (no extra module to load when the page opens).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1565c0")
TODAY = QColor("#ef6c00")
AXIS = QColor("#9e9e9e")


def short_money(value: Decimal) -> str:
    """An axis label: whole yuan with thousands separators."""
    return f"{value:,.0f}"


class BarChart(QWidget):
    """Bars of (label, value); ``vertical`` draws columns (days), else horizontal bars (job types)."""

    def __init__(self, title: str, *, vertical: bool, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.vertical = vertical
        self.items: list[tuple[str, Decimal]] = []
        self.highlight = -1
        self.empty_text = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def set_items(self, items, highlight: int = -1) -> None:
        self.items = [(str(label), Decimal(value)) for label, value in items]
        self.highlight = highlight
        self.update()

    def paintEvent(self, ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        rect = QRectF(self.rect()).adjusted(8, 4, -8, -4)
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(rect.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        p.setFont(self.font())
        area = rect.adjusted(0, line + 6, 0, 0)
        top = max((v for _l, v in self.items), default=Decimal(0))
        if not self.items or top <= 0:
            p.setPen(AXIS)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        if self.vertical:
            self._columns(p, area, fm, top)
        else:
            self._bars(p, area, fm, top)

    def _columns(self, p: QPainter, area: QRectF, fm: QFontMetrics, top: Decimal) -> None:
        line = fm.height()
        plot = area.adjusted(fm.horizontalAdvance("9,999,999") + 6, line, 0, -line - 2)
        p.setPen(QPen(AXIS))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawText(QRectF(area.left(), plot.top() - line / 2, plot.left() - area.left() - 4, line),
                   Qt.AlignmentFlag.AlignRight, short_money(top))
        p.drawText(QRectF(area.left(), plot.bottom() - line / 2, plot.left() - area.left() - 4, line),
                   Qt.AlignmentFlag.AlignRight, "0")
        n = len(self.items)
        slot = plot.width() / n
        every = max(1, int(fm.horizontalAdvance("30") * 1.6 / slot) + 1)
        for i, (label, value) in enumerate(self.items):
            h = float(value / top) * plot.height()
            bar = QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h)
            p.fillRect(bar, TODAY if i == self.highlight else BAR)
            if i % every == 0 or i == self.highlight:
                p.setPen(AXIS)
                p.drawText(QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, slot * 3, line),
                           Qt.AlignmentFlag.AlignHCenter, label)

    def _bars(self, p: QPainter, area: QRectF, fm: QFontMetrics, top: Decimal) -> None:
        label_w = max(fm.horizontalAdvance(label) for label, _v in self.items) + 8
        value_w = fm.horizontalAdvance("999,999.99") + 8
        n = len(self.items)
        slot = min(area.height() / n, fm.height() * 2.0)
        width = area.width() - label_w - value_w
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * slot
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(area.left(), y, label_w - 6, slot), Qt.AlignmentFlag.AlignRight |
                       Qt.AlignmentFlag.AlignVCenter, label)
            w = float(value / top) * width
            p.fillRect(QRectF(area.left() + label_w, y + slot * 0.2, w, slot * 0.6), BAR)
            p.drawText(QRectF(area.left() + label_w + w + 4, y, value_w, slot), Qt.AlignmentFlag.AlignLeft |
                       Qt.AlignmentFlag.AlignVCenter, f"{value:,.2f}")
