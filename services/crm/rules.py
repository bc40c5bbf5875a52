"""The centre's rules as settings (the manual's targets are the defaults), and the shared pieces of
the area's use-case modules: the unit of work, the station's local time, the advisors, the people.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.crm import CrmSettings
from app.db.models.users import User, UserRole
from services.common.amounts import read_quantity
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.crm.data import Advisor, Rules
from services.crm.workdays import is_holiday, is_workday
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission, Role

log = logging.getLogger(__name__)

_INT_LIMITS = {
    "max_per_hour": (1, 12), "gap_minutes": (0, 120), "day_start_minute": (0, 24 * 60 - 1),
    "day_end_minute": (1, 24 * 60), "follow_up_working_days": (1, 10), "max_call_attempts": (1, 10),
    "retry_hours": (1, 72), "case_days": (1, 30), "not_seen_months": (1, 36), "service_interval_months": (1, 24),
    "first_service_grace_days": (0, 180), "first_service_months": (1, 24),
}
_FIELDS = tuple(_INT_LIMITS) + ("closed_on_holidays", "workshop_hours", "club_points_per_yuan")


def clean(value: str | None) -> str:
    return (value or "").strip()


def rules_from_row(row: CrmSettings | None) -> Rules:
    if row is None:
        return Rules()
    return Rules(**{f: getattr(row, f) for f in _FIELDS},
                 closed_weekdays=tuple(int(c) for c in (row.closed_weekdays or "") if c.isdigit()),
                 closed_dates=tuple(sorted(date.fromisoformat(d) for d in (row.closed_dates or []))),
                 version=row.version)


def validate_rules(r: Rules) -> Rules:
    for name, (lo, hi) in _INT_LIMITS.items():
        value = getattr(r, name)
        if not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is outside {low}–{high}."), field=name,
                                  value=value, low=lo, high=hi)
    if r.day_end_minute <= r.day_start_minute:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The last appointment starts after the first."),
                              field="day_end_minute")
    if any(not 0 <= d <= 6 for d in r.closed_weekdays) or len(set(r.closed_weekdays)) == 7:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The station is open on at least one weekday."),
                              field="closed_weekdays")
    hours = read_quantity(r.workshop_hours, field="workshop_hours")
    if hours <= 0 or hours > 2000:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The workshop's bookable hours lie between 0 and "
                                                                "2000 a day."), field="workshop_hours")
    per_yuan = read_quantity(r.club_points_per_yuan, field="club_points_per_yuan", zero=True)
    if per_yuan > 100:  # read_quantity refuses a negative one
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Club points per yuan lie between 0 and 100."),
                              field="club_points_per_yuan")
    return replace(r, workshop_hours=hours, club_points_per_yuan=per_yuan, closed_weekdays=tuple(sorted(set(r.closed_weekdays))),
                   closed_dates=tuple(sorted(set(r.closed_dates))))


class CrmPart:
    """What every use-case module of the area shares: the database, the audit log, the clock, the rules."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    # ---- rules ----------------------------------------------------------------------------------
    def rules(self, s: Session | None = None) -> Rules:
        if s is not None:
            return rules_from_row(s.scalar(select(CrmSettings).limit(1)))
        with self.db.read() as s2:
            return rules_from_row(s2.scalar(select(CrmSettings).limit(1)))

    def save_rules(self, actor: Actor, rules: Rules) -> Rules:
        actor.require(Permission.EDIT_CRM)
        r = validate_rules(rules)
        with self.db.write() as s:
            row = s.scalar(select(CrmSettings).limit(1))
            if row is None:
                row = CrmSettings()
                s.add(row)
            elif row.version != rules.version:
                raise conflict_error(row)
            for f in _FIELDS:
                setattr(row, f, getattr(r, f))
            row.closed_weekdays = "".join(str(d) for d in r.closed_weekdays)
            row.closed_dates = [d.isoformat() for d in r.closed_dates]
            row.updated_by = actor.username
            self.audit.record(s, actor, "crm.rules", "crm_settings", "1",
                              f"{r.max_per_hour}/h, {r.gap_minutes} min, {r.workshop_hours} h")
        return self.rules()

    # ---- time -----------------------------------------------------------------------------------
    def local_day(self, moment: datetime) -> date:
        return self.clock.local(moment).date()

    def day_bounds(self, day: date, days: int = 1) -> tuple[datetime, datetime]:
        """The UTC moments a local day (or ``days`` days) begins and ends."""
        start = datetime.combine(day, time(0), self.clock.zone)
        return start, datetime.combine(day + timedelta(days=days), time(0), self.clock.zone)

    def at_minute(self, day: date, minute: int) -> datetime:
        return datetime.combine(day, time(minute // 60, minute % 60), self.clock.zone)

    def closed_reason(self, rules: Rules, day: date) -> str | None:
        """Why the station takes no appointments on ``day`` (an English source text), or None."""
        if day in rules.closed_dates:
            return QT_TRANSLATE_NOOP("ServiceError", "The station is closed on {day}.")
        if day.weekday() in rules.closed_weekdays and not (day.weekday() >= 5 and is_workday(day)):
            return QT_TRANSLATE_NOOP("ServiceError", "The station takes no appointments on {day}: a closed weekday.")
        if rules.closed_on_holidays and is_holiday(day):  # a make-up working weekend day (调休) is open
            return QT_TRANSLATE_NOOP("ServiceError", "{day} is a statutory holiday.")
        return None

    # ---- people ---------------------------------------------------------------------------------
    def advisors(self, s: Session) -> list[Advisor]:
        rows = s.execute(select(User.id, User.username, User.display_name)
                         .join(UserRole, UserRole.user_id == User.id)
                         .where(UserRole.role == Role.SERVICE_ADVISOR.value, User.active.is_(True))
                         .order_by(User.display_name, User.id)).all()
        seen: dict[int, Advisor] = {}
        for uid, username, name in rows:
            seen.setdefault(uid, Advisor(uid, username, name))
        return list(seen.values())

    def user(self, s: Session, *, user_id: int | None = None, username: str | None = None) -> User:
        q = select(User).where(User.id == user_id) if user_id is not None else \
            select(User).where(User.username == clean(username))
        row = s.scalar(q)
        if row is None or not row.active:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No active user {user}."),
                           user=username if username is not None else user_id)
        return row

    def lock(self, s: Session, *keys: int) -> None:
        """Serialise bookings that read and then write the same advisor's hour or the same day.

        SQLite's write transaction (BEGIN IMMEDIATE) already runs one at a time; PostgreSQL takes a
        transaction-level advisory lock per key, always in the order given (day first, then advisor).
        """
        if s.get_bind().dialect.name != "postgresql":
            return
        for key in keys:
            s.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": 1515, "b": int(key)})


def hours_value(value) -> Decimal:
    hours = read_quantity(value, field="expected_hours")
    if hours <= 0 or hours > 24:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Expected work lies between 0 and 24 hours."),
                              field="expected_hours")
    return hours
