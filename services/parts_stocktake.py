"""Stocktake (盘点): snapshot by bin prefix or category, blind count by scanning, recount of differences,
approval, and posting of the variances as ledger moves with value.

The store keeps working during a count. The snapshot remembers the last ledger line
(``snapshot_move_id``); each counted line remembers the ledger position when it was last counted.
The quantity expected on the shelf at that moment is the snapshot plus the moves of that part and
bin in between, so an issue made after the snapshot is not mistaken for a loss.

Counting is blind: what the counter sees starts at zero and never shows the book quantity.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.parts import (
    Bin,
    Part,
    PartStock,
    StockBalance,
    StockMove,
    Stocktake,
    StocktakeCount,
    StocktakeLine,
)
from services.audit import AuditLog
from services.clock import Clock
from services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.money import round_cny
from services.numbering import next_number
from services.parts import ZERO, PartsService, _insert_ignore, _q, normalise_number, to_qty
from services.users import Actor, Permission


@dataclass(frozen=True)
class CountLine:
    """A line as the counter sees it (blind: no book quantity)."""

    id: int
    part_id: int
    number: str
    name: str
    unit: str
    bin_code: str
    counted: Decimal
    recount: Decimal | None
    needs_recount: bool


@dataclass(frozen=True)
class VarianceLine:
    """A line as the supervisor sees it after counting."""

    id: int
    number: str
    name: str
    unit: str
    bin_code: str
    snapshot: Decimal
    moved_since: Decimal
    expected: Decimal
    counted: Decimal  # the recount where there was one
    variance: Decimal
    unit_cost: Decimal

    @property
    def value(self) -> Decimal:
        return round_cny(self.variance * self.unit_cost)


@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    number: str
    scope_bin: str
    scope_category: str
    status: str
    lines: int
    counted_lines: int
    created_by: str
    approved_by: str | None


@dataclass(frozen=True)
class CountOutcome:
    line: CountLine
    qty: Decimal
    replayed: bool = False


class StocktakeService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts

    def start(self, actor: Actor, *, bin_prefix: str = "", category: str = "") -> StocktakeInfo:
        """Snapshot the book quantities of the bins (by code prefix) or category to count."""
        actor.require(Permission.STOCKTAKE)
        prefix = normalise_number(bin_prefix)
        with self.db.write() as s:
            last_move = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
            st = Stocktake(number=next_number(s, "stocktake", self.clock.today()), scope_bin=prefix,
                           scope_category=category.strip(), status="counting", snapshot_move_id=last_move,
                           created_by=actor.username)
            s.add(st)
            s.flush()
            q = (select(StockBalance.part_id, StockBalance.bin_id, StockBalance.on_hand)
                 .join(Bin, Bin.id == StockBalance.bin_id).join(Part, Part.id == StockBalance.part_id)
                 .where(StockBalance.on_hand != 0))
            if prefix:
                q = q.where(Bin.code.startswith(prefix, autoescape=True))
            if st.scope_category:
                q = q.where(Part.category == st.scope_category)
            now = self.clock.now()
            rows = [{"stocktake_id": st.id, "part_id": p, "bin_id": b, "snapshot_qty": qty, "counted_qty": ZERO,
                     "needs_recount": False, "created_at": now, "updated_at": now} for p, b, qty in s.execute(q)]
            if rows:
                s.execute(StocktakeLine.__table__.insert(), rows)
            self.audit.record(s, actor, "stocktake.start", "stocktake", st.id,
                              f"{st.number} {prefix or '*'} {st.scope_category or ''} ({len(rows)} lines)")
            return self._info(s, st.id)

    def count(self, actor: Actor, stocktake_id: int, code: str, *, bin_code: str, qty: Any = 1,
              scan_key: str | None = None) -> CountOutcome:
        """One counting scan (or a typed quantity) of a part in a bin; a part not on the sheet is added."""
        actor.require(Permission.STOCKTAKE)
        qty = to_qty(qty)
        for attempt in range(2):
            try:
                with self.db.write() as s:
                    if scan_key:
                        earlier = s.scalar(select(StocktakeCount).where(StocktakeCount.scan_key == scan_key))
                        if earlier is not None:
                            return CountOutcome(self._count_line(s, earlier.line_id), earlier.qty, True)
                    st = self._get(s, stocktake_id)
                    if st.status not in ("counting", "recount"):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                              number=st.number)
                    part_id = self.parts.resolve_code(s, code, follow_supersession=False)
                    bin_id = self.parts.bin_id(s, bin_code, create=False)
                    now = self.clock.now()
                    if st.status == "counting":
                        _insert_ignore(s, StocktakeLine, {
                            "stocktake_id": st.id, "part_id": part_id, "bin_id": bin_id, "snapshot_qty": ZERO,
                            "counted_qty": ZERO, "needs_recount": False, "created_at": now, "updated_at": now},
                            ["stocktake_id", "part_id", "bin_id"])
                    line = s.scalar(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id,
                                                                StocktakeLine.part_id == part_id,
                                                                StocktakeLine.bin_id == bin_id))
                    if line is None or (st.status == "recount" and not line.needs_recount):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This part in this bin is not on the "
                                                                                "recount list."))
                    position = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
                    recount = st.status == "recount"
                    if recount:
                        line.recount_qty = (line.recount_qty or ZERO) + qty
                    else:
                        line.counted_qty = line.counted_qty + qty
                    line.counted_at_move_id = position
                    s.add(StocktakeCount(line_id=line.id, qty=qty, recount=recount, scan_key=scan_key,
                                         username=actor.username))
                    s.flush()
                    return CountOutcome(self._count_line(s, line.id), qty)
            except Exception as exc:  # a replayed key racing another PC: read the earlier count
                from sqlalchemy.exc import IntegrityError

                if not isinstance(exc, IntegrityError) or not scan_key or attempt:
                    raise
        raise AssertionError("unreachable")

    def undo_count(self, actor: Actor, stocktake_id: int, scan_key: str) -> CountOutcome:
        """Take back exactly the count that the scan ``scan_key`` made (a negative count, logged).

        The undo is keyed from the scan's own key, so replaying it, or undoing one scan twice, takes
        nothing back a second time.
        """
        actor.require(Permission.STOCKTAKE)
        if not scan_key:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing to undo."))
        undo_key = undo_key_for(scan_key)
        for attempt in range(2):
            try:
                with self.db.write() as s:
                    earlier = s.scalar(select(StocktakeCount).where(StocktakeCount.scan_key == undo_key))
                    if earlier is not None:
                        return CountOutcome(self._count_line(s, earlier.line_id), earlier.qty, True)
                    st = self._get(s, stocktake_id)
                    count = s.scalar(select(StocktakeCount).join(StocktakeLine, StocktakeLine.id == StocktakeCount.line_id)
                                     .where(StocktakeCount.scan_key == scan_key, StocktakeLine.stocktake_id == st.id))
                    if count is None:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan is not a count of "
                                                                                "stocktake {number}."), number=st.number)
                    if st.status not in ("counting", "recount") or count.recount != (st.status == "recount"):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} has moved on "
                                                                                "since that count; it cannot be "
                                                                                "taken back."), number=st.number)
                    line = s.get(StocktakeLine, count.line_id)
                    if count.recount:
                        line.recount_qty = (line.recount_qty or ZERO) - count.qty
                    else:
                        line.counted_qty = line.counted_qty - count.qty
                    s.add(StocktakeCount(line_id=line.id, qty=-count.qty, recount=count.recount, scan_key=undo_key,
                                         username=actor.username))
                    s.flush()
                    out = CountOutcome(self._count_line(s, line.id), -count.qty)
                    self.audit.record(s, actor, "stocktake.count_undo", "stocktake", st.id,
                                      f"{st.number} {out.line.bin_code} {out.line.number} −{count.qty.normalize()}",
                                      details={"scan_key": scan_key})
                    return out
            except Exception as exc:  # the same undo racing from another PC: read the first one's result
                from sqlalchemy.exc import IntegrityError

                if not isinstance(exc, IntegrityError) or attempt:
                    raise
        raise AssertionError("unreachable")

    def sheet(self, actor: Actor, stocktake_id: int) -> list[CountLine]:
        """The counting sheet: blind (counted quantities only)."""
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            ids = s.scalars(select(StocktakeLine.id).join(Bin, Bin.id == StocktakeLine.bin_id)
                            .join(Part, Part.id == StocktakeLine.part_id)
                            .where(StocktakeLine.stocktake_id == stocktake_id).order_by(Bin.code, Part.number))
            return [self._count_line(s, i) for i in ids]

    def variances(self, actor: Actor, stocktake_id: int, *, only_differences: bool = False) -> list[VarianceLine]:
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.read() as s:
            out = self._variances(s, stocktake_id)
        return [v for v in out if v.variance != 0] if only_differences else out

    def _variances(self, s: Session, stocktake_id: int) -> list[VarianceLine]:
        st = self._get(s, stocktake_id)
        out = []
        rows = s.execute(select(StocktakeLine, Part.number, Part.name_zh, Part.unit, Bin.code, PartStock.avg_cost)
                         .join(Part, Part.id == StocktakeLine.part_id).join(Bin, Bin.id == StocktakeLine.bin_id)
                         .join(PartStock, PartStock.part_id == StocktakeLine.part_id, isouter=True)
                         .where(StocktakeLine.stocktake_id == st.id).order_by(Bin.code, Part.number)).all()
        for line, number, name, unit, bin_code, avg in rows:
            upto = line.counted_at_move_id if line.counted_at_move_id is not None else st.snapshot_move_id
            moved = _q(s.scalar(select(func.coalesce(func.sum(StockMove.qty), 0)).where(
                StockMove.part_id == line.part_id, StockMove.bin_id == line.bin_id,
                StockMove.id > st.snapshot_move_id, StockMove.id <= upto)))
            expected = line.snapshot_qty + moved
            counted = line.recount_qty if line.recount_qty is not None else line.counted_qty
            out.append(VarianceLine(line.id, number, name, unit, bin_code, line.snapshot_qty, moved, expected, counted,
                                    counted - expected, avg or ZERO))
        return out

    def request_recount(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        """Lines with a difference are counted again, from zero, blind."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status != "counting":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                      number=st.number)
            diffs = [v.id for v in self._variances(s, st.id) if v.variance != 0]
            if diffs:
                s.execute(update(StocktakeLine).where(StocktakeLine.id.in_(diffs))
                          .values(needs_recount=True, recount_qty=None))
            st.status = "recount"
            self.audit.record(s, actor, "stocktake.recount", "stocktake", st.id, f"{st.number}: {len(diffs)} lines")
            return self._info(s, st.id)

    def approve(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status not in ("counting", "recount"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                      number=st.number)
            st.status = "approved"
            st.approved_by = actor.username
            self.audit.record(s, actor, "stocktake.approve", "stocktake", st.id, st.number)
            return self._info(s, st.id)

    def post(self, actor: Actor, stocktake_id: int) -> list[VarianceLine]:
        """Book the approved variances as stocktake moves at the average cost (gains and losses with value)."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status != "approved":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Approve stocktake {number} before posting."),
                                      number=st.number)
            posted = []
            lines = {ln.id: ln for ln in s.scalars(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id))}
            for v in self._variances(s, st.id):
                line = lines[v.id]
                if v.variance != 0:
                    # the adjustment may take a bin below zero only to match a count: that is the truth on the shelf
                    move_id = self.parts.ledger.post(s, _counting_actor(actor), part_id=line.part_id,
                                                     bin_id=line.bin_id, kind="stocktake", qty=v.variance,
                                                     reference=st.number)
                    value = s.scalar(select(StockMove.value).where(StockMove.id == move_id))
                else:
                    value = ZERO
                line.variance_qty = v.variance
                line.variance_value = value
                posted.append(v)
            st.status = "posted"
            st.posted_at = self.clock.now()
            total = sum((ln.variance_value or ZERO for ln in lines.values()), ZERO)
            self.audit.record(s, actor, "stocktake.post", "stocktake", st.id, st.number, amount=total)
            return posted

    def stocktakes(self, actor: Actor, limit: int = 50) -> list[StocktakeInfo]:
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            return [self._info(s, i) for i in s.scalars(select(Stocktake.id).order_by(Stocktake.id.desc()).limit(limit))]

    def _get(self, s: Session, stocktake_id: int) -> Stocktake:
        st = s.get(Stocktake, stocktake_id)
        if st is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such stocktake."))
        return st

    def _info(self, s: Session, stocktake_id: int) -> StocktakeInfo:
        st = self._get(s, stocktake_id)
        n, counted = s.execute(select(func.count(), func.count(StocktakeLine.counted_at_move_id))
                               .where(StocktakeLine.stocktake_id == st.id)).one()
        return StocktakeInfo(st.id, st.number, st.scope_bin, st.scope_category, st.status, int(n), int(counted),
                             st.created_by, st.approved_by)

    def _count_line(self, s: Session, line_id: int) -> CountLine:
        ln, number, name, unit, code = s.execute(
            select(StocktakeLine, Part.number, Part.name_zh, Part.unit, Bin.code)
            .join(Part, Part.id == StocktakeLine.part_id).join(Bin, Bin.id == StocktakeLine.bin_id)
            .where(StocktakeLine.id == line_id)).one()
        return CountLine(ln.id, ln.part_id, number, name, unit, code, ln.counted_qty, ln.recount_qty, ln.needs_recount)


def undo_key_for(scan_key: str) -> str:
    """The key of a count's undo, made from the count's own key (fits the 64-character column)."""
    if len(scan_key) <= 59:
        return f"undo-{scan_key}"
    import hashlib

    return "undo-" + hashlib.sha256(scan_key.encode()).hexdigest()[:59]


def _counting_actor(actor: Actor) -> Actor:
    """Posting a count makes the books match the shelf, even where that is below zero."""
    from dataclasses import replace

    return replace(actor, permissions=actor.permissions | {Permission.NEGATIVE_STOCK})
