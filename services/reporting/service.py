"""The reporting service: the station manager's figures, reports and lists that need action.

Built in ``app/context.py`` as ``ctx.reporting``. Other areas are reached only through the services
handed in (``workshop``, ``crm``, ``parts_reports``, ``tools``, ``claims``): reporting never imports
their packages; what it counts itself (the settlement statements, the cards and their deliveries) it
reads from the tables in one read transaction per call.

Every method takes the signed-in ``Actor`` first and needs ``Permission.VIEW_REPORTS``; figures made of
purchase costs also need ``Permission.VIEW_COSTS`` (else they come back ``RESTRICTED``), and a figure
whose area is not built or not handed in comes back ``NOT_BUILT`` — never as zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from app.db.engine import Database
from services.common.clock import Clock
from services.reporting import actions, documents, figures, records, schedule, settings
from services.reporting import sales as sales_facts
from services.reporting.data import (
    ActionList,
    Comparison,
    DailyReport,
    Dashboard,
    KpiValue,
    MonthlyReport,
    MonthOutput,
    Period,
    RecordTable,
    ReportingSettings,
    ScheduledResult,
)
from services.reporting.definitions import KPIS, ROLE_FIGURES, KpiDefinition
from services.station.settings import JOB_TYPES
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class ReportingService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, station=None, workshop=None, crm=None,
                 parts_reports=None, tools=None, claims=None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self.workshop = workshop
        self.crm = crm
        self.parts_reports = parts_reports
        self.tools = tools
        self.claims = claims

    @property
    def database_url(self) -> str:
        """The URL another process opens the same database with (``services/reporting/exports.py``)."""
        return self.db.url.render_as_string(hide_password=False)

    # ---- the registry ------------------------------------------------------------------------
    @staticmethod
    def definitions() -> tuple[KpiDefinition, ...]:
        """Every KPI, in the order the reports show them (``services/reporting/definitions.py``)."""
        return KPIS

    @staticmethod
    def role_figures(role: str) -> tuple[str, ...]:
        """The KPI codes a role's dashboard shows first: manager, front_desk, workshop, parts, centre."""
        return ROLE_FIGURES.get(role, ROLE_FIGURES["manager"])

    # ---- figures -----------------------------------------------------------------------------
    def figures(self, actor: Actor, period_from: date, period_to: date,
                codes: Iterable[str] | None = None) -> list[KpiValue]:
        """The KPIs over station days ``period_from``..``period_to`` (all of them, or ``codes``), in registry
        order. Only the sources the asked codes need are queried (the dashboard asks for a role's few)."""
        actor.require(Permission.VIEW_REPORTS)
        return figures.compute(self, actor, Period(period_from, period_to), codes)

    def compare(self, actor: Actor, month: date, codes: Iterable[str] | None = None, *,
                current: Sequence[KpiValue] | None = None) -> list[Comparison]:
        """Each KPI this month, last month and the same month last year (``month``: any day of it).
        ``current``: this month's values as computed already (the dashboard's month to date, ``Dashboard.month``):
        only the two months before are gathered then."""
        actor.require(Permission.VIEW_REPORTS)
        return figures.compare(self, actor, Period.month(month), codes, current=current)

    def records(self, actor: Actor, kpi_code: str, period_from: date, period_to: date) -> RecordTable:
        """The records behind a figure (a click on it): statements, cards, deliveries, technicians, calls,
        parts. ``available`` is False where the figure's source keeps no rows to show."""
        actor.require(Permission.VIEW_REPORTS)
        return records.records(self, actor, kpi_code, Period(period_from, period_to))

    # ---- reports -----------------------------------------------------------------------------
    def daily(self, actor: Actor, day: date) -> DailyReport:
        """The daily production report of a station day."""
        actor.require(Permission.VIEW_REPORTS)
        return documents.daily(self, actor, day)

    def monthly(self, actor: Actor, month: date, *, with_statements: bool = True, progress=None) -> MonthlyReport:
        """The monthly operating report of ``month`` (any day of it), with the period comparison.
        ``progress(done, total)`` as each of the three months is gathered."""
        actor.require(Permission.VIEW_REPORTS)
        return documents.monthly(self, actor, Period.month(month), with_statements=with_statements,
                                 progress=progress)

    # the files: ``progress(done, total)`` (the app's progress bar) runs over gathering and writing, its total
    # known from the first step (documents.Steps)
    def daily_workbook(self, actor: Actor, day: date, translate=None, progress=None) -> bytes:
        steps = documents.Steps(progress, 1, documents.DAILY_WORKBOOK_STEPS)
        report = self.daily(actor, day)
        steps.gathered(1, 1)
        return documents.daily_workbook(report, translate, steps.written)

    def daily_pdf(self, actor: Actor, day: date, translate=None, progress=None) -> bytes:
        steps = documents.Steps(progress, 1, documents.PDF_STEPS)
        report = self.daily(actor, day)
        steps.gathered(1, 1)
        return documents.daily_pdf(report, translate, steps.written)

    def monthly_workbook(self, actor: Actor, month: date, translate=None, progress=None) -> bytes:
        steps = documents.Steps(progress, documents.MONTHLY_GATHER_STEPS, documents.MONTHLY_WORKBOOK_STEPS)
        report = self.monthly(actor, month, progress=steps.gathered)
        return documents.monthly_workbook(report, translate, steps.written)

    def monthly_pdf(self, actor: Actor, month: date, translate=None, progress=None) -> bytes:
        steps = documents.Steps(progress, documents.MONTHLY_GATHER_STEPS, documents.PDF_STEPS)
        report = self.monthly(actor, month, with_statements=False, progress=steps.gathered)
        return documents.monthly_pdf(report, translate, steps.written)

    def dashboard(self, actor: Actor, day: date | None = None, role: str = "manager") -> Dashboard:
        """A role's dashboard in one call: the day's figures (those of the daily report the role shows),
        the month's to the day, and the lists that need action."""
        actor.require(Permission.VIEW_REPORTS)
        day = day or self.clock.today()
        zone = self.clock.zone
        codes = self.role_figures(role)
        # the month to the day, read once (statements, cards, the workshop's clock); the day is cut out of it
        month = figures.gather(self, actor, Period(day.replace(day=1), day), codes, with_sales=True)
        today = figures.gather(self, actor, Period.day(day), [c for c in codes if c in documents.DAILY_CODES],
                               known=month.day(day, zone))
        whole = Period.month(day)
        output = MonthOutput(whole, month.sales.days(zone, whole), month.sales.by_job_type(JOB_TYPES))
        return Dashboard(day, role, today.values, month.values, tuple(actions.action_lists(self, actor, day, 20)),
                         output)

    def month_output(self, actor: Actor, day: date | None = None) -> MonthOutput:
        """The charts alone: ``day``'s month output by day and by job type (one read of its statements;
        ``dashboard`` returns them too, from the read of its figures)."""
        actor.require(Permission.VIEW_REPORTS)
        period = Period.month(day or self.clock.today())
        with self.db.read() as s:
            sales = sales_facts.load(s, period, self.clock.zone, with_costs=False)
        return MonthOutput(period, sales.days(self.clock.zone), sales.by_job_type(JOB_TYPES))

    # ---- the lists that need action ----------------------------------------------------------
    def action_lists(self, actor: Actor, day: date | None = None, *, limit: int = 50) -> list[ActionList]:
        """Overdue cars, calls due, stock below minimum, tools overdue, claims waiting — each from its
        area's service, for the areas the person may see."""
        actor.require(Permission.VIEW_REPORTS)
        return actions.action_lists(self, actor, day or self.clock.today(), limit)

    # ---- settings and the scheduled daily report ---------------------------------------------
    def settings(self, actor: Actor) -> ReportingSettings:
        actor.require(Permission.VIEW_REPORTS)
        return settings.load(self.db)

    def save_settings(self, actor: Actor, value: ReportingSettings) -> ReportingSettings:
        """The station's targets and the scheduled report's folder (Permission.EDIT_SETTINGS), audited."""
        actor.require(Permission.EDIT_SETTINGS)
        return settings.save(self, actor, value)

    def write_scheduled(self, actor: Actor, folder: str | Path, day: date, translate=None) -> ScheduledResult:
        """Write ``day``'s daily workbook into ``folder`` unless it is there already (idempotent: a second
        call, from this PC or another, writes nothing). The file appears whole or not at all."""
        actor.require(Permission.VIEW_REPORTS)
        return schedule.write_scheduled(self, actor, Path(folder), day, translate)

    def scheduled_due(self, actor: Actor) -> date | None:
        """The day whose report the schedule still owes (yesterday), or None: no folder set, or done."""
        actor.require(Permission.VIEW_REPORTS)
        return schedule.due(self)

    def run_scheduled(self, actor: Actor, translate=None) -> ScheduledResult | None:
        """What the app calls at start and when idle: writes yesterday's daily workbook to the settings'
        folder once; None when nothing is due."""
        actor.require(Permission.VIEW_REPORTS)
        return schedule.run(self, actor, translate)
