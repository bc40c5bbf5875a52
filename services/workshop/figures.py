"""The workshop's figures from the clock (DOMAIN.md), per technician, team and day.

- attendance hours: the working day's spans (in → out) less the breaks in them;
- clocked hours: time clocked on job lines;
- sold hours: a line's sold hours times the technician's share, counted the day the technician
  finished their part of it (flat rate: earned on completion);
- 工时利用率 utilisation = clocked ÷ attendance, 工时效率 efficiency = sold ÷ clocked,
  生产率 productivity = sold ÷ attendance.

A span crossing midnight counts on each day for its part. Records flagged as forgotten count
nothing until the supervisor corrects them; a span still open today counts up to now. A team's
ratios are taken on its summed hours, not averaged over its people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.db.models.job_cards import JobLine
from app.db.models.workshop import Assignment, Attendance, WorkSpan
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.users.permissions import Actor, Permission
from services.workshop.core import WorkshopCore
from services.workshop.data import ZERO, FigureRow, Figures

HOUR = Decimal(3600)
Span = tuple[int, datetime, datetime]  # technician id, start, end


def _hours(seconds: float) -> Decimal:
    return Decimal(int(round(seconds))) / HOUR


def _day_parts(start: datetime, end: datetime, zone: ZoneInfo) -> Iterable[tuple[date, float]]:
    """Seconds of [start, end) on each station day it touches."""
    cursor = start
    while cursor < end:
        local = cursor.astimezone(zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)
        stop = min(end, midnight)
        yield local.date(), (stop - cursor).total_seconds()
        cursor = stop


def compute(shifts: Iterable[Span], breaks: Iterable[Span], work: Iterable[Span],
            sold: Iterable[tuple[int, datetime, Decimal]], zone: ZoneInfo) -> dict[tuple[int, date], list[Decimal]]:
    """[attendance, clocked, sold] hours per (technician, day), unrounded."""
    out: dict[tuple[int, date], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for sign, spans, slot in ((1, shifts, 0), (-1, breaks, 0), (1, work, 1)):
        for tid, start, end in spans:
            for day, secs in _day_parts(start, end, zone):
                out[(tid, day)][slot] += sign * _hours(secs)
    for tid, at, h in sold:
        out[(tid, at.astimezone(zone).date())][2] += h
    return out


def _q(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"))


class FiguresMixin(WorkshopCore):
    def figures(self, actor: Actor, first: date, last: date | None = None) -> Figures:
        """Hours and KPIs per technician and day, per team and day, and per technician over the period."""
        if not actor.can(Permission.VIEW_REPORTS):
            actor.require(Permission.DISPATCH)
        last = last or first
        if last < first or (last - first).days > 366:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose a period of at most a year."),
                                  field="last")
        lo, _ = self.day_bounds(first)
        _, hi = self.day_bounds(last)
        now = self.clock.now()
        zone = self.clock.zone

        def clip(rows) -> list[Span]:
            spans = []
            for tid, start, end, status in rows:
                if status == "flagged":
                    continue
                end = end or (now if status in ("open", "running") else start)
                start, end = max(start, lo), min(end, hi)
                if end > start:
                    spans.append((tid, start, end))
            return spans

        with self.db.read() as s:
            techs = self._technicians(s, include_inactive=True)
            att = s.execute(select(Attendance.technician_id, Attendance.started_at, Attendance.ended_at,
                                   Attendance.status, Attendance.kind)
                            .where(Attendance.day >= first - timedelta(days=1), Attendance.day <= last)).all()
            work = s.execute(select(WorkSpan.technician_id, WorkSpan.started_at, WorkSpan.ended_at, WorkSpan.status)
                             .where(WorkSpan.started_at >= lo - timedelta(days=1), WorkSpan.started_at < hi)).all()
            sold = s.execute(select(Assignment.technician_id, Assignment.finished_at, JobLine.qty, Assignment.share)
                             .join(JobLine, JobLine.id == Assignment.job_line_id)
                             .where(Assignment.finished_at >= lo, Assignment.finished_at < hi)).all()
        per = compute(clip((t, a, b, st) for t, a, b, st, kind in att if kind == "shift"),
                      clip((t, a, b, st) for t, a, b, st, kind in att if kind == "break"),
                      clip(work), ((t, at, qty * share) for t, at, qty, share in sold), zone)
        return self._rows(per, techs)

    @staticmethod
    def _rows(per: dict[tuple[int, date], list[Decimal]], techs) -> Figures:
        info = {t.user_id: t for t in techs}
        by_tech, totals = [], []
        team_sum: dict[tuple[str, date], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
        tech_sum: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
        for (tid, day), (a, c, s) in sorted(per.items(), key=lambda kv: (kv[0][1], info[kv[0][0]].name
                                                                         if kv[0][0] in info else "")):
            if tid not in info:
                continue
            t = info[tid]
            by_tech.append(FigureRow(t.name, day, _q(a), _q(c), _q(s)))
            for acc in (team_sum[(t.team_name, day)], tech_sum[tid]):
                acc[0] += a
                acc[1] += c
                acc[2] += s
        by_team = [FigureRow(team, day, _q(a), _q(c), _q(s))
                   for (team, day), (a, c, s) in sorted(team_sum.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
        for tid, (a, c, s) in sorted(tech_sum.items(), key=lambda kv: info[kv[0]].name):
            totals.append(FigureRow(info[tid].name, None, _q(a), _q(c), _q(s)))
        return Figures(tuple(by_tech), tuple(by_team), tuple(totals))
