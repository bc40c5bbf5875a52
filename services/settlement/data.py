"""Plain data of settlement: what the service returns and takes, and the names of coded values.

Names are English sources marked for translation (context in the first argument); screens,
documents and the CLI translate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

ZERO = Decimal("0.00")

METHOD_NAMES = {
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "bank_card": QT_TRANSLATE_NOOP("PaymentMethod", "Bank card"),
    "wechat": QT_TRANSLATE_NOOP("PaymentMethod", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("PaymentMethod", "Alipay"),
    "transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "coupon": QT_TRANSLATE_NOOP("PaymentMethod", "Coupon"),
    "on_account": QT_TRANSLATE_NOOP("PaymentMethod", "On account"),
    "insurer_direct": QT_TRANSLATE_NOOP("PaymentMethod", "Insurer direct payment"),
    "manufacturer_claim": QT_TRANSLATE_NOOP("PaymentMethod", "Manufacturer claim"),
    "internal": QT_TRANSLATE_NOOP("PaymentMethod", "Internal"),
}
METHODS = tuple(METHOD_NAMES)
# money that came into the till or the bank: what a refund can give back and the day close counts
MONEY_METHODS = frozenset({"cash", "bank_card", "wechat", "alipay", "transfer"})
# how a payer's share is settled when the cashier does not take it at the till
PAYER_METHODS = {"customer": None, "insurer": "insurer_direct", "warranty": "manufacturer_claim",
                 "internal": "internal", "fleet": "on_account"}

KIND_NAMES = {
    "deposit": QT_TRANSLATE_NOOP("PaymentKind", "Deposit"),
    "payment": QT_TRANSLATE_NOOP("PaymentKind", "Payment"),
    "refund": QT_TRANSLATE_NOOP("PaymentKind", "Refund"),
    "account": QT_TRANSLATE_NOOP("PaymentKind", "Account payment"),
}
STATEMENT_STATUS_NAMES = {
    "issued": QT_TRANSLATE_NOOP("StatementStatus", "Issued"),
    "voided": QT_TRANSLATE_NOOP("StatementStatus", "Voided"),
}
# 交车 checklist: gone through with the customer at the car
DELIVERY_CHECKS = {
    "work_explained": QT_TRANSLATE_NOOP("DeliveryCheck", "Work done and statement explained to the customer"),
    "old_parts": QT_TRANSLATE_NOOP("DeliveryCheck", "Old parts handed over or their disposal agreed"),
    "car_clean": QT_TRANSLATE_NOOP("DeliveryCheck", "Car clean inside and out, covers removed"),
    "personal_items": QT_TRANSLATE_NOOP("DeliveryCheck", "Personal items and accessories back in the car"),
}


@dataclass(frozen=True)
class Tender:
    """One method of a payment: ``amount`` counts against the bill; ``tendered`` is the cash handed over."""

    method: str
    amount: Decimal | str | int
    reference: str = ""
    tendered: Decimal | str | int | None = None


@dataclass(frozen=True)
class StatementLineInfo:
    position: int
    kind: str
    payer: str
    code: str
    name: str
    spec: str
    quality: str | None
    unit: str
    qty: Decimal
    price: Decimal
    discount: Decimal
    gross: Decimal
    discount_amount: Decimal
    amount: Decimal
    net: Decimal
    tax: Decimal
    technicians: str


@dataclass(frozen=True)
class PayerShare:
    """One payer's subtotal on a statement, what was received against it and what is still owed."""

    payer: str
    labour: Decimal
    parts: Decimal
    other: Decimal
    discount: Decimal
    amount: Decimal
    tax: Decimal
    received: Decimal = ZERO  # payments less refunds (incl. on account) for this payer
    balance: Decimal = ZERO  # amount − received (negative: to give back)


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    kind: str
    payer: str
    method: str
    amount: Decimal
    tendered: Decimal | None
    change: Decimal | None
    reference: str
    at: datetime
    username: str
    display_name: str
    reason: str
    approved_by: str | None
    statement_number: str | None


@dataclass(frozen=True)
class StatementInfo:
    id: int
    number: str
    status: str
    job_card_id: int | None
    card_number: str
    replaces: str | None
    replaced_by: str | None
    issued_at: datetime
    issued_by: str
    cashier_name: str
    customer_id: int
    customer_name: str
    customer_phone: str
    driver_name: str
    driver_phone: str
    plate: str
    vin: str
    vehicle_desc: str
    job_type: str
    repair_class: str | None
    advisor_name: str
    opened_at: datetime | None
    completed_at: datetime | None
    mileage_in: int | None
    mileage_out: int | None
    certificate_number: str | None
    old_parts: str
    insurer: str
    claim_number: str
    tax_rate: Decimal
    labour: Decimal
    parts: Decimal
    other: Decimal
    discount: Decimal
    total: Decimal
    net: Decimal
    tax: Decimal
    hours: Decimal
    guarantee_km: int | None
    guarantee_days: int | None
    guarantee_until: date | None
    guarantee_until_km: int | None
    next_service_km: int | None
    next_service_date: date | None
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None
    invoice_number: str | None
    invoice_date: date | None
    lines: tuple[StatementLineInfo, ...]
    shares: tuple[PayerShare, ...]
    payments: tuple[PaymentInfo, ...]
    card_status: str
    delivered_at: datetime | None = None
    kind: str = "job"  # job | counter (a counter sale of parts, no job card)

    @property
    def voided(self) -> bool:
        return self.status == "voided"

    def share(self, payer: str) -> PayerShare | None:
        return next((p for p in self.shares if p.payer == payer), None)

    @property
    def customer_balance(self) -> Decimal:
        """What the customer still owes at the till (negative: to give back)."""
        p = self.share("customer")
        return p.balance if p else ZERO

    @property
    def received(self) -> Decimal:
        """Money in, less refunds (not on account)."""
        return sum((x.amount for x in self.payments if x.method in MONEY_METHODS), ZERO)


@dataclass(frozen=True)
class PaymentResult:
    statement: StatementInfo
    change: Decimal  # cash to give back now
    paid: Decimal  # what this payment counted against the bill


@dataclass(frozen=True)
class StatementRow:
    """A statement in a list (columns only)."""

    id: int
    number: str
    status: str
    issued_at: datetime
    card_number: str
    plate: str
    customer_name: str
    total: Decimal
    customer_due: Decimal
    job_card_id: int | None


@dataclass(frozen=True)
class DayClose:
    """A cashier's day: takings per method against the statements that produced them."""

    day: date
    cashier: str | None  # user name, None for every cashier
    by_method: tuple[tuple[str, Decimal, int], ...]  # method, amount (refunds deducted), count
    rows: tuple[PaymentInfo, ...]
    statements: tuple[tuple[str, str, Decimal, Decimal], ...]  # number, status, total, taken today
    cash_in: Decimal = ZERO
    money_total: Decimal = ZERO
    refunds: Decimal = ZERO
    on_account: Decimal = ZERO
    extra: dict = field(default_factory=dict, compare=False)
