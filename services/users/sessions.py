"""Open sessions follow the accounts: a disabled user, changed roles or a changed discount limit reach
them within a minute.

A sign-in hands out an ``Actor`` whose ``guard`` is the :class:`SessionGuard`. Every
``actor.require``/``actor.can`` in the services asks it (``actor.current_discount_limit()`` too); it
reads the user's ``active`` flag, roles and discount limit at most once per ``ttl`` seconds per user
(one small query), so a change made by an
administrator on another PC reaches an open session within ``ttl``. On this PC the user service
forgets its cached answer at once when it changes a user.

A restore of the database on PostgreSQL marks the station as under maintenance first (a row of
``station_maintenance``, written by app/backup/restore.py): :meth:`SessionGuard.maintenance` reads it
(and takes a schema whose tables are being replaced, where the table is not visible, for the same),
the app's session check asks it every ``MAINTENANCE_CHECK_SECONDS`` and signs out, and
:meth:`SessionGuard.refuse_sign_in` refuses sign-ins until the mark is cleared.

Approvals (a supervisor's password typed on another person's screen, for a discount above their
limit) are throttled here too: :class:`ApprovalThrottle` counts failed approvals on this PC and,
after ``MAX_FAILED_APPROVALS``, refuses further tries for a while, doubling the wait each time.
Those failures never count toward the supervisor's own sign-in lockout, so an advisor cannot lock
a supervisor out by typing wrong approval passwords.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select, text

from app.db.engine import Database
from app.db.models.station import StationMaintenance
from app.db.models.users import User, UserRole
from services.common.errors import QT_TRANSLATE_NOOP, AuthenticationError
from services.users.permissions import ROLE_DISCOUNT_LIMITS, Actor, Permission, Role, role_permissions

SESSION_CHECK_SECONDS = 30.0
MAX_FAILED_APPROVALS = 5
APPROVAL_WAIT_SECONDS = 60.0
APPROVAL_WAIT_MAX_SECONDS = 15 * 60.0
MAINTENANCE_CHECK_SECONDS = 10.0  # how often a signed-in app looks for a restore under way
STALE_MAINTENANCE = timedelta(hours=6)  # a mark this old is a restore that died: the administrator may clear it

RESTORING = QT_TRANSLATE_NOOP("ServiceError", "Data is being restored… (started on {host}). Sign in again when it "
                                              "has finished.")
RESTORING_STALE = QT_TRANSLATE_NOOP(
    "ServiceError", "Data is being restored… (started on {host} at {time} UTC, more than {hours} hours ago). If no "
                    "restore is running any more, the administrator clears the mark with: servicebay restore "
                    "--end-maintenance")


class UnderMaintenance(AuthenticationError):
    """Nobody signs in while the database is being restored."""


@dataclass(frozen=True)
class Maintenance:
    """A restore under way. ``started_at`` is None while its tables are being replaced (the mark not readable)."""

    reason: str
    started_at: datetime | None
    host: str
    note: str = ""

    def stale(self, now: datetime) -> bool:
        return self.started_at is not None and now - self.started_at > STALE_MAINTENANCE

    def error(self, now: datetime) -> UnderMaintenance:
        if self.stale(now):
            return UnderMaintenance(RESTORING_STALE, host=self.host or "?", time=f"{self.started_at:%Y-%m-%d %H:%M}",
                                    hours=int(STALE_MAINTENANCE.total_seconds() // 3600))
        return UnderMaintenance(RESTORING, host=self.host or "?")


def read_maintenance(session) -> Maintenance | None:
    """The maintenance mark of the session's database (the oldest), or None."""
    name = StationMaintenance.__tablename__
    if session.get_bind().dialect.name == "postgresql":
        visible = session.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}).scalar()
    else:
        visible = session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
                                  {"name": name}).scalar()
    if not visible:  # a running app's schema lost its tables: a restore is replacing them
        return Maintenance("restore", None, "")
    row = session.execute(select(StationMaintenance.reason, StationMaintenance.started_at, StationMaintenance.host,
                                 StationMaintenance.note)
                          .order_by(StationMaintenance.started_at).limit(1)).first()
    return Maintenance(row.reason, row.started_at, row.host, row.note) if row else None


class SessionGuard:
    """The current permissions of signed-in users, read again at most every ``ttl`` seconds."""

    def __init__(self, db: Database, *, ttl: float = SESSION_CHECK_SECONDS,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self.ttl = ttl
        self.monotonic = monotonic
        self._cache: dict[int, tuple[float, frozenset[Permission] | None, Decimal]] = {}
        self._lock = threading.Lock()

    def __call__(self, actor: Actor) -> frozenset[Permission] | None:
        return self.permissions(actor)

    def permissions(self, actor: Actor) -> frozenset[Permission] | None:
        """The permissions of ``actor``'s account as it is now; None when it is disabled or gone."""
        if actor.user_id is None:
            return actor.permissions
        return self._now(actor)[0]

    def discount_limit(self, actor: Actor) -> Decimal:
        """The discount ``actor`` may give now: their own limit, else their roles' (0 when disabled)."""
        if actor.user_id is None:
            return actor.discount_limit
        return self._now(actor)[1]

    def _now(self, actor: Actor) -> tuple[frozenset[Permission] | None, Decimal]:
        now = self.monotonic()
        with self._lock:
            hit = self._cache.get(actor.user_id)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1], hit[2]
        current, limit = self._read(actor.user_id)
        with self._lock:
            self._cache[actor.user_id] = (now, current, limit)
        return current, limit

    def _read(self, user_id: int) -> tuple[frozenset[Permission] | None, Decimal]:
        with self.db.read() as s:
            row = s.execute(select(User.active, User.discount_limit).where(User.id == user_id)).first()
            if row is None or not row.active:
                return None, Decimal("0")
            roles = [Role(r) for r in s.scalars(select(UserRole.role).where(UserRole.user_id == user_id))
                     if r in Role._value2member_map_]
        limit = row.discount_limit
        if limit is None:
            limit = max((ROLE_DISCOUNT_LIMITS.get(r, Decimal("0")) for r in roles), default=Decimal("0"))
        return role_permissions(roles), limit

    def maintenance(self) -> Maintenance | None:
        """The restore under way on the database, read now (one small query); None when there is none."""
        with self.db.read() as s:
            return read_maintenance(s)

    def refuse_sign_in(self, now: datetime) -> None:
        """Raise :class:`UnderMaintenance` while a restore is under way."""
        found = self.maintenance()
        if found is not None:
            raise found.error(now)

    def forget(self, user_id: int | None = None) -> None:
        """Drop the cached answer for one user (or all): their next call reads the account again."""
        with self._lock:
            if user_id is None:
                self._cache.clear()
            else:
                self._cache.pop(user_id, None)


class ApprovalThrottle:
    """Failed approval passwords on this PC: after a few, approvals wait (60 s, then doubling)."""

    def __init__(self, *, limit: int = MAX_FAILED_APPROVALS, wait: float = APPROVAL_WAIT_SECONDS,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.wait = wait
        self.monotonic = monotonic
        self._failures = 0
        self._rounds = 0
        self._until = 0.0
        self._lock = threading.Lock()

    def check(self) -> None:
        """Refuse at once, without looking at the password, while this PC must wait."""
        with self._lock:
            left = self._until - self.monotonic()
        if left > 0:
            raise AuthenticationError(
                QT_TRANSLATE_NOOP("ServiceError", "Too many wrong approval passwords on this PC. Try again in "
                                                  "{seconds} seconds."),
                seconds=int(left) + 1)

    def failed(self) -> bool:
        """Count a wrong approval password; True when it starts a wait."""
        with self._lock:
            self._failures += 1
            if self._failures < self.limit:
                return False
            self._failures = 0
            self._until = self.monotonic() + min(self.wait * 2 ** self._rounds, APPROVAL_WAIT_MAX_SECONDS)
            self._rounds += 1
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._rounds = 0
