"""The centre worker's page: today's calls (overdue first) with the call script, one keystroke from one
call to the next; the cases to work; the supervisor's KPIs of a month (on screen and in Excel).

Signals:
    listChanged(): the work list was reloaded (the current call may have changed).
    currentChanged(object): the ``TaskInfo`` being called (None when the list is done).
    casesChanged(): the case list was reloaded.
    kpisChanged(object): the ``KpiReport`` of the month shown.
    exported(str): the path of a KPI workbook just written.
    errorChanged(str), messageChanged(str), busyChanged(bool).
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QColor

from services.crm.data import (
    CASE_CATEGORY_NAMES,
    CASE_STATUS_NAMES,
    DEPARTMENT_NAMES,
    KPI_NAMES,
    LOST_KINDS,
    LOST_REASON_NAMES,
    LOST_REASONS,
    SCRIPT,
    SEVERITY_NAMES,
    TASK_KIND_NAMES,
    CaseInput,
    TaskInfo,
)
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowColours, RowsModel, translated
from viewmodels.common.tasks import TaskRunner

log = logging.getLogger(__name__)


def pct(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _overdue(obj) -> RowColours | None:
    return RowColours(foreground=QColor("#b00020")) if getattr(obj, "overdue", False) else None


class CentreViewModel(QObject):
    listChanged = Signal()
    currentChanged = Signal(object)
    casesChanged = Signal()
    kpisChanged = Signal(object)
    exported = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, crm, actor, tasks: TaskRunner, *, clock, output_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_call = actor.can(Permission.EDIT_CRM)
        self.can_see_kpis = actor.can(Permission.VIEW_REPORTS) or actor.can(Permission.EDIT_CRM)
        self.current: TaskInfo | None = None
        self.report = None
        self.work = RowsModel([
            Column(QT_TRANSLATE_NOOP("Centre", "Deadline"), lambda t: t.window_end or t.due_on),
            Column(QT_TRANSLATE_NOOP("Centre", "Call"), lambda t: translated("TaskKind", TASK_KIND_NAMES.get(t.kind, t.kind))),
            Column(QT_TRANSLATE_NOOP("Centre", "Customer"), lambda t: t.customer_name), Column(QT_TRANSLATE_NOOP("Centre", "Phone"), lambda t: t.phone),
            Column(QT_TRANSLATE_NOOP("Centre", "Plate"), lambda t: t.plate), Column(QT_TRANSLATE_NOOP("Centre", "Job card"), lambda t: t.job_card_number),
            Column(QT_TRANSLATE_NOOP("Centre", "Tries"), lambda t: t.attempts or "", align_right=True),
        ], self, context="Centre", style=_overdue)
        self.cases = RowsModel([
            Column(QT_TRANSLATE_NOOP("Centre", "Case"), lambda c: c.number), Column(QT_TRANSLATE_NOOP("Centre", "Deadline"), lambda c: c.deadline),
            Column(QT_TRANSLATE_NOOP("Centre", "Customer"), lambda c: c.customer_name), Column(QT_TRANSLATE_NOOP("Centre", "Plate"), lambda c: c.plate),
            Column(QT_TRANSLATE_NOOP("Centre", "Kind"), lambda c: translated("CaseCategory", CASE_CATEGORY_NAMES.get(c.category, c.category))),
            Column(QT_TRANSLATE_NOOP("Centre", "Severity"), lambda c: translated("Severity", SEVERITY_NAMES.get(c.severity, c.severity))),
            Column(QT_TRANSLATE_NOOP("Centre", "Department"), lambda c: translated("Department", DEPARTMENT_NAMES.get(c.department, c.department))),
            Column(QT_TRANSLATE_NOOP("Centre", "Owner"), lambda c: c.owner_name),
            Column(QT_TRANSLATE_NOOP("Centre", "Status"), lambda c: translated("CaseStatus", CASE_STATUS_NAMES.get(c.status, c.status))),
            Column(QT_TRANSLATE_NOOP("Centre", "Problem"), lambda c: c.description),
        ], self, context="Centre", style=_overdue, local=LocalTime(clock.local))
        self.kpi_rows = RowsModel([
            Column(QT_TRANSLATE_NOOP("Centre", "Figure"), lambda r: translated("Kpi", KPI_NAMES.get(r.key, r.key))),
            Column(QT_TRANSLATE_NOOP("Centre", "Rate"), lambda r: pct(r.rate), align_right=True),
            Column(QT_TRANSLATE_NOOP("Centre", "Count"), lambda r: f"{r.numerator} / {r.denominator}", align_right=True),
            Column(QT_TRANSLATE_NOOP("Centre", "Target"), lambda r: "" if r.target is None else f"≥ {pct(r.target)}", align_right=True),
            Column(QT_TRANSLATE_NOOP("Centre", "Met"), lambda r: {True: "✓", False: "✗", None: ""}[r.met]),
        ], self, context="Centre")
        self._busy = 0
        self._planned_on: date | None = None

    # ---- plumbing ------------------------------------------------------------------------------
    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self._busy += 1
        self.busyChanged.emit(True)

        def done(result):
            self._finish()
            if on_done is not None:
                on_done(result)

        def failed(exc):
            self._finish()
            self.errorChanged.emit(describe(exc))

        self.tasks.run(name, fn, *args, on_done=done, on_error=failed, **kwargs)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        if not self._busy:
            self.busyChanged.emit(False)

    # ---- the work list ---------------------------------------------------------------------------
    def plan_today(self) -> None:
        """The day's proactive contacts and reminders, once a day on the first centre PC that opens
        the page (``servicebay crm-plan`` does the same from a scheduled task). The plan makes each
        call once, so a second PC's plan adds nothing; a failure leaves the list as it is."""
        today = self.clock.today()
        if not self.can_call or self._planned_on == today:
            return
        self._planned_on = today

        def done(made):
            count = sum(made.values())
            if count:
                self.messageChanged.emit(self.tr("{count} calls planned for today.").format(count=count))
                self.refresh()

        def failed(exc):
            log.warning("the day's contact plan failed: %s", exc)

        self.tasks.run("crm.plan", self.crm.plan, self.actor, today, on_done=done, on_error=failed)

    def refresh(self) -> None:
        self._run("crm.work", self.crm.work_list, self.actor, on_done=self._list)

    def _list(self, tasks) -> None:
        self.work.set_rows(tasks)
        keep = next((t for t in tasks if self.current is not None and t.id == self.current.id), None)
        self.current = keep or (tasks[0] if tasks else None)
        self.listChanged.emit()
        self.currentChanged.emit(self.current)

    def choose(self, row: int) -> None:
        task = self.work.row_object(row)
        if task is not None:
            self.current = task
            self.currentChanged.emit(task)

    def current_row(self) -> int:
        rows = self.work.rows
        return next((i for i, t in enumerate(rows) if self.current is not None and t.id == self.current.id), -1)

    def next_call(self) -> None:
        """To the next call of the list (one keystroke)."""
        rows = self.work.rows
        if not rows:
            return
        i = self.current_row()
        self.choose((i + 1) % len(rows))

    def script(self) -> list[tuple[str, str]]:
        return [(key, translated("Script", text)) for key, text in SCRIPT]

    def heading(self) -> str:
        t = self.current
        if t is None:
            return self.tr("No calls left for today.")
        kind = translated("TaskKind", TASK_KIND_NAMES.get(t.kind, t.kind))
        parts = [kind, t.customer_name, t.phone, t.plate]
        if t.job_card_number:
            parts.append(t.job_card_number)
        if t.advisor_name:
            parts.append(self.tr("advisor {name}").format(name=t.advisor_name))
        return " · ".join(p for p in parts if p)

    def is_lost_call(self) -> bool:
        """The call is to a lost customer: the reason they stay away is asked."""
        return self.current is not None and self.current.kind in LOST_KINDS

    def lost_reason_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("LostReason", LOST_REASON_NAMES[k])) for k in LOST_REASONS]

    def record(self, outcome: str, scores: dict, note: str, problem: dict | None = None,
               reason: str | None = None) -> None:
        """The call's outcome; the list moves on to the next call when it is saved."""
        t = self.current
        if t is None:
            return
        self.errorChanged.emit("")
        case = None
        if outcome == "problem" and t.kind == "follow_up":
            p = problem or {}
            case = CaseInput(customer_id=t.customer_id, category=p.get("category", ""),
                             description=p.get("description", "") or note, owner=p.get("owner", ""),
                             department=p.get("department", "front_desk"), severity=p.get("severity", "normal"),
                             vehicle_id=t.vehicle_id)

        def done(result):
            task = result.task
            if outcome == "unreachable" and task.next_attempt_at is not None:
                # not reached: say when the call comes back, so nobody dials again at once or forgets it
                text = self.tr("{customer}: not reached; the call comes back at {time} (attempt {n}).").format(
                    customer=t.customer_name, time=f"{self.clock.local(task.next_attempt_at):%m-%d %H:%M}",
                    n=task.attempts)
            elif outcome == "unreachable":
                text = self.tr("{customer}: not reached after {n} attempts; the call is closed as not reached.").format(
                    customer=t.customer_name, n=task.attempts)
            else:
                text = self.tr("{customer}: call saved.").format(customer=t.customer_name)
            if result.case_number:
                text += " " + self.tr("Case {number} opened.").format(number=result.case_number)
            self.messageChanged.emit(text)
            self.current = None
            self.refresh()
            self.refresh_cases()

        self._run("crm.call", self.crm.record_call, self.actor, t.id, outcome, scores=scores, note=note,
                  problem=case, reason=reason if t.kind in LOST_KINDS else None, on_done=done)

    # ---- cases -----------------------------------------------------------------------------------
    def refresh_cases(self, status: str | None = "open") -> None:
        def done(cases):
            self.cases.set_rows(cases)
            self.casesChanged.emit()

        self._run("crm.cases", self.crm.cases, self.actor, status=status, on_done=done)

    def add_action(self, case, text: str) -> None:
        self._run("crm.case_action", self.crm.add_action, self.actor, case.id, case.version, text,
                  on_done=lambda _c: (self.messageChanged.emit(self.tr("Action noted.")), self.refresh_cases()))

    def resolve(self, case, text: str) -> None:
        self._run("crm.case_resolve", self.crm.resolve, self.actor, case.id, case.version, text,
                  on_done=lambda c: (self.messageChanged.emit(self.tr("{number} resolved: the confirmation call is on "
                                                                      "the list.").format(number=c.number)),
                                     self.refresh_cases(), self.refresh()))

    def category_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("CaseCategory", v)) for k, v in CASE_CATEGORY_NAMES.items()]

    def department_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("Department", v)) for k, v in DEPARTMENT_NAMES.items()]

    def severity_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("Severity", v)) for k, v in SEVERITY_NAMES.items()]

    # ---- KPIs ------------------------------------------------------------------------------------
    def load_kpis(self, first: date, last: date) -> None:
        def done(report):
            self.report = report
            self.kpi_rows.set_rows(report.ratios)
            self.kpisChanged.emit(report)

        self._run("crm.kpis", self.crm.kpis, self.actor, first, last, on_done=done)

    def analysis_text(self, report) -> str:
        cats = ", ".join(f"{translated('CaseCategory', CASE_CATEGORY_NAMES.get(c, c))} {n}"
                         for c, n in report.complaints_by_category)
        deps = ", ".join(f"{translated('Department', DEPARTMENT_NAMES.get(d, d))} {n}"
                         for d, n in report.complaints_by_department)
        score = "—" if report.average_score is None else f"{report.average_score}"
        text = self.tr("Problems by kind: {cats}. By department: {deps}. Average overall score: {score} of 5.").format(
            cats=cats or "—", deps=deps or "—", score=score)
        if report.lost_reasons:
            reasons = ", ".join(f"{translated('LostReason', LOST_REASON_NAMES.get(r, r))} {n}"
                                for r, n in report.lost_reasons)
            text += "\n" + self.tr("Lost customers reached, why they stay away: {reasons}.").format(reasons=reasons)
        return text

    def export_kpis(self) -> None:
        report = self.report
        if report is None:
            return
        from reports.crm.kpis import KpiSheet, render_kpi_workbook

        sheet = KpiSheet(f"{report.first_day} – {report.last_day}",
                         tuple((translated("Kpi", KPI_NAMES.get(r.key, r.key)), r.numerator, r.denominator, r.rate, r.target)
                               for r in report.ratios),
                         tuple((translated("CaseCategory", CASE_CATEGORY_NAMES.get(c, c)), n)
                               for c, n in report.complaints_by_category),
                         tuple((translated("Department", DEPARTMENT_NAMES.get(d, d)), n)
                               for d, n in report.complaints_by_department),
                         (self.tr("Figure"), self.tr("Done"), self.tr("Of"), self.tr("Rate"), self.tr("Target"),
                          self.tr("Problems by kind"), self.tr("Problems by department"), self.tr("Count")))
        path = self.output_dir / f"crm-kpis-{report.first_day:%Y-%m}.xlsx"

        def write():
            path.write_bytes(render_kpi_workbook(sheet))
            return str(path)

        self._run("crm.kpi_export", write, on_done=self.exported.emit)
