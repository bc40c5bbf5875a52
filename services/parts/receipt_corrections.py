"""Correcting a line of an open goods-received note: the quantity typed, with the reason.

The difference is booked as a receipt move of its own (in, or back out at the line's cost), the
order line's received quantity follows, and the audit log keeps who, what and why. Used by
``ReceivingService`` (which provides ``ledger``, ``audit``, ``parts``, ``_open``, ``_book_on_order``,
``_keep_decision`` and ``_outcome``). A decided line keeps its decision for what is left, never
below the quantity rejected into quarantine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.parts import GoodsReceiptLine, Part, PurchaseOrderLine
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.parts.values import fmt_qty, qty_in_unit
from services.users.permissions import Actor, Permission

if TYPE_CHECKING:
    from app.db.models.parts import GoodsReceipt
    from services.parts.ledger import Ledger
    from services.parts.stock import PartsService
    from services.users.audit import AuditLog


class ReceiptCorrections:
    # provided by ReceivingService
    audit: AuditLog
    parts: PartsService
    ledger: Ledger
    _open: Callable[[Session, int], GoodsReceipt]
    _book_on_order: Callable[..., None]
    _keep_decision: Callable[[Session, int, int], None]
    _outcome: Callable[..., Any]
    _replay: Callable[[Session, str | None], Any]

    def correct_line(self, actor: Actor, receipt_id: int, line_id: int, qty: Any, reason: str,
                     scan_key: str | None = None):
        """Set the received quantity of a line (an over-scan, a carton of 24 scanned once), with the reason."""
        actor.require(Permission.RECEIVE_PARTS)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the received quantity is changed."),
                                  field="reason")

        def work(s: Session):
            receipt = self._open(s, receipt_id)
            line = s.get(GoodsReceiptLine, line_id)
            if line is None or line.receipt_id != receipt.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That line is not on {number}."),
                               number=receipt.number)
            unit = s.scalar(select(Part.unit).where(Part.id == line.part_id))
            target = qty_in_unit(qty, unit, zero=True)
            delta = target - line.qty
            if delta == 0:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The line already holds {qty}."),
                                      qty=fmt_qty(target))
            move_id = self.ledger.post(s, actor, part_id=line.part_id, bin_id=line.bin_id, kind="receipt", qty=delta,
                                       unit_cost=line.unit_cost, reference=receipt.number, scan_key=scan_key,
                                       note=f"correction: {reason}"[:255])
            was = line.qty
            line.qty = target
            s.flush()
            self._keep_decision(s, receipt.id, line.part_id)
            if receipt.order_id is not None:
                order_line = s.scalar(select(PurchaseOrderLine).where(
                    PurchaseOrderLine.order_id == receipt.order_id, PurchaseOrderLine.part_id == line.part_id)
                    .order_by(PurchaseOrderLine.id).with_for_update())
                if order_line is not None:
                    self._book_on_order(s, order_line, delta)
            s.flush()
            self.audit.record(s, actor, "receipt.correct", "goods_receipt", receipt.id,
                              f"{receipt.number} line {line.id}: {fmt_qty(was)} → {fmt_qty(target)}: {reason}",
                              details={"line_id": line.id, "was": str(was), "now": str(target), "reason": reason})
            return self._outcome(s, receipt, line.part_id, move_id, delta, scan_key)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay(s, scan_key))
