"""Open sessions follow the accounts: a disabled user, changed roles or a changed discount limit reach
them within a minute.

A sign-in hands out an ``Actor`` whose ``guard`` is the :class:`SessionGuard`. Every
``actor.require``/``actor.can`` in the services asks it (``actor.current_discount_limit()`` too); it
reads the user's ``active`` flag, roles and discount limit at most once per ``ttl`` seconds per user
(one small query), so a change made by an
administrator on another PC reaches an open session within ``ttl``. On this PC the user service
forgets its cached answer at once when it changes a user.

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
from decimal import Decimal

from sqlalchemy import select

from app.db.engine import Database
from app.db.models.users import User, UserRole
from services.common.errors import QT_TRANSLATE_NOOP, AuthenticationError
from services.users.permissions import ROLE_DISCOUNT_LIMITS, Actor, Permission, Role, role_permissions

SESSION_CHECK_SECONDS = 30.0
MAX_FAILED_APPROVALS = 5
APPROVAL_WAIT_SECONDS = 60.0
APPROVAL_WAIT_MAX_SECONDS = 15 * 60.0


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
