"""The insurance desk's plain data (定损理赔): insurers, insurance jobs with their assessment, supplements,
deductible, what the insurer owes and has paid, the receivables per insurer with their age; and the 三包
loan-car and transport compensations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

ZERO = Decimal("0.00")

# reported (报案, no assessment yet) → assessed (定损) → settled (the insurer's share billed) → partly paid → paid
INSURANCE_STATUSES = ("reported", "assessed", "settled", "partly_paid", "paid")
OPEN_INSURANCE_STATUSES = ("reported", "assessed", "settled", "partly_paid")
INSURANCE_STATUS_NAMES = {
    "reported": QT_TRANSLATE_NOOP("InsuranceStatus", "Reported, not assessed"),
    "assessed": QT_TRANSLATE_NOOP("InsuranceStatus", "Assessed, in repair"),
    "settled": QT_TRANSLATE_NOOP("InsuranceStatus", "Settled, insurer owes"),
    "partly_paid": QT_TRANSLATE_NOOP("InsuranceStatus", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("InsuranceStatus", "Paid"),
}
# the age of an open receivable, in days since the statement: (upper bound inclusive, label)
AGE_BUCKETS = ((30, "0-30"), (60, "31-60"), (90, "61-90"), (180, "91-180"), (None, ">180"))

COMPENSATION_KINDS = ("loan_car", "transport")
COMPENSATION_NAMES = {
    "loan_car": QT_TRANSLATE_NOOP("Compensation", "Loan car"),
    "transport": QT_TRANSLATE_NOOP("Compensation", "Transport compensation"),
}


def age_bucket(days: int) -> int:
    """The index into ``AGE_BUCKETS`` of a receivable ``days`` old."""
    for i, (limit, _label) in enumerate(AGE_BUCKETS):
        if limit is None or days <= limit:
            return i
    return len(AGE_BUCKETS) - 1


@dataclass(frozen=True)
class InsurerInfo:
    id: int
    name: str
    phone: str
    active: bool


@dataclass(frozen=True)
class SupplementInfo:
    id: int
    assessed_on: date
    amount: Decimal
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class InsurancePaymentPart:
    reference: str
    received_on: date
    amount: Decimal


@dataclass(frozen=True)
class InsuranceJobInfo:
    """An insurance job as the desk sees it.

    ``insurer_owed`` is the insurer's subtotal of the card's live statement (nothing until the card is
    settled); ``open`` what of it is still unpaid. ``difference`` is the repair's amount less the
    assessment with its supplements (positive: the repair cost more than the insurer assessed).
    """

    id: int
    job_card_id: int
    job_card_number: str
    card_status: str
    vehicle_id: int
    plate: str
    vin: str
    customer_name: str
    insurer_id: int
    insurer: str
    report_number: str
    adjuster_name: str
    adjuster_phone: str
    accident_date: date | None
    assessed_amount: Decimal | None
    assessed_on: date | None
    supplements_amount: Decimal
    deductible: Decimal
    repair_amount: Decimal
    statement_number: str | None
    settled_at: datetime | None
    insurer_owed: Decimal
    customer_share: Decimal
    paid: Decimal
    status: str
    age_days: int | None  # days since the statement while the insurer owes; None before settlement
    opened_at: datetime
    note: str
    version: int
    supplements: tuple[SupplementInfo, ...] = ()
    payments: tuple[InsurancePaymentPart, ...] = ()

    @property
    def assessed_total(self) -> Decimal | None:
        """The assessment with its supplements (None before the adjuster's assessment)."""
        return None if self.assessed_amount is None else self.assessed_amount + self.supplements_amount

    @property
    def insurer_expected(self) -> Decimal | None:
        """What the assessment says the insurer pays: the assessed total less the customer's deductible."""
        total = self.assessed_total
        return None if total is None else total - self.deductible

    @property
    def difference(self) -> Decimal | None:
        total = self.assessed_total
        return None if total is None else self.repair_amount - total

    @property
    def open(self) -> Decimal:
        return self.insurer_owed - self.paid if self.statement_number else ZERO


@dataclass(frozen=True)
class AccidentCard:
    """A job card with insurer lines (or of job type accident) that has no insurance job yet."""

    job_card_id: int
    number: str
    status: str
    plate: str
    customer_name: str
    opened_at: datetime
    insurer: str  # as written at reception
    claim_number: str  # the report number as written at reception
    assessed_amount: Decimal | None
    total_amount: Decimal


@dataclass(frozen=True)
class InsurerReceivable:
    """What one insurer owes: settled jobs not fully paid, by age since the statement."""

    insurer_id: int
    insurer: str
    jobs: int
    owed: Decimal
    paid: Decimal
    open: Decimal
    buckets: tuple[Decimal, ...]  # open amounts per ``AGE_BUCKETS``
    oldest_days: int


@dataclass(frozen=True)
class ReceivablesReport:
    as_of: date
    insurers: tuple[InsurerReceivable, ...]
    rows: tuple[InsuranceJobInfo, ...]  # the open jobs, oldest first
    open: Decimal
    buckets: tuple[Decimal, ...]


@dataclass(frozen=True)
class InsurancePaymentInfo:
    id: int
    insurer: str
    reference: str
    received_on: date
    amount: Decimal
    allocations: tuple[tuple[str, Decimal], ...]  # (report number, amount)


@dataclass(frozen=True)
class CompensationInfo:
    id: int
    vehicle_id: int
    job_card_id: int
    job_card_number: str
    kind: str
    start_on: date
    end_on: date
    days: int
    amount: Decimal
    note: str
    recorded_by: str
