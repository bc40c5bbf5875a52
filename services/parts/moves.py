"""The store's other moves — counter sales, adjustments, transfers between bins — the data part and
bin labels print, and the check of the balances against the ledger.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.parts import (
    Bin,
    GoodsReceipt,
    GoodsReceiptLine,
    Part,
    PartStock,
    Reservation,
    StockBalance,
    StockMove,
)
from services.common.amounts import MAX_QUANTITY, read_number
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.money import round_cny
from services.parts.records import BinLabel, MoveInfo, PartLabel
from services.parts.store import StoreService
from services.parts.values import ZERO, fmt_qty, normalise_number, qty_from_sum, to_money, to_qty
from services.users.permissions import Actor, Permission


class StoreMoves(StoreService):
    """Moves that are not for a job card or a delivery, labels, and the ledger check."""

    def counter_sale(self, actor: Actor, part_id: int, qty: Any, price: Any, *, reference: str = "",
                     scan_key: str | None = None) -> MoveInfo:
        """A sale over the counter (柜台销售) at ``price`` a unit."""
        actor.require(Permission.ISSUE_PARTS)
        qty = to_qty(qty)
        price = to_money(price)

        def work(s: Session) -> MoveInfo:
            from services.station.numbering import next_number

            ref = reference or next_number(s, "counter_sale", self.clock.today())
            move_id = self.ledger.post(s, actor, part_id=part_id, bin_id=self.pick_bin(s, part_id, qty, None),
                                       kind="counter_sale", qty=-qty, price=price, channel="counter", reference=ref,
                                       scan_key=scan_key)
            self.audit.record(s, actor, "stock.counter_sale", "part", part_id, f"{ref} −{fmt_qty(qty)} @ {price}",
                              amount=round_cny(qty * price))
            return self.ledger.move_info(s, move_id)

        return self.write_scan(scan_key, work)

    def adjust(self, actor: Actor, part_id: int, delta: Any, reason: str, *, bin_code: str | None = None,
               unit_cost: Any = None) -> MoveInfo:
        """Correct stock by ``delta`` (signed) with a reason: damage, found, write-off."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        if isinstance(delta, float):
            raise TypeError("quantities are never float")
        d = read_number(delta, field="qty", what="quantity", maximum=MAX_QUANTITY)  # NaN, 1e40: refused in words
        if d is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity."), field="qty")
        to_qty(abs(d))
        if not (reason or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for the adjustment."),
                                  field="reason")
        with self.db.write() as s:
            bin_id = self.put_bin(s, part_id, bin_code) if d > 0 else self.pick_bin(s, part_id, -d, bin_code)
            move_id = self.ledger.post(s, actor, part_id=part_id, bin_id=bin_id, kind="adjustment", qty=d,
                                       unit_cost=None if unit_cost is None else to_money(unit_cost),
                                       note=reason.strip())
            info = self.ledger.move_info(s, move_id)
            self.audit.record(s, actor, "stock.adjust", "part", part_id, f"{fmt_qty(d)} {reason.strip()}",
                              amount=info.value)
            return info

    def transfer(self, actor: Actor, part_id: int, qty: Any, from_bin: str, to_bin: str) -> tuple[MoveInfo, MoveInfo]:
        """Move parts between bins: two moves, out and in, at the average cost."""
        actor.require(Permission.RECEIVE_PARTS)
        qty = to_qty(qty)
        with self.db.write() as s:
            src = self.bin_id(s, from_bin, create=False)
            dst = self.bin_id(s, to_bin)
            if src == dst:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Pick two different bins."), field="to_bin")
            out_id = self.ledger.post(s, actor, part_id=part_id, bin_id=src, kind="transfer", qty=-qty)
            cost = s.scalar(select(StockMove.unit_cost).where(StockMove.id == out_id))
            in_id = self.ledger.post(s, actor, part_id=part_id, bin_id=dst, kind="transfer", qty=qty, unit_cost=cost)
            return self.ledger.move_info(s, out_id), self.ledger.move_info(s, in_id)

    # ---- labels ---------------------------------------------------------------------------------------
    def label_data(self, actor: Actor, numbers: list[str], *, copies: int = 1) -> list[PartLabel]:
        """What a part label prints: number (the Code 128), name, bin, brand, quality, retail price."""
        actor.require(Permission.VIEW_PARTS)
        out = []
        with self.db.read() as s:
            for raw in numbers:
                number = normalise_number(raw)
                row = s.execute(select(Part.number, Part.name_zh, Part.name_en, Part.brand, Part.quality, Part.unit,
                                       Part.retail_price, Bin.code).join(Bin, Bin.id == Part.default_bin_id,
                                                                         isouter=True)
                                .where(Part.number == number)).first()
                if row is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No part numbered {number}."), number=raw)
                out.extend([PartLabel(*row)] * max(1, int(copies)))
        return out

    def bin_label_data(self, actor: Actor, codes: list[str]) -> list[BinLabel]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            out = []
            for raw in codes:
                code = normalise_number(raw)
                desc = s.scalar(select(Bin.description).where(Bin.code == code))
                if desc is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No bin {code}."), code=raw)
                out.append(BinLabel(code, desc))
            return out

    # ---- integrity ----------------------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Balances against the ledger: every part's and bin's on hand must equal the sum of its moves (the
        quarantine bin's apart, as ``quarantined``, which must also match the inspection decisions); no
        closed goods-received note with a line not inspected."""
        problems: list[str] = []
        with self.db.read() as s:
            ledger_bins = {(p, b): qty_from_sum(q) for p, b, q in s.execute(
                select(StockMove.part_id, StockMove.bin_id, func.sum(StockMove.qty))
                .group_by(StockMove.part_id, StockMove.bin_id))}
            kept_bins = {(p, b): q for p, b, q in s.execute(
                select(StockBalance.part_id, StockBalance.bin_id, StockBalance.on_hand))}
            numbers: dict[int, str] = {}

            def number(pid: int) -> str:
                if pid not in numbers:
                    numbers[pid] = s.scalar(select(Part.number).where(Part.id == pid)) or f"#{pid}"
                return numbers[pid]

            for key in sorted(set(ledger_bins) | set(kept_bins)):
                a, b = ledger_bins.get(key, ZERO), kept_bins.get(key, ZERO)
                if a != b:
                    problems.append(f"parts: {number(key[0])} bin #{key[1]} on hand {fmt_qty(b)}, ledger says "
                                    f"{fmt_qty(a)}")
            # on hand counts the store's bins; the quarantine bin's stock is kept apart (quarantined)
            held_apart = set(s.scalars(select(Bin.id).where(Bin.quarantine.is_(True))))
            ledger_parts: dict[int, Decimal] = {}
            ledger_held: dict[int, Decimal] = {}
            for (p, bin_id), booked in ledger_bins.items():
                into = ledger_held if bin_id in held_apart else ledger_parts
                into[p] = into.get(p, ZERO) + booked
            kept = s.execute(select(PartStock.part_id, PartStock.on_hand, PartStock.quarantined)).all()
            kept_parts = {p: q for p, q, _h in kept}
            kept_held = {p: h for p, _q, h in kept}
            for pid in sorted(set(ledger_parts) | set(kept_parts)):
                a, b = ledger_parts.get(pid, ZERO), kept_parts.get(pid, ZERO)
                if a != b:
                    problems.append(f"parts: {number(pid)} on hand {fmt_qty(b)}, ledger says {fmt_qty(a)}")
            for pid in sorted(set(ledger_held) | {p for p, h in kept_held.items() if h}):
                a, b = ledger_held.get(pid, ZERO), kept_held.get(pid, ZERO)
                if a != b:
                    problems.append(f"parts: {number(pid)} in quarantine {fmt_qty(b)}, ledger says {fmt_qty(a)}")
            # the minimum kept beside the stock for the short-parts index is the part's own
            for pnum, kept_min, part_min in s.execute(
                    select(Part.number, PartStock.min_stock, Part.min_stock)
                    .join(PartStock, PartStock.part_id == Part.id)
                    .where(PartStock.min_stock != Part.min_stock).order_by(Part.number).limit(50)):
                problems.append(f"parts: {pnum} minimum beside the stock {fmt_qty(kept_min)}, the part says "
                                f"{fmt_qty(part_min)}")
            # what waits in quarantine is what inspection decisions put there and did not take out
            decided = {p: qty_from_sum(q) for p, q in s.execute(
                select(GoodsReceiptLine.part_id, func.sum(GoodsReceiptLine.rejected_qty - GoodsReceiptLine.released_qty
                                                          - GoodsReceiptLine.returned_qty))
                .group_by(GoodsReceiptLine.part_id))}
            for pid in sorted({p for p, q in decided.items() if q} | {p for p, h in kept_held.items() if h}):
                a, b = decided.get(pid, ZERO), kept_held.get(pid, ZERO)
                if a != b:
                    problems.append(f"parts: {number(pid)} in quarantine {fmt_qty(b)}, the inspection decisions "
                                    f"say {fmt_qty(a)}")
            for note, pnum in s.execute(
                    select(GoodsReceipt.number, Part.number).join(GoodsReceiptLine,
                                                                  GoodsReceiptLine.receipt_id == GoodsReceipt.id)
                    .join(Part, Part.id == GoodsReceiptLine.part_id)
                    .where(GoodsReceipt.status == "closed", GoodsReceiptLine.decided_qty < GoodsReceiptLine.qty)
                    .order_by(GoodsReceipt.id).limit(50)):
                problems.append(f"parts: {note} is closed with {pnum} not inspected")
            res = dict(s.execute(select(Reservation.part_id, func.sum(Reservation.qty))
                                 .where(Reservation.status == "open").group_by(Reservation.part_id)).all())
            for pid, reserved in s.execute(select(PartStock.part_id, PartStock.reserved)):
                if qty_from_sum(res.get(pid, 0)) != reserved:
                    problems.append(f"parts: {number(pid)} reserved {fmt_qty(reserved)}, open reservations say "
                                    f"{fmt_qty(qty_from_sum(res.get(pid, 0)))}")
        return problems
