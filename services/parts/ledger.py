"""The stock ledger: append-only moves with the balances kept in step.

Every change of stock is a line in ``stock_moves`` and, in the same transaction, a change of
``part_stock`` (per part: on hand, reserved, on order, moving-average cost) and of
``stock_balances`` (per part and bin). Decrements are guarded atomic updates
(``on_hand = on_hand - q WHERE on_hand >= q``) and increments lock the part's stock row
(``FOR UPDATE``; SQLite's write transaction is ``BEGIN IMMEDIATE``), so concurrent PCs never lose
an update. Stock goes negative only for a role with ``Permission.NEGATIVE_STOCK``, and that is
written to the audit log.

The quarantine bin (``Bin.quarantine``, 待处理/隔离区) holds deliveries rejected at inspection. Its
moves change ``part_stock.quarantined``, never ``on_hand``: what waits there is not available. Only
an inspection decision moves parts into or out of it (``post(..., quarantine=True)``); every other
move naming it is refused, and it never goes below zero.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db.base import rowcount
from app.db.models.parts import Bin, Part, PartStock, StockBalance, StockMove
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import round_cny
from services.parts.records import MoveInfo
from services.parts.values import MOVE_KINDS, ZERO, fmt_qty
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


def insert_ignore(session: Session, table: Any, values: dict[str, Any], keys: list[str]) -> None:
    """INSERT the row unless one with the same ``keys`` exists (both engines)."""
    ins = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(ins(table).values(**values).on_conflict_do_nothing(index_elements=keys))


class Ledger:
    """Posts stock moves and keeps the balances in step, inside the caller's write transaction."""

    def __init__(self, audit: AuditLog, clock: Clock) -> None:
        self.audit = audit
        self.clock = clock

    def find_scan(self, s: Session, scan_key: str | None) -> MoveInfo | None:
        if not scan_key:
            return None
        move_id = s.scalar(select(StockMove.id).where(StockMove.scan_key == scan_key))
        return None if move_id is None else self.move_info(s, move_id, replayed=True)

    def move_info(self, s: Session, move_id: int, *, replayed: bool = False) -> MoveInfo:
        row = s.execute(
            select(StockMove, Part.number, Part.name_zh, Bin.code, PartStock.on_hand)
            .join(Part, Part.id == StockMove.part_id).join(Bin, Bin.id == StockMove.bin_id)
            .join(PartStock, PartStock.part_id == StockMove.part_id, isouter=True)
            .where(StockMove.id == move_id)
        ).one()
        m = row[0]
        return MoveInfo(m.id, m.created_at, m.kind, m.part_id, row[1], row[2], row[3], m.qty, m.unit_cost, m.value,
                        m.reference, m.job_ref, m.username, m.scan_key, row[4], replayed)

    def ensure_rows(self, s: Session, part_id: int, bin_id: int) -> None:
        now = self.clock.now()
        insert_ignore(s, PartStock, {"part_id": part_id, "on_hand": ZERO, "reserved": ZERO, "on_order": ZERO,
                                      "avg_cost": ZERO, "created_at": now, "updated_at": now}, ["part_id"])
        insert_ignore(s, StockBalance, {"part_id": part_id, "bin_id": bin_id, "on_hand": ZERO, "created_at": now,
                                         "updated_at": now}, ["part_id", "bin_id"])

    def post(self, s: Session, actor: Actor, *, part_id: int, bin_id: int, kind: str, qty: Decimal,
             unit_cost: Decimal | None = None, reference: str | None = None, job_ref: str | None = None,
             line_ref: str | None = None, scan_key: str | None = None, price: Decimal | None = None,
             channel: str | None = None, note: str = "", reverses_id: int | None = None,
             quarantine: bool = False, own_cost: bool = False) -> int:
        """Write one move (``qty`` signed) and change the balances with it. Returns the move's id.

        Incoming moves at ``unit_cost`` re-average the part's cost; outgoing moves leave at the
        average cost. An outgoing move that would take a bin below zero is refused unless the actor
        may let stock go negative, in which case it is written to the audit log. An outgoing move
        given its own ``unit_cost`` (``own_cost``: a delivery rejected at inspection, a receipt taken
        back) leaves at that cost, and the average is that of what stays. ``quarantine``: the caller
        is an inspection decision and may move in or out of the quarantine bin.
        """
        assert kind in MOVE_KINDS, kind
        if qty == 0 and kind != "adjustment":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity above zero (not {value})."),
                                  value=qty)
        now = self.clock.now()
        self.ensure_rows(s, part_id, bin_id)
        ps = PartStock.__table__.c
        sb = StockBalance.__table__.c
        move_value: Decimal | None = None
        if s.scalar(select(Bin.quarantine).where(Bin.id == bin_id)):
            if not quarantine:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "ServiceError", "Bin {bin} is the quarantine bin: parts go in and out of it only by an "
                                    "inspection decision on a goods-received note."),
                    field="bin", bin=s.scalar(select(Bin.code).where(Bin.id == bin_id)))
            return self._post_quarantine(s, actor, part_id=part_id, bin_id=bin_id, kind=kind, qty=qty,
                                         unit_cost=unit_cost, reference=reference, scan_key=scan_key, note=note)
        if qty > 0:
            # lock the part's stock row: the new average needs the old quantity and value
            on_hand, avg, book = s.execute(
                select(ps.on_hand, ps.avg_cost, ps.value).where(ps.part_id == part_id).with_for_update()
            ).one()
            cost = avg if unit_cost is None else unit_cost
            move_value = round_cny(qty * cost)
            new_book = book + move_value
            new_on_hand = on_hand + qty
            # the average is the book value over what is on hand, to the fen; the book value itself is
            # never rounded again, so the stock's value stays the sum of its moves
            new_avg = round_cny(new_book / new_on_hand) if new_on_hand > 0 and new_book > 0 else cost
            values: dict[str, Any] = {"on_hand": ps.on_hand + qty, "avg_cost": new_avg, "value": ps.value + move_value,
                                      "updated_at": now}
            if kind == "receipt":
                values["last_receipt_at"] = now
            s.execute(update(PartStock).where(ps.part_id == part_id).values(**values))
            s.execute(update(StockBalance).where(sb.part_id == part_id, sb.bin_id == bin_id)
                      .values(on_hand=sb.on_hand + qty, updated_at=now))
        elif qty < 0:
            take = -qty
            may_go_negative = actor.can(Permission.NEGATIVE_STOCK)
            values = {"on_hand": ps.on_hand - take, "updated_at": now}
            if kind in ("issue", "counter_sale"):
                values["last_issue_at"] = now
            stmt = update(PartStock).where(ps.part_id == part_id)
            bin_stmt = update(StockBalance).where(sb.part_id == part_id, sb.bin_id == bin_id)
            if not may_go_negative:
                stmt = stmt.where(ps.on_hand >= take)
                bin_stmt = bin_stmt.where(sb.on_hand >= take)
            if rowcount(s.execute(stmt.values(**values))) != 1 or \
                    rowcount(s.execute(bin_stmt.values(on_hand=sb.on_hand - take, updated_at=now))) != 1:
                self._refuse_short(s, part_id, bin_id, take)
            on_hand, bin_on_hand, avg, book = s.execute(
                select(ps.on_hand, sb.on_hand, ps.avg_cost, ps.value).select_from(PartStock.__table__.join(
                    StockBalance.__table__, sb.part_id == ps.part_id))
                .where(ps.part_id == part_id, sb.bin_id == bin_id)
            ).one()
            before = on_hand + take
            if unit_cost is None:
                unit_cost = avg
                # a share of the book value leaves (all of it with the last unit): what stays is the
                # value of what is left, so the stock's value and the ledger never drift apart by rounding
                if on_hand == 0:
                    move_value = -book
                elif on_hand > 0 and book > 0:
                    move_value = -round_cny(book * take / before)
                else:
                    move_value = -round_cny(take * avg)
                new_book = book + move_value
                if on_hand > 0 and new_book > 0:
                    new_avg = round_cny(new_book / on_hand)
                    if new_avg != avg:
                        s.execute(update(PartStock).where(ps.part_id == part_id).values(avg_cost=new_avg))
            else:
                move_value = -round_cny(take * unit_cost)
                new_book = book + move_value
                if on_hand > 0 and new_book > 0:
                    # leaving at its own cost (a receipt taken back, a return to the supplier): the average
                    # is that of what stays
                    s.execute(update(PartStock).where(ps.part_id == part_id)
                              .values(avg_cost=round_cny(new_book / on_hand)))
            s.execute(update(PartStock).where(ps.part_id == part_id).values(value=ps.value + move_value))
            if on_hand < 0 or bin_on_hand < 0:
                number = s.scalar(select(Part.number).where(Part.id == part_id))
                self.audit.record(s, actor, "stock.negative", "part", part_id,
                                  f"{number} {kind} {fmt_qty(take)}: on hand {fmt_qty(on_hand)}",
                                  details={"bin_id": bin_id, "bin_on_hand": str(bin_on_hand), "reference": reference,
                                           "job_ref": job_ref})
        cost = unit_cost if unit_cost is not None else s.scalar(select(ps.avg_cost).where(ps.part_id == part_id))
        if move_value is None:
            move_value = round_cny(qty * cost)
        result = s.execute(insert(StockMove).values(
            kind=kind, part_id=part_id, bin_id=bin_id, qty=qty, unit_cost=cost, value=move_value,
            price=price, channel=channel, reference=reference, job_ref=job_ref, line_ref=line_ref,
            user_id=actor.user_id, username=actor.username, scan_key=scan_key or None, reverses_id=reverses_id,
            note=note[:255], created_at=now, updated_at=now,
        ).returning(StockMove.id))
        return int(result.scalar_one())

    def _post_quarantine(self, s: Session, actor: Actor, *, part_id: int, bin_id: int, kind: str, qty: Decimal,
                         unit_cost: Decimal | None, reference: str | None, scan_key: str | None, note: str) -> int:
        """A move into or out of the quarantine bin: ``quarantined`` changes, on hand, the book value and
        the average do not (the quarantine's value is the sum of its bin's moves)."""
        now = self.clock.now()
        ps = PartStock.__table__.c
        sb = StockBalance.__table__.c
        cost = unit_cost if unit_cost is not None else s.scalar(select(ps.avg_cost).where(ps.part_id == part_id))
        stmt = update(PartStock).where(ps.part_id == part_id).values(quarantined=ps.quarantined + qty,
                                                                     updated_at=now)
        bin_stmt = update(StockBalance).where(sb.part_id == part_id, sb.bin_id == bin_id).values(
            on_hand=sb.on_hand + qty, updated_at=now)
        if qty < 0:  # never below zero, whoever asks
            stmt = stmt.where(ps.quarantined >= -qty)
            bin_stmt = bin_stmt.where(sb.on_hand >= -qty)
        if rowcount(s.execute(stmt)) != 1 or rowcount(s.execute(bin_stmt)) != 1:
            number = s.scalar(select(Part.number).where(Part.id == part_id))
            held = s.scalar(select(ps.quarantined).where(ps.part_id == part_id))
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only {held} of {number} are in quarantine: "
                                                                    "{qty} cannot leave it."),
                                  field="qty", held=fmt_qty(held), number=number, qty=fmt_qty(-qty))
        result = s.execute(insert(StockMove).values(
            kind=kind, part_id=part_id, bin_id=bin_id, qty=qty, unit_cost=cost, value=round_cny(qty * cost),
            reference=reference, user_id=actor.user_id, username=actor.username, scan_key=scan_key or None,
            note=note[:255], created_at=now, updated_at=now,
        ).returning(StockMove.id))
        return int(result.scalar_one())

    def revalue(self, s: Session, actor: Actor, *, part_id: int, bin_id: int, delta_value: Decimal,
                unit_cost: Decimal, reference: str | None, note: str = "") -> int | None:
        """Book a change of value without a change of quantity (an invoice price unlike the booked cost).

        The stock on hand takes the difference into its average cost; a zero-quantity move keeps the
        value in the ledger.
        """
        if delta_value == 0:
            return None
        self.ensure_rows(s, part_id, bin_id)
        ps = PartStock.__table__.c
        on_hand, book = s.execute(select(ps.on_hand, ps.value).where(ps.part_id == part_id)
                                  .with_for_update()).one()
        values: dict[str, Any] = {"value": ps.value + round_cny(delta_value)}
        if on_hand > 0:
            values["avg_cost"] = max(round_cny((book + round_cny(delta_value)) / on_hand), ZERO)
        s.execute(update(PartStock).where(ps.part_id == part_id).values(**values))
        now = self.clock.now()
        result = s.execute(insert(StockMove).values(
            kind="adjustment", part_id=part_id, bin_id=bin_id, qty=ZERO, unit_cost=unit_cost,
            value=round_cny(delta_value), reference=reference, user_id=actor.user_id, username=actor.username,
            note=note[:255], created_at=now, updated_at=now).returning(StockMove.id))
        return int(result.scalar_one())

    def _refuse_short(self, s: Session, part_id: int, bin_id: int, take: Decimal) -> None:
        number, unit, on_hand = s.execute(select(Part.number, Part.unit, PartStock.on_hand).join(
            PartStock, PartStock.part_id == Part.id).where(Part.id == part_id)).one()
        bin_code, bin_on_hand = s.execute(select(Bin.code, StockBalance.on_hand).join(
            StockBalance, StockBalance.bin_id == Bin.id).where(Bin.id == bin_id, StockBalance.part_id == part_id)).one()
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Not enough stock of {number}: {bin_qty} {unit} in bin {bin} "
                                              "({total} in all), {qty} wanted. Stock cannot go negative."),
            field="qty", number=number, bin_qty=fmt_qty(bin_on_hand), unit=unit, bin=bin_code,
            total=fmt_qty(on_hand), qty=fmt_qty(take))
