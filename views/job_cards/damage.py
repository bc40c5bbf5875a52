"""Exterior damage marked on a car outline at reception (预检 外观).

The outline is the car seen from above, front at the top, drawn like the printed pre-inspection
sheet's diagram. A click places a mark; a small dialog asks its kind (scratch, dent, crack, ...)
and a note. Positions are fractions of the outline (x left → right, y front → rear) with the
same margins as the printed diagram (``reports.job_cards.documents.damage_diagram``), so a mark prints
where it was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# the printed diagram's margins around the body, as fractions of the body (80 mm × 110 mm drawing,
# body 48 mm × 92.4 mm, marks reach 4 mm beyond the sides and 2 mm beyond front and rear)
PAD_X = 4 / 48
PAD_Y = 2 / 92.4
MARK_RADIUS = 9


class CarOutline(QWidget):
    """A car from above; click to place a mark. ``marks`` are ``(x, y, kind, note)``.

    Signals:
        clicked(float, float): a position on the outline, as fractions (x across, y front → rear).
    """

    clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[tuple[float, float, str, str]] = []
        self.front_text = self.tr("Front")
        self.rear_text = self.tr("Rear")
        self.setMinimumSize(170, 230)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Click where the damage is"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(190, 260)

    def body(self) -> QRectF:
        """The car body's rectangle, keeping the printed diagram's proportions (48 : 92.4)."""
        h = self.height() - 36
        w = h * 48 / 92.4
        if w > self.width() - 40:
            w = self.width() - 40
            h = w * 92.4 / 48
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def area(self) -> QRectF:
        """The rectangle the fractions span (the body and the margins marks may reach)."""
        b = self.body()
        return b.adjusted(-b.width() * PAD_X, -b.height() * PAD_Y, b.width() * PAD_X, b.height() * PAD_Y)

    def to_fraction(self, pos: QPointF) -> tuple[float, float] | None:
        a = self.area()
        if not a.contains(pos):
            return None
        return (round((pos.x() - a.left()) / a.width(), 3), round((pos.y() - a.top()) / a.height(), 3))

    def to_point(self, x: float, y: float) -> QPointF:
        a = self.area()
        return QPointF(a.left() + float(x) * a.width(), a.top() + float(y) * a.height())

    def set_marks(self, marks) -> None:
        self.marks = [(float(x), float(y), kind, note) for x, y, kind, note in marks]
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        where = self.to_fraction(event.position())
        if where is not None:
            self.clicked.emit(*where)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        b = self.body()
        grey = QColor("#555555")
        # wheels
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(grey)
        wheel_w, wheel_h = b.width() * 0.09, b.height() * 0.14
        for wx in (b.left() - wheel_w * 0.7, b.right() - wheel_w * 0.3):
            for wy in (b.top() + b.height() * 0.14, b.top() + b.height() * 0.74):
                p.drawRoundedRect(QRectF(wx, wy, wheel_w, wheel_h), 3, 3)
        # mirrors
        for mx in (b.left() - wheel_w, b.right()):
            p.drawRect(QRectF(mx, b.top() + b.height() * 0.36, wheel_w, b.height() * 0.027))
        # body
        p.setPen(QPen(Qt.GlobalColor.black, 1.6))
        p.setBrush(Qt.GlobalColor.white)
        path = QPainterPath()
        path.addRoundedRect(b, b.width() * 0.19, b.height() * 0.13)
        p.drawPath(path)
        # bonnet line, windscreen, rear window, roof
        p.setPen(QPen(grey, 1))
        y_bonnet = b.top() + b.height() * 0.24
        p.drawLine(QPointF(b.left() + 6, y_bonnet), QPointF(b.right() - 6, y_bonnet))
        glass = QColor("#dde8f3")
        p.setBrush(glass)
        p.drawRoundedRect(QRectF(b.left() + b.width() * 0.14, b.top() + b.height() * 0.26, b.width() * 0.72,
                                 b.height() * 0.12), 5, 5)
        p.drawRoundedRect(QRectF(b.left() + b.width() * 0.16, b.top() + b.height() * 0.76, b.width() * 0.68,
                                 b.height() * 0.10), 5, 5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#999999"), 1, Qt.PenStyle.DashLine))
        p.drawRoundedRect(QRectF(b.left() + b.width() * 0.12, b.top() + b.height() * 0.38, b.width() * 0.76,
                                 b.height() * 0.38), 4, 4)
        # front and rear
        p.setPen(Qt.GlobalColor.black)
        p.drawText(QRectF(0, 0, self.width(), 16), Qt.AlignmentFlag.AlignCenter, self.front_text)
        p.drawText(QRectF(0, self.height() - 16, self.width(), 16), Qt.AlignmentFlag.AlignCenter, self.rear_text)
        # the marks, numbered as on the printed sheet
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        font.setBold(True)
        p.setFont(font)
        red = QColor("#c00000")
        for i, (x, y, _kind, _note) in enumerate(self.marks, 1):
            c = self.to_point(x, y)
            p.setPen(QPen(red, 1.5))
            p.setBrush(QBrush(QColor("#ffdddd")))
            p.drawEllipse(c, MARK_RADIUS, MARK_RADIUS)
            p.drawText(QRectF(c.x() - MARK_RADIUS, c.y() - MARK_RADIUS, 2 * MARK_RADIUS, 2 * MARK_RADIUS),
                       Qt.AlignmentFlag.AlignCenter, str(i))
        p.end()


class DamageMarkDialog(QDialog):
    """The kind and a note for a mark just placed."""

    def __init__(self, kinds: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exterior damage"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, name in kinds:
            self.kind.addItem(name, key)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("e.g. 5 cm on the front bumper"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.note.returnPressed.connect(self.accept)
        self.kind.setFocus()

    def choose(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))


class DamagePanel(QWidget):
    """The outline, the list of marks beside it, and removing a mark. The marks are saved with the
    intake (``marks()`` goes into the form's fields).

    Signals:
        marksChanged(): a mark was added or removed.
    """

    marksChanged = Signal()

    def __init__(self, kinds: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self._names = dict(kinds)
        self.dialog: DamageMarkDialog | None = None
        self.outline = CarOutline()
        self.outline.setObjectName("outline")
        self.list = QListWidget()
        self.list.setObjectName("marks")
        self.remove_button = QPushButton(self.tr("Remove mark"))
        self.remove_button.setObjectName("remove_mark")
        self.none_label = QLabel(self.tr("Click on the car where there is damage."))
        self.none_label.setWordWrap(True)
        self.none_label.setStyleSheet("color: #555;")
        side = QVBoxLayout()
        side.addWidget(self.none_label)
        side.addWidget(self.list, 1)
        side.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outline)
        layout.addLayout(side, 1)
        self.outline.clicked.connect(self.place)
        self.remove_button.clicked.connect(self.remove_selected)
        self._refresh()

    def marks(self) -> list[tuple[float, float, str, str]]:
        return list(self.outline.marks)

    def set_marks(self, marks) -> None:
        """Show a card's marks (``DamageMark``-like objects or tuples)."""
        rows = [(m.x, m.y, m.kind, m.note) if hasattr(m, "kind") else tuple(m) for m in marks]
        self.outline.set_marks(rows)
        self._refresh()

    def place(self, x: float, y: float) -> DamageMarkDialog:
        """Ask the kind and note for a mark at ``x, y``; it is added when the dialog is accepted."""
        dialog = DamageMarkDialog(self.kinds, self)
        dialog.accepted.connect(lambda: self._add(x, y, dialog.kind.currentData(), dialog.note.text().strip()))
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _add(self, x: float, y: float, kind: str, note: str) -> None:
        self.outline.marks.append((x, y, kind, note))
        self.outline.update()
        self._refresh()
        self.marksChanged.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.outline.marks):
            del self.outline.marks[row]
            self.outline.update()
            self._refresh()
            self.marksChanged.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for i, (_x, _y, kind, note) in enumerate(self.outline.marks, 1):
            self.list.addItem(f"{i}. {self._names.get(kind, kind)}" + (f" — {note}" if note else ""))
        self.none_label.setVisible(not self.outline.marks)
        self.remove_button.setEnabled(bool(self.outline.marks))
