"""Users and sign-in: accounts, passwords, lockout. Roles and permissions are in ``permissions``.

Roles follow the station's organisation (seed/README.md). A role grants a set of permissions;
a person may hold several roles. Every service method that changes something takes the
signed-in ``Actor`` and calls ``actor.require(...)`` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.users import User, UserRole
from services.common.clock import Clock
from services.common.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    NotFound,
    ValidationError,
)
from services.common.text import unstorable
from services.users.audit import AuditLog
from services.users.permissions import Actor, Role
from services.users.permissions import Permission as P
from services.users.sessions import ApprovalThrottle, SessionGuard

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
# well-known passwords that pass the length and mix rules (lists of leaked passwords, China and abroad)
COMMON_PASSWORDS = frozenset({
    "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty123", "qwe123456", "qweasd123",
    "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "abc12345", "abcd1234", "abc123456", "a1234567", "a12345678",
    "a123456789", "12345678a", "123456789a", "aa123456", "aa12345678", "qq123456", "woaini1314", "woaini520",
    "iloveyou1", "admin123", "admin1234", "admin@123", "root1234", "zxcvbnm1", "asdf1234", "test1234",
    "welcome1", "changeme1",
})


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    roles: tuple[Role, ...]
    active: bool
    badge_code: str | None
    phone: str | None
    locked_until: datetime | None
    last_sign_in: datetime | None
    version: int
    discount_limit: Decimal | None = None  # the user's own limit (0.15 = 15%); None: their roles' limit


def _secret(password: str) -> bytes:
    """A password as the hasher takes it; a lone surrogate (refused in a new password) cannot fail to encode."""
    return password.encode("utf-8", "surrogatepass")


def _by_name(s: Session, username: str) -> User | None:
    """The user called ``username``, as spelt when created or in another case. SQLite's lower() folds only
    A-Z, so a name with a capital like Ý or a full-width Ａ is found by its exact spelling first."""
    return (s.scalar(select(User).where(User.username == username))
            or s.scalar(select(User).where(func.lower(User.username) == username.lower())))


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id, u.username, u.display_name, tuple(sorted((Role(r.role) for r in u.roles), key=list(Role).index)),
        u.active, u.badge_code, u.phone, u.locked_until, u.last_sign_in, u.version, u.discount_limit,
    )


class UserService:
    """Accounts and sign-in. Argon2 hashes (about 100 ms each, inside the sign-in budget)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.hasher = hasher or PasswordHasher()
        self.guard = SessionGuard(db)  # open sessions follow disabled users and changed roles
        self.approvals = ApprovalThrottle()  # approval passwords typed on this PC

    # ---- queries -------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(P.MANAGE_USERS)
        with self.db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    # ---- sign-in -------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> Actor:
        """Check a password; count failures and lock the account after too many."""
        username = (username or "").strip()
        if not username or not password:
            raise AuthenticationError(QT_TRANSLATE_NOOP("ServiceError", "Enter your user name and password."))
        now = self.clock.now()
        self.guard.refuse_sign_in(now)  # nobody signs in while the data is being restored
        with self.db.write() as s:
            user = _by_name(s, username)
            if user is None or not user.active:
                # hash anyway so a wrong name takes as long as a wrong password
                self._dummy_verify(password)
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The user name or password is wrong.")
                )
            refusal = self._check_counting(s, user, password, now)
            if refusal is None:
                user.last_sign_in = now
                user.updated_by = user.username
                actor = self._actor(user)
        if refusal is not None:
            raise refusal
        return actor

    def unlock(self, actor: Actor, password: str) -> None:
        """Unlock after idle: the same person proves it is still them. Wrong passwords count toward
        the account's lockout exactly as at sign-in (the locked screen is no free guessing)."""
        now = self.clock.now()
        with self.db.write() as s:
            user = s.get(User, actor.user_id) if actor.user_id else None
            if user is None or not user.active:
                raise AuthenticationError(QT_TRANSLATE_NOOP(
                    "ServiceError", "This account has been disabled. Sign out; another person may sign in."))
            refusal = self._check_counting(s, user, password or "", now,
                                           wrong=QT_TRANSLATE_NOOP("ServiceError", "The password is wrong."))
        if refusal is not None:
            raise refusal

    def verify_password(self, actor: Actor, password: str) -> bool:
        """True when ``password`` is the actor's own; a wrong one counts toward the lockout."""
        try:
            self.unlock(actor, password)
        except AuthenticationError:
            return False
        return True

    def approve(self, username: str, password: str) -> Actor:
        """A supervisor's password typed to approve something on another person's screen.

        Wrong approval passwords do not count toward the supervisor's sign-in lockout (an advisor
        must not be able to lock their supervisor out); instead this PC waits after a few
        (``ApprovalThrottle``). A supervisor locked by their own wrong sign-ins cannot approve.
        """
        self.approvals.check()
        username = (username or "").strip()
        if not username or not password:
            raise AuthenticationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the approver's user name and "
                                                                        "password."))
        now = self.clock.now()
        with self.db.read() as s:
            user = _by_name(s, username)
            ok = False
            user_id = user.id if user is not None else None
            if user is None or not user.active:
                self._dummy_verify(password)
            elif user.locked_until and user.locked_until > now:
                raise self._locked_error(user, now)
            else:
                try:
                    ok = self.hasher.verify(user.password_hash, _secret(password))
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    ok = False
            if ok:
                actor = self._actor(user)
        if not ok:
            if self.approvals.failed():
                with self.db.write() as s:
                    self.audit.record(s, None, "user.approval_throttled", "user", user_id, username)
            raise AuthenticationError(QT_TRANSLATE_NOOP("ServiceError", "The approver's user name or password "
                                                                        "is wrong."))
        self.approvals.succeeded()
        return actor

    def _actor(self, user: User) -> Actor:
        return Actor.for_roles(user.id, user.username, user.display_name, [r.role for r in user.roles],
                               user.discount_limit, must_change_password=user.must_change_password,
                               guard=self.guard)

    @staticmethod
    def _locked_error(user: User, now: datetime) -> AuthenticationError:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        return AuthenticationError(
            QT_TRANSLATE_NOOP(
                "ServiceError",
                "This account is locked after too many wrong passwords. Try again in {minutes} "
                "minutes or ask the administrator.",
            ),
            minutes=minutes,
        )

    def _check_counting(self, s: Session, user: User, password: str, now: datetime, *,
                        wrong: str = QT_TRANSLATE_NOOP("ServiceError", "The user name or password is wrong."),
                        ) -> AuthenticationError | None:
        """None when ``password`` is right; else the refusal, with the failure counted (and the
        account locked after ``MAX_FAILED_ATTEMPTS``). The count is kept although the caller refuses."""
        if user.locked_until and user.locked_until > now:
            return self._locked_error(user, now)
        try:
            self.hasher.verify(user.password_hash, _secret(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_attempts += 1
            user.updated_by = "system"
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
                self.audit.record(s, None, "user.locked", "user", user.id, user.username)
                return self._locked_error(user, now)
            return AuthenticationError(wrong)
        if self.hasher.check_needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(_secret(password))
        user.failed_attempts = 0
        user.locked_until = None
        return None

    def _dummy_verify(self, password: str) -> None:
        global _DUMMY_HASH
        if _DUMMY_HASH is None:
            _DUMMY_HASH = self.hasher.hash("servicebay-dummy-password")
        try:
            self.hasher.verify(_DUMMY_HASH, _secret(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            pass

    # ---- administration --------------------------------------------------------------------
    def create_user(
        self, actor: Actor, username: str, display_name: str, password: str, roles, *,
        badge_code: str | None = None, phone: str | None = None, session: Session | None = None,
    ) -> UserInfo:
        actor.require(P.MANAGE_USERS)
        username = (username or "").strip()
        display_name = (display_name or "").strip()
        roles = [Role(r) for r in roles]
        if not username or len(username) > 64 or any(c.isspace() for c in username):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A user name is 1 to 64 characters without spaces."),
                field="username",
            )
        if not display_name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the person's name."), field="display_name")
        self.check_password_strength(password, username)
        if not roles:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the user at least one role."), field="roles")

        def work(s: Session) -> UserInfo:
            exists = s.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
            if exists:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The user name {name} is taken."), field="username", name=username
                )
            user = User(
                username=username, display_name=display_name, password_hash=self.hasher.hash(_secret(password)),
                badge_code=badge_code or None, phone=phone or None, updated_by=actor.username,
                roles=[UserRole(role=r.value) for r in roles],
            )
            s.add(user)
            s.flush()
            self.audit.record(s, actor, "user.create", "user", user.id, f"{username} {display_name}",
                              details={"roles": [r.value for r in roles]})
            return _info(user)

        if session is not None:
            return work(session)
        with self.db.write() as s:
            return work(s)

    def set_roles(self, actor: Actor, user_id: int, roles) -> UserInfo:
        actor.require(P.MANAGE_USERS)
        roles = sorted({Role(r) for r in roles}, key=list(Role).index)
        if not roles:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the user at least one role."), field="roles")
        with self.db.write() as s:
            user = self._get(s, user_id)
            before = sorted(r.role for r in user.roles)
            wanted = {r.value for r in roles}
            for row in [r for r in user.roles if r.role not in wanted]:
                user.roles.remove(row)
            s.flush()  # deletes before inserts, or the unique (user, role) pair would clash
            user.roles.extend(UserRole(role=r) for r in sorted(wanted - set(before)))
            user.updated_by = actor.username
            s.flush()
            self.audit.record(s, actor, "user.roles", "user", user.id, f"{user.username}",
                              details={"before": before, "after": [r.value for r in roles]})
            self.guard.forget(user.id)
            return _info(user)

    def set_discount_limit(self, actor: Actor, user_id: int, percent: str | Decimal | None) -> UserInfo:
        """The largest discount the user may give without a supervisor, in percent ("8", "8%", 8.5); empty or
        None gives them their roles' limit again. Open sessions follow within the session check time."""
        actor.require(P.MANAGE_USERS)
        text = str(percent if percent is not None else "").strip().rstrip("%").strip()
        limit: Decimal | None = None
        if text:
            try:
                value = Decimal(text)
            except InvalidOperation:
                value = Decimal("NaN")
            if not value.is_finite() or not 0 <= value <= 100:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount limit is a percentage from 0 "
                                                                        "to 100; “{typed}” is not."),
                                      field="discount_limit", typed=text[:20])
            limit = (value / 100).quantize(Decimal("0.0001"), ROUND_HALF_UP)
        with self.db.write() as s:
            user = self._get(s, user_id)
            before = user.discount_limit
            user.discount_limit = limit
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.discount_limit", "user", user.id, user.username,
                              details={"before": None if before is None else str(before),
                                       "after": None if limit is None else str(limit)})
            self.guard.forget(user.id)
            return _info(user)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserInfo:
        actor.require(P.MANAGE_USERS)
        with self.db.write() as s:
            user = self._get(s, user_id)
            if not active and user.id == actor.user_id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "You cannot disable your own account."))
            user.active = active
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.enable" if active else "user.disable", "user", user.id, user.username)
            self.guard.forget(user.id)
            return _info(user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        actor.require(P.MANAGE_USERS)
        with self.db.write() as s:
            user = self._get(s, user_id)
            self.check_password_strength(new_password, user.username)
            user.password_hash = self.hasher.hash(_secret(new_password))
            user.failed_attempts = 0
            user.locked_until = None
            user.must_change_password = user.id != actor.user_id
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.password_reset", "user", user.id, user.username)

    def require_password_change(self, actor: Actor, user_id: int) -> UserInfo:
        """The user must choose a new password at their next sign-in (the administrator's "force")."""
        actor.require(P.MANAGE_USERS)
        with self.db.write() as s:
            user = self._get(s, user_id)
            user.must_change_password = True
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.password_expire", "user", user.id, user.username)
            return _info(user)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> Actor:
        """Returns the actor with ``must_change_password`` cleared."""
        if not self.verify_password(actor, old_password):
            raise AuthenticationError(QT_TRANSLATE_NOOP("ServiceError", "The current password is wrong."))
        self.check_password_strength(new_password, actor.username)
        if new_password == old_password:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose a password different from the "
                                                                    "current one."), field="password")
        with self.db.write() as s:
            user = self._get(s, actor.user_id)
            user.password_hash = self.hasher.hash(_secret(new_password))
            user.must_change_password = False
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.password_change", "user", user.id, user.username)
            return self._actor(user)

    @staticmethod
    def check_password_strength(password: str, username: str | None = None) -> None:
        """At least 8 characters; letters with digits or symbols; not a well-known password; not the
        user name with a few digits or symbols added."""
        if not password or len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A password has at least {n} characters."),
                field="password", n=MIN_PASSWORD_LENGTH,
            )
        if unstorable(password):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "The password holds an invisible or broken character (often from "
                                                  "a paste); type it instead."),
                field="password",
            )
        letters = any(c.isalpha() for c in password)
        others = any(not c.isalpha() and not c.isspace() for c in password)
        if not (letters and others):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A password mixes letters with digits or symbols."),
                field="password",
            )
        if password.lower() in COMMON_PASSWORDS or len(set(password.lower())) <= 2:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "This password is too easy to guess; choose another."),
                field="password",
            )
        name = (username or "").strip().lower()
        if name and not any(c.isalpha() for c in password.lower().replace(name, "")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A password may not be the user name with digits or symbols "
                                                  "added."),
                field="password",
            )

    @staticmethod
    def _get(s: Session, user_id: int | None) -> User:
        user = s.get(User, user_id) if user_id is not None else None
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such user."))
        return user


_DUMMY_HASH: str | None = None
