"""Today at the station (今日): the few numbers each role acts on first, on the home page.

Each tile is computed only for people whose roles may see its area, from the areas' own tables
and services: cars in the workshop and those past their promised time, tools overdue, parts
below their minimum stock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models.job_cards import JobCard
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor, Permission


class LastBackup(Protocol):
    """What the home page reads of this PC's last good backup (``app.backup.store.BackupFile``)."""

    @property
    def taken_at(self) -> datetime: ...

    @property
    def path(self) -> object: ...

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
    value: int | None  # None: there is nothing to count (no backup yet), shown as a dash, never as 0
    area: str  # the area the tile opens
    warn: bool = False
    lines: tuple[TileLine, ...] = field(default_factory=tuple)
    translate_lines: bool = False  # the lines are English sources (context "Dashboard"), not data
    record: str = ""  # where in the area the tile opens (the settings' "backup" tab); empty: the area itself


TITLES = {
    "in_workshop": QT_TRANSLATE_NOOP("Dashboard", "Cars in the workshop"),
    "late": QT_TRANSLATE_NOOP("Dashboard", "Past the promised time"),
    "tools_overdue": QT_TRANSLATE_NOOP("Dashboard", "Tools overdue"),
    "below_minimum": QT_TRANSLATE_NOOP("Dashboard", "Parts below minimum stock"),
    "backup": QT_TRANSLATE_NOOP("Dashboard", "Days since the last good backup"),
    "calls_due": QT_TRANSLATE_NOOP("Dashboard", "Calls to make now"),
}
NO_BACKUP = QT_TRANSLATE_NOOP("Dashboard", "No backup has been made yet.")
BACKUP_WARN_AFTER = timedelta(days=2)


class DashboardService:
    def __init__(self, db: Database, clock: Clock, *, tools=None, parts_reports=None, crm=None,
                 last_backup: Callable[[], LastBackup | None] | None = None) -> None:
        """``last_backup()``: this PC's last good backup (with ``.path``, ``.taken_at``), or None; ``crm``:
        the centre's service, whose calls due today are a tile for the people who make them."""
        self.db = db
        self.clock = clock
        self.tools = tools
        self.parts_reports = parts_reports
        self.crm = crm
        self.last_backup = last_backup

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
        if actor.can(Permission.EDIT_CRM) and self.crm is not None:
            tiles.append(self._calls(actor))
        if actor.can(Permission.EDIT_SETTINGS) and self.last_backup is not None:
            tiles.extend(self._backup(now))
        return tiles

    def _calls(self, actor: Actor) -> Tile:
        """The centre's calls that can be made now (follow-ups, reminders, lost customers), overdue first."""
        calls = self.crm.work_list(actor)
        overdue = sum(1 for t in calls if t.overdue)
        lines = tuple(TileLine(f"{t.due_on:%m-%d} · {t.customer_name} · {t.plate}", t.overdue) for t in calls[:6])
        return Tile("calls_due", TITLES["calls_due"], len(calls), "crm", bool(overdue), lines)

    def _backup(self, now: datetime) -> list[Tile]:
        """A warning tile when the last good backup is older than two days (nothing when it is recent)."""
        last = self.last_backup() if self.last_backup is not None else None
        if last is None:
            return [Tile("backup", TITLES["backup"], None, "settings", True, (TileLine(NO_BACKUP, True),),
                         translate_lines=True, record="backup")]
        age = now - last.taken_at
        if age <= BACKUP_WARN_AFTER:
            return []
        line = TileLine(f"{self.clock.local(last.taken_at):%Y-%m-%d %H:%M} · {last.path}", True)
        return [Tile("backup", TITLES["backup"], age.days, "settings", True, (line,), record="backup")]

    def _job_cards(self, now: datetime) -> list[Tile]:
        with self.db.read() as s:
            in_shop = s.scalar(select(func.count()).select_from(JobCard).where(JobCard.status.in_(IN_WORKSHOP))) or 0
            # the promised time reception records on every card (约定交车时间)
            late = (JobCard.status.in_(NOT_READY), JobCard.promised_at.is_not(None), JobCard.promised_at < now)
            late_count = s.scalar(select(func.count()).select_from(JobCard).where(*late)) or 0
            late_rows = s.execute(
                select(JobCard.number, JobCard.plate, JobCard.advisor_name, JobCard.promised_at)
                .where(*late).order_by(JobCard.promised_at).limit(6)
            ).all()
        lines = tuple(TileLine(f"{r.number} · {r.plate} · {r.advisor_name} · "
                               f"{self.clock.local(r.promised_at):%m-%d %H:%M}", True) for r in late_rows)
        return [Tile("in_workshop", TITLES["in_workshop"], int(in_shop), "job_cards"),
                Tile("late", TITLES["late"], int(late_count), "job_cards", bool(late_count), lines)]
