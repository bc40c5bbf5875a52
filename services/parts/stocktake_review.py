"""The stocktake after counting: hand-over for review, differences, recount, approval and posting.

Posting says what it will do first (``preview``: counted, uncounted, gains, losses, value) and
treats lines nobody counted as the station chooses: left unchanged (the default), or booked as
zero only for the lines confirmed one by one, or all of them with an explicit "write off uncounted"
and a reason. Approval and posting are in the audit log with who and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.models.parts import Bin, Part, PartStock, StockMove, StocktakeLine
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.parts.stocktake_records import PostingPreview, PostingResult, StocktakeInfo, VarianceLine
from services.parts.values import ZERO, qty_from_sum
from services.users.permissions import Actor, Permission

if TYPE_CHECKING:
    from app.db.engine import Database
    from app.db.models.parts import Stocktake
    from services.common.clock import Clock
    from services.parts.stock import PartsService
    from services.users.audit import AuditLog


class StocktakeReview:
    """The review half of ``StocktakeService`` (which provides ``db``, ``audit``, ``clock``, ``parts``,
    ``_get`` and ``_info``)."""

    db: Database
    audit: AuditLog
    clock: Clock
    parts: PartsService
    _get: Callable[[Session, int], Stocktake]
    _info: Callable[[Session, int], StocktakeInfo]

    def hand_over(self, actor: Actor, stocktake_id: int, note: str = "") -> StocktakeInfo:
        """The counter is done: the count goes to review (the supervisor sees the differences)."""
        actor.require(Permission.STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status not in ("counting", "recount"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} has nothing counted to "
                                                                        "hand over."), number=st.number)
            st.status = "review"
            st.handed_over_by = actor.username
            self.audit.record(s, actor, "stocktake.hand_over", "stocktake", st.id,
                              f"{st.number}{': ' + note.strip() if note.strip() else ''}")
            return self._info(s, st.id)

    def variances(self, actor: Actor, stocktake_id: int, *, only_differences: bool = False) -> list[VarianceLine]:
        """Book against count, line by line; ``only_differences`` keeps counted lines that differ and
        every line nobody counted."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.read() as s:
            out = self._variances(s, stocktake_id)
        return [v for v in out if v.variance != 0 or v.uncounted] if only_differences else out

    def _variances(self, s: Session, stocktake_id: int) -> list[VarianceLine]:
        st = self._get(s, stocktake_id)
        out = []
        rows = s.execute(select(StocktakeLine, Part.number, Part.name_zh, Part.unit, Bin.code, PartStock.avg_cost)
                         .join(Part, Part.id == StocktakeLine.part_id).join(Bin, Bin.id == StocktakeLine.bin_id)
                         .join(PartStock, PartStock.part_id == StocktakeLine.part_id, isouter=True)
                         .where(StocktakeLine.stocktake_id == st.id).order_by(Bin.code, Part.number)).all()
        last = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
        for line, number, name, unit, bin_code, avg in rows:
            uncounted = line.counted_at_move_id is None
            # an uncounted line would be written off against what the books hold now
            upto = last if uncounted else line.counted_at_move_id
            moved = qty_from_sum(s.scalar(select(func.coalesce(func.sum(StockMove.qty), 0)).where(
                StockMove.part_id == line.part_id, StockMove.bin_id == line.bin_id,
                StockMove.id > st.snapshot_move_id, StockMove.id <= upto)))
            expected = line.snapshot_qty + moved
            counted = line.recount_qty if line.recount_qty is not None else line.counted_qty
            out.append(VarianceLine(line.id, number, name, unit, bin_code, line.snapshot_qty, moved, expected, counted,
                                    counted - expected, avg or ZERO, uncounted))
        return out

    def request_recount(self, actor: Actor, stocktake_id: int) -> StocktakeInfo:
        """Lines with a difference are counted again, from zero, blind (by anyone who may count)."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status not in ("counting", "review"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                      number=st.number)
            diffs = [v.id for v in self._variances(s, st.id) if v.variance != 0 and not v.uncounted]
            if diffs:
                s.execute(update(StocktakeLine).where(StocktakeLine.id.in_(diffs))
                          .values(needs_recount=True, recount_qty=None))
            st.status = "recount"
            self.audit.record(s, actor, "stocktake.recount", "stocktake", st.id, f"{st.number}: {len(diffs)} lines")
            return self._info(s, st.id)

    def approve(self, actor: Actor, stocktake_id: int, note: str = "") -> StocktakeInfo:
        """The supervisor accepts the count as it stands (who and why in the audit log)."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status not in ("counting", "review", "recount"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Stocktake {number} is not counting."),
                                      number=st.number)
            if not s.scalar(select(func.count(StocktakeLine.counted_at_move_id))
                            .where(StocktakeLine.stocktake_id == st.id)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing is counted on stocktake {number} "
                                                                        "yet."), number=st.number)
            st.status = "approved"
            st.approved_by = actor.username
            st.approved_at = self.clock.now()
            st.approval_note = note.strip()
            self.audit.record(s, actor, "stocktake.approve", "stocktake", st.id,
                              f"{st.number}{': ' + st.approval_note if st.approval_note else ''}",
                              details={"note": st.approval_note})
            return self._info(s, st.id)

    def preview(self, actor: Actor, stocktake_id: int) -> PostingPreview:
        """What posting will book: counted lines, their gains and losses with value, and the uncounted lines."""
        actor.require(Permission.APPROVE_STOCKTAKE)
        with self.db.read() as s:
            info = self._info(s, stocktake_id)
            lines = self._variances(s, stocktake_id)
        counted = [v for v in lines if not v.uncounted]
        return PostingPreview(info, len(counted), sum(1 for v in counted if v.variance == 0),
                              tuple(v for v in counted if v.variance > 0), tuple(v for v in counted if v.variance < 0),
                              tuple(v for v in lines if v.uncounted))

    def post(self, actor: Actor, stocktake_id: int, *, write_off: Iterable[int] = (), write_off_uncounted: bool = False,
             reason: str = "") -> PostingResult:
        """Book the approved variances as stocktake moves at the average cost (gains and losses with value).

        Lines nobody counted are left as the books have them, except those in ``write_off`` (line ids
        confirmed one by one) or all of them with ``write_off_uncounted``, which needs a reason.
        """
        actor.require(Permission.APPROVE_STOCKTAKE)
        reason = (reason or "").strip()
        confirmed = set(write_off)
        if write_off_uncounted and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Writing off every uncounted line needs a "
                                                                    "reason."), field="reason")
        with self.db.write() as s:
            st = self._get(s, stocktake_id)
            if st.status != "approved":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Approve stocktake {number} before posting."),
                                      number=st.number)
            lines = {ln.id: ln for ln in s.scalars(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id))}
            variances = self._variances(s, st.id)
            uncounted = {v.id for v in variances if v.uncounted}
            if confirmed - uncounted:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only lines nobody counted can be written "
                                                                        "off."))
            posted: list[VarianceLine] = []
            left = written = 0
            for v in variances:
                line = lines[v.id]
                if v.uncounted and not (write_off_uncounted or v.id in confirmed):
                    left += 1
                    continue
                value = ZERO
                if v.variance != 0:
                    # the adjustment may take a bin below zero only to match a count: that is the truth on the shelf
                    move_id = self.parts.ledger.post(s, _counting_actor(actor), part_id=line.part_id,
                                                     bin_id=line.bin_id, kind="stocktake", qty=v.variance,
                                                     reference=st.number,
                                                     note="written off: not counted" if v.uncounted else "")
                    value = s.scalar(select(StockMove.value).where(StockMove.id == move_id))
                    posted.append(v)
                line.variance_qty = v.variance
                line.variance_value = value
                if v.uncounted:
                    line.written_off = True
                    written += 1
            st.status = "posted"
            st.posted_at = self.clock.now()
            st.posted_by = actor.username
            st.post_note = reason
            total = sum((ln.variance_value or ZERO for ln in lines.values()), ZERO)
            self.audit.record(s, actor, "stocktake.post", "stocktake", st.id,
                              f"{st.number}: {len(posted)} moves, {written} uncounted written off, {left} left "
                              f"unchanged{': ' + reason if reason else ''}", amount=total,
                              details={"written_off": written, "left_unchanged": left, "reason": reason,
                                       "approved_by": st.approved_by})
            return PostingResult(self._info(s, st.id), tuple(posted), left, written, total)


def _counting_actor(actor: Actor) -> Actor:
    """Posting a count makes the books match the shelf, even where that is below zero."""
    return replace(actor, permissions=actor.permissions | {Permission.NEGATIVE_STOCK})
