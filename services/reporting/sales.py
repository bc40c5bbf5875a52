"""What reporting counts from the settlement statements itself: output by job type and payer, visits,
vehicles, labour and parts revenue, parts margin, hours sold, the advisors' ranking.

One read of the period's live job statements (their lines summed in SQL by statement, kind and payer)
and one of the cost of the parts issued to those cards. Money is tax inclusive and after discount;
the parts margin is taken before tax (revenue net of VAT against the cost, which carries no VAT).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.parts import StockMove
from app.db.models.settlement import Statement, StatementLine
from services.reporting.data import (
    CENT,
    ZERO,
    AdvisorRow,
    DayOutput,
    OutputCell,
    OutputRow,
    Period,
    StatementRow,
    ratio,
)

QTY = Decimal("0.001")
ISSUE_KINDS = ("issue", "return")  # a job's parts at cost: issues out, returns back (values signed)


def money(v: Any) -> Decimal:
    """A SQL sum of a Money column: integer fen on the wire, or a Decimal when the type was kept."""
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -2:
        return v
    return (Decimal(int(v)) / 100).quantize(CENT)


def hours(v: Any) -> Decimal:
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -3:
        return v
    return (Decimal(int(v)) / 1000).quantize(QTY)


def bounds(period: Period, zone) -> tuple[datetime, datetime]:
    """The UTC moments the period's first station day begins and the day after its last begins."""
    return (datetime.combine(period.first, time(0), tzinfo=zone),
            datetime.combine(period.last + timedelta(days=1), time(0), tzinfo=zone))


@dataclass
class Job:
    """One settled job of the period, its money by kind and payer."""

    id: int
    number: str
    card_number: str
    job_card_id: int | None
    issued_at: datetime
    job_type: str
    advisor: str
    customer: str
    plate: str
    vin: str
    hours: Decimal
    total: Decimal
    by_kind: dict[str, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    by_payer_kind: dict[tuple[str, str], Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))
    parts_net: Decimal = ZERO
    parts_cost: Decimal = ZERO

    @property
    def output(self) -> Decimal:
        return self.by_kind["labour"] + self.by_kind["part"] + self.by_kind["other"]


@dataclass(frozen=True)
class Sales:
    period: Period
    jobs: tuple[Job, ...]

    # ---- the figures ------------------------------------------------------------------------
    @property
    def visits(self) -> int:
        return len(self.jobs)

    @property
    def vehicles(self) -> int:
        return len({j.vin or j.plate for j in self.jobs})

    def revenue(self, kind: str) -> Decimal:
        return sum((j.by_kind[kind] for j in self.jobs), ZERO)

    @property
    def output(self) -> Decimal:
        return sum((j.output for j in self.jobs), ZERO)

    @property
    def average_ticket(self) -> Decimal | None:
        return (self.output / self.visits).quantize(CENT) if self.visits else None

    @property
    def parts_net(self) -> Decimal:
        return sum((j.parts_net for j in self.jobs), ZERO)

    @property
    def parts_cost(self) -> Decimal:
        return sum((j.parts_cost for j in self.jobs), ZERO)

    @property
    def parts_margin(self) -> Decimal:
        return self.parts_net - self.parts_cost

    @property
    def parts_margin_rate(self) -> Decimal | None:
        return ratio(self.parts_margin, self.parts_net)

    @property
    def sold_hours(self) -> Decimal:
        return sum((j.hours for j in self.jobs), ZERO)

    def within(self, period: Period, zone) -> Sales:
        """The jobs settled on the station days of ``period`` (a part of this one): no second read."""
        return Sales(period, tuple(j for j in self.jobs
                                   if period.first <= j.issued_at.astimezone(zone).date() <= period.last))

    # ---- the breakdowns ---------------------------------------------------------------------
    def by_job_type(self, order: tuple[str, ...] = ()) -> tuple[OutputRow, ...]:
        return self._rows(lambda j: ((j.job_type, j.by_kind),), order)

    def by_payer(self, order: tuple[str, ...] = ()) -> tuple[OutputRow, ...]:
        def split(j: Job):
            payers: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
            for (payer, kind), amount in j.by_payer_kind.items():
                payers[payer][kind] += amount
            return payers.items()
        return self._rows(split, order)

    def _rows(self, keys, order) -> tuple[OutputRow, ...]:
        acc: dict[str, list] = {}
        for j in self.jobs:
            for key, kinds in keys(j):
                row = acc.setdefault(key, [set(), ZERO, ZERO, ZERO])
                row[0].add(j.id)
                row[1] += kinds["labour"]
                row[2] += kinds["part"]
                row[3] += kinds["other"]
        rank = {k: i for i, k in enumerate(order)}
        return tuple(OutputRow(k, len(v[0]), v[1], v[2], v[3])
                     for k, v in sorted(acc.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))

    def matrix(self) -> tuple[OutputCell, ...]:
        acc: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
        slot = {"labour": 0, "part": 1, "other": 2}
        for j in self.jobs:
            for (payer, kind), amount in j.by_payer_kind.items():
                acc[(j.job_type, payer)][slot.get(kind, 2)] += amount
        return tuple(OutputCell(t, p, *v) for (t, p), v in sorted(acc.items()))

    def days(self, zone, period: Period | None = None) -> tuple[DayOutput, ...]:
        """Every day of ``period`` (this one unless given: the dashboard's whole month from its days so far)."""
        period = period or self.period
        per: dict[date, list] = {}
        for j in self.jobs:
            d = per.setdefault(j.issued_at.astimezone(zone).date(), [0, ZERO])
            d[0] += 1
            d[1] += j.output
        out, day = [], period.first
        while day <= period.last:
            visits, output = per.get(day, (0, ZERO))
            out.append(DayOutput(day, visits, output))
            day += timedelta(days=1)
        return tuple(out)

    def advisors(self) -> tuple[AdvisorRow, ...]:
        acc: dict[str, list] = {}
        for j in self.jobs:
            a = acc.setdefault(j.advisor, [0, ZERO, ZERO, ZERO, ZERO])
            a[0] += 1
            a[1] += j.output
            a[2] += j.by_kind["labour"]
            a[3] += j.by_kind["part"]
            a[4] += j.hours
        ranked = sorted(acc.items(), key=lambda kv: (-kv[1][1], kv[0]))
        return tuple(AdvisorRow(i + 1, name, n, out, lab, parts, (out / n).quantize(CENT) if n else None, h)
                     for i, (name, (n, out, lab, parts, h)) in enumerate(ranked))

    def statement_rows(self, zone) -> tuple[StatementRow, ...]:
        return tuple(StatementRow(j.number, j.card_number, j.issued_at.astimezone(zone).replace(tzinfo=None),
                                  j.job_type, j.advisor, j.customer, j.plate, j.by_kind["labour"], j.by_kind["part"],
                                  j.by_kind["other"], j.output, j.hours,
                                  ",".join(sorted({p for p, _k in j.by_payer_kind})))
                     for j in sorted(self.jobs, key=lambda j: (j.issued_at, j.number)))


def load(s: Session, period: Period, zone, *, with_costs: bool) -> Sales:
    """The period's live job statements with their lines summed (and the parts' cost if asked)."""
    lo, hi = bounds(period, zone)
    live = (Statement.kind == "job", Statement.status == "issued", Statement.issued_at >= lo,
            Statement.issued_at < hi)
    jobs: dict[int, Job] = {}
    for row in s.execute(select(Statement.id, Statement.number, Statement.card_number, Statement.job_card_id,
                                Statement.issued_at, Statement.job_type, Statement.advisor_name,
                                Statement.customer_name, Statement.plate, Statement.vin, Statement.hours,
                                Statement.total).where(*live)):
        jobs[row.id] = Job(row.id, row.number, row.card_number, row.job_card_id, row.issued_at, row.job_type or "",
                           row.advisor_name or "", row.customer_name or "", row.plate or "", row.vin or "",
                           row.hours or ZERO, row.total or ZERO)
    if jobs:
        lines = (select(StatementLine.statement_id, StatementLine.kind, StatementLine.payer,
                        func.sum(StatementLine.amount), func.sum(StatementLine.net))
                 .join(Statement, Statement.id == StatementLine.statement_id).where(*live)
                 .group_by(StatementLine.statement_id, StatementLine.kind, StatementLine.payer))
        for sid, kind, payer, amount, net in s.execute(lines):
            job = jobs[sid]
            job.by_kind[kind] += money(amount)
            job.by_payer_kind[(payer, kind)] += money(amount)
            if kind == "part":
                job.parts_net += money(net)
        if with_costs:
            by_card = {j.card_number: j for j in jobs.values()}
            cost = (select(StockMove.job_ref, func.sum(StockMove.value))
                    .where(StockMove.job_ref.in_(select(Statement.card_number).where(*live)),
                           StockMove.kind.in_(ISSUE_KINDS))
                    .group_by(StockMove.job_ref))
            for ref, value in s.execute(cost):
                if ref in by_card:
                    by_card[ref].parts_cost -= money(value)
    return Sales(period, tuple(jobs.values()))
