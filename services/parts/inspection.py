"""Inspection of a delivery (入库验收) and the quarantine bin (待处理/隔离区).

Each line of a goods-received note is decided before the note closes: accepted, or rejected
(all or part of it) with the reason. A rejected quantity leaves the put-away bin for the
quarantine bin in the same transaction as the decision (two ``transfer`` moves; the average cost
forgets it at its own cost): it is no longer on hand or available. A later decision releases it
to stock (back in at that cost) or returns it to the supplier (a ``supplier_return`` out of the
quarantine bin, on a supplier return the claims list follows up).

One line is decided once: the line's row is locked (``FOR UPDATE``; SQLite's write transaction is
``BEGIN IMMEDIATE``) and the decision is a guarded update on the quantity it saw, so a double
press or a second PC finds it decided. Boxes scanned after a decision wait for their own.
Used by ``ReceivingService`` (``db``, ``audit``, ``clock``, ``parts``, ``ledger``, ``_open``, ``_line_info``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.base import rowcount
from app.db.models.parts import (
    Bin,
    GoodsReceipt,
    GoodsReceiptLine,
    Part,
    StockBalance,
    StockMove,
    Supplier,
    SupplierReturn,
    SupplierReturnLine,
)
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.money import round_cny
from services.parts import people
from services.parts.values import ZERO, fmt_qty, qty_in_unit
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission

if TYPE_CHECKING:
    from app.db.engine import Database
    from services.common.clock import Clock
    from services.parts.ledger import Ledger
    from services.parts.stock import PartsService
    from services.users.audit import AuditLog


@dataclass(frozen=True)
class QuarantineInfo:
    """Parts of one receipt line waiting in the quarantine bin."""

    line_id: int
    receipt_number: str
    supplier_name: str
    part_id: int
    number: str
    name: str
    unit: str
    qty: Decimal  # still held
    unit_cost: Decimal
    reason: str
    inspected_by: str  # the person's name
    inspected_at: datetime | None


class ReceiptInspection:
    # provided by ReceivingService
    db: Database
    audit: AuditLog
    clock: Clock
    parts: PartsService
    ledger: Ledger
    _open: Callable[[Session, int], GoodsReceipt]
    _line_info: Callable[[Session, int], Any]

    # ---- the decision ----------------------------------------------------------------------------
    def accept_line(self, actor: Actor, line_id: int):
        """The line passed inspection: what is on it stays in stock."""
        return self.decide_line(actor, line_id, accept=True)

    def reject_line(self, actor: Actor, line_id: int, reason: str, qty: Any = None, scan_key: str | None = None):
        """The line (or ``qty`` of it; all of it by default) failed inspection: to the quarantine bin."""
        return self.decide_line(actor, line_id, accept=False, reason=reason, qty=qty, scan_key=scan_key)

    def decide_line(self, actor: Actor, line_id: int, *, accept: bool, reason: str = "", qty: Any = None,
                    scan_key: str | None = None):
        actor.require(Permission.RECEIVE_PARTS)
        reason = (reason or "").strip()
        if not accept and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the parts are rejected."),
                                  field="reason")

        def work(s: Session):
            line = self._lock_line(s, line_id)
            receipt = self._open(s, line.receipt_id)
            number, unit = s.execute(select(Part.number, Part.unit).where(Part.id == line.part_id)).one()
            undecided = line.qty - line.decided_qty
            if undecided <= 0:
                who = people.name_of(s, line.inspected_by)
                if line.rejected_qty > 0:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "ServiceError", "{number} on {note} is already decided: {qty} rejected by {name}."),
                        number=number, note=receipt.number, qty=fmt_qty(line.rejected_qty), name=who)
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "ServiceError", "{number} on {note} is already decided: accepted by {name}."),
                    number=number, note=receipt.number, name=who)
            rejected = ZERO
            if not accept:
                rejected = undecided if qty is None or qty == "" else qty_in_unit(qty, unit)
                if rejected > undecided:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "ServiceError", "Only {qty} of {number} wait for a decision: {wanted} cannot be rejected."),
                        field="qty", qty=fmt_qty(undecided), number=number, wanted=fmt_qty(rejected))
                self._to_quarantine(s, actor, receipt, line, number, rejected, reason, scan_key)
            now = self.clock.now()
            total_rejected = line.rejected_qty + rejected
            done = rowcount(s.execute(update(GoodsReceiptLine).where(
                GoodsReceiptLine.id == line.id, GoodsReceiptLine.decided_qty == line.decided_qty).values(
                decided_qty=line.qty, rejected_qty=total_rejected,
                inspection="failed" if total_rejected > 0 else "passed",
                reject_reason=reason[:255] if rejected else line.reject_reason,
                inspected_by=actor.username, inspected_at=now, updated_at=now)))
            if done != 1:  # cannot happen under the lock; refuse rather than decide twice
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} on {note} was decided on "
                                                                        "another PC just now."),
                                      number=number, note=receipt.number)
            self.audit.record(s, actor, "receipt.reject" if rejected else "receipt.accept", "goods_receipt",
                              receipt.id, f"{receipt.number} {number}: " + (
                                  f"{fmt_qty(rejected)} rejected: {reason}" if rejected
                                  else f"{fmt_qty(undecided)} accepted"),
                              details={"line_id": line.id, "rejected": str(rejected), "reason": reason})
            return self._line_info(s, line.id)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay_line(s, scan_key))

    def _to_quarantine(self, s: Session, actor: Actor, receipt: GoodsReceipt, line: GoodsReceiptLine, number: str,
                       qty: Decimal, reason: str, scan_key: str | None) -> None:
        held = s.scalar(select(StockBalance.on_hand).where(StockBalance.part_id == line.part_id,
                                                           StockBalance.bin_id == line.bin_id)) or ZERO
        if held < qty:  # issued already, or moved: what is not on the shelf cannot be put aside
            bin_code = s.scalar(select(Bin.code).where(Bin.id == line.bin_id))
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only {held} of {number} are left in bin {bin}: "
                                                                    "{qty} cannot go to quarantine."),
                                  field="qty", held=fmt_qty(held), number=number, bin=bin_code, qty=fmt_qty(qty))
        cost = self._line_cost(line)
        note = f"rejected: {reason}"[:255]
        self.ledger.post(s, actor, part_id=line.part_id, bin_id=line.bin_id, kind="transfer", qty=-qty,
                         unit_cost=cost, reference=receipt.number, scan_key=scan_key, note=note, own_cost=True)
        self.ledger.post(s, actor, part_id=line.part_id, bin_id=self.parts.quarantine_bin_id(s), kind="transfer",
                         qty=qty, unit_cost=cost, reference=receipt.number, note=note, quarantine=True)

    @staticmethod
    def _line_cost(line: GoodsReceiptLine) -> Decimal:
        return line.invoice_price if line.invoice_price is not None else line.unit_cost

    def _lock_line(self, s: Session, line_id: int) -> GoodsReceiptLine:
        line = s.scalar(select(GoodsReceiptLine).where(GoodsReceiptLine.id == line_id)
                        .with_for_update().execution_options(populate_existing=True))
        if line is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such receipt line."))
        return line

    def _replay_line(self, s: Session, scan_key: str | None):
        if not scan_key:
            return None
        row = s.execute(select(StockMove.reference, StockMove.part_id).where(StockMove.scan_key == scan_key)).first()
        if row is None:
            return None
        line_id = s.scalar(select(GoodsReceiptLine.id).join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
                           .where(GoodsReceipt.number == row.reference, GoodsReceiptLine.part_id == row.part_id))
        if line_id is not None:
            return self._line_info(s, line_id)
        # a return to the supplier: its move names the return, whose receipt names the line
        ret = s.scalar(select(SupplierReturn.receipt_number).where(SupplierReturn.number == row.reference))
        line_id = s.scalar(select(GoodsReceiptLine.id).join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
                           .where(GoodsReceipt.number == ret, GoodsReceiptLine.part_id == row.part_id))
        return None if line_id is None else self._line_info(s, line_id)

    # ---- what waits in quarantine ------------------------------------------------------------------
    def quarantine(self, actor: Actor) -> list[QuarantineInfo]:
        """Rejected parts still in the quarantine bin, oldest first."""
        actor.require(Permission.VIEW_PARTS)
        held = GoodsReceiptLine.rejected_qty - GoodsReceiptLine.released_qty - GoodsReceiptLine.returned_qty
        with self.db.read() as s:
            rows = s.execute(
                select(GoodsReceiptLine, GoodsReceipt.number, Supplier.name, Part.number, Part.name_zh, Part.unit)
                .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
                .join(Part, Part.id == GoodsReceiptLine.part_id)
                .join(Supplier, Supplier.id == GoodsReceipt.supplier_id, isouter=True)
                .where(held > 0).order_by(GoodsReceiptLine.inspected_at, GoodsReceiptLine.id)).all()
            who = people.names(s, [r[0].inspected_by for r in rows])
            return [QuarantineInfo(ln.id, rn, sup or "", ln.part_id, pn, name, unit,
                                   ln.rejected_qty - ln.released_qty - ln.returned_qty, self._line_cost(ln),
                                   ln.reject_reason, who.get(ln.inspected_by or "", ""),
                                   self.clock.local(ln.inspected_at) if ln.inspected_at else None)
                    for ln, rn, sup, pn, name, unit in rows]

    def _held(self, s: Session, line_id: int, qty: Any, reason: str) -> tuple[GoodsReceiptLine, GoodsReceipt, str,
                                                                               Decimal]:
        line = self._lock_line(s, line_id)
        receipt = s.get_one(GoodsReceipt, line.receipt_id)
        number, unit = s.execute(select(Part.number, Part.unit).where(Part.id == line.part_id)).one()
        held = line.rejected_qty - line.released_qty - line.returned_qty
        if held <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing of {number} from {note} is in "
                                                                    "quarantine."),
                                  number=number, note=receipt.number)
        take = held if qty is None or qty == "" else qty_in_unit(qty, unit)
        if take > held:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only {held} of {number} from {note} are in "
                                                                    "quarantine: {qty} cannot leave it."),
                                  field="qty", held=fmt_qty(held), number=number, note=receipt.number,
                                  qty=fmt_qty(take))
        return line, receipt, number, take

    def release_from_quarantine(self, actor: Actor, line_id: int, reason: str, qty: Any = None,
                                scan_key: str | None = None):
        """A later decision: the parts are fit after all (the supplier's answer, a second look); back to stock."""
        actor.require(Permission.RECEIVE_PARTS)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the parts may go into stock."),
                                  field="reason")

        def work(s: Session):
            line, receipt, number, take = self._held(s, line_id, qty, reason)
            cost = self._line_cost(line)
            note = f"released: {reason}"[:255]
            self.ledger.post(s, actor, part_id=line.part_id, bin_id=self.parts.quarantine_bin_id(s), kind="transfer",
                             qty=-take, unit_cost=cost, reference=receipt.number, scan_key=scan_key, note=note,
                             quarantine=True)
            self.ledger.post(s, actor, part_id=line.part_id, bin_id=line.bin_id, kind="transfer", qty=take,
                             unit_cost=cost, reference=receipt.number, note=note)
            s.execute(update(GoodsReceiptLine).where(GoodsReceiptLine.id == line.id)
                      .values(released_qty=GoodsReceiptLine.released_qty + take, updated_at=self.clock.now()))
            self.audit.record(s, actor, "receipt.release", "goods_receipt", receipt.id,
                              f"{receipt.number} {number}: {fmt_qty(take)} released: {reason}",
                              details={"line_id": line.id, "qty": str(take), "reason": reason})
            return self._line_info(s, line.id)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay_line(s, scan_key))

    def return_from_quarantine(self, actor: Actor, line_id: int, reason: str = "", qty: Any = None,
                               scan_key: str | None = None):
        """A later decision: the rejected parts go back to the supplier (a supplier return, out of the ledger)."""
        actor.require(Permission.RECEIVE_PARTS)
        reason = (reason or "").strip()

        def work(s: Session):
            line, receipt, number, take = self._held(s, line_id, qty, reason)
            if receipt.supplier_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the supplier of {note} first."),
                                      field="supplier", note=receipt.number)
            why = reason or line.reject_reason
            cost = self._line_cost(line)
            ret = SupplierReturn(number=next_number(s, "supplier_return", self.clock.today()),
                                 supplier_id=receipt.supplier_id, kind="return", status="sent",
                                 receipt_number=receipt.number, reason=why, created_by=actor.username,
                                 value=round_cny(take * cost))
            s.add(ret)
            s.flush()
            q_bin = self.parts.quarantine_bin_id(s)
            self.ledger.post(s, actor, part_id=line.part_id, bin_id=q_bin, kind="supplier_return", qty=-take,
                             unit_cost=cost, reference=ret.number, scan_key=scan_key, note=why, quarantine=True)
            s.add(SupplierReturnLine(return_id=ret.id, part_id=line.part_id, bin_id=q_bin, qty=take, unit_cost=cost,
                                     price=cost, fault=why[:255]))
            s.execute(update(GoodsReceiptLine).where(GoodsReceiptLine.id == line.id)
                      .values(returned_qty=GoodsReceiptLine.returned_qty + take, updated_at=self.clock.now()))
            self.audit.record(s, actor, "supplier.return", "supplier_return", ret.id,
                              f"{ret.number} {receipt.number} {number}: {fmt_qty(take)}",
                              details={"line_id": line.id, "qty": str(take), "reason": why})
            s.flush()
            return self._line_info(s, line.id)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay_line(s, scan_key))

    # ---- scans and corrections after a decision --------------------------------------------------------
    def _keep_decision(self, s: Session, receipt_id: int, part_id: int) -> None:
        """After a line's quantity went down: the decision shrinks with it, never below what is in quarantine."""
        s.execute(update(GoodsReceiptLine).where(
            GoodsReceiptLine.receipt_id == receipt_id, GoodsReceiptLine.part_id == part_id,
            GoodsReceiptLine.decided_qty > GoodsReceiptLine.qty, GoodsReceiptLine.qty >= GoodsReceiptLine.rejected_qty)
            .values(decided_qty=GoodsReceiptLine.qty))
        row = s.execute(select(GoodsReceiptLine.rejected_qty, Part.number).join(Part, Part.id == GoodsReceiptLine.part_id)
                        .where(GoodsReceiptLine.receipt_id == receipt_id, GoodsReceiptLine.part_id == part_id,
                               GoodsReceiptLine.decided_qty > GoodsReceiptLine.qty)).first()
        if row is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{qty} of {number} on this note were rejected: "
                                                                    "the line cannot go below that."),
                                  qty=fmt_qty(row[0]), number=row[1])
