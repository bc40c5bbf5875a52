"""The workshop board's state: the day's ``BoardData``, the unassigned queue, and the dispatcher's commands.

Every service call runs in a task; the board reloads after each change and whenever the change
stamp moves (another PC dispatched or clocked). The view draws ``data``; it never queries.

Signals:
    boardChanged(object): a new ``BoardData``.
    errorChanged(str): a message to show ("" clears it).
    messageChanged(str): what was just done.
    busyChanged(bool): a call is running.
    printed(str): the path of a PDF just written.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from services.common.errors import ServiceError
from services.users.permissions import Permission
from services.workshop.data import ATTENDANCE_STATES, BLOCK_STATES, CARD_STATES, RISKS, BoardData, QueueItem
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner

CARD_MIME = "application/x-servicebay-card"
POLL_MS = 2000


CONTEXT = "Workshop"  # the context of the service's names of states and reasons


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_name(state: str) -> str:
    return translate(BLOCK_STATES.get(state, state))


def risk_name(risk: str) -> str:
    return translate(RISKS.get(risk, risk))


def attendance_name(state: str) -> str:
    return translate(ATTENDANCE_STATES.get(state, state))


def card_state_name(status: str) -> str:
    return translate(CARD_STATES.get(status, status))


def hours_text(h) -> str:
    return f"{h:.1f}"


def encode_card(card_id: int, technician_id: int | None = None) -> QMimeData:
    """A card (and the technician it is dragged from) as drag-and-drop data."""
    mime = QMimeData()
    mime.setData(CARD_MIME, QByteArray(f"{card_id}:{technician_id or ''}".encode("ascii")))
    return mime


def decode_card(mime: QMimeData) -> tuple[int, int | None] | None:
    if not mime.hasFormat(CARD_MIME):
        return None
    card, _, tech = bytes(mime.data(CARD_MIME).data()).decode("ascii").partition(":")
    return int(card), (int(tech) if tech else None)


class QueueModel(QAbstractListModel):
    """The unassigned queue: cards with labour nobody holds; dragged onto a technician to dispatch."""

    ItemRole = Qt.ItemDataRole.UserRole
    RiskRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._items: list[QueueItem] = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> QueueItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, card_id: int) -> int:
        return next((i for i, q in enumerate(self._items) if q.card_id == card_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        q = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            promised = q.promised_at.astimezone(self.zone).strftime("%m-%d %H:%M") if q.promised_at else "—"
            waits = " ★" if q.customer_waits else ""
            return f"{q.card_number}  {q.plate}{waits}\n" + self.tr("{hours} h · promised {promised} · {status}").format(
                hours=hours_text(q.hours), promised=promised, status=card_state_name(q.card_status))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{ln.code} {ln.name} {hours_text(ln.hours)} h" for ln in q.lines)
        if role == self.ItemRole:
            return q
        if role == self.RiskRole:
            return q.risk
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CARD_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        q = self.item(indexes[0].row()) if indexes else None
        return encode_card(q.card_id) if q else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class BoardViewModel(QObject):
    boardChanged = Signal(object)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)
    printed = Signal(str)

    def __init__(self, workshop, actor, tasks: TaskRunner, *, output_dir: Path | None = None,
                 poll_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.actor = actor
        self.tasks = tasks
        self.zone = workshop.clock.zone
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_dispatch = actor.can(Permission.DISPATCH)
        self.day: date | None = None
        self.data: BoardData | None = None
        self.queue = QueueModel(self.zone, self)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)
        self._loading = False
        self._tag = f"workshop.board.{id(self)}"

    # ---- plumbing -----------------------------------------------------------------------------
    def _run(self, task: str, fn, /, *args, on_done=None, **kwargs) -> None:
        self.busyChanged.emit(True)

        def done(result) -> None:
            self.busyChanged.emit(False)
            self.errorChanged.emit("")
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self.busyChanged.emit(False)
            if isinstance(exc, ServiceError) and "status" in exc.params:
                exc.params = {**exc.params, "status": card_state_name(str(exc.params["status"]))}
            self.errorChanged.emit(describe(exc))
            self.refresh()  # whatever failed, show the board as it is now

        self.tasks.run(f"{self._tag}.{task}", partial(fn, *args, **kwargs), on_done=done, on_error=failed)

    # ---- loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._loading = True

        def done(data: BoardData) -> None:
            self._loading = False
            self.data = data
            self.queue.set_items(data.queue)
            self.boardChanged.emit(data)

        self._run("load", self.workshop.board, self.actor, self.day, on_done=done)

    def set_day(self, day: date | None) -> None:
        self.day = day
        self.refresh()

    def start_polling(self) -> None:
        self._poll.start()

    def stop_polling(self) -> None:
        self._poll.stop()

    @Slot()
    def _check(self) -> None:
        if self._loading or self.tasks.is_running(f"{self._tag}.stamp"):
            return

        def done(stamp) -> None:
            if self.data is None or stamp != self.data.stamp:
                self.refresh()

        self.tasks.run(f"{self._tag}.stamp", self.workshop.change_stamp, self.actor, on_done=done,
                       on_error=lambda exc: None)

    # ---- what the view asks -------------------------------------------------------------------
    def clock_text(self) -> str:
        """The station's time now (HH:MM), whatever the PC's own time zone."""
        return self.workshop.clock.local(self.workshop.clock.now()).strftime("%H:%M")

    def block_of(self, card_id: int, technician_id: int):
        if self.data is None:
            return None
        return next((b for b in self.data.blocks if b.card_id == card_id and b.technician_id == technician_id), None)

    def technician_name(self, technician_id: int) -> str:
        if self.data is None:
            return ""
        return next((r.technician.name for r in self.data.rows if r.technician.user_id == technician_id), "")

    def _version(self, card_id: int) -> int | None:
        if self.data is None:
            return None
        for b in self.data.blocks:
            if b.card_id == card_id:
                return b.card_version
        for q in self.data.queue:
            if q.card_id == card_id:
                return q.card_version
        return None

    # ---- the dispatcher's commands ------------------------------------------------------------
    def dispatch(self, card_id: int, technician_id: int, when: datetime | None = None) -> None:
        """Every unassigned labour line of the card to one technician (a drop from the queue)."""
        def done(_lines) -> None:
            self.messageChanged.emit(self.tr("Dispatched to {name}.").format(name=self.technician_name(technician_id)))
            self.refresh()

        self._run("dispatch", self.workshop.assign, self.actor, card_id, [technician_id], planned_start=when,
                  version=self._version(card_id), on_done=done)

    def split(self, card_id: int, shares: list[tuple[int, str]], line_ids: list[int] | None = None) -> None:
        """Lines shared between technicians (shares as fractions adding to 1)."""
        def done(_lines) -> None:
            self.messageChanged.emit(self.tr("The work is shared out."))
            self.refresh()

        self._run("split", self.workshop.assign, self.actor, card_id, shares, line_ids=line_ids,
                  version=self._version(card_id), on_done=done)

    def move(self, card_id: int, from_technician: int, to_technician: int, when: datetime | None = None) -> None:
        def done(_lines) -> None:
            self.messageChanged.emit(self.tr("Moved to {name}.").format(name=self.technician_name(to_technician)))
            self.refresh()

        self._run("move", self.workshop.move, self.actor, card_id, from_technician, to_technician,
                  planned_start=when, version=self._version(card_id), on_done=done)

    def unassign(self, card_id: int, technician_id: int) -> None:
        def done(_lines) -> None:
            self.messageChanged.emit(self.tr("Back in the queue."))
            self.refresh()

        self._run("unassign", self.workshop.unassign, self.actor, card_id, technician_id,
                  version=self._version(card_id), on_done=done)

    def card_lines(self, card_id: int, on_done) -> None:
        """The card's labour lines and who holds them (for the split dialog)."""
        self._run("lines", self.workshop.card_assignments, self.actor, card_id, on_done=on_done)

    # ---- printing -----------------------------------------------------------------------------
    def print_dispatch(self, number: str) -> None:
        path = self.output_dir / f"dispatch_{number}.pdf"
        self._run("print", self._write, path, self.workshop.dispatch_pdf, self.actor, number, _translate,
                  on_done=lambda p: self.printed.emit(str(p)))

    def print_day_plan(self) -> None:
        day = self.day or self.workshop.clock.today()
        path = self.output_dir / f"day_plan_{day:%Y%m%d}.pdf"
        self._run("print", self._write, path, self.workshop.day_plan_pdf, self.actor, day, _translate,
                  on_done=lambda p: self.printed.emit(str(p)))

    @staticmethod
    def _write(path: Path, fn, *args) -> Path:
        path.write_bytes(fn(*args))
        return path


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
