"""The customer file's plain data: what forms and imports hand in, what the service hands out.

Frozen dataclasses only (never ORM objects), the coded values a field may take, and the
timeline's event titles. Every module of ``services.customers`` speaks in these.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP, ServiceError
from services.common.identifiers import fold
from services.users.permissions import Actor

KINDS = ("person", "company")
BILLING_TERMS = ("cash", "monthly")
CONTACT_ROLES = ("driver", "contact", "finance")
ENERGIES = ("petrol", "diesel", "hybrid", "electric")
CONSENT_CHANNELS = ("paper", "phone", "wechat", "sms", "app", "email", "import")
SEARCH_LIMIT = 50


# ---- plain data in and out ---------------------------------------------------------------


@dataclass(frozen=True)
class ContactInput:
    """A contact or driver (送修人). ``id`` names the stored contact this row edits: a number left
    masked (138****1234) by someone who may not see it keeps that contact's stored number.
    ``is_driver`` defaults to ``role == "driver"``."""

    name: str
    role: str = "driver"
    mobile: str = ""
    notes: str = ""
    relation: str = ""
    other_phone: str = ""
    is_driver: bool | None = None
    id: int | None = None


@dataclass(frozen=True)
class CustomerInput:
    """What a form or an import row says about a customer. ``version`` is the one it was read at."""

    name: str
    kind: str = "person"
    mobile: str = ""
    other_phone: str = ""
    address: str = ""
    birthday: date | None = None
    gender: str | None = None
    source: str = ""
    notes: str = ""
    credit_code: str = ""
    invoice_title: str = ""
    billing_terms: str = "cash"
    credit_limit: Decimal | None = None
    statement_day: int | None = None
    tags: tuple[str, ...] = ()
    club_number: str = ""
    club_level: str = ""
    club_joined_on: date | None = None
    contacts: tuple[ContactInput, ...] = ()
    version: int = 0


@dataclass(frozen=True)
class VehicleInput:
    vin: str
    plate: str = ""
    vin_override_reason: str = ""
    brand: str = ""
    model: str = ""
    model_year: int | None = None
    colour: str = ""
    engine_number: str = ""
    energy: str = "petrol"
    purchase_date: date | None = None
    delivery_date: date | None = None
    warranty_months: int = 36
    warranty_km: int = 60000
    sanbao_months: int = 24
    sanbao_km: int = 50000
    insurer: str = ""
    insurance_expiry: date | None = None
    inspection_due: date | None = None
    notes: str = ""
    odometer_km: int | None = None  # a first reading, on creation
    version: int = 0


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    role: str
    mobile: str  # masked like the customer's own numbers
    notes: str
    relation: str = ""
    other_phone: str = ""
    is_driver: bool = True


@dataclass(frozen=True)
class PlateInfo:
    plate: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class OwnerInfo:
    customer_id: int
    name: str
    owned_from: date | None
    owned_to: date | None
    reason: str


@dataclass(frozen=True)
class OdometerInfo:
    read_at: datetime
    km: int
    source: str
    lower_than_previous: bool
    reason: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class Notice:
    """A warning that does not stop a save (an embassy or temporary plate): ``text`` is an English
    source in context ``"ServiceError"`` with ``{name}`` fields filled from ``params``."""

    kind: str  # plate
    text: str
    params: dict = field(default_factory=dict)

    def message(self, translate=None) -> str:
        template = translate("ServiceError", self.text) if translate else self.text
        return template.format(**self.params)


@dataclass(frozen=True)
class VehicleInfo:
    id: int
    vin: str
    vin_check_overridden: bool
    vin_override_reason: str | None
    plate: str | None
    plate_kind: str | None
    owner_id: int
    owner_name: str
    brand: str
    model: str
    model_year: int | None
    colour: str
    engine_number: str
    energy: str
    purchase_date: date | None
    delivery_date: date | None
    warranty_months: int
    warranty_km: int
    warranty_until: date | None  # 包修期 end, from the invoice (or delivery) date
    sanbao_months: int
    sanbao_km: int
    sanbao_until: date | None  # 三包有效期 end
    insurer: str
    insurance_expiry: date | None
    inspection_due: date | None
    last_odometer: int | None
    notes: str
    version: int
    plates: tuple[PlateInfo, ...] = ()
    owners: tuple[OwnerInfo, ...] = ()
    readings: tuple[OdometerInfo, ...] = ()
    # what reception and the vehicle form must point out (an unusual plate); never a refusal
    warnings: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    kind: str
    name: str
    mobile: str  # masked for people who do not call customers
    other_phone: str
    phones_masked: bool
    address: str
    birthday: date | None
    gender: str | None
    source: str
    notes: str
    credit_code: str | None
    invoice_title: str
    billing_terms: str
    credit_limit: Decimal | None
    statement_day: int | None
    marketing_consent: bool
    consent_date: date | None
    consent_channel: str | None
    club_number: str | None
    club_level: str | None
    club_joined_on: date | None
    active: bool
    merged_into_id: int | None
    created_at: datetime
    version: int
    updated_by: str | None
    tags: tuple[str, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()
    vehicles: tuple[VehicleInfo, ...] = ()
    erased: bool = False  # the personal data was erased on the customer's request (name is a placeholder)


@dataclass(frozen=True)
class SearchHit:
    """One row of the search list: a customer, and the vehicle the query found (if any)."""

    customer_id: int
    vehicle_id: int | None
    kind: str
    name: str
    mobile: str
    plate: str
    vin: str
    vehicle: str  # brand and model
    vehicle_count: int
    matched: str  # name, pinyin, initials, mobile, plate, vin
    exact: bool


@dataclass(frozen=True)
class Duplicate:
    """An existing record that shares a mobile, VIN or plate with what is being entered."""

    customer_id: int
    name: str
    field: str  # mobile, vin, plate
    value: str


class DuplicateFound(ServiceError):
    """Entering this would duplicate existing records: the caller confirms or opens one of them."""

    def __init__(self, duplicates: Sequence[Duplicate]) -> None:
        self.duplicates = tuple(duplicates)
        first = self.duplicates[0]
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "{name} already has the same mobile, VIN or plate ({value}). Open "
                                              "that record, or confirm that this is a different customer."),
            name=first.name, value=first.value,
        )


@dataclass(frozen=True)
class TimelineEntry:
    """Something the station did with a customer, for the customer page's timeline.

    ``title`` is an English source text translated in context ``"Timeline"`` with ``params``
    filled in afterwards; ``source`` names the area that made it (customers, job_cards, crm...).
    """

    at: datetime
    kind: str
    title: str
    params: dict = field(default_factory=dict)
    vehicle_id: int | None = None
    source: str = "customers"
    reference: str | None = None  # a document number to open (job card, statement...)
    username: str | None = None


# A timeline source takes the signed-in actor and a customer id and returns that customer's
# entries. A source the actor may not see raises PermissionDenied and is left out.
TimelineSource = Callable[[Actor, int], Iterable[TimelineEntry]]

EVENT_TITLES = {
    "created": QT_TRANSLATE_NOOP("Timeline", "Customer created"),
    "updated": QT_TRANSLATE_NOOP("Timeline", "Customer details changed"),
    "imported": QT_TRANSLATE_NOOP("Timeline", "Customer imported from {file}"),
    "vehicle_added": QT_TRANSLATE_NOOP("Timeline", "Vehicle {plate} {vin} added"),
    "vehicle_updated": QT_TRANSLATE_NOOP("Timeline", "Vehicle {vin} details changed"),
    "plate_changed": QT_TRANSLATE_NOOP("Timeline", "Plate of {vin} changed from {old} to {new}"),
    "owner_in": QT_TRANSLATE_NOOP("Timeline", "Became owner of {plate} {vin} (from {other})"),
    "owner_out": QT_TRANSLATE_NOOP("Timeline", "Vehicle {plate} {vin} passed to {other}"),
    "odometer_lower": QT_TRANSLATE_NOOP("Timeline", "Odometer of {vin} recorded lower: {km} km ({reason})"),
    "consent": QT_TRANSLATE_NOOP("Timeline", "Marketing consent {state} ({channel})"),
    "merged": QT_TRANSLATE_NOOP("Timeline", "Merged with {other} (#{other_id})"),
    "vehicles_merged": QT_TRANSLATE_NOOP("Timeline", "Vehicle {other_vin} merged into {vin}"),
    "erased": QT_TRANSLATE_NOOP("Timeline", "Personal data erased on the customer's request"),
}


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved: dict[str, int]  # "table.column" -> rows re-pointed


def add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def clean_text(text: str | None) -> str:
    """Text from a form or a cell, full-width folded to half-width and stripped."""
    return fold(text or "")
