"""Writing vehicles: add, edit (a new plate closes the old one), change of owner, odometer readings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.customers import OdometerReading, Vehicle, VehicleOwner, VehiclePlate
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, StaleRecord, ValidationError, conflict_error
from services.customers.model import DuplicateFound, OdometerInfo, VehicleInfo, VehicleInput, clean_text
from services.customers.records import CustomerRecords
from services.customers.validation import validate_vehicle
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class VehicleEditor:
    """A customer's vehicles: plates, owners and odometer readings, each kept as a history."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, records: CustomerRecords) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.records = records

    def add_vehicle(self, actor: Actor, customer_id: int, data: VehicleInput, *,
                    allow_duplicate: bool = False) -> VehicleInfo:
        """A vehicle for a customer. The VIN check character is enforced unless overridden with a
        reason; a VIN already on file is refused (change its owner instead); a plate already on
        another car raises ``DuplicateFound`` unless ``allow_duplicate``."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data, overridden, kind = validate_vehicle(data, self.clock.today())
        with self.db.write() as s:
            c = self.records.get(s, customer_id)
            self.records.refuse_known_vins(s, [data.vin])
            dups = self.records.duplicates(s, actor, None, None, data.plate, None) if data.plate else []
            if dups and not allow_duplicate:
                raise DuplicateFound(dups)
            v = self.records.add_vehicle(s, actor, c, data, overridden, kind)
            self.records.rebuild_keys(s, c.id)
            return self.records.vehicle_info(s, v, history=True, owner_name=c.name)

    def update_vehicle(self, actor: Actor, vehicle_id: int, data: VehicleInput) -> VehicleInfo:
        """Edit a vehicle. A new plate closes the old one in the plate history; the VIN stays."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data, overridden, kind = validate_vehicle(data, self.clock.today())
        try:
            with self.db.write() as s:
                v = self.records.get_vehicle(s, vehicle_id)
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
                self.records.event(s, actor, v.owner_id, "vehicle_updated", vehicle_id=v.id, details={"vin": v.vin})
                self.records.rebuild_keys(s, v.owner_id)
                return self.records.vehicle_info(s, v, history=True)
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(self.records.get_vehicle(s, vehicle_id)) from None

    def _change_plate(self, s: Session, actor: Actor, v: Vehicle, plate: str, kind: str | None) -> None:
        today = self.clock.today()
        s.execute(update(VehiclePlate).where(VehiclePlate.vehicle_id == v.id, VehiclePlate.valid_to.is_(None))
                  .values(valid_to=today))
        if plate:
            s.add(VehiclePlate(vehicle_id=v.id, plate=plate, valid_from=today))
        self.records.event(s, actor, v.owner_id, "plate_changed", vehicle_id=v.id,
                    details={"vin": v.vin, "old": v.plate or "", "new": plate})
        v.plate, v.plate_kind = plate or None, kind

    def change_owner(self, actor: Actor, vehicle_id: int, new_owner_id: int, *, on: date | None = None,
                     reason: str = "") -> VehicleInfo:
        """The vehicle passes to another customer; its plates, readings and history go with it."""
        actor.require(Permission.EDIT_CUSTOMERS)
        on = on or self.clock.today()
        with self.db.write() as s:
            v = self.records.get_vehicle(s, vehicle_id)
            new = self.records.get(s, new_owner_id)
            if new.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This customer was merged into #{id}."),
                                      id=new.merged_into_id)
            if v.owner_id == new.id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} owns this vehicle already."),
                                      name=new.name)
            old = self.records.get(s, v.owner_id)
            s.execute(update(VehicleOwner).where(VehicleOwner.vehicle_id == v.id, VehicleOwner.owned_to.is_(None))
                      .values(owned_to=on))
            s.add(VehicleOwner(vehicle_id=v.id, customer_id=new.id, owned_from=on, reason=clean_text(reason)))
            v.owner_id = new.id
            v.updated_by = actor.username
            details = {"plate": v.plate or "", "vin": v.vin}
            self.records.event(s, actor, old.id, "owner_out", vehicle_id=v.id, details={**details, "other": new.name})
            self.records.event(s, actor, new.id, "owner_in", vehicle_id=v.id, details={**details, "other": old.name})
            self.audit.record(s, actor, "vehicle.owner_change", "vehicle", v.id, f"{v.vin}: {old.name} → {new.name}",
                              details={"from": old.id, "to": new.id, "reason": reason})
            s.flush()
            self.records.rebuild_keys(s, old.id)
            self.records.rebuild_keys(s, new.id)
            return self.records.vehicle_info(s, v, history=True, owner_name=new.name)

    def record_odometer(self, actor: Actor, vehicle_id: int, km: int, *, at: datetime | None = None,
                        reason: str = "", source: str = "manual") -> OdometerInfo:
        """A mileage reading. One lower than the last is refused without a reason, kept and flagged with one."""
        actor.require(Permission.EDIT_CUSTOMERS)
        if not 0 <= int(km) < 3_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="km", km=km)
        at = at or self.clock.now()
        with self.db.write() as s:
            v = self.records.get_vehicle(s, vehicle_id)
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
                self.records.event(s, actor, v.owner_id, "odometer_lower", vehicle_id=v.id,
                            details={"vin": v.vin, "km": km, "reason": reason.strip()})
                self.audit.record(s, actor, "vehicle.odometer_lower", "vehicle", v.id, f"{v.vin}: {km} < {last}",
                                  details={"reason": reason.strip()})
            s.flush()
            return OdometerInfo(row.read_at, row.km, row.source, row.lower_than_previous, row.reason, row.recorded_by)
