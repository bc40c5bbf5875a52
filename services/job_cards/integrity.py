"""``servicebay check`` for job cards: each card against its lines, its lines against the store's
reservations and issue moves, and the numbers without gaps.

Reported, each naming the card (and the line):
- an issue or return move not tied to a parts line of a job card (no card, no line, another part);
- a line whose issued quantity is not what the moves say, or more than it charges; a car ready or
  later whose charged parts are not all issued; parts issued to a line that is not charged;
- a charged parts line of a card in the workshop without its reservation (or reserving another
  part or quantity), an open reservation of a line that is gone, declined, marked or cancelled;
- a card whose total or payers are not its lines' sum;
- job card and estimate numbers of a period with a gap, against the period's sequence.

Reads columns, not entities: the decade data set (300k cards, 1.5M lines, 3M moves) is checked in
seconds.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.parts import Reservation, StockMove
from app.db.models.station import DocumentSequence
from services.job_cards.totals import MoneyLine
from services.job_cards.totals import totals as card_totals
from services.station.numbering import DEFAULT_RULES
from services.station.settings import PAYERS

ZERO = Decimal(0)
DONE = frozenset({"ready", "settled", "delivered"})  # past the checks: every charged part issued
NO_RESERVATIONS = frozenset({"estimate", "cancelled", "delivered"})


def qty_from_sum(v) -> Decimal:
    """A SQL sum of a Quantity column: integer thousandths on the wire, or already the Decimal."""
    if v is None:
        return ZERO
    if isinstance(v, Decimal) and v.as_tuple().exponent == -3:
        return v
    return (Decimal(int(v)) / 1000).quantize(Decimal("0.001"))


def _n(d: Decimal) -> str:
    return f"{d.normalize():f}"


def verify(db: Database) -> list[str]:
    problems: list[str] = []
    with db.read() as s:
        cards = {cid: (number, status, total, payers) for cid, number, status, total, payers in s.execute(
            select(JobCard.id, JobCard.number, JobCard.status, JobCard.total_amount, JobCard.payers))}
        by_number = {number: cid for cid, (number, *_rest) in cards.items()}
        lines: dict[int, list[tuple]] = defaultdict(list)
        for row in s.execute(select(JobLine.job_card_id, JobLine.line_ref, JobLine.kind, JobLine.payer, JobLine.qty,
                                    JobLine.price, JobLine.discount, JobLine.approval, JobLine.part_id,
                                    JobLine.issued_qty, JobLine.supply).order_by(JobLine.job_card_id, JobLine.id)):
            lines[row[0]].append(row[1:])
        moved = {(job, line, pid): qty_from_sum(q) for job, line, pid, q in s.execute(
            select(StockMove.job_ref, StockMove.line_ref, StockMove.part_id, func.sum(StockMove.qty))
            .where(StockMove.kind.in_(("issue", "return")))
            .group_by(StockMove.job_ref, StockMove.line_ref, StockMove.part_id))}
        reservations = {(job, line): (pid, q, req, issued, status) for job, line, pid, q, req, issued, status in
                        s.execute(select(Reservation.job_ref, Reservation.line_ref, Reservation.part_id,
                                         Reservation.qty, Reservation.requested_qty, Reservation.issued_qty,
                                         Reservation.status))}
        sequences = s.execute(select(DocumentSequence.kind, DocumentSequence.period, DocumentSequence.prefix,
                                     DocumentSequence.next_value)
                              .where(DocumentSequence.kind.in_(("job_card", "estimate")))).all()
        estimate_numbers = [n for n in s.scalars(select(JobCard.estimate_number)
                                                 .where(JobCard.estimate_number.is_not(None)))]

    # issue and return moves: each tied to a parts line of a job card, for that part
    part_lines = {(cards[cid][0], ln[0]): ln for cid, rows in lines.items() for ln in rows if ln[1] == "part"}
    for (job, line_ref, pid), qty in sorted(moved.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        if qty == 0 and (job, line_ref) in part_lines:
            continue
        ln = part_lines.get((job, line_ref))
        if job not in by_number:
            problems.append(f"job cards: {_n(-qty)} issued to {job or '(no job card)'} line {line_ref or '?'}: "
                            f"no such job card")
        elif ln is None:
            problems.append(f"job cards: {job}: {_n(-qty)} issued to line {line_ref or '?'}, which is not a "
                            f"parts line of the card")
        elif ln[7] != pid:
            problems.append(f"job cards: {job} line {line_ref}: part #{pid} issued to a line for part #{ln[7]}")

    for cid, (number, status, total, payers) in sorted(cards.items(), key=lambda kv: kv[1][0]):
        rows = lines.get(cid, [])
        # totals against lines
        if status != "estimate" or rows:
            t = card_totals((MoneyLine(kind, payer, qty, price, discount,
                                       approval in (None, "approved") and (supply or "stock") == "stock",
                                       approval == "pending")
                             for _ref, kind, payer, qty, price, discount, approval, _pid, _iss, supply in rows),
                            ZERO, PAYERS)
            if t.amount != total:
                problems.append(f"job cards: {number} total {total}, its lines add up to {t.amount}")
            want = sorted({r[2] for r in rows}, key=lambda p: PAYERS.index(p) if p in PAYERS else 99)
            if (payers or "") != ("," + ",".join(want) + "," if want else ""):
                problems.append(f"job cards: {number} payers {payers!r}, its lines have {','.join(want)!r}")
        for ref, kind, _payer, qty, _price, _disc, approval, pid, issued, supply in rows:
            if kind != "part":
                continue
            charged = approval in (None, "approved") and (supply or "stock") == "stock"
            drawn = -moved.get((number, ref, pid), ZERO)
            if drawn != issued:
                problems.append(f"job cards: {number} line {ref}: {_n(issued)} issued on the card, the store's "
                                f"moves say {_n(drawn)}")
            if issued > qty:
                problems.append(f"job cards: {number} line {ref}: {_n(issued)} issued, {_n(qty)} charged")
            elif not charged and issued > 0:
                problems.append(f"job cards: {number} line {ref}: {_n(issued)} issued to a line that is not "
                                f"charged")
            elif charged and status in DONE and issued != qty:
                problems.append(f"job cards: {number} line {ref}: {_n(qty)} charged, {_n(issued)} issued, and the "
                                f"card is {status}")
            res = reservations.get((number, ref))
            if res is not None and res[3] != issued and status != "estimate":
                problems.append(f"job cards: {number} line {ref}: {_n(issued)} issued, its reservation says "
                                f"{_n(res[3])}")
            if status in NO_RESERVATIONS or pid is None:
                continue
            if charged and approval != "declined":
                if res is None:
                    problems.append(f"job cards: {number} line {ref}: no stock reservation for {_n(qty)}")
                elif res[0] != pid or res[2] != qty or (res[4] == "open" and res[1] != max(qty - issued, ZERO)) \
                        or res[4] == "released":
                    problems.append(f"job cards: {number} line {ref}: {_n(qty)} asked, the reservation holds "
                                    f"{_n(res[1])} of {_n(res[2])} ({res[4]})")
            elif res is not None and res[4] == "open" and res[1] > 0:
                problems.append(f"job cards: {number} line {ref}: the line is not charged but {_n(res[1])} stays "
                                f"reserved")

    # open reservations whose line is gone, or whose card is cancelled or delivered
    for (job, ref), (_pid, qty, _req, _iss, status) in sorted(reservations.items()):
        if status != "open" or qty <= 0:
            continue
        cid = by_number.get(job)
        if cid is None or (job, ref) not in part_lines:
            problems.append(f"job cards: {_n(qty)} reserved for {job} line {ref}, which is no parts line of a "
                            f"job card")
        elif cards[cid][1] in ("cancelled", "delivered"):
            problems.append(f"job cards: {job} is {cards[cid][1]} but line {ref} still reserves {_n(qty)}")

    # numbers without gaps, period by period, against the sequences that handed them out
    numbers = {"job_card": [c[0] for c in cards.values() if c[1] != "estimate"], "estimate": estimate_numbers}
    for kind, period, prefix, next_value in sequences:
        head = f"{prefix or DEFAULT_RULES[kind][0]}{period}"
        serials = sorted(int(n[len(head):]) for n in numbers[kind] if n.startswith(head) and n[len(head):].isdigit())
        missing = sorted(set(range(1, next_value)) - set(serials))
        if missing:
            shown = ", ".join(str(m) for m in missing[:10]) + (" …" if len(missing) > 10 else "")
            problems.append(f"job cards: {head} numbers missing: {shown} (of 1–{next_value - 1})")
        beyond = [n for n in serials if n >= next_value]
        if beyond:
            problems.append(f"job cards: {head}{beyond[0]} is beyond the numbering ({next_value - 1} handed out)")
    return problems
