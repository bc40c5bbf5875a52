"""Tools, equipment and technical documents: the ledger (台帐), loans (工具借用), calibration, incidents.

The tool and documentation keeper (工具资料管理员) lends by scanning: the borrower's badge, then
each item's asset barcode; each item scan is committed at once as a loan line carrying the scan's
unique key, so a replayed scan returns what the first one did instead of lending twice. Items
come back by scan with their condition; a damaged, incomplete or lost item opens an incident
under the station's rule (a charge on the purchase cost, a repair). Items due for calibration, in
calibration or repair, lost or retired are refused with the reason.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from app.db.engine import Database
from app.db.models.station import Station
from app.db.models.tools import (
    ToolAttachment,
    ToolCalibration,
    ToolIncident,
    ToolItem,
    ToolLoan,
    ToolLoanLine,
    ToolRule,
)
from app.db.models.users import AuditEntry, User
from reports.tools import LoanSlip, LoanSlipLine
from services.audit import AuditLog
from services.clock import Clock
from services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.numbering import next_number
from services.users import Actor, Permission

KINDS: dict[str, str] = {
    "hand": QT_TRANSLATE_NOOP("ToolKind", "Hand tool"),
    "special": QT_TRANSLATE_NOOP("ToolKind", "Special tool"),
    "equipment": QT_TRANSLATE_NOOP("ToolKind", "Equipment"),
    "measuring": QT_TRANSLATE_NOOP("ToolKind", "Measuring instrument"),
    "document": QT_TRANSLATE_NOOP("ToolKind", "Technical document"),
}
STATES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("ToolState", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("ToolState", "On loan"),
    "calibration": QT_TRANSLATE_NOOP("ToolState", "In calibration"),
    "repair": QT_TRANSLATE_NOOP("ToolState", "In repair"),
    "lost": QT_TRANSLATE_NOOP("ToolState", "Lost"),
    "retired": QT_TRANSLATE_NOOP("ToolState", "Retired"),
}
CONDITIONS: dict[str, str] = {
    "good": QT_TRANSLATE_NOOP("ToolCondition", "Good"),
    "damaged": QT_TRANSLATE_NOOP("ToolCondition", "Damaged"),
    "incomplete": QT_TRANSLATE_NOOP("ToolCondition", "Incomplete"),
    "lost": QT_TRANSLATE_NOOP("ToolCondition", "Lost"),
}
CALIBRATION_KINDS: dict[str, str] = {
    "calibration": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Calibration"),
    "maintenance": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Repair"),
}
RESULTS: dict[str, str] = {
    "pass": QT_TRANSLATE_NOOP("ToolResult", "Pass"),
    "adjusted": QT_TRANSLATE_NOOP("ToolResult", "Adjusted, pass"),
    "fail": QT_TRANSLATE_NOOP("ToolResult", "Fail"),
}
HISTORY_EVENTS: dict[str, str] = {
    "lent": QT_TRANSLATE_NOOP("ToolEvent", "Lent"),
    "returned": QT_TRANSLATE_NOOP("ToolEvent", "Returned"),
    "calibration": QT_TRANSLATE_NOOP("ToolEvent", "Calibration"),
    "maintenance": QT_TRANSLATE_NOOP("ToolEvent", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("ToolEvent", "Repair"),
    "incident": QT_TRANSLATE_NOOP("ToolEvent", "Damage or loss"),
    "state": QT_TRANSLATE_NOOP("ToolEvent", "State changed"),
    "created": QT_TRANSLATE_NOOP("ToolEvent", "Added to the ledger"),
}
ITEM_PREFIX = {"hand": "GJ", "special": "ZY", "equipment": "SB", "measuring": "LJ", "document": "ZL"}

# the station's rule when no row in tool_rules says otherwise: (percent of cost charged, send to repair)
DEFAULT_RULES: dict[str, tuple[int, bool]] = {"damaged": (0, True), "incomplete": (0, True), "lost": (100, False)}
LENDABLE = "available"


# ---- plain data handed out ------------------------------------------------------------------


@dataclass(frozen=True)
class ToolItemInput:
    """What the keeper types for an item; empty item number and barcode are assigned."""

    name: str
    kind: str = "hand"
    item_number: str = ""
    barcode: str = ""
    specification: str = ""
    brand: str = ""
    models: str = ""
    location: str = ""
    quantity: int = 1
    purchase_date: date | None = None
    cost: Decimal | None = None
    calibration_interval_days: int | None = None
    next_due: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ToolItemInfo:
    id: int
    item_number: str
    barcode: str
    name: str
    kind: str
    specification: str
    brand: str
    models: str
    location: str
    quantity: int
    purchase_date: date | None
    cost: Decimal | None
    state: str
    state_reason: str
    calibration_interval_days: int | None
    last_calibrated: date | None
    next_due: date | None
    notes: str
    version: int
    holder: str | None = None  # who has it, when on loan
    expected_return: datetime | None = None


@dataclass(frozen=True)
class ToolItemRow:
    """A ledger line as lists show it."""

    id: int
    item_number: str
    barcode: str
    name: str
    kind: str
    brand: str
    location: str
    quantity: int
    state: str
    next_due: date | None
    holder: str | None


@dataclass(frozen=True)
class Borrower:
    id: int
    username: str
    display_name: str
    badge_code: str


@dataclass(frozen=True)
class LendResult:
    loan_id: int
    loan_number: str
    line_id: int
    item_id: int
    item_number: str
    item_name: str
    borrower: Borrower
    expected_return: datetime
    replayed: bool = False


@dataclass(frozen=True)
class ReturnResult:
    line_id: int
    loan_number: str
    item_id: int
    item_number: str
    item_name: str
    borrower_name: str
    condition: str
    late: bool
    incident_id: int | None
    charge: Decimal | None
    loan_closed: bool
    replayed: bool = False


@dataclass(frozen=True)
class OpenLoanRow:
    """An item out right now: who has it, since when, until when."""

    line_id: int
    loan_number: str
    item_id: int
    item_number: str
    item_name: str
    barcode: str
    borrower_id: int
    borrower_name: str
    lent_at: datetime
    expected_return: datetime
    job_card_number: str | None
    overdue: bool


@dataclass(frozen=True)
class LoanLineRow:
    """A loan line in a history (per item or per borrower)."""

    line_id: int
    loan_number: str
    item_id: int
    item_number: str
    item_name: str
    borrower_name: str
    lent_at: datetime
    expected_return: datetime
    returned_at: datetime | None
    condition: str | None
    note: str
    job_card_number: str | None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    event: str  # a key of HISTORY_EVENTS
    who: str
    reference: str  # loan number, certificate number
    detail: str  # a condition / result / state code, or free text
    note: str


@dataclass(frozen=True)
class CalibrationRecord:
    id: int
    item_id: int
    kind: str
    performed_on: date
    provider: str
    certificate_number: str
    result: str
    next_due: date | None
    cost: Decimal | None
    note: str
    recorded_by: str | None


@dataclass(frozen=True)
class CalibrationInput:
    performed_on: date
    kind: str = "calibration"
    provider: str = ""
    certificate_number: str = ""
    result: str = "pass"
    next_due: date | None = None
    cost: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class IncidentRow:
    id: int
    item_id: int
    item_number: str
    item_name: str
    item_cost: Decimal | None
    borrower_name: str
    loan_number: str
    kind: str
    reported_at: datetime
    charge_amount: Decimal | None
    repair_order: str
    status: str
    note: str


@dataclass(frozen=True)
class UtilisationRow:
    item_id: int
    item_number: str
    item_name: str
    kind: str
    loans: int
    hours_lent: Decimal
    utilisation: Decimal  # share of the period the item was out, 0..1
    last_lent: datetime | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    kind: str
    file_name: str
    stored_path: str
    blob_ref: str | None


@dataclass(frozen=True)
class ItemDetail:
    item: ToolItemInfo
    history: list[HistoryEntry]
    calibrations: list[CalibrationRecord]
    attachments: list[AttachmentInfo]


# ---- the service ------------------------------------------------------------------------------


def _money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        value = str(value)
    try:
        d = Decimal(str(value).strip().replace(",", ""))
    except Exception:  # noqa: BLE001 — any unparsable input is the same refusal
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount of money."),
                              field="cost", value=value) from None
    if d < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field="cost")
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _info(item: ToolItem, holder: str | None = None, expected: datetime | None = None) -> ToolItemInfo:
    return ToolItemInfo(
        item.id, item.item_number, item.barcode, item.name, item.kind, item.specification, item.brand, item.models,
        item.location, item.quantity, item.purchase_date, item.cost, item.state, item.state_reason,
        item.calibration_interval_days, item.last_calibrated, item.next_due, item.notes, item.version, holder,
        expected,
    )


def _calibration(c: ToolCalibration) -> CalibrationRecord:
    return CalibrationRecord(c.id, c.item_id, c.kind, c.performed_on, c.provider, c.certificate_number, c.result,
                             c.next_due, c.cost, c.note, c.recorded_by)


class ToolService:
    """The keeper's ledger and loan book. Every method takes the signed-in ``Actor`` first."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    # ---- time -------------------------------------------------------------------------------
    def end_of_day(self, day: date | None = None) -> datetime:
        """The end of the station's day (local 23:59:59) as a UTC time: the default expected return."""
        day = day or self.clock.today()
        return datetime.combine(day, time(23, 59, 59), tzinfo=self.clock.zone).astimezone(UTC)

    def _expected(self, expected_return: date | datetime | None) -> datetime:
        if expected_return is None:
            return self.end_of_day()
        if isinstance(expected_return, datetime):
            if expected_return.tzinfo is None:
                expected_return = expected_return.replace(tzinfo=self.clock.zone)
            return expected_return.astimezone(UTC)
        return self.end_of_day(expected_return)

    def _local(self, moment: datetime) -> str:
        return self.clock.local(moment).strftime("%Y-%m-%d %H:%M")

    # ---- the ledger ----------------------------------------------------------------------------
    def _validate(self, s: Session, data: ToolItemInput, item_id: int | None) -> ToolItemInput:
        name = (data.name or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the item's name."), field="name")
        if data.kind not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of item: {kind}."), field="kind",
                                  kind=data.kind)
        if data.quantity is None or int(data.quantity) < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A set has at least one piece."),
                                  field="quantity")
        if data.calibration_interval_days is not None and int(data.calibration_interval_days) < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A calibration interval is at least one day."),
                                  field="calibration_interval_days")
        number = (data.item_number or "").strip().upper()
        if not number:
            number = self._next_item_number(s, data.kind)
        barcode = (data.barcode or "").strip() or number
        clash = s.scalar(select(ToolItem).where(or_(ToolItem.item_number == number, ToolItem.barcode == barcode,
                                                    ToolItem.barcode == number, ToolItem.item_number == barcode)))
        if clash is not None and clash.id != item_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "The number or barcode {code} is already used by {name} ({number})."),
                field="barcode", code=barcode if clash.barcode == barcode else number, name=clash.name,
                number=clash.item_number)
        return replace(data, name=name, item_number=number, barcode=barcode, cost=_money(data.cost),
                       quantity=int(data.quantity), specification=data.specification.strip(),
                       brand=data.brand.strip(), models=data.models.strip(), location=data.location.strip())

    def _next_item_number(self, s: Session, kind: str) -> str:
        prefix = ITEM_PREFIX[kind]
        last = s.scalar(select(func.max(ToolItem.item_number)).where(ToolItem.item_number.like(f"{prefix}-%")))
        n = int(last.split("-")[1]) + 1 if last and last.split("-")[1].isdigit() else 1
        return f"{prefix}-{n:05d}"

    def add_item(self, actor: Actor, data: ToolItemInput) -> ToolItemInfo:
        actor.require(Permission.EDIT_TOOLS)
        with self.db.write() as s:
            data = self._validate(s, data, None)
            next_due = data.next_due
            if next_due is None and data.calibration_interval_days:
                next_due = self.clock.today() + timedelta(days=int(data.calibration_interval_days))
            item = ToolItem(
                item_number=data.item_number, barcode=data.barcode, name=data.name, kind=data.kind,
                specification=data.specification, brand=data.brand, models=data.models, location=data.location,
                quantity=data.quantity, purchase_date=data.purchase_date, cost=data.cost, state="available",
                calibration_interval_days=data.calibration_interval_days, next_due=next_due, notes=data.notes,
                updated_by=actor.username,
            )
            s.add(item)
            s.flush()
            self.audit.record(s, actor, "tool.create", "tool_item", item.id, f"{item.item_number} {item.name}",
                              details={"at": self.clock.now().isoformat()}, amount=item.cost)
            return _info(item)

    def update_item(self, actor: Actor, item_id: int, data: ToolItemInput, version: int) -> ToolItemInfo:
        actor.require(Permission.EDIT_TOOLS)
        try:
            with self.db.write() as s:
                item = self._get(s, item_id)
                if item.version != version:
                    raise conflict_error(item, str(self.clock.zone))
                data = self._validate(s, data, item.id)
                fields = ("item_number", "barcode", "name", "kind", "specification", "brand", "models", "location",
                          "quantity", "purchase_date", "cost", "calibration_interval_days", "next_due", "notes")
                changes = {f: [str(getattr(item, f)), str(getattr(data, f))] for f in fields
                           if getattr(item, f) != getattr(data, f)}
                for f in fields:
                    setattr(item, f, getattr(data, f))
                item.updated_by = actor.username
                s.flush()
                if changes:
                    self.audit.record(s, actor, "tool.update", "tool_item", item.id, item.item_number,
                                      details=changes, amount=item.cost if "cost" in changes else None)
                return _info(item)
        except StaleDataError:
            with self.db.read() as s:
                raise conflict_error(self._get(s, item_id), str(self.clock.zone)) from None

    def set_state(self, actor: Actor, item_id: int, state: str, reason: str = "") -> ToolItemInfo:
        """Send an item to calibration or repair, back to available, or write it off as lost or retired."""
        actor.require(Permission.EDIT_TOOLS)
        if state not in STATES or state == "on_loan":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An item goes on loan only by lending it."),
                                  field="state")
        with self.db.write() as s:
            item = self._get(s, item_id, lock=True)
            if item.state == "on_loan":
                holder = self._holder_name(s, item.id)
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is on loan to {borrower}: take it back first."),
                    name=item.name, number=item.item_number, borrower=holder or "?")
            if state in ("repair", "calibration", "lost", "retired") and not reason.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for the change."),
                                      field="reason")
            before = item.state
            item.state = state
            item.state_reason = reason.strip()
            item.updated_by = actor.username
            s.flush()
            self.audit.record(s, actor, "tool.state", "tool_item", item.id, f"{item.item_number}: {before} → {state}",
                              details={"before": before, "after": state, "reason": reason.strip(),
                                       "at": self.clock.now().isoformat()},
                              amount=item.cost if state in ("lost", "retired") else None)
            return _info(item)

    def add_attachment(self, actor: Actor, item_id: int, file_name: str, stored_path: str = "",
                       kind: str = "manual", blob_ref: str | None = None) -> AttachmentInfo:
        actor.require(Permission.EDIT_TOOLS)
        if not (file_name or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the file name."), field="file_name")
        with self.db.write() as s:
            self._get(s, item_id)
            a = ToolAttachment(item_id=item_id, kind=kind, file_name=file_name.strip(), stored_path=stored_path,
                               blob_ref=blob_ref, added_by=actor.username)
            s.add(a)
            s.flush()
            return AttachmentInfo(a.id, a.kind, a.file_name, a.stored_path, a.blob_ref)

    def _get(self, s: Session, item_id: int, lock: bool = False) -> ToolItem:
        q = select(ToolItem).where(ToolItem.id == item_id)
        item = s.scalar(q.with_for_update() if lock else q)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The item is not on the ledger (any more)."))
        return item

    def _by_barcode(self, s: Session, code: str, lock: bool = False) -> ToolItem:
        code = (code or "").strip()
        q = select(ToolItem).where(or_(ToolItem.barcode == code, ToolItem.item_number == code.upper()))
        item = s.scalars(q.with_for_update() if lock else q).first()
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No item on the ledger has the barcode {code}."),
                           code=code)
        return item

    def find_item(self, actor: Actor, code: str) -> ToolItemInfo:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            item = self._by_barcode(s, code)
            return self._item_info(s, item)

    def item(self, actor: Actor, item_id: int) -> ToolItemInfo:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return self._item_info(s, self._get(s, item_id))

    def _item_info(self, s: Session, item: ToolItem) -> ToolItemInfo:
        if item.state != "on_loan":
            return _info(item)
        row = s.execute(select(User.display_name, ToolLoanLine.expected_return)
                        .join(User, User.id == ToolLoanLine.borrower_id)
                        .where(ToolLoanLine.item_id == item.id, ToolLoanLine.returned_at.is_(None))).first()
        return _info(item, row[0] if row else None, row[1] if row else None)

    def _holder_name(self, s: Session, item_id: int) -> str | None:
        return s.scalar(select(User.display_name).join(ToolLoanLine, ToolLoanLine.borrower_id == User.id)
                        .where(ToolLoanLine.item_id == item_id, ToolLoanLine.returned_at.is_(None)))

    def list_items(self, actor: Actor, *, search: str = "", state: str | None = None, kind: str | None = None,
                   after: str | None = None, limit: int = 200) -> list[ToolItemRow]:
        """Ledger lines in item-number order, a page at a time (keyset: ``after`` the last number seen)."""
        actor.require(Permission.VIEW_TOOLS)
        open_line = aliased(ToolLoanLine)
        q = (select(ToolItem.id, ToolItem.item_number, ToolItem.barcode, ToolItem.name, ToolItem.kind,
                    ToolItem.brand, ToolItem.location, ToolItem.quantity, ToolItem.state, ToolItem.next_due,
                    User.display_name)
             .outerjoin(open_line, and_(open_line.item_id == ToolItem.id, open_line.returned_at.is_(None)))
             .outerjoin(User, User.id == open_line.borrower_id)
             .order_by(ToolItem.item_number).limit(limit))
        if state == "due":
            q = q.where(ToolItem.next_due <= self.clock.today(), ToolItem.state.notin_(("lost", "retired")))
        elif state:
            q = q.where(ToolItem.state == state)
        if kind:
            q = q.where(ToolItem.kind == kind)
        if after:
            q = q.where(ToolItem.item_number > after)
        text = (search or "").strip()
        if text:
            like = f"%{text}%"
            q = q.where(or_(ToolItem.name.like(like), ToolItem.item_number.like(f"%{text.upper()}%"),
                            ToolItem.barcode.like(like), ToolItem.brand.like(like), ToolItem.models.like(like),
                            ToolItem.location.like(like), ToolItem.specification.like(like)))
        with self.db.read() as s:
            return [ToolItemRow(*r) for r in s.execute(q)]

    def count_by_state(self, actor: Actor) -> dict[str, int]:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return {st: n for st, n in s.execute(select(ToolItem.state, func.count()).group_by(ToolItem.state))}

    # ---- borrowers ---------------------------------------------------------------------------
    def borrower_by_badge(self, actor: Actor, badge: str) -> Borrower:
        """The staff member whose badge was scanned; an unknown or disabled badge is refused."""
        actor.require(Permission.LEND_TOOLS)
        found = self.badge_holder(actor, badge)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No one on the staff has the badge {code}."),
                           code=(badge or "").strip())
        return found

    def badge_holder(self, actor: Actor, badge: str) -> Borrower | None:
        actor.require(Permission.LEND_TOOLS)
        code = (badge or "").strip()
        if not code:
            return None
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.badge_code == code))
            if u is None:
                return None
            if not u.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name}'s account is disabled: nothing can be lent to them."),
                    name=u.display_name)
            return Borrower(u.id, u.username, u.display_name, u.badge_code or "")

    def staff(self, actor: Actor) -> list[Borrower]:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return [Borrower(u.id, u.username, u.display_name, u.badge_code or "")
                    for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))]

    # ---- lending ------------------------------------------------------------------------------
    def lend(self, actor: Actor, borrower_id: int, barcode: str, scan_key: str, *, loan_number: str | None = None,
             expected_return: date | datetime | None = None, job_card_number: str | None = None,
             note: str = "") -> LendResult:
        """Lend one scanned item to a borrower, on a new loan or on ``loan_number`` (same desk visit).

        A scan key already stored returns the first result (``replayed``) and changes nothing.
        """
        actor.require(Permission.LEND_TOOLS)
        if not scan_key:
            raise ValueError("a scan key is required")
        now = self.clock.now()
        expected = self._expected(expected_return)
        with self.db.write() as s:
            done = s.scalar(select(ToolLoanLine).where(ToolLoanLine.scan_key == scan_key))
            if done is not None:
                return replace(self._lend_result(s, done), replayed=True)
            user = s.get(User, borrower_id)
            if user is None or not user.active:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The borrower is not on the staff (any more)."))
            item = self._by_barcode(s, barcode, lock=True)
            self._check_lendable(s, item)
            if expected <= now:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The expected return {when} is already past."),
                                      field="expected_return", when=self._local(expected))
            loan = None
            if loan_number:
                loan = s.scalar(select(ToolLoan).where(ToolLoan.number == loan_number).with_for_update())
                if loan is not None and loan.borrower_id != borrower_id:
                    loan = None  # another borrower's slip: start a new one
            if loan is None:
                loan = ToolLoan(number=next_number(s, "tool_loan", self.clock.today()), borrower_id=borrower_id,
                                lent_at=now, expected_return=expected,
                                job_card_number=(job_card_number or "").strip() or None,
                                lent_by=actor.username, note=note)
                s.add(loan)
                s.flush()
            else:
                loan.closed_at = None
                loan.expected_return = max(loan.expected_return, expected)
            line = ToolLoanLine(loan_id=loan.id, item_id=item.id, borrower_id=borrower_id, lent_at=now,
                                expected_return=expected, scan_key=scan_key)
            s.add(line)
            item.state = "on_loan"
            item.state_reason = ""
            item.updated_by = actor.username
            s.flush()
            return self._lend_result(s, line)

    def lend_items(self, actor: Actor, badge: str, barcodes: list[str], scan_keys: list[str], **kw) -> list[LendResult]:
        """Lend several items in one go (the CLI and imports): one loan, stops at the first refusal."""
        borrower = self.borrower_by_badge(actor, badge)
        out: list[LendResult] = []
        number = kw.pop("loan_number", None)
        for code, key in zip(barcodes, scan_keys, strict=True):
            r = self.lend(actor, borrower.id, code, key, loan_number=number, **kw)
            number = r.loan_number
            out.append(r)
        return out

    def _check_lendable(self, s: Session, item: ToolItem) -> None:
        params = {"name": item.name, "number": item.item_number, "reason": item.state_reason or "-"}
        if item.state == "lost":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is recorded as lost and cannot be lent."),
                **params)
        if item.state == "retired":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is retired and cannot be lent."), **params)
        if item.state == "on_loan":
            row = s.execute(select(User.display_name, ToolLoanLine.lent_at, ToolLoan.number)
                            .join(User, User.id == ToolLoanLine.borrower_id)
                            .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
                            .where(ToolLoanLine.item_id == item.id, ToolLoanLine.returned_at.is_(None))).first()
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError",
                                  "{name} ({number}) is already on loan to {borrower} since {since} ({loan}): "
                                  "return it first."),
                borrower=row[0] if row else "?", since=self._local(row[1]) if row else "?",
                loan=row[2] if row else "?", **params)
        if item.state == "calibration":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is out for calibration ({reason}) and cannot be "
                                                  "lent."), **params)
        if item.state == "repair":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is in repair ({reason}) and cannot be lent."),
                **params)
        if item.next_due is not None and item.next_due <= self.clock.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) was due for calibration on {due} and cannot be "
                                                  "lent until it is calibrated."),
                due=item.next_due.isoformat(), **params)

    def _lend_result(self, s: Session, line: ToolLoanLine) -> LendResult:
        loan = s.get(ToolLoan, line.loan_id)
        item = s.get(ToolItem, line.item_id)
        u = s.get(User, line.borrower_id)
        return LendResult(loan.id, loan.number, line.id, item.id, item.item_number, item.name,
                          Borrower(u.id, u.username, u.display_name, u.badge_code or ""), line.expected_return)

    # ---- returning ----------------------------------------------------------------------------
    def _rule(self, s: Session, condition: str) -> tuple[int, bool]:
        row = s.scalar(select(ToolRule).where(ToolRule.condition == condition))
        return (row.charge_percent, row.repair) if row else DEFAULT_RULES[condition]

    def set_rule(self, actor: Actor, condition: str, charge_percent: int, repair: bool) -> None:
        actor.require(Permission.EDIT_TOOLS)
        if condition not in DEFAULT_RULES or not 0 <= int(charge_percent) <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A charge is 0 to 100 percent of the cost."))
        with self.db.write() as s:
            row = s.scalar(select(ToolRule).where(ToolRule.condition == condition))
            before = (row.charge_percent, row.repair) if row else DEFAULT_RULES[condition]
            if row is None:
                s.add(ToolRule(condition=condition, charge_percent=int(charge_percent), repair=repair))
            else:
                row.charge_percent, row.repair = int(charge_percent), repair
            self.audit.record(s, actor, "tool.rule", "tool_rule", condition,
                              details={"before": list(before), "after": [int(charge_percent), repair]})

    def return_item(self, actor: Actor, barcode: str, scan_key: str, condition: str = "good",
                    note: str = "") -> ReturnResult:
        """Take a scanned item back with its condition; damage or loss opens an incident by the station's rule."""
        actor.require(Permission.LEND_TOOLS)
        if not scan_key:
            raise ValueError("a scan key is required")
        if condition not in CONDITIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown condition: {condition}."),
                                  field="condition", condition=condition)
        note = (note or "").strip()
        now = self.clock.now()
        with self.db.write() as s:
            done = s.scalar(select(ToolLoanLine).where(ToolLoanLine.return_scan_key == scan_key))
            if done is not None:
                return replace(self._return_result(s, done, None, False), replayed=True)
            item = self._by_barcode(s, barcode, lock=True)
            line = s.scalar(select(ToolLoanLine).where(ToolLoanLine.item_id == item.id,
                                                       ToolLoanLine.returned_at.is_(None)))
            if line is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is not on loan, so it cannot be returned."),
                    name=item.name, number=item.item_number)
            line.returned_at = now
            line.return_scan_key = scan_key
            line.returned_to = actor.username
            line.condition = condition
            line.return_note = note
            loan = s.get(ToolLoan, line.loan_id)
            borrower = s.get(User, line.borrower_id)
            incident = None
            before = item.state
            if condition == "good":
                item.state = "available"
                item.state_reason = ""
            else:
                percent, repair = self._rule(s, condition)
                charge = None
                if percent and item.cost is not None:
                    charge = (item.cost * Decimal(percent) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                item.state = "lost" if condition == "lost" else ("repair" if repair else "available")
                item.state_reason = note or loan.number
                incident = ToolIncident(item_id=item.id, loan_line_id=line.id, borrower_id=borrower.id,
                                        kind=condition, reported_at=now, reported_by=actor.username, note=note,
                                        charge_amount=charge)
                s.add(incident)
                s.flush()
                self.audit.record(s, actor, f"tool.{condition}", "tool_item", item.id,
                                  f"{item.item_number} {item.name}: {condition}, {borrower.display_name}, {loan.number}",
                                  details={"before": before, "after": item.state, "incident": incident.id,
                                           "borrower": borrower.username, "note": note},
                                  amount=charge)
            item.updated_by = actor.username
            s.flush()
            still_open = s.scalar(select(func.count()).select_from(ToolLoanLine)
                                  .where(ToolLoanLine.loan_id == loan.id, ToolLoanLine.returned_at.is_(None)))
            if not still_open:
                loan.closed_at = now
            s.flush()
            return self._return_result(s, line, incident, not still_open)

    def _return_result(self, s: Session, line: ToolLoanLine, incident: ToolIncident | None,
                       closed: bool) -> ReturnResult:
        loan = s.get(ToolLoan, line.loan_id)
        item = s.get(ToolItem, line.item_id)
        u = s.get(User, line.borrower_id)
        if incident is None and line.condition not in (None, "good"):
            incident = s.scalar(select(ToolIncident).where(ToolIncident.loan_line_id == line.id))
        return ReturnResult(line.id, loan.number, item.id, item.item_number, item.name, u.display_name,
                            line.condition or "good", bool(line.returned_at and line.returned_at > line.expected_return),
                            incident.id if incident else None, incident.charge_amount if incident else None,
                            closed or loan.closed_at is not None)

    # ---- who has what ------------------------------------------------------------------------
    def _open_query(self):
        return (select(ToolLoanLine.id, ToolLoan.number, ToolItem.id, ToolItem.item_number, ToolItem.name,
                       ToolItem.barcode, User.id, User.display_name, ToolLoanLine.lent_at,
                       ToolLoanLine.expected_return, ToolLoan.job_card_number)
                .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
                .join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
                .join(User, User.id == ToolLoanLine.borrower_id)
                .where(ToolLoanLine.returned_at.is_(None)))

    def on_loan(self, actor: Actor, *, borrower_id: int | None = None, loan_number: str | None = None,
                limit: int = 5000) -> list[OpenLoanRow]:
        """Who has what right now, oldest first."""
        actor.require(Permission.VIEW_TOOLS)
        now = self.clock.now()
        q = self._open_query().order_by(ToolLoanLine.lent_at, ToolLoanLine.id).limit(limit)
        if borrower_id is not None:
            q = q.where(ToolLoanLine.borrower_id == borrower_id)
        if loan_number:
            q = q.where(ToolLoan.number == loan_number)
        with self.db.read() as s:
            return [OpenLoanRow(*r, overdue=r[9] < now) for r in s.execute(q)]

    def overdue(self, actor: Actor, *, limit: int = 5000) -> list[OpenLoanRow]:
        """Items not back by their expected return, by the station's clock; longest overdue first."""
        actor.require(Permission.VIEW_TOOLS)
        now = self.clock.now()
        q = (self._open_query().where(ToolLoanLine.expected_return < now)
             .order_by(ToolLoanLine.expected_return, ToolLoanLine.id).limit(limit))
        with self.db.read() as s:
            return [OpenLoanRow(*r, overdue=True) for r in s.execute(q)]

    def _lines_query(self):
        return (select(ToolLoanLine.id, ToolLoan.number, ToolItem.id, ToolItem.item_number, ToolItem.name,
                       User.display_name, ToolLoanLine.lent_at, ToolLoanLine.expected_return,
                       ToolLoanLine.returned_at, ToolLoanLine.condition, ToolLoanLine.return_note,
                       ToolLoan.job_card_number)
                .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
                .join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
                .join(User, User.id == ToolLoanLine.borrower_id))

    def borrower_history(self, actor: Actor, borrower_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        actor.require(Permission.VIEW_TOOLS)
        q = (self._lines_query().where(ToolLoanLine.borrower_id == borrower_id)
             .order_by(ToolLoanLine.lent_at.desc(), ToolLoanLine.id.desc()).limit(limit))
        with self.db.read() as s:
            return [LoanLineRow(*r) for r in s.execute(q)]

    def item_loans(self, actor: Actor, item_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        actor.require(Permission.VIEW_TOOLS)
        q = (self._lines_query().where(ToolLoanLine.item_id == item_id)
             .order_by(ToolLoanLine.lent_at.desc(), ToolLoanLine.id.desc()).limit(limit))
        with self.db.read() as s:
            return [LoanLineRow(*r) for r in s.execute(q)]

    def item_detail(self, actor: Actor, item_id: int, *, limit: int = 500) -> ItemDetail:
        """The item with its whole story: loans and returns, calibrations, damage and state changes."""
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            info = self._item_info(s, self._get(s, item_id))
            calibrations = [_calibration(c) for c in s.scalars(
                select(ToolCalibration).where(ToolCalibration.item_id == item_id)
                .order_by(ToolCalibration.performed_on.desc(), ToolCalibration.id.desc()))]
            attachments = [AttachmentInfo(a.id, a.kind, a.file_name, a.stored_path, a.blob_ref)
                           for a in s.scalars(select(ToolAttachment).where(ToolAttachment.item_id == item_id)
                                              .order_by(ToolAttachment.id))]
            history: list[HistoryEntry] = []
            for r in s.execute(self._lines_query().where(ToolLoanLine.item_id == item_id)
                               .order_by(ToolLoanLine.lent_at.desc()).limit(limit)):
                line = LoanLineRow(*r)
                history.append(HistoryEntry(line.lent_at, "lent", line.borrower_name, line.loan_number, "",
                                            line.job_card_number or ""))
                if line.returned_at:
                    history.append(HistoryEntry(line.returned_at, "returned", line.borrower_name, line.loan_number,
                                                line.condition or "good", line.note))
            for c in calibrations:
                at = datetime.combine(c.performed_on, time(12), tzinfo=self.clock.zone).astimezone(UTC)
                history.append(HistoryEntry(at, c.kind, c.provider, c.certificate_number, c.result, c.note))
            for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "tool_item",
                                                        AuditEntry.entity_id == str(item_id),
                                                        AuditEntry.action.in_(("tool.state", "tool.create")))
                               .order_by(AuditEntry.id.desc()).limit(limit)):
                d = a.details or {}
                at = datetime.fromisoformat(d["at"]) if d.get("at") else a.created_at
                history.append(HistoryEntry(at, "created" if a.action == "tool.create" else "state",
                                            a.username or "", "", d.get("after", ""), d.get("reason", "")))
            history.sort(key=lambda h: h.at, reverse=True)
            return ItemDetail(info, history, calibrations, attachments)

    # ---- calibration and maintenance ------------------------------------------------------
    def record_calibration(self, actor: Actor, item_id: int, data: CalibrationInput) -> CalibrationRecord:
        """A calibration, maintenance or repair done: a pass sets the next due date and frees the item."""
        actor.require(Permission.EDIT_TOOLS)
        if data.kind not in CALIBRATION_KINDS or data.result not in RESULTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind or result of calibration."))
        if data.performed_on > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The date {day} is in the future."),
                                  field="performed_on", day=data.performed_on.isoformat())
        cost = _money(data.cost)
        with self.db.write() as s:
            item = self._get(s, item_id, lock=True)
            if item.state == "on_loan":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is on loan to {borrower}: take it back first."),
                    name=item.name, number=item.item_number, borrower=self._holder_name(s, item.id) or "?")
            if item.state in ("lost", "retired"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is written off; it has no calibrations."),
                    name=item.name, number=item.item_number)
            next_due = data.next_due
            if next_due is None and item.calibration_interval_days and data.result != "fail":
                next_due = data.performed_on + timedelta(days=item.calibration_interval_days)
            rec = ToolCalibration(item_id=item.id, kind=data.kind, performed_on=data.performed_on,
                                  provider=data.provider.strip(), certificate_number=data.certificate_number.strip(),
                                  result=data.result, next_due=next_due, cost=cost, note=data.note.strip(),
                                  recorded_by=actor.username)
            s.add(rec)
            before = item.state
            if data.result == "fail":
                item.state = "repair"
                item.state_reason = data.note.strip() or data.certificate_number.strip() or data.kind
            else:
                if data.kind == "calibration" or next_due is not None:
                    item.last_calibrated = data.performed_on
                    item.next_due = next_due
                if item.state in ("calibration", "repair"):
                    item.state = "available"
                    item.state_reason = ""
            item.updated_by = actor.username
            s.flush()
            self.audit.record(s, actor, "tool.state" if before != item.state else "tool.calibration", "tool_item",
                              item.id, f"{item.item_number}: {data.kind} {data.result} {data.certificate_number}",
                              details={"before": before, "after": item.state, "reason": data.certificate_number,
                                       "next_due": next_due.isoformat() if next_due else None,
                                       "at": self.clock.now().isoformat()},
                              amount=cost)
            return _calibration(rec)

    def calibration_due(self, actor: Actor, within_days: int = 30) -> list[ToolItemRow]:
        """Items whose calibration or maintenance falls due within ``within_days`` (or is past due)."""
        actor.require(Permission.VIEW_TOOLS)
        until = self.clock.today() + timedelta(days=within_days)
        open_line = aliased(ToolLoanLine)
        q = (select(ToolItem.id, ToolItem.item_number, ToolItem.barcode, ToolItem.name, ToolItem.kind,
                    ToolItem.brand, ToolItem.location, ToolItem.quantity, ToolItem.state, ToolItem.next_due,
                    User.display_name)
             .outerjoin(open_line, and_(open_line.item_id == ToolItem.id, open_line.returned_at.is_(None)))
             .outerjoin(User, User.id == open_line.borrower_id)
             .where(ToolItem.next_due.is_not(None), ToolItem.next_due <= until,
                    ToolItem.state.notin_(("lost", "retired")))
             .order_by(ToolItem.next_due, ToolItem.item_number))
        with self.db.read() as s:
            return [ToolItemRow(*r) for r in s.execute(q)]

    # ---- incidents -----------------------------------------------------------------------------
    def incidents(self, actor: Actor, *, start: date | None = None, end: date | None = None,
                  status: str | None = None) -> list[IncidentRow]:
        """Damage and losses (reported between ``start`` and ``end``, station dates, inclusive)."""
        actor.require(Permission.VIEW_TOOLS)
        q = (select(ToolIncident.id, ToolItem.id, ToolItem.item_number, ToolItem.name, ToolItem.cost,
                    func.coalesce(User.display_name, ""), func.coalesce(ToolLoan.number, ""), ToolIncident.kind,
                    ToolIncident.reported_at, ToolIncident.charge_amount, ToolIncident.repair_order,
                    ToolIncident.status, ToolIncident.note)
             .join(ToolItem, ToolItem.id == ToolIncident.item_id)
             .outerjoin(User, User.id == ToolIncident.borrower_id)
             .outerjoin(ToolLoanLine, ToolLoanLine.id == ToolIncident.loan_line_id)
             .outerjoin(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
             .order_by(ToolIncident.reported_at, ToolIncident.id))
        if start:
            q = q.where(ToolIncident.reported_at >= self._day_start(start))
        if end:
            q = q.where(ToolIncident.reported_at < self._day_start(end + timedelta(days=1)))
        if status:
            q = q.where(ToolIncident.status == status)
        with self.db.read() as s:
            return [IncidentRow(*r) for r in s.execute(q)]

    def settle_incident(self, actor: Actor, incident_id: int, *, charge_amount: Any = None, repair_order: str = "",
                        note: str = "") -> IncidentRow:
        """Close an incident with the charge agreed and the repair order (audited with the amount)."""
        actor.require(Permission.EDIT_TOOLS)
        charge = _money(charge_amount)
        with self.db.write() as s:
            inc = s.get(ToolIncident, incident_id)
            if inc is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The damage or loss record was not found."))
            before = str(inc.charge_amount) if inc.charge_amount is not None else None
            inc.charge_amount = charge
            inc.repair_order = (repair_order or "").strip()
            if note.strip():
                inc.note = note.strip()
            inc.status = "settled"
            inc.settled_at = self.clock.now()
            inc.settled_by = actor.username
            self.audit.record(s, actor, "tool.charge", "tool_incident", inc.id, inc.repair_order or None,
                              details={"before": before, "after": str(charge) if charge is not None else None},
                              amount=charge)
        return next(r for r in self.incidents(actor) if r.id == incident_id)

    # ---- reports -------------------------------------------------------------------------------
    def _day_start(self, day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.clock.zone).astimezone(UTC)

    def utilisation(self, actor: Actor, start: date, end: date) -> list[UtilisationRow]:
        """Loans per item between two station dates and the share of that time each item was out."""
        actor.require(Permission.VIEW_TOOLS)
        t0, t1 = self._day_start(start), min(self._day_start(end + timedelta(days=1)), self.clock.now())
        span = max((t1 - t0).total_seconds(), 1.0)
        loans: dict[int, int] = defaultdict(int)
        seconds: dict[int, float] = defaultdict(float)
        last: dict[int, datetime] = {}
        with self.db.read() as s:
            q = (select(ToolLoanLine.item_id, ToolLoanLine.lent_at, ToolLoanLine.returned_at)
                 .where(ToolLoanLine.lent_at < t1, or_(ToolLoanLine.returned_at.is_(None),
                                                       ToolLoanLine.returned_at > t0)))
            for item_id, lent_at, returned_at in s.execute(q):
                a, b = max(lent_at, t0), min(returned_at or t1, t1)
                if lent_at >= t0:
                    loans[item_id] += 1
                seconds[item_id] += max((b - a).total_seconds(), 0.0)
                if item_id not in last or lent_at > last[item_id]:
                    last[item_id] = lent_at
            items = s.execute(select(ToolItem.id, ToolItem.item_number, ToolItem.name, ToolItem.kind)
                              .order_by(ToolItem.item_number)).all()
        out = []
        for item_id, number, name, kind in items:
            secs = seconds.get(item_id, 0.0)
            out.append(UtilisationRow(
                item_id, number, name, kind, loans.get(item_id, 0),
                Decimal(str(secs / 3600)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
                Decimal(str(secs / span)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP), last.get(item_id)))
        out.sort(key=lambda r: (-r.loans, -r.hours_lent, r.item_number))
        return out

    def loan_slip(self, actor: Actor, number: str) -> LoanSlip:
        """The loan slip's data (借用单): borrower, items, times; rendered by ``reports.tools``."""
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            loan = s.scalar(select(ToolLoan).where(ToolLoan.number == (number or "").strip()))
            if loan is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "There is no loan numbered {number}."),
                               number=number)
            u = s.get(User, loan.borrower_id)
            keeper = s.scalar(select(User.display_name).where(User.username == loan.lent_by)) or loan.lent_by or ""
            station = s.scalar(select(Station.name).limit(1)) or ""
            lines = [LoanSlipLine(item_number=i.item_number, name=i.name, specification=i.specification,
                                  barcode=i.barcode, quantity=i.quantity, lent_at=self._local(ln.lent_at),
                                  expected_return=self._local(ln.expected_return),
                                  returned_at=self._local(ln.returned_at) if ln.returned_at else "",
                                  condition=ln.condition or "")
                     for ln, i in s.execute(select(ToolLoanLine, ToolItem).join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
                                            .where(ToolLoanLine.loan_id == loan.id).order_by(ToolLoanLine.id))]
            return LoanSlip(station_name=station, number=loan.number, borrower_name=u.display_name,
                            borrower_badge=u.badge_code or "", borrower_username=u.username,
                            lent_at=self._local(loan.lent_at), expected_return=self._local(loan.expected_return),
                            job_card_number=loan.job_card_number or "", keeper_name=keeper, note=loan.note,
                            lines=lines, printed_at=self._local(self.clock.now()))

    # ---- consistency -------------------------------------------------------------------------
    def consistency_problems(self) -> list[str]:
        """Item states that disagree with the open loans (for ``servicebay check``)."""
        problems: list[str] = []
        with self.db.read() as s:
            open_counts = dict(s.execute(select(ToolLoanLine.item_id, func.count())
                                         .where(ToolLoanLine.returned_at.is_(None))
                                         .group_by(ToolLoanLine.item_id)).all())
            for item_id, number, state in s.execute(select(ToolItem.id, ToolItem.item_number, ToolItem.state)):
                n = open_counts.get(item_id, 0)
                if n > 1:
                    problems.append(f"tools: {number} is on {n} open loans at once")
                if state == "on_loan" and n == 0:
                    problems.append(f"tools: {number} is marked on loan but no open loan has it")
                if state != "on_loan" and n:
                    problems.append(f"tools: {number} is on an open loan but its state is {state}")
            unclosed = s.scalar(select(func.count()).select_from(ToolLoan).where(
                ToolLoan.closed_at.is_(None),
                ~select(ToolLoanLine.id).where(ToolLoanLine.loan_id == ToolLoan.id,
                                               ToolLoanLine.returned_at.is_(None)).exists()))
            if unclosed:
                problems.append(f"tools: {unclosed} loans have every item back but are not closed")
        return problems
