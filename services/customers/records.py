"""The customer file's records inside a unit of work: what every use case of the area shares.

``CustomerRecords`` works on an open session handed in by the caller (one user action = one
transaction, opened by the use case): fetch a customer or vehicle or refuse plainly, turn rows
into the plain data the service hands out, write a timeline event, keep the search keys, add a
vehicle with its plate, owner and first reading, and find records a new entry would duplicate.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.models.customers import (
    Customer,
    CustomerContact,
    CustomerEvent,
    CustomerSearchKey,
    CustomerTag,
    OdometerReading,
    Vehicle,
    VehicleOwner,
    VehiclePlate,
)
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.identifiers import normalise_phone, normalise_plate, normalise_vin
from services.customers.model import (
    ContactInfo,
    CustomerInfo,
    CustomerInput,
    Duplicate,
    OdometerInfo,
    OwnerInfo,
    PlateInfo,
    VehicleInfo,
    VehicleInput,
    add_months,
)
from services.customers.search import customer_keys, vehicle_keys
from services.customers.validation import plate_warnings
from services.users import privacy
from services.users.audit import AuditLog
from services.users.permissions import Actor


class CustomerRecords:
    """Session-level pieces of the customer file, shared by its use cases."""

    def __init__(self, audit: AuditLog, clock: Clock) -> None:
        self.audit = audit
        self.clock = clock

    @staticmethod
    def get(s: Session, customer_id: int) -> Customer:
        row = s.get(Customer, customer_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such customer (#{id})."), id=customer_id)
        return row

    @staticmethod
    def erased(s: Session, customer_id: int) -> bool:
        """Whether the customer's personal data was erased on request (services.customers.erasure)."""
        return s.scalar(select(Customer.erased_at).where(Customer.id == customer_id)) is not None

    @staticmethod
    def get_vehicle(s: Session, vehicle_id: int) -> Vehicle:
        row = s.get(Vehicle, vehicle_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such vehicle (#{id})."), id=vehicle_id)
        return row

    def customer_info(self, s: Session, actor: Actor, c: Customer, *, with_vehicles: bool) -> CustomerInfo:
        full = privacy.sees_full_phone(actor)
        show = privacy.phone_view(actor)
        tags = tuple(s.scalars(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id).order_by(CustomerTag.tag)))
        contacts = tuple(
            ContactInfo(x.id, x.name, x.role, show(x.mobile), x.notes, x.relation, show(x.other_phone), x.is_driver)
            for x in s.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id)
                               .order_by(CustomerContact.id))
        )
        vehicles: tuple[VehicleInfo, ...] = ()
        if with_vehicles:
            vehicles = tuple(
                self.vehicle_info(s, v, history=True, owner_name=c.name)
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
            tags=tags, contacts=contacts, vehicles=vehicles, erased=c.erased_at is not None,
        )

    def vehicle_info(self, s: Session, v: Vehicle, *, history: bool, owner_name: str | None = None) -> VehicleInfo:
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
            plates=plates, owners=owners, readings=readings, warnings=plate_warnings(v.plate),
        )

    def duplicates(self, s: Session, actor: Actor, mobile, vin, plate, exclude_customer_id) -> list[Duplicate]:
        """Live customers with this mobile (theirs or a contact's), or owning a car with this VIN or plate."""
        out: list[Duplicate] = []
        show = privacy.phone_view(actor)
        live = Customer.merged_into_id.is_(None)
        mobile = normalise_phone(mobile or "")
        if mobile:
            q = select(Customer.id, Customer.name).where(Customer.mobile == mobile, live)
            both = q.union_all(
                select(Customer.id, Customer.name).join(CustomerContact, CustomerContact.customer_id == Customer.id)
                .where(CustomerContact.mobile == mobile, live))
            out += [Duplicate(cid, name, "mobile", show(mobile)) for cid, name in s.execute(both)]
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

    @staticmethod
    def apply_customer(c: Customer, d: CustomerInput) -> None:
        """Copy a validated input onto a customer row."""
        c.kind, c.name, c.mobile, c.other_phone = d.kind, d.name, d.mobile or None, d.other_phone or None
        c.address, c.birthday, c.gender, c.source, c.notes = d.address, d.birthday, d.gender, d.source, d.notes
        c.credit_code, c.invoice_title = d.credit_code or None, d.invoice_title
        c.billing_terms, c.credit_limit, c.statement_day = d.billing_terms, d.credit_limit, d.statement_day
        c.club_number, c.club_level, c.club_joined_on = d.club_number or None, d.club_level or None, d.club_joined_on

    @staticmethod
    def refuse_known_vins(s: Session, vins: Sequence[str]) -> None:
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

    def add_vehicle(self, s: Session, actor: Actor, c: Customer, d: VehicleInput, overridden: bool,
                    plate_kind: str | None) -> Vehicle:
        """A validated vehicle for ``c``, with its first plate, ownership, reading and timeline event."""
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
        self.event(s, actor, c.id, "vehicle_added", vehicle_id=v.id, details={"plate": v.plate or "", "vin": v.vin})
        if overridden:
            self.audit.record(s, actor, "vehicle.vin_override", "vehicle", v.id, v.vin,
                              details={"reason": d.vin_override_reason})
        return v

    def event(self, s: Session, actor: Actor, customer_id: int, kind: str, *, vehicle_id: int | None = None,
              details: dict | None = None) -> None:
        s.add(CustomerEvent(customer_id=customer_id, vehicle_id=vehicle_id, at=self.clock.now(), kind=kind,
                            username=actor.username, details=details))

    @staticmethod
    def rebuild_keys(s: Session, customer_id: int) -> None:
        """Recompute one customer's search keys (name, phones, and each live vehicle's VIN and plate)."""
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
