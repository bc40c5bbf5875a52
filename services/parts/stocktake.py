"""Stocktake (盘点): snapshot by bin prefix or category, blind count by scanning (several storekeepers at
once, on different bins), hand-over for review, recount of differences, approval, and posting of the
variances as ledger moves with value (``stocktake_review``).

The store keeps working during a count. The snapshot remembers the last ledger line
(``snapshot_move_id``); each counted line remembers the ledger position when it was last counted.
The quantity expected on the shelf at that moment is the snapshot plus the moves of that part and
bin in between, so an issue made after the snapshot is not mistaken for a loss.

Counting is blind: what the counter sees starts at zero and never shows the book quantity.
Two counts still open never cover the same bins, and a count must select some stock.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.parts import Bin, Part, StockBalance, StockMove, Stocktake, StocktakeCount, StocktakeLine
from services.common.clock import Clock
from services.common.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DuplicateRecord,
    NotFound,
    ValidationError,
)
from services.parts.ledger import insert_ignore
from services.parts.people import names
from services.parts.stock import PartsService
from services.parts.stocktake_records import (
    ACTIVE,
    COUNTABLE,
    STATUS_NAMES,
    STATUSES,
    CountLine,
    CountOutcome,
    PostingPreview,
    PostingResult,
    StocktakeInfo,
    VarianceLine,
)
from services.parts.stocktake_review import StocktakeReview
from services.parts.values import ZERO, fmt_qty, normalise_number, qty_in_unit
from services.station.numbering import next_number
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

__all__ = ["STATUSES", "STATUS_NAMES", "CountLine", "CountOutcome", "PostingPreview", "PostingResult",
           "StocktakeInfo", "StocktakeService", "VarianceLine", "scopes_overlap", "undo_key_for"]


def scopes_overlap(bin_a: str, category_a: str, bin_b: str, category_b: str) -> bool:
    """Two scopes share bins when one bin prefix starts the other (empty: every bin) and their
    categories are the same or either is every category."""
    bins = bin_a.startswith(bin_b) or bin_b.startswith(bin_a)
    categories = not category_a or not category_b or category_a == category_b
    return bins and categories


class StocktakeService(StocktakeReview):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts

    def start(self, actor: Actor, *, bin_prefix: str = "", category: str = "") -> StocktakeInfo:
        """Snapshot the book quantities of the bins (by code prefix) or category to count.

        Refused when another count still open covers some of the same bins, or when the scope
        selects nothing: a bin prefix or category that does not exist, or both with no stock together
        (an existing bin with nothing booked in it may be counted: stray stock shows as a gain).
        """
        actor.require(Permission.STOCKTAKE)
        prefix = normalise_number(bin_prefix)
        category = category.strip()
        with self.db.write() as s:
            # the number is taken first: its row lock makes two PCs starting counts take turns here
            number = next_number(s, "stocktake", self.clock.today())
            for other in s.scalars(select(Stocktake).where(Stocktake.status.in_(ACTIVE))):
                if scopes_overlap(prefix, category, other.scope_bin, other.scope_category):
                    raise ConflictError(QT_TRANSLATE_NOOP(
                        "ServiceError", "Stocktake {number} ({scope}) is still open over these bins: finish or "
                                        "cancel it first."), number=other.number,
                        scope=" ".join(t for t in (other.scope_bin and f"{other.scope_bin}*",
                                                   other.scope_category) if t) or "*")
            if prefix and s.scalar(select(Bin.id).where(Bin.code.startswith(prefix, autoescape=True)).limit(1)) \
                    is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "No bin starts with {prefix}."),
                                      field="bin_prefix", prefix=prefix)
            if category and s.scalar(select(Part.id).where(Part.category == category).limit(1)) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "No part is in the category {category}."),
                                      field="category", category=category)
            last_move = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
            q = (select(StockBalance.part_id, StockBalance.bin_id, StockBalance.on_hand)
                 .join(Bin, Bin.id == StockBalance.bin_id).join(Part, Part.id == StockBalance.part_id)
                 .where(StockBalance.on_hand != 0, Bin.quarantine.is_(False)))  # quarantine: by decisions
            if prefix:
                q = q.where(Bin.code.startswith(prefix, autoescape=True))
            if category:
                q = q.where(Part.category == category)
            found = s.execute(q).all()
            if not found and prefix and category:  # each exists, but not together
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing is in stock in {scope}: there "
                                                                        "is nothing to count."),
                                      field="bin_prefix", scope=" ".join(t for t in (prefix and f"{prefix}*",
                                                                                     category) if t) or "*")
            st = Stocktake(number=number, scope_bin=prefix, scope_category=category, status="open",
                           snapshot_move_id=last_move, created_by=actor.username)
            s.add(st)
            s.flush()
            now = self.clock.now()
            rows = [{"stocktake_id": st.id, "part_id": p, "bin_id": b, "snapshot_qty": qty, "counted_qty": ZERO,
                     "needs_recount": False, "written_off": False, "created_at": now, "updated_at": now}
                    for p, b, qty in found]
            if rows:
                s.execute(StocktakeLine.__table__.insert(), rows)
            self.audit.record(s, actor, "stocktake.start", "stocktake", st.id,
                              f"{st.number} {prefix or '*'} {category} ({len(rows)} lines)")
            return self._info(s, st.id)

    def cancel(self, actor: Actor, stocktake_id: int, reason: str) -> StocktakeInfo:
        """Give up a count that is not posted: its bins are free for another count."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the stocktake is cancelled."),
                                  field="reason")
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status not in ACTIVE:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is already {status}."),
                                      number=st.number, status=st.status)
            st.status = "cancelled"
            self.audit.record(s, actor, "stocktake.cancel", "stocktake", st.id, f"{st.number}: {reason}")
            return self._info(s, st.id)

    def count(self, actor: Actor, stocktake_id: int, code: str, *, bin_code: str, qty: Any = 1,
              scan_key: str | None = None) -> CountOutcome:
        """One counting scan (or a typed quantity with it) of a part in a bin; a part of the scope not on
        the sheet is added. Parts counted in pieces take whole quantities only."""
        actor.require(Permission.STOCKTAKE)
        for attempt in range(2):
            try:
                with self.db.write() as s:
                    if scan_key:
                        earlier = s.scalar(select(StocktakeCount).where(StocktakeCount.scan_key == scan_key))
                        if earlier is not None:
                            return CountOutcome(self._count_line(s, earlier.line_id), earlier.qty, True)
                    st = self._get(s, stocktake_id)
                    self._require_counting(st)
                    part_id = self.parts.resolve_code(s, code, follow_supersession=False)
                    bin_id = self.parts.bin_id(s, bin_code, create=False)
                    self._require_in_scope(s, st, part_id, bin_id)
                    unit = s.scalar(select(Part.unit).where(Part.id == part_id))
                    amount = qty_in_unit(qty, unit)
                    now = self.clock.now()
                    if st.status != "recount":
                        insert_ignore(s, StocktakeLine, {
                            "stocktake_id": st.id, "part_id": part_id, "bin_id": bin_id, "snapshot_qty": ZERO,
                            "counted_qty": ZERO, "needs_recount": False, "written_off": False, "created_at": now,
                            "updated_at": now}, ["stocktake_id", "part_id", "bin_id"])
                    line = s.scalar(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id,
                                                                StocktakeLine.part_id == part_id,
                                                                StocktakeLine.bin_id == bin_id))
                    if line is None or (st.status == "recount" and not line.needs_recount):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This part in this bin is not on the "
                                                                                "recount list."))
                    self._add_count(s, st, line, amount, actor, scan_key=scan_key)
                    s.flush()
                    return CountOutcome(self._count_line(s, line.id), amount)
            except DuplicateRecord:  # a replayed key racing another PC: read the earlier count
                if not scan_key or attempt:
                    raise
        raise AssertionError("unreachable")

    def correct(self, actor: Actor, stocktake_id: int, line_id: int, qty: Any, reason: str) -> CountOutcome:
        """Set a counted line to the quantity typed (an over-scan, a box of 24 counted as one), with the reason.

        The difference is logged as a count of its own with the reason, and in the audit log.
        """
        actor.require(Permission.STOCKTAKE)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the count is changed."), field="reason")
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            self._require_counting(st)
            line = s.get(StocktakeLine, line_id)
            if line is None or line.stocktake_id != st.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That line is not on stocktake {number}."),
                               number=st.number)
            if st.status == "recount" and not line.needs_recount:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This part in this bin is not on the "
                                                                        "recount list."))
            unit = s.scalar(select(Part.unit).where(Part.id == line.part_id))
            target = qty_in_unit(qty, unit, zero=True)
            was = (line.recount_qty or ZERO) if st.status == "recount" else line.counted_qty
            self._add_count(s, st, line, target - was, actor, note=reason)
            s.flush()
            out = self._count_line(s, line.id)
            self.audit.record(s, actor, "stocktake.correct", "stocktake", st.id,
                              f"{st.number} {out.bin_code} {out.number} {fmt_qty(was)} → {fmt_qty(target)}: {reason}",
                              details={"line_id": line.id, "was": str(was), "now": str(target), "reason": reason})
            return CountOutcome(out, target - was)

    def _add_count(self, s: Session, st: Stocktake, line: StocktakeLine, qty, actor: Actor, *,
                   scan_key: str | None = None, note: str = "") -> None:
        recount = st.status == "recount"
        if recount:
            line.recount_qty = (line.recount_qty or ZERO) + qty
        else:
            line.counted_qty = line.counted_qty + qty
        line.counted_at_move_id = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
        if st.status == "open":
            st.status = "counting"
        s.add(StocktakeCount(line_id=line.id, qty=qty, recount=recount, scan_key=scan_key,
                             username=actor.username, note=note[:255]))

    def _require_counting(self, st: Stocktake) -> None:
        if st.status == "review":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is handed over for review: "
                                                                    "counting is closed until a recount is asked "
                                                                    "for."), number=st.number)
        if st.status not in COUNTABLE:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                  number=st.number)

    def _require_in_scope(self, s: Session, st: Stocktake, part_id: int, bin_id: int) -> None:
        code = s.scalar(select(Bin.code).where(Bin.id == bin_id))
        if st.scope_bin and not code.startswith(st.scope_bin):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Bin {bin} is not in stocktake {number} "
                                                                    "(bins {scope}*)."),
                                  bin=code, number=st.number, scope=st.scope_bin)
        if st.scope_category:
            category = s.scalar(select(Part.category).where(Part.id == part_id))
            if category != st.scope_category:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This part is not in the category "
                                                                        "{category} that stocktake {number} "
                                                                        "counts."),
                                      category=st.scope_category, number=st.number)

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
                    # lock the count taken back: a second undo of it waits, then finds the reversal
                    count = s.scalar(select(StocktakeCount).join(StocktakeLine, StocktakeLine.id == StocktakeCount.line_id)
                                     .where(StocktakeCount.scan_key == scan_key, StocktakeLine.stocktake_id == st.id)
                                     .with_for_update(of=StocktakeCount))
                    if count is None:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan is not a count of "
                                                                                "stocktake {number}."), number=st.number)
                    if st.status not in COUNTABLE or count.recount != (st.status == "recount"):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} has moved on "
                                                                                "since that count; it cannot be "
                                                                                "taken back."), number=st.number)
                    line = s.get_one(StocktakeLine, count.line_id)
                    if count.recount:
                        line.recount_qty = (line.recount_qty or ZERO) - count.qty
                    else:
                        line.counted_qty = line.counted_qty - count.qty
                    if count.reverses_id is not None or s.scalar(select(StocktakeCount.id).where(
                            StocktakeCount.reverses_id == count.id)) is not None:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was taken back already."))
                    # the reversal names the count it takes back (unique): the database refuses a second one
                    s.add(StocktakeCount(line_id=line.id, qty=-count.qty, recount=count.recount, scan_key=undo_key,
                                         username=actor.username, reverses_id=count.id))
                    s.flush()
                    out = CountOutcome(self._count_line(s, line.id), -count.qty)
                    self.audit.record(s, actor, "stocktake.count_undo", "stocktake", st.id,
                                      f"{st.number} {out.line.bin_code} {out.line.number} −{count.qty.normalize()}",
                                      details={"scan_key": scan_key})
                    return out
            except DuplicateRecord:  # the same undo racing from another PC: read the first one's result
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def sheet(self, actor: Actor, stocktake_id: int) -> list[CountLine]:
        """The counting sheet: blind (counted quantities only), by bin."""
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            rows = s.execute(select(StocktakeLine, Part.number, Part.name_zh, Part.unit, Bin.code)
                             .join(Part, Part.id == StocktakeLine.part_id).join(Bin, Bin.id == StocktakeLine.bin_id)
                             .where(StocktakeLine.stocktake_id == stocktake_id).order_by(Bin.code, Part.number))
            return [_count_line(*row) for row in rows]

    def stocktakes(self, actor: Actor, limit: int = 50, *, statuses: tuple[str, ...] = ()) -> list[StocktakeInfo]:
        """The list of counts, newest first (``statuses`` to keep only some)."""
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            q = select(Stocktake.id).order_by(Stocktake.id.desc()).limit(limit)
            if statuses:
                q = q.where(Stocktake.status.in_(statuses))
            return [self._info(s, i) for i in s.scalars(q)]

    def stocktake(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            return self._info(s, stocktake_id)

    def find(self, actor: Actor, number: str) -> StocktakeInfo:
        actor.require(Permission.STOCKTAKE)
        with self.db.read() as s:
            found = s.scalar(select(Stocktake.id).where(Stocktake.number == normalise_number(number)))
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No stocktake {number}."), number=number)
            return self._info(s, found)

    def _get(self, s: Session, stocktake_id: int) -> Stocktake:
        st = s.get(Stocktake, stocktake_id)
        if st is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such stocktake."))
        return st

    def _info(self, s: Session, stocktake_id: int) -> StocktakeInfo:
        st = self._get(s, stocktake_id)
        n, counted = s.execute(select(func.count(), func.count(StocktakeLine.counted_at_move_id))
                               .where(StocktakeLine.stocktake_id == st.id)).one()
        counters = [u for u, in s.execute(
            select(StocktakeCount.username).join(StocktakeLine, StocktakeLine.id == StocktakeCount.line_id)
            .where(StocktakeLine.stocktake_id == st.id).group_by(StocktakeCount.username)
            .order_by(func.min(StocktakeCount.id)))]
        who = names(s, [st.created_by, st.approved_by, st.handed_over_by, st.posted_by, *counters])
        return StocktakeInfo(st.id, st.number, st.scope_bin, st.scope_category, st.status, int(n), int(counted),
                             who.get(st.created_by, st.created_by), who.get(st.approved_by or "") or None,
                             st.created_at, who.get(st.handed_over_by or "") or None,
                             tuple(who[u] for u in counters if u), st.approval_note or "",
                             who.get(st.posted_by or "") or None, st.post_note or "")

    def _count_line(self, s: Session, line_id: int) -> CountLine:
        return _count_line(*s.execute(
            select(StocktakeLine, Part.number, Part.name_zh, Part.unit, Bin.code)
            .join(Part, Part.id == StocktakeLine.part_id).join(Bin, Bin.id == StocktakeLine.bin_id)
            .where(StocktakeLine.id == line_id)).one())


def _count_line(ln: StocktakeLine, number: str, name: str, unit: str, code: str) -> CountLine:
    return CountLine(ln.id, ln.part_id, number, name, unit, code, ln.counted_qty, ln.recount_qty, ln.needs_recount,
                     ln.counted_at_move_id is not None)


def undo_key_for(scan_key: str) -> str:
    """The key of a count's undo, made from the count's own key (fits the 64-character column)."""
    if len(scan_key) <= 59:
        return f"undo-{scan_key}"
    import hashlib

    return "undo-" + hashlib.sha256(scan_key.encode()).hexdigest()[:59]
