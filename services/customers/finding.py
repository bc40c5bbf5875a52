"""Finding customers and vehicles: the search list, duplicate checks, reading one record.

Search goes through normalised keys (``services.customers.search``); phones are masked for
people without ``SEE_FULL_PHONE``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, true
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.customers import Customer, CustomerSearchKey, Vehicle
from services.common.identifiers import normalise_vin
from services.customers.model import SEARCH_LIMIT, CustomerInfo, Duplicate, SearchHit, VehicleInfo
from services.customers.records import CustomerRecords
from services.customers.search import INSIDE, MATCH_KINDS, plan
from services.users import privacy
from services.users.permissions import Actor, Permission


class CustomerFinder:
    """Read-only use cases of the customer file, and the upkeep of its search keys."""

    def __init__(self, db: Database, records: CustomerRecords) -> None:
        self.db = db
        self.records = records

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
                    .where(CustomerSearchKey.key >= r.prefix,
                           CustomerSearchKey.key < r.upper if r.upper is not None else true())
                    .order_by(CustomerSearchKey.key).limit(limit)
                ).all()
                for key, customer_id, vehicle_id in rows:
                    ident = (customer_id, vehicle_id)
                    exact = key == r.prefix and r.kind not in INSIDE  # 小明 is not exactly 王小明
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
        show = privacy.phone_view(actor)
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
                mobile=show(c.mobile),
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
            return self.records.duplicates(s, actor, mobile, vin, plate, exclude_customer_id)

    def customer(self, actor: Actor, customer_id: int) -> CustomerInfo:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return self.records.customer_info(s, actor, self.records.get(s, customer_id), with_vehicles=True)

    def vehicle(self, actor: Actor, vehicle_id: int) -> VehicleInfo:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return self.records.vehicle_info(s, self.records.get_vehicle(s, vehicle_id), history=True)

    def vehicle_by_vin(self, actor: Actor, vin: str) -> VehicleInfo | None:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            row = s.scalar(select(Vehicle).where(Vehicle.vin == normalise_vin(vin)))
            return self.records.vehicle_info(s, row, history=True) if row is not None else None

    def rebuild_search_keys(self, actor: Actor) -> int:
        """Recompute every search key (after a change in how keys are made). Returns the count."""
        actor.require(Permission.EDIT_SETTINGS)
        with self.db.write() as s:
            s.execute(delete(CustomerSearchKey))
            ids = list(s.scalars(select(Customer.id).where(Customer.merged_into_id.is_(None))))
            for cid in ids:
                self.records.rebuild_keys(s, cid)
            return s.scalar(select(func.count()).select_from(CustomerSearchKey)) or 0
