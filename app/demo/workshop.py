"""Demo workshop: teams, bays, and the time clock behind the demo's job cards.

Each labour line of a card sent to the workshop is assigned to the technicians its card names;
their work is clocked one job after another in the working hours (08:30–12:00, 13:00–17:30: a job
longer than what is left of them is paused for lunch or the evening and goes on after), at 70–130%
of the sold hours, sometimes paused for parts. A technician's clock records never overlap and lie
inside that day's attendance (in before 08:30, out after 17:30, lunch as a break), so clocked hours
never exceed attendance (utilisation at most 100%).
Cards of the last days are part way: some waiting in the queue, some in work (one running job
per technician), some paused for parts; one technician forgot to clock out yesterday. Rows go in
with Core bulk inserts in batches, streamed over the cards, so the decade set takes minutes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from app.db.models.job_cards import JobCard, JobLine
from app.db.models.users import User, UserRole
from app.db.models.workshop import (
    Assignment,
    Attendance,
    Bay,
    ChangeCounter,
    Team,
    TechnicianProfile,
    WorkSpan,
)

TEAMS = [("机电一组", "mechanical"), ("机电二组", "mechanical"), ("钣金组", "body"), ("喷漆组", "paint")]
BAYS = [("L01", "1号举升机", "lift"), ("L02", "2号举升机", "lift"), ("L03", "3号举升机", "lift"),
        ("L04", "4号举升机", "lift"), ("L05", "5号举升机", "lift"), ("L06", "6号举升机", "lift"),
        ("A01", "四轮定位仪", "alignment"), ("B01", "钣金工位", "body"), ("P01", "烤漆房", "paint"),
        ("W01", "洗车位", "wash")]
BODY_JOBS = ("accident",)
BATCH = 20000
SHIFT = (time(8, 30), time(17, 30))
LUNCH = (time(12, 0), time(13, 0))
WINDOWS = ((SHIFT[0], LUNCH[0]), (LUNCH[1], SHIFT[1]))  # the hours work is clocked in
DONE = ("quality_check", "ready", "settled", "delivered")
WORKING = ("in_progress", "waiting_parts", "waiting_approval")


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db, zone = ctx.db, ctx.clock.zone
    with db.read() as s:
        if s.scalar(select(Team.id).limit(1)) is not None:
            return ["workshop: kept the existing teams"]
        techs = s.execute(select(User.id, User.display_name).join(UserRole, UserRole.user_id == User.id)
                          .where(UserRole.role == "technician").order_by(User.id)).all()
        has_cards = s.scalar(select(JobCard.id).limit(1)) is not None
    if not techs:
        return ["workshop: no technicians (run the foundation step first)"]
    now = ctx.clock.now()

    # ---- organisation
    n_teams = 2 if len(techs) <= 4 else 4
    team_ids, body_team = [], None
    with db.write() as s:
        for pos, (name, kind) in enumerate(TEAMS[:n_teams], 1):
            t = Team(name=name, kind=kind, position=pos, shift_start_min=8 * 60 + 30, shift_end_min=17 * 60 + 30,
                     break_min=60)
            s.add(t)
            s.flush()
            team_ids.append(t.id)
            if kind == "body":
                body_team = t.id
        for pos, (code, name, kind) in enumerate(BAYS, 1):
            s.add(Bay(code=code, name=name, kind=kind, position=pos,
                      team_id=team_ids[0] if kind in ("lift", "alignment") else body_team))
        team_of = {}
        for i, (uid, _name) in enumerate(techs):
            # two thirds mechanics, the rest body and paint
            team = team_ids[i % 2] if n_teams == 2 or i % 3 != 2 else team_ids[2 + (i // 3) % 2]
            team_of[uid] = team
            s.add(TechnicianProfile(user_id=uid, team_id=team, position=i + 1,
                                    grade=rng.choice(["初级", "中级", "中级", "高级"])))
        if s.get(ChangeCounter, 1) is None:
            s.add(ChangeCounter(id=1, counter=0))
    if not has_cards:
        return [f"workshop: {n_teams} teams, {len(BAYS)} bays (no job cards to clock)"]

    by_name = {}
    for uid, name in techs:
        by_name.setdefault(name, uid)
    lifts = list(range(1, 7))
    today = ctx.clock.local(now).date()

    def at(day: date, t: time) -> datetime:
        return datetime.combine(day, t, tzinfo=zone).astimezone(UTC)

    # what each technician's clock holds already, per station day: work is laid into the rest of the hours
    busy: dict[tuple[int, date], list[tuple[datetime, datetime]]] = defaultdict(list)

    def lay(uid: int, start: datetime, minutes: int) -> list[tuple[datetime, datetime]]:
        """``minutes`` of work laid into the technician's free working hours from ``start`` on."""
        pieces: list[tuple[datetime, datetime]] = []
        left = timedelta(minutes=minutes)
        day = start.astimezone(zone).date()
        while left > timedelta(0):
            for w0, w1 in WINDOWS:
                lo, hi = max(at(day, w0), start), at(day, w1)
                if lo >= hi:
                    continue
                taken = busy[(uid, day)]
                for a, b in _free(lo, hi, taken):
                    piece = (a, min(b, a + left))
                    pieces.append(piece)
                    taken.append(piece)
                    left -= piece[1] - piece[0]
                    if left <= timedelta(0):
                        break
                if left <= timedelta(0):
                    break
            day += timedelta(days=1)
        return pieces

    def reason(before: datetime, after: datetime) -> str:
        """Why work stopped between two pieces of one job laid back to back (lunch, the evening, other work)."""
        if after.astimezone(zone).date() != before.astimezone(zone).date():
            return "end_of_day"
        return "break" if before.astimezone(zone).time() <= LUNCH[0] < after.astimezone(zone).time() else "other_job"

    cursor: dict[int, datetime] = {}
    worked: dict[int, set[date]] = defaultdict(set)
    running: set[int] = set()
    assignments, spans = [], []
    queue_lines: list[int] = []
    stats = {"assignments": 0, "spans": 0, "queued": 0}
    aid = sid = 0

    def flush() -> None:
        nonlocal assignments, spans
        with db.write() as s:
            if assignments:
                s.execute(insert(Assignment), assignments)
            if spans:
                s.execute(insert(WorkSpan), spans)
        stats["assignments"] += len(assignments)
        stats["spans"] += len(spans)
        assignments, spans = [], []

    with db.read() as s:
        total = s.scalar(select(func.count(JobCard.id))) or 1
        q = (select(JobCard.id, JobCard.status, JobCard.opened_at, JobCard.job_type, JobLine.id, JobLine.qty,
                    JobLine.technicians)
             .join(JobLine, JobLine.job_card_id == JobCard.id)
             .where(JobLine.kind == "labour").order_by(JobCard.id, JobLine.position)
             .execution_options(yield_per=BATCH))
        last_card, seen = None, 0
        for card_id, status, opened, job_type, line_id, qty, names in s.execute(q):
            if card_id != last_card:
                last_card = card_id
                seen += 1
                if seen % 20000 == 0:
                    progress("workshop", seen, total)
                    # cards come in the order they were opened: the clock of days long gone is settled
                    gone = opened.astimezone(zone).date() - timedelta(days=10)
                    for key in [k for k in busy if k[1] < gone]:
                        del busy[key]
                queued = status == "dispatched" and rng.random() < 0.5
                bay = rng.choice(lifts) if job_type not in BODY_JOBS else 8
            if status in ("estimate", "open", "cancelled") or queued:
                if status == "dispatched" or names:
                    queue_lines.append(line_id)
                    stats["queued"] += status == "dispatched"
                continue
            holders = [(by_name.get(t.get("name")), Decimal(str(t.get("share", "1")))) for t in (names or [])]
            holders = [(u, sh) for u, sh in holders if u is not None] or [(techs[line_id % len(techs)][0],
                                                                          Decimal(1))]
            for uid, share in holders:
                aid += 1
                sold = qty * share
                start = max(cursor.get(uid, opened), opened + timedelta(minutes=15))
                if start - opened > timedelta(days=2):
                    # a busy spell: the job is fitted into the first free hours after the car came in
                    start = opened + timedelta(minutes=15)
                minutes = int(float(sold) * 60 * rng.uniform(0.7, 1.3)) + 5
                if status == "dispatched":  # dispatched, not started: planned for its technician
                    assignments.append(_assignment(aid, card_id, line_id, uid, share, bay, start, None, opened))
                    continue
                # (start, end, why it stopped after: None for the job's end); laid back to back, or paused
                # for parts part way and taken up again later
                parts_pause = rng.random() < 0.1
                cut = max(5, minutes // 3) if parts_pause else minutes
                laid = lay(uid, start, cut)
                pieces = [(a, b, reason(b, laid[i + 1][0])) for i, (a, b) in enumerate(laid[:-1])]
                if parts_pause:
                    pieces.append((*laid[-1], "waiting_parts"))
                    laid = lay(uid, laid[-1][1] + timedelta(minutes=rng.randrange(30, 120)), minutes - cut)
                    pieces += [(a, b, reason(b, laid[i + 1][0])) for i, (a, b) in enumerate(laid[:-1])]
                pieces.append((*laid[-1], None))
                start = pieces[0][0]
                cursor[uid] = max(cursor.get(uid, start), pieces[-1][1])
                if status in DONE:
                    # finished before now: what the hours would have held after it is not clocked
                    stop = now - timedelta(minutes=5)
                    pieces = [(a, min(b, stop), why) for a, b, why in pieces if a < stop]
                    for i, (a, b, why) in enumerate(pieces):
                        sid += 1
                        last_piece = i == len(pieces) - 1
                        spans.append(_span(sid, uid, card_id, line_id, "finished" if last_piece else "paused", a, b,
                                           None if last_piece else why))
                        worked[uid].add(ctx.clock.local(a).date())
                    finished_at = pieces[-1][1] if pieces else min(stop, max(start, opened))
                    assignments.append(_assignment(aid, card_id, line_id, uid, share, bay, start, finished_at,
                                                   opened))
                    continue
                # in work: what was clocked before now; the technician is at it now (one running job each,
                # in the hours it was laid in) or it is paused
                pieces = [p for p in pieces if p[0] < now]
                if not pieces:
                    assignments.append(_assignment(aid, card_id, line_id, uid, share, bay, start, None, opened))
                    continue
                first, (a, b, _why) = pieces[:-1], pieces[-1]
                for pa, pb, why in first:
                    sid += 1
                    spans.append(_span(sid, uid, card_id, line_id, "paused", pa, pb, why))
                sid += 1
                if status == "in_progress" and uid not in running and a < now < b \
                        and ctx.clock.local(a).date() == today:
                    running.add(uid)
                    spans.append(_span(sid, uid, card_id, line_id, "running", a, None, None))
                    cursor[uid] = max(cursor[uid], now + timedelta(minutes=minutes))
                else:
                    spans.append(_span(sid, uid, card_id, line_id, "paused", a, min(b, now),
                                       "waiting_parts" if status == "waiting_parts" else "other_job"))
                worked[uid].update(ctx.clock.local(pa).date() for pa, _pb, _w in pieces)
                assignments.append(_assignment(aid, card_id, line_id, uid, share, bay, start, None, opened))
            if len(assignments) >= BATCH or len(spans) >= BATCH:
                flush()
    flush()
    progress("workshop", total, total)

    # the queue: lines nobody holds yet; the card's 技师 column is empty for them
    with db.write() as s:
        for i in range(0, len(queue_lines), 5000):
            s.execute(update(JobLine).where(JobLine.id.in_(queue_lines[i:i + 5000])).values(technicians=[]))

    # ---- attendance: every day each technician worked, in before the first job, out after the last
    rows = []
    forgot = next((uid for uid, _n in reversed(techs) if uid not in running), None) if len(techs) > 1 else None
    yesterday = today - timedelta(days=1)
    for uid, _name in techs:
        days = set(worked[uid])
        if uid not in running:
            days.add(yesterday)
        for day in sorted(days):
            if day > today:
                continue
            start = at(day, time(8, rng.randrange(15, 30)))
            end = at(day, time(17, 30)) + timedelta(minutes=rng.randrange(0, 50))
            if day == today:
                if uid == forgot or start > now:
                    continue  # not in yet (yesterday's clock-out is missing, or the day has not begun)
                status = "open" if now < end or uid in running else "closed"
                rows.append(_attendance(uid, day, "shift", status, start, None if status == "open" else end))
                if ctx.clock.local(now).time() >= LUNCH[1]:
                    rows.append(_attendance(uid, day, "break", "closed", at(day, LUNCH[0]), at(day, LUNCH[1])))
                continue
            if day == yesterday and uid == forgot:
                rows.append(_attendance(uid, day, "shift", "open", start, None))
                continue
            rows.append(_attendance(uid, day, "shift", "closed", start, end))
            rows.append(_attendance(uid, day, "break", "closed", at(day, LUNCH[0]), at(day, LUNCH[1])))
        if len(rows) >= BATCH:
            with db.write() as s:
                s.execute(insert(Attendance), rows)
            rows = []
    if rows:
        with db.write() as s:
            s.execute(insert(Attendance), rows)
    if db.engine.dialect.name == "postgresql":
        with db.write() as s:
            for model in (Assignment, WorkSpan, Attendance):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             select(func.coalesce(func.max(model.id), 1)).scalar_subquery())))
    return [f"workshop: {n_teams} teams, {len(BAYS)} bays, {stats['assignments']} assignments, "
            f"{stats['spans']} clock records, {stats['queued']} labour lines waiting for a technician"]


def _assignment(aid, card_id, line_id, uid, share, bay, start, finished_at, opened) -> dict:
    return {"id": aid, "job_card_id": card_id, "job_line_id": line_id, "technician_id": uid, "share": share,
            "bay_id": bay, "planned_start": start, "finished_at": finished_at, "assigned_by": "demo",
            "created_at": opened, "updated_at": finished_at or opened}


def _span(sid, uid, card_id, line_id, status, start, end, reason) -> dict:
    return {"id": sid, "technician_id": uid, "job_card_id": card_id, "job_line_id": line_id, "status": status,
            "started_at": start, "ended_at": end, "pause_reason": reason, "note": "", "requested_end": None,
            "request_reason": "", "corrected_by": None, "recorded_by": "demo", "created_at": start,
            "updated_at": end or start}


def _attendance(uid, day, kind, status, start, end) -> dict:
    return {"technician_id": uid, "day": day, "kind": kind, "status": status, "started_at": start, "ended_at": end,
            "requested_end": None, "request_reason": "", "corrected_by": None, "recorded_by": "demo",
            "created_at": start, "updated_at": end or start}


def _free(lo: datetime, hi: datetime, taken: list[tuple[datetime, datetime]]):
    """The stretches of [lo, hi) that no interval of ``taken`` covers, in order."""
    for a, b in sorted(taken):
        if b <= lo:
            continue
        if a >= hi:
            break
        if a > lo:
            yield lo, a
        lo = max(lo, b)
        if lo >= hi:
            return
    if lo < hi:
        yield lo, hi
