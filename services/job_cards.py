"""Job cards (任务委托书): reception, lines, the lifecycle, quality check, totals per payer.

The lifecycle of DESIGN.md is a state machine here: every transition is checked against
``TRANSITIONS``, refused with a reason when out of order, and written to the status history
with the user and the time. Lines carry a payer each; totals are tax-inclusive per line,
rounded half up, with net and tax derived per line (``services.job_cards_totals``). Every change
names the card version it was made on: a second PC saving the same card gets a conflict.

Estimates (估价单) are cards in status ``estimate`` with a GJ number until the customer agrees;
they then get a job card number (WT…) and their parts lines reserve stock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.engine import Database
from app.db.models.job_cards import JobCard, JobLine, JobStatusChange, LabourOperation, QualityCheck
from services.audit import AuditLog
from services.clock import Clock
from services.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    ValidationError,
    conflict_error,
)
from services.job_cards_catalogue import LabourCatalogue
from services.job_cards_links import Links, part_for_line, vehicle_snapshot
from services.job_cards_list import ListFilter, ListPage, list_cards, timeline_entries
from services.job_cards_totals import MoneyLine, Totals, line_money, totals
from services.money import to_decimal
from services.numbering import next_number
from services.station import JOB_TYPE_NAMES, JOB_TYPES, PAYER_NAMES, PAYERS  # noqa: F401  (re-exported)
from services.users import Actor, Permission

T = TypeVar("T")
ZERO = Decimal("0")

STATUSES = ("estimate", "open", "dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check",
            "ready", "settled", "delivered", "cancelled")
STATUS_NAMES = {
    "estimate": QT_TRANSLATE_NOOP("JobStatus", "Estimate"),
    "open": QT_TRANSLATE_NOOP("JobStatus", "Open"),
    "dispatched": QT_TRANSLATE_NOOP("JobStatus", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("JobStatus", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("JobStatus", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("JobStatus", "Waiting for approval"),
    "quality_check": QT_TRANSLATE_NOOP("JobStatus", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("JobStatus", "Ready"),
    "settled": QT_TRANSLATE_NOOP("JobStatus", "Settled"),
    "delivered": QT_TRANSLATE_NOOP("JobStatus", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("JobStatus", "Cancelled"),
}
# where each status may go next (DESIGN.md); targets with their own method are noted in ``_VIA``
TRANSITIONS: dict[str, frozenset[str]] = {
    "estimate": frozenset({"open", "cancelled"}),
    "open": frozenset({"dispatched", "cancelled"}),
    "dispatched": frozenset({"in_progress", "open", "cancelled"}),
    "in_progress": frozenset({"waiting_parts", "waiting_approval", "quality_check"}),
    "waiting_parts": frozenset({"in_progress"}),
    "waiting_approval": frozenset({"in_progress"}),
    "quality_check": frozenset({"ready", "in_progress"}),
    "ready": frozenset({"settled"}),
    "settled": frozenset({"delivered"}),
    "delivered": frozenset(),
    "cancelled": frozenset(),
}
CLOSED = frozenset({"delivered", "cancelled"})
NOT_STARTED = frozenset({"estimate", "open", "dispatched"})
WORK_STARTED = frozenset({"in_progress", "waiting_parts", "waiting_approval", "quality_check"})
EDITABLE = NOT_STARTED | WORK_STARTED

# the names of job types and payers are the station's (services/station.py), shared with the settings page
DEFAULT_PAYER = {"maintenance": "customer", "repair": "customer", "accident": "insurer", "warranty": "warranty",
                 "internal": "internal", "rework": "internal", "rescue": "customer"}
OLD_PARTS = {
    "return": QT_TRANSLATE_NOOP("OldParts", "Old parts returned to the customer"),  # 旧配件已确认并由托修方收回
    "waive": QT_TRANSLATE_NOOP("OldParts", "Customer waives the old parts"),  # 托修方声明放弃
    "none": QT_TRANSLATE_NOOP("OldParts", "No old parts"),  # 无旧配件
}
FUEL_LEVELS = ("empty", "1/4", "1/2", "3/4", "full")
OTHER_KINDS = {
    "diagnosis": QT_TRANSLATE_NOOP("OtherCharge", "Diagnosis"),
    "inspection": QT_TRANSLATE_NOOP("OtherCharge", "Inspection"),
    "outside_work": QT_TRANSLATE_NOOP("OtherCharge", "Outside work"),
    "towing": QT_TRANSLATE_NOOP("OtherCharge", "Towing"),
}
APPROVAL_CHANNELS = ("in_person", "phone", "wechat", "sms")
REPAIR_CLASSES = {
    "vehicle_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Vehicle overhaul"),  # 整车修理
    "assembly_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Assembly overhaul"),  # 总成修理
    "level2_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level 2 maintenance"),  # 二级维护
    "level1_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level 1 maintenance"),  # 一级维护
    "minor_repair": QT_TRANSLATE_NOOP("RepairClass", "Minor repair"),  # 小修
    "special_repair": QT_TRANSLATE_NOOP("RepairClass", "Special repair"),  # 专项修理
}
# 机动车维修管理规定: these classes get the inspection record and a completion certificate
CERTIFICATE_CLASSES = frozenset({"vehicle_overhaul", "assembly_overhaul", "level2_maintenance"})
WARNING_LIGHTS = {
    "engine": QT_TRANSLATE_NOOP("WarningLight", "Engine"),
    "abs": QT_TRANSLATE_NOOP("WarningLight", "ABS"),
    "airbag": QT_TRANSLATE_NOOP("WarningLight", "Airbag"),
    "oil": QT_TRANSLATE_NOOP("WarningLight", "Oil pressure"),
    "battery": QT_TRANSLATE_NOOP("WarningLight", "Charging"),
    "tpms": QT_TRANSLATE_NOOP("WarningLight", "Tyre pressure"),
    "brake": QT_TRANSLATE_NOOP("WarningLight", "Brake"),
    "coolant": QT_TRANSLATE_NOOP("WarningLight", "Coolant temperature"),
}
DAMAGE_KINDS = {
    "scratch": QT_TRANSLATE_NOOP("Damage", "Scratch"),
    "dent": QT_TRANSLATE_NOOP("Damage", "Dent"),
    "crack": QT_TRANSLATE_NOOP("Damage", "Crack"),
    "chip": QT_TRANSLATE_NOOP("Damage", "Stone chip"),
    "missing": QT_TRANSLATE_NOOP("Damage", "Missing part"),
}
_COMMON_CHECKS = [
    QT_TRANSLATE_NOOP("Checklist", "All agreed work items done"),
    QT_TRANSLATE_NOOP("Checklist", "No warning lights on the dashboard"),
    QT_TRANSLATE_NOOP("Checklist", "Fasteners torqued, no leaks"),
    QT_TRANSLATE_NOOP("Checklist", "Car clean inside, covers removed"),
]
CHECKLISTS: dict[str, list[str]] = {
    "maintenance": _COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Oil level and filter checked"),
        QT_TRANSLATE_NOOP("Checklist", "Service reminder reset"),
        QT_TRANSLATE_NOOP("Checklist", "Tyre pressures set"),
    ],
    "repair": _COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Customer's complaint no longer present"),
        QT_TRANSLATE_NOOP("Checklist", "Fault codes cleared and read again"),
    ],
    "accident": _COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Panel gaps even"),
        QT_TRANSLATE_NOOP("Checklist", "Paint colour and finish match"),
        QT_TRANSLATE_NOOP("Checklist", "Lights and sensors work"),
    ],
}
for _jt in JOB_TYPES:
    CHECKLISTS.setdefault(_jt, CHECKLISTS["repair"] if _jt in ("warranty", "rework", "rescue") else _COMMON_CHECKS)

MAX_HOURS = Decimal("200")
MAX_QTY = Decimal("10000")


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

    @property
    def counts(self) -> bool:
        return self.approval in (None, "approved")


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


@dataclass(frozen=True)
class ReceptionWarning:
    """Something the advisor must see at reception. ``text`` is an English source in "ServiceError"."""

    kind: str  # guarantee | open_card | mileage
    text: str
    params: dict = field(default_factory=dict)
    card_number: str | None = None


def _clean(text: str | None) -> str:
    return (text or "").strip()


def _money(value: Any, field_name: str) -> Decimal:
    try:
        d = to_decimal(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount."), field=field_name,
                              value=value) from None
    if d < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field=field_name)
    if d != d.quantize(Decimal("0.01")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount has at most two decimal places."),
                              field=field_name)
    return d


def _positive(value: Any, field_name: str, limit: Decimal, places: int = 3) -> Decimal:
    try:
        d = to_decimal(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number."), field=field_name,
                              value=value) from None
    if d <= 0:
        if field_name == "hours":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Hours must be more than zero."), field=field_name)
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The quantity must be more than zero."),
                              field=field_name)
    if d > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is too large."), field=field_name, value=d)
    if d != d.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use at most {places} decimal places."),
                              field=field_name, places=places)
    return d


def _discount(value: Any) -> Decimal:
    try:
        d = to_decimal(value if value is not None else 0)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a discount."), field="discount",
                              value=value) from None
    if not ZERO <= d < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount lies between 0% and 100%."),
                              field="discount")
    if d != d.quantize(Decimal("0.0001")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount has at most two decimals in percent."),
                              field="discount")
    return d


def _pct(d: Decimal) -> str:
    return f"{(d * 100).normalize():f}%"


class JobCardService:
    """Job cards from reception to quality check. ``station`` gives rates and guarantee periods;
    ``users`` checks a supervisor's approval; ``customers`` and ``parts`` are reached via ``Links``."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, station, users, customers=None,
                 parts=None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self.users = users
        self.links = Links(customers, parts)
        self.catalogue = LabourCatalogue(db, audit)

    # ---- units of work ----------------------------------------------------------------------
    def _write(self, card_id: int, version: int | None, work: Callable[[Session, JobCard], T]) -> T:
        """Run ``work`` on the card in a write transaction, refusing a stale version."""
        try:
            with self.db.write() as s:
                card = s.get(JobCard, card_id, with_for_update=True)
                if card is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
                if version is not None and card.version != version:
                    raise conflict_error(card, self.clock.zone.key)
                return work(s, card)
        except StaleDataError:
            with self.db.read() as s:
                raise conflict_error(s.get(JobCard, card_id), self.clock.zone.key) from None

    def _touch(self, card: JobCard, actor: Actor) -> None:
        card.updated_by = actor.username
        card.updated_at = self.clock.now()

    def _set_status(self, s: Session, card: JobCard, actor: Actor, to_status: str, reason: str = "") -> None:
        allowed = TRANSITIONS.get(card.status, frozenset())
        if to_status not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it cannot become {target} now."),
                field="status", number=card.number, status=card.status, target=to_status)
        s.add(JobStatusChange(job_card_id=card.id, from_status=card.status, to_status=to_status, at=self.clock.now(),
                              user_id=actor.user_id, username=actor.username, reason=reason))
        card.status = to_status
        card.open_rank = 0 if to_status in CLOSED else 1
        self._touch(card, actor)

    def _tax_rate(self, s: Session, card: JobCard) -> Decimal:
        return self.station.tax_rate_on(self.clock.local(card.opened_at).date(), session=s)

    # ---- reading ------------------------------------------------------------------------------
    def card(self, actor: Actor, card_id: int) -> JobCardInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            card = s.get(JobCard, card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            return self._info(s, card)

    def card_by_number(self, actor: Actor, number: str) -> JobCardInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        number = _clean(number).upper()
        with self.db.read() as s:
            card = s.scalar(select(JobCard).where(JobCard.number == number)) or \
                s.scalar(select(JobCard).where(JobCard.estimate_number == number))
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card or estimate numbered {number}."),
                               number=number)
            return self._info(s, card)

    def _line_info(self, ln: JobLine, rate: Decimal) -> JobLineInfo:
        m = line_money(ln.qty, ln.price, ln.discount, rate)
        techs = tuple(Technician(t["name"], Decimal(str(t["share"]))) for t in (ln.technicians or []))
        return JobLineInfo(ln.id, ln.line_ref, ln.position, ln.kind, ln.payer, ln.code, ln.name, ln.spec, ln.quality,
                           ln.unit, ln.qty, ln.price, ln.discount, m.gross, m.discount_amount, m.amount, m.net, m.tax,
                           ln.standard_hours, ln.hours_reason, ln.part_id, techs, ln.discount_approved_by,
                           ln.approval, ln.approval_at, ln.approval_channel, ln.note)

    def _lines(self, s: Session, card_id: int) -> list[JobLine]:
        return list(s.scalars(select(JobLine).where(JobLine.job_card_id == card_id)
                              .order_by(JobLine.position, JobLine.id)))

    def _totals(self, lines: Iterable[JobLine], rate: Decimal) -> Totals:
        return totals((MoneyLine(ln.kind, ln.payer, ln.qty, ln.price, ln.discount, ln.approval in (None, "approved"),
                                 ln.approval == "pending") for ln in lines), rate, PAYERS)

    def _info(self, s: Session, card: JobCard) -> JobCardInfo:
        rate = self._tax_rate(s, card)
        lines = self._lines(s, card.id)
        history = tuple(StatusChangeInfo(h.from_status, h.to_status, h.at, h.username, h.reason) for h in s.scalars(
            select(JobStatusChange).where(JobStatusChange.job_card_id == card.id)
            .order_by(JobStatusChange.at, JobStatusChange.id)))
        checks = tuple(QualityCheckInfo(q.stage, q.passed, tuple((c["item"], bool(c["ok"])) for c in q.checklist or []),
                                        q.reason, q.road_test, q.road_test_km, q.road_test_note, q.at, q.username,
                                        q.display_name)
                       for q in s.scalars(select(QualityCheck).where(QualityCheck.job_card_id == card.id)
                                          .order_by(QualityCheck.at, QualityCheck.id)))
        rework_of = s.scalar(select(JobCard.number).where(JobCard.id == card.rework_of_id)) \
            if card.rework_of_id else None
        marks = tuple(DamageMark(Decimal(str(m["x"])), Decimal(str(m["y"])), m.get("kind", "scratch"),
                                 m.get("note", "")) for m in card.damage_marks or [])
        return JobCardInfo(
            card.id, card.number, card.estimate_number, card.job_type, card.status, card.opened_at, card.advisor_id,
            card.advisor_name, card.customer_id, card.vehicle_id, card.customer_name, card.customer_phone, card.plate,
            card.vin, card.vehicle_desc, card.appointment_number, card.driver_name, card.driver_phone,
            card.mileage_in, card.mileage_out, card.fuel_level, card.battery_pct, marks, card.damage_note,
            card.valuables, card.accessories, tuple(card.warning_lights or ()), card.customer_words, card.diagnosis,
            card.customer_waits, card.wash, card.old_parts, card.insurer, card.claim_number, card.assessed_amount,
            card.estimate_amount, card.promised_at, card.repair_class, rework_of, card.completed_at,
            card.certificate_number, card.cancel_reason, rate, tuple(self._line_info(ln, rate) for ln in lines),
            self._totals(lines, rate), history, checks, card.version, card.updated_by)

    # ---- reception ----------------------------------------------------------------------------
    def reception_warnings(self, actor: Actor, vehicle_id: int, mileage: int | None = None, *,
                           exclude_card_id: int | None = None) -> list[ReceptionWarning]:
        """What reception must tell the customer: an open card, a repair guarantee still running
        (km or days, whichever ends first, from the earlier job's completion), a lower mileage."""
        actor.require(Permission.VIEW_JOB_CARDS)
        periods = self.station.guarantee_periods()
        today = self.clock.today()
        out: list[ReceptionWarning] = []
        with self.db.read() as s:
            rows = s.execute(
                select(JobCard.id, JobCard.number, JobCard.status, JobCard.completed_at, JobCard.repair_class,
                       JobCard.mileage_in, JobCard.mileage_out)
                .where(JobCard.vehicle_id == vehicle_id).order_by(JobCard.opened_at.desc()).limit(200)).all()
            last_km = vehicle_snapshot(s, vehicle_id).last_odometer
        for cid, number, status, completed_at, repair_class, km_in, km_out in rows:
            if cid == exclude_card_id:
                continue
            if status not in CLOSED and status != "estimate":
                out.append(ReceptionWarning(
                    "open_card", QT_TRANSLATE_NOOP("ServiceError", "This car already has an open job card, {number} "
                                                                   "({status})."),
                    {"number": number, "status": status}, number))
            if completed_at is None or status == "cancelled" or repair_class not in periods:
                continue
            km_limit, days = periods[repair_class]
            done = self.clock.local(completed_at).date()
            until = done + timedelta(days=days)
            start_km = km_out if km_out is not None else km_in
            until_km = start_km + km_limit if start_km is not None else None
            within_days = today <= until
            within_km = until_km is None or mileage is None or mileage <= until_km
            if within_days and within_km:
                out.append(ReceptionWarning(
                    "guarantee",
                    QT_TRANSLATE_NOOP("ServiceError", "Inside the repair guarantee of job card {number} (completed "
                                                      "{done}): until {until} or {until_km} km, whichever comes "
                                                      "first. A failure caused by that repair is re-repaired free."),
                    {"number": number, "done": str(done), "until": str(until),
                     "until_km": until_km if until_km is not None else "?"}, number))
        if mileage is not None and last_km is not None and mileage < last_km:
            out.append(ReceptionWarning(
                "mileage", QT_TRANSLATE_NOOP("ServiceError", "{km} km is lower than the last reading, {last} km."),
                {"km": mileage, "last": last_km}))
        return out

    def _validate_intake(self, d: Intake) -> Intake:
        if d.job_type not in JOB_TYPES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown job type {value}."), field="job_type",
                                  value=d.job_type)
        if d.mileage_in is not None and not 0 <= int(d.mileage_in) < 3_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="mileage_in", km=d.mileage_in)
        if d.fuel_level is not None and d.fuel_level not in FUEL_LEVELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown fuel level {value}."), field="fuel_level",
                                  value=d.fuel_level)
        if d.battery_pct is not None and not 0 <= int(d.battery_pct) <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Battery charge lies between 0% and 100%."),
                                  field="battery_pct")
        if d.old_parts not in OLD_PARTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose what happens to the old parts."),
                                  field="old_parts")
        if d.repair_class is not None and d.repair_class not in REPAIR_CLASSES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown repair class {value}."),
                                  field="repair_class", value=d.repair_class)
        for light in d.warning_lights:
            if light not in WARNING_LIGHTS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown warning light {value}."),
                                      field="warning_lights", value=light)
        marks = []
        for m in d.damage_marks:
            x, y = to_decimal(str(m.x)), to_decimal(str(m.y))
            if not (0 <= x <= 1 and 0 <= y <= 1) or m.kind not in DAMAGE_KINDS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A damage mark lies on the car outline."),
                                      field="damage_marks")
            marks.append(DamageMark(x.quantize(Decimal("0.001")), y.quantize(Decimal("0.001")), m.kind,
                                    _clean(m.note)))
        if d.job_type == "accident" and not _clean(d.insurer) and d.claim_number:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name the insurer of the claim."), field="insurer")
        if d.promised_at is not None and d.promised_at.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The promised time has no time zone."),
                                  field="promised_at")
        return replace(
            d, driver_name=_clean(d.driver_name), driver_phone=_clean(d.driver_phone),
            appointment_number=_clean(d.appointment_number), damage_marks=tuple(marks),
            assessed_amount=_money(d.assessed_amount, "assessed_amount") if d.assessed_amount is not None else None,
            estimate_amount=_money(d.estimate_amount, "estimate_amount") if d.estimate_amount is not None else None,
            customer_words=_clean(d.customer_words), diagnosis=_clean(d.diagnosis), insurer=_clean(d.insurer),
            claim_number=_clean(d.claim_number), valuables=_clean(d.valuables), accessories=_clean(d.accessories),
            damage_note=_clean(d.damage_note))

    def _check_mileage(self, s: Session, d: Intake, exclude_card_id: int | None = None) -> None:
        if d.mileage_in is None:
            return
        snap = vehicle_snapshot(s, d.vehicle_id)
        q = select(JobCard.mileage_in).where(JobCard.vehicle_id == d.vehicle_id, JobCard.mileage_in.is_not(None),
                                             JobCard.status != "cancelled")
        if exclude_card_id is not None:
            q = q.where(JobCard.id != exclude_card_id)
        earlier = s.scalar(q.order_by(JobCard.mileage_in.desc()).limit(1))
        last = max((k for k in (snap.last_odometer, earlier) if k is not None), default=None)
        if last is not None and d.mileage_in < last and not _clean(d.mileage_reason):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{km} km is lower than the last reading, {last} km. Check the "
                                                  "odometer; if it is right (a replaced cluster), give the reason."),
                field="mileage_in", km=d.mileage_in, last=last)

    def _apply_intake(self, card: JobCard, d: Intake) -> None:
        for name in ("job_type", "driver_name", "driver_phone", "mileage_in", "fuel_level", "battery_pct",
                     "damage_note", "valuables", "accessories", "customer_words", "diagnosis", "customer_waits", "wash",
                     "old_parts", "insurer", "claim_number", "assessed_amount", "estimate_amount", "promised_at",
                     "repair_class"):
            setattr(card, name, getattr(d, name))
        card.appointment_number = d.appointment_number or None
        card.damage_marks = [{"x": str(m.x), "y": str(m.y), "kind": m.kind, "note": m.note} for m in d.damage_marks]
        card.warning_lights = list(d.warning_lights)

    def open_card(self, actor: Actor, intake: Intake, *, estimate: bool = False, rework_of: int | None = None,
                  advisor: Actor | None = None) -> JobCardInfo:
        """Receive a car: a new job card (or an estimate) for a vehicle of the customer file."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = self._validate_intake(intake)
        advisor = advisor or actor
        now = self.clock.now()
        today = self.clock.today()
        with self.db.write() as s:
            self._check_mileage(s, d)
            snap = vehicle_snapshot(s, d.vehicle_id)
            number = next_number(s, "estimate" if estimate else "job_card", today)
            card = JobCard(
                number=number, estimate_number=number if estimate else None, status="estimate" if estimate else "open",
                open_rank=1, opened_at=now, advisor_id=advisor.user_id, advisor_name=advisor.display_name,
                customer_id=snap.customer_id, vehicle_id=snap.vehicle_id, customer_name=snap.customer_name,
                customer_phone=snap.customer_phone, plate=snap.plate, plate_rev=snap.plate[::-1], vin=snap.vin, vin_rev=snap.vin[::-1],
                vehicle_desc=" ".join(x for x in (snap.brand, snap.model, str(snap.model_year or "")) if x),
                rework_of_id=rework_of, updated_by=actor.username, line_seq=0, payers="", total_amount=ZERO)
            self._apply_intake(card, d)
            s.add(card)
            s.flush()
            s.add(JobStatusChange(job_card_id=card.id, from_status=None, to_status=card.status, at=now,
                                  user_id=actor.user_id, username=actor.username, reason=""))
            self.audit.record(s, actor, "job_card.open", "job_card", card.number, f"{card.plate} {card.vin}")
            card_id = card.id
            vehicle_id = card.vehicle_id
        if d.mileage_in is not None and not estimate:
            self.links.record_odometer(actor, vehicle_id, d.mileage_in, now, d.mileage_reason)
        return self.card(actor, card_id)

    def update_intake(self, actor: Actor, card_id: int, version: int, intake: Intake) -> JobCardInfo:
        actor.require(Permission.EDIT_JOB_CARDS)
        d = self._validate_intake(intake)

        def work(s: Session, card: JobCard) -> None:
            if card.status not in EDITABLE:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it can no "
                                                                        "longer change."),
                                      number=card.number, status=card.status)
            if d.vehicle_id != card.vehicle_id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A job card stays with its car; open a new "
                                                                        "card for another one."), field="vehicle_id")
            self._check_mileage(s, d, exclude_card_id=card.id)
            self._apply_intake(card, d)
            self._touch(card, actor)

        self._write(card_id, version, work)
        return self.card(actor, card_id)

    def open_rework(self, actor: Actor, original_id: int, intake: Intake) -> JobCardInfo:
        """A rework (返修): a new card linked to the original, flagged, lines charged internally by default."""
        with self.db.read() as s:
            original = s.get(JobCard, original_id)
            if original is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            if original.status in ("estimate", "cancelled"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only work that was done can be reworked."))
            vehicle_id = original.vehicle_id
        intake = replace(intake, vehicle_id=vehicle_id, job_type="rework")
        info = self.open_card(actor, intake, rework_of=original_id)
        with self.db.write() as s:
            self.audit.record(s, actor, "job_card.rework", "job_card", info.number, None,
                              details={"rework_of": info.rework_of})
        return info

    def convert_estimate(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """The customer agreed: the estimate becomes a job card with its own number; parts are reserved."""
        actor.require(Permission.EDIT_JOB_CARDS)

        def work(s: Session, card: JobCard) -> tuple[str, list[tuple[str, int, Decimal]]]:
            if card.status != "estimate":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is not an estimate."),
                                      number=card.number)
            card.number = next_number(s, "job_card", self.clock.today())
            self._set_status(s, card, actor, "open")
            card.opened_at = self.clock.now()
            parts = [(ln.line_ref, ln.part_id, ln.qty) for ln in self._lines(s, card.id)
                     if ln.kind == "part" and ln.part_id is not None]
            return card.number, parts

        number, parts = self._write(card_id, version, work)
        for line_ref, part_id, qty in parts:
            self.links.reserve(actor, number, line_ref, part_id, qty)
        return self.card(actor, card_id)

    # ---- discounts ----------------------------------------------------------------------------
    def _approve_discount(self, actor: Actor, discount: Decimal, approval: Approval | None) -> str | None:
        """None when the actor may grant ``discount`` alone, else the approving supervisor's user name."""
        if discount <= actor.discount_limit:
            return None
        if approval is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "A discount of {discount} is above your limit of {limit}: a "
                                                  "supervisor must approve it."),
                discount=_pct(discount), limit=_pct(actor.discount_limit))
        supervisor = self.users.authenticate(approval.username, approval.password)
        if supervisor.user_id == actor.user_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "A discount is approved by someone else."))
        if not supervisor.can(Permission.APPROVE_DISCOUNTS) or discount > supervisor.discount_limit:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "{user} may not approve a discount of {discount}."),
                user=supervisor.display_name, discount=_pct(discount))
        return supervisor.username

    def _audit_discount(self, s: Session, actor: Actor, card: JobCard, ln: JobLine, approved_by: str | None) -> None:
        if ln.discount > 0 or approved_by:
            m = line_money(ln.qty, ln.price, ln.discount, self._tax_rate(s, card))
            self.audit.record(s, actor, "job_card.discount", "job_card", card.number,
                              f"{ln.code} {ln.name} {_pct(ln.discount)}",
                              details={"line": ln.line_ref, "discount": str(ln.discount), "limit":
                                       str(actor.discount_limit)},
                              approved_by=approved_by, amount=m.discount_amount)

    # ---- lines --------------------------------------------------------------------------------
    def _editable_lines(self, card: JobCard) -> None:
        if card.status not in EDITABLE:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: its lines can no "
                                                                    "longer change."),
                                  number=card.number, status=card.status)

    def _payer(self, payer: str | None, card: JobCard) -> str:
        payer = payer or DEFAULT_PAYER.get(card.job_type, "customer")
        if payer not in PAYERS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown payer {value}."), field="payer",
                                  value=payer)
        return payer

    def _technicians(self, techs: Sequence[tuple[str, Any]] | Sequence[str]) -> list[dict]:
        names = [(t if isinstance(t, str) else t[0]).strip() for t in techs]
        if any(not n for n in names):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name every technician."), field="technicians")
        if not names:
            return []
        if all(isinstance(t, str) for t in techs):
            # equal shares; the last absorbs the rounding so they add up to 1
            each = (Decimal(1) / len(names)).quantize(Decimal("0.0001"))
            shares = [each] * (len(names) - 1) + [Decimal(1) - each * (len(names) - 1)]
        else:
            shares = [to_decimal(t[1]) for t in techs]  # type: ignore[index]
        if any(x <= 0 for x in shares) or sum(shares) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The technicians' shares of the hours add up to "
                                                                    "100%."), field="technicians")
        return [{"name": n, "share": str(x)} for n, x in zip(names, shares, strict=True)]

    def _new_line(self, card: JobCard, **values: Any) -> JobLine:
        card.line_seq = (card.line_seq or 0) + 1
        ln = JobLine(job_card_id=card.id, line_ref=f"L{card.line_seq}", position=card.line_seq, **values)
        ln.amount = line_money(ln.qty, ln.price, ln.discount, ZERO).amount
        if card.status in WORK_STARTED and values.get("approval") is None:
            ln.approval = "pending"  # added work waits for the customer's approval
        return ln

    def _after_lines(self, s: Session, card: JobCard, actor: Actor) -> None:
        s.flush()
        lines = self._lines(s, card.id)
        for ln in lines:
            amount = line_money(ln.qty, ln.price, ln.discount, ZERO).amount
            if ln.amount != amount:
                ln.amount = amount
        t = self._totals(lines, self._tax_rate(s, card))
        card.total_amount = t.amount
        payers = sorted({ln.payer for ln in lines}, key=lambda p: PAYERS.index(p) if p in PAYERS else 99)
        card.payers = "," + ",".join(payers) + "," if payers else ""
        self._touch(card, actor)

    def operation_for(self, s: Session, code: str, family: str, day: date) -> LabourOperation | None:
        """The catalogue version in force on ``day``: the model family's own row first, then the default."""
        code = _clean(code).upper()
        for fam in ((family, "") if family else ("",)):
            row = s.scalar(select(LabourOperation).where(
                LabourOperation.code == code, LabourOperation.model_family == fam, LabourOperation.valid_from <= day,
                LabourOperation.active.is_(True)).order_by(LabourOperation.valid_from.desc()).limit(1))
            if row is not None:
                return row
        return None

    def add_labour(self, actor: Actor, card_id: int, version: int, code: str, *, hours: Any = None,
                   hours_reason: str = "", payer: str | None = None, discount: Any = 0,
                   technicians: Sequence = (), approval: Approval | None = None, model_family: str | None = None,
                   name: str | None = None) -> JobCardInfo:
        """A labour line from the catalogue: its standard hours (editable with a reason) at the rate in
        force for the job type and payer; both are kept on the line as sold."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = _discount(discount)
        approved_by = self._approve_discount(actor, d, approval)
        techs = self._technicians(technicians)
        hours_in = _positive(hours, "hours", MAX_HOURS) if hours not in (None, "") else None

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            p = self._payer(payer, card)
            day = self.clock.local(card.opened_at).date()
            family = model_family if model_family is not None else card.vehicle_desc.split(" ")[1] \
                if len(card.vehicle_desc.split(" ")) > 1 else ""
            op = self.operation_for(s, code, family, day)
            if op is None and not name:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "Operation {code} is not in the labour catalogue."),
                               code=_clean(code).upper())
            std = op.hours if op is not None else None
            sold = hours_in if hours_in is not None else std
            if sold is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the hours."), field="hours")
            if std is not None and sold != std and not _clean(hours_reason):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The catalogue gives {std} hours for {code}; say why this line "
                                                      "sells {hours}."),
                    field="hours_reason", std=std.normalize(), code=op.code, hours=sold.normalize())
            rate = self.station.labour_rate_on(day, card.job_type, p, session=s)
            ln = self._new_line(card, kind="labour", payer=p, code=op.code if op else _clean(code).upper(),
                                name=op.name_zh if op else _clean(name), spec="", quality=None, unit="h", qty=sold,
                                price=rate, discount=d, standard_hours=std,
                                hours_reason=_clean(hours_reason) or None, operation_id=op.id if op else None,
                                technicians=techs, discount_approved_by=approved_by)
            s.add(ln)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)

        self._write(card_id, version, work)
        return self.card(actor, card_id)

    def add_part(self, actor: Actor, card_id: int, version: int, part_id: int, qty: Any, *,
                 price: Any = None, payer: str | None = None, discount: Any = 0,
                 approval: Approval | None = None) -> JobCardInfo:
        """A parts line from the parts master, reserved in stock as it is added (job cards, not estimates)."""
        actor.require(Permission.EDIT_JOB_CARDS)
        q = _positive(qty, "qty", MAX_QTY)
        d = _discount(discount)
        approved_by = self._approve_discount(actor, d, approval)
        price_in = _money(price, "price") if price not in (None, "") else None

        def work(s: Session, card: JobCard) -> tuple[str, str, str, int, Decimal]:
            self._editable_lines(card)
            p = self._payer(payer, card)
            part = part_for_line(s, part_id)
            unit_price = price_in if price_in is not None else part.price_for(p)
            ln = self._new_line(card, kind="part", payer=p, code=part.number, name=part.name, spec=part.spec,
                                quality=part.quality, unit=part.unit, qty=q, price=unit_price, discount=d,
                                part_id=part.id, discount_approved_by=approved_by)
            s.add(ln)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)
            return card.status, card.number, ln.line_ref, part.id, q

        status, number, line_ref, pid, qty_ = self._write(card_id, version, work)
        if status != "estimate":
            try:
                self.links.reserve(actor, number, line_ref, pid, qty_)
            except Exception:
                # the stock refused: take the line off again so card and stock agree
                with self.db.write() as s:
                    card = s.get(JobCard, card_id)
                    ln = s.scalar(select(JobLine).where(JobLine.job_card_id == card_id, JobLine.line_ref == line_ref))
                    if ln is not None:
                        s.delete(ln)
                        self._after_lines(s, card, actor)
                raise
        return self.card(actor, card_id)

    def add_other(self, actor: Actor, card_id: int, version: int, kind: str, amount: Any, *, name: str = "",
                  payer: str | None = None, discount: Any = 0, approval: Approval | None = None) -> JobCardInfo:
        """Another charge: diagnosis, inspection, outside work, towing."""
        actor.require(Permission.EDIT_JOB_CARDS)
        if kind not in OTHER_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of charge {value}."), field="kind",
                                  value=kind)
        value = _money(amount, "amount")
        if value <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A charge is more than zero."), field="amount")
        d = _discount(discount)
        approved_by = self._approve_discount(actor, d, approval)

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            ln = self._new_line(card, kind="other", payer=self._payer(payer, card), code=kind,
                                name=_clean(name), unit="", qty=Decimal(1), price=value, discount=d,
                                discount_approved_by=approved_by)
            s.add(ln)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)

        self._write(card_id, version, work)
        return self.card(actor, card_id)

    def update_line(self, actor: Actor, card_id: int, version: int, line_id: int, *, qty: Any = None,
                    price: Any = None, discount: Any = None, payer: str | None = None, hours_reason: str | None = None,
                    technicians: Sequence | None = None, approval: Approval | None = None) -> JobCardInfo:
        """Change a line: hours or quantity, price, discount, payer, technicians."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = _discount(discount) if discount is not None else None
        approved_by = self._approve_discount(actor, d, approval) if d is not None else None
        techs = self._technicians(technicians) if technicians is not None else None

        def work(s: Session, card: JobCard) -> tuple[str, JobLine, Decimal | None]:
            self._editable_lines(card)
            ln = s.get(JobLine, line_id)
            if ln is None or ln.job_card_id != card.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such line on this job card."))
            new_qty = None
            if qty is not None:
                new_qty = _positive(qty, "hours" if ln.kind == "labour" else "qty",
                                    MAX_HOURS if ln.kind == "labour" else MAX_QTY)
                reason = _clean(hours_reason) if hours_reason is not None else (ln.hours_reason or "")
                if ln.kind == "labour" and ln.standard_hours is not None and new_qty != ln.standard_hours \
                        and not reason:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "The catalogue gives {std} hours for {code}; say why this "
                                                          "line sells {hours}."),
                        field="hours_reason", std=ln.standard_hours.normalize(), code=ln.code,
                        hours=new_qty.normalize())
                ln.qty = new_qty
                ln.hours_reason = reason or None
            if price is not None:
                ln.price = _money(price, "price")
                self.audit.record(s, actor, "job_card.price", "job_card", card.number, f"{ln.code} {ln.name}",
                                  amount=ln.price)
            if payer is not None:
                ln.payer = self._payer(payer, card)
                if ln.kind == "labour":
                    ln.price = self.station.labour_rate_on(self.clock.local(card.opened_at).date(), card.job_type,
                                                           ln.payer, session=s)
            if techs is not None:
                ln.technicians = techs
            if d is not None:
                ln.discount = d
                ln.discount_approved_by = approved_by
            self._after_lines(s, card, actor)
            if d is not None:
                self._audit_discount(s, actor, card, ln, approved_by)
            return card.number, ln, new_qty

        number, ln, new_qty = self._write(card_id, version, work)
        if ln.kind == "part" and new_qty is not None and ln.part_id is not None:
            with self.db.read() as s:
                status = s.scalar(select(JobCard.status).where(JobCard.id == card_id))
            if status != "estimate":
                self.links.reserve(actor, number, ln.line_ref, ln.part_id, new_qty)
        return self.card(actor, card_id)

    def remove_line(self, actor: Actor, card_id: int, version: int, line_id: int) -> JobCardInfo:
        actor.require(Permission.EDIT_JOB_CARDS)

        def work(s: Session, card: JobCard) -> tuple[str, JobLine]:
            self._editable_lines(card)
            ln = s.get(JobLine, line_id)
            if ln is None or ln.job_card_id != card.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such line on this job card."))
            s.delete(ln)
            self._after_lines(s, card, actor)
            self.audit.record(s, actor, "job_card.line_removed", "job_card", card.number, f"{ln.code} {ln.name}",
                              amount=ln.price)
            return card.number, ln

        number, ln = self._write(card_id, version, work)
        if ln.kind == "part":
            self.links.release(actor, number, ln.line_ref)
        return self.card(actor, card_id)

    def decide_added_work(self, actor: Actor, card_id: int, version: int, line_ids: Iterable[int], approved: bool,
                          channel: str, at: datetime | None = None) -> JobCardInfo:
        """Record the customer's answer to added work, with the time and the channel (phone, WeChat...)."""
        actor.require(Permission.EDIT_JOB_CARDS)
        if channel not in APPROVAL_CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say how the customer answered."),
                                  field="channel")
        when = at or self.clock.now()
        ids = set(line_ids)

        def work(s: Session, card: JobCard) -> tuple[str, list[JobLine]]:
            lines = [ln for ln in self._lines(s, card.id) if ln.id in ids]
            if not lines or any(ln.approval != "pending" for ln in lines):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only added work awaiting the customer's "
                                                                        "approval can be approved or declined."))
            for ln in lines:
                ln.approval = "approved" if approved else "declined"
                ln.approval_at = when
                ln.approval_channel = channel
            self._after_lines(s, card, actor)
            self.audit.record(s, actor, "job_card.added_work_" + ("approved" if approved else "declined"),
                              "job_card", card.number, ", ".join(f"{ln.code} {ln.name}" for ln in lines),
                              details={"channel": channel, "at": when.isoformat()})
            return card.number, lines

        number, lines = self._write(card_id, version, work)
        if not approved:
            for ln in lines:
                if ln.kind == "part":
                    self.links.release(actor, number, ln.line_ref)
        return self.card(actor, card_id)

    # ---- lifecycle ----------------------------------------------------------------------------
    def transition(self, actor: Actor, card_id: int, version: int, to_status: str, reason: str = "") -> JobCardInfo:
        """Move a card along DESIGN.md's lifecycle. Cancel, quality check and the estimate's conversion
        have their own methods (they record more than the move)."""
        if to_status not in STATUSES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown status {value}."), field="status",
                                  value=to_status)
        if to_status == "settled":
            actor.require(Permission.SETTLE_JOB_CARDS)
        elif to_status in ("in_progress", "waiting_parts") and not actor.can(Permission.EDIT_JOB_CARDS):
            actor.require(Permission.CLOCK_WORK)
        elif to_status == "delivered" and not actor.can(Permission.SETTLE_JOB_CARDS):
            actor.require(Permission.EDIT_JOB_CARDS)
        else:
            actor.require(Permission.EDIT_JOB_CARDS)
        special = {"cancelled": "cancel", "quality_check": "self_check", "ready": "final_check", "open": None}

        def work(s: Session, card: JobCard) -> None:
            if to_status in special and special[to_status] and to_status in TRANSITIONS.get(card.status, ()):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action=special[to_status])
            if card.status == "quality_check" and to_status == "in_progress":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action="final_check")
            if to_status == "open" and card.status == "estimate":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action="convert_estimate")
            if to_status == "in_progress" and card.status == "waiting_approval" and any(
                    ln.approval == "pending" for ln in self._lines(s, card.id)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Added work still awaits the customer's "
                                                                        "approval."))
            if to_status == "dispatched" and not self._lines(s, card.id):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Add the agreed work before sending the card "
                                                                        "to the workshop."))
            self._set_status(s, card, actor, to_status, _clean(reason))
            if to_status == "delivered":
                self.audit.record(s, actor, "job_card.delivered", "job_card", card.number, None)

        self._write(card_id, version, work)
        return self.card(actor, card_id)

    def dispatch(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """Send the card to the workshop (the workshop board assigns technician and bay later)."""
        return self.transition(actor, card_id, version, "dispatched")

    def cancel(self, actor: Actor, card_id: int, version: int, reason: str) -> JobCardInfo:
        """Cancel before work starts, with a reason; the card stays (it may have been printed)."""
        actor.require(Permission.CANCEL_JOB_CARDS)
        reason = _clean(reason)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for cancelling."), field="reason")

        def work(s: Session, card: JobCard) -> tuple[str, list[str]]:
            if card.status not in NOT_STARTED:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Work on job card {number} has started "
                                                                        "({status}): it can no longer be cancelled."),
                                      field="status", number=card.number, status=card.status)
            self._set_status(s, card, actor, "cancelled", reason)
            card.cancel_reason = reason
            self.audit.record(s, actor, "job_card.cancel", "job_card", card.number, reason)
            refs = [ln.line_ref for ln in self._lines(s, card.id) if ln.kind == "part"]
            return card.number if card.estimate_number != card.number else "", refs

        number, refs = self._write(card_id, version, work)
        if number:
            for ref in refs:
                self.links.release(actor, number, ref)
        return self.card(actor, card_id)

    def checklist(self, job_type: str) -> list[str]:
        """The final inspection's checklist for a job type (English sources in context "Checklist")."""
        return list(CHECKLISTS.get(job_type, _COMMON_CHECKS))

    def self_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                   checklist: Sequence[tuple[str, bool]] = (), reason: str = "") -> JobCardInfo:
        """The technician's self-check (自检). Passed, it sends the car to the final inspection."""
        if not actor.can(Permission.CLOCK_WORK):
            actor.require(Permission.EDIT_JOB_CARDS)
        return self._check(actor, card_id, version, "self", passed, checklist, reason, False, None, "")

    def final_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                    checklist: Sequence[tuple[str, bool]] = (), reason: str = "", *, road_test: bool = False,
                    road_test_km: int | None = None, road_test_note: str = "") -> JobCardInfo:
        """The inspector's final check (终检): pass → ready (with a completion certificate for the
        classes that need one), or back to work with the reason."""
        actor.require(Permission.QUALITY_CHECK)
        return self._check(actor, card_id, version, "final", passed, checklist, reason, road_test, road_test_km,
                           road_test_note)

    def _check(self, actor, card_id, version, stage, passed, checklist, reason, road_test, road_test_km,
               road_test_note) -> JobCardInfo:
        reason = _clean(reason)
        items = [(str(i).strip(), bool(ok)) for i, ok in checklist]
        if not passed and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say what must be done again."), field="reason")
        if passed and any(not ok for _, ok in items):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Every checklist item must be ticked to pass."),
                                  field="checklist")
        if road_test_km is not None and not 0 <= int(road_test_km) < 1000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not a road test."),
                                  field="road_test_km", km=road_test_km)

        def work(s: Session, card: JobCard) -> None:
            expected = "in_progress" if stage == "self" else "quality_check"
            if card.status != expected:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it is not ready for this check."),
                    field="status", number=card.number, status=card.status)
            if any(ln.approval == "pending" for ln in self._lines(s, card.id)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Added work still awaits the customer's "
                                                                        "approval."))
            now = self.clock.now()
            s.add(QualityCheck(job_card_id=card.id, stage=stage, passed=passed,
                               checklist=[{"item": i, "ok": ok} for i, ok in items], reason=reason,
                               road_test=bool(road_test), road_test_km=road_test_km,
                               road_test_note=_clean(road_test_note), at=now, user_id=actor.user_id,
                               username=actor.username, display_name=actor.display_name))
            if stage == "self":
                if passed:
                    self._set_status(s, card, actor, "quality_check")
                else:
                    self._touch(card, actor)
                return
            if passed:
                self._set_status(s, card, actor, "ready")
                card.completed_at = now
                if card.mileage_in is not None:
                    card.mileage_out = card.mileage_in + int(road_test_km or 0)
                if card.repair_class in CERTIFICATE_CLASSES and not card.certificate_number:
                    card.certificate_number = next_number(s, "certificate", self.clock.today())
                self.audit.record(s, actor, "job_card.qc_passed", "job_card", card.number, card.certificate_number)
            else:
                self._set_status(s, card, actor, "in_progress", reason)
                self.audit.record(s, actor, "job_card.qc_back_to_work", "job_card", card.number, reason)

        self._write(card_id, version, work)
        return self.card(actor, card_id)

    # ---- the list and the timeline -----------------------------------------------------------------
    def list_cards(self, actor: Actor, f: ListFilter | None = None, *, after: tuple | None = None,
                   limit: int = 100) -> ListPage:
        """A page of the job card list: open cards first, newest first; ``after`` = the last page's key."""
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return list_cards(s, self.clock.zone, f or ListFilter(), after, limit)

    def timeline(self, actor: Actor, customer_id: int) -> list:
        """A customer's job cards as timeline entries (the customer file's ``TimelineSource``)."""
        return timeline_entries(self.db, actor, customer_id)

    def find_vehicles(self, actor: Actor, text: str) -> list:
        """Cars by plate, VIN (whole or last digits), owner's name or phone, from the customer file."""
        actor.require(Permission.VIEW_JOB_CARDS)
        return self.links.find_vehicles(actor, text)

    # ---- documents ------------------------------------------------------------------------------
    def document(self, actor: Actor, number: str, translate=None):
        """The card or estimate as ``reports.job_cards`` prints it (values in the reader's language)."""
        from services.job_cards_print import build_document

        return build_document(self, actor, number, translate)

    def job_card_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                     copies: tuple[str, ...] = ("customer", "workshop", "picking")) -> bytes:
        from reports.job_cards import render_job_card

        return render_job_card(self.document(actor, number, translate), copies=copies, lang=lang)

    def estimate_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN") -> bytes:
        from reports.job_cards import render_estimate

        return render_estimate(self.document(actor, number, translate), lang=lang)

    def pre_inspection_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN") -> bytes:
        from reports.job_cards import render_pre_inspection

        return render_pre_inspection(self.document(actor, number, translate), lang=lang)

    # ---- the other areas' view ------------------------------------------------------------------
    def issued_parts(self, actor: Actor, number: str) -> list:
        """What the store has issued to the card (net of returns), per part."""
        actor.require(Permission.VIEW_JOB_CARDS)
        return self.links.issued(number)
