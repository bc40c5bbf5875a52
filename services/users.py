"""Users, roles, permissions and sign-in. Permissions are checked here, not only in the UI.

Roles follow the station's organisation (seed/README.md). A role grants a set of permissions;
a person may hold several roles. Every service method that changes something takes the
signed-in ``Actor`` and calls ``actor.require(...)`` first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.users import User, UserRole
from services.audit import AuditLog
from services.clock import Clock
from services.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationError,
    NotFound,
    PermissionDenied,
    ValidationError,
)


class Permission(StrEnum):
    """What a person may do. Areas check these in their services."""

    # navigation to areas (and reading them)
    VIEW_JOB_CARDS = "job_cards.view"
    EDIT_JOB_CARDS = "job_cards.edit"
    CANCEL_JOB_CARDS = "job_cards.cancel"
    QUALITY_CHECK = "job_cards.quality_check"
    SETTLE_JOB_CARDS = "job_cards.settle"
    VIEW_APPOINTMENTS = "appointments.view"
    EDIT_APPOINTMENTS = "appointments.edit"
    VIEW_WORKSHOP = "workshop.view"
    DISPATCH = "workshop.dispatch"
    CLOCK_WORK = "workshop.clock"
    VIEW_PARTS = "parts.view"
    EDIT_PARTS = "parts.edit"
    EDIT_PART_PRICES = "parts.prices"
    RECEIVE_PARTS = "parts.receive"
    ISSUE_PARTS = "parts.issue"
    PURCHASE_PARTS = "parts.purchase"
    STOCKTAKE = "parts.stocktake"
    APPROVE_STOCKTAKE = "parts.stocktake_approve"
    NEGATIVE_STOCK = "parts.negative_stock"
    VIEW_TOOLS = "tools.view"
    EDIT_TOOLS = "tools.edit"
    LEND_TOOLS = "tools.lend"
    VIEW_CUSTOMERS = "customers.view"
    EDIT_CUSTOMERS = "customers.edit"
    MERGE_CUSTOMERS = "customers.merge"
    SEE_FULL_PHONE = "customers.full_phone"
    EXPORT_PERSONAL_DATA = "customers.export"
    VIEW_CRM = "crm.view"
    EDIT_CRM = "crm.edit"
    VIEW_CLAIMS = "claims.view"
    EDIT_CLAIMS = "claims.edit"
    VIEW_REPORTS = "reporting.view"
    VIEW_AUDIT = "audit.view"
    APPROVE_DISCOUNTS = "discounts.approve"
    EDIT_SETTINGS = "settings.edit"
    MANAGE_USERS = "users.manage"


class Role(StrEnum):
    STATION_MANAGER = "station_manager"
    FRONT_DESK_SUPERVISOR = "front_desk_supervisor"
    SERVICE_ADVISOR = "service_advisor"
    RECEPTIONIST = "receptionist"
    WORKSHOP_SUPERVISOR = "workshop_supervisor"
    TECHNICIAN = "technician"
    TECHNICAL_SUPERVISOR = "technical_supervisor"
    QUALITY_INSPECTOR = "quality_inspector"
    PARTS_SUPERVISOR = "parts_supervisor"
    PARTS_PLANNER = "parts_planner"
    STOREKEEPER = "storekeeper"
    TOOL_KEEPER = "tool_keeper"
    INFORMATION_CLERK = "information_clerk"
    WARRANTY_CLERK = "warranty_clerk"
    CRC_SUPERVISOR = "crc_supervisor"
    CRC_SPECIALIST = "crc_specialist"
    ADMINISTRATOR = "administrator"


ROLE_NAMES: dict[Role, str] = {
    Role.STATION_MANAGER: QT_TRANSLATE_NOOP("Role", "Station manager"),
    Role.FRONT_DESK_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Front-desk supervisor"),
    Role.SERVICE_ADVISOR: QT_TRANSLATE_NOOP("Role", "Service advisor"),
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Role", "Receptionist"),
    Role.WORKSHOP_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Workshop supervisor / dispatcher"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Role", "Technician"),
    Role.TECHNICAL_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Technical supervisor"),
    Role.QUALITY_INSPECTOR: QT_TRANSLATE_NOOP("Role", "Quality inspector"),
    Role.PARTS_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Parts supervisor"),
    Role.PARTS_PLANNER: QT_TRANSLATE_NOOP("Role", "Parts planner"),
    Role.STOREKEEPER: QT_TRANSLATE_NOOP("Role", "Storekeeper"),
    Role.TOOL_KEEPER: QT_TRANSLATE_NOOP("Role", "Tool and documentation keeper"),
    Role.INFORMATION_CLERK: QT_TRANSLATE_NOOP("Role", "Information clerk"),
    Role.WARRANTY_CLERK: QT_TRANSLATE_NOOP("Role", "Warranty clerk"),
    Role.CRC_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Customer-relations supervisor"),
    Role.CRC_SPECIALIST: QT_TRANSLATE_NOOP("Role", "Customer-relations specialist"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

P = Permission
_ALL = frozenset(Permission)
_FRONT = {P.VIEW_JOB_CARDS, P.EDIT_JOB_CARDS, P.VIEW_APPOINTMENTS, P.EDIT_APPOINTMENTS, P.VIEW_WORKSHOP,
          P.VIEW_PARTS, P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_CRM}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.STATION_MANAGER: _ALL - {P.MANAGE_USERS},
    Role.FRONT_DESK_SUPERVISOR: frozenset(_FRONT | {
        P.CANCEL_JOB_CARDS, P.SETTLE_JOB_CARDS, P.APPROVE_DISCOUNTS, P.MERGE_CUSTOMERS, P.VIEW_REPORTS,
        P.VIEW_CLAIMS, P.EXPORT_PERSONAL_DATA, P.EDIT_CRM}),
    Role.SERVICE_ADVISOR: frozenset(_FRONT | {P.CANCEL_JOB_CARDS, P.SETTLE_JOB_CARDS}),
    Role.RECEPTIONIST: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_APPOINTMENTS, P.EDIT_APPOINTMENTS, P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS,
        P.SEE_FULL_PHONE, P.SETTLE_JOB_CARDS, P.VIEW_CRM}),
    Role.WORKSHOP_SUPERVISOR: frozenset({
        P.VIEW_JOB_CARDS, P.EDIT_JOB_CARDS, P.VIEW_WORKSHOP, P.DISPATCH, P.CLOCK_WORK, P.VIEW_PARTS,
        P.VIEW_TOOLS, P.VIEW_CUSTOMERS, P.VIEW_REPORTS, P.VIEW_APPOINTMENTS}),
    Role.TECHNICIAN: frozenset({P.VIEW_JOB_CARDS, P.VIEW_WORKSHOP, P.CLOCK_WORK, P.VIEW_PARTS, P.VIEW_TOOLS}),
    Role.TECHNICAL_SUPERVISOR: frozenset({
        P.VIEW_JOB_CARDS, P.EDIT_JOB_CARDS, P.VIEW_WORKSHOP, P.QUALITY_CHECK, P.VIEW_PARTS, P.VIEW_TOOLS,
        P.VIEW_CLAIMS, P.EDIT_CLAIMS, P.VIEW_REPORTS, P.VIEW_CUSTOMERS}),
    Role.QUALITY_INSPECTOR: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_WORKSHOP, P.QUALITY_CHECK, P.VIEW_TOOLS, P.VIEW_CUSTOMERS}),
    Role.PARTS_SUPERVISOR: frozenset({
        P.VIEW_PARTS, P.EDIT_PARTS, P.EDIT_PART_PRICES, P.RECEIVE_PARTS, P.ISSUE_PARTS, P.PURCHASE_PARTS,
        P.STOCKTAKE, P.APPROVE_STOCKTAKE, P.NEGATIVE_STOCK, P.VIEW_TOOLS, P.VIEW_JOB_CARDS, P.VIEW_REPORTS}),
    Role.PARTS_PLANNER: frozenset({
        P.VIEW_PARTS, P.EDIT_PARTS, P.PURCHASE_PARTS, P.VIEW_JOB_CARDS, P.VIEW_REPORTS}),
    Role.STOREKEEPER: frozenset({
        P.VIEW_PARTS, P.RECEIVE_PARTS, P.ISSUE_PARTS, P.STOCKTAKE, P.VIEW_JOB_CARDS, P.VIEW_TOOLS}),
    Role.TOOL_KEEPER: frozenset({P.VIEW_TOOLS, P.EDIT_TOOLS, P.LEND_TOOLS, P.VIEW_JOB_CARDS}),
    Role.INFORMATION_CLERK: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_REPORTS, P.VIEW_CRM,
        P.EXPORT_PERSONAL_DATA, P.VIEW_APPOINTMENTS}),
    Role.WARRANTY_CLERK: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_CLAIMS, P.EDIT_CLAIMS, P.VIEW_CUSTOMERS, P.VIEW_PARTS}),
    Role.CRC_SUPERVISOR: frozenset({
        P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_CRM, P.EDIT_CRM, P.VIEW_APPOINTMENTS,
        P.EDIT_APPOINTMENTS, P.VIEW_REPORTS, P.EXPORT_PERSONAL_DATA, P.MERGE_CUSTOMERS, P.VIEW_JOB_CARDS}),
    Role.CRC_SPECIALIST: frozenset({
        P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_CRM, P.EDIT_CRM, P.VIEW_APPOINTMENTS,
        P.EDIT_APPOINTMENTS, P.VIEW_JOB_CARDS}),
}

# discount a role may grant alone (fraction of the line); above it a supervisor approves
ROLE_DISCOUNT_LIMITS: dict[Role, Decimal] = {
    Role.ADMINISTRATOR: Decimal("1"),
    Role.STATION_MANAGER: Decimal("1"),
    Role.FRONT_DESK_SUPERVISOR: Decimal("0.20"),
    Role.SERVICE_ADVISOR: Decimal("0.05"),
}

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class Actor:
    """The signed-in person as services see them: who, with which roles and permissions."""

    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    permissions: frozenset[Permission] = field(default=frozenset())
    discount_limit: Decimal = Decimal("0")

    @classmethod
    def for_roles(cls, user_id: int | None, username: str, display_name: str, roles, discount_limit=None) -> Actor:
        roles = frozenset(Role(r) for r in roles)
        perms = frozenset().union(*(ROLE_PERMISSIONS[r] for r in roles)) if roles else frozenset()
        limit = discount_limit
        if limit is None:
            limit = max((ROLE_DISCOUNT_LIMITS.get(r, Decimal("0")) for r in roles), default=Decimal("0"))
        return cls(user_id, username, display_name, roles, perms, limit)

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first-run setup, demo data, migrations)."""
        return cls.for_roles(None, "system", "ServiceBay", [Role.ADMINISTRATOR])

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "{user} may not do this ({permission})."),
                user=self.display_name,
                permission=permission.value,
            )


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


def _info(u: User) -> UserInfo:
    return UserInfo(
        u.id, u.username, u.display_name, tuple(sorted((Role(r.role) for r in u.roles), key=list(Role).index)),
        u.active, u.badge_code, u.phone, u.locked_until, u.last_sign_in, u.version,
    )


class UserService:
    """Accounts and sign-in. Argon2 hashes (about 100 ms each, inside the sign-in budget)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.hasher = hasher or PasswordHasher()

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
        refusal: AuthenticationError | None = None
        with self.db.write() as s:
            user = s.scalar(select(User).where(func.lower(User.username) == username.lower()))
            if user is None or not user.active:
                # hash anyway so a wrong name takes as long as a wrong password
                self._dummy_verify(password)
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The user name or password is wrong.")
                )
            if user.locked_until and user.locked_until > now:
                minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP(
                        "ServiceError",
                        "This account is locked after too many wrong passwords. Try again in {minutes} "
                        "minutes or ask the administrator.",
                    ),
                    minutes=minutes,
                )
            try:
                self.hasher.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                # the count of failures is kept although the sign-in is refused
                user.failed_attempts += 1
                user.updated_by = "system"
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.locked_until = now + LOCKOUT
                    user.failed_attempts = 0
                    self.audit.record(s, None, "user.locked", "user", user.id, f"{user.username} locked")
                refusal = AuthenticationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The user name or password is wrong.")
                )
            else:
                if self.hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = self.hasher.hash(password)
                user.failed_attempts = 0
                user.locked_until = None
                user.last_sign_in = now
                user.updated_by = user.username
                actor = Actor.for_roles(user.id, user.username, user.display_name,
                                        [r.role for r in user.roles], user.discount_limit)
        if refusal is not None:
            raise refusal
        return actor

    def verify_password(self, actor: Actor, password: str) -> bool:
        """Unlock after idle: the same person proves it is still them."""
        with self.db.read() as s:
            user = s.get(User, actor.user_id) if actor.user_id else None
            if user is None or not user.active:
                return False
            try:
                return self.hasher.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

    def _dummy_verify(self, password: str) -> None:
        global _DUMMY_HASH
        if _DUMMY_HASH is None:
            _DUMMY_HASH = self.hasher.hash("servicebay-dummy-password")
        try:
            self.hasher.verify(_DUMMY_HASH, password)
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
        self.check_password_strength(password)
        if not roles:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the user at least one role."), field="roles")

        def work(s: Session) -> UserInfo:
            exists = s.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
            if exists:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The user name {name} is taken."), field="username", name=username
                )
            user = User(
                username=username, display_name=display_name, password_hash=self.hasher.hash(password),
                badge_code=badge_code or None, phone=phone or None, updated_by=actor.username,
                roles=[UserRole(role=r.value) for r in roles],
            )
            s.add(user)
            s.flush()
            self.audit.record(s, actor, "user.create", "user", user.id,
                              f"{username} ({', '.join(r.value for r in roles)})")
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
            return _info(user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        actor.require(P.MANAGE_USERS)
        self.check_password_strength(new_password)
        with self.db.write() as s:
            user = self._get(s, user_id)
            user.password_hash = self.hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            user.must_change_password = user.id != actor.user_id
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.password_reset", "user", user.id, user.username)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        if not self.verify_password(actor, old_password):
            raise AuthenticationError(QT_TRANSLATE_NOOP("ServiceError", "The current password is wrong."))
        self.check_password_strength(new_password)
        with self.db.write() as s:
            user = self._get(s, actor.user_id)
            user.password_hash = self.hasher.hash(new_password)
            user.must_change_password = False
            user.updated_by = actor.username
            self.audit.record(s, actor, "user.password_change", "user", user.id, user.username)

    @staticmethod
    def check_password_strength(password: str) -> None:
        if not password or len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A password has at least {n} characters."),
                field="password", n=MIN_PASSWORD_LENGTH,
            )
        if password.isdigit() or password.isalpha():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "A password mixes letters with digits or symbols."),
                field="password",
            )

    @staticmethod
    def _get(s: Session, user_id: int | None) -> User:
        user = s.get(User, user_id) if user_id is not None else None
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such user."))
        return user


_DUMMY_HASH: str | None = None
