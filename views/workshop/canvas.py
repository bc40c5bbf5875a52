"""The board's drawing: technicians (grouped by team) down the side, the day across, jobs as blocks.

A custom-painted widget: ``set_data`` lays out every row and block once (rectangles in a list),
``paintEvent`` draws only what the exposed area touches. 40 technicians and 150 jobs lay out and
draw in a few milliseconds. A block is as wide as its sold hours; its colour is its state, its
border the risk of missing the promised time (orange: at risk, red: late).

Mouse: drag a block onto another technician (or another time) to move it; drop a queue card on a
technician to dispatch it. Keyboard: arrows choose a block, Ctrl+Up/Down move it to the
technician above/below, Delete sends it back to the queue, Enter opens it.

Signals:
    dropped(int, int, int, object): card id, from technician (0: the queue), to technician, planned start.
    moveRequested(int, int, int): card id, from technician, to technician (keyboard).
    unassignRequested(int, int): card id, technician.
    selectionChanged(object): the chosen ``BoardBlock`` or None.
    activated(object): Enter or double click on a block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from viewmodels.workshop.board import decode_card, encode_card, hours_text, state_name

STATE_COLOURS = {
    "waiting": "#cfd8e3",
    "in_work": "#7bc67e",
    "paused": "#f3b562",
    "waiting_parts": "#f2d45c",
    "waiting_approval": "#c9a0dc",
    "qc": "#72c3c9",
    "ready": "#9ec5fe",
    "finished": "#e4e4e4",
}
RISK_PENS = {"late": ("#d62828", 3.0), "at_risk": ("#f77f00", 2.5), "none": ("#6b7785", 1.0)}
ATTENDANCE_COLOURS = {"in": "#2e9e44", "break": "#f0a500", "left": "#8a8a8a", "out": "#c9c9c9"}


def _static(text: str) -> QStaticText:
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    return st


@dataclass
class _Row:
    kind: str  # team | tech
    y: float
    h: float
    label: str
    tech: object | None = None  # TechnicianRow


class BoardCanvas(QWidget):
    dropped = Signal(int, int, int, object)
    moveRequested = Signal(int, int, int)
    unassignRequested = Signal(int, int)
    selectionChanged = Signal(object)
    activated = Signal(object)

    def __init__(self, *, read_only: bool = False, scale: float = 1.0, zone=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self.scale = scale
        self.zone = zone
        self.data = None
        self.rows: list[_Row] = []
        self.blocks: list[tuple[QRectF, object]] = []
        self.selected: tuple[int, int] | None = None  # (card id, technician id)
        self.drop_hint: tuple[float, float] | None = None  # (y of row, x)
        self._press: QPoint | None = None
        self.name_w = int(190 * scale)
        self.header_h = int(28 * scale)
        self.row_h = int(36 * scale)
        self.team_h = int(22 * scale)
        # a 10-hour day fits beside the queue on 1366×768 at 125% (1093 px); a longer one scrolls
        self.min_px_per_hour = 40 * scale
        self.px_per_hour = 90.0 * scale
        self.t0: datetime | None = None
        self.t1: datetime | None = None
        self._texts: dict = {}
        self._names: dict = {}
        self._hours: list = []
        self._hour_y = 0.0
        self.font_main = QFont(self.font())
        self.font_main.setPointSizeF(self.font().pointSizeF() * scale)
        self.font_small = QFont(self.font_main)
        self.font_small.setPointSizeF(self.font_main.pointSizeF() * 0.85)
        self.font_bold = QFont(self.font_main)
        self.font_bold.setBold(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(not read_only)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setObjectName("boardCanvas")

    # ---- layout ---------------------------------------------------------------------------------
    def set_data(self, data) -> None:
        self.data = data
        self._layout()
        self.update()

    def _layout(self) -> None:
        data = self.data
        self.rows, self.blocks = [], []
        if data is None:
            self.setMinimumHeight(self.header_h)
            return
        start = data.day_start.replace(minute=0, second=0, microsecond=0)
        ends = [data.day_end] + [b.end for b in data.blocks]
        end = max(ends)
        end = min(end, start + timedelta(hours=14))
        hours_span = max(8, math.ceil((end - start).total_seconds() / 3600))
        self.t0, self.t1 = start, start + timedelta(hours=hours_span)
        avail = max(1, self.width() - self.name_w - 4)
        self.px_per_hour = max(self.min_px_per_hour, avail / hours_span)
        # never narrower than the whole day: the board's scroll area scrolls instead of cutting hours off
        self.setMinimumWidth(int(self.name_w + 4 + hours_span * self.min_px_per_hour))
        y = float(self.header_h)
        team_of = {t.id: t.name for t in data.teams}
        current_team = object()
        tech_y: dict[int, float] = {}
        for row in data.rows:
            team = row.technician.team_id
            if team != current_team:
                current_team = team
                self.rows.append(_Row("team", y, self.team_h, team_of.get(team, "") if team else ""))
                y += self.team_h
            self.rows.append(_Row("tech", y, self.row_h, row.technician.name, row))
            tech_y[row.technician.user_id] = y
            y += self.row_h
        pad = 3 * self.scale
        fm = QFontMetrics(self.font_small)
        two_lines = self.row_h - 2 * pad - 2 > fm.height() * 1.8
        self._texts = {}
        for b in data.blocks:
            if b.technician_id not in tech_y:
                continue
            x0 = self.x_of(b.start)
            x1 = max(x0 + 6, self.x_of(b.end))
            rect = QRectF(x0, tech_y[b.technician_id] + pad, x1 - x0, self.row_h - 2 * pad)
            self.blocks.append((rect, b))
            width = int(rect.width() - 7)
            if width > 40:
                line1 = fm.elidedText(f"{b.plate or b.card_number}  {hours_text(b.sold_hours)}h",
                                      Qt.TextElideMode.ElideRight, width)
                line2 = fm.elidedText(f"[{b.bay_code}] {b.work}" if b.bay_code else b.work,
                                      Qt.TextElideMode.ElideRight, width) if two_lines else ""
                self._texts[(b.card_id, b.technician_id)] = (
                    _static(line1), QPointF(rect.left() + 4, rect.top() + 1),
                    _static(line2) if line2 else None, QPointF(rect.left() + 4, rect.bottom() - 1 - fm.height()))
        fm_main = QFontMetrics(self.font_main)
        self._names = {}
        for r in self.rows:
            if r.kind == "tech":
                name = fm_main.elidedText(r.tech.technician.name, Qt.TextElideMode.ElideRight, int(self.name_w * 0.5))
                free = self.tr("free {hours} h").format(hours=hours_text(r.tech.free_hours))
                self._names[r.tech.technician.user_id] = (
                    _static(name), QPointF(12 + 9 * self.scale, r.y + (r.h - fm_main.height()) / 2),
                    _static(free), QPointF(self.name_w - 6 - fm.horizontalAdvance(free), r.y + (r.h - fm.height()) / 2))
        self._hour_y = (self.header_h - fm.height()) / 2
        hours_span = int((self.t1 - self.t0).total_seconds() // 3600)
        self._hours = [_static((self.t0 + timedelta(hours=i)).astimezone(self.zone).strftime("%H:%M") if self.zone
                               else (self.t0 + timedelta(hours=i)).strftime("%H:%M")) for i in range(hours_span + 1)]
        self.setMinimumHeight(int(y) + 2)
        self.setFixedHeight(int(y) + 2)

    def x_of(self, moment: datetime) -> float:
        if self.t0 is None:
            return float(self.name_w)
        return self.name_w + (moment - self.t0).total_seconds() / 3600 * self.px_per_hour

    def time_at(self, x: float) -> datetime | None:
        if self.t0 is None or x < self.name_w:
            return None
        hours = (x - self.name_w) / self.px_per_hour
        quarter = round(hours * 4) / 4  # quarters of an hour
        return self.t0 + timedelta(hours=quarter)

    def row_at(self, y: float) -> _Row | None:
        for r in self.rows:
            if r.kind == "tech" and r.y <= y < r.y + r.h:
                return r
        return None

    def block_at(self, pos: QPointF):
        for rect, b in reversed(self.blocks):
            if rect.contains(pos):
                return b
        return None

    def tech_row_y(self, technician_id: int) -> float | None:
        for r in self.rows:
            if r.kind == "tech" and r.tech.technician.user_id == technician_id:
                return r.y
        return None

    def block_rect(self, card_id: int, technician_id: int) -> QRectF | None:
        for rect, b in self.blocks:
            if b.card_id == card_id and b.technician_id == technician_id:
                return rect
        return None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.data is not None and event.size().width() != event.oldSize().width():
            self._layout()

    def sizeHint(self) -> QSize:
        return QSize(self.name_w + int(10 * self.px_per_hour), self.minimumHeight())

    # ---- drawing ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = QRectF(event.rect())
        p.fillRect(exposed, QColor("#ffffff"))
        if self.data is None or self.t0 is None:
            p.end()
            return
        w = self.width()
        # rows
        for r in self.rows:
            if r.y > exposed.bottom() or r.y + r.h < exposed.top():
                continue
            if r.kind == "team":
                p.fillRect(QRectF(0, r.y, w, r.h), QColor("#e8eef5"))
                p.setFont(self.font_bold)
                p.setPen(QColor("#2b3a4a"))
                p.drawText(QRectF(6, r.y, w, r.h), Qt.AlignmentFlag.AlignVCenter, r.label or self.tr("No team"))
                continue
            self._draw_name(p, r)
            p.setPen(QPen(QColor("#edf0f3"), 1))
            p.drawLine(QPointF(self.name_w, r.y + r.h), QPointF(w, r.y + r.h))
        # hours
        p.setFont(self.font_small)
        hours = int((self.t1 - self.t0).total_seconds() // 3600)
        for i in range(hours + 1):
            x = self.name_w + i * self.px_per_hour
            p.setPen(QPen(QColor("#dde3ea"), 1))
            p.drawLine(QPointF(x, self.header_h), QPointF(x, self.height()))
            if i < len(self._hours):
                p.setPen(QColor("#4a5868"))
                p.drawStaticText(QPointF(x + 3, self._hour_y), self._hours[i])
        p.setPen(QPen(QColor("#c3ccd6"), 1))
        p.drawLine(QPointF(self.name_w, 0), QPointF(self.name_w, self.height()))
        # blocks
        for rect, b in self.blocks:
            if not rect.intersects(exposed):
                continue
            self._draw_block(p, rect, b)
        # now
        now = self.data.now
        if self.t0 <= now <= self.t1:
            x = self.x_of(now)
            p.setPen(QPen(QColor("#d62828"), 2 * self.scale))
            p.drawLine(QPointF(x, self.header_h - 4), QPointF(x, self.height()))
        if self.drop_hint is not None:
            y, x = self.drop_hint
            p.setPen(QPen(QColor("#1f6feb"), 2, Qt.PenStyle.DashLine))
            p.setBrush(QColor(31, 111, 235, 30))
            p.drawRect(QRectF(self.name_w, y, w - self.name_w, self.row_h))
            p.drawLine(QPointF(x, y), QPointF(x, y + self.row_h))
        p.end()

    def _draw_name(self, p: QPainter, r: _Row) -> None:
        row = r.tech
        dot = 9 * self.scale
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(ATTENDANCE_COLOURS.get(row.attendance, "#c9c9c9")))
        p.drawEllipse(QRectF(6, r.y + (r.h - dot) / 2, dot, dot))
        name, name_at, free_text, free_at = self._names[row.technician.user_id]
        p.setFont(self.font_main)
        p.setPen(QColor("#1d2733"))
        p.drawStaticText(name_at, name)
        p.setFont(self.font_small)
        p.setPen(QColor("#2e9e44" if row.free_hours >= 1 else "#d62828"))
        p.drawStaticText(free_at, free_text)

    def _draw_block(self, p: QPainter, rect: QRectF, b) -> None:
        colour, width = RISK_PENS.get(b.risk, RISK_PENS["none"])
        p.setBrush(QBrush(QColor(STATE_COLOURS.get(b.state, "#cfd8e3"))))
        p.setPen(QPen(QColor(colour), width * self.scale))
        radius = 4 * self.scale
        p.drawRoundedRect(rect, radius, radius)
        if self.selected == (b.card_id, b.technician_id):
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#1f6feb"), 2.5 * self.scale, Qt.PenStyle.DashLine))
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius, radius)
        texts = self._texts.get((b.card_id, b.technician_id))
        if texts is not None:
            p.setPen(QColor("#111111"))
            p.setFont(self.font_small)
            line1, at1, line2, at2 = texts
            p.drawStaticText(at1, line1)
            if line2 is not None:
                p.drawStaticText(at2, line2)

    # ---- choosing ----------------------------------------------------------------------------
    def select(self, block) -> None:
        self.selected = (block.card_id, block.technician_id) if block is not None else None
        self.update()
        self.selectionChanged.emit(block)

    def selected_block(self):
        if self.selected is None:
            return None
        return next((b for _r, b in self.blocks if (b.card_id, b.technician_id) == self.selected), None)

    def tooltip_of(self, b) -> str:
        zone = self.zone
        promised = b.promised_at.astimezone(zone).strftime("%m-%d %H:%M") if b.promised_at and zone else "—"
        return (f"{b.card_number}  {b.plate}  {b.vehicle}\n{b.work}\n"
                + self.tr("Sold {sold} h, clocked {clocked} h; promised {promised}").format(
                    sold=hours_text(b.sold_hours), clocked=hours_text(b.clocked_hours), promised=promised)
                + f"\n{state_name(b.state)}")

    def event(self, ev) -> bool:
        if ev.type() == QEvent.Type.ToolTip:
            b = self.block_at(QPointF(ev.pos()))
            self.setToolTip(self.tooltip_of(b) if b else "")
        return super().event(ev)

    # ---- mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, ev) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            b = self.block_at(ev.position())
            self.select(b)
            self._press = ev.position().toPoint() if b is not None else None
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev) -> None:  # noqa: N802
        if self.read_only or self._press is None or not ev.buttons() & Qt.MouseButton.LeftButton:
            return
        if (ev.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        b = self.selected_block()
        self._press = None
        if b is None:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_card(b.card_id, b.technician_id))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(ev)

    def mouseDoubleClickEvent(self, ev) -> None:  # noqa: N802
        b = self.block_at(ev.position())
        if b is not None:
            self.activated.emit(b)

    # ---- drops --------------------------------------------------------------------------------
    def dragEnterEvent(self, ev) -> None:  # noqa: N802
        if not self.read_only and decode_card(ev.mimeData()) is not None:
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dragMoveEvent(self, ev) -> None:  # noqa: N802
        row = self.row_at(ev.position().y())
        if row is None or decode_card(ev.mimeData()) is None:
            self.drop_hint = None
            ev.ignore()
        else:
            self.drop_hint = (row.y, max(float(self.name_w), ev.position().x()))
            ev.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, ev) -> None:  # noqa: N802
        self.drop_hint = None
        self.update()

    def dropEvent(self, ev) -> None:  # noqa: N802
        self.drop_hint = None
        self.update()
        got = decode_card(ev.mimeData())
        row = self.row_at(ev.position().y())
        if got is None or row is None:
            ev.ignore()
            return
        card_id, from_tech = got
        when = self.time_at(ev.position().x())
        ev.acceptProposedAction()
        self.dropped.emit(card_id, from_tech or 0, row.tech.technician.user_id, when)

    # ---- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        key, mods = ev.key(), ev.modifiers()
        b = self.selected_block()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if ctrl and b is not None and not self.read_only:
                target = self._neighbour_tech(b.technician_id, step)
                if target is not None:
                    self.moveRequested.emit(b.card_id, b.technician_id, target)
            else:
                self._select_vertical(b, step)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._select_horizontal(b, -1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and b is not None and not self.read_only:
            self.unassignRequested.emit(b.card_id, b.technician_id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and b is not None:
            self.activated.emit(b)
            return
        super().keyPressEvent(ev)

    def _tech_ids(self) -> list[int]:
        return [r.tech.technician.user_id for r in self.rows if r.kind == "tech"]

    def _neighbour_tech(self, technician_id: int, step: int) -> int | None:
        ids = self._tech_ids()
        if technician_id not in ids:
            return None
        i = ids.index(technician_id) + step
        return ids[i] if 0 <= i < len(ids) else None

    def _row_blocks(self, technician_id: int) -> list:
        return sorted((b for _r, b in self.blocks if b.technician_id == technician_id), key=lambda b: b.start)

    def _select_horizontal(self, b, step: int) -> None:
        if b is None:
            if self.blocks:
                self.select(min((blk for _r, blk in self.blocks), key=lambda x: (self._tech_ids().index(
                    x.technician_id), x.start)))
            return
        row = self._row_blocks(b.technician_id)
        i = next(i for i, x in enumerate(row) if x.card_id == b.card_id) + step
        if 0 <= i < len(row):
            self.select(row[i])

    def _select_vertical(self, b, step: int) -> None:
        if b is None:
            self._select_horizontal(None, 1)
            return
        tech = b.technician_id
        while True:
            tech = self._neighbour_tech(tech, step)
            if tech is None:
                return
            row = self._row_blocks(tech)
            if row:
                self.select(min(row, key=lambda x: abs((x.start - b.start).total_seconds())))
                return
