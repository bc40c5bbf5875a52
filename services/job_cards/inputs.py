"""What the desk types into a job card, read and checked: amounts, hours and quantities, discounts.

Refusals are ``ValidationError``s naming the field, with English sources in context "ServiceError".
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from services.common.amounts import MAX_MONEY, read_money, read_number
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

ZERO = Decimal("0")


def clean(text: str | None) -> str:
    return (text or "").strip()


def read_amount(value: Any, field_name: str) -> Decimal:
    """An amount to the fen, 0 or more, by the one reader of amounts (NaN, 1e40 and the like refused)."""
    if isinstance(value, float):  # money is never float
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount."), field=field_name,
                              value=value)
    return read_money(value, field=field_name)


def read_positive(value: Any, field_name: str, limit: Decimal, places: int = 3) -> Decimal:
    d = _number(value, field_name, "quantity", MAX_MONEY)
    if d is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number."), field=field_name,
                              value=value)
    if d <= 0:
        if field_name == "hours":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Hours must be more than zero."), field=field_name)
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The quantity must be more than zero."),
                              field=field_name)
    if d > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is too large."), field=field_name, value=d)
    if d != d.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use at most {places} decimal places."),
                              field=field_name, places=places)
    return d


def _number(value: Any, field_name: str, what: str, maximum: Decimal) -> Decimal | None:
    """A finite number as typed (None for nothing), through the one reader; a float is refused as before."""
    if isinstance(value, float):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number."), field=field_name,
                              value=value)
    return read_number(value, field=field_name, what=what, maximum=maximum)


def read_discount(value: Any) -> Decimal:
    d = _number(value if value is not None else 0, "discount", "rate", MAX_MONEY)
    if d is None:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a discount."), field="discount",
                              value=value)
    if not ZERO <= d < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount lies between 0% and 100%."),
                              field="discount")
    if d != d.quantize(Decimal("0.0001")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount has at most two decimals in percent."),
                              field="discount")
    return d


def pct(d: Decimal) -> str:
    return f"{(d * 100).normalize():f}%"
