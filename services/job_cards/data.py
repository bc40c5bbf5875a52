"""The plain data of job cards: what reception and the desk hand in (``Intake``, ``Approval``,
``DamageMark``) and the frozen records the service hands out (``JobCardInfo`` and its parts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from services.job_cards.states import TRANSITIONS, actions_for
from services.job_cards.totals import Totals

# ---- plain data in --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DamageMark:
    x: float | Decimal  # 0..1 across the outline (left → right)
    y: float | Decimal  # 0..1 down the outline (front → rear)
    kind: str = "scratch"
    note: str = ""


@dataclass(frozen=True)
class Intake:
    """What reception records. ``mileage_reason`` explains a reading lower than the last one."""

    vehicle_id: int
    job_type: str = "maintenance"
    driver_name: str = ""
    driver_phone: str = ""
    appointment_number: str = ""
    mileage_in: int | None = None
    mileage_reason: str = ""
    fuel_level: str | None = None
    battery_pct: int | None = None
    damage_marks: tuple[DamageMark, ...] = ()
    damage_note: str = ""
    valuables: str = ""
    accessories: str = ""
    warning_lights: tuple[str, ...] = ()
    customer_words: str = ""
    diagnosis: str = ""
    customer_waits: bool = False
    wash: bool = True
    old_parts: str = "return"
    insurer: str = ""
    claim_number: str = ""
    assessed_amount: Decimal | None = None
    estimate_amount: Decimal | None = None
    promised_at: datetime | None = None
    repair_class: str | None = None


@dataclass(frozen=True)
class Approval:
    """A supervisor's credentials, typed at the advisor's PC, for a discount above the advisor's limit."""

    username: str
    password: str


# ---- plain data out -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Technician:
    name: str
    share: Decimal  # fraction of the line's hours


@dataclass(frozen=True)
class JobLineInfo:
    id: int
    line_ref: str
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
    standard_hours: Decimal | None
    hours_reason: str | None
    part_id: int | None
    technicians: tuple[Technician, ...]
    discount_approved_by: str | None
    approval: str | None
    approval_at: datetime | None
    approval_channel: str | None
    note: str
    issued_qty: Decimal = Decimal(0)  # parts lines: issued by the store, net of returns
    supply: str = "stock"  # stock | own (the customer's own part) | not_needed
    supply_by: str | None = None
    supply_reason: str | None = None

    @property
    def counts(self) -> bool:
        """Charged: agreed work (or approved added work) that the store supplies."""
        return self.approval in (None, "approved") and self.supply == "stock"

    @property
    def to_issue(self) -> Decimal:
        """What the store still has to issue to this line (0 for lines not charged)."""
        if self.kind != "part" or not self.counts:
            return Decimal(0)
        return max(self.qty - self.issued_qty, Decimal(0))


@dataclass(frozen=True)
class StatusChangeInfo:
    from_status: str | None
    to_status: str
    at: datetime
    username: str
    reason: str


@dataclass(frozen=True)
class QualityCheckInfo:
    stage: str
    passed: bool
    checklist: tuple[tuple[str, bool], ...]
    reason: str
    road_test: bool
    road_test_km: int | None
    road_test_note: str
    at: datetime
    username: str
    display_name: str


@dataclass(frozen=True)
class JobCardInfo:
    id: int
    number: str
    estimate_number: str | None
    job_type: str
    status: str
    opened_at: datetime
    advisor_id: int | None
    advisor_name: str
    customer_id: int
    vehicle_id: int
    customer_name: str
    customer_phone: str
    plate: str
    vin: str
    vehicle_desc: str
    appointment_number: str | None
    driver_name: str
    driver_phone: str
    mileage_in: int | None
    mileage_out: int | None
    fuel_level: str | None
    battery_pct: int | None
    damage_marks: tuple[DamageMark, ...]
    damage_note: str
    valuables: str
    accessories: str
    warning_lights: tuple[str, ...]
    customer_words: str
    diagnosis: str
    customer_waits: bool
    wash: bool
    old_parts: str
    insurer: str
    claim_number: str
    assessed_amount: Decimal | None
    estimate_amount: Decimal | None
    promised_at: datetime | None
    repair_class: str | None
    rework_of: str | None  # the original card's number
    completed_at: datetime | None
    certificate_number: str | None
    cancel_reason: str | None
    tax_rate: Decimal
    lines: tuple[JobLineInfo, ...]
    totals: Totals
    history: tuple[StatusChangeInfo, ...]
    checks: tuple[QualityCheckInfo, ...]
    version: int
    updated_by: str | None

    @property
    def is_rework(self) -> bool:
        return self.rework_of is not None or self.job_type == "rework"

    def next_statuses(self) -> frozenset[str]:
        return TRANSITIONS.get(self.status, frozenset())

    def actions(self) -> frozenset[str]:
        """The lifecycle's moves open to the card now (``states.MOVES``), before rights and lines."""
        return actions_for(self.status)


@dataclass(frozen=True)
class ReceptionWarning:
    """Something the advisor must see at reception. ``text`` is an English source in "ServiceError"."""

    kind: str  # guarantee | open_card | mileage | plate (an unusual plate: 使, 领, 临时)
    text: str
    params: dict = field(default_factory=dict)
    card_number: str | None = None
