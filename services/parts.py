"""The parts store: parts master, barcodes, bins, suppliers, and the stock ledger.

Every change of stock is a line in ``stock_moves`` and, in the same transaction, a change of
``part_stock`` (per part: on hand, reserved, on order, moving-average cost) and of
``stock_balances`` (per part and bin). Decrements are guarded atomic updates
(``on_hand = on_hand - q WHERE on_hand >= q``) and increments lock the part's stock row
(``FOR UPDATE``; SQLite's write transaction is ``BEGIN IMMEDIATE``), so concurrent PCs never lose
an update. Stock goes negative only for a role with ``Permission.NEGATIVE_STOCK``, and that is
written to the audit log.

A scan's client-made key is stored with its move (unique): a scan replayed after a crash finds
its move and returns it instead of counting twice.

Job cards (another area) use the seam ``reserve`` / ``release_reservation`` / ``issue_to_job`` /
``return_from_job`` / ``issued_for_job``, referring to a job card by its number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import case, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.engine import Database
from app.db.models.parts import (
    Bin,
    Part,
    PartBarcode,
    PartStock,
    PartSupplier,
    Reservation,
    StockBalance,
    StockMove,
    Supplier,
)
from services import pinyin
from services.audit import AuditLog
from services.barcodes import clean_scan, ean13_valid
from services.clock import Clock
from services.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, ValidationError, conflict_error
from services.money import round_cny, to_decimal
from services.users import Actor, Permission

ZERO = Decimal("0")
QTY_PLACES = Decimal("0.001")
FEN = Decimal("0.01")

QUALITIES = ("genuine", "equivalent", "reconditioned")
QUALITY_NAMES = {
    "genuine": QT_TRANSLATE_NOOP("PartQuality", "Genuine"),  # 原厂
    "equivalent": QT_TRANSLATE_NOOP("PartQuality", "Equivalent"),  # 同质
    "reconditioned": QT_TRANSLATE_NOOP("PartQuality", "Reconditioned"),  # 修复
}
MOVE_KINDS = ("receipt", "issue", "return", "counter_sale", "adjustment", "stocktake", "transfer", "supplier_return")
MOVE_NAMES = {
    "receipt": QT_TRANSLATE_NOOP("MoveKind", "Receipt"),
    "issue": QT_TRANSLATE_NOOP("MoveKind", "Issue to job"),
    "return": QT_TRANSLATE_NOOP("MoveKind", "Return from job"),
    "counter_sale": QT_TRANSLATE_NOOP("MoveKind", "Counter sale"),
    "adjustment": QT_TRANSLATE_NOOP("MoveKind", "Adjustment"),
    "stocktake": QT_TRANSLATE_NOOP("MoveKind", "Stocktake"),
    "transfer": QT_TRANSLATE_NOOP("MoveKind", "Transfer"),
    "supplier_return": QT_TRANSLATE_NOOP("MoveKind", "Return to supplier"),
}
CHANNELS = ("workshop", "internal", "warranty", "counter")
DEFAULT_BIN = "UNSORTED"  # where a part without a put-away bin lands (shown as 待上架)

T = TypeVar("T")


# ---- values ------------------------------------------------------------------------------------


def to_qty(value: Any, *, allow_zero: bool = False, field_name: str = "qty") -> Decimal:
    """A quantity typed or passed in: Decimal to 0.001, above zero; never float."""
    if isinstance(value, float):
        raise TypeError("quantities are never float")
    try:
        d = to_decimal(value)
    except (ValueError, TypeError, InvalidOperation):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a quantity."), field=field_name,
                              value=value) from None
    if d != d.quantize(QTY_PLACES, rounding=ROUND_HALF_UP):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A quantity has at most three decimals."),
                              field=field_name)
    if d < 0 or (d == 0 and not allow_zero):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity above zero (not {value})."),
                              field=field_name, value=d)
    return d.quantize(QTY_PLACES)


def to_money(value: Any, *, field_name: str = "price") -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never float")
    try:
        d = to_decimal(value)
    except (ValueError, TypeError, InvalidOperation):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount."), field=field_name,
                              value=value) from None
    if d < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field=field_name)
    return round_cny(d)


def fmt_qty(q: Decimal) -> str:
    """1.000 → "1", 1.500 → "1.5" (for messages)."""
    text = f"{q:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


_NUMBER_JUNK = re.compile(r"[\s\u3000]+")


def normalise_number(number: str) -> str:
    """Part numbers as the store keys them: half-width, upper-case, no spaces (06A 115 561 B → 06A115561B)."""
    return _NUMBER_JUNK.sub("", clean_scan(number or "")).upper()


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a Chinese name, lower-case, letters and digits only."""
    return pinyin.keys(name)


def barcode_kind(code: str) -> str:
    if ean13_valid(code):
        return "ean13"
    return "code128"


# ---- results -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BinInfo:
    id: int
    code: str
    description: str


@dataclass(frozen=True)
class SupplierInfo:
    id: int
    name: str
    address: str
    contact: str
    phone: str
    lead_time_days: int
    active: bool
    version: int


@dataclass(frozen=True)
class PartSupplierInfo:
    supplier_id: int
    supplier_name: str
    supplier_number: str
    price: Decimal | None
    lead_time_days: int
    preferred: bool


@dataclass(frozen=True)
class StockLine:
    bin_id: int
    bin_code: str
    on_hand: Decimal


@dataclass(frozen=True)
class PartInfo:
    id: int
    number: str
    name_zh: str
    name_en: str
    spec: str
    brand: str
    category: str
    unit: str
    quality: str
    cost: Decimal
    retail_price: Decimal
    trade_price: Decimal
    warranty_price: Decimal
    min_stock: Decimal
    quota: Decimal
    default_bin: str | None
    superseded_by: str | None
    active: bool
    version: int
    on_hand: Decimal = ZERO
    reserved: Decimal = ZERO
    on_order: Decimal = ZERO
    avg_cost: Decimal = ZERO
    barcodes: tuple[str, ...] = ()
    stock: tuple[StockLine, ...] = ()
    suppliers: tuple[PartSupplierInfo, ...] = ()

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class PartRow:
    """A part as lists show it (columns, not entities)."""

    id: int
    number: str
    name_zh: str
    name_en: str
    brand: str
    category: str
    unit: str
    quality: str
    bin: str | None
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    avg_cost: Decimal
    retail_price: Decimal
    min_stock: Decimal

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class MoveInfo:
    id: int
    at: datetime
    kind: str
    part_id: int
    part_number: str
    part_name: str
    bin_code: str
    qty: Decimal
    unit_cost: Decimal
    value: Decimal
    reference: str | None
    job_ref: str | None
    username: str
    scan_key: str | None = None
    on_hand_after: Decimal | None = None  # the part's total on hand right after this move
    replayed: bool = False  # the scan key was committed before: nothing new was counted


@dataclass(frozen=True)
class ReservationInfo:
    id: int
    job_ref: str
    line_ref: str
    part_id: int
    part_number: str
    qty: Decimal
    requested_qty: Decimal
    issued_qty: Decimal
    served_from_stock: bool
    status: str


@dataclass(frozen=True)
class IssuedLine:
    """What a job card has drawn from the store, per part (issues less returns)."""

    part_id: int
    part_number: str
    name_zh: str
    unit: str
    quality: str
    qty: Decimal
    cost_value: Decimal
    retail_price: Decimal


@dataclass(frozen=True)
class FillRate:
    lines: int
    served: int

    @property
    def rate(self) -> Decimal | None:
        if not self.lines:
            return None
        return (Decimal(self.served) / Decimal(self.lines)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PartLabel:
    number: str
    name_zh: str
    name_en: str
    brand: str
    quality: str
    unit: str
    retail_price: Decimal
    bin_code: str | None


@dataclass(frozen=True)
class BinLabel:
    code: str
    description: str


@dataclass
class NewPart:
    """What a person or a price list gives to create a part."""

    number: str
    name_zh: str
    name_en: str = ""
    spec: str = ""
    brand: str = ""
    category: str = ""
    unit: str = "个"
    quality: str = "genuine"
    cost: Decimal = ZERO
    retail_price: Decimal = ZERO
    trade_price: Decimal = ZERO
    warranty_price: Decimal = ZERO
    min_stock: Decimal = ZERO
    quota: Decimal = ZERO
    bin: str | None = None
    barcodes: list[str] = field(default_factory=list)


class UnknownCode(NotFound):
    """A scanned code names no part: the screen offers to link it or create a part."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(QT_TRANSLATE_NOOP("ServiceError", "Unknown code {code}: no part has this barcode or "
                                                           "number. Link it to a part or create one."), code=code)


# ---- the ledger ---------------------------------------------------------------------------------


def _insert_ignore(session: Session, table, values: dict, keys: list[str]) -> None:
    ins = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(ins(table).values(**values).on_conflict_do_nothing(index_elements=keys))


class Ledger:
    """Posts stock moves and keeps the balances in step, inside the caller's write transaction."""

    def __init__(self, audit: AuditLog, clock: Clock) -> None:
        self.audit = audit
        self.clock = clock

    def find_scan(self, s: Session, scan_key: str | None) -> MoveInfo | None:
        if not scan_key:
            return None
        move_id = s.scalar(select(StockMove.id).where(StockMove.scan_key == scan_key))
        return None if move_id is None else self.move_info(s, move_id, replayed=True)

    def move_info(self, s: Session, move_id: int, *, replayed: bool = False) -> MoveInfo:
        row = s.execute(
            select(StockMove, Part.number, Part.name_zh, Bin.code, PartStock.on_hand)
            .join(Part, Part.id == StockMove.part_id).join(Bin, Bin.id == StockMove.bin_id)
            .join(PartStock, PartStock.part_id == StockMove.part_id, isouter=True)
            .where(StockMove.id == move_id)
        ).one()
        m = row[0]
        return MoveInfo(m.id, m.created_at, m.kind, m.part_id, row[1], row[2], row[3], m.qty, m.unit_cost, m.value,
                        m.reference, m.job_ref, m.username, m.scan_key, row[4], replayed)

    def ensure_rows(self, s: Session, part_id: int, bin_id: int) -> None:
        now = self.clock.now()
        _insert_ignore(s, PartStock, {"part_id": part_id, "on_hand": ZERO, "reserved": ZERO, "on_order": ZERO,
                                      "avg_cost": ZERO, "created_at": now, "updated_at": now}, ["part_id"])
        _insert_ignore(s, StockBalance, {"part_id": part_id, "bin_id": bin_id, "on_hand": ZERO, "created_at": now,
                                         "updated_at": now}, ["part_id", "bin_id"])

    def post(self, s: Session, actor: Actor, *, part_id: int, bin_id: int, kind: str, qty: Decimal,
             unit_cost: Decimal | None = None, reference: str | None = None, job_ref: str | None = None,
             line_ref: str | None = None, scan_key: str | None = None, price: Decimal | None = None,
             channel: str | None = None, note: str = "", reverses_id: int | None = None) -> int:
        """Write one move (``qty`` signed) and change the balances with it. Returns the move's id.

        Incoming moves at ``unit_cost`` re-average the part's cost; outgoing moves leave at the
        average cost. An outgoing move that would take a bin below zero is refused unless the actor
        may let stock go negative, in which case it is written to the audit log.
        """
        assert kind in MOVE_KINDS, kind
        if qty == 0 and kind != "adjustment":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity above zero (not {value})."),
                                  value=qty)
        now = self.clock.now()
        self.ensure_rows(s, part_id, bin_id)
        ps = PartStock.__table__.c
        sb = StockBalance.__table__.c
        if qty > 0:
            # lock the part's stock row: the new average needs the old quantity and cost
            on_hand, avg = s.execute(
                select(ps.on_hand, ps.avg_cost).where(ps.part_id == part_id).with_for_update()
            ).one()
            cost = avg if unit_cost is None else unit_cost
            base = max(on_hand, ZERO)
            new_avg = cost if base + qty <= 0 else round_cny((base * avg + qty * cost) / (base + qty))
            values: dict[str, Any] = {"on_hand": ps.on_hand + qty, "avg_cost": new_avg, "updated_at": now}
            if kind == "receipt":
                values["last_receipt_at"] = now
            s.execute(update(PartStock).where(ps.part_id == part_id).values(**values))
            s.execute(update(StockBalance).where(sb.part_id == part_id, sb.bin_id == bin_id)
                      .values(on_hand=sb.on_hand + qty, updated_at=now))
        elif qty < 0:
            take = -qty
            may_go_negative = actor.can(Permission.NEGATIVE_STOCK)
            values = {"on_hand": ps.on_hand - take, "updated_at": now}
            if kind in ("issue", "counter_sale"):
                values["last_issue_at"] = now
            stmt = update(PartStock).where(ps.part_id == part_id)
            bin_stmt = update(StockBalance).where(sb.part_id == part_id, sb.bin_id == bin_id)
            if not may_go_negative:
                stmt = stmt.where(ps.on_hand >= take)
                bin_stmt = bin_stmt.where(sb.on_hand >= take)
            if s.execute(stmt.values(**values)).rowcount != 1 or \
                    s.execute(bin_stmt.values(on_hand=sb.on_hand - take, updated_at=now)).rowcount != 1:
                self._refuse_short(s, part_id, bin_id, take)
            on_hand, bin_on_hand, avg = s.execute(
                select(ps.on_hand, sb.on_hand, ps.avg_cost).select_from(PartStock.__table__.join(
                    StockBalance.__table__, sb.part_id == ps.part_id))
                .where(ps.part_id == part_id, sb.bin_id == bin_id)
            ).one()
            if unit_cost is None:
                unit_cost = avg
            elif kind in ("receipt", "supplier_return") and on_hand > 0:
                # taking back a receipt at its own cost: the average forgets it
                left_value = (on_hand + take) * avg - take * unit_cost
                new_avg = round_cny(left_value / on_hand) if left_value > 0 else avg
                s.execute(update(PartStock).where(ps.part_id == part_id).values(avg_cost=new_avg))
            if on_hand < 0 or bin_on_hand < 0:
                number = s.scalar(select(Part.number).where(Part.id == part_id))
                self.audit.record(s, actor, "stock.negative", "part", part_id,
                                  f"{number} {kind} {fmt_qty(take)}: on hand {fmt_qty(on_hand)}",
                                  details={"bin_id": bin_id, "bin_on_hand": str(bin_on_hand), "reference": reference,
                                           "job_ref": job_ref})
        cost = unit_cost if unit_cost is not None else s.scalar(select(ps.avg_cost).where(ps.part_id == part_id))
        result = s.execute(insert(StockMove).values(
            kind=kind, part_id=part_id, bin_id=bin_id, qty=qty, unit_cost=cost, value=round_cny(qty * cost),
            price=price, channel=channel, reference=reference, job_ref=job_ref, line_ref=line_ref,
            user_id=actor.user_id, username=actor.username, scan_key=scan_key, reverses_id=reverses_id,
            note=note[:255], created_at=now, updated_at=now,
        ).returning(StockMove.id))
        return int(result.scalar_one())

    def revalue(self, s: Session, actor: Actor, *, part_id: int, bin_id: int, delta_value: Decimal,
                unit_cost: Decimal, reference: str | None, note: str = "") -> int | None:
        """Book a change of value without a change of quantity (an invoice price unlike the booked cost).

        The stock on hand takes the difference into its average cost; a zero-quantity move keeps the
        value in the ledger.
        """
        if delta_value == 0:
            return None
        self.ensure_rows(s, part_id, bin_id)
        ps = PartStock.__table__.c
        on_hand, avg = s.execute(select(ps.on_hand, ps.avg_cost).where(ps.part_id == part_id)
                                 .with_for_update()).one()
        if on_hand > 0:
            new_avg = max(round_cny((on_hand * avg + delta_value) / on_hand), ZERO)
            s.execute(update(PartStock).where(ps.part_id == part_id).values(avg_cost=new_avg))
        now = self.clock.now()
        result = s.execute(insert(StockMove).values(
            kind="adjustment", part_id=part_id, bin_id=bin_id, qty=ZERO, unit_cost=unit_cost,
            value=round_cny(delta_value), reference=reference, user_id=actor.user_id, username=actor.username,
            note=note[:255], created_at=now, updated_at=now).returning(StockMove.id))
        return int(result.scalar_one())

    def _refuse_short(self, s: Session, part_id: int, bin_id: int, take: Decimal) -> None:
        number, unit, on_hand = s.execute(select(Part.number, Part.unit, PartStock.on_hand).join(
            PartStock, PartStock.part_id == Part.id).where(Part.id == part_id)).one()
        bin_code, bin_on_hand = s.execute(select(Bin.code, StockBalance.on_hand).join(
            StockBalance, StockBalance.bin_id == Bin.id).where(Bin.id == bin_id, StockBalance.part_id == part_id)).one()
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Not enough stock of {number}: {bin_qty} {unit} in bin {bin} "
                                              "({total} in all), {qty} wanted. Stock cannot go negative."),
            field="qty", number=number, bin_qty=fmt_qty(bin_on_hand), unit=unit, bin=bin_code,
            total=fmt_qty(on_hand), qty=fmt_qty(take))


# ---- the service -------------------------------------------------------------------------------


class PartsService:
    """Parts master and the ledger's everyday moves (issue to jobs, returns, counter sales, adjustments)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.ledger = Ledger(audit, clock)

    # ---- retries ---------------------------------------------------------------------------------
    def write_scan(self, scan_key: str | None, work: Callable[[Session], T],
                   replay: Callable[[Session], T | None] | None = None) -> T:
        """Run ``work`` in a write transaction, unless ``scan_key`` was committed before.

        ``replay(session)`` returns the earlier result for a committed key (default: its move).
        Two PCs replaying one key at once: the unique constraint refuses the second, which then
        finds the first's result.
        """
        find = replay or (lambda s: self.ledger.find_scan(s, scan_key))
        for attempt in range(2):
            try:
                with self.db.write() as s:
                    if scan_key:
                        earlier = find(s)
                        if earlier is not None:
                            return earlier
                    return work(s)
            except IntegrityError:
                if not scan_key or attempt:
                    raise
        raise AssertionError("unreachable")

    # ---- bins ---------------------------------------------------------------------------------------
    def bin_id(self, s: Session, code: str | None, *, create: bool = True) -> int:
        code = normalise_number(code or "") or DEFAULT_BIN
        found = s.scalar(select(Bin.id).where(Bin.code == code))
        if found is not None:
            return found
        if not create:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No bin {code}."), code=code)
        now = self.clock.now()
        _insert_ignore(s, Bin, {"code": code, "description": "", "active": True, "created_at": now,
                                "updated_at": now}, ["code"])
        return s.scalar(select(Bin.id).where(Bin.code == code))

    def list_bins(self, actor: Actor, prefix: str = "", limit: int = 500) -> list[BinInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            q = select(Bin.id, Bin.code, Bin.description).where(Bin.active.is_(True)).order_by(Bin.code).limit(limit)
            if prefix:
                q = q.where(Bin.code.startswith(normalise_number(prefix), autoescape=True))
            return [BinInfo(*r) for r in s.execute(q)]

    def ensure_bin(self, actor: Actor, code: str, description: str = "") -> BinInfo:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            bin_id = self.bin_id(s, code)
            if description:
                s.execute(update(Bin).where(Bin.id == bin_id).values(description=description))
            b = s.get(Bin, bin_id)
            return BinInfo(b.id, b.code, b.description)

    # ---- suppliers ------------------------------------------------------------------------------
    def create_supplier(self, actor: Actor, name: str, *, address: str = "", contact: str = "", phone: str = "",
                        lead_time_days: int = 3) -> SupplierInfo:
        actor.require(Permission.EDIT_PARTS)
        name = (name or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the supplier's name."), field="name")
        if not 0 <= int(lead_time_days) <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A lead time is 0 to 365 days."),
                                  field="lead_time_days")
        with self.db.write() as s:
            if s.scalar(select(Supplier.id).where(Supplier.name == name)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A supplier named {name} exists already."),
                                      field="name", name=name)
            sup = Supplier(name=name, address=address.strip(), contact=contact.strip(), phone=phone.strip(),
                           lead_time_days=int(lead_time_days), updated_by=actor.username)
            s.add(sup)
            s.flush()
            self.audit.record(s, actor, "supplier.create", "supplier", sup.id, name)
            return _supplier(sup)

    def suppliers(self, actor: Actor) -> list[SupplierInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return [_supplier(x) for x in s.scalars(select(Supplier).order_by(Supplier.name))]

    def link_supplier(self, actor: Actor, part_id: int, supplier_id: int, *, supplier_number: str = "",
                      price: Any = None, lead_time_days: int | None = None, preferred: bool = True) -> None:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            row = s.scalar(select(PartSupplier).where(PartSupplier.part_id == part_id,
                                                      PartSupplier.supplier_id == supplier_id))
            if preferred:
                s.execute(update(PartSupplier).where(PartSupplier.part_id == part_id).values(preferred=False))
            if row is None:
                row = PartSupplier(part_id=part_id, supplier_id=supplier_id)
                s.add(row)
            row.supplier_number = supplier_number
            row.price = None if price is None else to_money(price)
            row.lead_time_days = lead_time_days
            row.preferred = preferred

    # ---- parts master -----------------------------------------------------------------------------
    def create_part(self, actor: Actor, new: NewPart, *, session: Session | None = None) -> PartInfo:
        actor.require(Permission.EDIT_PARTS)
        number = normalise_number(new.number)
        if not number or len(number) > 40:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A part number is 1 to 40 characters."),
                                  field="number")
        name = (new.name_zh or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the part's name."), field="name_zh")
        if new.quality not in QUALITIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown part quality {quality}."),
                                  field="quality", quality=new.quality)
        prices = {k: to_money(getattr(new, k), field_name=k)
                  for k in ("cost", "retail_price", "trade_price", "warranty_price")}
        if (prices["cost"] or prices["retail_price"]) and not actor.can(Permission.EDIT_PART_PRICES):
            actor.require(Permission.EDIT_PART_PRICES)
        min_stock = to_qty(new.min_stock, allow_zero=True, field_name="min_stock")
        quota = to_qty(new.quota, allow_zero=True, field_name="quota")

        def work(s: Session) -> PartInfo:
            if s.scalar(select(Part.id).where(Part.number == number)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Part number {number} exists already."),
                                      field="number", number=number)
            full, initials = pinyin_keys(name)
            part = Part(number=number, name_zh=name, name_en=new.name_en.strip(), pinyin=full, initials=initials,
                        spec=new.spec.strip(), brand=new.brand.strip(), category=new.category.strip(),
                        unit=new.unit.strip() or "个", quality=new.quality, min_stock=min_stock, quota=quota,
                        default_bin_id=self.bin_id(s, new.bin) if new.bin else None, updated_by=actor.username,
                        **prices)
            s.add(part)
            s.flush()
            now = self.clock.now()
            s.add(PartStock(part_id=part.id, on_hand=ZERO, reserved=ZERO, on_order=ZERO, avg_cost=prices["cost"],
                            created_at=now, updated_at=now))
            for code in new.barcodes:
                self._add_barcode(s, part.id, code)
            self.audit.record(s, actor, "part.create", "part", part.id, f"{number} {name}",
                              details={k: str(v) for k, v in prices.items()})
            s.flush()
            return self._info(s, part.id)

        if session is not None:
            return work(session)
        with self.db.write() as s:
            return work(s)

    def update_part(self, actor: Actor, part_id: int, version: int, **changes: Any) -> PartInfo:
        """Change master fields; prices need EDIT_PART_PRICES and are audited. Stale version → conflict."""
        actor.require(Permission.EDIT_PARTS)
        price_fields = {"cost", "retail_price", "trade_price", "warranty_price"}
        allowed = {"name_zh", "name_en", "spec", "brand", "category", "unit", "quality", "min_stock", "quota",
                   "bin", "superseded_by", "active"} | price_fields
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown part fields {sorted(unknown)}")
        if price_fields & set(changes):
            actor.require(Permission.EDIT_PART_PRICES)
        with self.db.write() as s:
            part = s.get(Part, part_id)
            if part is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
            if part.version != version:
                raise conflict_error(part)
            before = {k: str(getattr(part, k)) for k in price_fields}
            for key, value in changes.items():
                if key in price_fields:
                    setattr(part, key, to_money(value, field_name=key))
                elif key in ("min_stock", "quota"):
                    setattr(part, key, to_qty(value, allow_zero=True, field_name=key))
                elif key == "bin":
                    part.default_bin_id = self.bin_id(s, value) if value else None
                elif key == "superseded_by":
                    part.superseded_by_id = self._supersede_target(s, part, value)
                elif key == "quality":
                    if value not in QUALITIES:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown part quality {quality}."),
                                              field="quality", quality=value)
                    part.quality = value
                elif key == "name_zh":
                    name = (value or "").strip()
                    if not name:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the part's name."),
                                              field="name_zh")
                    part.name_zh = name
                    part.pinyin, part.initials = pinyin_keys(name)
                else:
                    setattr(part, key, value.strip() if isinstance(value, str) else value)
            part.updated_by = actor.username
            after = {k: str(getattr(part, k)) for k in price_fields}
            if before != after:
                self.audit.record(s, actor, "part.prices", "part", part.id, part.number,
                                  details={"before": before, "after": after})
            try:
                s.flush()
            except StaleDataError:
                raise conflict_error(s.get(Part, part_id)) from None
            return self._info(s, part.id)

    def _supersede_target(self, s: Session, part: Part, value: str | None) -> int | None:
        if not value:
            return None
        target = s.scalar(select(Part).where(Part.number == normalise_number(value)))
        if target is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No part numbered {number}."), number=value)
        seen = {part.id}
        step = target
        while step is not None:
            if step.id in seen:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} would replace itself."),
                                      field="superseded_by", number=part.number)
            seen.add(step.id)
            step = s.get(Part, step.superseded_by_id) if step.superseded_by_id else None
        return target.id

    def _add_barcode(self, s: Session, part_id: int, raw: str) -> str:
        code = clean_scan(raw)
        if not code or len(code) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A barcode is 1 to 64 characters."), field="code")
        owner = s.execute(select(PartBarcode.part_id, Part.number).join(Part, Part.id == PartBarcode.part_id)
                          .where(PartBarcode.code == code)).first()
        if owner is not None:
            if owner[0] == part_id:
                return code
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The code {code} belongs to part {number} already."),
                                  field="code", code=code, number=owner[1])
        s.add(PartBarcode(part_id=part_id, code=code, kind=barcode_kind(code)))
        s.flush()
        return code

    def link_barcode(self, actor: Actor, part_id: int, code: str) -> PartInfo:
        """Give a part another barcode (an unknown code scanned at receiving, a new box design)."""
        if not (actor.can(Permission.EDIT_PARTS) or actor.can(Permission.RECEIVE_PARTS)):
            actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            if s.get(Part, part_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
            code = self._add_barcode(s, part_id, code)
            self.audit.record(s, actor, "part.barcode", "part", part_id, code)
            return self._info(s, part_id)

    def remove_barcode(self, actor: Actor, part_id: int, code: str) -> PartInfo:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            s.execute(PartBarcode.__table__.delete().where(PartBarcode.part_id == part_id,
                                                           PartBarcode.code == clean_scan(code)))
            self.audit.record(s, actor, "part.barcode_remove", "part", part_id, code)
            return self._info(s, part_id)

    # ---- lookups -------------------------------------------------------------------------------
    def resolve_code(self, s: Session, code: str, *, follow_supersession: bool = True) -> int:
        """The part a scanned code names: a barcode, else a part number; a superseded number leads on."""
        code = clean_scan(code)
        part_id = s.scalar(select(PartBarcode.part_id).where(PartBarcode.code == code))
        if part_id is None:
            part_id = s.scalar(select(Part.id).where(Part.number == normalise_number(code)))
        if part_id is None:
            raise UnknownCode(code)
        if follow_supersession:
            seen = set()
            while part_id not in seen:
                seen.add(part_id)
                nxt = s.scalar(select(Part.superseded_by_id).where(Part.id == part_id))
                if nxt is None:
                    break
                part_id = nxt
        return part_id

    def find_by_code(self, actor: Actor, code: str) -> PartInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return self._info(s, self.resolve_code(s, code))

    def part(self, actor: Actor, part_id: int) -> PartInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return self._info(s, part_id)

    def _info(self, s: Session, part_id: int) -> PartInfo:
        part = s.get(Part, part_id)
        if part is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
        stock = s.scalar(select(PartStock).where(PartStock.part_id == part_id))
        bin_code = s.scalar(select(Bin.code).where(Bin.id == part.default_bin_id)) if part.default_bin_id else None
        successor = s.scalar(select(Part.number).where(Part.id == part.superseded_by_id)) \
            if part.superseded_by_id else None
        barcodes = tuple(s.scalars(select(PartBarcode.code).where(PartBarcode.part_id == part_id)
                                   .order_by(PartBarcode.id)))
        lines = tuple(StockLine(*r) for r in s.execute(
            select(Bin.id, Bin.code, StockBalance.on_hand).join(StockBalance, StockBalance.bin_id == Bin.id)
            .where(StockBalance.part_id == part_id, StockBalance.on_hand != 0).order_by(Bin.code)))
        sups = tuple(PartSupplierInfo(r[0], r[1], r[2], r[3], r[4] if r[4] is not None else r[5], r[6])
                     for r in s.execute(
            select(Supplier.id, Supplier.name, PartSupplier.supplier_number, PartSupplier.price,
                   PartSupplier.lead_time_days, Supplier.lead_time_days, PartSupplier.preferred)
            .join(PartSupplier, PartSupplier.supplier_id == Supplier.id).where(PartSupplier.part_id == part_id)
            .order_by(PartSupplier.preferred.desc(), Supplier.name)))
        return PartInfo(
            part.id, part.number, part.name_zh, part.name_en, part.spec, part.brand, part.category, part.unit,
            part.quality, part.cost, part.retail_price, part.trade_price, part.warranty_price, part.min_stock,
            part.quota, bin_code, successor, part.active, part.version,
            stock.on_hand if stock else ZERO, stock.reserved if stock else ZERO, stock.on_order if stock else ZERO,
            stock.avg_cost if stock else ZERO, barcodes, lines, sups)

    def search(self, actor: Actor, text: str = "", *, after: str | None = None, limit: int = 100,
               below_minimum: bool = False) -> list[PartRow]:
        """Parts by number prefix, barcode, Chinese or English name, pinyin or its initials.

        Ordered by part number and paged by keyset (``after`` = the last number shown), so a list
        over 100k parts never loads more than a page.
        """
        actor.require(Permission.VIEW_PARTS)
        q = clean_scan(text or "").strip()
        with self.db.read() as s:
            stmt = (select(Part.id, Part.number, Part.name_zh, Part.name_en, Part.brand, Part.category, Part.unit,
                           Part.quality, Bin.code, PartStock.on_hand, PartStock.reserved, PartStock.on_order,
                           PartStock.avg_cost, Part.retail_price, Part.min_stock)
                    .join(PartStock, PartStock.part_id == Part.id, isouter=True)
                    .join(Bin, Bin.id == Part.default_bin_id, isouter=True)
                    .order_by(Part.number).limit(limit))
            if after:
                stmt = stmt.where(Part.number > after)
            if below_minimum:
                stmt = stmt.where(Part.min_stock > 0, PartStock.on_hand + PartStock.on_order - PartStock.reserved
                                  < Part.min_stock)
            if q:
                conds = []
                if q.isascii():
                    number = normalise_number(q)
                    conds.append(Part.number.startswith(number, autoescape=True))
                    low = re.sub(r"[^0-9a-z]", "", q.lower())
                    if low and low.isalpha():
                        conds.append(Part.initials.startswith(low, autoescape=True))
                        conds.append(Part.pinyin.startswith(low, autoescape=True))
                    conds.append(Part.id.in_(select(PartBarcode.part_id).where(PartBarcode.code == q)))
                    if len(q) >= 3 and not q.isdigit():
                        conds.append(func.lower(Part.name_en).contains(q.lower(), autoescape=True))
                else:
                    conds.append(Part.name_zh.contains(q, autoescape=True))
                    conds.append(Part.spec.contains(q, autoescape=True))
                stmt = stmt.where(or_(*conds))
            return [PartRow(*r[:9], *(v if v is not None else ZERO for v in r[9:13]), r[13], r[14])
                    for r in s.execute(stmt)]

    def stock_of(self, actor: Actor, part_id: int) -> tuple[Decimal, Decimal, Decimal]:
        """(on hand, reserved, on order) of a part."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            row = s.execute(select(PartStock.on_hand, PartStock.reserved, PartStock.on_order)
                            .where(PartStock.part_id == part_id)).first()
            return tuple(row) if row else (ZERO, ZERO, ZERO)  # type: ignore[return-value]

    def on_hand_all(self, actor: Actor) -> dict[int, Decimal]:
        """On hand of every part, from the balance rows (not summed from the ledger)."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return dict(s.execute(select(PartStock.part_id, PartStock.on_hand)).all())

    def moves(self, actor: Actor, part_id: int | None = None, *, before_id: int | None = None,
              limit: int = 100, reference: str | None = None, job_ref: str | None = None) -> list[MoveInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            stmt = (select(StockMove, Part.number, Part.name_zh, Bin.code).join(Part, Part.id == StockMove.part_id)
                    .join(Bin, Bin.id == StockMove.bin_id).order_by(StockMove.id.desc()).limit(limit))
            if part_id is not None:
                stmt = stmt.where(StockMove.part_id == part_id)
            if before_id is not None:
                stmt = stmt.where(StockMove.id < before_id)
            if reference is not None:
                stmt = stmt.where(StockMove.reference == reference)
            if job_ref is not None:
                stmt = stmt.where(StockMove.job_ref == job_ref)
            return [MoveInfo(m.id, m.created_at, m.kind, m.part_id, n, name, b, m.qty, m.unit_cost, m.value,
                             m.reference, m.job_ref, m.username, m.scan_key) for m, n, name, b in s.execute(stmt)]

    # ---- everyday moves --------------------------------------------------------------------------
    def _pick_bin(self, s: Session, part_id: int, qty: Decimal, bin_code: str | None) -> int:
        """The bin to take from: the one named, else the default bin if it holds enough, else the fullest."""
        if bin_code:
            return self.bin_id(s, bin_code, create=False)
        default = s.scalar(select(Part.default_bin_id).where(Part.id == part_id))
        rows = s.execute(select(StockBalance.bin_id, StockBalance.on_hand).where(StockBalance.part_id == part_id)
                         .order_by(StockBalance.on_hand.desc(), StockBalance.bin_id)).all()
        held = dict(rows)
        if default is not None and held.get(default, ZERO) >= qty:
            return default
        if rows and rows[0][1] >= qty:
            return rows[0][0]
        return default if default is not None else (rows[0][0] if rows else self.bin_id(s, None))

    def _put_bin(self, s: Session, part_id: int, bin_code: str | None) -> int:
        if bin_code:
            return self.bin_id(s, bin_code)
        default = s.scalar(select(Part.default_bin_id).where(Part.id == part_id))
        return default if default is not None else self.bin_id(s, None)

    def issue_to_job(self, actor: Actor, job_ref: str, part_id: int | None = None, qty: Any = 1, *,
                     code: str | None = None, scan_key: str | None = None, bin_code: str | None = None,
                     line_ref: str | None = None, channel: str = "workshop") -> MoveInfo:
        """Take parts from stock for a job card (by part id, or by a scanned ``code``).

        Consumes the job's reservation of that part first. A scan's key makes a replay harmless.
        """
        actor.require(Permission.ISSUE_PARTS)
        job_ref = _job_ref(job_ref)
        qty = to_qty(qty)
        if channel not in CHANNELS:
            raise ValueError(channel)

        def work(s: Session) -> MoveInfo:
            pid = part_id if part_id is not None else self.resolve_code(s, code or "")
            price = s.scalar(select(Part.retail_price).where(Part.id == pid))
            res = s.execute(select(Reservation.id, Reservation.line_ref, Reservation.qty).where(
                Reservation.job_ref == job_ref, Reservation.part_id == pid, Reservation.status == "open",
                *( [Reservation.line_ref == line_ref] if line_ref else [])).order_by(Reservation.id)).all()
            move_id = self.ledger.post(
                s, actor, part_id=pid, bin_id=self._pick_bin(s, pid, qty, bin_code), kind="issue", qty=-qty,
                job_ref=job_ref, line_ref=line_ref or (res[0][1] if res else None), scan_key=scan_key,
                price=price, channel=channel, reference=job_ref)
            left = qty
            for rid, _line, reserved in res:
                if left <= 0:
                    break
                used = min(left, reserved)
                left -= used
                s.execute(update(Reservation).where(Reservation.id == rid).values(
                    qty=Reservation.qty - used, issued_qty=Reservation.issued_qty + used,
                    status="issued" if reserved - used <= 0 else "open", updated_at=self.clock.now()))
                s.execute(update(PartStock).where(PartStock.part_id == pid)
                          .values(reserved=PartStock.reserved - used))
            self.audit.record(s, actor, "stock.issue", "part", pid, f"{job_ref} −{fmt_qty(qty)}")
            return self.ledger.move_info(s, move_id)

        return self.write_scan(scan_key, work)

    def return_from_job(self, actor: Actor, job_ref: str, part_id: int | None = None, qty: Any = 1, *,
                        code: str | None = None, scan_key: str | None = None, bin_code: str | None = None,
                        reason: str = "") -> MoveInfo:
        """Put unused parts back: no more than the job has drawn, at the cost it drew them at."""
        actor.require(Permission.ISSUE_PARTS)
        job_ref = _job_ref(job_ref)
        qty = to_qty(qty)

        def work(s: Session) -> MoveInfo:
            pid = part_id if part_id is not None else self.resolve_code(s, code or "", follow_supersession=False)
            drawn_qty, drawn_value = s.execute(
                select(func.coalesce(func.sum(StockMove.qty), 0), func.coalesce(func.sum(StockMove.value), 0))
                .where(StockMove.job_ref == job_ref, StockMove.part_id == pid,
                       StockMove.kind.in_(("issue", "return")))).one()
            drawn_qty = -_q(drawn_qty)
            drawn_value = -_m(drawn_value)
            if qty > drawn_qty:
                number = s.scalar(select(Part.number).where(Part.id == pid))
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Job {job} has drawn {drawn} of {number}; {qty} cannot "
                                                      "come back."),
                    field="qty", job=job_ref, drawn=fmt_qty(drawn_qty), number=number, qty=fmt_qty(qty))
            cost = round_cny(drawn_value / drawn_qty) if drawn_qty else None
            move_id = self.ledger.post(s, actor, part_id=pid, bin_id=self._put_bin(s, pid, bin_code), kind="return",
                                       qty=qty, unit_cost=cost, job_ref=job_ref, reference=job_ref,
                                       scan_key=scan_key, note=reason)
            self.audit.record(s, actor, "stock.return", "part", pid, f"{job_ref} +{fmt_qty(qty)}")
            return self.ledger.move_info(s, move_id)

        return self.write_scan(scan_key, work)

    def undo_issue_scan(self, actor: Actor, scan_key: str, *, undo_key: str | None = None) -> MoveInfo:
        """Take back exactly the issue that the scan ``scan_key`` made: a reversing move at the same cost,
        price and channel, and the job's reservation given back as far as that issue had consumed it.

        ``undo_key`` is the undo's own key, so replaying the undo after a crash reverses nothing twice.
        """
        actor.require(Permission.ISSUE_PARTS)
        if not scan_key:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing to undo."))

        def work(s: Session) -> MoveInfo:
            move = s.scalar(select(StockMove).where(StockMove.scan_key == scan_key))
            if move is None or move.kind != "issue" or move.qty >= 0 or move.reverses_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was not an issue to a job card; "
                                                                        "nothing was taken back."))
            if s.scalar(select(StockMove.id).where(StockMove.reverses_id == move.id)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was taken back already."))
            qty = -move.qty
            move_id = self.ledger.post(s, actor, part_id=move.part_id, bin_id=move.bin_id, kind="issue", qty=qty,
                                       unit_cost=move.unit_cost, job_ref=move.job_ref, line_ref=move.line_ref,
                                       scan_key=undo_key, price=move.price, channel=move.channel,
                                       reference=move.reference, reverses_id=move.id, note="undo")
            # what the reservations count as issued may not exceed what the job still holds after the undo
            held = -_q(s.scalar(select(func.coalesce(func.sum(StockMove.qty), 0)).where(
                StockMove.job_ref == move.job_ref, StockMove.part_id == move.part_id,
                StockMove.kind.in_(("issue", "return")))))
            res = s.scalars(select(Reservation).where(
                Reservation.job_ref == move.job_ref, Reservation.part_id == move.part_id,
                Reservation.issued_qty > 0).order_by(
                (Reservation.line_ref == (move.line_ref or "")).desc(), Reservation.id.desc())).all()
            give_back = min(qty, max(sum((r.issued_qty for r in res), ZERO) - max(held, ZERO), ZERO))
            for r in res:
                if give_back <= 0:
                    break
                back = min(give_back, r.issued_qty)
                give_back -= back
                r.issued_qty = r.issued_qty - back
                r.qty = r.qty + back
                r.status = "open"
                s.execute(update(PartStock).where(PartStock.part_id == move.part_id)
                          .values(reserved=PartStock.reserved + back))
            s.flush()
            self.audit.record(s, actor, "stock.issue_undo", "part", move.part_id,
                              f"{move.job_ref} +{fmt_qty(qty)} (undo of scan {scan_key})",
                              details={"move_id": move.id, "reversal_id": move_id})
            return self.ledger.move_info(s, move_id)

        return self.write_scan(undo_key, work)

    def issued_for_job(self, job_ref: str, actor: Actor | None = None) -> list[IssuedLine]:
        """What a job card has drawn, net of returns, per part (the job card shows it)."""
        if actor is not None:
            actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            rows = s.execute(
                select(Part.id, Part.number, Part.name_zh, Part.unit, Part.quality,
                       func.sum(StockMove.qty), func.sum(StockMove.value), Part.retail_price)
                .join(Part, Part.id == StockMove.part_id)
                .where(StockMove.job_ref == _job_ref(job_ref), StockMove.kind.in_(("issue", "return")))
                .group_by(Part.id, Part.number, Part.name_zh, Part.unit, Part.quality, Part.retail_price)
                .order_by(Part.number)).all()
            return [IssuedLine(r[0], r[1], r[2], r[3], r[4], -_q(r[5]), -_m(r[6]), r[7]) for r in rows
                    if _q(r[5]) != 0]

    def reserve(self, actor: Actor, job_ref: str, line_ref: str | int, part_id: int, qty: Any) -> ReservationInfo:
        """Promise stock to a job card line; records whether free stock covered it (fill rate).

        Calling it again for the same line changes the quantity (the first answer on fill stays).
        """
        if not (actor.can(Permission.ISSUE_PARTS) or actor.can(Permission.EDIT_JOB_CARDS)):
            actor.require(Permission.ISSUE_PARTS)
        job_ref = _job_ref(job_ref)
        line_ref = str(line_ref)
        qty = to_qty(qty)
        with self.db.write() as s:
            self.ledger.ensure_rows(s, part_id, self._put_bin(s, part_id, None))
            # lock the part's stock row: two job cards must not both count the same free units
            on_hand, reserved = s.execute(select(PartStock.on_hand, PartStock.reserved)
                                          .where(PartStock.part_id == part_id).with_for_update()).one()
            row = s.scalar(select(Reservation).where(Reservation.job_ref == job_ref,
                                                     Reservation.line_ref == line_ref))
            if row is None:
                served = on_hand - reserved >= qty
                row = Reservation(job_ref=job_ref, line_ref=line_ref, part_id=part_id, qty=qty, requested_qty=qty,
                                  issued_qty=ZERO, served_from_stock=served, status="open", username=actor.username,
                                  created_at=self.clock.now())  # the fill rate counts by the station's clock
                s.add(row)
                delta = qty
            else:
                if row.part_id != part_id:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Line {line} of {job} reserves another "
                                                                            "part; release it first."),
                                          line=line_ref, job=job_ref)
                old = row.qty if row.status == "open" else ZERO
                row.qty = max(qty - row.issued_qty, ZERO)
                row.requested_qty = qty
                row.status = "open" if row.qty > 0 else "issued"
                delta = row.qty - old
            s.execute(update(PartStock).where(PartStock.part_id == part_id)
                      .values(reserved=PartStock.reserved + delta))
            s.flush()
            return self._reservation(s, row.id)

    def release_reservation(self, actor: Actor, job_ref: str, line_ref: str | int) -> ReservationInfo | None:
        """Give back what a line still reserves (line removed, job cancelled or settled)."""
        if not (actor.can(Permission.ISSUE_PARTS) or actor.can(Permission.EDIT_JOB_CARDS)):
            actor.require(Permission.ISSUE_PARTS)
        with self.db.write() as s:
            row = s.scalar(select(Reservation).where(Reservation.job_ref == _job_ref(job_ref),
                                                     Reservation.line_ref == str(line_ref)))
            if row is None:
                return None
            if row.status == "open" and row.qty > 0:
                s.execute(update(PartStock).where(PartStock.part_id == row.part_id)
                          .values(reserved=PartStock.reserved - row.qty))
            row.qty = ZERO
            row.status = "released" if row.issued_qty == 0 else "issued"
            s.flush()
            return self._reservation(s, row.id)

    def reservations(self, actor: Actor, job_ref: str) -> list[ReservationInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            ids = s.scalars(select(Reservation.id).where(Reservation.job_ref == _job_ref(job_ref))
                            .order_by(Reservation.id))
            return [self._reservation(s, i) for i in ids]

    def _reservation(self, s: Session, rid: int) -> ReservationInfo:
        r, number = s.execute(select(Reservation, Part.number).join(Part, Part.id == Reservation.part_id)
                              .where(Reservation.id == rid)).one()
        return ReservationInfo(r.id, r.job_ref, r.line_ref, r.part_id, number, r.qty, r.requested_qty, r.issued_qty,
                               r.served_from_stock, r.status)

    def fill_rate(self, actor: Actor, start: datetime | None = None, end: datetime | None = None) -> FillRate:
        """配件一次满足率: requested lines served from stock at first request ÷ lines requested."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            q = select(func.count(), func.coalesce(func.sum(case((Reservation.served_from_stock, 1), else_=0)), 0))
            if start:
                q = q.where(Reservation.created_at >= start)
            if end:
                q = q.where(Reservation.created_at < end)
            lines, served = s.execute(q).one()
            return FillRate(int(lines), int(served))

    def counter_sale(self, actor: Actor, part_id: int, qty: Any, price: Any, *, reference: str = "",
                     scan_key: str | None = None) -> MoveInfo:
        """A sale over the counter (柜台销售) at ``price`` a unit."""
        actor.require(Permission.ISSUE_PARTS)
        qty = to_qty(qty)
        price = to_money(price)

        def work(s: Session) -> MoveInfo:
            from services.numbering import next_number

            ref = reference or next_number(s, "counter_sale", self.clock.today())
            move_id = self.ledger.post(s, actor, part_id=part_id, bin_id=self._pick_bin(s, part_id, qty, None),
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
        d = to_decimal(delta)
        to_qty(abs(d))
        if not (reason or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for the adjustment."),
                                  field="reason")
        with self.db.write() as s:
            bin_id = self._put_bin(s, part_id, bin_code) if d > 0 else self._pick_bin(s, part_id, -d, bin_code)
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
        """Balances against the ledger: every part's and bin's on hand must equal the sum of its moves."""
        problems: list[str] = []
        with self.db.read() as s:
            ledger_bins = {(p, b): _q(q) for p, b, q in s.execute(
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
            ledger_parts: dict[int, Decimal] = {}
            for (p, _b), q in ledger_bins.items():
                ledger_parts[p] = ledger_parts.get(p, ZERO) + q
            kept_parts = dict(s.execute(select(PartStock.part_id, PartStock.on_hand)).all())
            for pid in sorted(set(ledger_parts) | set(kept_parts)):
                a, b = ledger_parts.get(pid, ZERO), kept_parts.get(pid, ZERO)
                if a != b:
                    problems.append(f"parts: {number(pid)} on hand {fmt_qty(b)}, ledger says {fmt_qty(a)}")
            res = dict(s.execute(select(Reservation.part_id, func.sum(Reservation.qty))
                                 .where(Reservation.status == "open").group_by(Reservation.part_id)).all())
            for pid, reserved in s.execute(select(PartStock.part_id, PartStock.reserved)):
                if _q(res.get(pid, 0)) != reserved:
                    problems.append(f"parts: {number(pid)} reserved {fmt_qty(reserved)}, open reservations say "
                                    f"{fmt_qty(_q(res.get(pid, 0)))}")
        return problems


def _q(v: Any) -> Decimal:
    """A SQL sum of a Quantity column (integer thousandths on the wire) back to Decimal."""
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -3:
        return v
    return (Decimal(int(v)) / 1000).quantize(QTY_PLACES)


def _m(v: Any) -> Decimal:
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -2:
        return v
    return (Decimal(int(v)) / 100).quantize(FEN)


def _job_ref(job_ref: Any) -> str:
    ref = normalise_number(str(job_ref or ""))
    if not ref or len(ref) > 40:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan or enter the job card number first."),
                              field="job_ref")
    return ref


def _supplier(x: Supplier) -> SupplierInfo:
    return SupplierInfo(x.id, x.name, x.address, x.contact, x.phone, x.lead_time_days, x.active, x.version)


def chunks(items: Iterable[T], size: int) -> Iterable[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = ["PartsService", "Ledger", "NewPart", "PartInfo", "PartRow", "MoveInfo", "UnknownCode", "to_qty",
           "to_money", "ConflictError"]
