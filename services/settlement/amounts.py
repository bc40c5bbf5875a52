"""An amount typed at the till, checked: positive, at most two decimals, not absurd.

The till's rule on top of the one reader of amounts (``services.common.amounts``): a payment, a
deposit or a refund is more than zero and below a hundred million yuan.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from services.common.amounts import read_money
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

TILL_MAXIMUM = Decimal("99999999.99")


def parse_amount(value: Any, field: str = "amount") -> Decimal:
    """A positive amount of at most two decimals, or a refusal saying what is wrong with it."""
    amount = read_money(value, field=field, maximum=TILL_MAXIMUM)
    if amount == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A payment is more than zero."), field=field)
    return amount
