"""What the tool service's parts share: reading an item by id or barcode, its record with the
holder, the loan-line queries, money typed for a cost or a charge, and the station's day in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.tools import ToolCalibration, ToolItem, ToolLoan, ToolLoanLine
from app.db.models.users import User
from services.common.amounts import read_number
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.tools.data import CalibrationRecord, ToolItemInfo
from services.users.audit import AuditLog


class ToolWork:
    """The base of the service's parts: the database, the audit log and the station's clock."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock


# ---- typed values -----------------------------------------------------------------------------


def read_money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    d = read_number(value, field="cost")  # the one reader: NaN, 1e40 and the like are refused with a message
    if d is None:
        return None
    if d < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field="cost")
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---- time -------------------------------------------------------------------------------------


def end_of_day(clock: Clock, day: date | None = None) -> datetime:
    """The end of the station's day (local 23:59:59) as a UTC time: the default expected return."""
    day = day or clock.today()
    return datetime.combine(day, time(23, 59, 59), tzinfo=clock.zone).astimezone(UTC)


def expected_return_at(clock: Clock, expected_return: date | datetime | None) -> datetime:
    """A typed expected return as a UTC time: a day means its end, a naive time is the station's."""
    if expected_return is None:
        return end_of_day(clock)
    if isinstance(expected_return, datetime):
        if expected_return.tzinfo is None:
            expected_return = expected_return.replace(tzinfo=clock.zone)
        return expected_return.astimezone(UTC)
    return end_of_day(clock, expected_return)


def local_text(clock: Clock, moment: datetime) -> str:
    return clock.local(moment).strftime("%Y-%m-%d %H:%M")


def day_start(clock: Clock, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.zone).astimezone(UTC)


# ---- items ------------------------------------------------------------------------------------


def info_of(item: ToolItem, holder: str | None = None, expected: datetime | None = None) -> ToolItemInfo:
    return ToolItemInfo(
        item.id, item.item_number, item.barcode, item.name, item.kind, item.specification, item.brand, item.models,
        item.location, item.quantity, item.purchase_date, item.cost, item.state, item.state_reason,
        item.calibration_interval_days, item.last_calibrated, item.next_due, item.notes, item.version, holder,
        expected,
    )


def calibration_record(c: ToolCalibration) -> CalibrationRecord:
    return CalibrationRecord(c.id, c.item_id, c.kind, c.performed_on, c.provider, c.certificate_number, c.result,
                             c.next_due, c.cost, c.note, c.recorded_by)


def get_item(s: Session, item_id: int, lock: bool = False) -> ToolItem:
    q = select(ToolItem).where(ToolItem.id == item_id)
    item = s.scalar(q.with_for_update() if lock else q)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The item is not on the ledger (any more)."))
    return item


def by_barcode(s: Session, code: str, lock: bool = False) -> ToolItem:
    code = (code or "").strip()
    q = select(ToolItem).where(or_(ToolItem.barcode == code, ToolItem.item_number == code.upper()))
    item = s.scalars(q.with_for_update() if lock else q).first()
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No item on the ledger has the barcode {code}."),
                       code=code)
    return item


def item_info(s: Session, item: ToolItem) -> ToolItemInfo:
    """The item's record, with who has it and until when while it is on loan."""
    if item.state != "on_loan":
        return info_of(item)
    row = s.execute(select(User.display_name, ToolLoanLine.expected_return)
                    .join(User, User.id == ToolLoanLine.borrower_id)
                    .where(ToolLoanLine.item_id == item.id, ToolLoanLine.returned_at.is_(None))).first()
    return info_of(item, row[0] if row else None, row[1] if row else None)


def holder_name(s: Session, item_id: int) -> str | None:
    return s.scalar(select(User.display_name).join(ToolLoanLine, ToolLoanLine.borrower_id == User.id)
                    .where(ToolLoanLine.item_id == item_id, ToolLoanLine.returned_at.is_(None)))


# ---- loan lines -------------------------------------------------------------------------------


def open_loans_query() -> Select:
    """The columns of ``OpenLoanRow`` (but ``overdue``) for the lines not yet returned."""
    return (select(ToolLoanLine.id, ToolLoan.number, ToolItem.id, ToolItem.item_number, ToolItem.name,
                   ToolItem.barcode, User.id, User.display_name, ToolLoanLine.lent_at,
                   ToolLoanLine.expected_return, ToolLoan.job_card_number)
            .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
            .join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
            .join(User, User.id == ToolLoanLine.borrower_id)
            .where(ToolLoanLine.returned_at.is_(None)))


def loan_lines_query() -> Select:
    """The columns of ``LoanLineRow``, for every loan line."""
    return (select(ToolLoanLine.id, ToolLoan.number, ToolItem.id, ToolItem.item_number, ToolItem.name,
                   User.display_name, ToolLoanLine.lent_at, ToolLoanLine.expected_return,
                   ToolLoanLine.returned_at, ToolLoanLine.condition, ToolLoanLine.return_note,
                   ToolLoan.job_card_number)
            .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
            .join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
            .join(User, User.id == ToolLoanLine.borrower_id))
