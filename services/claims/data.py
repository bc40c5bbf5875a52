"""The claims area's plain data: statuses, systems, the claim as the screens see it, the open-claims
report, and the 三包 watch's report and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

STATUSES = ("draft", "submitted", "approved", "partly_approved", "rejected", "paid")
OPEN_STATUSES = ("draft", "submitted", "approved", "partly_approved")
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("ClaimStatus", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ClaimStatus", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("ClaimStatus", "Approved"),
    "partly_approved": QT_TRANSLATE_NOOP("ClaimStatus", "Partly approved"),
    "rejected": QT_TRANSLATE_NOOP("ClaimStatus", "Rejected"),
    "paid": QT_TRANSLATE_NOOP("ClaimStatus", "Paid"),
}

# the vehicle's systems as the 三包 rules list them; the first four are the major assemblies
ASSEMBLIES = ("engine", "gearbox", "traction_battery", "drive_motor")
SYSTEMS = ASSEMBLIES + ("steering", "brakes", "suspension", "axle", "body", "electrical", "air_conditioning",
                        "other")
# systems whose main parts count towards "the same main part replaced twice"
MAIN_PART_SYSTEMS = ASSEMBLIES + ("steering", "brakes", "suspension", "axle", "body")
SYSTEM_NAMES = {
    "engine": QT_TRANSLATE_NOOP("VehicleSystem", "Engine"),
    "gearbox": QT_TRANSLATE_NOOP("VehicleSystem", "Gearbox"),
    "traction_battery": QT_TRANSLATE_NOOP("VehicleSystem", "Traction battery"),
    "drive_motor": QT_TRANSLATE_NOOP("VehicleSystem", "Drive motor"),
    "steering": QT_TRANSLATE_NOOP("VehicleSystem", "Steering"),
    "brakes": QT_TRANSLATE_NOOP("VehicleSystem", "Brakes"),
    "suspension": QT_TRANSLATE_NOOP("VehicleSystem", "Suspension"),
    "axle": QT_TRANSLATE_NOOP("VehicleSystem", "Front/rear axle"),
    "body": QT_TRANSLATE_NOOP("VehicleSystem", "Body"),
    "electrical": QT_TRANSLATE_NOOP("VehicleSystem", "Electrical"),
    "air_conditioning": QT_TRANSLATE_NOOP("VehicleSystem", "Air conditioning"),
    "other": QT_TRANSLATE_NOOP("VehicleSystem", "Other"),
}
REPLACEMENTS = ("", "assembly", "main_part")
REPLACEMENT_NAMES = {
    "": QT_TRANSLATE_NOOP("Replacement", "Repaired, nothing major replaced"),
    "assembly": QT_TRANSLATE_NOOP("Replacement", "Whole assembly replaced"),
    "main_part": QT_TRANSLATE_NOOP("Replacement", "A main part replaced"),
}
KIND_NAMES = {
    "labour": QT_TRANSLATE_NOOP("ClaimLine", "Labour"),
    "part": QT_TRANSLATE_NOOP("ClaimLine", "Part"),
    "other": QT_TRANSLATE_NOOP("ClaimLine", "Other"),
}


@dataclass(frozen=True)
class ClaimLineInfo:
    id: int
    kind: str
    code: str
    name: str
    qty: Decimal
    price: Decimal
    amount: Decimal
    tag: str | None
    old_part_status: str | None
    return_reference: str


@dataclass(frozen=True)
class ClaimEventInfo:
    at: datetime
    action: str
    from_status: str | None
    to_status: str
    username: str
    note: str


@dataclass(frozen=True)
class ClaimPhotoInfo:
    """A photo of the appraisal, without its bytes (``ClaimService.photo_data`` reads them)."""

    id: int
    claim_id: int
    file_name: str
    mime: str
    size: int
    width: int
    height: int
    caption: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class ClaimInfo:
    id: int
    number: str
    job_card_id: int
    job_card_number: str
    vehicle_id: int
    vin: str
    plate: str
    vehicle_desc: str
    customer_name: str
    mileage: int | None
    repair_opened_at: datetime
    repair_completed_at: datetime | None
    customer_words: str
    status: str
    opened_at: datetime
    labour_amount: Decimal
    parts_amount: Decimal
    other_amount: Decimal
    claimed_amount: Decimal
    approved_amount: Decimal | None
    paid_amount: Decimal
    system: str
    fault_code: str
    cause: str
    serious_safety: bool
    replacement: str
    appraised_by: str | None
    appraised_at: datetime | None
    exported_at: datetime | None
    manufacturer_number: str | None
    submitted_at: datetime | None
    decision_note: str
    version: int
    age_days: int
    lines: tuple[ClaimLineInfo, ...] = ()
    events: tuple[ClaimEventInfo, ...] = ()
    purchase_date: date | None = None
    photos: tuple[ClaimPhotoInfo, ...] = ()

    @property
    def photo_count(self) -> int:
        return len(self.photos)

    @property
    def appraised(self) -> bool:
        return self.appraised_at is not None

    @property
    def outstanding(self) -> Decimal:
        """What the manufacturer still owes on the claim as it stands (the claimed amount until decided)."""
        if self.status in ("draft", "submitted"):
            return self.claimed_amount
        if self.status in ("approved", "partly_approved"):
            return (self.approved_amount or Decimal("0.00")) - self.paid_amount
        return Decimal("0.00")


@dataclass(frozen=True)
class WarrantyCard:
    """A job card with warranty lines and no claim yet: what the warranty clerk turns into claims."""

    job_card_id: int
    number: str
    status: str
    plate: str
    vin: str
    customer_name: str
    opened_at: datetime
    completed_at: datetime | None
    warranty_amount: Decimal
    lines: int


@dataclass(frozen=True)
class OpenClaimsReport:
    """Claims still open with their age, and the totals the warranty clerk and the manager read."""

    as_of: date
    rows: tuple[ClaimInfo, ...]
    count: int
    claimed: Decimal
    approved: Decimal
    paid: Decimal
    outstanding: Decimal
    by_status: dict[str, tuple[int, Decimal]] = field(default_factory=dict)  # status -> (count, outstanding)


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    reference: str
    received_on: date
    amount: Decimal
    allocations: tuple[tuple[str, Decimal], ...]  # (claim number, amount)


# ---- 三包 watch ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SanbaoRules:
    """The thresholds of the 2022 三包 rules (家用汽车产品修理更换退货责任规定), as DOMAIN.md states them.

    A warning fires when a count reaches the rule's trigger: more than ``long_repair_days`` days in
    one repair (a loan car from the next day), more than ``total_days`` repair days in total, the
    same problem repaired more than ``same_problem_repairs`` times, ``serious_safety_repairs``
    repairs of a serious safety fault, an assembly or a listed system's main part replaced
    ``replacements`` times.
    """

    long_repair_days: int = 5
    total_days: int = 30
    same_problem_repairs: int = 4
    serious_safety_repairs: int = 2
    replacements: int = 2


@dataclass(frozen=True)
class SanbaoRepair:
    """One repair inside the 三包 period: a warranty job card, with its claim's appraisal when there is one."""

    job_card_number: str
    opened_at: datetime
    completed_at: datetime | None
    days: int
    mileage: int | None
    claim_number: str | None
    system: str
    fault_code: str
    serious_safety: bool
    replacement: str


@dataclass(frozen=True)
class SanbaoWarning:
    """A 三包 trigger reached; ``text`` is an English source (context ServiceError) with ``params``."""

    kind: str  # long_repair | total_days | same_problem | serious_safety | assembly | main_part
    text: str
    params: dict

    def message(self, translate=None) -> str:
        params = dict(self.params)
        if "system" in params:
            name = SYSTEM_NAMES.get(params["system"], params["system"])
            params["system"] = translate("VehicleSystem", name) if translate else name
        template = translate("ServiceError", self.text) if translate else self.text
        return template.format(**params)


@dataclass(frozen=True)
class SanbaoReport:
    vehicle_id: int
    vin: str
    plate: str
    customer_name: str
    period_start: date | None
    period_end: date | None
    km_limit: int
    repairs: tuple[SanbaoRepair, ...]
    total_days: int
    by_problem: tuple[tuple[str, str, int], ...]  # (system, fault code, repairs)
    by_system: tuple[tuple[str, int], ...]
    warnings: tuple[SanbaoWarning, ...]
