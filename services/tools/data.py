"""The plain data of the tool ledger: what the keeper types in (``ToolItemInput``,
``CalibrationInput``) and the frozen records the service hands out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


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
