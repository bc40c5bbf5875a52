"""Merging two records of one customer, or of one car: every reference moves to the kept one.

The tables that reference a customer or a vehicle are found in the metadata, so later areas'
rows (job cards, appointments, calls, claims) go along without this module knowing them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import UniqueConstraint, and_, delete, exists, func, select, update
from sqlalchemy.orm import Session

from app.db.base import Base, rowcount
from app.db.engine import Database
from app.db.models.customers import CustomerContact, CustomerSearchKey, MarketingConsent
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.customers.model import MergeResult
from services.customers.records import CustomerRecords
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


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


def repoint(s: Session, table_name: str, old_id: int, new_id: int) -> dict[str, int]:
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
        if rowcount(result):
            moved[f"{table.name}.{column.name}"] = rowcount(result)
    return moved


class CustomerMerger:
    """Merging customers and vehicles (needs ``MERGE_CUSTOMERS``; audit-logged)."""

    def __init__(self, db: Database, audit: AuditLog, records: CustomerRecords) -> None:
        self.db = db
        self.audit = audit
        self.records = records

    def merge_customers(self, actor: Actor, keep_id: int, drop_id: int) -> MergeResult:
        """Merge customer ``drop_id`` into ``keep_id``: every row of every table that references the
        dropped customer (vehicles, job cards, appointments, calls... found in the metadata) now
        references the kept one; the dropped record stays, marked as merged. Audit-logged."""
        actor.require(Permission.MERGE_CUSTOMERS)
        if keep_id == drop_id:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose two different customers to merge."))
        with self.db.write() as s:
            keep, drop = self.records.get(s, keep_id), self.records.get(s, drop_id)
            for c in (keep, drop):
                if c.merged_into_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} was merged into #{id} already."),
                                          name=c.name, id=c.merged_into_id)
            snapshot = {"name": drop.name, "mobile": drop.mobile, "other_phone": drop.other_phone,
                        "address": drop.address, "credit_code": drop.credit_code, "notes": drop.notes}
            s.flush()
            moved = repoint(s, "customers", drop.id, keep.id)
            s.expire_all()
            keep, drop = self.records.get(s, keep_id), self.records.get(s, drop_id)
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
            self.records.event(s, actor, keep.id, "merged", details={"other": snapshot["name"], "other_id": drop.id,
                                                              "moved": moved})
            s.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id.in_([keep.id, drop.id])))
            self.records.rebuild_keys(s, keep.id)
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
            keep, drop = self.records.get_vehicle(s, keep_id), self.records.get_vehicle(s, drop_id)
            if drop.merged_into_id is not None or keep.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This vehicle was merged already."))
            owners = {keep.owner_id, drop.owner_id}
            s.flush()
            moved = repoint(s, "vehicles", drop.id, keep.id)
            s.expire_all()
            keep, drop = self.records.get_vehicle(s, keep_id), self.records.get_vehicle(s, drop_id)
            for f in ("plate", "plate_kind", "brand", "model", "model_year", "colour", "engine_number",
                      "purchase_date", "delivery_date", "insurer", "insurance_expiry", "inspection_due"):
                if getattr(keep, f) in (None, "") and getattr(drop, f) not in (None, ""):
                    setattr(keep, f, getattr(drop, f))
            keep.last_odometer = max([x for x in (keep.last_odometer, drop.last_odometer) if x is not None],
                                     default=None)
            drop.merged_into_id = keep.id
            keep.updated_by = drop.updated_by = actor.username
            s.flush()
            self.records.event(s, actor, keep.owner_id, "vehicles_merged", vehicle_id=keep.id,
                        details={"vin": keep.vin, "other_vin": drop.vin, "moved": moved})
            s.execute(delete(CustomerSearchKey).where(CustomerSearchKey.vehicle_id == drop.id))
            for owner in owners:
                self.records.rebuild_keys(s, owner)
            self.audit.record(s, actor, "vehicle.merge", "vehicle", keep.id, f"{drop.vin} → {keep.vin}",
                              details={"merged": drop.id, "kept": keep.id, "moved": moved})
            return MergeResult(keep.id, drop.id, moved)
