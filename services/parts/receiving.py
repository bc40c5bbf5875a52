"""Receiving deliveries (入库) by scanning, against a purchase order or without one.

Each scan is its own write transaction: the move (with the scan's key), the goods-received
note's line and the order line change together, so an acknowledged scan is on disk and a
replayed one counts nothing. Undo takes back the last scan with a reversing move. Certificate,
put-away bin and the supplier's invoice price are set per line; an invoice price unlike the booked
cost revalues the stock on hand (moving-average cost). Each line's inspection is decided before
the note closes (``inspection``: a rejected quantity waits in the quarantine bin), and a note
closes only with its supplier and the supplier's delivery-note number (送货单号).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.parts import (
    Bin,
    GoodsReceipt,
    GoodsReceiptLine,
    Part,
    PartStock,
    PartSupplier,
    PurchaseOrder,
    PurchaseOrderLine,
    StockMove,
    Supplier,
)
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.money import round_cny
from services.parts import people
from services.parts.inspection import QuarantineInfo, ReceiptInspection  # noqa: F401 (re-exported)
from services.parts.ledger import insert_ignore
from services.parts.receipt_corrections import ReceiptCorrections
from services.parts.stock import PartsService
from services.parts.values import ZERO, fmt_qty, money_from_sum, qty_from_sum, qty_in_unit, to_money
from services.station.numbering import next_number
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

INSPECTIONS = ("pending", "passed", "failed")

# what a note needs before it closes, in words (ReceiptIncomplete lists the missing ones)
MISSING_TEXT = {
    "supplier": QT_TRANSLATE_NOOP("ServiceError", "the supplier"),
    "delivery_note": QT_TRANSLATE_NOOP("ServiceError", "the supplier's delivery-note number"),
    "inspection": QT_TRANSLATE_NOOP("ServiceError", "the inspection decision of {parts}"),
}
MISSING_SEPARATOR = QT_TRANSLATE_NOOP("ServiceError", "; ")


class ReceiptIncomplete(ValidationError):
    """A note cannot close yet: ``missing`` names what (supplier, delivery_note, inspection); ``undecided``
    the part numbers still waiting for an inspection decision. What was typed with the close is kept."""

    def __init__(self, number: str, missing: tuple[str, ...], undecided: tuple[str, ...] = ()) -> None:
        self.missing = missing
        self.undecided = undecided
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "Goods-received note {number} cannot be closed yet. "
                                                           "Missing: {missing}."),
                         field=missing[0] if missing else None, number=number, missing="")

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        tr = translate or (lambda _c, text: text)
        parts = ", ".join(self.undecided[:5]) + ("…" if len(self.undecided) > 5 else "")
        items = [tr(self.context, MISSING_TEXT[m]).format(parts=parts) for m in self.missing]
        sep = tr(self.context, MISSING_SEPARATOR)
        return tr(self.context, self.text).format(number=self.params["number"], missing=sep.join(items))


@dataclass(frozen=True)
class ScanOutcome:
    """What one receiving scan did, for the screen's last-scans list."""

    scan_key: str | None
    move_id: int
    part_id: int
    number: str
    name: str
    unit: str
    bin_code: str
    qty: Decimal  # this scan (negative for an undo)
    line_qty: Decimal  # this part on this note so far
    total_qty: Decimal  # everything on this note so far
    ordered: Decimal | None  # this part on the order (None: no order, or not on it)
    state: str  # ok | over | not_ordered | undone
    replayed: bool = False


@dataclass(frozen=True)
class ReceiptLineInfo:
    id: int
    part_id: int
    number: str
    name: str
    spec: str
    brand: str
    quality: str
    unit: str
    bin_code: str
    qty: Decimal
    ordered: Decimal | None  # on the order line
    received_on_order: Decimal | None  # received against the order line, all notes together
    unit_cost: Decimal
    invoice_price: Decimal | None
    inspection: str  # pending while any of qty waits for a decision; passed | failed once decided
    certificate_checked: bool
    note: str
    decided_qty: Decimal = ZERO
    rejected_qty: Decimal = ZERO
    released_qty: Decimal = ZERO
    returned_qty: Decimal = ZERO
    reject_reason: str = ""
    inspected_by: str = ""  # the person's name

    @property
    def undecided(self) -> Decimal:
        return max(self.qty - self.decided_qty, ZERO)

    @property
    def quarantined(self) -> Decimal:
        """Still waiting in the quarantine bin."""
        return self.rejected_qty - self.released_qty - self.returned_qty

    @property
    def difference(self) -> Decimal | None:
        """Over (+) or under (−) delivery against the order, all notes together."""
        if self.ordered is None or self.received_on_order is None:
            return None
        return self.received_on_order - self.ordered

    @property
    def value(self) -> Decimal:
        return round_cny(self.qty * (self.invoice_price if self.invoice_price is not None else self.unit_cost))


@dataclass(frozen=True)
class ReceiptInfo:
    id: int
    number: str
    status: str
    order_id: int | None
    order_number: str | None
    supplier_id: int | None
    supplier_name: str
    supplier_address: str
    supplier_invoice: str
    received_by: str  # the username
    created_at: datetime
    lines: tuple[ReceiptLineInfo, ...]
    missing: tuple[tuple[str, str, Decimal], ...] = ()  # ordered lines not delivered yet: number, name, short
    delivery_note: str = ""  # the supplier's 送货单号
    received_by_name: str = ""  # the person's name, for the screen and the printed note
    closed_at: datetime | None = None

    @property
    def undecided(self) -> tuple[ReceiptLineInfo, ...]:
        return tuple(ln for ln in self.lines if ln.qty > 0 and ln.undecided > 0)

    @property
    def total_qty(self) -> Decimal:
        return sum((ln.qty for ln in self.lines), ZERO)

    @property
    def total_value(self) -> Decimal:
        return sum((ln.value for ln in self.lines), ZERO)


class ReceivingService(ReceiptCorrections, ReceiptInspection):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts
        self.ledger = parts.ledger

    # ---- the note ---------------------------------------------------------------------------------
    def open_receipt(self, actor: Actor, *, order_number: str | None = None, supplier_id: int | None = None,
                     supplier_invoice: str = "", delivery_note: str = "") -> ReceiptInfo:
        """Start a goods-received note, for an order (its supplier) or for a supplier without order."""
        actor.require(Permission.RECEIVE_PARTS)
        with self.db.write() as s:
            order_id = None
            if order_number:
                order = s.scalar(select(PurchaseOrder).where(PurchaseOrder.number == order_number.strip().upper()))
                if order is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No purchase order {number}."),
                                   number=order_number)
                if order.status in ("draft", "cancelled", "received"):
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Order {number} is not open for "
                                                                            "receiving ({status})."),
                                          number=order.number, status=order.status)
                order_id, supplier_id = order.id, order.supplier_id
            receipt = GoodsReceipt(number=next_number(s, "goods_received", self.clock.today()), order_id=order_id,
                                   supplier_id=supplier_id, supplier_invoice=supplier_invoice.strip(),
                                   delivery_note=delivery_note.strip()[:64], received_by=actor.username, created_at=self.clock.now())
            s.add(receipt)
            s.flush()
            self.audit.record(s, actor, "receipt.open", "goods_receipt", receipt.id, receipt.number)
            return self._info(s, receipt.id)

    def receipt(self, actor: Actor, receipt_id: int) -> ReceiptInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return self._info(s, receipt_id)

    def receipt_document(self, actor: Actor, number: str) -> ReceiptInfo:
        """Any goods-received note by its number, open or closed (to print it again)."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            found = s.scalar(select(GoodsReceipt.id).where(GoodsReceipt.number == number.strip().upper()))
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No goods-received note {number}."), number=number)
            return self._info(s, found)

    def open_receipts(self, actor: Actor, limit: int = 50) -> list[ReceiptInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            ids = s.scalars(select(GoodsReceipt.id).where(GoodsReceipt.status == "open")
                            .order_by(GoodsReceipt.id.desc()).limit(limit))
            return [self._info(s, i) for i in ids]

    def set_header(self, actor: Actor, receipt_id: int, *, supplier_id: int | None = None,
                   delivery_note: str | None = None, supplier_invoice: str | None = None) -> ReceiptInfo:
        """The supplier, the supplier's delivery-note number and invoice number of an open note."""
        actor.require(Permission.RECEIVE_PARTS)
        with self.db.write() as s:
            receipt = self._open(s, receipt_id)
            self._header(s, receipt, supplier_id, delivery_note, supplier_invoice)
            s.flush()
            return self._info(s, receipt.id)

    def _header(self, s: Session, receipt: GoodsReceipt, supplier_id: int | None, delivery_note: str | None,
                supplier_invoice: str | None) -> None:
        if supplier_id is not None and supplier_id != receipt.supplier_id:
            if receipt.order_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Goods-received note {number} is for an "
                                                                        "order: its supplier is the order's."),
                                      field="supplier", number=receipt.number)
            if s.get(Supplier, supplier_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such supplier."))
            receipt.supplier_id = supplier_id
        if delivery_note is not None:
            receipt.delivery_note = delivery_note.strip()[:64]
        if supplier_invoice is not None:
            receipt.supplier_invoice = supplier_invoice.strip()[:64]

    def close_receipt(self, actor: Actor, receipt_id: int, *, supplier_invoice: str | None = None,
                      supplier_id: int | None = None, delivery_note: str | None = None) -> ReceiptInfo:
        """Close the note: it needs its supplier, the delivery-note number and every line decided.

        What is given here is saved whether the note closes or not: a refused close keeps it and
        raises ``ReceiptIncomplete`` naming what is missing; the note stays open.
        """
        actor.require(Permission.RECEIVE_PARTS)
        with self.db.write() as s:
            s.execute(select(GoodsReceipt.id).where(GoodsReceipt.id == receipt_id).with_for_update())
            receipt = self._open(s, receipt_id)
            self._header(s, receipt, supplier_id, delivery_note, supplier_invoice)
            s.flush()
            info = self._info(s, receipt.id)
            missing = tuple(m for m, bad in (("supplier", receipt.supplier_id is None),
                                              ("delivery_note", not receipt.delivery_note),
                                              ("inspection", bool(info.undecided))) if bad)
            if not missing:
                receipt.status = "closed"
                receipt.closed_at = self.clock.now()
                self.audit.record(s, actor, "receipt.close", "goods_receipt", receipt.id, receipt.number)
                s.flush()
                return self._info(s, receipt.id)
        raise ReceiptIncomplete(info.number, missing, tuple(ln.number for ln in info.undecided))

    # ---- scanning ----------------------------------------------------------------------------------
    def scan(self, actor: Actor, receipt_id: int, code: str, scan_key: str | None = None, qty: Any = 1,
             bin_code: str | None = None) -> ScanOutcome:
        """One scan of a box: add ``qty`` of the part the code names (whole for parts counted in pieces).
        An unknown code changes nothing."""
        actor.require(Permission.RECEIVE_PARTS)

        def work(s: Session) -> ScanOutcome:
            part_id = self.parts.resolve_code(s, code)
            amount = qty_in_unit(qty, s.scalar(select(Part.unit).where(Part.id == part_id)))
            return self._receive(s, actor, receipt_id, part_id, amount, scan_key, bin_code)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay(s, scan_key))

    def receive(self, actor: Actor, receipt_id: int, part_id: int, qty: Any, *, scan_key: str | None = None,
                bin_code: str | None = None, unit_cost: Any = None) -> ScanOutcome:
        """Receive a typed quantity of a part (a carton of 20 without 20 scans)."""
        actor.require(Permission.RECEIVE_PARTS)
        cost = None if unit_cost is None else to_money(unit_cost)

        def work(s: Session) -> ScanOutcome:
            amount = qty_in_unit(qty, s.scalar(select(Part.unit).where(Part.id == part_id)))
            return self._receive(s, actor, receipt_id, part_id, amount, scan_key, bin_code, cost)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay(s, scan_key))

    def _receive(self, s: Session, actor: Actor, receipt_id: int, part_id: int, qty: Decimal, scan_key: str | None,
                 bin_code: str | None, unit_cost: Decimal | None = None) -> ScanOutcome:
        receipt = self._open(s, receipt_id)
        line = s.execute(select(GoodsReceiptLine.id, GoodsReceiptLine.bin_id, GoodsReceiptLine.unit_cost)
                         .where(GoodsReceiptLine.receipt_id == receipt_id, GoodsReceiptLine.part_id == part_id)).first()
        order_line = None
        if receipt.order_id is not None:
            order_line = s.scalar(select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == receipt.order_id,
                                                                  PurchaseOrderLine.part_id == part_id)
                                  .order_by(PurchaseOrderLine.id).with_for_update())
        if line is not None:
            bin_id = self.parts.bin_id(s, bin_code) if bin_code else line.bin_id
            cost = unit_cost if unit_cost is not None else line.unit_cost
        else:
            bin_id = self.parts.put_bin(s, part_id, bin_code)
            cost = unit_cost if unit_cost is not None else self._booked_cost(s, receipt, part_id, order_line)
            now = self.clock.now()
            insert_ignore(s, GoodsReceiptLine, {
                "receipt_id": receipt_id, "part_id": part_id, "bin_id": bin_id, "qty": ZERO, "unit_cost": cost,
                "inspection": "pending", "certificate_checked": False, "note": "", "created_at": now,
                "updated_at": now}, ["receipt_id", "part_id"])
        move_id = self.ledger.post(s, actor, part_id=part_id, bin_id=bin_id, kind="receipt", qty=qty, unit_cost=cost,
                                   reference=receipt.number, scan_key=scan_key)
        s.execute(update(GoodsReceiptLine).where(GoodsReceiptLine.receipt_id == receipt_id,
                                                 GoodsReceiptLine.part_id == part_id)
                  .values(qty=GoodsReceiptLine.qty + qty, updated_at=self.clock.now()))
        if s.scalar(select(Part.default_bin_id).where(Part.id == part_id)) is None:
            s.execute(update(Part).where(Part.id == part_id).values(default_bin_id=bin_id))
        if order_line is not None:
            self._book_on_order(s, order_line, qty)
        return self._outcome(s, receipt, part_id, move_id, qty, scan_key)

    def _booked_cost(self, s: Session, receipt: GoodsReceipt, part_id: int,
                     order_line: PurchaseOrderLine | None) -> Decimal:
        if order_line is not None and order_line.price:
            return order_line.price
        if receipt.supplier_id is not None:
            price = s.scalar(select(PartSupplier.price).where(PartSupplier.part_id == part_id,
                                                               PartSupplier.supplier_id == receipt.supplier_id))
            if price:
                return price
        return s.scalar(select(Part.cost).where(Part.id == part_id)) or ZERO

    def _book_on_order(self, s: Session, order_line: PurchaseOrderLine, qty: Decimal) -> None:
        """Receipt (qty > 0) or its undo (qty < 0) against an order line: on-order and order status follow."""
        before_open = max(order_line.qty - order_line.received_qty, ZERO)
        order_line.received_qty = order_line.received_qty + qty
        after_open = max(order_line.qty - order_line.received_qty, ZERO)
        s.execute(update(PartStock).where(PartStock.part_id == order_line.part_id)
                  .values(on_order=PartStock.on_order - (before_open - after_open)))
        s.flush()
        open_lines = s.scalar(select(func.count()).select_from(PurchaseOrderLine).where(
            PurchaseOrderLine.order_id == order_line.order_id,
            PurchaseOrderLine.received_qty < PurchaseOrderLine.qty))
        any_received = s.scalar(select(func.count()).select_from(PurchaseOrderLine).where(
            PurchaseOrderLine.order_id == order_line.order_id, PurchaseOrderLine.received_qty > 0))
        status = "received" if not open_lines else ("partial" if any_received else "sent")
        s.execute(update(PurchaseOrder).where(PurchaseOrder.id == order_line.order_id,
                                              PurchaseOrder.status.in_(("sent", "partial", "received")))
                  .values(status=status))

    def undo_last(self, actor: Actor, receipt_id: int, scan_key: str | None = None) -> ScanOutcome:
        """Take back the last scan of this note that is not taken back yet (a reversing move)."""
        actor.require(Permission.RECEIVE_PARTS)

        def work(s: Session) -> ScanOutcome:
            # one undo of a note at a time (two PCs, a double press): the next one sees this one's reversal
            s.execute(select(GoodsReceipt.id).where(GoodsReceipt.id == receipt_id).with_for_update())
            receipt = self._open(s, receipt_id)
            reversed_ids = select(StockMove.reverses_id).where(StockMove.reverses_id.is_not(None),
                                                               StockMove.reference == receipt.number)
            last = s.scalar(select(StockMove).where(
                StockMove.reference == receipt.number, StockMove.kind == "receipt", StockMove.qty > 0,
                StockMove.id.not_in(reversed_ids)).order_by(StockMove.id.desc()).limit(1).with_for_update())
            if last is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing to undo on {number}."),
                                      number=receipt.number)
            move_id = self.ledger.post(s, actor, part_id=last.part_id, bin_id=last.bin_id, kind="receipt",
                                       qty=-last.qty, unit_cost=last.unit_cost, reference=receipt.number,
                                       scan_key=scan_key, reverses_id=last.id, note="undo")
            s.execute(update(GoodsReceiptLine).where(GoodsReceiptLine.receipt_id == receipt_id,
                                                     GoodsReceiptLine.part_id == last.part_id)
                      .values(qty=GoodsReceiptLine.qty - last.qty))
            self._keep_decision(s, receipt_id, last.part_id)
            if receipt.order_id is not None:
                order_line = s.scalar(select(PurchaseOrderLine).where(
                    PurchaseOrderLine.order_id == receipt.order_id, PurchaseOrderLine.part_id == last.part_id)
                    .order_by(PurchaseOrderLine.id).with_for_update())
                if order_line is not None:
                    self._book_on_order(s, order_line, -last.qty)
            self.audit.record(s, actor, "receipt.undo", "goods_receipt", receipt.id,
                              f"{receipt.number} −{fmt_qty(last.qty)}")
            return self._outcome(s, receipt, last.part_id, move_id, -last.qty, scan_key)

        return self.parts.write_scan(scan_key, work, lambda s: self._replay(s, scan_key))

    def _replay(self, s: Session, scan_key: str | None) -> ScanOutcome | None:
        move = s.scalar(select(StockMove).where(StockMove.scan_key == scan_key)) if scan_key else None
        if move is None:
            return None
        receipt = s.scalar(select(GoodsReceipt).where(GoodsReceipt.number == move.reference))
        if receipt is None:  # the key was used by another kind of move: report it, count nothing
            info = self.ledger.move_info(s, move.id, replayed=True)
            return ScanOutcome(scan_key, move.id, move.part_id, info.part_number, info.part_name, "", info.bin_code,
                               move.qty, ZERO, ZERO, None, "ok", True)
        out = self._outcome(s, receipt, move.part_id, move.id, move.qty, scan_key)
        return ScanOutcome(**{**out.__dict__, "replayed": True})

    def _outcome(self, s: Session, receipt: GoodsReceipt, part_id: int, move_id: int, qty: Decimal,
                 scan_key: str | None) -> ScanOutcome:
        number, name, unit = s.execute(select(Part.number, Part.name_zh, Part.unit).where(Part.id == part_id)).one()
        line_qty, bin_code = s.execute(select(GoodsReceiptLine.qty, Bin.code).join(Bin, Bin.id == GoodsReceiptLine.bin_id)
                                       .where(GoodsReceiptLine.receipt_id == receipt.id,
                                              GoodsReceiptLine.part_id == part_id)).one()
        total = s.scalar(select(func.coalesce(func.sum(GoodsReceiptLine.qty), 0))
                         .where(GoodsReceiptLine.receipt_id == receipt.id))
        ordered = None
        state = "ok" if qty > 0 else "undone"
        if receipt.order_id is not None:
            row = s.execute(select(PurchaseOrderLine.qty, PurchaseOrderLine.received_qty).where(
                PurchaseOrderLine.order_id == receipt.order_id, PurchaseOrderLine.part_id == part_id)).first()
            if row is None:
                state = "not_ordered" if qty > 0 else state
            else:
                ordered = row[0]
                if qty > 0 and row[1] > row[0]:
                    state = "over"

        return ScanOutcome(scan_key, move_id, part_id, number, name, unit, bin_code, qty, line_qty, qty_from_sum(total), ordered,
                           state)

    # ---- lines ---------------------------------------------------------------------------------------
    def set_line(self, actor: Actor, line_id: int, *, inspection: str | None = None,
                 certificate_checked: bool | None = None, invoice_price: Any = None, bin_code: str | None = None,
                 note: str | None = None) -> ReceiptLineInfo:
        """Certificate seen, put-away bin and the supplier's invoice price of a line.

        ``inspection="passed"`` accepts the line (``accept_line``); a rejection needs its reason
        (``reject_line``), and a decision is not taken back here.
        """
        actor.require(Permission.RECEIVE_PARTS)
        if inspection is not None:
            if inspection not in INSPECTIONS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown inspection result {value}."),
                                      value=inspection)
            if inspection != "passed":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Reject a line with the reason, or release "
                                                                        "rejected parts from quarantine."),
                                      field="inspection")
            self.accept_line(actor, line_id)
        with self.db.write() as s:
            line = s.get(GoodsReceiptLine, line_id)
            if line is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such receipt line."))
            receipt = s.get_one(GoodsReceipt, line.receipt_id)
            if certificate_checked is not None:
                line.certificate_checked = bool(certificate_checked)
            if note is not None:
                line.note = note.strip()[:255]
            if bin_code:
                new_bin = self.parts.bin_id(s, bin_code)
                if new_bin != line.bin_id and line.qty > 0:
                    out_id = self.ledger.post(s, actor, part_id=line.part_id, bin_id=line.bin_id, kind="transfer",
                                              qty=-line.qty, reference=receipt.number)
                    cost = s.scalar(select(StockMove.unit_cost).where(StockMove.id == out_id))
                    self.ledger.post(s, actor, part_id=line.part_id, bin_id=new_bin, kind="transfer", qty=line.qty,
                                     unit_cost=cost, reference=receipt.number)
                line.bin_id = new_bin
                s.execute(update(Part).where(Part.id == line.part_id, Part.default_bin_id.is_(None))
                          .values(default_bin_id=new_bin))
            if invoice_price is not None:
                price = to_money(invoice_price)
                booked = line.invoice_price if line.invoice_price is not None else line.unit_cost
                if price != booked:  # a price unlike the booked cost revalues stock: a price change
                    actor.require(Permission.EDIT_PART_PRICES)
                # what the ledger holds for this line (receipts, undos, earlier revaluations) against the invoice
                held = s.scalar(select(func.coalesce(func.sum(StockMove.value), 0)).where(
                    StockMove.reference == receipt.number, StockMove.part_id == line.part_id,
                    StockMove.kind.in_(("receipt", "adjustment"))))
                delta = round_cny(price * line.qty) - money_from_sum(held)
                self.ledger.revalue(s, actor, part_id=line.part_id, bin_id=line.bin_id, delta_value=delta,
                                    unit_cost=price, reference=receipt.number,
                                    note=f"invoice price {price} (booked {booked})")
                line.invoice_price = price
                self.audit.record(s, actor, "receipt.invoice_price", "goods_receipt", receipt.id,
                                  f"{receipt.number} part #{line.part_id}: {booked} → {price}", amount=delta,
                                  approved_by=actor.username if price != booked else None)
            s.flush()
            return self._line_info(s, line.id)

    # ---- reading -------------------------------------------------------------------------------------
    def _open(self, s: Session, receipt_id: int) -> GoodsReceipt:
        receipt = s.get(GoodsReceipt, receipt_id)
        if receipt is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such goods-received note."))
        if receipt.status != "open":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Goods-received note {number} is closed."),
                                  number=receipt.number)
        return receipt

    def _info(self, s: Session, receipt_id: int) -> ReceiptInfo:
        r = s.get(GoodsReceipt, receipt_id)
        if r is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such goods-received note."))
        sup = s.get(Supplier, r.supplier_id) if r.supplier_id else None
        order_number = s.scalar(select(PurchaseOrder.number).where(PurchaseOrder.id == r.order_id)) \
            if r.order_id else None
        ordered: dict[int, tuple[Decimal, Decimal]] = {}
        if r.order_id:
            for pid, q, rq in s.execute(select(PurchaseOrderLine.part_id, func.sum(PurchaseOrderLine.qty),
                                               func.sum(PurchaseOrderLine.received_qty))
                                        .where(PurchaseOrderLine.order_id == r.order_id)
                                        .group_by(PurchaseOrderLine.part_id)):

                ordered[pid] = (qty_from_sum(q), qty_from_sum(rq))
        lines = []
        seen = set()
        inspectors = people.names(s, s.scalars(select(GoodsReceiptLine.inspected_by)
                                               .where(GoodsReceiptLine.receipt_id == receipt_id)))
        for ln, number, name, spec, brand, quality, unit, bin_code in s.execute(
                select(GoodsReceiptLine, Part.number, Part.name_zh, Part.spec, Part.brand, Part.quality, Part.unit,
                       Bin.code)
                .join(Part, Part.id == GoodsReceiptLine.part_id).join(Bin, Bin.id == GoodsReceiptLine.bin_id)
                .where(GoodsReceiptLine.receipt_id == receipt_id).order_by(GoodsReceiptLine.id)):
            o = ordered.get(ln.part_id)
            seen.add(ln.part_id)
            lines.append(self._make_line(ln, (number, name, spec, brand, quality, unit, bin_code), o, inspectors))
        missing = []
        for pid, (q, rq) in ordered.items():
            if rq < q:  # not delivered, or only partly: still owed
                number, name = s.execute(select(Part.number, Part.name_zh).where(Part.id == pid)).one()
                missing.append((number, name, q - rq))
        return ReceiptInfo(r.id, r.number, r.status, r.order_id, order_number, r.supplier_id, sup.name if sup else "",
                           sup.address if sup else "", r.supplier_invoice, r.received_by, self.clock.local(r.created_at),
                           tuple(lines), tuple(sorted(missing)), r.delivery_note, people.name_of(s, r.received_by),
                           self.clock.local(r.closed_at) if r.closed_at else None)

    @staticmethod
    def _make_line(ln: GoodsReceiptLine, part: tuple, ordered: tuple[Decimal, Decimal] | None,
                   inspectors: dict[str, str]) -> ReceiptLineInfo:
        number, name, spec, brand, quality, unit, bin_code = part
        inspection = "pending" if ln.qty > ln.decided_qty else ln.inspection
        return ReceiptLineInfo(ln.id, ln.part_id, number, name, spec, brand, quality, unit, bin_code, ln.qty,
                               ordered[0] if ordered else None, ordered[1] if ordered else None, ln.unit_cost,
                               ln.invoice_price, inspection, ln.certificate_checked, ln.note, ln.decided_qty,
                               ln.rejected_qty, ln.released_qty, ln.returned_qty, ln.reject_reason,
                               inspectors.get(ln.inspected_by or "", ""))

    def _line_info(self, s: Session, line_id: int) -> ReceiptLineInfo:
        """One line as the note shows it (fresh from the database)."""
        receipt_id = s.scalar(select(GoodsReceiptLine.receipt_id).where(GoodsReceiptLine.id == line_id))
        s.expire_all()
        return next(ln for ln in self._info(s, receipt_id).lines if ln.id == line_id)

    def purchases(self, actor: Actor, start: date, end: date) -> list[tuple]:
        """The purchase record DOMAIN.md asks for: date, supplier name and address, part, spec, quantity,
        certificate checked."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            zone = self.clock.zone
            from datetime import time

            lo = datetime.combine(start, time.min, tzinfo=zone)
            hi = datetime.combine(end, time.max, tzinfo=zone)
            rows = s.execute(
                select(GoodsReceipt.created_at, GoodsReceipt.number, Supplier.name, Supplier.address, Part.number,
                       Part.name_zh, Part.spec, Part.quality, GoodsReceiptLine.qty, GoodsReceiptLine.certificate_checked,
                       GoodsReceiptLine.inspection)
                .join(GoodsReceiptLine, GoodsReceiptLine.receipt_id == GoodsReceipt.id)
                .join(Part, Part.id == GoodsReceiptLine.part_id)
                .join(Supplier, Supplier.id == GoodsReceipt.supplier_id, isouter=True)
                .where(GoodsReceipt.created_at >= lo, GoodsReceipt.created_at <= hi, GoodsReceiptLine.qty > 0)
                .order_by(GoodsReceipt.id, GoodsReceiptLine.id)).all()
            return [tuple(r) for r in rows]
