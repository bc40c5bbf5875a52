"""The store's value, turns and slow stock, in a few indexed sums (the same formulas as the store's own
reports, ``PartsReports.stock_value``, ``turns`` and ``slow_stock``, without reading every part or every move;
``tests/reporting`` checks they agree).

The moves are read through their ``(kind, created_at)`` index, one range per kind: the kinds are those of
``services/parts/values.py`` (``tests/reporting`` checks the two lists agree).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.models.parts import Bin, PartStock, StockMove
from services.reporting.data import CENT, ZERO, Period
from services.reporting.sales import bounds, money

MOVE_KINDS = ("receipt", "issue", "return", "counter_sale", "adjustment", "stocktake", "transfer", "supplier_return")
ISSUE_KINDS = ("issue", "counter_sale", "return")  # the cost of what left the store (returns netted)


def _moves(s: Session, kinds, start: datetime, end: datetime | None = None, *, book_only: bool = False) -> Decimal:
    q = select(func.sum(StockMove.value)).where(StockMove.kind.in_(kinds), StockMove.created_at >= start)
    if end is not None:
        q = q.where(StockMove.created_at < end)
    if book_only:  # the quarantine bin's moves are its own value, not the stock's
        q = q.where(or_(StockMove.bin_id.is_(None),
                        StockMove.bin_id.not_in(select(Bin.id).where(Bin.quarantine.is_(True)))))
    return money(s.scalar(q))


def value_now(s: Session) -> Decimal:
    """Σ part_stock.value: the total of the store's stock-value report."""
    return money(s.scalar(select(func.sum(PartStock.value))))


def value_at_end(s: Session, period: Period, zone, now: datetime) -> Decimal:
    """The book value at the period's end: now, less what moved after it."""
    _lo, hi = bounds(period, zone)
    after = ZERO if hi > now else _moves(s, MOVE_KINDS, hi, book_only=True)
    return value_now(s) - after


def turns(s: Session, period: Period, zone, now: datetime) -> tuple[Decimal, Decimal, Decimal | None]:
    """(cost of issues, average stock at cost, turns a year) — 库存周转率."""
    lo, hi = bounds(period, zone)
    closing_now = value_now(s)
    moved = _moves(s, MOVE_KINDS, lo)
    after = ZERO if hi > now else _moves(s, MOVE_KINDS, hi)
    cost = -_moves(s, ISSUE_KINDS, lo, hi)
    average = ((closing_now - after + closing_now - moved) / 2).quantize(CENT, rounding=ROUND_HALF_UP)
    value = None if average <= 0 else (cost / average * Decimal(365) / Decimal(period.days)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)
    return cost, average, value


def slow(s: Session, now: datetime, months: int) -> tuple[Decimal, Decimal]:
    """(value of the stock with no issue for ``months`` months — never issued: from its last receipt —, the
    whole stock's value): 呆滞件, as ``PartsReports.slow_stock`` counts it, in two sums."""
    cutoff = now - timedelta(days=int(months * 30.4375))
    idle = func.coalesce(PartStock.last_issue_at, PartStock.last_receipt_at, PartStock.created_at) < cutoff
    slow_value = money(s.scalar(select(func.sum(PartStock.value)).where(PartStock.on_hand > 0, idle)))
    return slow_value, value_now(s)
