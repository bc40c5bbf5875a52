"""The parts store's vocabulary and the rules for reading its values.

Quantities are ``Decimal`` to 0.001 and money ``Decimal`` to the fen, never float. SQL sums of
``Quantity``/``Money`` columns arrive as the stored integers (thousandths, fen) and come back to
Decimal through ``qty_from_sum``/``money_from_sum``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from services.common import pinyin
from services.common.amounts import MAX_MONEY, MAX_QUANTITY, read_number
from services.common.barcodes import clean_scan, ean13_valid
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import round_cny

ZERO = Decimal("0")
QTY_PLACES = Decimal("0.001")
FEN = Decimal("0.01")

QUALITIES = ("genuine", "equivalent", "reconditioned")
QUALITY_NAMES = {
    "genuine": QT_TRANSLATE_NOOP("PartQuality", "Genuine"),  # 原厂
    "equivalent": QT_TRANSLATE_NOOP("PartQuality", "Equivalent"),  # 同质
    "reconditioned": QT_TRANSLATE_NOOP("PartQuality", "Reconditioned"),  # 修复
}
QUARANTINE_BIN = "QUARANTINE"  # the quarantine bin's code (待处理/隔离区): rejected deliveries wait there
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
# units measured rather than counted: a quantity in them may have decimals (4.5 升 of oil); every other
# unit (个, 套, 只, 瓶, 桶...) is counted in whole pieces
MEASURED_UNITS = frozenset({"升", "毫升", "l", "ml", "千克", "公斤", "克", "kg", "g", "米", "m", "厘米", "cm", "平方米", "m2",
                            "m²", "立方米", "吨", "t", "加仑", "gal"})


def whole_unit(unit: str | None) -> bool:
    """True when the unit is counted in pieces (个, 套...): its quantities are whole numbers."""
    return (unit or "").strip().lower() not in MEASURED_UNITS


def qty_in_unit(value: Any, unit: str | None, *, zero: bool = False) -> Decimal:
    """A quantity typed or scanned for a part in ``unit``: whole for pieces, to 0.001 for litres;
    never float from code (a workbook's cells go through ``services.common.amounts`` themselves)."""
    if isinstance(value, float):
        raise TypeError("quantities are never float")
    from services.common.amounts import read_quantity

    return read_quantity(value, zero=zero, whole=whole_unit(unit))
DEFAULT_BIN = "UNSORTED"  # where a part without a put-away bin lands (shown as 待上架)

T = TypeVar("T")


def to_qty(value: Any, *, allow_zero: bool = False, field_name: str = "qty") -> Decimal:
    """A quantity typed or passed in: Decimal to 0.001, above zero; never float."""
    if isinstance(value, float):
        raise TypeError("quantities are never float")
    d = read_number(value, field=field_name, what="quantity", maximum=MAX_QUANTITY)
    if d is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity."), field=field_name)
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
    d = read_number(value, field=field_name, what="money", maximum=MAX_MONEY)
    if d is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter an amount."), field=field_name)
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


def qty_from_sum(v: Any) -> Decimal:
    """A SQL sum of a Quantity column (integer thousandths on the wire) back to Decimal."""
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -3:
        return v
    return (Decimal(int(v)) / 1000).quantize(QTY_PLACES)


def money_from_sum(v: Any) -> Decimal:
    """A SQL sum of a Money column (integer fen on the wire) back to Decimal."""
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -2:
        return v
    return (Decimal(int(v)) / 100).quantize(FEN)


class Scaled(dict[int, Decimal]):
    """Stored integers (fen, thousandths) to Decimals exactly as ``Money``/``Quantity`` read them, memoised.

    For reads of whole tables: a stock list holds few distinct quantities, so each becomes a Decimal
    once instead of once a row. ``scaled[v]`` for a value that is never NULL (a dict lookup),
    ``scaled(v)`` when it may be None.
    """

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def __missing__(self, value: int) -> Decimal:
        d = self[value] = Decimal(int(value)).scaleb(-self.places)
        return d

    def __call__(self, value: int | None) -> Decimal | None:
        return None if value is None else self[value]


def job_ref_of(job_ref: Any) -> str:
    """A job card number as the store keys it; refused when empty or too long."""
    ref = normalise_number(str(job_ref or ""))
    if not ref or len(ref) > 40:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan or enter the job card number first."),
                              field="job_ref")
    return ref


def chunks(items: Iterable[T], size: int) -> Iterable[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
