"""The demo agrees with itself (issue 11, demo data): nothing happens after the demo's "now", each car's
odometer only goes up, part lines name real parts with bins and closed cards had their parts issued,
tool loans name cards that exist, reworks point at the card they rework. Each rule is a query over the
small demo, on SQLite and PostgreSQL; the test lists every rule broken, with a few of the rows breaking it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from app.checks import run_checks
from app.db.base import Base
from app.db.models.customers import OdometerReading, Vehicle
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.parts import Part, StockMove
from app.db.models.tools import ToolLoan

# columns that say when something happened (not when it is due or planned)
HAPPENED = ("created_at", "updated_at", "opened_at", "completed_at", "lent_at", "closed_at", "returned_at",
            "read_at", "started_at", "ended_at", "issued_at", "paid_at", "delivered_at", "at", "reported_at",
            "settled_at", "voided_at", "finished_at")
CLOSED = ("quality_check", "ready", "settled", "delivered")


def future_times(s, now) -> list[str]:
    """Rule 1: no row of any table was created, opened, finished or read after the demo's "now"."""
    late = []
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if col.name in HAPPENED:
                top = s.scalar(select(func.max(col)))
                if getattr(top, "tzinfo", None) is not None and top > now:
                    count = s.scalar(select(func.count()).select_from(table).where(col > now))
                    late.append(f"{table.name}.{col.name}: {count} after now, the last {top:%Y-%m-%d %H:%M}")
    return late


def cars_not_known_yet(s) -> list[tuple]:
    """Rule 1b: a card is for a car the station knew when it came in: its file made, delivered to its owner."""
    return list(s.execute(select(JobCard.number, JobCard.opened_at, Vehicle.created_at, Vehicle.delivery_date)
                          .join(Vehicle, Vehicle.id == JobCard.vehicle_id)
                          .where(JobCard.opened_at < Vehicle.created_at).limit(5))) + [
        row for row in s.execute(select(JobCard.number, JobCard.opened_at, Vehicle.delivery_date)
                                 .join(Vehicle, Vehicle.id == JobCard.vehicle_id)
                                 .where(Vehicle.delivery_date.is_not(None)))
        if row[1].date() < row[2]][:5]


def odometer_going_back(s) -> list[tuple]:
    """Rule 2: each car's cards, in time order, never go back on the odometer; nor does its odometer
    history; every card's mileage in is in that history, and the car shows its latest reading."""
    bad = []
    last: dict[int, int] = {}
    for vid, cid, km_in, km_out in s.execute(select(JobCard.vehicle_id, JobCard.id, JobCard.mileage_in,
                                                    JobCard.mileage_out)
                                             .order_by(JobCard.vehicle_id, JobCard.opened_at, JobCard.id)):
        if km_in < last.get(vid, 0):
            bad.append(("card below an earlier card", vid, cid, last[vid], km_in))
        last[vid] = max(km_in, km_out or 0, last.get(vid, 0))
    seen: dict[int, int] = {}
    for vid, at, km in s.execute(select(OdometerReading.vehicle_id, OdometerReading.read_at, OdometerReading.km)
                                 .where(OdometerReading.lower_than_previous.is_(False))
                                 .order_by(OdometerReading.vehicle_id, OdometerReading.read_at)):
        if km < seen.get(vid, 0):
            bad.append(("reading below an earlier reading", vid, f"{at:%Y-%m-%d}", seen[vid], km))
        seen[vid] = max(km, seen.get(vid, 0))
    r = aliased(OdometerReading)
    bad += [("card not in the odometer history", *row) for row in s.execute(
        select(JobCard.number, JobCard.mileage_in).where(~select(r.id).where(
            r.vehicle_id == JobCard.vehicle_id, r.km == JobCard.mileage_in, r.read_at == JobCard.opened_at).exists()))]
    latest = select(func.max(OdometerReading.km)).where(OdometerReading.vehicle_id == Vehicle.id).scalar_subquery()
    bad += [("vehicle's last odometer is not its latest reading", *row) for row in s.execute(
        select(Vehicle.id, Vehicle.last_odometer, latest).where(Vehicle.last_odometer != latest))]
    return bad[:10]


def parts_not_linked(s) -> list[tuple]:
    """Rule 3: part lines name a part of the store by its number, the part has a bin; lines of closed
    cards went out of the store (issue moves naming the card and the line, the line's quantity), and no
    issue is earlier than its card."""
    bad = [("unlinked part line", *row) for row in s.execute(
        select(JobLine.job_card_id, JobLine.line_ref, JobLine.code).outerjoin(Part, Part.id == JobLine.part_id)
        .where(JobLine.kind == "part", Part.id.is_(None) | (Part.number != JobLine.code)
               | Part.default_bin_id.is_(None)).limit(5))]
    issued = (select(func.coalesce(-func.sum(StockMove.qty), 0))
              .where(StockMove.kind == "issue", StockMove.job_ref == JobCard.number,
                     StockMove.line_ref == JobLine.line_ref, StockMove.part_id == JobLine.part_id)
              .scalar_subquery())
    bad += [("closed card's part not issued", *row) for row in s.execute(
        select(JobCard.number, JobLine.line_ref, JobLine.qty, JobLine.issued_qty, issued)
        .join(JobLine, JobLine.job_card_id == JobCard.id)
        .where(JobCard.status.in_(CLOSED), JobLine.kind == "part",
               (issued != JobLine.qty) | (JobLine.issued_qty != JobLine.qty)).limit(5))]
    bad += [("issued before its card was opened", *row) for row in s.execute(
        select(StockMove.job_ref, StockMove.line_ref).join(JobCard, JobCard.number == StockMove.job_ref)
        .where(StockMove.kind == "issue", StockMove.created_at < JobCard.opened_at).limit(5))]
    return bad


def loans_to_no_card(s) -> list[tuple]:
    """Rule 4a: a tool loan for a card names a card that exists and was in the workshop at the time."""
    bad = [("no such card", *row) for row in s.execute(
        select(ToolLoan.number, ToolLoan.job_card_number).outerjoin(JobCard, JobCard.number == ToolLoan.job_card_number)
        .where(ToolLoan.job_card_number.is_not(None), JobCard.id.is_(None)).limit(5))]
    bad += [("card not in the workshop then", *row) for row in s.execute(
        select(ToolLoan.number, ToolLoan.job_card_number).join(JobCard, JobCard.number == ToolLoan.job_card_number)
        .where((JobCard.opened_at > ToolLoan.lent_at)
               | and_(JobCard.completed_at.is_not(None), JobCard.completed_at < ToolLoan.lent_at)).limit(5))]
    return bad


def reworks_not_linked(s) -> list[str]:
    """Rule 4b: a rework card points at an earlier, finished card of the same car (``rework_of_id``, as
    the app records a rework)."""
    original = aliased(JobCard)
    return list(s.scalars(select(JobCard.number).outerjoin(original, original.id == JobCard.rework_of_id).where(
        JobCard.job_type == "rework", original.id.is_(None) | (original.vehicle_id != JobCard.vehicle_id)
        | (original.opened_at >= JobCard.opened_at) | original.completed_at.is_(None)
        | (original.completed_at > JobCard.opened_at)).limit(5)))


def test_the_small_demo_agrees_with_itself(small_demo):
    ctx, summary = small_demo
    with ctx.db.read() as s:
        broken = {
            "future times": future_times(s, ctx.clock.now()),
            "cards for cars not known yet": cars_not_known_yet(s),
            "odometer going back": odometer_going_back(s),
            "part lines not linked or not issued": parts_not_linked(s),
            "tool loans to no card": loans_to_no_card(s),
            "reworks not linked": reworks_not_linked(s),
        }
        # enough of each for the rules to mean something
        counts = {
            "part lines": s.scalar(select(func.count()).where(JobLine.kind == "part")),
            "issues to cards": s.scalar(select(func.count()).where(StockMove.kind == "issue",
                                                                   StockMove.job_ref.is_not(None))),
            "loans for a card": s.scalar(select(func.count()).where(ToolLoan.job_card_number.is_not(None))),
            "reworks": s.scalar(select(func.count()).where(JobCard.job_type == "rework")),
            "cars with two cards": s.scalar(select(func.count()).select_from(
                select(JobCard.vehicle_id).group_by(JobCard.vehicle_id).having(func.count() > 1).subquery())),
        }
    assert {rule: rows for rule, rows in broken.items() if rows} == {}
    assert all(n >= 3 for n in counts.values()), counts
    assert counts["part lines"] >= 300 and counts["issues to cards"] >= 200, counts
    assert not any(" 0 parts issued" in line for line in summary.lines)
    assert run_checks(ctx) == []

    # as the user sees it: the picking copy of a card in the workshop has a bin on every part line, and a
    # rework card prints the card it reworks
    from services.job_cards.printing import build_document
    from services.users.permissions import Actor

    actor = Actor.system()
    with ctx.db.read() as s:
        waiting = s.scalar(select(JobCard.number).join(JobLine, JobLine.job_card_id == JobCard.id)
                           .where(JobCard.status.in_(("dispatched", "in_progress", "waiting_parts")),
                                  JobLine.kind == "part").order_by(JobCard.id).limit(1))
        orig = aliased(JobCard)
        rework, original = s.execute(select(JobCard.number, orig.number).join(orig, orig.id == JobCard.rework_of_id)
                                     .order_by(JobCard.id).limit(1)).one()
    doc = build_document(ctx.job_cards, actor, waiting)
    parts = [ln for ln in doc.lines if ln.kind == "part"]
    assert parts and all(ln.bin for ln in parts), [(ln.code, ln.bin) for ln in parts]
    assert build_document(ctx.job_cards, actor, rework).rework_of == original

    # a finished card of a class that needs one has its completion certificate (竣工出厂合格证), each number
    # once, and the next certificate the station gives follows the demo's
    from services.job_cards.codes import CERTIFICATE_CLASSES
    from services.station.numbering import next_number

    with ctx.db.read() as s:
        finished = s.execute(select(JobCard.number, JobCard.certificate_number).where(
            JobCard.repair_class.in_(CERTIFICATE_CLASSES), JobCard.completed_at.is_not(None))).all()
    numbers = [c for _n, c in finished]
    assert finished and all(numbers), [n for n, c in finished if not c][:5]
    assert len(set(numbers)) == len(numbers)
    with ctx.db.write() as s:
        following = next_number(s, "certificate", ctx.clock.today())
    assert following not in numbers and following > max(c for c in numbers if c[2:6] == following[2:6])


# ---- the parts office's month: stocktakes, supplier returns and claims (issue 21) -----------------------------
def month_end_counts(s, ctx) -> tuple[list[tuple], dict]:
    """Rule 5: every month of the demo's past ends with a posted count of a rack, counted by storekeepers and
    approved and posted by someone else; each line's variance is its (re)count less the book, and the count's
    stocktake moves are exactly those variances, at the values on the lines; the approval and the posting are
    in the audit log. This month has one count in progress, with lines counted and lines still to count."""
    from app.db.models.parts import Stocktake, StocktakeCount, StocktakeLine
    from app.db.models.users import AuditEntry, User, UserRole
    from app.demo.parts_month import month_ends

    bad: list[tuple] = []
    roles = {}
    for username, role in s.execute(select(User.username, UserRole.role).join(UserRole, UserRole.user_id == User.id)):
        roles.setdefault(username, set()).add(role)
    first = s.scalar(select(func.min(StockMove.created_at)))
    now = ctx.clock.now()
    posted = s.execute(select(Stocktake).where(Stocktake.status == "posted").order_by(Stocktake.created_at)).scalars().all()
    months = {f"{ctx.clock.local(e):%Y-%m}" for e in month_ends(first, now, ctx.clock.zone)}
    counted_months = {f"{ctx.clock.local(st.created_at):%Y-%m}" for st in posted}
    if months - counted_months:
        bad.append(("months with no posted count", sorted(months - counted_months)))
    for st in posted:
        if "storekeeper" not in roles.get(st.created_by, ()) or "parts_supervisor" not in roles.get(st.approved_by, ()):
            bad.append(("counted or approved by the wrong role", st.number, st.created_by, st.approved_by))
        if not (st.created_at < st.approved_at <= st.posted_at <= now):
            bad.append(("out of order", st.number, st.created_at, st.approved_at, st.posted_at))
        lines = s.scalars(select(StocktakeLine).where(StocktakeLine.stocktake_id == st.id)).all()
        for ln in lines:
            final = ln.recount_qty if ln.recount_qty is not None else ln.counted_qty
            if ln.variance_qty != final - ln.snapshot_qty or (ln.recount_qty is not None) != ln.needs_recount:
                bad.append(("line variance", st.number, ln.id, ln.snapshot_qty, ln.counted_qty, ln.recount_qty))
            counts = s.scalar(select(func.coalesce(func.sum(StocktakeCount.qty), 0)).where(
                StocktakeCount.line_id == ln.id, StocktakeCount.recount.is_(False)))
            if counts != ln.counted_qty:
                bad.append(("counts do not add up to the line", st.number, ln.id, counts, ln.counted_qty))
        booked = {(p, b): (q, v) for p, b, q, v in s.execute(
            select(StockMove.part_id, StockMove.bin_id, StockMove.qty, StockMove.value)
            .where(StockMove.kind == "stocktake", StockMove.reference == st.number))}
        wanted = {(ln.part_id, ln.bin_id): (ln.variance_qty, ln.variance_value) for ln in lines if ln.variance_qty}
        if booked != wanted:
            bad.append(("moves are not the variances", st.number, booked, wanted))
        actions = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "stocktake",
                                                                AuditEntry.entity_id == str(st.id))))
        if not {"stocktake.approve", "stocktake.post"} <= actions:
            bad.append(("not audited", st.number, actions))
    live = s.execute(select(Stocktake.number, Stocktake.created_at, Stocktake.id)
                     .where(Stocktake.status.in_(("open", "counting", "review", "recount")))).all()
    this_month = [r for r in live if f"{ctx.clock.local(r[1]):%Y-%m}" == f"{ctx.clock.local(now):%Y-%m}"]
    figures = {"posted counts": len(posted), "open counts this month": len(this_month),
               "variances booked": s.scalar(select(func.count()).where(StockMove.kind == "stocktake")),
               "recounted lines": s.scalar(select(func.count()).where(StocktakeLine.needs_recount.is_(True)))}
    if len(this_month) != 1:
        bad.append(("open counts this month", this_month))
    else:
        n, counted = s.execute(select(func.count(), func.count(StocktakeLine.counted_at_move_id))
                               .where(StocktakeLine.stocktake_id == this_month[0][2])).one()
        figures["this month's lines counted"] = (counted, n)
        if not 0 < counted < n:
            bad.append(("this month's count is not in progress", counted, n))
    return bad[:10], figures


def supplier_returns_agree(s, ctx) -> tuple[list[tuple], dict]:
    """Rule 6: returns and claims to suppliers in every status, each sent after the delivery it names, its value
    its lines at their price, its lines out of the store by supplier_return moves of the same quantities; a
    credited one has its credit note and amount (one credited short), a rejected one none."""
    from app.db.models.parts import GoodsReceipt, SupplierReturn, SupplierReturnLine
    from services.common.money import round_cny

    bad: list[tuple] = []
    rets = s.scalars(select(SupplierReturn)).all()
    kinds = {(r.kind, r.status) for r in rets}
    for kind in ("return", "claim"):
        for status in ("sent", "credited", "rejected"):
            if (kind, status) not in kinds:
                bad.append(("no such return in the demo", kind, status))
    short = 0
    for r in rets:
        lines = s.scalars(select(SupplierReturnLine).where(SupplierReturnLine.return_id == r.id)).all()
        if r.value != sum((round_cny(ln.qty * ln.price) for ln in lines), Decimal(0)):
            bad.append(("value is not its lines", r.number, r.value))
        out = dict(s.execute(select(StockMove.part_id, -func.sum(StockMove.qty)).where(
            StockMove.kind == "supplier_return", StockMove.reference == r.number).group_by(StockMove.part_id)).all())
        if out != {ln.part_id: ln.qty for ln in lines}:
            bad.append(("moves are not the lines", r.number, out))
        received = s.scalar(select(GoodsReceipt.created_at).where(GoodsReceipt.number == r.receipt_number))
        if received is None or received > r.created_at:
            bad.append(("not after its delivery", r.number, r.receipt_number))
        if r.status == "credited":
            if not r.credit_note or r.credit_amount is None or not (r.created_at < r.credited_at <= ctx.clock.now()):
                bad.append(("credit without its note", r.number))
            short += r.credit_amount is not None and r.credit_amount < r.value
        elif r.status == "rejected" and (r.credit_amount is not None or r.credited_by is None):
            bad.append(("rejection with a credit", r.number))
    if not short:
        bad.append(("no claim credited short",))
    return bad[:10], {"returns and claims": len(rets), "credited short": short}


def bins_never_below_zero(s) -> list[tuple]:
    """Rule 7: a count's loss or a return takes only what the bin held at that moment (the shelf held it)."""
    from app.db.models.parts import Bin

    touched = select(StockMove.part_id).where(StockMove.kind.in_(("stocktake", "supplier_return"))).distinct()
    running: dict[tuple[int, int], Decimal] = {}
    bad = []
    quarantine = set(s.scalars(select(Bin.id).where(Bin.quarantine.is_(True))))
    for pid, bid, at, qty, kind in s.execute(select(StockMove.part_id, StockMove.bin_id, StockMove.created_at,
                                                    StockMove.qty, StockMove.kind).where(StockMove.part_id.in_(touched))
                                             .order_by(StockMove.created_at, StockMove.id)):
        key = (pid, bid)
        running[key] = running.get(key, Decimal(0)) + qty
        if kind in ("stocktake", "supplier_return") and running[key] < 0 and bid not in quarantine:
            bad.append((pid, bid, f"{at:%Y-%m-%d %H:%M}", running[key]))
    return bad[:5]


def test_the_small_demo_counts_every_month_and_sends_parts_back_consistently_with_the_ledger(small_demo):
    ctx, _summary = small_demo
    with ctx.db.read() as s:
        counts_bad, counts = month_end_counts(s, ctx)
        returns_bad, returns = supplier_returns_agree(s, ctx)
        broken = {"month-end counts": counts_bad, "supplier returns": returns_bad,
                  "bins below zero": bins_never_below_zero(s), "future times": future_times(s, ctx.clock.now())}
    assert {rule: rows for rule, rows in broken.items() if rows} == {}
    assert counts["posted counts"] >= 3 and counts["variances booked"] >= 3 and counts["recounted lines"] >= 3, counts
    assert returns["returns and claims"] >= 10, returns
    # the ledger's on hand and value are still the sums of the moves, per part and per bin
    assert run_checks(ctx) == []
