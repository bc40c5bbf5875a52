"""Purchasing: reorder suggestions, normal and urgent orders per supplier, back-orders for job cards,
supplier returns and claims.

Reorder rule: when on hand + on order − reserved falls below the minimum stock (最低库存), order
up to the stocking quota (储备定额). It is one SQL query over the balance rows (100k parts).
A sent order's open quantity is on order; receiving books it off.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select, update

from app.db.engine import Database
from app.db.models.parts import (
    GoodsReceipt,
    GoodsReceiptLine,
    Part,
    PartStock,
    PartSupplier,
    PurchaseOrder,
    PurchaseOrderLine,
    StockBalance,
    StockMove,
    Supplier,
    SupplierReturn,
    SupplierReturnLine,
    short_of_minimum,
)
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.common.money import round_cny
from services.parts.stock import PartsService
from services.parts.store import driver_rows
from services.parts.values import ZERO, Scaled, fmt_qty, qty_in_unit, to_money, to_qty
from services.station.numbering import next_number
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

ORDER_KINDS = ("normal", "urgent")


@dataclass(frozen=True)
class Suggestion:
    part_id: int
    number: str
    name: str
    unit: str
    on_hand: Decimal
    on_order: Decimal
    reserved: Decimal
    min_stock: Decimal
    quota: Decimal
    suggested: Decimal
    supplier_id: int | None
    supplier_name: str
    price: Decimal


_SUGGESTION_FIELDS = tuple(f.name for f in fields(Suggestion))


def _suggestion(values: tuple[Any, ...]) -> Suggestion:
    """A ``Suggestion`` made without the frozen dataclass's ``__init__`` (13 guarded setattr calls, ~5 µs):
    the same object, equal to one made the usual way, for the thousands a reorder list holds."""
    made = object.__new__(Suggestion)
    made.__dict__.update(zip(_SUGGESTION_FIELDS, values, strict=True))
    return made


@dataclass(frozen=True)
class OrderLineInfo:
    id: int
    part_id: int
    number: str
    name: str
    spec: str
    unit: str
    qty: Decimal
    received_qty: Decimal
    price: Decimal
    job_ref: str | None

    @property
    def amount(self) -> Decimal:
        return round_cny(self.qty * self.price)

    @property
    def open_qty(self) -> Decimal:
        return max(self.qty - self.received_qty, ZERO)


@dataclass(frozen=True)
class OrderInfo:
    id: int
    number: str
    supplier_id: int
    supplier_name: str
    supplier_address: str
    supplier_contact: str
    kind: str
    status: str
    ordered_on: date | None
    expected_on: date | None
    note: str
    created_by: str
    version: int
    lines: tuple[OrderLineInfo, ...]

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), ZERO)


@dataclass(frozen=True)
class SupplierReturnInfo:
    id: int
    number: str
    supplier_name: str
    kind: str
    status: str
    reason: str
    lines: tuple[tuple[str, str, Decimal, Decimal, str], ...]  # number, name, qty, unit cost, fault
    value: Decimal = ZERO  # what is claimed back: the quantity at the price invoiced
    credit_amount: Decimal | None = None  # what the supplier's credit note says
    credit_note: str = ""
    credited_by: str | None = None

    @property
    def difference(self) -> Decimal | None:
        """Credit note against the claim: 0 when reconciled, negative when the supplier credited less."""
        return None if self.credit_amount is None else self.credit_amount - self.value


def _reorder_statement(supplier_id: int | None, limit: int | None, offset: int = 0):
    """The reorder list's statement for one supplier (or all), an optional row limit and the rows to skip."""
    preferred = (select(PartSupplier.part_id, PartSupplier.supplier_id, PartSupplier.price)
                 .where(PartSupplier.preferred.is_(True)).subquery())
    q = (select(Part.id, Part.number, Part.name_zh, Part.unit, PartStock.on_hand, PartStock.on_order,
                PartStock.reserved, Part.min_stock, Part.quota, preferred.c.supplier_id, Supplier.name,
                func.coalesce(preferred.c.price, Part.cost))
         # the few thousand short parts come from the partial index ix_part_stock_short, each part then
         # by its rowid ("+ 0" keeps SQLite from starting at the index of superseded_by_id instead)
         .join(PartStock, PartStock.part_id + 0 == Part.id)
         .join(preferred, preferred.c.part_id == Part.id, isouter=True)
         .join(Supplier, Supplier.id == preferred.c.supplier_id, isouter=True)
         .where(short_of_minimum(), Part.active.is_(True), Part.superseded_by_id.is_(None))
         .order_by(Supplier.name, Part.number))
    if supplier_id is not None:
        q = q.where(preferred.c.supplier_id == supplier_id)
    if offset:
        # SQLite's OFFSET needs a LIMIT, and SQLAlchemy's stand-in for "none" is a bind driver_rows cannot inline
        q = q.limit(limit or 2**31 - 1).offset(offset)
    elif limit:
        q = q.limit(limit)
    return q


class PurchasingService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts

    def reorder_suggestions(self, actor: Actor, *, supplier_id: int | None = None,
                            limit: int | None = None, offset: int = 0) -> list[Suggestion]:
        """Parts whose on hand + on order − reserved is below the minimum, with the quantity up to the quota,
        by supplier and part number; ``limit``/``offset`` read them a screen at a time."""
        actor.require(Permission.VIEW_PARTS)
        # Read as the driver returns the rows: Money and Quantity columns as their stored integers (fen,
        # thousandths), turned into Decimals here once per distinct value. SQLAlchemy's row objects and
        # the columns' own converters (~1.4 µs a value) were most of the time over 100k parts.
        qty = Scaled(3)
        money = Scaled(2)
        with self.db.read() as s:
            rows = driver_rows(s, lambda: _reorder_statement(supplier_id, limit, offset),
                               key=("reorder", supplier_id, limit, offset))
        return [_suggestion((pid, number, name, unit, qty[oh], qty[oo], qty[rs], qty[mn], qty[quota],
                             qty[max(quota, mn) - (oh + oo - rs)], sid, sname or "", money[price]))
                for pid, number, name, unit, oh, oo, rs, mn, quota, sid, sname, price in rows]

    def create_order(self, actor: Actor, supplier_id: int, lines: list[tuple[int, Any, Any]] | None = None, *,
                     kind: str = "normal", note: str = "") -> OrderInfo:
        """A draft order; ``lines`` are (part id, qty, price or None for the supplier's price)."""
        actor.require(Permission.PURCHASE_PARTS)
        if kind not in ORDER_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown order kind {kind}."), kind=kind)
        with self.db.write() as s:
            sup = s.get(Supplier, supplier_id)
            if sup is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such supplier."))
            order = PurchaseOrder(number=next_number(s, "purchase_order", self.clock.today()), supplier_id=supplier_id,
                                  kind=kind, status="draft", note=note, created_by=actor.username,
                                  updated_by=actor.username)
            s.add(order)
            s.flush()
            for part_id, qty, price in lines or []:
                self._add_line(s, order, part_id, qty, price)
            self.audit.record(s, actor, "purchase.create", "purchase_order", order.id, order.number)
            s.flush()
            return self._info(s, order.id)

    def _add_line(self, s, order: PurchaseOrder, part_id: int, qty: Any, price: Any,
                  job_ref: str | None = None, line_ref: str | None = None) -> None:
        qty = self._qty_for(s, part_id, qty)
        if price is None:
            price = s.scalar(select(func.coalesce(PartSupplier.price, Part.cost)).select_from(Part)
                             .join(PartSupplier, and_(PartSupplier.part_id == Part.id,
                                                      PartSupplier.supplier_id == order.supplier_id), isouter=True)
                             .where(Part.id == part_id))
            if price is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
        line = PurchaseOrderLine(order_id=order.id, part_id=part_id, qty=qty, received_qty=ZERO,
                                 price=to_money(price), job_ref=job_ref, line_ref=line_ref)
        s.add(line)
        if order.status in ("sent", "partial"):
            s.execute(update(PartStock).where(PartStock.part_id == part_id).values(on_order=PartStock.on_order + qty))

    def add_line(self, actor: Actor, order_id: int, part_id: int, qty: Any, price: Any = None) -> OrderInfo:
        actor.require(Permission.PURCHASE_PARTS)
        with self.db.write() as s:
            order = self._order(s, order_id)
            if order.status not in ("draft",):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Order {number} is sent; add a new order."),
                                      number=order.number)
            self._add_line(s, order, part_id, qty, price)
            s.flush()
            return self._info(s, order.id)

    def _qty_for(self, s, part_id: int, qty: Any) -> Decimal:
        """An ordered quantity: whole for parts counted in pieces (2.5 headlights is a typo)."""
        unit = s.scalar(select(Part.unit).where(Part.id == part_id))
        if unit is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
        return qty_in_unit(qty if not isinstance(qty, float) else str(qty), unit)

    def change_line(self, actor: Actor, order_id: int, line_id: int, *, qty: Any = None, price: Any = None,
                    remove: bool = False) -> OrderInfo:
        """Edit a draft order line by line: its quantity, its price, or take it off."""
        actor.require(Permission.PURCHASE_PARTS)
        with self.db.write() as s:
            order = self._order(s, order_id)
            if order.status != "draft":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Order {number} is sent; its lines can no "
                                                                        "longer be changed."), number=order.number)
            line = s.get(PurchaseOrderLine, line_id)
            if line is None or line.order_id != order.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That line is not on order {number}."),
                               number=order.number)
            number = s.scalar(select(Part.number).where(Part.id == line.part_id))
            if remove:
                s.delete(line)
                summary = f"{order.number} − {number}"
            else:
                if qty is not None:
                    line.qty = self._qty_for(s, line.part_id, qty)
                if price is not None:
                    line.price = to_money(price)
                summary = f"{order.number} {number} {fmt_qty(line.qty)} × {line.price}"
            order.updated_by = actor.username
            self.audit.record(s, actor, "purchase.change_line", "purchase_order", order.id, summary)
            s.flush()
            return self._info(s, order.id)

    def orders_from_suggestions(self, actor: Actor, suggestions: list[Suggestion], *,
                                kind: str = "normal") -> list[OrderInfo]:
        """One draft order per supplier from the chosen suggestions (parts without a supplier are left out)."""
        by_supplier: dict[int, list[tuple[int, Decimal, Decimal]]] = {}
        for sug in suggestions:
            if sug.supplier_id is not None and sug.suggested > 0:
                by_supplier.setdefault(sug.supplier_id, []).append((sug.part_id, sug.suggested, sug.price))
        return [self.create_order(actor, sid, lines, kind=kind) for sid, lines in sorted(by_supplier.items())]

    def send_order(self, actor: Actor, order_id: int, version: int) -> OrderInfo:
        """The order goes to the supplier: its quantities are now on order."""
        actor.require(Permission.PURCHASE_PARTS)
        with self.db.write() as s:
            order = self._order(s, order_id)
            if order.version != version:
                raise conflict_error(order)
            if order.status != "draft":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Order {number} is sent already."),
                                      number=order.number)
            lines = s.scalars(select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)).all()
            if not lines:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Order {number} has no lines."),
                                      number=order.number)
            for line in lines:
                s.execute(update(PartStock).where(PartStock.part_id == line.part_id)
                          .values(on_order=PartStock.on_order + line.qty))
            lead = s.scalar(select(Supplier.lead_time_days).where(Supplier.id == order.supplier_id)) or 0
            order.status = "sent"
            order.ordered_on = self.clock.today()
            order.expected_on = self.clock.today() + timedelta(days=0 if order.kind == "urgent" else lead)
            order.updated_by = actor.username
            self.audit.record(s, actor, "purchase.send", "purchase_order", order.id, order.number)
            s.flush()
            return self._info(s, order.id)

    def cancel_order(self, actor: Actor, order_id: int, reason: str) -> OrderInfo:
        actor.require(Permission.PURCHASE_PARTS)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for cancelling."), field="reason")
        with self.db.write() as s:
            order = self._order(s, order_id)
            if order.status in ("sent", "partial"):
                for line in s.scalars(select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)):
                    open_qty = max(line.qty - line.received_qty, ZERO)
                    s.execute(update(PartStock).where(PartStock.part_id == line.part_id)
                              .values(on_order=PartStock.on_order - open_qty))
            order.status = "cancelled"
            order.note = (order.note + "\n" + reason.strip()).strip()
            order.updated_by = actor.username
            self.audit.record(s, actor, "purchase.cancel", "purchase_order", order.id, f"{order.number}: {reason}")
            s.flush()
            return self._info(s, order.id)

    def back_order(self, actor: Actor, job_ref: str, line_ref: str, part_id: int, qty: Any, *,
                   supplier_id: int | None = None) -> OrderInfo:
        """A job card waits for a part: an urgent order line tied to the job (sent at once)."""
        actor.require(Permission.PURCHASE_PARTS)
        qty = to_qty(qty)
        with self.db.write() as s:
            sid = supplier_id or s.scalar(select(PartSupplier.supplier_id).where(
                PartSupplier.part_id == part_id).order_by(PartSupplier.preferred.desc(), PartSupplier.id).limit(1))
            if sid is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The part has no supplier; choose one."),
                                      field="supplier")
            order = PurchaseOrder(number=next_number(s, "purchase_order", self.clock.today()), supplier_id=sid,
                                  kind="urgent", status="sent", ordered_on=self.clock.today(),
                                  expected_on=self.clock.today(), note=job_ref, created_by=actor.username,
                                  updated_by=actor.username)
            s.add(order)
            s.flush()
            self._add_line(s, order, part_id, qty, None, job_ref=job_ref.strip().upper(), line_ref=str(line_ref))
            self.audit.record(s, actor, "purchase.back_order", "purchase_order", order.id, f"{order.number} {job_ref}")
            s.flush()
            return self._info(s, order.id)

    def back_orders_for_job(self, actor: Actor, job_ref: str) -> list[OrderLineInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            ids = s.scalars(select(PurchaseOrderLine.order_id).where(
                PurchaseOrderLine.job_ref == job_ref.strip().upper()).distinct())
            out: list[OrderLineInfo] = []
            for oid in ids:
                out.extend(ln for ln in self._info(s, oid).lines if ln.job_ref == job_ref.strip().upper())
            return out

    def orders(self, actor: Actor, *, status: str | None = None, limit: int = 100) -> list[OrderInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            q = select(PurchaseOrder.id).order_by(PurchaseOrder.id.desc()).limit(limit)
            if status:
                q = q.where(PurchaseOrder.status == status)
            return [self._info(s, i) for i in s.scalars(q)]

    def order_document(self, actor: Actor, number: str) -> OrderInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            oid = s.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == number.strip().upper()))
            if oid is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No purchase order {number}."), number=number)
            return self._info(s, oid)

    def order(self, actor: Actor, order_id: int) -> OrderInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return self._info(s, order_id)

    def _order(self, s, order_id: int) -> PurchaseOrder:
        order = s.get(PurchaseOrder, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such purchase order."))
        return order

    def _info(self, s, order_id: int) -> OrderInfo:
        o = self._order(s, order_id)
        sup = s.get(Supplier, o.supplier_id)
        lines = tuple(OrderLineInfo(ln.id, ln.part_id, number, name, spec, unit, ln.qty, ln.received_qty, ln.price,
                                    ln.job_ref)
                      for ln, number, name, spec, unit in s.execute(
            select(PurchaseOrderLine, Part.number, Part.name_zh, Part.spec, Part.unit)
            .join(Part, Part.id == PurchaseOrderLine.part_id).where(PurchaseOrderLine.order_id == o.id)
            .order_by(PurchaseOrderLine.id)))
        return OrderInfo(o.id, o.number, o.supplier_id, sup.name, sup.address, sup.contact, o.kind, o.status,
                         o.ordered_on, o.expected_on, o.note, o.created_by, o.version, lines)

    # ---- supplier returns and claims --------------------------------------------------------------
    def return_to_supplier(self, actor: Actor, supplier_id: int, lines: list[tuple[int, Any, str]], *,
                           kind: str = "return", reason: str = "", receipt_number: str = "",
                           bin_code: str | None = None) -> SupplierReturnInfo:
        """Send parts back (a wrong or surplus delivery, or a claim for a faulty part): stock goes out
        at the cost it came in."""
        actor.require(Permission.RECEIVE_PARTS)
        if kind not in ("return", "claim"):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown return kind {kind}."), kind=kind)
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Add the parts to send back."))
        with self.db.write() as s:
            if s.get(Supplier, supplier_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such supplier."))
            ret = SupplierReturn(number=next_number(s, "supplier_return", self.clock.today()), supplier_id=supplier_id,
                                 kind=kind, status="sent", receipt_number=receipt_number.strip().upper(),
                                 reason=reason.strip(), created_by=actor.username)
            s.add(ret)
            s.flush()
            total = ZERO
            for part_id, qty, fault in lines:
                qty = self._qty_for(s, part_id, qty)
                cost = None
                if ret.receipt_number:
                    # the delivery's cost as finally invoiced: the invoice price where the supplier's invoice
                    # corrected the order price (the stock was revalued to it), else the cost booked
                    cost = s.scalar(select(GoodsReceiptLine.invoice_price)
                                    .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
                                    .where(GoodsReceipt.number == ret.receipt_number,
                                           GoodsReceiptLine.part_id == part_id))
                    if cost is None:
                        cost = s.scalar(select(StockMove.unit_cost).where(
                            StockMove.reference == ret.receipt_number, StockMove.part_id == part_id,
                            StockMove.kind == "receipt", StockMove.qty > 0).order_by(StockMove.id).limit(1))
                bin_id = self.parts.pick_bin(s, part_id, qty, bin_code)
                held = s.scalar(select(StockBalance.on_hand).where(StockBalance.part_id == part_id,
                                                                   StockBalance.bin_id == bin_id)) or ZERO
                if held < qty:  # what is not on the shelf cannot go back, whoever may let stock go negative
                    number = s.scalar(select(Part.number).where(Part.id == part_id))
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only {on_hand} of {number} in stock: "
                                                                            "{qty} cannot be sent back."),
                                          field="qty", on_hand=fmt_qty(held), number=number, qty=fmt_qty(qty))
                move_id = self.parts.ledger.post(s, actor, part_id=part_id, bin_id=bin_id, kind="supplier_return",
                                                 qty=-qty, unit_cost=cost, reference=ret.number, note=fault)
                unit_cost = s.scalar(select(StockMove.unit_cost).where(StockMove.id == move_id))
                price = cost if cost is not None else unit_cost
                total += round_cny(qty * price)
                s.add(SupplierReturnLine(return_id=ret.id, part_id=part_id, bin_id=bin_id, qty=qty,
                                         unit_cost=unit_cost, price=price, fault=fault[:255]))
            ret.value = total
            self.audit.record(s, actor, f"supplier.{kind}", "supplier_return", ret.id, ret.number)
            s.flush()
            return self._return_info(s, ret.id)

    def settle_return(self, actor: Actor, return_id: int, *, accepted: bool, credit_amount: Any = None,
                      credit_note: str = "") -> SupplierReturnInfo:
        """The supplier's answer: the credit note (its number and amount, reconciled against the claim's
        value) or a rejection."""
        actor.require(Permission.PURCHASE_PARTS)
        with self.db.write() as s:
            ret = s.get(SupplierReturn, return_id)
            if ret is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such supplier return."))
            ret.status = "credited" if accepted else "rejected"
            ret.credit_amount = None if credit_amount is None else to_money(credit_amount)
            ret.credit_note = (credit_note or "").strip()[:64]
            ret.credited_by = actor.username
            ret.credited_at = self.clock.now()
            self.audit.record(s, actor, "supplier.return_settled", "supplier_return", ret.id,
                              f"{ret.number} {ret.status}", amount=ret.credit_amount)
            s.flush()
            return self._return_info(s, ret.id)

    def supplier_returns(self, actor: Actor, *, limit: int = 100) -> list[SupplierReturnInfo]:
        """The latest returns and claims, newest first."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            ids = s.scalars(select(SupplierReturn.id).order_by(SupplierReturn.id.desc()).limit(limit)).all()
            return [self._return_info(s, i) for i in ids]

    def _return_info(self, s, return_id: int) -> SupplierReturnInfo:
        ret = s.get(SupplierReturn, return_id)
        sup = s.get(Supplier, ret.supplier_id)
        lines = tuple((n, nm, ln.qty, ln.unit_cost, ln.fault) for ln, n, nm in s.execute(
            select(SupplierReturnLine, Part.number, Part.name_zh).join(Part, Part.id == SupplierReturnLine.part_id)
            .where(SupplierReturnLine.return_id == ret.id).order_by(SupplierReturnLine.id)))
        return SupplierReturnInfo(ret.id, ret.number, sup.name, ret.kind, ret.status, ret.reason, lines, ret.value,
                                  ret.credit_amount, ret.credit_note, ret.credited_by)
