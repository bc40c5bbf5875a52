"""Today at the station (今日): the few numbers each role acts on first, on the home page.

Each tile is computed only for people whose roles may see its area, from the areas' own tables
and services: cars in the workshop and those past their promised time, tools overdue, parts
below their minimum stock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models.job_cards import JobCard
from services.clock import Clock
from services.errors import QT_TRANSLATE_NOOP
from services.users import Actor, Permission

IN_WORKSHOP = ("open", "dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check")
NOT_READY = IN_WORKSHOP


@dataclass(frozen=True)
class TileLine:
    text: str  # already data (names, numbers): not translated
    warn: bool = False


@dataclass(frozen=True)
class Tile:
    key: str
    title: str  # English source, context "Dashboard"
    value: int
    area: str  # the area the tile opens
    warn: bool = False
    lines: tuple[TileLine, ...] = field(default_factory=tuple)


TITLES = {
    "in_workshop": QT_TRANSLATE_NOOP("Dashboard", "Cars in the workshop"),
    "late": QT_TRANSLATE_NOOP("Dashboard", "Past the promised time"),
    "tools_overdue": QT_TRANSLATE_NOOP("Dashboard", "Tools overdue"),
    "below_minimum": QT_TRANSLATE_NOOP("Dashboard", "Parts below minimum stock"),
}


class DashboardService:
    def __init__(self, db: Database, clock: Clock, *, tools=None, parts_reports=None) -> None:
        self.db = db
        self.clock = clock
        self.tools = tools
        self.parts_reports = parts_reports

    def today(self, actor: Actor) -> list[Tile]:
        tiles: list[Tile] = []
        now = self.clock.now()
        if actor.can(Permission.VIEW_JOB_CARDS):
            tiles.extend(self._job_cards(now))
        if actor.can(Permission.VIEW_TOOLS) and self.tools is not None:
            overdue = self.tools.overdue(actor, limit=200)
            lines = tuple(
                TileLine(f"{o.borrower_name} · {o.item_name} ({o.item_number}) · "
                         f"{self.clock.local(o.expected_return):%m-%d %H:%M}", True)
                for o in overdue[:6])
            tiles.append(Tile("tools_overdue", TITLES["tools_overdue"], len(overdue), "tools", bool(overdue), lines))
        if actor.can(Permission.VIEW_PARTS) and self.parts_reports is not None:
            rows = self.parts_reports.below_minimum(actor)
            lines = tuple(TileLine(f"{r.number} {r.name} · {r.on_hand.normalize():f} / {r.min_stock.normalize():f}") for r in rows[:6])
            tiles.append(Tile("below_minimum", TITLES["below_minimum"], len(rows), "parts", bool(rows), lines))
        return tiles

    def _job_cards(self, now: datetime) -> list[Tile]:
        with self.db.read() as s:
            in_shop = s.scalar(select(func.count()).select_from(JobCard).where(JobCard.status.in_(IN_WORKSHOP))) or 0
            late_rows = s.execute(
                select(JobCard.number, JobCard.plate, JobCard.advisor_name, JobCard.promised_at)
                .where(JobCard.status.in_(NOT_READY), JobCard.promised_at.is_not(None), JobCard.promised_at < now)
                .order_by(JobCard.promised_at).limit(200)
            ).all()
        lines = tuple(TileLine(f"{r.number} · {r.plate} · {r.advisor_name} · "
                               f"{self.clock.local(r.promised_at):%m-%d %H:%M}", True) for r in late_rows[:6])
        return [Tile("in_workshop", TITLES["in_workshop"], int(in_shop), "job_cards"),
                Tile("late", TITLES["late"], len(late_rows), "job_cards", bool(late_rows), lines)]
