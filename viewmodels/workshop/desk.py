"""The supervisor's lists beside the board: overdue cars, the day's figures, forgotten clock-outs.

Signals (each view model):
    errorChanged(str): a message to show ("" clears it).
    loaded(): the table was refilled.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.common.errors import ServiceError
from services.station.settings import JOB_TYPE_NAMES
from services.users.permissions import Permission
from services.workshop.data import PAUSE_REASONS
from viewmodels.common.errors import describe
from viewmodels.common.models import TextRowsModel
from viewmodels.common.tasks import TaskRunner
from viewmodels.workshop.board import card_state_name, translate


def pct(d: Decimal | None) -> str:
    return "—" if d is None else f"{d * 100:.1f}%"


JOB_TYPE_CONTEXT = "JobType"


class _Base(QObject):
    errorChanged = Signal(str)
    loaded = Signal()

    def __init__(self, workshop, actor, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.actor = actor
        self.tasks = tasks
        self.zone = workshop.clock.zone
        self._tag = f"workshop.{type(self).__name__}.{id(self)}"

    def _run(self, task: str, fn, /, *args, on_done, **kwargs) -> None:
        def done(result) -> None:
            self.errorChanged.emit("")
            on_done(result)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self.errorChanged.emit(describe(exc) if isinstance(exc, ServiceError) else describe(exc))

        self.tasks.run(f"{self._tag}.{task}", partial(fn, *args, **kwargs), on_done=done, on_error=failed)

    def _t(self, moment: datetime | None, fmt: str = "%m-%d %H:%M") -> str:
        return moment.astimezone(self.zone).strftime(fmt) if moment else ""


class OverdueViewModel(_Base):
    """车间维修车辆滞留表: cars past the promised time or in the workshop longer than ``max_days``."""

    def __init__(self, workshop, actor, tasks, parent=None) -> None:
        super().__init__(workshop, actor, tasks, parent)
        self.max_days = 3
        self.rows = TextRowsModel([self.tr("Job card"), self.tr("Plate"), self.tr("Vehicle"), self.tr("Type"),
                          self.tr("Status"), self.tr("In since"), self.tr("Days"), self.tr("Promised"),
                          self.tr("Late (h)"), self.tr("Why"), self.tr("Technicians"), self.tr("Advisor")],
                         right=(6, 8), parent=self)

    @Slot()
    def reload(self) -> None:
        self._run("load", self.workshop.overdue, self.actor, max_days=self.max_days, on_done=self._fill)

    def _fill(self, items) -> None:
        rows = []
        for o in items:
            kind = QCoreApplication.translate(JOB_TYPE_CONTEXT, JOB_TYPE_NAMES.get(o.job_type, o.job_type))
            if o.rescue:
                kind = "🚨 " + kind
            rows.append(([o.card_number, o.plate, o.vehicle, kind, card_state_name(o.status), self._t(o.opened_at),
                          str(o.days_in), self._t(o.promised_at), f"{o.late_by_hours:.1f}" if o.late_by_hours else "",
                          "; ".join(self.reason_text(r) for r in o.reasons), o.technicians, o.advisor], o))
        self.rows.set_rows(rows)

    def reason_text(self, reason: str) -> str:
        if reason.startswith("paused:"):
            return self.tr("Paused: {reason}").format(reason=translate(PAUSE_REASONS.get(reason[7:], reason[7:])))
        names = {"late": self.tr("Past the promised time"), "long_stay": self.tr("In the workshop too long"),
                 "waiting_parts": card_state_name("waiting_parts"),
                 "waiting_approval": card_state_name("waiting_approval")}
        return names.get(reason, reason)


class FiguresViewModel(_Base):
    """Attendance, clocked and sold hours with utilisation, efficiency and productivity."""

    def __init__(self, workshop, actor, tasks, parent=None) -> None:
        super().__init__(workshop, actor, tasks, parent)
        self.allowed = actor.can(Permission.VIEW_REPORTS) or actor.can(Permission.DISPATCH)
        headers = [self.tr("Technician / team"), self.tr("Day"), self.tr("Attendance h"), self.tr("Clocked h"),
                   self.tr("Sold h"), self.tr("Utilisation"), self.tr("Efficiency"), self.tr("Productivity")]
        self.technicians = TextRowsModel(headers, right=(2, 3, 4, 5, 6, 7), parent=self)
        self.teams = TextRowsModel(headers, right=(2, 3, 4, 5, 6, 7), parent=self)

    def load(self, first: date, last: date) -> None:
        self._run("load", self.workshop.figures, self.actor, first, last, on_done=self._fill)

    def _fill(self, f) -> None:
        def row(r):
            return ([r.key, f"{r.day:%Y-%m-%d}" if r.day else self.tr("period"), f"{r.attendance_hours:.2f}",
                     f"{r.clocked_hours:.2f}", f"{r.sold_hours:.2f}", pct(r.utilisation), pct(r.efficiency),
                     pct(r.productivity)], r)

        self.technicians.set_rows([row(r) for r in f.by_technician] + [row(r) for r in f.totals])
        self.teams.set_rows([row(r) for r in f.by_team])


class ClockFlagsViewModel(_Base):
    """Forgotten clock-outs: flagged the next morning, closed by the supervisor's approval."""

    def __init__(self, workshop, actor, tasks, parent=None) -> None:
        super().__init__(workshop, actor, tasks, parent)
        self.can_approve = actor.can(Permission.DISPATCH)
        self.rows = TextRowsModel([self.tr("Technician"), self.tr("Kind"), self.tr("Day"), self.tr("Started"),
                          self.tr("Job card"), self.tr("Says it ended"), self.tr("Reason")], parent=self)

    @Slot()
    def reload(self) -> None:
        self._run("load", self.workshop.flag_forgotten, self.actor, on_done=self._fill)

    def _fill(self, flags) -> None:
        kinds = {"shift": self.tr("Working day"), "break": self.tr("Break"), "work": self.tr("Work on a job")}
        self.rows.set_rows([([f.technician, kinds.get(f.kind, f.kind), f"{f.day:%Y-%m-%d}", self._t(f.started_at),
                              f.card_number or "", self._t(f.requested_end), f.request_reason], f) for f in flags])

    def approve(self, row: int, ended_at: datetime | None, reason: str) -> None:
        f = self.rows.object_at(row)
        if f is None:
            return
        self._run("approve", self.workshop.approve_correction, self.actor, f.kind, f.id, ended_at, reason,
                  on_done=lambda _r: self.reload())
