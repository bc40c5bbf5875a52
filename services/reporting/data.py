"""What the reporting service returns: frozen dataclasses, money as Decimal, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from services.common.errors import QT_TRANSLATE_NOOP

ZERO = Decimal("0")
CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.0001")

# the state of a value: computed, nothing to count (a ratio of 0 ÷ 0), not built, not for this person
OK = "ok"
NO_DATA = "no_data"
NOT_BUILT = "not_built"
RESTRICTED = "restricted"
NOT_KEPT = "not_kept"  # a figure of "now" (slow stock) asked for a past period: no history is kept

STATE_NAMES = {
    NO_DATA: QT_TRANSLATE_NOOP("KpiState", "nothing to count"),
    NOT_BUILT: QT_TRANSLATE_NOOP("KpiState", "not built"),
    RESTRICTED: QT_TRANSLATE_NOOP("KpiState", "not shown to your role"),
    NOT_KEPT: QT_TRANSLATE_NOOP("KpiState", "not kept for past periods"),
}


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Station days ``first`` to ``last``, both included."""

    first: date
    last: date

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @classmethod
    def month(cls, any_day: date) -> Period:
        first = any_day.replace(day=1)
        return cls(first, add_months(first, 1) - timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        if self.first.day == 1 and self.last == add_months(self.first, 1) - timedelta(days=1):
            return f"{self.first:%Y-%m}"
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def previous_month(self) -> Period:
        return Period.month(add_months(self.first, -1))

    def same_month_last_year(self) -> Period:
        return Period.month(add_months(self.first, -12))


@dataclass(frozen=True)
class KpiValue:
    """One figure over a period. ``value`` is None unless ``state`` is OK (never a zero for "unknown").

    Ratios carry their numerator and denominator (counts, or hours/money for the workshop and margins)
    so that a screen can show "37 / 40" and the records behind the figure.
    """

    code: str
    value: Decimal | None
    state: str = OK
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    target: Decimal | None = None

    @property
    def on_target(self) -> bool | None:
        from services.reporting.definitions import KPI_BY_CODE

        if self.value is None or self.target is None:
            return None
        better_high = KPI_BY_CODE[self.code].higher_is_better
        return self.value >= self.target if better_high else self.value <= self.target


def ratio(numerator, denominator) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Comparison:
    """A figure this period, the month before and the same month a year before."""

    code: str
    current: KpiValue
    previous: KpiValue
    last_year: KpiValue


@dataclass(frozen=True)
class OutputCell:
    """Output of one job type and payer (a cell of the output matrix)."""

    job_type: str
    payer: str
    labour: Decimal
    parts: Decimal
    other: Decimal

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.other


@dataclass(frozen=True)
class OutputRow:
    """Output of one job type (or one payer): visits and money."""

    key: str  # the job type or payer code
    visits: int
    labour: Decimal
    parts: Decimal
    other: Decimal

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts + self.other


@dataclass(frozen=True)
class AdvisorRow:
    rank: int
    advisor: str
    visits: int
    output: Decimal
    labour: Decimal
    parts: Decimal
    average_ticket: Decimal | None
    sold_hours: Decimal


@dataclass(frozen=True)
class TechnicianRow:
    technician: str
    attendance_hours: Decimal
    clocked_hours: Decimal
    sold_hours: Decimal
    utilisation: Decimal | None
    efficiency: Decimal | None
    productivity: Decimal | None


@dataclass(frozen=True)
class DayOutput:
    """One day of the period (the summary chart)."""

    day: date
    visits: int
    output: Decimal


@dataclass(frozen=True)
class StatementRow:
    """One settled job (the detail sheet, and the records behind output, visits and average ticket)."""

    number: str
    card_number: str
    settled_at: datetime  # local time
    job_type: str
    advisor: str
    customer: str
    plate: str
    labour: Decimal
    parts: Decimal
    other: Decimal
    total: Decimal
    hours: Decimal
    payers: str  # ",customer,insurer,"


@dataclass(frozen=True)
class RecordTable:
    """The records behind a figure: column keys (English source, context "ReportColumn") and rows of plain
    values (str, int, Decimal, date, datetime). ``available`` False: the figure's source keeps no rows
    reporting can show (the text says where to look)."""

    kpi_code: str
    period: Period
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    available: bool = True
    note: str = ""  # English source, context "Reporting"


@dataclass(frozen=True)
class ActionItem:
    text: str  # data (numbers, names): not translated; "{word}" stands for ``word`` in the user's language
    key: str = ""  # what a click opens: a job card number, a call task's id, a part number, a tool item's, a claim's
    warn: bool = True
    word: tuple[str, str] | None = None  # (context, English source) of a code's name: a call's kind, a status

    def shown(self, translate) -> str:
        """The line in the user's language (``translate(context, source)``)."""
        return self.text.format(word=translate(*self.word)) if self.word else self.text


@dataclass(frozen=True)
class ActionList:
    """A list that needs action today, and the area that deals with it."""

    code: str  # overdue_cars | calls_due | below_minimum | tools_overdue | claims_waiting
    title: str  # English source, context "Reporting"
    area: str  # the page that opens it
    count: int
    items: tuple[ActionItem, ...] = ()
    available: bool = True  # False: the area is not built or not for this person


ACTION_TITLES = {
    "overdue_cars": QT_TRANSLATE_NOOP("Reporting", "Cars past the promised time"),
    "calls_due": QT_TRANSLATE_NOOP("Reporting", "Calls due"),
    "below_minimum": QT_TRANSLATE_NOOP("Reporting", "Parts below minimum stock"),
    "tools_overdue": QT_TRANSLATE_NOOP("Reporting", "Tools overdue"),
    "claims_waiting": QT_TRANSLATE_NOOP("Reporting", "Warranty claims waiting"),
}


@dataclass(frozen=True)
class DailyReport:
    """The daily production report (生产日报)."""

    station: str
    day: date
    made_at: datetime  # local
    figures: tuple[KpiValue, ...]  # the day's sales and workshop figures
    month_to_date: tuple[KpiValue, ...]  # the same figures from the 1st to the day
    received: int  # cars received (job cards opened) that day
    delivered: int  # cars handed back that day
    in_workshop: int  # cars in the workshop at the time the report was made
    by_job_type: tuple[OutputRow, ...]
    by_payer: tuple[OutputRow, ...]
    technicians: tuple[TechnicianRow, ...]
    statements: tuple[StatementRow, ...]
    actions: tuple[ActionList, ...]


@dataclass(frozen=True)
class MonthlyReport:
    """The monthly operating report (经营月报)."""

    station: str
    period: Period
    made_at: datetime  # local
    figures: tuple[KpiValue, ...]  # every KPI of the registry, in its order
    comparison: tuple[Comparison, ...]  # this month, last month, same month last year
    by_job_type: tuple[OutputRow, ...]
    by_payer: tuple[OutputRow, ...]
    matrix: tuple[OutputCell, ...]  # job type × payer
    days: tuple[DayOutput, ...]  # every day of the month, also the days without output
    advisors: tuple[AdvisorRow, ...]
    technicians: tuple[TechnicianRow, ...]
    complaints_by_category: tuple[tuple[str, int], ...] = ()
    complaints_by_department: tuple[tuple[str, int], ...] = ()
    statements: tuple[StatementRow, ...] = field(default=())  # the detail sheet

    def figure(self, code: str) -> KpiValue:
        return next(f for f in self.figures if f.code == code)


@dataclass(frozen=True)
class Dashboard:
    """What a role's dashboard loads at once: the day's figures (the daily report's, those of the role),
    the month's to that day (the role's), the lists that need action and the month's output by day and job
    type (the charts). The month is read once; the day is cut out of it."""

    day: date
    role: str
    today: tuple[KpiValue, ...]
    month: tuple[KpiValue, ...]
    actions: tuple[ActionList, ...]
    output: MonthOutput | None = None  # the charts, from the same read of the month's statements


@dataclass(frozen=True)
class MonthOutput:
    """The dashboard's charts: output by day over the whole month (days to come are zero) and by job type."""

    period: Period
    days: tuple[DayOutput, ...]
    by_job_type: tuple[OutputRow, ...]


@dataclass(frozen=True)
class ReportingSettings:
    """The station's own targets (KPI code → target) and the folder the daily report goes to each morning."""

    targets: dict[str, Decimal] = field(default_factory=dict)
    schedule_folder: str = ""
    version: int = 0


@dataclass(frozen=True)
class ScheduledResult:
    day: date
    path: str
    written: bool  # False: it was there already (another PC or an earlier start wrote it)
