"""A customer's timeline: the customer file's own events and every other area's entries."""

from __future__ import annotations

from sqlalchemy import select

from app.db.engine import Database
from app.db.models.customers import CustomerEvent
from services.common.errors import PermissionDenied
from services.customers.model import EVENT_TITLES, TimelineEntry, TimelineSource
from services.customers.records import CustomerRecords
from services.users.permissions import Actor, Permission


class CustomerTimeline:
    """Gathers the timeline; ``sources`` (job cards, statements, calls...) are the other areas' feeds."""

    def __init__(self, db: Database, records: CustomerRecords, sources: list[TimelineSource]) -> None:
        self.db = db
        self.records = records
        self.sources = sources  # the service's list: a source added there is asked here too

    def timeline(self, actor: Actor, customer_id: int) -> list[TimelineEntry]:
        """Everything the station did with a customer, newest first: the customer file's own events
        and every timeline source's entries (job cards, statements, appointments, calls, claims)."""
        actor.require(Permission.VIEW_CUSTOMERS)
        entries: list[TimelineEntry] = []
        with self.db.read() as s:
            self.records.get(s, customer_id)
            for e in s.scalars(select(CustomerEvent).where(CustomerEvent.customer_id == customer_id)
                               .order_by(CustomerEvent.at, CustomerEvent.id)):
                params = {k: v for k, v in (e.details or {}).items() if isinstance(v, str | int)}
                if e.kind == "consent":
                    params["state"] = "given" if (e.details or {}).get("given") else "withdrawn"
                entries.append(TimelineEntry(e.at, f"customers.{e.kind}", EVENT_TITLES.get(e.kind, e.kind), params,
                                             e.vehicle_id, "customers", None, e.username))
        for source in self.sources:
            try:
                entries.extend(source(actor, customer_id))
            except PermissionDenied:
                continue
        # newest first; at equal times the later-recorded first
        order = {id(e): i for i, e in enumerate(entries)}
        entries.sort(key=lambda e: (e.at, order[id(e)]), reverse=True)
        return entries
