"""The customer file (客户档案): customers and companies, their vehicles, search, merge, timeline.

Every desk starts here. Search goes through normalised keys (``services.customers_search``);
import and export through ``services.customers_import`` and ``reports.customers``. Phones are
masked for people without ``SEE_FULL_PHONE``; exports of personal data need
``EXPORT_PERSONAL_DATA`` and are audit-logged.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import UniqueConstraint, and_, delete, exists, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.base import Base
from app.db.engine import Database
from app.db.models.customers import (
    Customer,
    CustomerContact,
    CustomerEvent,
    CustomerSearchKey,
    CustomerTag,
    MarketingConsent,
    OdometerReading,
    Vehicle,
    VehicleOwner,
    VehiclePlate,
)
from services.audit import AuditLog
from services.clock import Clock
from services.customers_search import MATCH_KINDS, customer_keys, plan, vehicle_keys
from services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError, conflict_error
from services.identifiers import (
    check_credit_code,
    check_mobile,
    check_plate,
    fold,
    mask_phone,
    normalise_phone,
    normalise_plate,
    normalise_vin,
    require_vin,
)
from services.users import Actor, Permission

log = logging.getLogger(__name__)

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


def _clean(text: str | None) -> str:
    return fold(text or "")


# ---- foreign keys, discovered from the metadata --------------------------------------------


def referencing_columns(table_name: str) -> list[tuple[Any, Any]]:
    """Every (table, column) in ``Base.metadata`` with a foreign key to ``table_name``.id.

    Later areas' tables (job cards, appointments, calls, claims) are found here without this
    module knowing them, so a merge carries their rows along.
    """
    import app.db.models  # noqa: F401  (registers every area's tables)

    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def _repoint(s: Session, table_name: str, old_id: int, new_id: int) -> dict[str, int]:
    """Re-point every reference to row ``old_id`` of ``table_name`` at ``new_id``.

    Where a unique constraint includes the column (a customer's tag), a row of ``old_id`` equal
    to one of ``new_id`` in the other columns is a duplicate and is dropped; a one-to-one row
    (unique on the column alone) present on both sides cannot be merged and is refused.
    """
    moved: dict[str, int] = {}
    for table, column in referencing_columns(table_name):
        unique_sets = [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
        unique_sets += [list(i.columns) for i in table.indexes if i.unique]
        if column.unique:
            unique_sets.append([column])
        for columns in unique_sets:
            if column not in columns:
                continue
            others = [c for c in columns if c is not column]
            if not others:
                count = select(func.count()).select_from(table)
                if s.execute(count.where(column == old_id)).scalar() and \
                        s.execute(count.where(column == new_id)).scalar():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "Both records have a {table} entry; merge them by hand first."),
                        table=table.name,
                    )
                continue
            other = table.alias("other")
            same = and_(other.c[column.name] == new_id, *[other.c[c.name] == table.c[c.name] for c in others])
            s.execute(delete(table).where(column == old_id, exists(select(other.c[column.name]).where(same))))
        result = s.execute(update(table).where(column == old_id).values({column.name: new_id}))
        if result.rowcount:
            moved[f"{table.name}.{column.name}"] = result.rowcount
    return moved


# ---- the service -------------------------------------------------------------------------------



_EXPORT_CHANNELS_ZH = {"paper": "纸质", "phone": "电话", "wechat": "微信", "sms": "短信", "email": "邮件",
                       "app": "app", "import": "导入"}

class CustomerService:
    """Customers, vehicles, their histories; search, duplicates, merge, timeline, import/export."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock,
                 timeline_sources: Iterable[TimelineSource] = ()) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.timeline_sources: list[TimelineSource] = list(timeline_sources)

    # ---- search --------------------------------------------------------------------------
    def search(self, actor: Actor, query: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Customers and vehicles matching a typed query: name, pinyin, initials, mobile (whole or
        last digits), plate (with or without province), VIN (whole, or last 6/8), company name."""
        actor.require(Permission.VIEW_CUSTOMERS)
        ranges = plan(query)
        if not ranges:
            return []
        with self.db.read() as s:
            found: dict[tuple[int, int | None], tuple[bool, int, int, str]] = {}
            order = 0
            for r in ranges:
                rows = s.execute(
                    select(CustomerSearchKey.key, CustomerSearchKey.customer_id, CustomerSearchKey.vehicle_id)
                    .where(CustomerSearchKey.key >= r.prefix, CustomerSearchKey.key < r.upper)
                    .order_by(CustomerSearchKey.key).limit(limit)
                ).all()
                for key, customer_id, vehicle_id in rows:
                    ident = (customer_id, vehicle_id)
                    exact = key == r.prefix
                    rank = (not exact, r.priority, order)
                    order += 1
                    if ident not in found or rank < found[ident][:3]:
                        found[ident] = (*rank, r.kind)  # type: ignore[assignment]
            ranked = sorted(found.items(), key=lambda kv: kv[1][:3])[:limit]
            return self._hits(s, actor, ranked)

    def _hits(self, s: Session, actor: Actor, ranked) -> list[SearchHit]:
        if not ranked:
            return []
        customer_ids = {cid for (cid, _), _ in ranked}
        vehicle_ids = {vid for (_, vid), _ in ranked if vid is not None}
        customers = {
            row.id: row for row in s.execute(
                select(Customer.id, Customer.kind, Customer.name, Customer.mobile, Customer.merged_into_id)
                .where(Customer.id.in_(customer_ids)))
        }
        vehicle_cols = (Vehicle.id, Vehicle.owner_id, Vehicle.plate, Vehicle.vin, Vehicle.brand, Vehicle.model)
        vehicles = {row.id: row for row in s.execute(select(*vehicle_cols).where(Vehicle.id.in_(vehicle_ids)))} \
            if vehicle_ids else {}
        first_vehicle: dict[int, Any] = {}
        counts: dict[int, int] = dict(
            s.execute(select(Vehicle.owner_id, func.count()).where(
                Vehicle.owner_id.in_(customer_ids), Vehicle.merged_into_id.is_(None)).group_by(Vehicle.owner_id)).all()
        )
        need_first = [cid for (cid, vid), _ in ranked if vid is None and counts.get(cid)]
        if need_first:
            for row in s.execute(select(*vehicle_cols).where(Vehicle.owner_id.in_(need_first),
                                                             Vehicle.merged_into_id.is_(None))
                                 .order_by(Vehicle.id)):
                first_vehicle.setdefault(row.owner_id, row)
        full = actor.can(Permission.SEE_FULL_PHONE)
        hits = []
        shown: set[tuple[int, int | None]] = set()
        for (cid, vid), (not_exact, _prio, _order, kind) in ranked:
            c = customers.get(cid)
            if c is None or c.merged_into_id is not None:
                continue
            v = vehicles.get(vid) if vid is not None else first_vehicle.get(cid)
            if (cid, v.id if v is not None else None) in shown:
                continue
            shown.add((cid, v.id if v is not None else None))
            hits.append(SearchHit(
                customer_id=cid, vehicle_id=vid if vid is not None else (v.id if v is not None else None),
                kind=c.kind, name=c.name,
                mobile=(c.mobile or "") if full else mask_phone(c.mobile),
                plate=(v.plate or "") if v is not None else "", vin=v.vin if v is not None else "",
                vehicle=f"{v.brand} {v.model}".strip() if v is not None else "",
                vehicle_count=counts.get(cid, 0), matched=MATCH_KINDS[kind], exact=not not_exact,
            ))
        return hits

    def find_duplicates(self, actor: Actor, *, mobile: str | None = None, vin: str | None = None,
                        plate: str | None = None, exclude_customer_id: int | None = None) -> list[Duplicate]:
        """Existing customers with the same mobile, or owning a vehicle with the same VIN or plate."""
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return self._duplicates(s, actor, mobile, vin, plate, exclude_customer_id)

    def _duplicates(self, s: Session, actor: Actor, mobile, vin, plate, exclude_customer_id) -> list[Duplicate]:
        out: list[Duplicate] = []
        show = (lambda p: p) if actor.can(Permission.SEE_FULL_PHONE) else mask_phone
        live = Customer.merged_into_id.is_(None)
        mobile = normalise_phone(mobile or "")
        if mobile:
            q = select(Customer.id, Customer.name).where(Customer.mobile == mobile, live)
            q = q.union_all(
                select(Customer.id, Customer.name).join(CustomerContact, CustomerContact.customer_id == Customer.id)
                .where(CustomerContact.mobile == mobile, live))
            out += [Duplicate(cid, name, "mobile", show(mobile)) for cid, name in s.execute(q)]
        vin = normalise_vin(vin or "")
        if vin:
            out += [Duplicate(cid, name, "vin", vin) for cid, name in s.execute(
                select(Customer.id, Customer.name).join(Vehicle, Vehicle.owner_id == Customer.id)
                .where(Vehicle.vin == vin))]
        plate = normalise_plate(plate or "")
        if plate:
            out += [Duplicate(cid, name, "plate", plate) for cid, name in s.execute(
                select(Customer.id, Customer.name).join(Vehicle, Vehicle.owner_id == Customer.id)
                .where(Vehicle.plate == plate, Vehicle.merged_into_id.is_(None), live))]
        seen: set[tuple[int, str]] = set()
        unique = []
        for d in out:
            if d.customer_id != exclude_customer_id and (d.customer_id, d.field) not in seen:
                seen.add((d.customer_id, d.field))
                unique.append(d)
        return unique

    # ---- reading ---------------------------------------------------------------------------
    def customer(self, actor: Actor, customer_id: int) -> CustomerInfo:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return self._customer_info(s, actor, self._get(s, customer_id), with_vehicles=True)

    def vehicle(self, actor: Actor, vehicle_id: int) -> VehicleInfo:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return self._vehicle_info(s, self._get_vehicle(s, vehicle_id), history=True)

    def vehicle_by_vin(self, actor: Actor, vin: str) -> VehicleInfo | None:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            row = s.scalar(select(Vehicle).where(Vehicle.vin == normalise_vin(vin)))
            return self._vehicle_info(s, row, history=True) if row is not None else None

    def _customer_info(self, s: Session, actor: Actor, c: Customer, *, with_vehicles: bool) -> CustomerInfo:
        full = actor.can(Permission.SEE_FULL_PHONE)
        show = (lambda p: p or "") if full else mask_phone
        tags = tuple(s.scalars(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id).order_by(CustomerTag.tag)))
        contacts = tuple(
            ContactInfo(x.id, x.name, x.role, show(x.mobile), x.notes, x.relation, show(x.other_phone), x.is_driver)
            for x in s.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id)
                               .order_by(CustomerContact.id))
        )
        vehicles: tuple[VehicleInfo, ...] = ()
        if with_vehicles:
            vehicles = tuple(
                self._vehicle_info(s, v, history=True, owner_name=c.name)
                for v in s.scalars(select(Vehicle).where(Vehicle.owner_id == c.id, Vehicle.merged_into_id.is_(None))
                                   .order_by(Vehicle.id))
            )
        return CustomerInfo(
            id=c.id, kind=c.kind, name=c.name, mobile=show(c.mobile), other_phone=show(c.other_phone),
            phones_masked=not full, address=c.address, birthday=c.birthday, gender=c.gender, source=c.source,
            notes=c.notes, credit_code=c.credit_code, invoice_title=c.invoice_title, billing_terms=c.billing_terms,
            credit_limit=c.credit_limit, statement_day=c.statement_day, marketing_consent=c.marketing_consent,
            consent_date=c.consent_date, consent_channel=c.consent_channel, club_number=c.club_number,
            club_level=c.club_level, club_joined_on=c.club_joined_on, active=c.active,
            merged_into_id=c.merged_into_id, created_at=c.created_at, version=c.version, updated_by=c.updated_by,
            tags=tags, contacts=contacts, vehicles=vehicles,
        )

    def _vehicle_info(self, s: Session, v: Vehicle, *, history: bool, owner_name: str | None = None) -> VehicleInfo:
        start = v.purchase_date or v.delivery_date
        plates: tuple[PlateInfo, ...] = ()
        owners: tuple[OwnerInfo, ...] = ()
        readings: tuple[OdometerInfo, ...] = ()
        if owner_name is None:
            owner_name = s.scalar(select(Customer.name).where(Customer.id == v.owner_id)) or ""
        if history:
            plates = tuple(PlateInfo(p.plate, p.valid_from, p.valid_to) for p in s.scalars(
                select(VehiclePlate).where(VehiclePlate.vehicle_id == v.id).order_by(VehiclePlate.id)))
            owners = tuple(OwnerInfo(cid, name, f, t, reason) for cid, name, f, t, reason in s.execute(
                select(VehicleOwner.customer_id, Customer.name, VehicleOwner.owned_from, VehicleOwner.owned_to,
                       VehicleOwner.reason).join(Customer, Customer.id == VehicleOwner.customer_id)
                .where(VehicleOwner.vehicle_id == v.id).order_by(VehicleOwner.id)))
            readings = tuple(OdometerInfo(r.read_at, r.km, r.source, r.lower_than_previous, r.reason, r.recorded_by)
                             for r in s.scalars(select(OdometerReading).where(OdometerReading.vehicle_id == v.id)
                                                .order_by(OdometerReading.read_at, OdometerReading.id)))
        return VehicleInfo(
            id=v.id, vin=v.vin, vin_check_overridden=v.vin_check_overridden, vin_override_reason=v.vin_override_reason,
            plate=v.plate, plate_kind=v.plate_kind, owner_id=v.owner_id, owner_name=owner_name, brand=v.brand,
            model=v.model, model_year=v.model_year, colour=v.colour, engine_number=v.engine_number, energy=v.energy,
            purchase_date=v.purchase_date, delivery_date=v.delivery_date, warranty_months=v.warranty_months,
            warranty_km=v.warranty_km, warranty_until=add_months(start, v.warranty_months) if start else None,
            sanbao_months=v.sanbao_months, sanbao_km=v.sanbao_km,
            sanbao_until=add_months(start, v.sanbao_months) if start else None,
            insurer=v.insurer, insurance_expiry=v.insurance_expiry, inspection_due=v.inspection_due,
            last_odometer=v.last_odometer, notes=v.notes, version=v.version,
            plates=plates, owners=owners, readings=readings,
        )

    @staticmethod
    def _get(s: Session, customer_id: int) -> Customer:
        row = s.get(Customer, customer_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such customer (#{id})."), id=customer_id)
        return row

    @staticmethod
    def _get_vehicle(s: Session, vehicle_id: int) -> Vehicle:
        row = s.get(Vehicle, vehicle_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such vehicle (#{id})."), id=vehicle_id)
        return row

    # ---- validation ----------------------------------------------------------------------------
    @staticmethod
    def validate_customer(data: CustomerInput) -> CustomerInput:
        """The input, cleaned; raises ValidationError naming the field at fault."""
        name = " ".join(_clean(data.name).split())
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the customer's name."), field="name")
        if len(name) > 128:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A name has at most 128 characters."), field="name")
        if data.kind not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A customer is a person or a company."),
                                  field="kind")
        mobile = check_mobile(data.mobile) if _clean(data.mobile) else ""
        # a masked number (021****0101) stands for the stored one: update_customer puts that back
        other = data.other_phone if "*" in (data.other_phone or "") else \
            (normalise_phone(data.other_phone) if _clean(data.other_phone) else "")
        if other and "*" not in other and not 5 <= len(other) <= 20:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                                  field="other_phone", phone=data.other_phone)
        code = check_credit_code(data.credit_code) if _clean(data.credit_code) else ""
        if data.billing_terms not in BILLING_TERMS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown billing terms."), field="billing_terms")
        if data.billing_terms == "monthly" and data.kind != "company":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Monthly billing is for company accounts."), field="billing_terms")
        if data.statement_day is not None and not 1 <= int(data.statement_day) <= 28:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The statement day is between 1 and 28."),
                                  field="statement_day")
        if data.credit_limit is not None and (isinstance(data.credit_limit, float) or Decimal(data.credit_limit) < 0):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A credit limit is an amount of 0 or more."),
                                  field="credit_limit")
        if data.gender not in (None, "", "m", "f"):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown gender."), field="gender")
        contacts = []
        for c in data.contacts:
            cname = _clean(c.name)
            if not cname:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the contact's name."), field="contacts")
            if c.role not in CONTACT_ROLES:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown contact role."), field="contacts")
            masked = "*" in (c.mobile or "") or "*" in (c.other_phone or "")
            cother = c.other_phone if "*" in (c.other_phone or "") else \
                (normalise_phone(c.other_phone) if _clean(c.other_phone) else "")
            if cother and "*" not in cother and not 5 <= len(cother) <= 20:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                                      field="contacts", phone=c.other_phone)
            try:
                cmobile = c.mobile if "*" in (c.mobile or "") else (check_mobile(c.mobile) if _clean(c.mobile) else "")
            except ValidationError as exc:
                raise ValidationError(exc.text, field="contacts", **exc.params) from None
            if masked and c.id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Type the contact's whole number."),
                                      field="contacts")
            contacts.append(ContactInput(cname, c.role, cmobile, _clean(c.notes), _clean(c.relation)[:32], cother,
                                         c.role == "driver" if c.is_driver is None else bool(c.is_driver), c.id))
        tags = tuple(dict.fromkeys(t for t in (_clean(t)[:32] for t in data.tags) if t))
        return replace(data, name=name, mobile=mobile, other_phone=other, credit_code=code,
                       address=_clean(data.address), source=_clean(data.source)[:32], notes=(data.notes or "").strip(),
                       invoice_title=_clean(data.invoice_title), club_number=_clean(data.club_number),
                       club_level=_clean(data.club_level), gender=data.gender or None, tags=tags,
                       contacts=tuple(contacts))

    @staticmethod
    def validate_vehicle(data: VehicleInput, today: date) -> tuple[VehicleInput, bool, str | None]:
        """The input cleaned, whether the VIN check was overridden, and the plate's kind."""
        check = require_vin(data.vin, override_reason=data.vin_override_reason)
        plate_kind = None
        plate = ""
        if _clean(data.plate):
            pc = check_plate(data.plate)
            plate, plate_kind = pc.plate, pc.kind
        if data.model_year is not None and not 1950 <= int(data.model_year) <= today.year + 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{year} is not a model year."),
                                  field="model_year", year=data.model_year)
        if data.energy not in ENERGIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown energy kind."), field="energy")
        for name in ("warranty_months", "warranty_km", "sanbao_months", "sanbao_km"):
            if int(getattr(data, name)) <= 0:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Warranty periods are positive."), field=name)
        if data.purchase_date and data.purchase_date > today:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The purchase date lies in the future."),
                                  field="purchase_date")
        if data.odometer_km is not None and not 0 <= int(data.odometer_km) < 3_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="odometer_km", km=data.odometer_km)
        cleaned = replace(
            data, vin=check.vin, plate=plate,
            vin_override_reason=(data.vin_override_reason or "").strip() if not check.check_ok else "",
            brand=_clean(data.brand), model=_clean(data.model), colour=_clean(data.colour),
            engine_number=_clean(data.engine_number).upper(), insurer=_clean(data.insurer),
            notes=(data.notes or "").strip(),
        )
        return cleaned, not check.check_ok, plate_kind

    # ---- writing customers -------------------------------------------------------------------
    def create_customer(self, actor: Actor, data: CustomerInput, *, vehicles: Sequence[VehicleInput] = (),
                        allow_duplicate: bool = False) -> CustomerInfo:
        """A new customer (and vehicles). Same mobile, VIN or plate as an existing record raises
        ``DuplicateFound`` unless ``allow_duplicate``; a VIN already on file is always refused."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data = self.validate_customer(data)
        if "*" in data.other_phone:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                                  field="other_phone", phone=data.other_phone)
        today = self.clock.today()
        checked = [self.validate_vehicle(v, today) for v in vehicles]
        with self.db.write() as s:
            self._refuse_known_vins(s, [v.vin for v, _, _ in checked])
            dups = []
            for phone in [data.mobile, *(c.mobile for c in data.contacts)]:
                if phone:
                    dups += self._duplicates(s, actor, phone, None, None, None)
            for v, _, _ in checked:
                dups += self._duplicates(s, actor, None, None, v.plate, None)
            if dups and not allow_duplicate:
                raise DuplicateFound(dups)
            c = Customer(updated_by=actor.username)
            self._apply_customer(s, c, data)
            s.add(c)
            s.flush()
            self._set_tags_and_contacts(s, c, data)
            self._event(s, actor, c.id, "created", details={"name": c.name})
            for v, overridden, kind in checked:
                self._add_vehicle(s, actor, c, v, overridden, kind)
            self._rebuild_keys(s, c.id)
            self.audit.record(s, actor, "customer.create", "customer", c.id, c.name,
                              details={"duplicates_confirmed": [d.customer_id for d in dups]} if dups else None)
            s.flush()
            return self._customer_info(s, actor, c, with_vehicles=True)

    def update_customer(self, actor: Actor, customer_id: int, data: CustomerInput) -> CustomerInfo:
        actor.require(Permission.EDIT_CUSTOMERS)
        data = self.validate_customer(data)
        try:
            with self.db.write() as s:
                c = self._get(s, customer_id)
                if c.merged_into_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This customer was merged into #{id}."),
                                          id=c.merged_into_id)
                if c.version != data.version:
                    raise conflict_error(c)
                if not actor.can(Permission.SEE_FULL_PHONE):
                    # the form showed masked numbers: an unchanged mask keeps the stored number
                    if data.mobile == "" or "*" in (data.mobile or ""):
                        data = replace(data, mobile=c.mobile or "")
                if "*" in (data.other_phone or ""):  # left masked: unchanged
                    data = replace(data, other_phone=c.other_phone or "")
                before = {f: str(getattr(c, f)) for f in ("name", "kind", "mobile", "address", "credit_code")}
                self._apply_customer(s, c, data)
                c.updated_by = actor.username
                self._set_tags_and_contacts(s, c, data)
                s.flush()
                after = {f: str(getattr(c, f)) for f in before}
                changed = {f: [before[f], after[f]] for f in before if before[f] != after[f]}
                self._event(s, actor, c.id, "updated", details=changed or None)
                self._rebuild_keys(s, c.id)
                return self._customer_info(s, actor, c, with_vehicles=True)
        except StaleDataError:
            with self.db.read() as s:
                raise conflict_error(self._get(s, customer_id)) from None

    @staticmethod
    def _apply_customer(s: Session, c: Customer, d: CustomerInput) -> None:
        c.kind, c.name, c.mobile, c.other_phone = d.kind, d.name, d.mobile or None, d.other_phone or None
        c.address, c.birthday, c.gender, c.source, c.notes = d.address, d.birthday, d.gender, d.source, d.notes
        c.credit_code, c.invoice_title = d.credit_code or None, d.invoice_title
        c.billing_terms, c.credit_limit, c.statement_day = d.billing_terms, d.credit_limit, d.statement_day
        c.club_number, c.club_level, c.club_joined_on = d.club_number or None, d.club_level or None, d.club_joined_on

    @staticmethod
    def _set_tags_and_contacts(s: Session, c: Customer, d: CustomerInput) -> None:
        s.execute(delete(CustomerTag).where(CustomerTag.customer_id == c.id))
        s.add_all(CustomerTag(customer_id=c.id, tag=t) for t in d.tags)
        stored = {x.id: x for x in s.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id))}

        def kept(x: ContactInput, field: str) -> str | None:
            # a masked number is the stored one, unchanged (only a stored contact can be masked)
            value = getattr(x, field)
            if "*" in (value or ""):
                old = stored.get(x.id) if x.id is not None else None
                if old is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Type the contact's whole number."),
                                          field="contacts")
                return getattr(old, field)
            return value or None

        rows = [CustomerContact(customer_id=c.id, name=x.name, role=x.role, mobile=kept(x, "mobile"), notes=x.notes,
                                relation=x.relation, other_phone=kept(x, "other_phone"),
                                is_driver=x.role == "driver" if x.is_driver is None else x.is_driver)
                for x in d.contacts]
        s.execute(delete(CustomerContact).where(CustomerContact.customer_id == c.id))
        s.add_all(rows)
        s.flush()

    def set_marketing_consent(self, actor: Actor, customer_id: int, given: bool, channel: str,
                              on: date | None = None) -> CustomerInfo:
        """Record consent to marketing contact, or its withdrawal, with date and channel (个人信息保护法)."""
        actor.require(Permission.EDIT_CUSTOMERS)
        if channel not in CONSENT_CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say how the customer gave or withdrew consent."),
                                  field="consent_channel")
        on = on or self.clock.today()
        with self.db.write() as s:
            c = self._get(s, customer_id)
            s.add(MarketingConsent(customer_id=c.id, given=given, given_on=on, channel=channel,
                                   recorded_by=actor.username))
            c.marketing_consent, c.consent_date, c.consent_channel = given, on, channel
            c.updated_by = actor.username
            self._event(s, actor, c.id, "consent", details={"given": given, "channel": channel, "on": str(on)})
            self.audit.record(s, actor, "customer.consent", "customer", c.id,
                              f"{'given' if given else 'withdrawn'} ({channel})")
            s.flush()
            return self._customer_info(s, actor, c, with_vehicles=False)

    def set_club_membership(self, actor: Actor, customer_id: int, number: str, level: str = "",
                            joined_on: date | None = None) -> CustomerInfo:
        """Car-club (车友俱乐部) membership: number, level and joining date; an empty number ends it."""
        actor.require(Permission.EDIT_CUSTOMERS)
        number, level = _clean(number)[:32], _clean(level)[:32]
        if not number and (level or joined_on):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the car-club membership number."),
                                  field="club_number")
        if joined_on and joined_on > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The joining date lies in the future."),
                                  field="club_joined_on")
        with self.db.write() as s:
            c = self._get(s, customer_id)
            before = [c.club_number or "", c.club_level or ""]
            c.club_number, c.club_level = number or None, level or None
            c.club_joined_on = (joined_on or c.club_joined_on or self.clock.today()) if number else None
            c.updated_by = actor.username
            s.flush()
            if before != [number, level]:
                self._event(s, actor, c.id, "updated", details={"club": [" ".join(before).strip(),
                                                                         f"{number} {level}".strip()]})
            return self._customer_info(s, actor, c, with_vehicles=False)

    def consent_history(self, actor: Actor, customer_id: int) -> list[tuple[date, bool, str, str | None]]:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(MarketingConsent.given_on, MarketingConsent.given, MarketingConsent.channel,
                       MarketingConsent.recorded_by).where(MarketingConsent.customer_id == customer_id)
                .order_by(MarketingConsent.given_on, MarketingConsent.id))]

    # ---- writing vehicles -----------------------------------------------------------------------
    def add_vehicle(self, actor: Actor, customer_id: int, data: VehicleInput, *,
                    allow_duplicate: bool = False) -> VehicleInfo:
        """A vehicle for a customer. The VIN check character is enforced unless overridden with a
        reason; a VIN already on file is refused (change its owner instead); a plate already on
        another car raises ``DuplicateFound`` unless ``allow_duplicate``."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data, overridden, kind = self.validate_vehicle(data, self.clock.today())
        with self.db.write() as s:
            c = self._get(s, customer_id)
            self._refuse_known_vins(s, [data.vin])
            dups = self._duplicates(s, actor, None, None, data.plate, None) if data.plate else []
            if dups and not allow_duplicate:
                raise DuplicateFound(dups)
            v = self._add_vehicle(s, actor, c, data, overridden, kind)
            self._rebuild_keys(s, c.id)
            return self._vehicle_info(s, v, history=True, owner_name=c.name)

    def _refuse_known_vins(self, s: Session, vins: Sequence[str]) -> None:
        if len(set(vins)) != len(vins):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The same VIN is entered twice."), field="vin")
        if not vins:
            return
        row = s.execute(select(Vehicle.vin, Customer.name).join(Customer, Customer.id == Vehicle.owner_id)
                        .where(Vehicle.vin.in_(list(vins)))).first()
        if row is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "VIN {vin} is already in the customer file (owner {name}). "
                                                  "Change that vehicle's owner instead of adding it again."),
                field="vin", vin=row[0], name=row[1])

    def _add_vehicle(self, s: Session, actor: Actor, c: Customer, d: VehicleInput, overridden: bool,
                     plate_kind: str | None) -> Vehicle:
        today = self.clock.today()
        v = Vehicle(
            vin=d.vin, vin_check_overridden=overridden, vin_override_reason=d.vin_override_reason or None,
            plate=d.plate or None, plate_kind=plate_kind, owner_id=c.id, brand=d.brand, model=d.model,
            model_year=d.model_year, colour=d.colour, engine_number=d.engine_number, energy=d.energy,
            purchase_date=d.purchase_date, delivery_date=d.delivery_date, warranty_months=d.warranty_months,
            warranty_km=d.warranty_km, sanbao_months=d.sanbao_months, sanbao_km=d.sanbao_km, insurer=d.insurer,
            insurance_expiry=d.insurance_expiry, inspection_due=d.inspection_due, notes=d.notes,
            last_odometer=d.odometer_km, updated_by=actor.username,
        )
        s.add(v)
        s.flush()
        if d.plate:
            s.add(VehiclePlate(vehicle_id=v.id, plate=d.plate, valid_from=today))
        s.add(VehicleOwner(vehicle_id=v.id, customer_id=c.id, owned_from=d.delivery_date or d.purchase_date or today))
        if d.odometer_km is not None:
            s.add(OdometerReading(vehicle_id=v.id, read_at=self.clock.now(), km=d.odometer_km, source="manual",
                                  recorded_by=actor.username))
        self._event(s, actor, c.id, "vehicle_added", vehicle_id=v.id, details={"plate": v.plate or "", "vin": v.vin})
        if overridden:
            self.audit.record(s, actor, "vehicle.vin_override", "vehicle", v.id, v.vin,
                              details={"reason": d.vin_override_reason})
        return v

    def update_vehicle(self, actor: Actor, vehicle_id: int, data: VehicleInput) -> VehicleInfo:
        """Edit a vehicle. A new plate closes the old one in the plate history; the VIN stays."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data, overridden, kind = self.validate_vehicle(data, self.clock.today())
        try:
            with self.db.write() as s:
                v = self._get_vehicle(s, vehicle_id)
                if v.version != data.version:
                    raise conflict_error(v)
                if data.vin != v.vin:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "The VIN identifies the vehicle and cannot be edited; "
                                                          "add the right vehicle and merge the two."), field="vin")
                if data.plate != (v.plate or ""):
                    self._change_plate(s, actor, v, data.plate, kind)
                for name in ("brand", "model", "model_year", "colour", "engine_number", "energy", "purchase_date",
                             "delivery_date", "warranty_months", "warranty_km", "sanbao_months", "sanbao_km",
                             "insurer", "insurance_expiry", "inspection_due", "notes"):
                    setattr(v, name, getattr(data, name))
                v.updated_by = actor.username
                s.flush()
                self._event(s, actor, v.owner_id, "vehicle_updated", vehicle_id=v.id, details={"vin": v.vin})
                self._rebuild_keys(s, v.owner_id)
                return self._vehicle_info(s, v, history=True)
        except StaleDataError:
            with self.db.read() as s:
                raise conflict_error(self._get_vehicle(s, vehicle_id)) from None

    def _change_plate(self, s: Session, actor: Actor, v: Vehicle, plate: str, kind: str | None) -> None:
        today = self.clock.today()
        s.execute(update(VehiclePlate).where(VehiclePlate.vehicle_id == v.id, VehiclePlate.valid_to.is_(None))
                  .values(valid_to=today))
        if plate:
            s.add(VehiclePlate(vehicle_id=v.id, plate=plate, valid_from=today))
        self._event(s, actor, v.owner_id, "plate_changed", vehicle_id=v.id,
                    details={"vin": v.vin, "old": v.plate or "", "new": plate})
        v.plate, v.plate_kind = plate or None, kind

    def change_owner(self, actor: Actor, vehicle_id: int, new_owner_id: int, *, on: date | None = None,
                     reason: str = "") -> VehicleInfo:
        """The vehicle passes to another customer; its plates, readings and history go with it."""
        actor.require(Permission.EDIT_CUSTOMERS)
        on = on or self.clock.today()
        with self.db.write() as s:
            v = self._get_vehicle(s, vehicle_id)
            new = self._get(s, new_owner_id)
            if new.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This customer was merged into #{id}."),
                                      id=new.merged_into_id)
            if v.owner_id == new.id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} owns this vehicle already."),
                                      name=new.name)
            old = self._get(s, v.owner_id)
            s.execute(update(VehicleOwner).where(VehicleOwner.vehicle_id == v.id, VehicleOwner.owned_to.is_(None))
                      .values(owned_to=on))
            s.add(VehicleOwner(vehicle_id=v.id, customer_id=new.id, owned_from=on, reason=_clean(reason)))
            v.owner_id = new.id
            v.updated_by = actor.username
            details = {"plate": v.plate or "", "vin": v.vin}
            self._event(s, actor, old.id, "owner_out", vehicle_id=v.id, details={**details, "other": new.name})
            self._event(s, actor, new.id, "owner_in", vehicle_id=v.id, details={**details, "other": old.name})
            self.audit.record(s, actor, "vehicle.owner_change", "vehicle", v.id, f"{v.vin}: {old.name} → {new.name}",
                              details={"from": old.id, "to": new.id, "reason": reason})
            s.flush()
            self._rebuild_keys(s, old.id)
            self._rebuild_keys(s, new.id)
            return self._vehicle_info(s, v, history=True, owner_name=new.name)

    def record_odometer(self, actor: Actor, vehicle_id: int, km: int, *, at: datetime | None = None,
                        reason: str = "", source: str = "manual") -> OdometerInfo:
        """A mileage reading. One lower than the last is refused without a reason, kept and flagged with one."""
        actor.require(Permission.EDIT_CUSTOMERS)
        if not 0 <= int(km) < 3_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="km", km=km)
        at = at or self.clock.now()
        with self.db.write() as s:
            v = self._get_vehicle(s, vehicle_id)
            last = s.scalar(select(OdometerReading.km).where(OdometerReading.vehicle_id == v.id,
                                                             OdometerReading.read_at <= at)
                            .order_by(OdometerReading.read_at.desc(), OdometerReading.id.desc()).limit(1))
            lower = last is not None and km < last
            if lower and not reason.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{km} km is lower than the last reading, {last} km. Check the "
                                                      "odometer; if it is right (a replaced cluster), give the reason."),
                    field="km", km=km, last=last)
            row = OdometerReading(vehicle_id=v.id, read_at=at, km=int(km), source=source, lower_than_previous=lower,
                                  reason=reason.strip() or None, recorded_by=actor.username)
            s.add(row)
            latest = s.scalar(select(OdometerReading.km).where(OdometerReading.vehicle_id == v.id)
                              .order_by(OdometerReading.read_at.desc(), OdometerReading.id.desc()).limit(1))
            v.last_odometer = latest
            if lower:
                self._event(s, actor, v.owner_id, "odometer_lower", vehicle_id=v.id,
                            details={"vin": v.vin, "km": km, "reason": reason.strip()})
                self.audit.record(s, actor, "vehicle.odometer_lower", "vehicle", v.id, f"{v.vin}: {km} < {last}",
                                  details={"reason": reason.strip()})
            s.flush()
            return OdometerInfo(row.read_at, row.km, row.source, row.lower_than_previous, row.reason, row.recorded_by)

    # ---- merge ------------------------------------------------------------------------------------
    def merge_customers(self, actor: Actor, keep_id: int, drop_id: int) -> MergeResult:
        """Merge customer ``drop_id`` into ``keep_id``: every row of every table that references the
        dropped customer (vehicles, job cards, appointments, calls... found in the metadata) now
        references the kept one; the dropped record stays, marked as merged. Audit-logged."""
        actor.require(Permission.MERGE_CUSTOMERS)
        if keep_id == drop_id:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose two different customers to merge."))
        with self.db.write() as s:
            keep, drop = self._get(s, keep_id), self._get(s, drop_id)
            for c in (keep, drop):
                if c.merged_into_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} was merged into #{id} already."),
                                          name=c.name, id=c.merged_into_id)
            snapshot = {"name": drop.name, "mobile": drop.mobile, "other_phone": drop.other_phone,
                        "address": drop.address, "credit_code": drop.credit_code, "notes": drop.notes}
            s.flush()
            moved = _repoint(s, "customers", drop.id, keep.id)
            s.expire_all()
            keep, drop = self._get(s, keep_id), self._get(s, drop_id)
            # the kept record takes what it lacks from the dropped one; nothing of either is lost
            for f in ("mobile", "address", "birthday", "gender", "credit_code", "club_number", "club_level",
                      "club_joined_on", "statement_day", "credit_limit"):
                if getattr(keep, f) in (None, "") and getattr(drop, f) not in (None, ""):
                    setattr(keep, f, getattr(drop, f))
            if drop.mobile and drop.mobile != keep.mobile:
                if not keep.other_phone:
                    keep.other_phone = drop.mobile
                elif drop.mobile != keep.other_phone:
                    s.add(CustomerContact(customer_id=keep.id, name=drop.name, role="contact", mobile=drop.mobile,
                                          notes=f"#{drop.id}"))
            if drop.other_phone and drop.other_phone not in (keep.mobile, keep.other_phone):
                s.add(CustomerContact(customer_id=keep.id, name=drop.name, role="contact",
                                      mobile=drop.other_phone, notes=f"#{drop.id}"))
            extra = [t for t in (drop.notes, drop.address if drop.address != keep.address else "",
                                 drop.name if drop.name != keep.name else "") if t]
            if extra:
                keep.notes = "\n".join([keep.notes, f"[#{drop.id}] " + " / ".join(extra)]).strip()
            latest = s.execute(select(MarketingConsent).where(MarketingConsent.customer_id == keep.id)
                               .order_by(MarketingConsent.given_on.desc(), MarketingConsent.id.desc()).limit(1)
                               ).scalar()
            if latest is not None:
                keep.marketing_consent, keep.consent_date, keep.consent_channel = \
                    latest.given, latest.given_on, latest.channel
            drop.merged_into_id, drop.active = keep.id, False
            keep.updated_by = drop.updated_by = actor.username
            s.flush()
            self._event(s, actor, keep.id, "merged", details={"other": snapshot["name"], "other_id": drop.id,
                                                              "moved": moved})
            s.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id.in_([keep.id, drop.id])))
            self._rebuild_keys(s, keep.id)
            self.audit.record(s, actor, "customer.merge", "customer", keep.id,
                              f"#{drop.id} {snapshot['name']} → #{keep.id} {keep.name}",
                              details={"merged": drop.id, "kept": keep.id, "moved": moved,
                                       "merged_record": {k: v for k, v in snapshot.items() if v}})
            return MergeResult(keep.id, drop.id, moved)

    def merge_vehicles(self, actor: Actor, keep_id: int, drop_id: int) -> MergeResult:
        """Merge two records of one car (a VIN typed wrong once): every reference moves to ``keep_id``."""
        actor.require(Permission.MERGE_CUSTOMERS)
        if keep_id == drop_id:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose two different vehicles to merge."))
        with self.db.write() as s:
            keep, drop = self._get_vehicle(s, keep_id), self._get_vehicle(s, drop_id)
            if drop.merged_into_id is not None or keep.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This vehicle was merged already."))
            owners = {keep.owner_id, drop.owner_id}
            s.flush()
            moved = _repoint(s, "vehicles", drop.id, keep.id)
            s.expire_all()
            keep, drop = self._get_vehicle(s, keep_id), self._get_vehicle(s, drop_id)
            for f in ("plate", "plate_kind", "brand", "model", "model_year", "colour", "engine_number",
                      "purchase_date", "delivery_date", "insurer", "insurance_expiry", "inspection_due"):
                if getattr(keep, f) in (None, "") and getattr(drop, f) not in (None, ""):
                    setattr(keep, f, getattr(drop, f))
            keep.last_odometer = max([x for x in (keep.last_odometer, drop.last_odometer) if x is not None],
                                     default=None)
            drop.merged_into_id = keep.id
            keep.updated_by = drop.updated_by = actor.username
            s.flush()
            self._event(s, actor, keep.owner_id, "vehicles_merged", vehicle_id=keep.id,
                        details={"vin": keep.vin, "other_vin": drop.vin, "moved": moved})
            s.execute(delete(CustomerSearchKey).where(CustomerSearchKey.vehicle_id == drop.id))
            for owner in owners:
                self._rebuild_keys(s, owner)
            self.audit.record(s, actor, "vehicle.merge", "vehicle", keep.id, f"{drop.vin} → {keep.vin}",
                              details={"merged": drop.id, "kept": keep.id, "moved": moved})
            return MergeResult(keep.id, drop.id, moved)

    # ---- timeline -----------------------------------------------------------------------------------
    def timeline(self, actor: Actor, customer_id: int) -> list[TimelineEntry]:
        """Everything the station did with a customer, newest first: the customer file's own events
        and every timeline source's entries (job cards, statements, appointments, calls, claims)."""
        actor.require(Permission.VIEW_CUSTOMERS)
        from services.errors import PermissionDenied

        entries: list[TimelineEntry] = []
        with self.db.read() as s:
            self._get(s, customer_id)
            for e in s.scalars(select(CustomerEvent).where(CustomerEvent.customer_id == customer_id)
                               .order_by(CustomerEvent.at, CustomerEvent.id)):
                params = {k: v for k, v in (e.details or {}).items() if isinstance(v, str | int)}
                if e.kind == "consent":
                    params["state"] = "given" if (e.details or {}).get("given") else "withdrawn"
                entries.append(TimelineEntry(e.at, f"customers.{e.kind}", EVENT_TITLES.get(e.kind, e.kind), params,
                                             e.vehicle_id, "customers", None, e.username))
        for source in self.timeline_sources:
            try:
                entries.extend(source(actor, customer_id))
            except PermissionDenied:
                continue
        # newest first; at equal times the later-recorded first
        order = {id(e): i for i, e in enumerate(entries)}
        entries.sort(key=lambda e: (e.at, order[id(e)]), reverse=True)
        return entries

    def _event(self, s: Session, actor: Actor, customer_id: int, kind: str, *, vehicle_id: int | None = None,
               details: dict | None = None) -> None:
        s.add(CustomerEvent(customer_id=customer_id, vehicle_id=vehicle_id, at=self.clock.now(), kind=kind,
                            username=actor.username, details=details))

    # ---- search keys ------------------------------------------------------------------------------------
    def _rebuild_keys(self, s: Session, customer_id: int) -> None:
        s.flush()
        s.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id == customer_id))
        c = s.get(Customer, customer_id)
        if c is None or c.merged_into_id is not None:
            return
        phones = [c.mobile, c.other_phone]
        for mobile, other in s.execute(select(CustomerContact.mobile, CustomerContact.other_phone)
                                       .where(CustomerContact.customer_id == c.id)):
            phones += [mobile, other]
        rows = [{"key": k, "customer_id": c.id, "vehicle_id": None} for k in customer_keys(c.name, c.kind, phones)]
        for vid, vin, plate in s.execute(select(Vehicle.id, Vehicle.vin, Vehicle.plate).where(
                Vehicle.owner_id == c.id, Vehicle.merged_into_id.is_(None))):
            rows += [{"key": k, "customer_id": c.id, "vehicle_id": vid} for k in vehicle_keys(vin, plate)]
        if rows:
            s.execute(CustomerSearchKey.__table__.insert(), rows)

    def rebuild_search_keys(self, actor: Actor) -> int:
        """Recompute every search key (after a change in how keys are made). Returns the count."""
        actor.require(Permission.EDIT_SETTINGS)
        with self.db.write() as s:
            s.execute(delete(CustomerSearchKey))
            ids = list(s.scalars(select(Customer.id).where(Customer.merged_into_id.is_(None))))
            for cid in ids:
                self._rebuild_keys(s, cid)
            return s.scalar(select(func.count()).select_from(CustomerSearchKey)) or 0

    # ---- export ------------------------------------------------------------------------------------------
    def export_rows(self, actor: Actor, *, purpose: str = "", via: str = "app",
                    language: str = "zh_CN") -> Iterator[list]:
        """Rows of the customer file (one per vehicle; a customer without vehicles once), in the import
        columns (``services.customers_import.FIELDS``). Needs EXPORT_PERSONAL_DATA; the export is logged
        before the first row is handed out."""
        actor.require(Permission.EXPORT_PERSONAL_DATA)
        with self.db.write() as s:
            n = s.scalar(select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None)))
            self.audit.record(s, actor, "customers.export", "customer", None,
                              f"{n} customers exported", details={"purpose": purpose, "via": via, "customers": n})
        return self._export_rows(actor, language)

    def _export_rows(self, actor: Actor, language: str = "zh_CN") -> Iterator[list]:
        from services.customers_import import FIELDS

        # coded values in the reader's language (the import reads both): 个人/单位, 是/否, 微信 …
        zh = language != "en"
        kind_text = {"person": "个人", "company": "单位"} if zh else {}
        yes_no = ("是", "否") if zh else ("yes", "no")
        channel_text = _EXPORT_CHANNELS_ZH if zh else {}

        full = actor.can(Permission.SEE_FULL_PHONE)
        show = (lambda p: p or "") if full else mask_phone
        names = [f.name for f in FIELDS]
        with self.db.read() as s:
            tags: dict[int, list[str]] = {}
            for cid, tag in s.execute(select(CustomerTag.customer_id, CustomerTag.tag).order_by(CustomerTag.tag)):
                tags.setdefault(cid, []).append(tag)
            q = (select(Customer, Vehicle).outerjoin(Vehicle, and_(Vehicle.owner_id == Customer.id,
                                                                   Vehicle.merged_into_id.is_(None)))
                 .where(Customer.merged_into_id.is_(None)).order_by(Customer.id, Vehicle.id)
                 .execution_options(yield_per=2000))
            for c, v in s.execute(q):
                values = {
                    "name": c.name, "kind": kind_text.get(c.kind, c.kind), "mobile": show(c.mobile),
                    "other_phone": show(c.other_phone),
                    "address": c.address, "birthday": c.birthday, "credit_code": c.credit_code or "",
                    "source": c.source, "tags": ",".join(tags.get(c.id, [])),
                    "consent": yes_no[0] if c.marketing_consent else yes_no[1],
                    "consent_channel": channel_text.get(c.consent_channel or "", c.consent_channel or ""),
                    "consent_date": c.consent_date, "notes": c.notes,
                }
                if v is not None:
                    values.update({
                        "vin": v.vin, "vin_override_reason": v.vin_override_reason or "", "plate": v.plate or "",
                        "brand": v.brand, "model": v.model, "model_year": v.model_year, "colour": v.colour,
                        "engine_number": v.engine_number, "purchase_date": v.purchase_date,
                        "delivery_date": v.delivery_date, "odometer": v.last_odometer, "insurer": v.insurer,
                        "insurance_expiry": v.insurance_expiry, "inspection_due": v.inspection_due,
                    })
                yield [values.get(n) for n in names]

    def export_workbook(self, actor: Actor, headers: Sequence[str], *, sheet_title: str = "Customers",
                        purpose: str = "", via: str = "app", language: str = "zh_CN") -> bytes:
        """The export as .xlsx bytes; ``headers`` are the column titles in the user's language."""
        from reports.customers import customer_workbook
        from services.customers_import import FIELDS

        text = [i for i, f in enumerate(FIELDS) if f.name in ("mobile", "other_phone", "credit_code", "vin", "plate",
                                                               "engine_number")]
        return customer_workbook(headers, self.export_rows(actor, purpose=purpose, via=via, language=language),
                                 sheet_title=sheet_title,
                                 text_columns=text)

    # ---- import (see services.customers_import) -------------------------------------------------------
    def preview_import(self, actor: Actor, sheet, mapping):
        from services.customers_import import preview

        actor.require(Permission.EDIT_CUSTOMERS)
        return preview(self, actor, sheet, mapping)

    def import_sheet(self, actor: Actor, sheet, mapping, *, file_name: str = "", via: str = "app"):
        from services.customers_import import run_import

        actor.require(Permission.EDIT_CUSTOMERS)
        return run_import(self, actor, sheet, mapping, file_name=file_name, via=via)
