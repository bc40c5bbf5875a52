"""What every part of the workshop service shares: its dependencies, units of work, the station's day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.users import User, UserRole
from app.db.models.workshop import Team, TechnicianProfile
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, ValidationError
from services.users.audit import AuditLog
from services.users.permissions import Role
from services.workshop import rules
from services.workshop.data import TechnicianInfo

T = TypeVar("T")
DEFAULT_SHIFT = (8 * 60 + 30, 17 * 60 + 30, 60)


def clean(text: str | None) -> str:
    return (text or "").strip()


class WorkshopCore:
    """Dependencies and helpers. ``job_cards`` is the job card service (only its public methods)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, job_cards=None, station=None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.job_cards = job_cards
        self.station = station

    # ---- units of work ----------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write transaction that counts as a change to the board (the wall display sees it)."""
        try:
            with self.db.write() as s:
                yield s
                rules.bump(s)
        except IntegrityError as exc:
            raise self._integrity(exc) from None

    @staticmethod
    def _integrity(exc: IntegrityError) -> Exception:
        text = str(exc.orig) if exc.orig is not None else str(exc)
        if "uq_workshop_work_running" in text or "workshop_work.technician_id" in text:
            return ConflictError(QT_TRANSLATE_NOOP("ServiceError", "This technician already has a running job: "
                                                                   "pause or finish it first."))
        if "uq_workshop_attendance_open" in text or "workshop_attendance.technician_id" in text:
            return ConflictError(QT_TRANSLATE_NOOP("ServiceError", "This technician is already clocked in."))
        return ConflictError(QT_TRANSLATE_NOOP("ServiceError", "Someone else changed this at the same moment; "
                                                               "look again and retry."))

    # ---- the station's day ------------------------------------------------------------------
    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The UTC moments a station day begins and ends."""
        return (datetime.combine(day, time(0), tzinfo=self.clock.zone),
                datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.clock.zone))

    def at_minutes(self, day: date, minutes: int) -> datetime:
        return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self.clock.zone)

    def local_day(self, moment: datetime) -> date:
        return self.clock.local(moment).date()

    # ---- technicians ------------------------------------------------------------------------
    def _technicians(self, s: Session, *, include_inactive: bool = False) -> list[TechnicianInfo]:
        """Users holding the technician role, with their team (teams in order, then position, name)."""
        q = (select(User.id, User.display_name, User.username, User.badge_code, TechnicianProfile.team_id,
                    Team.name, TechnicianProfile.position, Team.position)
             .join(UserRole, UserRole.user_id == User.id)
             .outerjoin(TechnicianProfile, TechnicianProfile.user_id == User.id)
             .outerjoin(Team, Team.id == TechnicianProfile.team_id)
             .where(UserRole.role == Role.TECHNICIAN.value))
        if not include_inactive:
            q = q.where(User.active.is_(True))
        rows = list(s.execute(q).all())
        rows.sort(key=lambda r: (r[7] if r[7] is not None else 10**6, r[5] or "", r[6] or 0, r[1]))
        return [TechnicianInfo(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or 0) for r in rows]

    def _technician(self, s: Session, user_id: int) -> TechnicianInfo:
        for t in self._technicians(s, include_inactive=False):
            if t.user_id == user_id:
                return t
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No technician with that id."))

    def _technician_by_badge(self, s: Session, badge: str) -> TechnicianInfo:
        badge = clean(badge).upper()
        if not badge:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan your badge first."), field="badge")
        uid = s.scalar(select(User.id).where(User.badge_code == badge, User.active.is_(True)))
        if uid is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No technician has the badge {badge}."), badge=badge)
        try:
            return self._technician(s, uid)
        except NotFound:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The badge {badge} is not a technician's."),
                           badge=badge) from None

    def _shift(self, s: Session, team_id: int | None) -> tuple[int, int, int]:
        if team_id is None:
            return DEFAULT_SHIFT
        row = s.get(Team, team_id)
        return (row.shift_start_min, row.shift_end_min, row.break_min) if row else DEFAULT_SHIFT
