"""What the parts store's services return and take: frozen records, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.parts.values import ZERO


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
    price_list: str = ""  # the price list (file) that last priced it, when one did
    listed_at: datetime | None = None


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
    cost: Decimal | None  # None: hidden from a role that does not buy (Permission.VIEW_COSTS)
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
    avg_cost: Decimal | None = ZERO  # None: hidden (Permission.VIEW_COSTS)
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
    avg_cost: Decimal | None  # None: hidden (Permission.VIEW_COSTS)
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
    unit_cost: Decimal | None  # None in the lists of a role that does not buy (Permission.VIEW_COSTS)
    value: Decimal | None
    reference: str | None
    job_ref: str | None
    username: str
    scan_key: str | None = None
    on_hand_after: Decimal | None = None  # the part's total on hand right after this move
    replayed: bool = False  # the scan key was committed before: nothing new was counted
    user_name: str = ""  # the person's name (``username`` is the account)


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

