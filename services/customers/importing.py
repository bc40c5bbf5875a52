"""Importing customers and vehicles from a workbook: preview, then all or nothing.

The rows (``services.customers.workbook.parse_rows``) are checked with the form's rules, against
each other (a VIN or plate twice in the file) and against the customer file (a VIN already on
file; a customer on file with the same name and mobile, or company code, receives the row's
vehicle). The preview lists every problem. The import writes nothing unless every row is good.

Reading, checking and preparing the rows happens before the write transaction, with only a
short read session: other desks keep saving while a large workbook is checked (on SQLite a
write transaction locks out every other writer). The write is then one short transaction of
bulk inserts, which checks once more what may have changed in the meantime. Linear in the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, insert, literal_column, select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.customers import (
    Customer,
    CustomerEvent,
    CustomerSearchKey,
    CustomerTag,
    MarketingConsent,
    OdometerReading,
    Vehicle,
    VehicleOwner,
    VehiclePlate,
)
from app.db.types import UTCDateTime
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.identifiers import check_plate
from services.customers.search import customer_keys, vehicle_keys
from services.customers.workbook import ParsedRow, RowError, SheetData, column_name, parse_rows
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

CHUNK = 500  # values per IN (...) look-up

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...]
    total_rows: int
    new_customers: int
    existing_customers: int
    new_vehicles: int

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})


@dataclass(frozen=True)
class ImportResult:
    customers_created: int
    customers_matched: int
    vehicles_created: int
    rows: int


class ImportRejected(ValidationError):
    """The workbook has bad rows: nothing was imported. ``errors`` lists every problem."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors = tuple(errors)
        super().__init__(
            QT_TRANSLATE_NOOP("ServiceError", "Nothing was imported: {n} rows have problems ({count} in all)."),
            n=len({e.row for e in self.errors}), count=len(self.errors),
        )


def _chunks(values: Sequence, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def check_rows(s: Session, parsed: list[ParsedRow], sheet: SheetData, mapping: dict[str, int],
               errors: list[RowError]) -> tuple[list[ParsedRow], dict[tuple, int]]:
    """VINs and plates twice in the file, and VINs already on file, are errors of their rows (added
    to ``errors``). Returns the rows still good and the customer on file for each group that matches
    one. Indexed look-ups in chunks: linear in the rows."""
    vin_rows: dict[str, int] = {}
    plate_rows: dict[str, tuple[int, str]] = {}
    bad: set[int] = set()
    for p in parsed:
        if p.vehicle is None:
            continue
        if p.vehicle.vin in vin_rows:
            errors.append(RowError(p.row, column_name(sheet, mapping, "vin"),
                                   QT_TRANSLATE_NOOP("ServiceError", "VIN {vin} is also on row {other}."),
                                   {"vin": p.vehicle.vin, "other": vin_rows[p.vehicle.vin]}))
            bad.add(p.row)
        else:
            vin_rows[p.vehicle.vin] = p.row
        if p.vehicle.plate:
            seen = plate_rows.get(p.vehicle.plate)
            if seen is not None and seen[1] != p.vehicle.vin:
                errors.append(RowError(p.row, column_name(sheet, mapping, "plate"),
                                       QT_TRANSLATE_NOOP("ServiceError", "Plate {plate} is also on row {other}, "
                                                                         "on another VIN."),
                                       {"plate": p.vehicle.plate, "other": seen[0]}))
                bad.add(p.row)
            elif seen is None:
                plate_rows[p.vehicle.plate] = (p.row, p.vehicle.vin)
    known: dict[str, str] = {}
    for chunk in _chunks(list(vin_rows)):
        known.update(s.execute(select(Vehicle.vin, Customer.name).join(Customer, Customer.id == Vehicle.owner_id)
                               .where(Vehicle.vin.in_(chunk))).all())
    for p in parsed:
        if p.vehicle is not None and p.vehicle.vin in known and p.row not in bad and vin_rows.get(p.vehicle.vin) == p.row:
            errors.append(RowError(p.row, column_name(sheet, mapping, "vin"),
                                   QT_TRANSLATE_NOOP("ServiceError", "VIN {vin} is already in the customer file "
                                                                     "(owner {name})."),
                                   {"vin": p.vehicle.vin, "name": known[p.vehicle.vin]}))
            bad.add(p.row)
    good = [p for p in parsed if p.row not in bad]
    return good, existing_groups(s, good)


def existing_groups(s: Session, rows: list[ParsedRow]) -> dict[tuple, int]:
    """Groups of rows that match a live customer on file (same kind, name and mobile, or company code)."""
    existing: dict[tuple, int] = {}
    mobiles = sorted({p.group[3] for p in rows if p.group[0] != "row" and p.group[2] == "m"})
    codes = sorted({p.group[3] for p in rows if p.group[0] != "row" and p.group[2] == "c"})
    live = Customer.merged_into_id.is_(None)
    for chunk in _chunks(mobiles):
        for cid, kind, name, mobile in s.execute(select(Customer.id, Customer.kind, Customer.name, Customer.mobile)
                                                 .where(Customer.mobile.in_(chunk), live)):
            existing.setdefault((kind, name, "m", mobile), cid)
    for chunk in _chunks(codes):
        for cid, kind, name, code in s.execute(select(Customer.id, Customer.kind, Customer.name, Customer.credit_code)
                                               .where(Customer.credit_code.in_(chunk), live)):
            existing.setdefault((kind, name, "c", code), cid)
    return existing


@dataclass
class _Prepared:
    """The rows to insert, built before the write; ids are filled in inside it."""

    customers: dict[tuple, dict]  # group -> customers row (the group's first row), in file order
    customer_rows: dict[tuple, ParsedRow]
    customer_keys: dict[tuple, list[str]]
    vehicles: list[tuple[tuple, dict, list[str]]]  # (group, vehicles row, search keys)


class CustomerImporter:
    """Preview and import of a parsed workbook (``services.customers.workbook.read_workbook``)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    def _checked(self, sheet: SheetData, mapping: dict[str, int], progress: Progress | None
                 ) -> tuple[list[ParsedRow], dict[tuple, int], list[RowError]]:
        parsed, errors = parse_rows(sheet, mapping, self.clock.today(), progress=progress)
        with self.db.read() as s:
            good, existing = check_rows(s, parsed, sheet, mapping, errors)
        errors.sort(key=lambda e: e.row)
        return good, existing, errors

    def preview(self, actor: Actor, sheet: SheetData, mapping: dict[str, int], *,
                progress: Progress | None = None) -> ImportPreview:
        actor.require(Permission.EDIT_CUSTOMERS)
        good, existing, errors = self._checked(sheet, mapping, progress)
        groups = {p.group for p in good}
        return ImportPreview(
            rows=tuple(good), errors=tuple(errors), total_rows=len(sheet.rows),
            new_customers=len([g for g in groups if g not in existing]),
            existing_customers=len([g for g in groups if g in existing]),
            new_vehicles=len([p for p in good if p.vehicle is not None]),
        )

    def run(self, actor: Actor, sheet: SheetData, mapping: dict[str, int], *, file_name: str = "",
            via: str = "app", progress: Progress | None = None) -> ImportResult:
        """All or nothing: any bad row raises ``ImportRejected`` (listing every problem) and writes nothing.

        ``progress(done, total)`` reports the rows checked; ``(total, total)`` once every row has
        been checked against the customer file, just before the write begins."""
        actor.require(Permission.EDIT_CUSTOMERS)
        good, existing, errors = self._checked(sheet, mapping, progress)
        if errors:
            raise ImportRejected(errors)
        if not good:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The workbook has no rows to import."))
        prepared = self._prepare(actor, good)
        if progress is not None:
            progress(len(sheet.rows), len(sheet.rows))
        with self.db.write() as s:
            # another desk may have saved since the check: look once more (indexed, in chunks)
            late: list[RowError] = []
            still_good, existing = check_rows(s, good, sheet, mapping, late)
            if late:
                raise ImportRejected(sorted(late, key=lambda e: e.row))
            return self._write(s, actor, still_good, existing, prepared, file_name, via)

    def _prepare(self, actor: Actor, good: list[ParsedRow]) -> _Prepared:
        today = self.clock.today()
        prepared = _Prepared({}, {}, {}, [])
        for p in good:
            if p.group not in prepared.customers:
                d = p.customer
                consent = p.consent is not None
                prepared.customers[p.group] = {
                    "kind": d.kind, "name": d.name, "mobile": d.mobile or None, "other_phone": d.other_phone or None,
                    "address": d.address, "birthday": d.birthday, "gender": d.gender, "source": d.source,
                    "notes": d.notes, "credit_code": d.credit_code or None, "invoice_title": d.invoice_title,
                    "billing_terms": d.billing_terms, "credit_limit": d.credit_limit, "statement_day": d.statement_day,
                    "club_number": d.club_number or None, "club_level": d.club_level or None,
                    "club_joined_on": d.club_joined_on, "updated_by": actor.username,
                    "marketing_consent": bool(p.consent),
                    "consent_date": (p.consent_date or today) if consent else None,
                    "consent_channel": p.consent_channel if consent else None,
                }
                prepared.customer_rows[p.group] = p
                prepared.customer_keys[p.group] = customer_keys(d.name, d.kind, [d.mobile or None,
                                                                                 d.other_phone or None])
            if p.vehicle is not None:
                v = p.vehicle
                prepared.vehicles.append((p.group, {
                    "vin": v.vin, "vin_check_overridden": bool(v.vin_override_reason),
                    "vin_override_reason": v.vin_override_reason or None, "plate": v.plate or None,
                    "plate_kind": check_plate(v.plate).kind if v.plate else None, "owner_id": None,
                    "brand": v.brand, "model": v.model, "model_year": v.model_year, "colour": v.colour,
                    "engine_number": v.engine_number, "energy": v.energy, "purchase_date": v.purchase_date,
                    "delivery_date": v.delivery_date, "insurer": v.insurer, "insurance_expiry": v.insurance_expiry,
                    "inspection_due": v.inspection_due, "last_odometer": v.odometer_km, "updated_by": actor.username,
                }, vehicle_keys(v.vin, v.plate or None)))
        return prepared

    def _write(self, s: Session, actor: Actor, good: list[ParsedRow], existing: dict[tuple, int],
               prepared: _Prepared, file_name: str, via: str) -> ImportResult:
        now, today = self.clock.now(), self.clock.today()
        new_groups = [g for g in prepared.customers if g not in existing]
        stamp, sqlite = _stamp(now), self.db.is_sqlite
        ids = _insert_with_ids(s, Customer, [prepared.customers[g] for g in new_groups], stamp, sqlite=sqlite)
        group_id = {**existing, **dict(zip(new_groups, ids, strict=True))}
        tags, consents, events, keys = [], [], [], []
        for g, cid in zip(new_groups, ids, strict=True):
            p = prepared.customer_rows[g]
            tags += [{"customer_id": cid, "tag": t} for t in p.customer.tags]
            if p.consent is not None:
                consents.append({"customer_id": cid, "given": p.consent, "given_on": p.consent_date or today,
                                 "channel": p.consent_channel, "recorded_by": actor.username})
            events.append({"customer_id": cid, "vehicle_id": None, "kind": "imported",
                           "username": actor.username, "details": {"file": file_name, "row": p.row}})
            keys += [{"key": k, "customer_id": cid, "vehicle_id": None} for k in prepared.customer_keys[g]]
        rows = []
        for g, row, _ in prepared.vehicles:
            rows.append({**row, "owner_id": group_id[g]})
        vehicle_ids = _insert_with_ids(s, Vehicle, rows, stamp, sqlite=sqlite)
        plates, owners, readings = [], [], []
        for (_, _, vkeys), v, vid in zip(prepared.vehicles, rows, vehicle_ids, strict=True):
            if v["plate"]:
                plates.append({"vehicle_id": vid, "plate": v["plate"], "valid_from": today, "valid_to": None})
            owners.append({"vehicle_id": vid, "customer_id": v["owner_id"], "reason": "",
                           "owned_from": v["delivery_date"] or v["purchase_date"] or today, "owned_to": None})
            if v["last_odometer"] is not None:
                readings.append({"vehicle_id": vid, "km": v["last_odometer"], "source": "import",
                                 "lower_than_previous": False, "reason": None, "recorded_by": actor.username})
            events.append({"customer_id": v["owner_id"], "vehicle_id": vid, "kind": "vehicle_added",
                           "username": actor.username, "details": {"plate": v["plate"] or "", "vin": v["vin"]}})
            # a customer on file keeps its own keys and gains the new car's
            keys += [{"key": k, "customer_id": v["owner_id"], "vehicle_id": vid} for k in vkeys]
        for model, values in ((CustomerTag, tags), (MarketingConsent, consents), (CustomerEvent, events),
                              (CustomerSearchKey, keys), (VehiclePlate, plates), (VehicleOwner, owners),
                              (OdometerReading, readings)):
            if values:
                table = model.__table__
                times = {c: stamp for c in ("created_at", "updated_at", "at", "read_at") if c in table.c}
                s.execute(insert(table).values(times), values)
        result = ImportResult(len(new_groups), len({existing[p.group] for p in good if p.group in existing}),
                              len(vehicle_ids), len(good))
        self.audit.record(s, actor, "customers.import", "customer", None,
                          f"{file_name}: {result.customers_created} customers, {result.vehicles_created} vehicles",
                          details={"file": file_name, "via": via, "rows": result.rows,
                                   "created": result.customers_created, "matched": result.customers_matched,
                                   "vehicles": result.vehicles_created})
        return result


def _stamp(moment: datetime):
    """``moment`` as a literal of its stored form (naive UTC) written once into a bulk insert: every
    row of the import gets the same time without converting it once per row and column."""
    text = moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return literal_column(f"'{text}'", type_=UTCDateTime())


def _insert_with_ids(s: Session, model, rows: list[dict], stamp, *, sqlite: bool) -> list[int]:
    """Insert ``rows`` in batched statements with ids taken beforehand; the ids, in the order of ``rows``.

    (``INSERT ... RETURNING`` in parameter order runs one statement per row on SQLite.) On SQLite the
    write transaction holds the database's only write lock, so the ids after the largest are free;
    on PostgreSQL they come from the table's sequence.
    """
    if not rows:
        return []
    table = model.__table__
    if sqlite:
        start = (s.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(start, start + len(rows)))
    else:
        sequence = s.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
        ids = list(s.scalars(text("SELECT nextval(:seq) FROM generate_series(1, :n)"),
                             {"seq": sequence, "n": len(rows)}))
    s.execute(insert(table).values(created_at=stamp, updated_at=stamp),
              [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids
