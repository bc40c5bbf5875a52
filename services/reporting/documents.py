"""The daily production report and the monthly operating report, gathered from the figures; and their
workbook and PDF (the texts translated here, the documents drawn by ``reports.reporting``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db.models.job_cards import JobCard
from app.db.models.settlement import Delivery
from services.common.errors import NotFound
from services.reporting import actions
from services.reporting import sales as sales_facts
from services.reporting.data import DailyReport, MonthlyReport, Period, TechnicianRow
from services.reporting.figures import compare, gather
from services.station.settings import JOB_TYPES, PAYERS
from services.users.permissions import Actor

# the figures of the daily production report (the day's, and the month's to that day)
DAILY_CODES = ("output", "visits", "average_ticket", "labour_revenue", "parts_revenue", "other_revenue",
               "sold_hours", "utilisation", "efficiency", "productivity", "on_time_delivery", "same_day_delivery",
               "comeback_rate")
IN_WORKSHOP = actions.IN_WORKSHOP

# the steps of making a report file, for its progress bar: gathering (the monthly report: this month, last month,
# the same month last year), then writing (the workbook: its summary and each sheet; the PDF: its tables drawn,
# its pages laid out)
MONTHLY_GATHER_STEPS = 3
MONTHLY_WORKBOOK_STEPS = 7  # the summary and six sheets (services/reporting/book.py: monthly_book)
DAILY_WORKBOOK_STEPS = 5  # the summary and four sheets (daily_book)
PDF_STEPS = 2


class Steps:
    """One progress over a report's gathering and its writing: ``progress(done, total)`` with a total known from
    the start and ``done`` never going back (each phase's own steps are scaled into its share)."""

    def __init__(self, progress, gathering: int, writing: int) -> None:
        self.progress = progress
        self.gathering_steps, self.writing_steps = gathering, writing
        self.total = gathering + writing
        self.done = 0

    def _at(self, done: int) -> None:
        if self.progress is not None and done > self.done:
            self.done = done
            self.progress(done, self.total)

    def gathered(self, done: int, total: int) -> None:
        self._at(done * self.gathering_steps // max(total, 1))

    def written(self, done: int, total: int) -> None:
        self._at(self.gathering_steps + done * self.writing_steps // max(total, 1))


def _station(svc) -> str:
    if svc.station is None:
        return ""
    try:
        return svc.station.settings().name
    except NotFound:
        return ""


def _technicians(gathered) -> tuple[TechnicianRow, ...]:
    """The technicians' rows of the workshop figures gathered with the period's KPIs (none when not read)."""
    figures = gathered.workshop
    if figures is None:
        return ()
    return tuple(TechnicianRow(r.key, r.attendance_hours, r.clocked_hours, r.sold_hours, r.utilisation,
                               r.efficiency, r.productivity) for r in figures.totals)


def daily(svc, actor: Actor, day: date) -> DailyReport:
    period = Period.day(day)
    zone = svc.clock.zone
    # the month to the day read once; the day's figures cut out of it
    month = gather(svc, actor, Period(day.replace(day=1), day), DAILY_CODES, with_sales=True)
    today = gather(svc, actor, period, DAILY_CODES, known=month.day(day, zone), with_sales=True)
    sales = today.sales
    lo, hi = sales_facts.bounds(period, zone)
    with svc.db.read() as s:
        received = s.scalar(select(func.count()).select_from(JobCard)
                            .where(JobCard.opened_at >= lo, JobCard.opened_at < hi,
                                   JobCard.status.not_in(("estimate", "cancelled")))) or 0
        delivered = s.scalar(select(func.count()).select_from(Delivery)
                             .where(Delivery.delivered_at >= lo, Delivery.delivered_at < hi)) or 0
        in_workshop = s.scalar(select(func.count()).select_from(JobCard)
                               .where(JobCard.status.in_(IN_WORKSHOP))) or 0
    return DailyReport(
        _station(svc), day, svc.clock.local(svc.clock.now()).replace(tzinfo=None), today.values, month.values,
        int(received), int(delivered), int(in_workshop), sales.by_job_type(JOB_TYPES), sales.by_payer(PAYERS),
        _technicians(today), sales.statement_rows(zone),
        tuple(actions.action_lists(svc, actor, day, 20)))


def monthly(svc, actor: Actor, period: Period, *, with_statements: bool = True, progress=None) -> MonthlyReport:
    """The month's figures and breakdowns from one gathering of the month (its statements, the workshop's and
    the centre's figures), then the two months it is compared with. ``progress(done, total)`` after each."""
    zone = svc.clock.zone
    step = progress or (lambda _done, _total: None)
    current = gather(svc, actor, period, None, with_sales=True)
    step(1, 3)
    comparison = compare(svc, actor, period, current=current.values, progress=lambda d, _t: step(1 + d, 3))
    sales, crm = current.sales, current.crm
    return MonthlyReport(
        _station(svc), period, svc.clock.local(svc.clock.now()).replace(tzinfo=None),
        current.values, tuple(comparison), sales.by_job_type(JOB_TYPES),
        sales.by_payer(PAYERS), sales.matrix(), sales.days(zone), sales.advisors(),
        _technicians(current),
        tuple(crm.complaints_by_category) if crm else (), tuple(crm.complaints_by_department) if crm else (),
        sales.statement_rows(zone) if with_statements else ())


def _translate(translate):
    return translate or (lambda _context, text: text)


def daily_workbook(report: DailyReport, translate=None, progress=None) -> bytes:
    from reports.reporting.workbook import render_workbook
    from services.reporting.book import daily_book

    return render_workbook(daily_book(report, _translate(translate)), progress)


def daily_pdf(report: DailyReport, translate=None, progress=None) -> bytes:
    from reports.reporting.pdf import render_pdf
    from services.reporting.book import daily_book

    return render_pdf(daily_book(report, _translate(translate)), progress)


def monthly_workbook(report: MonthlyReport, translate=None, progress=None) -> bytes:
    from reports.reporting.workbook import render_workbook
    from services.reporting.book import monthly_book

    return render_workbook(monthly_book(report, _translate(translate)), progress)


def monthly_pdf(report: MonthlyReport, translate=None, progress=None) -> bytes:
    from reports.reporting.pdf import render_pdf
    from services.reporting.book import monthly_book

    return render_pdf(monthly_book(report, _translate(translate)), progress)
