"""The daily and monthly reports as a ``reports.reporting.model.Book``: sheets, columns and charts, every
text translated here (``translate(context, text)``), so the workbook and the PDF say the same."""

from __future__ import annotations

from collections.abc import Callable

from reports.reporting.model import Book, Chart, Column, Summary, Table, Typed
from services.common.errors import QT_TRANSLATE_NOOP
from services.reporting.data import OK, STATE_NAMES, DailyReport, KpiValue, MonthlyReport, OutputRow
from services.reporting.definitions import GROUP_NAMES, KPI_BY_CODE, KPIS, amount_units
from services.station.settings import JOB_TYPE_NAMES, PAYER_NAMES, PAYERS

Tr = Callable[[str, str], str]
R = "Reporting"
COL = "ReportColumn"
UNIT_KIND = {"money": "money", "count": "count", "ratio": "ratio", "hours": "hours", "turns": "turns"}
UNIT_NAMES = {"money": QT_TRANSLATE_NOOP("KpiUnit", "yuan"), "count": QT_TRANSLATE_NOOP("KpiUnit", "count"), "ratio": QT_TRANSLATE_NOOP("KpiUnit", "percent"),
              "hours": QT_TRANSLATE_NOOP("KpiUnit", "hours"), "turns": QT_TRANSLATE_NOOP("KpiUnit", "times a year")}
SOURCE_NAMES = {"settlement": QT_TRANSLATE_NOOP("KpiSource", "Settlement statements"), "job_cards": QT_TRANSLATE_NOOP("KpiSource", "Job cards"),
                "workshop": QT_TRANSLATE_NOOP("KpiSource", "Workshop clock"), "crm": QT_TRANSLATE_NOOP("KpiSource", "Customer relations"),
                "parts": QT_TRANSLATE_NOOP("KpiSource", "Parts store"), "": QT_TRANSLATE_NOOP("KpiSource", "Not built")}


class _Words:
    def __init__(self, translate: Tr) -> None:
        self.words = translate

    def r(self, text: str) -> str:
        return self.words(R, text)

    def c(self, text: str) -> str:
        return self.words(COL, text)

    def col(self, text: str, kind: str = "text", width: float = 12, total: bool = False) -> Column:
        return Column(self.words(COL, text), kind, width, total)

    def kpi(self, code: str) -> str:
        k = KPI_BY_CODE[code]
        name = self.words("Kpi", k.name)
        return name if name == k.name_zh else f"{k.name_zh} {name}"

    def value(self, v: KpiValue):
        if v.state != OK:
            return self.words("KpiState", STATE_NAMES[v.state])
        return Typed(v.value, UNIT_KIND[KPI_BY_CODE[v.code].unit])

    @staticmethod
    def part(n, unit: str):
        """A numerator or denominator in its unit (``definitions.amount_units``): money and hours with two
        places even when whole (a margin of 6000.00 yuan), counts without."""
        if n is None:
            return None
        return Typed(n, UNIT_KIND[unit])

    def target(self, v: KpiValue):
        return None if v.target is None else Typed(v.target, UNIT_KIND[KPI_BY_CODE[v.code].unit])

    def job_type(self, code: str) -> str:
        return self.words("JobType", JOB_TYPE_NAMES[code]) if code in JOB_TYPE_NAMES else code

    def payer(self, code: str) -> str:
        return self.words("Payer", PAYER_NAMES[code]) if code in PAYER_NAMES else code


def _output_block(w: _Words, heading: str, first: str, rows: tuple[OutputRow, ...], name) -> Table:
    return Table(heading, heading, (w.col(first, width=16), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Visits"), "count", 9, True),
                                    w.col(QT_TRANSLATE_NOOP("ReportColumn", "Labour"), "money", 14, True),
                                    w.col(QT_TRANSLATE_NOOP("ReportColumn", "Parts"), "money", 14, True),
                                    w.col(QT_TRANSLATE_NOOP("ReportColumn", "Other"), "money", 12, True),
                                    w.col(QT_TRANSLATE_NOOP("ReportColumn", "Total"), "money", 14, True)),
                 tuple((name(r.key), r.visits, r.labour, r.parts, r.other, r.total) for r in rows),
                 w.r(QT_TRANSLATE_NOOP("Reporting", "Total")))


def _statements(w: _Words, heading: str, rows, in_pdf: bool = False) -> Table:
    return Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Statements")), heading, (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Statement"), width=16), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Job card"), width=16),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Settled"), "datetime", 17), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Job type"), width=10),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Advisor"), width=10), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Customer"), width=18), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Plate"), width=11),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Labour"), "money", 12, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Parts"), "money", 12, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Other"), "money", 11, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Total"), "money", 13, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Hours"), "hours", 8, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Payers"), width=18)),
        ((r.number, r.card_number, r.settled_at, w.job_type(r.job_type), r.advisor, r.customer, r.plate, r.labour,
          r.parts, r.other, r.total, r.hours, " ".join(w.payer(p) for p in r.payers.split(",") if p))
         for r in rows), w.r(QT_TRANSLATE_NOOP("Reporting", "Total")), in_pdf=in_pdf)


def _technicians(w: _Words, heading: str, rows) -> Table:
    return Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Technicians")), heading, (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Technician"), width=14), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Attendance hours"), "hours", 12, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Clocked hours"), "hours", 12, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Sold hours"), "hours", 12, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Utilisation"), "ratio", 11), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Efficiency"), "ratio", 11),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Productivity"), "ratio", 11)),
        tuple((r.technician, r.attendance_hours, r.clocked_hours, r.sold_hours, r.utilisation, r.efficiency,
               r.productivity) for r in rows), w.r(QT_TRANSLATE_NOOP("Reporting", "Total")))


def definitions(w: _Words) -> Table:
    return Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Definitions")), w.r(QT_TRANSLATE_NOOP("Reporting", "How each figure is counted")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Group"), width=12), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Figure"), width=22), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Formula"), width=44),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Counting rule"), width=60), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Unit"), width=10), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Source"), width=18),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Usual target"), width=12), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Code"), width=18)),
        tuple((w.words("KpiGroup", GROUP_NAMES[k.group]), w.kpi(k.code), w.words("KpiFormula", k.formula),
               w.words("KpiRule", k.rule), w.words("KpiUnit", UNIT_NAMES[k.unit]), w.words("KpiSource", SOURCE_NAMES[k.source]),
               None if k.target is None else Typed(k.target, UNIT_KIND[k.unit]), k.code) for k in KPIS))


def monthly_book(report: MonthlyReport, translate: Tr) -> Book:
    w = _Words(translate)
    month = report.period.label
    title = w.r(QT_TRANSLATE_NOOP("Reporting", "Monthly operating report {month}")).format(month=month)
    lines = (report.station, w.r(QT_TRANSLATE_NOOP("Reporting", "Made {at}")).format(at=f"{report.made_at:%Y-%m-%d %H:%M}"),
             w.r(QT_TRANSLATE_NOOP("Reporting", "Money in yuan, tax inclusive, after discount, counted on the settlement date.")))
    figures = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Figures")), w.r(QT_TRANSLATE_NOOP("Reporting", "Figures of the month")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Figure"), width=24),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Value"), "number", 15),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Target"), "number", 12),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Numerator"), "number", 14),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Denominator"), "number", 14)),
        tuple((w.kpi(v.code), w.value(v), w.target(v), w.part(v.numerator, amount_units(v.code)[0]),
               w.part(v.denominator, amount_units(v.code)[1]))
              for v in report.figures))
    by_type = _output_block(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Output by job type")), QT_TRANSLATE_NOOP("ReportColumn", "Job type"), report.by_job_type, w.job_type)
    by_payer = _output_block(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Output by payer")), QT_TRANSLATE_NOOP("ReportColumn", "Payer"), report.by_payer, w.payer)
    days = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Output by day")), w.r(QT_TRANSLATE_NOOP("Reporting", "Output by day")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Day"), "date", 12), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Visits"), "count", 9, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Output"), "money", 14, True)),
        tuple((d.day, d.visits, d.output) for d in report.days), w.r(QT_TRANSLATE_NOOP("Reporting", "Total")), in_pdf=False)
    advisors = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Advisors")), w.r(QT_TRANSLATE_NOOP("Reporting", "Advisor ranking")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Rank"), "count", 6), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Advisor"), width=14), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Visits"), "count", 9, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Output"), "money", 14, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Labour"), "money", 13, True),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Parts"), "money", 13, True), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Average ticket"), "money", 12),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Hours sold"), "hours", 10, True)),
        tuple((a.rank, a.advisor, a.visits, a.output, a.labour, a.parts, a.average_ticket, a.sold_hours)
              for a in report.advisors), w.r(QT_TRANSLATE_NOOP("Reporting", "Total")))
    charts = (Chart("bar", w.r(QT_TRANSLATE_NOOP("Reporting", "Output by job type")), 1, 0, (2, 3, 4), w.c(QT_TRANSLATE_NOOP("ReportColumn", "Output"))),
              Chart("bar", w.r(QT_TRANSLATE_NOOP("Reporting", "Output by payer")), 2, 0, (5,), w.c(QT_TRANSLATE_NOOP("ReportColumn", "Output"))),
              Chart("line", w.r(QT_TRANSLATE_NOOP("Reporting", "Output by day")), 3, 0, (2,), w.c(QT_TRANSLATE_NOOP("ReportColumn", "Output"))),
              Chart("bar", w.r(QT_TRANSLATE_NOOP("Reporting", "Advisor ranking")), 4, 1, (3,), w.c(QT_TRANSLATE_NOOP("ReportColumn", "Output"))))
    summary = Summary(w.r(QT_TRANSLATE_NOOP("Reporting", "Summary")), title, lines, (figures, by_type, by_payer, days, advisors), charts)

    def cmp_value(v: KpiValue):
        return w.value(v)
    comparison = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Comparison")), w.r(QT_TRANSLATE_NOOP("Reporting", "This month, last month and the same month last year")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Figure"), width=24), w.col(QT_TRANSLATE_NOOP("ReportColumn", "This month"), "number", 15),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Last month"), "number", 15), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Same month last year"), "number", 18),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Change on last month"), "ratio", 14), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Change on last year"), "ratio", 14)),
        tuple((w.kpi(c.code), cmp_value(c.current), cmp_value(c.previous), cmp_value(c.last_year),
               _change(c.current, c.previous), _change(c.current, c.last_year)) for c in report.comparison))
    payers = [p for p in PAYERS if any(c.payer == p for c in report.matrix)]
    types = sorted({c.job_type for c in report.matrix}, key=lambda t: [r.key for r in report.by_job_type].index(t)
                   if t in [r.key for r in report.by_job_type] else 99)
    cells = {(c.job_type, c.payer): c.total for c in report.matrix}
    matrix = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Output")), w.r(QT_TRANSLATE_NOOP("Reporting", "Output by job type and payer")),
                   (w.col(QT_TRANSLATE_NOOP("ReportColumn", "Job type"), width=16),
                    *(Column(w.payer(p), "money", 14, True) for p in payers), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Total"), "money", 14, True)),
                   tuple((w.job_type(t), *(cells.get((t, p)) for p in payers),
                          sum((cells.get((t, p)) or 0 for p in payers), 0)) for t in types), w.r(QT_TRANSLATE_NOOP("Reporting", "Total")))
    complaints = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Complaints")), w.r(QT_TRANSLATE_NOOP("Reporting", "Complaints and follow-up problems")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Category or department"), width=24), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Count"), "count", 10)),
        tuple((c, n) for c, n in report.complaints_by_category)
        + tuple((d, n) for d, n in report.complaints_by_department))
    sheets = (comparison, matrix, _technicians(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Technicians' hours and ratios")), report.technicians),
              complaints, _statements(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Settled jobs of the month")), report.statements), definitions(w))
    return Book(title, summary, sheets, footer=f"{report.station} · {title}")


def _change(now: KpiValue, before: KpiValue):
    if now.state != OK or before.state != OK or not before.value:
        return None
    return ((now.value - before.value) / abs(before.value)).quantize(now.value.__class__("0.0001"))


def daily_book(report: DailyReport, translate: Tr) -> Book:
    w = _Words(translate)
    title = w.r(QT_TRANSLATE_NOOP("Reporting", "Daily production report {day}")).format(day=report.day.isoformat())
    lines = (report.station, w.r(QT_TRANSLATE_NOOP("Reporting", "Made {at}")).format(at=f"{report.made_at:%Y-%m-%d %H:%M}"),
             w.r(QT_TRANSLATE_NOOP("Reporting", "Money in yuan, tax inclusive, after discount, counted on the settlement date.")))
    month = {v.code: v for v in report.month_to_date}
    figures = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Figures")), w.r(QT_TRANSLATE_NOOP("Reporting", "Figures of the day")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Figure"), width=24), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Today"), "number", 15),
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "Month to date"), "number", 15), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Target"), "number", 12)),
        tuple((w.kpi(v.code), w.value(v), w.value(month[v.code]), w.target(v)) for v in report.figures))
    cars = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Cars")), w.r(QT_TRANSLATE_NOOP("Reporting", "Cars")), (w.col(QT_TRANSLATE_NOOP("ReportColumn", "Cars"), width=24), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Count"), "count", 15)),
                 ((w.r(QT_TRANSLATE_NOOP("Reporting", "Received")), report.received), (w.r(QT_TRANSLATE_NOOP("Reporting", "Delivered")), report.delivered),
                  (w.r(QT_TRANSLATE_NOOP("Reporting", "In the workshop now")), report.in_workshop)))
    by_type = _output_block(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Output by job type")), QT_TRANSLATE_NOOP("ReportColumn", "Job type"), report.by_job_type, w.job_type)
    by_payer = _output_block(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Output by payer")), QT_TRANSLATE_NOOP("ReportColumn", "Payer"), report.by_payer, w.payer)
    charts = (Chart("bar", w.r(QT_TRANSLATE_NOOP("Reporting", "Output by job type")), 2, 0, (2, 3, 4), w.c(QT_TRANSLATE_NOOP("ReportColumn", "Output"))),)
    summary = Summary(w.r(QT_TRANSLATE_NOOP("Reporting", "Summary")), title, lines, (figures, cars, by_type, by_payer), charts)
    actions = Table(w.r(QT_TRANSLATE_NOOP("Reporting", "Action lists")), w.r(QT_TRANSLATE_NOOP("Reporting", "Lists that need action")), (
        w.col(QT_TRANSLATE_NOOP("ReportColumn", "List"), width=24), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Count"), "count", 8), w.col(QT_TRANSLATE_NOOP("ReportColumn", "Item"), width=70)),
        tuple(row for a in report.actions if a.available
              for row in ([(w.r(a.title), a.count, None)] + [(None, None, i.shown(w.words)) for i in a.items])))
    sheets = (_technicians(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Technicians' hours and ratios")), report.technicians),
              _statements(w, w.r(QT_TRANSLATE_NOOP("Reporting", "Settled jobs of the day")), report.statements, True), actions, definitions(w))
    return Book(title, summary, sheets, footer=f"{report.station} · {title}")
