"""Parts for job cards: reservations, issue to a job, return from a job, undoing an issue scan,
what a job has drawn, and the fill rate (配件一次满足率).

Job cards (another area) use this seam, referring to a job card by its number and a line by its
reference. The ``*_in`` methods work in the caller's session, so a job card's line and its
reservation, an issue scan and the line's issued quantity, commit together or not at all:
``reserve_in`` / ``release_in`` / ``issue_in`` / ``return_in`` / ``undo_issue_in``. ``reserve``,
``release_reservation``, ``issue_to_job``, ``return_from_job`` and ``undo_issue_scan`` are the same
in a transaction of their own (the store's counter without a job card's rules).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from app.db.models.parts import Part, PartStock, Reservation, StockMove
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import round_cny
from services.parts.records import FillRate, IssuedLine, MoveInfo, ReservationInfo
from services.parts.store import StoreService
from services.parts.values import (
    CHANNELS,
    ZERO,
    fmt_qty,
    job_ref_of,
    money_from_sum,
    qty_from_sum,
    to_qty,
)
from services.users.permissions import Actor, Permission


class JobParts(StoreService):
    """What the store does for job cards."""

    def issue_to_job(self, actor: Actor, job_ref: str, part_id: int | None = None, qty: Any = 1, *,
                     code: str | None = None, scan_key: str | None = None, bin_code: str | None = None,
                     line_ref: str | None = None, channel: str = "workshop") -> MoveInfo:
        """Take parts from stock for a job card (by part id, or by a scanned ``code``).

        Consumes the job's reservation of that part first. A scan's key makes a replay harmless.
        """
        actor.require(Permission.ISSUE_PARTS)
        job_ref = job_ref_of(job_ref)
        qty = to_qty(qty)
        if channel not in CHANNELS:
            raise ValueError(channel)

        def work(s: Session) -> MoveInfo:
            pid = part_id if part_id is not None else self.resolve_code(s, code or "")
            price = s.scalar(select(Part.retail_price).where(Part.id == pid))
            res = s.execute(select(Reservation.id, Reservation.line_ref, Reservation.qty).where(
                Reservation.job_ref == job_ref, Reservation.part_id == pid, Reservation.status == "open",
                *( [Reservation.line_ref == line_ref] if line_ref else [])).order_by(Reservation.id)).all()
            move_id = self.ledger.post(
                s, actor, part_id=pid, bin_id=self.pick_bin(s, pid, qty, bin_code), kind="issue", qty=-qty,
                job_ref=job_ref, line_ref=line_ref or (res[0][1] if res else None), scan_key=scan_key,
                price=price, channel=channel, reference=job_ref)
            left = qty
            for rid, _line, reserved in res:
                if left <= 0:
                    break
                used = min(left, reserved)
                left -= used
                s.execute(update(Reservation).where(Reservation.id == rid).values(
                    qty=Reservation.qty - used, issued_qty=Reservation.issued_qty + used,
                    status="issued" if reserved - used <= 0 else "open", updated_at=self.clock.now()))
                s.execute(update(PartStock).where(PartStock.part_id == pid)
                          .values(reserved=PartStock.reserved - used))
            self.audit.record(s, actor, "stock.issue", "part", pid, f"{job_ref} −{fmt_qty(qty)}")
            return self.ledger.move_info(s, move_id)

        return self.write_scan(scan_key, work)

    def return_from_job(self, actor: Actor, job_ref: str, part_id: int | None = None, qty: Any = 1, *,
                        code: str | None = None, scan_key: str | None = None, bin_code: str | None = None,
                        reason: str = "") -> MoveInfo:
        """Put unused parts back: no more than the job has drawn, at the cost it drew them at."""
        actor.require(Permission.ISSUE_PARTS)
        job_ref = job_ref_of(job_ref)
        qty = to_qty(qty)

        def work(s: Session) -> MoveInfo:
            pid = part_id if part_id is not None else self.resolve_code(s, code or "", follow_supersession=False)
            drawn_qty, drawn_value = s.execute(
                select(func.coalesce(func.sum(StockMove.qty), 0), func.coalesce(func.sum(StockMove.value), 0))
                .where(StockMove.job_ref == job_ref, StockMove.part_id == pid,
                       StockMove.kind.in_(("issue", "return")))).one()
            drawn_qty = -qty_from_sum(drawn_qty)
            drawn_value = -money_from_sum(drawn_value)
            if qty > drawn_qty:
                number = s.scalar(select(Part.number).where(Part.id == pid))
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Job {job} has drawn {drawn} of {number}; {qty} cannot "
                                                      "come back."),
                    field="qty", job=job_ref, drawn=fmt_qty(drawn_qty), number=number, qty=fmt_qty(qty))
            cost = round_cny(drawn_value / drawn_qty) if drawn_qty else None
            move_id = self.ledger.post(s, actor, part_id=pid, bin_id=self.put_bin(s, pid, bin_code), kind="return",
                                       qty=qty, unit_cost=cost, job_ref=job_ref, reference=job_ref,
                                       scan_key=scan_key, note=reason)
            self.audit.record(s, actor, "stock.return", "part", pid, f"{job_ref} +{fmt_qty(qty)}")
            return self.ledger.move_info(s, move_id)

        return self.write_scan(scan_key, work)

    def undo_issue_scan(self, actor: Actor, scan_key: str, *, undo_key: str | None = None) -> MoveInfo:
        """Take back exactly the issue that the scan ``scan_key`` made: a reversing move at the same cost,
        price and channel, and the job's reservation given back as far as that issue had consumed it.

        ``undo_key`` is the undo's own key, so replaying the undo after a crash reverses nothing twice.
        """
        actor.require(Permission.ISSUE_PARTS)
        if not scan_key:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing to undo."))

        def work(s: Session) -> MoveInfo:
            # lock the move taken back: a second undo of it waits here, then finds it reversed
            move = s.scalar(select(StockMove).where(StockMove.scan_key == scan_key).with_for_update())
            if move is None or move.kind != "issue" or move.qty >= 0 or move.reverses_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was not an issue to a job card; "
                                                                        "nothing was taken back."))
            if s.scalar(select(StockMove.id).where(StockMove.reverses_id == move.id)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was taken back already."))
            qty = -move.qty
            move_id = self.ledger.post(s, actor, part_id=move.part_id, bin_id=move.bin_id, kind="issue", qty=qty,
                                       unit_cost=move.unit_cost, job_ref=move.job_ref, line_ref=move.line_ref,
                                       scan_key=undo_key, price=move.price, channel=move.channel,
                                       reference=move.reference, reverses_id=move.id, note="undo")
            # what the reservations count as issued may not exceed what the job still holds after the undo
            held = -qty_from_sum(s.scalar(select(func.coalesce(func.sum(StockMove.qty), 0)).where(
                StockMove.job_ref == move.job_ref, StockMove.part_id == move.part_id,
                StockMove.kind.in_(("issue", "return")))))
            res = s.scalars(select(Reservation).where(
                Reservation.job_ref == move.job_ref, Reservation.part_id == move.part_id,
                Reservation.issued_qty > 0).order_by(
                (Reservation.line_ref == (move.line_ref or "")).desc(), Reservation.id.desc())).all()
            give_back = min(qty, max(sum((r.issued_qty for r in res), ZERO) - max(held, ZERO), ZERO))
            for r in res:
                if give_back <= 0:
                    break
                back = min(give_back, r.issued_qty)
                give_back -= back
                r.issued_qty = r.issued_qty - back
                r.qty = r.qty + back
                r.status = "open"
                s.execute(update(PartStock).where(PartStock.part_id == move.part_id)
                          .values(reserved=PartStock.reserved + back))
            s.flush()
            self.audit.record(s, actor, "stock.issue_undo", "part", move.part_id,
                              f"{move.job_ref} +{fmt_qty(qty)} (undo of scan {scan_key})",
                              details={"move_id": move.id, "reversal_id": move_id})
            return self.ledger.move_info(s, move_id)

        return self.write_scan(undo_key, work)

    def issued_for_job(self, job_ref: str, actor: Actor | None = None) -> list[IssuedLine]:
        """What a job card has drawn, net of returns, per part (the job card shows it)."""
        if actor is not None:
            actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            rows = s.execute(
                select(Part.id, Part.number, Part.name_zh, Part.unit, Part.quality,
                       func.sum(StockMove.qty), func.sum(StockMove.value), Part.retail_price)
                .join(Part, Part.id == StockMove.part_id)
                .where(StockMove.job_ref == job_ref_of(job_ref), StockMove.kind.in_(("issue", "return")))
                .group_by(Part.id, Part.number, Part.name_zh, Part.unit, Part.quality, Part.retail_price)
                .order_by(Part.number)).all()
            return [IssuedLine(r[0], r[1], r[2], r[3], r[4], -qty_from_sum(r[5]), -money_from_sum(r[6]), r[7]) for r in rows
                    if qty_from_sum(r[5]) != 0]

    def reserve(self, actor: Actor, job_ref: str, line_ref: str | int, part_id: int, qty: Any) -> ReservationInfo:
        """Promise stock to a job card line; records whether free stock covered it (fill rate).

        Calling it again for the same line changes the quantity (the first answer on fill stays).
        """
        with self.db.write() as s:
            return self.reserve_in(s, actor, job_ref, line_ref, part_id, qty)

    def reserve_in(self, s: Session, actor: Actor, job_ref: str, line_ref: str | int, part_id: int,
                   qty: Any) -> ReservationInfo:
        """``reserve`` in the caller's write transaction (the job card's line is written in it too)."""
        if not (actor.can(Permission.ISSUE_PARTS) or actor.can(Permission.EDIT_JOB_CARDS)):
            actor.require(Permission.ISSUE_PARTS)
        job_ref = job_ref_of(job_ref)
        line_ref = str(line_ref)
        qty = to_qty(qty)
        self.ledger.ensure_rows(s, part_id, self.put_bin(s, part_id, None))
        # lock the part's stock row: two job cards must not both count the same free units
        on_hand, reserved = s.execute(select(PartStock.on_hand, PartStock.reserved)
                                      .where(PartStock.part_id == part_id).with_for_update()).one()
        row = s.scalar(select(Reservation).where(Reservation.job_ref == job_ref,
                                                 Reservation.line_ref == line_ref).with_for_update())
        if row is None:
            served = on_hand - reserved >= qty
            row = Reservation(job_ref=job_ref, line_ref=line_ref, part_id=part_id, qty=qty, requested_qty=qty,
                              issued_qty=ZERO, served_from_stock=served, status="open", username=actor.username,
                              created_at=self.clock.now())  # the fill rate counts by the station's clock
            s.add(row)
            delta = qty
        else:
            if row.part_id != part_id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Line {line} of {job} reserves another "
                                                                        "part; release it first."),
                                      line=line_ref, job=job_ref)
            old = row.qty if row.status == "open" else ZERO
            row.qty = max(qty - row.issued_qty, ZERO)
            row.requested_qty = qty
            row.status = "open" if row.qty > 0 else "issued"
            delta = row.qty - old
        s.execute(update(PartStock).where(PartStock.part_id == part_id)
                  .values(reserved=PartStock.reserved + delta))
        s.flush()
        return self._reservation(s, row.id)

    def release_reservation(self, actor: Actor, job_ref: str, line_ref: str | int) -> ReservationInfo | None:
        """Give back what a line still reserves (line removed, job cancelled or settled)."""
        with self.db.write() as s:
            return self.release_in(s, actor, job_ref, line_ref)

    def release_in(self, s: Session, actor: Actor, job_ref: str, line_ref: str | int) -> ReservationInfo | None:
        """``release_reservation`` in the caller's write transaction."""
        if not (actor.can(Permission.ISSUE_PARTS) or actor.can(Permission.EDIT_JOB_CARDS)):
            actor.require(Permission.ISSUE_PARTS)
        row = s.scalar(select(Reservation).where(Reservation.job_ref == job_ref_of(job_ref),
                                                 Reservation.line_ref == str(line_ref)).with_for_update())
        if row is None:
            return None
        if row.status == "open" and row.qty > 0:
            s.execute(update(PartStock).where(PartStock.part_id == row.part_id)
                      .values(reserved=PartStock.reserved - row.qty))
        row.qty = ZERO
        row.status = "released" if row.issued_qty == 0 else "issued"
        s.flush()
        return self._reservation(s, row.id)

    # ---- issue against a job card's line, in the card's transaction ----------------------------------
    def issue_in(self, s: Session, actor: Actor, job_ref: str, line_ref: str, part_id: int, qty: Decimal, *,
                 scan_key: str | None = None, bin_code: str | None = None, channel: str = "workshop") -> MoveInfo:
        """Take ``qty`` of a part from stock for one line of a job card: the move names the line, and
        the line's reservation gives way by what it still holds. The job card checks the line first."""
        actor.require(Permission.ISSUE_PARTS)
        if channel not in CHANNELS:
            raise ValueError(channel)
        job_ref = job_ref_of(job_ref)
        price = s.scalar(select(Part.retail_price).where(Part.id == part_id))
        move_id = self.ledger.post(
            s, actor, part_id=part_id, bin_id=self.pick_bin(s, part_id, qty, bin_code), kind="issue", qty=-qty,
            job_ref=job_ref, line_ref=line_ref, scan_key=scan_key, price=price, channel=channel, reference=job_ref)
        row = s.scalar(select(Reservation).where(Reservation.job_ref == job_ref, Reservation.line_ref == line_ref)
                       .with_for_update())
        if row is not None:
            used = min(qty, row.qty) if row.status == "open" else ZERO
            row.qty = row.qty - used
            row.issued_qty = row.issued_qty + qty
            row.status = "issued" if row.qty <= 0 and row.status == "open" else row.status
            if used:
                s.execute(update(PartStock).where(PartStock.part_id == part_id)
                          .values(reserved=PartStock.reserved - used))
        self.audit.record(s, actor, "stock.issue", "part", part_id, f"{job_ref} {line_ref} −{fmt_qty(qty)}")
        return self.ledger.move_info(s, move_id)

    def return_in(self, s: Session, actor: Actor, job_ref: str, line_ref: str, part_id: int, qty: Decimal, *,
                  scan_key: str | None = None, bin_code: str | None = None, reason: str = "") -> MoveInfo:
        """Put back ``qty`` a job card's line drew, at the cost it drew it at; the line's reservation
        holds again what the line still asks for."""
        actor.require(Permission.ISSUE_PARTS)
        job_ref = job_ref_of(job_ref)
        drawn_qty, drawn_value = s.execute(
            select(func.coalesce(func.sum(StockMove.qty), 0), func.coalesce(func.sum(StockMove.value), 0))
            .where(StockMove.job_ref == job_ref, StockMove.line_ref == line_ref, StockMove.part_id == part_id,
                   StockMove.kind.in_(("issue", "return")))).one()
        drawn_qty = -qty_from_sum(drawn_qty)
        drawn_value = -money_from_sum(drawn_value)
        if qty > drawn_qty:
            number = s.scalar(select(Part.number).where(Part.id == part_id))
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job {job} has drawn {drawn} of {number}; {qty} cannot "
                                                  "come back."),
                field="qty", job=job_ref, drawn=fmt_qty(drawn_qty), number=number, qty=fmt_qty(qty))
        cost = round_cny(drawn_value / drawn_qty) if drawn_qty else None
        move_id = self.ledger.post(s, actor, part_id=part_id, bin_id=self.put_bin(s, part_id, bin_code),
                                   kind="return", qty=qty, unit_cost=cost, job_ref=job_ref, line_ref=line_ref,
                                   reference=job_ref, scan_key=scan_key, note=reason)
        self._unissue(s, job_ref, line_ref, part_id, qty)
        self.audit.record(s, actor, "stock.return", "part", part_id, f"{job_ref} {line_ref} +{fmt_qty(qty)}")
        return self.ledger.move_info(s, move_id)

    def undo_issue_in(self, s: Session, actor: Actor, scan_key: str, *, undo_key: str | None = None) -> MoveInfo:
        """Take back exactly the issue the scan ``scan_key`` made, in the caller's transaction. The move
        is locked and its reversal is unique in the ledger: a second undo of one scan is refused."""
        actor.require(Permission.ISSUE_PARTS)
        move = s.scalar(select(StockMove).where(StockMove.scan_key == scan_key).with_for_update())
        if move is None or move.kind != "issue" or move.qty >= 0 or move.reverses_id is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was not an issue to a job card; "
                                                                    "nothing was taken back."))
        if s.scalar(select(StockMove.id).where(StockMove.reverses_id == move.id)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was taken back already."))
        qty = -move.qty
        move_id = self.ledger.post(s, actor, part_id=move.part_id, bin_id=move.bin_id, kind="issue", qty=qty,
                                   unit_cost=move.unit_cost, job_ref=move.job_ref, line_ref=move.line_ref,
                                   scan_key=undo_key, price=move.price, channel=move.channel,
                                   reference=move.reference, reverses_id=move.id, note="undo")
        if move.job_ref and move.line_ref:
            self._unissue(s, move.job_ref, move.line_ref, move.part_id, qty)
        self.audit.record(s, actor, "stock.issue_undo", "part", move.part_id,
                          f"{move.job_ref} {move.line_ref or ''} +{fmt_qty(qty)} (undo of scan {scan_key})",
                          details={"move_id": move.id, "reversal_id": move_id})
        return self.ledger.move_info(s, move_id)

    def issued_move(self, s: Session, scan_key: str) -> tuple[str | None, str | None, int] | None:
        """(job card number, line reference, part) of the move a scan made, or None."""
        row = s.execute(select(StockMove.job_ref, StockMove.line_ref, StockMove.part_id)
                        .where(StockMove.scan_key == scan_key)).first()
        return None if row is None else (row[0], row[1], row[2])

    def _unissue(self, s: Session, job_ref: str, line_ref: str, part_id: int, qty: Decimal) -> None:
        """Parts came back to the store from a line: it has drawn less, and its reservation holds again
        what the line still asks for (unless the line was released)."""
        row = s.scalar(select(Reservation).where(Reservation.job_ref == job_ref, Reservation.line_ref == line_ref)
                       .with_for_update())
        if row is None:
            return
        row.issued_qty = max(row.issued_qty - qty, ZERO)
        if row.status == "released":
            return
        old = row.qty if row.status == "open" else ZERO
        row.qty = max(row.requested_qty - row.issued_qty, ZERO)
        row.status = "open" if row.qty > 0 else "issued"
        if row.qty != old:
            s.execute(update(PartStock).where(PartStock.part_id == part_id)
                      .values(reserved=PartStock.reserved + (row.qty - old)))

    def reservations(self, actor: Actor, job_ref: str) -> list[ReservationInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            ids = s.scalars(select(Reservation.id).where(Reservation.job_ref == job_ref_of(job_ref))
                            .order_by(Reservation.id))
            return [self._reservation(s, i) for i in ids]

    def _reservation(self, s: Session, rid: int) -> ReservationInfo:
        r, number = s.execute(select(Reservation, Part.number).join(Part, Part.id == Reservation.part_id)
                              .where(Reservation.id == rid)).one()
        return ReservationInfo(r.id, r.job_ref, r.line_ref, r.part_id, number, r.qty, r.requested_qty, r.issued_qty,
                               r.served_from_stock, r.status)

    def fill_rate(self, actor: Actor, start: datetime | None = None, end: datetime | None = None) -> FillRate:
        """配件一次满足率: requested lines served from stock at first request ÷ lines requested."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            q = select(func.count(), func.coalesce(func.sum(case((Reservation.served_from_stock, 1), else_=0)), 0))
            if start:
                q = q.where(Reservation.created_at >= start)
            if end:
                q = q.where(Reservation.created_at < end)
            lines, served = s.execute(q).one()
            return FillRate(int(lines), int(served))
