"""Roles and permissions, and the signed-in ``Actor`` that services check them on.

Roles follow the station's organisation (seed/README.md). A role grants a set of permissions;
a person may hold several roles. Every service method that changes something takes the
signed-in ``Actor`` and calls ``actor.require(...)`` first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from services.common.errors import QT_TRANSLATE_NOOP, PermissionDenied


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
    VIEW_COSTS = "parts.costs"
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
    ERASE_PERSONAL_DATA = "customers.erase"
    VIEW_CRM = "crm.view"
    EDIT_CRM = "crm.edit"
    VIEW_CLAIMS = "claims.view"
    EDIT_CLAIMS = "claims.edit"
    APPRAISE_CLAIMS = "claims.appraise"
    VIEW_INSURANCE = "insurance.view"
    EDIT_INSURANCE = "insurance.edit"
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
    INSURANCE_CLERK = "insurance_clerk"
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
    Role.INSURANCE_CLERK: QT_TRANSLATE_NOOP("Role", "Insurance clerk"),
    Role.CRC_SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Customer-relations supervisor"),
    Role.CRC_SPECIALIST: QT_TRANSLATE_NOOP("Role", "Customer-relations specialist"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

# what each permission lets a person do, in words (the settings screens and docs/roles.md show these)
PERMISSION_TEXT: dict[Permission, str] = {
    Permission.VIEW_JOB_CARDS: QT_TRANSLATE_NOOP("Permission", "See job cards and estimates"),
    Permission.EDIT_JOB_CARDS: QT_TRANSLATE_NOOP("Permission", "Receive cars; edit job cards and their lines"),
    Permission.CANCEL_JOB_CARDS: QT_TRANSLATE_NOOP("Permission", "Cancel a job card"),
    Permission.QUALITY_CHECK: QT_TRANSLATE_NOOP("Permission", "Record the quality check"),
    Permission.SETTLE_JOB_CARDS: QT_TRANSLATE_NOOP("Permission", "Settle job cards and take payment"),
    Permission.VIEW_APPOINTMENTS: QT_TRANSLATE_NOOP("Permission", "See appointments"),
    Permission.EDIT_APPOINTMENTS: QT_TRANSLATE_NOOP("Permission", "Book and change appointments"),
    Permission.VIEW_WORKSHOP: QT_TRANSLATE_NOOP("Permission", "See the workshop board"),
    Permission.DISPATCH: QT_TRANSLATE_NOOP("Permission", "Dispatch work to technicians and bays"),
    Permission.CLOCK_WORK: QT_TRANSLATE_NOOP("Permission", "Clock on and off jobs"),
    Permission.VIEW_PARTS: QT_TRANSLATE_NOOP("Permission", "See parts and stock"),
    Permission.EDIT_PARTS: QT_TRANSLATE_NOOP("Permission", "Create and edit parts, bins and suppliers"),
    Permission.EDIT_PART_PRICES: QT_TRANSLATE_NOOP("Permission", "Change part prices; import price lists"),
    Permission.RECEIVE_PARTS: QT_TRANSLATE_NOOP("Permission", "Receive deliveries into stock"),
    Permission.ISSUE_PARTS: QT_TRANSLATE_NOOP("Permission", "Issue parts to jobs; sell over the counter"),
    Permission.PURCHASE_PARTS: QT_TRANSLATE_NOOP("Permission", "Order parts from suppliers"),
    Permission.VIEW_COSTS: QT_TRANSLATE_NOOP("Permission", "See purchase costs: average cost, purchase prices and "
                                                           "stock value"),
    Permission.STOCKTAKE: QT_TRANSLATE_NOOP("Permission", "Count stock"),
    Permission.APPROVE_STOCKTAKE: QT_TRANSLATE_NOOP("Permission", "Approve and post a stocktake"),
    Permission.NEGATIVE_STOCK: QT_TRANSLATE_NOOP("Permission", "Issue below zero stock (logged)"),
    Permission.VIEW_TOOLS: QT_TRANSLATE_NOOP("Permission", "See tools and loans"),
    Permission.EDIT_TOOLS: QT_TRANSLATE_NOOP("Permission", "Create and edit tools; calibration"),
    Permission.LEND_TOOLS: QT_TRANSLATE_NOOP("Permission", "Lend and take back tools"),
    Permission.VIEW_CUSTOMERS: QT_TRANSLATE_NOOP("Permission", "See the customer file"),
    Permission.EDIT_CUSTOMERS: QT_TRANSLATE_NOOP("Permission", "Edit and import customers and vehicles"),
    Permission.MERGE_CUSTOMERS: QT_TRANSLATE_NOOP("Permission", "Merge duplicate customers and vehicles"),
    Permission.SEE_FULL_PHONE: QT_TRANSLATE_NOOP("Permission", "See customers' full phone numbers"),
    Permission.EXPORT_PERSONAL_DATA: QT_TRANSLATE_NOOP("Permission", "Export the customer file (logged)"),
    Permission.ERASE_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "Permission", "Erase a customer's personal data on their request (logged)"),
    Permission.VIEW_CRM: QT_TRANSLATE_NOOP("Permission", "See customer-relations follow-ups"),
    Permission.EDIT_CRM: QT_TRANSLATE_NOOP("Permission", "Record follow-ups and complaints"),
    Permission.VIEW_CLAIMS: QT_TRANSLATE_NOOP("Permission", "See warranty claims"),
    Permission.EDIT_CLAIMS: QT_TRANSLATE_NOOP("Permission", "Prepare and submit warranty claims"),
    Permission.APPRAISE_CLAIMS: QT_TRANSLATE_NOOP("Permission", "Appraise warranty claims (fault code and cause)"),
    Permission.VIEW_INSURANCE: QT_TRANSLATE_NOOP("Permission", "See insurance jobs and what insurers owe"),
    Permission.EDIT_INSURANCE: QT_TRANSLATE_NOOP("Permission", "Record insurance assessments, insurers and their "
                                                               "payments"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Permission", "See management reports"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Permission", "Read the audit log"),
    Permission.APPROVE_DISCOUNTS: QT_TRANSLATE_NOOP("Permission", "Approve discounts above another person's limit"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Permission", "Change the station's settings and catalogues"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Permission", "Manage users, roles and passwords"),
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
        P.VIEW_CLAIMS, P.VIEW_INSURANCE, P.EXPORT_PERSONAL_DATA, P.ERASE_PERSONAL_DATA, P.EDIT_CRM}),
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
        P.VIEW_CLAIMS, P.EDIT_CLAIMS, P.APPRAISE_CLAIMS, P.VIEW_REPORTS, P.VIEW_CUSTOMERS}),
    Role.QUALITY_INSPECTOR: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_WORKSHOP, P.QUALITY_CHECK, P.VIEW_TOOLS, P.VIEW_CUSTOMERS}),
    Role.PARTS_SUPERVISOR: frozenset({
        P.VIEW_PARTS, P.EDIT_PARTS, P.EDIT_PART_PRICES, P.RECEIVE_PARTS, P.ISSUE_PARTS, P.PURCHASE_PARTS,
        P.VIEW_COSTS, P.STOCKTAKE, P.APPROVE_STOCKTAKE, P.NEGATIVE_STOCK, P.VIEW_TOOLS, P.VIEW_JOB_CARDS, P.VIEW_REPORTS}),
    Role.PARTS_PLANNER: frozenset({
        P.VIEW_PARTS, P.EDIT_PARTS, P.PURCHASE_PARTS, P.VIEW_COSTS, P.VIEW_JOB_CARDS, P.VIEW_REPORTS}),
    Role.STOREKEEPER: frozenset({
        P.VIEW_PARTS, P.RECEIVE_PARTS, P.ISSUE_PARTS, P.STOCKTAKE, P.VIEW_COSTS, P.VIEW_JOB_CARDS, P.VIEW_TOOLS}),
    Role.TOOL_KEEPER: frozenset({P.VIEW_TOOLS, P.EDIT_TOOLS, P.LEND_TOOLS, P.VIEW_JOB_CARDS}),
    Role.INFORMATION_CLERK: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_REPORTS, P.VIEW_CRM,
        P.EXPORT_PERSONAL_DATA, P.VIEW_APPOINTMENTS}),
    Role.WARRANTY_CLERK: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_CLAIMS, P.EDIT_CLAIMS, P.VIEW_INSURANCE, P.EDIT_INSURANCE, P.VIEW_CUSTOMERS,
        P.VIEW_PARTS}),
    Role.INSURANCE_CLERK: frozenset({
        P.VIEW_JOB_CARDS, P.VIEW_CLAIMS, P.VIEW_INSURANCE, P.EDIT_INSURANCE, P.VIEW_CUSTOMERS}),
    Role.CRC_SUPERVISOR: frozenset({
        P.VIEW_CUSTOMERS, P.EDIT_CUSTOMERS, P.SEE_FULL_PHONE, P.VIEW_CRM, P.EDIT_CRM, P.VIEW_APPOINTMENTS,
        P.EDIT_APPOINTMENTS, P.VIEW_REPORTS, P.EXPORT_PERSONAL_DATA, P.ERASE_PERSONAL_DATA, P.MERGE_CUSTOMERS,
        P.VIEW_JOB_CARDS}),
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

@dataclass(frozen=True)
class Actor:
    """The signed-in person as services see them: who, with which roles and permissions.

    An actor made at sign-in carries a ``guard`` (``services.users.sessions.SessionGuard``): every
    ``require``/``can`` asks it for the person's current permissions, so disabling a user or
    changing their roles reaches their open sessions within the guard's cache time (30 s), on
    every PC, and a disabled user's next service call is refused.
    """

    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    permissions: frozenset[Permission] = field(default=frozenset())
    discount_limit: Decimal = Decimal("0")
    must_change_password: bool = False
    guard: Callable[[Actor], frozenset[Permission] | None] | None = field(
        default=None, compare=False, repr=False, hash=False)

    @classmethod
    def for_roles(cls, user_id: int | None, username: str, display_name: str, roles, discount_limit=None, *,
                  must_change_password: bool = False, guard=None) -> Actor:
        roles = frozenset(Role(r) for r in roles)
        perms = role_permissions(roles)
        limit = discount_limit
        if limit is None:
            limit = max((ROLE_DISCOUNT_LIMITS.get(r, Decimal("0")) for r in roles), default=Decimal("0"))
        return cls(user_id, username, display_name, roles, perms, limit, must_change_password, guard)

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first-run setup, demo data, migrations)."""
        return cls.for_roles(None, "system", "ServiceBay", [Role.ADMINISTRATOR])

    def __reduce__(self):
        # a process worker gets the actor without its guard (which holds the database)
        return (Actor, (self.user_id, self.username, self.display_name, self.roles, self.permissions,
                        self.discount_limit, self.must_change_password))

    def current_permissions(self) -> frozenset[Permission] | None:
        """What the person may do now; None when their account has been disabled since sign-in.

        Permissions granted to this actor beyond its roles (a stocktake's posting) are kept.
        """
        if self.guard is None:
            return self.permissions
        now = self.guard(self)
        if now is None:
            return None
        return now | (self.permissions - role_permissions(self.roles))

    def current_discount_limit(self) -> Decimal:
        """The largest discount the person may give now: a limit an administrator changed since sign-in
        applies within the guard's cache time, as roles do; 0 once the account is disabled."""
        limit_now = getattr(self.guard, "discount_limit", None)
        return self.discount_limit if limit_now is None else limit_now(self)

    def can(self, permission: Permission) -> bool:
        current = self.current_permissions()
        return current is not None and permission in current

    def require(self, permission: Permission) -> None:
        current = self.current_permissions()
        if current is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "The account of {user} has been disabled; nothing more can be "
                                                  "done in this session."),
                user=self.display_name)
        if permission not in current:
            raise self.refusal(permission)

    def refusal(self, permission: Permission) -> PermissionDenied:
        """The error for an action ``permission`` guards: it names the permission and the person's
        roles in words (translated where it is shown), never the permission's code."""
        return PermissionDenied(
            QT_TRANSLATE_NOOP("ServiceError", "{user} may not do this: “{permission}” is not among the rights of "
                                              "their roles ({roles})."),
            needs=PERMISSION_TEXT[permission],
            roles=tuple(ROLE_NAMES[r] for r in sorted(self.roles)),
            user=self.display_name,
        )


def role_permissions(roles) -> frozenset[Permission]:
    """Everything the given roles grant together."""
    return frozenset().union(*(ROLE_PERMISSIONS[Role(r)] for r in roles)) if roles else frozenset()
