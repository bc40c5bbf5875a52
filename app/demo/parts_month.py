"""Demo parts month-ends: a posted stocktake at the end of every past month of the demo, and this month's count
still in progress (the supplier returns and claims are the next step, ``app.demo.parts_returns``).

Each month-end counts one rack (A-01, A-02, … in turn), as a station's cycle count does: two storekeepers
count its bins blind, a line that differs is counted again, the parts supervisor approves and posts. The book
quantities are the ledger's at the moment of the count (the moves before it, in time order), and a variance
is posted through the ledger itself, dated at the posting, so on hand, the stock's value and the average stay
the sums of the moves. A loss is only taken where the shelf held it then and every day since, so no bin's
history goes below zero.

This month's count (of the next rack) is started and partly counted through the stocktake service at the
demo's now: a supervisor opening it sees lines counted, lines still to count, and two differences.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update

from app.db.models.parts import Bin, Part, StockBalance, StockMove, Stocktake, StocktakeCount, StocktakeLine
from app.db.models.users import AuditEntry, User, UserRole
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission, Role

ZERO = Decimal(0)
ONE = Decimal(1)
APPROVAL_NOTES = ("差异已复盘确认", "盘亏件已查明为领用未登记，照盘点结果入账", "复盘后差异属实，同意过账",
                  "盘盈件为上月错放货位，已归位", "")


def people(s, role: Role) -> list[tuple[int, str, str]]:
    """The accounts of a role: (id, username, display name), in the order they were made."""
    return list(s.execute(select(User.id, User.username, User.display_name)
                          .join(UserRole, UserRole.user_id == User.id).where(UserRole.role == role.value)
                          .order_by(User.id)))


def actor_of(person: tuple[int, str, str] | None, role: Role) -> Actor:
    if person is None:
        return replace(Actor.system(), username="demo")
    return Actor.for_roles(person[0], person[1], person[2], [role])


def history(s, part_ids: list[int], bin_ids: list[int]) -> dict[tuple[int, int], list[tuple[datetime, Decimal]]]:
    """The moves of these parts in these bins, per (part, bin), in time order: (when, qty)."""
    out: dict[tuple[int, int], list[tuple[datetime, Decimal]]] = defaultdict(list)
    if not part_ids:
        return out
    for pid, bid, at, qty in s.execute(select(StockMove.part_id, StockMove.bin_id, StockMove.created_at, StockMove.qty)
                                       .where(StockMove.part_id.in_(part_ids), StockMove.bin_id.in_(bin_ids))
                                       .order_by(StockMove.created_at, StockMove.id)):
        out[(pid, bid)].append((at, qty))
    return out


def book_and_floor(moves: list[tuple[datetime, Decimal]], at: datetime) -> tuple[Decimal, Decimal]:
    """On hand at ``at`` by the moves before it, and the lowest it stands at any moment from then on."""
    book = sum((q for t, q in moves if t <= at), ZERO)
    floor = running = book
    for t, q in moves:
        if t > at:
            running += q
            floor = min(floor, running)
    return book, floor


def month_ends(start: datetime, now: datetime, zone) -> list[datetime]:
    """The last day of every month between start and now, at 16:00 station time (in UTC), with a day to post."""
    out = []
    local = start.astimezone(zone)
    y, m = local.year, local.month
    while True:
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        first_next = datetime(ny, nm, 1, tzinfo=zone)
        end = (first_next - timedelta(days=1)).replace(hour=16).astimezone(UTC)
        if end + timedelta(days=1) > now:
            return out
        if end - start > timedelta(days=20):  # a month the demo's history mostly covers
            out.append(end)
        y, m = ny, nm


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db, zone = ctx.db, ctx.clock.zone
    now = ctx.clock.now()
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Stocktake)):
            return ["parts month-ends: kept the existing stocktakes"]
        first = s.scalar(select(func.min(StockMove.created_at)))
        if first is None:
            return []
        keepers = people(s, Role.STOREKEEPER)
        chiefs = people(s, Role.PARTS_SUPERVISOR) or people(s, Role.STATION_MANAGER)
        racks = sorted({code[:4] for code, in s.execute(select(Bin.code).where(Bin.quarantine.is_(False)))})
    keepers = keepers or [None]
    chief = actor_of(chiefs[0] if chiefs else None, Role.PARTS_SUPERVISOR)
    ends = month_ends(first, now, zone)
    lines = moves = 0
    for index, end in enumerate(ends):
        n_lines, n_moves = _month_end(ctx, rng, racks[index % len(racks)], end, keepers, chief)
        lines += n_lines
        moves += n_moves
        progress("parts: month-end counts", index + 1, len(ends) + 1)
    open_count = _this_month(ctx, rng, racks[len(ends) % len(racks)], keepers)
    progress("parts: month-end counts", len(ends) + 1, len(ends) + 1)
    return [f"parts: {len(ends)} month-end stocktakes posted ({lines} lines, {moves} variances booked), "
            f"{open_count} counting this month"]


def _month_end(ctx, rng, rack: str, end: datetime, keepers: list, chief: Actor) -> tuple[int, int]:
    """One month-end count of ``rack``, counted, recounted, approved and posted."""
    db = ctx.db
    with db.write() as s:
        bins = dict(s.execute(select(Bin.id, Bin.code).where(Bin.code.startswith(rack), Bin.quarantine.is_(False))).all())
        units = dict(s.execute(select(Part.id, Part.unit).join(StockBalance, StockBalance.part_id == Part.id)
                               .where(StockBalance.bin_id.in_(list(bins)))).all())
        past = history(s, list(units), list(bins))
        sheet = []
        for (pid, bid), moves in sorted(past.items(), key=lambda kv: (bins[kv[0][1]], kv[0][0])):
            book, floor = book_and_floor(moves, end)
            if book > 0:
                sheet.append((pid, bid, book, floor))
        if not sheet:
            return 0, 0
        start = end - timedelta(hours=2)
        counted_at = end - timedelta(minutes=20)
        approved_at = end + timedelta(hours=18)  # the next morning, 10:00
        posted_at = approved_at + timedelta(minutes=25)
        number = next_number(s, "stocktake", start.astimezone(ctx.clock.zone).date())
        last = s.scalar(select(func.coalesce(func.max(StockMove.id), 0)))
        counter = keepers[0][1] if keepers[0] else "demo"
        st = Stocktake(number=number, scope_bin=rack, scope_category="", status="posted", snapshot_move_id=last,
                       created_by=counter, handed_over_by=counter, approved_by=chief.username, approved_at=approved_at,
                       approval_note=rng.choice(APPROVAL_NOTES), posted_by=chief.username, posted_at=posted_at,
                       post_note="", created_at=start, updated_at=posted_at)
        s.add(st)
        s.flush()
        plan = []
        for pid, bid, book, floor in sheet:
            first, final = _counted(rng, units[pid], book, floor)
            keeper = keepers[list(bins).index(bid) % len(keepers)]
            line = StocktakeLine(stocktake_id=st.id, part_id=pid, bin_id=bid, snapshot_qty=book, counted_qty=first,
                                 recount_qty=final if first != book else None, counted_at_move_id=last,
                                 needs_recount=first != book, variance_qty=final - book, variance_value=ZERO,
                                 created_at=start, updated_at=posted_at)
            s.add(line)
            plan.append((line, keeper, first, final, book))
        s.flush()
        posted = 0
        total = ZERO
        for line, keeper, first, final, book in plan:
            who = keeper[1] if keeper else "demo"
            s.add(StocktakeCount(line_id=line.id, qty=first, recount=False, username=who, note="",
                                 created_at=counted_at, updated_at=counted_at))
            if line.needs_recount:
                at = approved_at - timedelta(minutes=40)
                s.add(StocktakeCount(line_id=line.id, qty=final, recount=True, username=who, note="",
                                     created_at=at, updated_at=at))
            if final != book:
                move_id = ctx.parts.ledger.post(s, _may_match_shelf(chief), part_id=line.part_id, bin_id=line.bin_id,
                                                kind="stocktake", qty=final - book, reference=number)
                s.execute(update(StockMove).where(StockMove.id == move_id)
                          .values(created_at=posted_at, updated_at=posted_at))
                line.variance_value = s.scalar(select(StockMove.value).where(StockMove.id == move_id))
                total += line.variance_value
                posted += 1
        recounted = sum(1 for p in plan if p[0].needs_recount)
        _audit(s, counter, "stocktake.start", st, f"{number} {rack} ({len(plan)} lines)", start)
        _audit(s, counter, "stocktake.hand_over", st, number, counted_at)
        _audit(s, chief.username, "stocktake.recount", st, f"{number}: {recounted} lines", counted_at
               + timedelta(minutes=10))
        _audit(s, chief.username, "stocktake.approve", st, f"{number}: {st.approval_note}".rstrip(": "), approved_at,
               details={"note": st.approval_note})
        _audit(s, chief.username, "stocktake.post", st, f"{number}: {posted} moves, 0 uncounted written off, 0 left "
                                                        "unchanged", posted_at, amount=total,
               details={"written_off": 0, "left_unchanged": 0, "reason": "", "approved_by": chief.username})
        return len(plan), posted


def _counted(rng, unit: str, book: Decimal, floor: Decimal) -> tuple[Decimal, Decimal]:
    """The first count and the recount of a line: most match the books; a difference is counted again, and four
    in ten of those were a miscount (the recount finds the book quantity). A loss only where the shelf held it
    since."""
    if rng.random() > 0.15:
        return book, book
    step = Decimal("0.5") if unit == "升" else ONE
    diff = rng.choice((-step, -step, -step, step, -2 * step))
    if diff < 0 and floor + diff < 0:
        diff = step
    first = book + diff
    final = book if rng.random() < 0.4 else first
    return first, final


def _may_match_shelf(actor: Actor) -> Actor:
    """Posting a count makes the books match the shelf (as ``StocktakeReview.post`` does)."""
    return replace(actor, permissions=actor.permissions | {Permission.NEGATIVE_STOCK})


def _audit(s, username: str, action: str, st: Stocktake, summary: str, at: datetime, *, amount=None,
           details: dict | None = None) -> None:
    s.add(AuditEntry(user_id=s.scalar(select(User.id).where(User.username == username)), username=username,
                     action=action, entity="stocktake", entity_id=str(st.id), summary=summary, details=details,
                     amount=amount, created_at=at, updated_at=at))


def _this_month(ctx, rng, rack: str, keepers: list) -> int:
    """This month's count of ``rack``, started and partly counted by the storekeepers at the demo's now."""
    first = actor_of(keepers[0], Role.STOREKEEPER)
    try:
        info = ctx.parts_stocktake.start(first, bin_prefix=rack)
    except Exception:  # noqa: BLE001 - a rack with no stock in a tiny demo: no count in progress
        return 0
    sheet = ctx.parts_stocktake.sheet(first, info.id)
    with ctx.db.read() as s:
        book = {(p, b): q for p, b, q in s.execute(select(StocktakeLine.part_id, StocktakeLine.bin_id,
                                                          StocktakeLine.snapshot_qty)
                                                   .where(StocktakeLine.stocktake_id == info.id))}
        bins = dict(s.execute(select(Bin.code, Bin.id)).all())
    differences = 0
    for i, line in enumerate(sheet):
        if i >= len(sheet) * 0.6:  # the rest of the rack is still to count
            break
        who = actor_of(keepers[(i // 8) % len(keepers)], Role.STOREKEEPER)
        qty = book[(line.part_id, bins[line.bin_code])]
        if differences < 2 and i % 7 == 3 and qty >= 2:
            qty -= 1
            differences += 1
        ctx.parts_stocktake.count(who, info.id, line.number, bin_code=line.bin_code, qty=qty,
                            scan_key=f"demo-{info.number}-{line.id}")
    return 1
