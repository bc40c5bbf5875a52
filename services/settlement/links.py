"""Settlement's seam to parts stock, for counter sales.

The sale's stock moves go through the parts service's public ledger (``parts.ledger.post(session,
...)``), which joins the sale's transaction. Two things the parts service does not offer publicly
(yet) are read here from its tables, in the sale's session: the bin a sale takes from (the rule of
its private ``_pick_bin``: the default bin if it holds enough, else the fullest) and the moves a
counter sale posted (to put them back when the sale is voided). When the parts service offers
``pick_bin(session, part_id, qty)`` and ``moves_for(session, reference)``, call those instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.parts import Bin, Part, StockBalance, StockMove


def pick_bin(s: Session, part_id: int, qty: Decimal) -> int | None:
    """The bin to take ``qty`` from; None when the part has no bin at all (the parts service's default)."""
    default = s.scalar(select(Part.default_bin_id).where(Part.id == part_id))
    rows = s.execute(select(StockBalance.bin_id, StockBalance.on_hand).where(
        StockBalance.part_id == part_id, StockBalance.bin_id.not_in(select(Bin.id).where(Bin.quarantine.is_(True))))
        .order_by(StockBalance.on_hand.desc(), StockBalance.bin_id)).all()
    held = dict(rows)
    if default is not None and held.get(default, Decimal(0)) >= qty:
        return default
    if rows and rows[0][1] >= qty:
        return rows[0][0]
    if default is not None:
        return default
    return rows[0][0] if rows else None


@dataclass(frozen=True)
class SaleMove:
    id: int
    part_id: int
    bin_id: int
    qty: Decimal  # signed, as posted (negative for a sale)
    unit_cost: Decimal


def counter_sale_moves(s: Session, reference: str) -> list[SaleMove]:
    """The counter-sale moves posted under ``reference`` that no later move reversed."""
    rows = s.execute(select(StockMove.id, StockMove.part_id, StockMove.bin_id, StockMove.qty, StockMove.unit_cost,
                            StockMove.reverses_id)
                     .where(StockMove.reference == reference, StockMove.kind == "counter_sale")
                     .order_by(StockMove.id)).all()
    reversed_ids = {r.reverses_id for r in rows if r.reverses_id is not None}
    return [SaleMove(r.id, r.part_id, r.bin_id, r.qty, r.unit_cost) for r in rows
            if r.reverses_id is None and r.id not in reversed_ids]
