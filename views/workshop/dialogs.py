"""Small dialogs of the board: choose a technician, share a card's lines, correct a forgotten clock-out."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewmodels.workshop.board import hours_text


class TechnicianDialog(QDialog):
    """Choose one technician (the keyboard's way to dispatch or move a job): type to find, Enter to take."""

    def __init__(self, rows, title: str, exclude: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setObjectName("technicians")
        for r in rows:
            if r.technician.user_id == exclude:
                continue
            item = QListWidgetItem(self.tr("{name} ({team}) — free {free} h").format(
                name=r.technician.name, team=r.technician.team_name or "—", free=hours_text(r.free_hours)))
            item.setData(Qt.ItemDataRole.UserRole, r.technician.user_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(buttons)
        self.resize(360, 420)

    def technician_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class SplitDialog(QDialog):
    """Share labour lines between technicians: tick the lines and give each technician a percentage."""

    def __init__(self, lines, rows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share the work"))
        self.line_boxes: list[tuple[QCheckBox, int]] = []
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Lines")))
        for la in lines:
            if la.finished:
                continue
            holders = ", ".join(n for _i, n, _s in la.technicians) or self.tr("nobody yet")
            box = QCheckBox(f"{la.code} {la.name}  {hours_text(la.hours)} h  ({holders})")
            box.setChecked(True)
            self.line_boxes.append((box, la.line_id))
            lay.addWidget(box)
        lay.addWidget(QLabel(self.tr("Technicians and their share (%)")))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shares")
        self.table.setHorizontalHeaderLabels([self.tr("Technician"), self.tr("Share %")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.spins: list[tuple[QSpinBox, int]] = []
        for i, r in enumerate(rows):
            item = QTableWidgetItem(f"{r.technician.name} ({r.technician.team_name or '—'})")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(i, 0, item)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            self.table.setCellWidget(i, 1, spin)
            self.spins.append((spin, r.technician.user_id))
        lay.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setObjectName("total")
        lay.addWidget(self.total)
        for spin, _ in self.spins:
            spin.valueChanged.connect(self._sum)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._sum()
        self.resize(460, 520)

    def _sum(self) -> None:
        total = sum(s.value() for s, _ in self.spins)
        self.total.setText(self.tr("Total {total}% (must be 100%)").format(total=total))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(total == 100 and any(
            b.isChecked() for b, _ in self.line_boxes))

    def shares(self) -> list[tuple[int, str]]:
        return [(tid, f"{s.value() / 100:.4f}") for s, tid in self.spins if s.value() > 0]

    def line_ids(self) -> list[int]:
        return [lid for b, lid in self.line_boxes if b.isChecked()]


class CorrectionDialog(QDialog):
    """The supervisor's correction of a forgotten clock-out: when it really ended, and why."""

    def __init__(self, flagged, zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a forgotten clock-out"))
        start = flagged.started_at.astimezone(zone)
        proposal = (flagged.requested_end or flagged.started_at).astimezone(zone)
        self.ended = QDateTimeEdit(QDateTime(proposal.year, proposal.month, proposal.day, proposal.hour,
                                             proposal.minute, 0))
        self.ended.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ended.setCalendarPopup(True)
        self.reason = QLineEdit(flagged.request_reason)
        self.reason.setObjectName("reason")
        form = QFormLayout(self)
        form.addRow(self.tr("Technician"), QLabel(flagged.technician))
        form.addRow(self.tr("Started"), QLabel(start.strftime("%Y-%m-%d %H:%M")))
        form.addRow(self.tr("Really ended"), self.ended)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.zone = zone

    def ended_at(self):
        from datetime import datetime

        q = self.ended.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
