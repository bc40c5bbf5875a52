"""The KPIs of a period, each from its source (DOMAIN.md; the registry is ``definitions.py``).

Reporting counts the statements, cards and deliveries itself (``sales.py``, ``jobs.py``) and takes the
rest from the areas' services: the workshop's clock figures, the centre's KPIs, the store's reports.
Only the sources the asked codes need are read, and each once: ``gather`` keeps what it read (the period's
statements, cards, the workshop's and the centre's figures) in a ``Gathered`` so the monthly report builds its
breakdowns from the same reads, and a day's figures can be cut out of its month's (``Gathered.day``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from services.reporting import jobs as job_facts
from services.reporting import sales as sales_facts
from services.reporting import settings as reporting_settings
from services.reporting import stock
from services.reporting.data import (
    NO_DATA,
    NOT_BUILT,
    NOT_KEPT,
    OK,
    RESTRICTED,
    ZERO,
    Comparison,
    KpiValue,
    Period,
    ratio,
)
from services.reporting.definitions import CRM, JOB_CARDS, KPI_BY_CODE, KPIS, PARTS, SETTLEMENT, WORKSHOP
from services.users.permissions import Actor, Permission

CRM_CODES = ("appointment_rate", "show_rate", "follow_up_rate", "problems_solved", "first_service_rate",
             "lost_rate")
SLOW_MONTHS = 6


def check_period(period: Period) -> None:
    if period.last < period.first or period.days > 366:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose a period of at most a year."),
                              field="period")


@dataclass(frozen=True)
class DayFigures:
    """A day's rows of a period's workshop figures, shaped like them (``totals``: one row per technician)."""

    totals: tuple


@dataclass(frozen=True)
class Gathered:
    """A period's figures and what they were counted from, for reuse (the report's breakdowns, a day of it).

    ``sales``/``facts``: None when no asked figure needed them; ``workshop``/``crm``: the areas' results, None
    when not asked, not handed in or not for this person (``workshop_read``: the workshop was asked)."""

    period: Period
    values: tuple[KpiValue, ...]
    sales: sales_facts.Sales | None = None
    facts: job_facts.JobFacts | None = None
    workshop: Any = None  # the workshop area's figures (its own type, read by attribute)
    workshop_read: bool = False
    crm: Any = None  # the CRM area's figures

    def day(self, day: date, zone) -> Gathered:
        """What of this period falls on ``day`` (a day inside it): the sources cut, no values yet."""
        period = Period.day(day)
        sales = self.sales.within(period, zone) if self.sales is not None else None
        facts = self.facts.within(period, sales) if self.facts is not None and sales is not None else None
        workshop = None
        if self.workshop is not None:
            workshop = DayFigures(tuple(r for r in self.workshop.by_technician if r.day == day))
        return Gathered(period, (), sales, facts, workshop, self.workshop_read)


class _Values:
    """The values being gathered, with the targets and the person's rights."""

    def __init__(self, svc, actor: Actor, period: Period, codes: Iterable[str] | None,
                 known: Gathered | None = None) -> None:
        self.svc, self.actor, self.period = svc, actor, period
        asked = None if codes is None else set(codes)
        self.wanted = [k for k in KPIS if asked is None or k.code in asked]
        self.targets = reporting_settings.targets(svc.db)
        self.costs = actor.can(Permission.VIEW_COSTS)
        self.out: dict[str, KpiValue] = {}
        # what was read already (of this very period), else what this call reads
        self.sales = known.sales if known is not None else None
        self.facts = known.facts if known is not None else None
        self.workshop = known.workshop if known is not None else None
        self.workshop_read = known.workshop_read if known is not None else False
        self.crm = None

    def target(self, code: str) -> Decimal | None:
        return self.targets.get(code, KPI_BY_CODE[code].target)

    def put(self, code: str, value, numerator=None, denominator=None) -> None:
        if code not in {k.code for k in self.wanted}:
            return
        state = OK if value is not None else NO_DATA
        self.out[code] = KpiValue(code, None if value is None else Decimal(value), state,
                                  None if numerator is None else Decimal(numerator),
                                  None if denominator is None else Decimal(denominator), self.target(code))

    def state(self, code: str, state: str) -> None:
        self.out[code] = KpiValue(code, None, state, target=self.target(code))

    def needs(self, *sources: str) -> bool:
        return any(k.source in sources and k.built and k.code not in self.out for k in self.wanted)

    def result(self) -> list[KpiValue]:
        return [self.out.get(k.code) or KpiValue(k.code, None, NOT_BUILT, target=self.target(k.code))
                for k in self.wanted]


def compute(svc, actor: Actor, period: Period, codes: Iterable[str] | None = None) -> list[KpiValue]:
    return list(gather(svc, actor, period, codes).values)


def gather(svc, actor: Actor, period: Period, codes: Iterable[str] | None = None, *, known: Gathered | None = None,
           with_sales: bool = False) -> Gathered:
    """The KPIs of ``period`` and what they were counted from. ``known``: the sources of this same period read
    already (a day cut out of its month), not read again; ``with_sales``: read the statements even when no asked
    figure needs them (the dashboard's charts, the report's breakdowns)."""
    check_period(period)
    if known is not None and known.period != period:
        raise ValueError("known sources of another period")
    v = _Values(svc, actor, period, codes, known)
    for k in v.wanted:
        if not k.built:
            v.state(k.code, NOT_BUILT)
        elif k.needs_costs and not v.costs:
            v.state(k.code, RESTRICTED)
    if v.needs(SETTLEMENT, JOB_CARDS) or (with_sales and v.sales is None):
        _sales(v)
    if v.needs(WORKSHOP):
        _workshop(v)
    if v.needs(CRM):
        _crm(v)
    if v.needs(PARTS):
        _parts(v)
    return Gathered(period, tuple(v.result()), v.sales, v.facts, v.workshop, v.workshop_read, v.crm)


def _sales(v: _Values) -> None:
    zone = v.svc.clock.zone
    if v.sales is None or (v.needs(JOB_CARDS) and v.facts is None):
        with v.svc.db.read() as s:
            if v.sales is None:
                v.sales = sales_facts.load(s, v.period, zone, with_costs=v.costs)
            if v.needs(JOB_CARDS) and v.facts is None:
                v.facts = job_facts.load(s, v.period, zone, v.sales)
    sales = v.sales
    facts = v.facts if v.needs(JOB_CARDS) else None
    v.put("output", sales.output)
    v.put("visits", sales.visits)
    v.put("vehicles", sales.vehicles)
    v.put("average_ticket", sales.average_ticket, sales.output, sales.visits)
    v.put("labour_revenue", sales.revenue("labour"))
    v.put("parts_revenue", sales.revenue("part"))
    v.put("other_revenue", sales.revenue("other"))
    v.put("sold_hours", sales.sold_hours)
    if v.costs:
        v.put("parts_margin", sales.parts_margin, sales.parts_net, sales.parts_cost)
        v.put("parts_margin_rate", sales.parts_margin_rate, sales.parts_margin, sales.parts_net)
    if facts is not None:
        reworks = len(facts.reworks)
        v.put("comeback_rate", ratio(reworks, facts.visits), reworks, facts.visits)
        fixed = facts.repair_visits - facts.repair_reworks
        v.put("first_time_fix", ratio(fixed, facts.repair_visits), fixed, facts.repair_visits)
        v.put("on_time_delivery", ratio(facts.on_time, len(facts.promised)), facts.on_time, len(facts.promised))
        v.put("same_day_delivery", ratio(facts.same_day_count, len(facts.handovers)), facts.same_day_count,
              len(facts.handovers))


def workshop_totals(svc, actor: Actor, period: Period):
    """The workshop's figures of the period (per technician), or None when the area is not handed in."""
    if svc.workshop is None:
        return None
    return svc.workshop.figures(actor, period.first, period.last)


def _workshop(v: _Values) -> None:
    codes = ("utilisation", "efficiency", "productivity")
    if v.workshop_read:
        figures = v.workshop
        if figures is None:  # read already: not for this person
            for code in codes:
                v.state(code, RESTRICTED)
            return
    else:
        try:
            figures = workshop_totals(v.svc, v.actor, v.period)
        except PermissionDenied:
            v.workshop_read = True
            for code in codes:
                v.state(code, RESTRICTED)
            return
        v.workshop, v.workshop_read = figures, figures is not None
    if figures is None:
        return
    att = sum((r.attendance_hours for r in figures.totals), ZERO)
    clocked = sum((r.clocked_hours for r in figures.totals), ZERO)
    sold = sum((r.sold_hours for r in figures.totals), ZERO)
    v.put("utilisation", ratio(clocked, att), clocked, att)
    v.put("efficiency", ratio(sold, clocked), sold, clocked)
    v.put("productivity", ratio(sold, att), sold, att)


def crm_report(svc, actor: Actor, period: Period):
    if svc.crm is None:
        return None
    return svc.crm.kpis(actor, period.first, period.last)


def _crm(v: _Values) -> None:
    try:
        report = crm_report(v.svc, v.actor, v.period)
    except PermissionDenied:
        for code in (*CRM_CODES, "complaints"):
            v.state(code, RESTRICTED)
        return
    if report is None:
        return
    v.crm = report
    for r in report.ratios:
        if r.key in CRM_CODES:
            v.put(r.key, ratio(r.numerator, r.denominator), r.numerator, r.denominator)
    v.put("complaints", sum(n for _c, n in report.complaints_by_category))


def _parts(v: _Values) -> None:
    reports = v.svc.parts_reports
    if reports is None:
        return
    p, actor = v.period, v.actor
    todo = {k.code for k in v.wanted if k.source == PARTS and k.code not in v.out}
    try:
        if "fill_rate" in todo:
            rows = reports.fill_rate_by_month(actor, p.first, p.last)
            lines, served = sum(r.lines for r in rows), sum(r.served for r in rows)
            v.put("fill_rate", ratio(served, lines), served, lines)
        if "stock_value" in todo or "stock_turns" in todo:
            # the store's figures in a few indexed sums (services/reporting/stock.py), not its reports' rows
            now = v.svc.clock.now()
            with v.svc.db.read() as s:
                if "stock_value" in todo:
                    v.put("stock_value", stock.value_at_end(s, p, v.svc.clock.zone, now))
                if "stock_turns" in todo:
                    cost, average, value = stock.turns(s, p, v.svc.clock.zone, now)
                    v.put("stock_turns", value, cost, average)
        if "slow_stock" in todo:
            # the value now: shown for a period ending this month or last (the month's report made early
            # the next month); an older period's is not kept
            if p.last < Period.month(v.svc.clock.today()).previous_month().first:
                v.state("slow_stock", NOT_KEPT)
            else:
                # the store's figure (PartsReports.slow_stock) in two sums, without its rows
                with v.svc.db.read() as s:
                    slow_value, total = stock.slow(s, v.svc.clock.now(), SLOW_MONTHS)
                v.put("slow_stock", ratio(slow_value, total), slow_value, total)
    except PermissionDenied:
        for code in todo:
            if code not in v.out:
                v.state(code, RESTRICTED)


def compare(svc, actor: Actor, period: Period, codes: Iterable[str] | None = None, *,
            current: Sequence[KpiValue] | None = None, progress=None) -> list[Comparison]:
    """This period against the month before and the same month a year before. ``current``: this period's values
    computed already (the dashboard's month, the report's figures), not computed again."""
    step = progress or (lambda _done, _total: None)
    now = list(current) if current is not None else compute(svc, actor, period, codes)
    if codes is None:
        codes = [k.code for k in now]
    before = {k.code: k for k in compute(svc, actor, period.previous_month(), codes)}
    step(1, 2)
    year = {k.code: k for k in compute(svc, actor, period.same_month_last_year(), codes)}
    step(2, 2)
    return [Comparison(k.code, k, before[k.code], year[k.code]) for k in now]
