"""The one reader of typed amounts, quantities and rates: from a field, a workbook cell or the CLI.

Every area reads what a person typed (or a workbook holds) through these three functions, so one
set of rules applies everywhere and every refusal is a sentence, never a raw ``InvalidOperation``:

- text as people type it: ``1,234.50``, ``￥12``, full-width digits ``１２．５``, surrounding spaces;
- ``Decimal`` and ``int`` as they are; ``float`` (what openpyxl hands for a numeric cell) by its
  shortest repr, so a cell showing 12.5 reads as exactly 12.5 (``bool`` is refused);
- not a number, ``NaN``, ``Infinity``, exponents that leave the range (``1e16`` yuan, ``1e30``),
  more decimals than the value has (a fen is the smallest amount; a quantity has 3 decimals): refused
  with a message naming the value.

The limits are far above anything a station sees and well inside what the integer columns store
(money in fen, quantities in thousandths, both 64-bit).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal, overload

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

FEN = Decimal("0.01")
MILLI = Decimal("0.001")
MAX_MONEY = Decimal("9999999999.99")  # 99.9 亿 yuan
MAX_QUANTITY = Decimal("999999999.999")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")


def _decimal(value: Any, field: str, what: str, maximum: Decimal) -> Decimal | None:
    """The number in ``value``, or None when nothing was typed; refuses what is not a finite number, and
    a number so far past ``maximum`` (``1e999999999``) that comparing it would overflow ``Decimal``."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _not_a(what, value, field)
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _not_a(what, value, field)
        d = Decimal(repr(value))
    else:
        text = str(value).translate(_FULL_WIDTH).strip()
        for junk in (",", "¥", "￥", " ", "\u3000"):
            text = text.replace(junk, "")
        if text == "":
            return None
        if len(text) > 40:  # no amount is that long; Decimal would take a million digits
            raise _not_a(what, str(value)[:20] + "…", field)
        try:
            d = Decimal(text)
        except (InvalidOperation, ValueError):
            raise _not_a(what, value, field) from None
    if not d.is_finite():
        raise _not_a(what, value, field)
    if d.is_zero():
        return d.copy_abs()  # "-0" is zero, never "-0.00" on a document
    if d.adjusted() > maximum.adjusted() + 3:  # room for a rate typed in percent
        raise _too_big(what, d, field, maximum)
    return d


def read_number(value: Any, *, field: str, what: str = "money", maximum: Decimal = MAX_MONEY) -> Decimal | None:
    """A finite number no bigger than ``maximum`` as typed (any decimals), None for nothing typed.

    For the callers that round rather than refuse extra decimals; ``what``: "money", "quantity" or "rate"."""
    d = _decimal(value, field, what, maximum)
    if d is not None and abs(d) > maximum:
        raise _too_big(what, d, field, maximum)
    return d


def _not_a(what: str, value: Any, field: str) -> ValidationError:
    texts = {
        "money": QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount of money."),
        "quantity": QT_TRANSLATE_NOOP("ServiceError", "{value} is not a quantity."),
        "rate": QT_TRANSLATE_NOOP("ServiceError", "{value} is not a rate."),
    }
    return ValidationError(texts[what], field=field, value=str(value))


def _too_big(what: str, d: Decimal, field: str, maximum: Decimal) -> ValidationError:
    if what == "rate":
        return ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a rate between 0 and {maximum}."),
                               field=field, value=_show(d), maximum=str(maximum))
    texts = {
        "money": QT_TRANSLATE_NOOP("ServiceError", "{value} is more than any amount ServiceBay takes "
                                                   "(at most {maximum})."),
        "quantity": QT_TRANSLATE_NOOP("ServiceError", "{value} is more than any quantity ServiceBay takes "
                                                      "(at most {maximum})."),
    }
    return ValidationError(texts[what], field=field, value=_show(d), maximum=f"{maximum:,}")


@overload
def read_money(value: Any, *, field: str = ..., negative: bool = ..., zero: bool = ...,
               optional: Literal[False] = ..., maximum: Decimal = ...) -> Decimal: ...
@overload
def read_money(value: Any, *, field: str = ..., negative: bool = ..., zero: bool = ...,
               optional: bool, maximum: Decimal = ...) -> Decimal | None: ...
def read_money(value: Any, *, field: str = "amount", negative: bool = False, zero: bool = True,
               optional: bool = False, maximum: Decimal = MAX_MONEY) -> Decimal | None:
    """An amount in yuan to the fen. More than two decimals is refused (a typo, not a price).

    ``optional``: nothing typed gives None instead of a refusal.
    """
    d = _decimal(value, field, "money", maximum)
    if d is None:
        if optional:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter an amount."), field=field)
    if abs(d) > maximum:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is more than any amount ServiceBay takes "
                                                "(at most {maximum})."), field=field, value=_show(d),
                              maximum=f"{maximum:,}")
    if d != d.quantize(FEN, rounding=ROUND_HALF_UP):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount has at most two decimal places "
                                                "({value})."), field=field, value=_show(d))
    if d < 0 and not negative:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field=field)
    if d == 0 and not zero:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter an amount above zero."), field=field)
    return d.quantize(FEN)


@overload
def read_quantity(value: Any, *, field: str = ..., zero: bool = ..., negative: bool = ..., whole: bool = ...,
                  optional: Literal[False] = ..., maximum: Decimal = ...) -> Decimal: ...
@overload
def read_quantity(value: Any, *, field: str = ..., zero: bool = ..., negative: bool = ..., whole: bool = ...,
                  optional: bool, maximum: Decimal = ...) -> Decimal | None: ...
def read_quantity(value: Any, *, field: str = "qty", zero: bool = False, negative: bool = False,
                  whole: bool = False, optional: bool = False, maximum: Decimal = MAX_QUANTITY) -> Decimal | None:
    """A quantity to the thousandth (oil by the litre); ``whole`` for parts counted in pieces."""
    d = _decimal(value, field, "quantity", maximum)
    if d is None:
        if optional:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity."), field=field)
    if abs(d) > maximum:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is more than any quantity ServiceBay takes "
                                                "(at most {maximum})."), field=field, value=_show(d),
                              maximum=f"{maximum:,}")
    if d != d.quantize(MILLI, rounding=ROUND_HALF_UP):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A quantity has at most three decimals."),
                              field=field)
    if whole and d != d.to_integral_value():
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a whole number: this part is "
                                                "counted in pieces."), field=field, value=_show(d))
    if (d < 0 and not negative) or (d == 0 and not zero):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity above zero (not {value})."),
                              field=field, value=_show(d))
    return d.quantize(MILLI)


@overload
def read_rate(value: Any, *, field: str = ..., maximum: Decimal = ..., optional: Literal[False] = ...,
              places: int = ...) -> Decimal: ...
@overload
def read_rate(value: Any, *, field: str = ..., maximum: Decimal = ..., optional: bool, places: int = ...) -> Decimal | None: ...
def read_rate(value: Any, *, field: str = "rate", maximum: Decimal = Decimal(1), optional: bool = False,
              places: int = 4) -> Decimal | None:
    """A rate as a fraction (0.13 for 13%); "13%" is read as 0.13. From 0 up to ``maximum``."""
    percent = isinstance(value, str) and value.strip().endswith(("%", "％"))
    d = _decimal(value.strip().rstrip("%％") if percent else value, field, "rate", maximum)
    if d is None:
        if optional:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a rate."), field=field)
    if percent:
        d = d / 100
    step = Decimal(1).scaleb(-places)
    if d < 0 or d > maximum or d != d.quantize(step, rounding=ROUND_HALF_UP):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a rate between 0 and {maximum}."),
                              field=field, value=str(value), maximum=str(maximum))
    return d.quantize(step)


def _show(d: Decimal) -> str:
    """A number as a person would write it (no exponent), for messages."""
    return f"{d:f}" if abs(d.adjusted()) < 20 else f"{d:.3e}"
