"""Column types that keep money and quantities exact on SQLite and PostgreSQL.

SQLite has no decimal type: ``Numeric`` lands there as REAL, and a SQL ``SUM`` of 0.10
three times is 0.30000000000000004. Money is therefore stored as integer fen and
quantities as integer thousandths on both engines, so sums in SQL are exact; Python only
ever sees ``Decimal``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, DateTime, Integer
from sqlalchemy.types import TypeDecorator


class _ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True
    places = 2

    def process_bind_param(self, value, dialect):  # type: ignore[override]
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{type(self).__name__} takes Decimal or int, never float: {value!r}")
        d = Decimal(value)
        scaled = (d * (10**self.places)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if scaled != d * (10**self.places):
            raise ValueError(f"{value!r} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value, dialect):  # type: ignore[override]
        if value is None:
            return None
        return (Decimal(int(value)) / (10**self.places)).quantize(Decimal(1).scaleb(-self.places))

    @property
    def python_type(self) -> type:
        return Decimal


class Money(_ScaledDecimal):
    cache_ok = True
    """CNY amount as ``Decimal`` with 2 places, stored as integer fen."""

    places = 2


class Quantity(_ScaledDecimal):
    cache_ok = True
    """A quantity (pieces, litres) as ``Decimal`` with 3 places, stored in thousandths."""

    places = 3


class Rate(_ScaledDecimal):
    cache_ok = True
    """A rate or percentage as ``Decimal`` with 4 places (0.1300 = 13%), stored as an integer."""

    places = 4


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC; always read back aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware datetime (UTC or the station's zone)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):  # type: ignore[override]
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


__all__ = ["Money", "Quantity", "Rate", "UTCDateTime", "Integer"]
