"""The store's reports: stock value, turns, slow and obsolete stock, below minimum, fill rate, sales by channel.

Each report is computed in SQL over the balance rows and the ledger (never by loading 100k
entities) and returned as plain data; ``reports/parts_store.py`` writes them to Excel.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, and_, func, literal_column, or_, select, type_coerce

from app.db.engine import Database
from app.db.models.parts import Bin, Part, PartStock, Reservation, StockMove, short_of_minimum
from services.common.clock import Clock
from services.common.money import round_cny
from services.parts.values import FEN, ZERO, money_from_sum, qty_from_sum
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

HALF_FEN = Decimal("0.005")


@dataclass(frozen=True)
class ValueRow:
    number: str
    name: str
    category: str
    unit: str
    on_hand: Decimal
    avg_cost: Decimal
    value: Decimal
    last_issue: datetime | None = None


@dataclass(frozen=True)
class StockValueReport:
    rows: tuple[ValueRow, ...]
    by_category: tuple[tuple[str, int, Decimal], ...]  # category, parts in stock, value
    total: Decimal


@dataclass(frozen=True)
class TurnsRow:
    category: str
    issue_cost: Decimal  # cost of issues and sales over the period
    average_stock: Decimal  # (opening + closing) / 2 at cost
    turns: Decimal | None


@dataclass(frozen=True)
class SlowStockReport:
    months: int
    rows: tuple[ValueRow, ...]
    slow_value: Decimal
    total_value: Decimal

    @property
    def share(self) -> Decimal | None:
        if not self.total_value:
            return None
        return (self.slow_value / self.total_value).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class BelowMinimumRow:
    number: str
    name: str
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    min_stock: Decimal
    quota: Decimal


@dataclass(frozen=True)
class ChannelRow:
    channel: str
    lines: int
    qty: Decimal
    revenue: Decimal  # at selling price
    cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cost


@dataclass(frozen=True)
class FillRateRow:
    month: str
    lines: int
    served: int

    @property
    def rate(self) -> Decimal | None:
        return None if not self.lines else (Decimal(self.served) / Decimal(self.lines)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class StoreReports:
    """Everything the store workbook holds."""

    as_of: date
    value: StockValueReport
    turns: tuple[TurnsRow, ...]
    slow: SlowStockReport
    below_minimum: tuple[BelowMinimumRow, ...]
    fill_rate: tuple[FillRateRow, ...]
    channels: tuple[ChannelRow, ...]
    period: tuple[date, date] = field(default=(date.min, date.max))


def _require_view(actor: Actor) -> None:
    """The store's reports are for the parts staff (VIEW_PARTS) and the managers (VIEW_REPORTS)."""
    if not actor.can(Permission.VIEW_REPORTS):
        actor.require(Permission.VIEW_PARTS)


# the reports made of purchase costs: only for the roles that buy (Permission.VIEW_COSTS)
COST_REPORTS = ("value", "turns", "slow", "channels")


def _require_costs(actor: Actor) -> None:
    _require_view(actor)
    actor.require(Permission.VIEW_COSTS)


class PartsReports:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    @property
    def database_url(self) -> str:
        """The URL another process opens the same database with (``services.parts.exports``)."""
        return self.db.url.render_as_string(hide_password=False)

    def _bounds(self, start: date, end: date) -> tuple[datetime, datetime]:
        return (datetime.combine(start, time.min, tzinfo=self.clock.zone),
                datetime.combine(end + timedelta(days=1), time.min, tzinfo=self.clock.zone))

    def stock_value(self, actor: Actor, *, with_rows: bool = True) -> StockValueReport:
        _require_costs(actor)
        with self.db.read() as s:
            rows: list[ValueRow] = []
            cats: dict[str, list] = {}
            total = ZERO
            # the stock's book value (part_stock.value, the sum of the part's moves): what the ledger says
            q = (select(Part.number, Part.name_zh, Part.category, Part.unit, PartStock.on_hand, PartStock.avg_cost,
                        PartStock.value, PartStock.last_issue_at)
                 .join(PartStock, PartStock.part_id == Part.id)
                 .where((PartStock.on_hand != 0) | (PartStock.value != 0)).order_by(Part.number))
            for number, name, cat, unit, on_hand, avg, value, last in s.execute(q.execution_options(yield_per=5000)):
                total += value
                c = cats.setdefault(cat or "", [0, ZERO])
                c[0] += 1
                c[1] += value
                if with_rows:
                    rows.append(ValueRow(number, name, cat, unit, on_hand, avg, value, last))
            return StockValueReport(tuple(rows), tuple((k, v[0], v[1]) for k, v in sorted(cats.items())), total)

    def turns(self, actor: Actor, start: date, end: date) -> tuple[TurnsRow, ...]:
        """库存周转率 per category: cost of issues and sales ÷ average stock at cost, annualised."""
        _require_costs(actor)
        lo, hi = self._bounds(start, end)
        days = Decimal((end - start).days + 1)
        with self.db.read() as s:
            closing = {c: round_cny(v) for c, v in self._value_by_category(s)}
            # value that moved in the period, per category: opening = closing − net in period − moves after
            moved = dict(s.execute(select(Part.category, func.sum(StockMove.value)).join(Part, Part.id == StockMove.part_id)
                                   .where(StockMove.created_at >= lo).group_by(Part.category)).all())
            after = dict(s.execute(select(Part.category, func.sum(StockMove.value)).join(Part, Part.id == StockMove.part_id)
                                   .where(StockMove.created_at >= hi).group_by(Part.category)).all())
            issued = dict(s.execute(select(Part.category, func.sum(StockMove.value)).join(Part, Part.id == StockMove.part_id)
                                    .where(StockMove.created_at >= lo, StockMove.created_at < hi,
                                           StockMove.kind.in_(("issue", "counter_sale", "return")))
                                    .group_by(Part.category)).all())
        out = []
        for cat in sorted(set(closing) | set(issued)):
            now_value = closing.get(cat, ZERO)
            end_value = now_value - money_from_sum(after.get(cat))
            open_value = now_value - money_from_sum(moved.get(cat))
            average = round_cny((open_value + end_value) / 2)
            cost = -money_from_sum(issued.get(cat))
            turns = None if average <= 0 else (cost / average * Decimal(365) / days).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP)
            out.append(TurnsRow(cat or "", cost, average, turns))
        return tuple(out)

    def _value_by_category(self, s):
        q = (select(Part.category, PartStock.value).join(PartStock, PartStock.part_id == Part.id)
             .where(PartStock.value != 0))
        acc: dict[str, Decimal] = {}
        for cat, value in s.execute(q.execution_options(yield_per=10000)):
            acc[cat or ""] = acc.get(cat or "", ZERO) + value
        return acc.items()

    def slow_stock(self, actor: Actor, months: int = 6) -> SlowStockReport:
        """呆滞件: stock with no issue for ``months`` months (never issued counts from its last receipt)."""
        _require_costs(actor)
        cutoff = self.clock.now() - timedelta(days=int(months * 30.4375))
        with self.db.read() as s:
            q = (select(Part.number, Part.name_zh, Part.category, Part.unit, PartStock.on_hand, PartStock.avg_cost,
                        PartStock.value, PartStock.last_issue_at)
                 .join(PartStock, PartStock.part_id == Part.id)
                 .where(PartStock.on_hand > 0,
                        func.coalesce(PartStock.last_issue_at, PartStock.last_receipt_at, PartStock.created_at) < cutoff)
                 .order_by(Part.number))
            rows = tuple(ValueRow(n, nm, c, u, oh, a, v, li) for n, nm, c, u, oh, a, v, li in s.execute(q))
        total = self.stock_value(actor, with_rows=False).total
        return SlowStockReport(months, rows, sum((r.value for r in rows), ZERO), total)

    def below_minimum(self, actor: Actor, limit: int | None = None) -> tuple[BelowMinimumRow, ...]:
        _require_view(actor)
        with self.db.read() as s:
            q = (select(Part.number, Part.name_zh, PartStock.on_hand, PartStock.reserved, PartStock.on_order,
                        Part.min_stock, Part.quota)
                 .join(PartStock, PartStock.part_id == Part.id)
                 .where(short_of_minimum(), Part.active.is_(True))
                 .order_by(Part.number))
            if limit:
                q = q.limit(limit)
            return tuple(BelowMinimumRow(*r) for r in s.execute(q))

    def below_minimum_count(self, actor: Actor) -> int:
        """How many parts ``below_minimum`` lists (one count; the dashboards show the first few lines)."""
        _require_view(actor)
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Part).join(PartStock, PartStock.part_id == Part.id)
                                .where(short_of_minimum(), Part.active.is_(True))) or 0)

    def fill_rate_by_month(self, actor: Actor, start: date, end: date) -> tuple[FillRateRow, ...]:
        _require_view(actor)
        lo, hi = self._bounds(start, end)
        with self.db.read() as s:
            rows = s.execute(select(Reservation.created_at, Reservation.served_from_stock)
                             .where(Reservation.created_at >= lo, Reservation.created_at < hi)
                             .execution_options(yield_per=10000))
            months: dict[str, list[int]] = {}
            for at, served in rows:
                key = self.clock.local(at).strftime("%Y-%m")
                m = months.setdefault(key, [0, 0])
                m[0] += 1
                m[1] += 1 if served else 0
        return tuple(FillRateRow(k, v[0], v[1]) for k, v in sorted(months.items()))

    def sales_by_channel(self, actor: Actor, start: date, end: date) -> tuple[ChannelRow, ...]:
        """Parts sold by channel (workshop, internal, warranty, counter), returns netted, at price and at cost."""
        _require_costs(actor)
        lo, hi = self._bounds(start, end)
        channel = func.coalesce(StockMove.channel, literal_column("'workshop'"))
        with self.db.read() as s:
            rows = s.execute(
                select(channel, func.count(),
                       func.sum(StockMove.qty), func.sum(StockMove.value),
                       # price (fen) × qty (thousandths), exact in integers; scaled back below
                       func.sum(type_coerce(func.coalesce(StockMove.price, 0), BigInteger)
                                * type_coerce(StockMove.qty, BigInteger), type_=BigInteger))
                .where(and_(StockMove.created_at >= lo, StockMove.created_at < hi,
                            StockMove.kind.in_(("issue", "counter_sale", "return"))))
                .group_by(channel)).all()
        out = []
        for ch, lines, qty, value, revenue in rows:
            out.append(ChannelRow(ch, int(lines), -qty_from_sum(qty), round_cny(-Decimal(int(revenue or 0)) / 100000),
                                  -money_from_sum(value)))
        order = {"workshop": 0, "internal": 1, "warranty": 2, "counter": 3}
        return tuple(sorted(out, key=lambda r: order.get(r.channel, 9)))

    def store_reports(self, actor: Actor, start: date, end: date, *, slow_months: int = 6) -> StoreReports:
        return StoreReports(
            as_of=self.clock.today(), value=self.stock_value(actor), turns=self.turns(actor, start, end),
            slow=self.slow_stock(actor, slow_months), below_minimum=self.below_minimum(actor),
            fill_rate=self.fill_rate_by_month(actor, start, end), channels=self.sales_by_channel(actor, start, end),
            period=(start, end))

    def iter_value_rows(self, actor: Actor) -> Iterator[ValueRow]:
        yield from self.stock_value(actor).rows

    # ---- integrity ------------------------------------------------------------------------------------
    def verify_value(self, limit: int = 20) -> list[str]:
        """The stock-value report against the ledger (``servicebay check``).

        Each part's book value must be the sum of its moves' values and agree with on hand × average
        cost (within the average's rounding, half a fen a unit); the report's total must be the ledger's.
        Returns readable lines, the difference in yuan.
        """
        problems: list[str] = []
        with self.db.read() as s:
            # the quarantine bin's moves are its own value, not the stock's (what waits there is not on hand)
            ledger = {p: money_from_sum(v) for p, v in s.execute(
                select(StockMove.part_id, func.sum(StockMove.value))
                .where(or_(StockMove.bin_id.is_(None),
                           StockMove.bin_id.not_in(select(Bin.id).where(Bin.quarantine.is_(True)))))
                .group_by(StockMove.part_id))}
            kept = {p: (oh, avg, v) for p, oh, avg, v in s.execute(
                select(PartStock.part_id, PartStock.on_hand, PartStock.avg_cost, PartStock.value))}
            numbers = dict(s.execute(select(Part.id, Part.number)).all())
        wrong: list[str] = []
        for pid in sorted(set(ledger) | set(kept)):
            on_hand, avg, value = kept.get(pid, (ZERO, ZERO, ZERO))
            booked = ledger.get(pid, ZERO)
            number = numbers.get(pid, f"#{pid}")
            if value != booked:
                wrong.append(f"parts: {number} stock value ¥{value:,.2f}, the ledger's moves add up to "
                             f"¥{booked:,.2f} (a difference of ¥{value - booked:,.2f})")
            elif on_hand > 0 and abs(round_cny(on_hand * avg) - value) > round_cny(on_hand * HALF_FEN) + FEN:
                wrong.append(f"parts: {number} on hand {on_hand.normalize():f} × average cost ¥{avg:,.2f} = "
                             f"¥{round_cny(on_hand * avg):,.2f}, but its stock value is ¥{value:,.2f}")
        problems.extend(wrong[:limit])
        if len(wrong) > limit:
            problems.append(f"parts: ... and {len(wrong) - limit} more parts whose value disagrees with the ledger")
        report = self.stock_value(Actor.system(), with_rows=False).total
        total = sum(ledger.values(), ZERO)
        if report != total:
            gap = report - total
            problems.append(f"parts: the stock-value report totals ¥{report:,.2f} but the ledger ¥{total:,.2f}: "
                            f"the report is ¥{abs(gap):,.2f} {'more' if gap > 0 else 'less'} than the ledger")
        return problems

