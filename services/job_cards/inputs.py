"""What the desk types into a job card, read and checked: amounts, hours and quantities, discounts.

Refusals are ``ValidationError``s naming the field, with English sources in context "ServiceError".
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import to_decimal

ZERO = Decimal("0")


def clean(text: str | None) -> str:
    return (text or "").strip()


def read_amount(value: Any, field_name: str) -> Decimal:
    try:
        d = to_decimal(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not an amount."), field=field_name,
                              value=value) from None
    if d < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount cannot be negative."), field=field_name)
    if d != d.quantize(Decimal("0.01")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An amount has at most two decimal places."),
                              field=field_name)
    return d


def read_positive(value: Any, field_name: str, limit: Decimal, places: int = 3) -> Decimal:
    try:
        d = to_decimal(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a number."), field=field_name,
                              value=value) from None
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


def read_discount(value: Any) -> Decimal:
    try:
        d = to_decimal(value if value is not None else 0)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a discount."), field="discount",
                              value=value) from None
    if not ZERO <= d < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount lies between 0% and 100%."),
                              field="discount")
    if d != d.quantize(Decimal("0.0001")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A discount has at most two decimals in percent."),
                              field="discount")
    return d


def pct(d: Decimal) -> str:
    return f"{(d * 100).normalize():f}%"
