"""A supplier's price list and the parts already in the master: each part of the list is linked to the
supplier (part_suppliers) at the list's price, with the list's file and date, so the part shows who sells it
at what and the purchase order for that supplier is priced from it.

A part with no supplier yet takes the list's supplier as its preferred one; a part bought elsewhere keeps its
preferred supplier and gains this one beside it. A link that exists is priced again by every later list.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.db.models.parts import PartSupplier
from app.db.types import Money
from services.parts.values import chunks


def link_existing(s: Session, supplier_id: int, links: list[tuple[int, str, Decimal | None]], file_name: str,
                  now: datetime) -> tuple[int, int]:
    """Link the parts ``links`` (part id, part number, list cost) to ``supplier_id``: (newly linked, priced again)."""
    wanted = {pid: cost for pid, _number, cost in links}
    numbers = {pid: number for pid, number, _cost in links}
    if not wanted:
        return 0, 0
    ps = PartSupplier.__table__
    ids = list(wanted)
    linked_here: set[int] = set()
    with_supplier: set[int] = set()
    for batch in chunks(ids, 5000):
        for pid, sid in s.execute(select(PartSupplier.part_id, PartSupplier.supplier_id)
                                  .where(PartSupplier.part_id.in_(batch))):
            with_supplier.add(pid)
            if sid == supplier_id:
                linked_here.add(pid)
    listed = file_name[:128]
    new = [{"part_id": pid, "supplier_id": supplier_id, "supplier_number": numbers[pid], "price": wanted[pid] or None,
            "lead_time_days": None, "preferred": pid not in with_supplier, "price_list": listed, "listed_at": now,
            "created_at": now, "updated_at": now} for pid in ids if pid not in linked_here]
    for rows in chunks(new, 5000):
        s.execute(ps.insert(), rows)
    again = [{"b_part": pid, "b_price": wanted[pid] or None} for pid in ids if pid in linked_here]
    stmt = (ps.update().where(ps.c.part_id == bindparam("b_part"), ps.c.supplier_id == supplier_id)
            .values(price=bindparam("b_price", type_=Money()), price_list=listed, listed_at=now, updated_at=now))
    for updates in chunks(again, 5000):
        s.execute(stmt, updates)
    return len(new), len(again)
