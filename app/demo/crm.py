"""Demo customer relations: appointments behind about half the visits (with reminder calls, no-shows
and cancellations), a follow-up call for every delivered card (reached in time about 93%), the
problems they found as cases (most confirmed solved), complaints, and the coming week's bookings and
open calls, so the work list and the KPIs have realistic rates at every scale.

Runs after the job cards step. Rows go in with SQLAlchemy Core bulk inserts with explicit ids. The
job cards that came by appointment get its number (the one write into another area's table: the
demo makes the history that reception would have made).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select, update

from app.db.models.crm import Appointment, AppointmentEvent, Call, CallTask, Case, CaseAction, PhoneLogEntry
from app.db.models.job_cards import JobCard
from app.db.models.users import User, UserRole
from services.crm.workdays import add_working_days, is_workday

BATCH = 5000
PROBLEMS = [("quality", "workshop", "保养后仍有异响"), ("time", "workshop", "交车比承诺晚了"),
            ("price", "cashier", "结算金额和报价不一致"), ("attitude", "front_desk", "接待态度不好"),
            ("cleanliness", "workshop", "车内有油污"), ("parts", "parts", "配件等了三天")]
COMPLAINTS = [("facilities", "crc", "休息区没有热水"), ("attitude", "front_desk", "电话没人接"),
              ("price", "cashier", "发票开错"), ("quality", "workshop", "返修两次未修好")]
NO_SHOW = ["临时有事", "忘记了", "出差", "车辆已在别处保养", "天气原因"]
CANCEL = ["改到下周", "车已卖掉", "出差", "自己找了路边店"]
SCORES = ("reception", "explained", "on_time", "fixed", "clean", "overall")


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db, clock = ctx.db, ctx.clock
    with db.read() as s:
        if s.scalar(select(Appointment.id).limit(1)) is not None or s.scalar(select(CallTask.id).limit(1)):
            return ["customer relations: kept the existing appointments and calls"]
        cards = s.execute(select(JobCard.id, JobCard.number, JobCard.customer_id, JobCard.vehicle_id,
                                 JobCard.opened_at, JobCard.completed_at, JobCard.status, JobCard.job_type,
                                 JobCard.advisor_id, JobCard.advisor_name, JobCard.customer_name,
                                 JobCard.customer_phone, JobCard.plate, JobCard.vehicle_desc,
                                 JobCard.customer_words).order_by(JobCard.id)).all()

        def people(role: str) -> list[tuple[int, str, str]]:
            return [tuple(r) for r in s.execute(select(User.id, User.username, User.display_name)
                                                .join(UserRole, UserRole.user_id == User.id)
                                                .where(UserRole.role == role).order_by(User.id))]
        callers = people("crc_specialist") or people("administrator")
        owners = people("front_desk_supervisor") + people("crc_supervisor") or callers
        advisors = people("service_advisor") or callers
    if not cards:
        return ["customer relations: no job cards (run the job cards step first)"]

    now = clock.now()
    today = clock.today()
    zone = clock.zone
    workday_cache: dict[date, tuple[date, date]] = {}

    def window(day: date) -> tuple[date, date]:
        if day not in workday_cache:
            workday_cache[day] = (add_working_days(day, 1), add_working_days(day, 3))
        return workday_cache[day]

    appts, events, tasks, calls, cases, actions, card_numbers = [], [], [], [], [], [], []
    seq: dict[str, int] = {}
    ids = {"a": 0, "e": 0, "t": 0, "c": 0, "k": 0, "x": 0}

    def at_work(moment: datetime) -> datetime:
        """A booking time on the same local day, inside the opening hours (08:30–16:45, 15-minute steps)."""
        day = clock.local(moment).date()
        minute = 8 * 60 + 30 + 15 * rng.randrange(0, 34)
        return datetime.combine(day, time(minute // 60, minute % 60), zone).astimezone(UTC)

    def number(prefix: str, day: date) -> str:
        key = f"{prefix}{day:%Y%m}"
        seq[key] = seq.get(key, 0) + 1
        return f"{key}{seq[key]:05d}"

    def new_id(kind: str) -> int:
        ids[kind] += 1
        return ids[kind]

    def appointment(card, starts: datetime, status: str, *, booked: datetime, reason: str = "",
                    confirmation: str | None = None, card_id=None, card_number=None, advisor=None) -> dict:
        aid = new_id("a")
        adv_id, adv_name = advisor or (card.advisor_id, card.advisor_name)
        row = {"id": aid, "number": number("YY", clock.local(booked).date()), "customer_id": card.customer_id,
               "vehicle_id": card.vehicle_id, "advisor_id": adv_id, "advisor_name": adv_name,
               "starts_at": starts, "expected_hours": Decimal(rng.choice(["1", "1.5", "2", "3"])),
               "job_type": card.job_type if card.job_type != "rework" else "repair",
               "request": card.customer_words or "", "channel": rng.choice(["phone"] * 6 + ["wechat", "online"]),
               "status": status, "booked_at": booked, "booked_by": callers[0][1], "confirmation": confirmation,
               "confirmed_at": starts - timedelta(hours=20) if confirmation else None, "reason": reason,
               "rebook_of_id": None, "job_card_id": card_id, "job_card_number": card_number,
               "arrived_at": starts if status == "arrived" else None, "customer_name": card.customer_name,
               "phone": card.customer_phone or "", "plate": card.plate or "", "vehicle_desc": card.vehicle_desc or "",
               "version": 1, "updated_by": "demo", "created_at": booked, "updated_at": booked}
        appts.append(row)
        events.append({"id": new_id("e"), "appointment_id": aid, "at": booked, "kind": "booked", "note": "",
                       "username": callers[0][1], "created_at": booked, "updated_at": booked})
        return row

    def flush(final: bool = False) -> None:
        nonlocal appts, events, tasks, calls, cases, actions, card_numbers
        if not final and len(appts) + len(tasks) < BATCH * 2:
            return
        with db.write() as s:
            if appts:
                s.execute(insert(Appointment), appts)
            if events:
                s.execute(insert(AppointmentEvent), events)
            if cases:
                s.execute(insert(Case), cases)
            if tasks:
                s.execute(insert(CallTask), tasks)
            if calls:
                s.execute(insert(Call), calls)
            if actions:
                s.execute(insert(CaseAction), actions)
            if card_numbers:
                s.connection().execute(update(JobCard.__table__).where(JobCard.__table__.c.id == bindparam("cid"))
                                       .values(appointment_number=bindparam("num")), card_numbers)
        appts, events, tasks, calls, cases, actions, card_numbers = [], [], [], [], [], [], []

    def scores_for(good: bool) -> dict:
        if good:
            return {k: rng.choice([4, 5, 5, 5]) for k in SCORES}
        return {k: rng.choice([1, 2, 3]) for k in SCORES}

    def add_case(card, opened: datetime, category, department, text, *, source: str, task_id=None,
                 settle: bool = True) -> int:
        kid = new_id("k")
        owner = owners[kid % len(owners)]
        day = clock.local(opened).date()
        deadline = add_working_days(day, 3)
        closed = settle and (opened + timedelta(days=3) < now) and rng.random() < 0.85
        resolved_at = opened + timedelta(days=rng.randrange(1, 4)) if closed else None
        cases.append({"id": kid, "number": number("CR", day), "source": source,
                      "channel": "follow_up" if source == "follow_up" else rng.choice(["phone", "walk_in", "wechat"]),
                      "customer_id": card.customer_id, "vehicle_id": card.vehicle_id, "job_card_id": card.id,
                      "task_id": task_id, "category": category, "severity": rng.choice(["low", "normal", "normal",
                                                                                        "high"]),
                      "department": department, "owner": owner[1], "owner_name": owner[2], "deadline": deadline,
                      "description": text, "status": "closed" if closed else "open",
                      "resolution": "已处理，客户认可" if closed else "", "resolved_at": resolved_at,
                      "satisfied": True if closed else None, "closed_at": resolved_at, "opened_at": opened,
                      "opened_by": callers[0][1], "customer_name": card.customer_name, "plate": card.plate or "",
                      "version": 1, "updated_by": "demo", "created_at": opened, "updated_at": resolved_at or opened})
        actions.append({"id": new_id("x"), "case_id": kid, "at": opened, "kind": "opened", "text": text,
                        "username": callers[0][1], "created_at": opened, "updated_at": opened})
        if closed:
            actions.append({"id": new_id("x"), "case_id": kid, "at": resolved_at, "kind": "confirmed",
                            "text": "客户满意", "username": callers[0][1], "created_at": resolved_at,
                            "updated_at": resolved_at})
        return kid

    made_calls = 0
    for n, card in enumerate(cards, 1):
        if card.job_type == "internal" or card.status == "estimate":
            continue
        # about half the visits came by appointment (the manual's target: at least 50%)
        if rng.random() < 0.52:
            starts = at_work(card.opened_at)
            booked = starts - timedelta(days=rng.choice([1, 1, 2, 3, 4, 7]), hours=rng.randrange(0, 8))
            ahead = clock.local(booked).date() < clock.local(starts).date() - timedelta(days=1)
            confirmation = ("confirmed" if rng.random() < 0.78 else rng.choice([None, "called"])) if ahead else None
            row = appointment(card, starts, "arrived", booked=booked, confirmation=confirmation, card_id=card.id,
                              card_number=card.number)
            card_numbers.append({"cid": card.id, "num": row["number"]})
        # and some appointments never became a visit
        r = rng.random()
        if r < 0.06 and card.opened_at < now - timedelta(days=2):
            starts = at_work(card.opened_at + timedelta(days=1))
            appointment(card, starts, "no_show", booked=starts - timedelta(days=3), reason=rng.choice(NO_SHOW),
                        confirmation=rng.choice(["called", "confirmed", None]))
        elif r < 0.10 and card.opened_at < now - timedelta(days=2):
            starts = at_work(card.opened_at + timedelta(days=2))
            appointment(card, starts, "cancelled", booked=starts - timedelta(days=4), reason=rng.choice(CANCEL),
                        confirmation="cancelled")

        # the follow-up call of every delivered card
        if card.status == "delivered" and card.completed_at is not None:
            delivered = clock.local(card.completed_at).date()
            first, deadline = window(delivered)
            tid = new_id("t")
            task = {"id": tid, "kind": "follow_up", "purpose": "service", "dedupe_key": f"follow_up:{card.id}",
                    "customer_id": card.customer_id, "vehicle_id": card.vehicle_id, "job_card_id": card.id,
                    "job_card_number": card.number, "case_id": None, "delivered_on": delivered, "due_on": first,
                    "window_end": deadline, "assigned_to": None, "status": "open", "attempts": 0,
                    "next_attempt_at": None, "outcome": None, "reached_at": None, "closed_at": None, "note": "",
                    "customer_name": card.customer_name, "phone": card.customer_phone or "", "plate": card.plate or "",
                    "advisor_name": card.advisor_name, "created_at": card.completed_at,
                    "updated_at": card.completed_at}
            tasks.append(task)
            if first <= today:
                r = rng.random()
                caller = callers[tid % len(callers)][1]
                call_day = first if r < 0.80 else (deadline if r < 0.93 else deadline + timedelta(days=2))
                at = datetime.combine(call_day, time(9 + rng.randrange(0, 8), rng.randrange(0, 60)), zone) \
                    .astimezone(UTC)
                if at > now:
                    pass  # still to call today
                elif rng.random() < 0.04:  # never reached
                    for k in range(3):
                        calls.append({"id": new_id("c"), "task_id": tid, "at": at + timedelta(hours=3 * k),
                                      "username": caller, "outcome": "unreachable", "scores": None, "note": "",
                                      "created_at": at, "updated_at": at})
                    task.update(status="failed", outcome="unreachable", attempts=3, closed_at=at + timedelta(hours=6))
                else:
                    problem = rng.random() < 0.07
                    outcome = "problem" if problem else "satisfied"
                    calls.append({"id": new_id("c"), "task_id": tid, "at": at, "username": caller,
                                  "outcome": outcome, "scores": scores_for(not problem), "note": "",
                                  "created_at": at, "updated_at": at})
                    task.update(status="done", outcome=outcome, attempts=1, reached_at=at, closed_at=at)
                    if problem:
                        category, department, text = rng.choice(PROBLEMS)
                        task["case_id"] = add_case(card, at, category, department, text, source="follow_up",
                                                   task_id=tid)
                made_calls += 1
        if rng.random() < 0.004 and card.opened_at < now - timedelta(days=1):
            category, department, text = rng.choice(COMPLAINTS)
            add_case(card, card.opened_at + timedelta(hours=5), category, department, text, source="complaint")
        if n % BATCH == 0:
            flush()
            progress("customer relations", n, len(cards))
    flush(final=True)

    # the coming week: bookings per advisor within the rules (3 an hour, 15+ minutes apart)
    recent = cards[-min(len(cards), 2000):]
    upcoming = 0
    for d in range(0, 8):
        day = today + timedelta(days=d)
        if not is_workday(day) and day.weekday() == 6:
            continue
        for adv_id, _u, adv_name in advisors:
            for hh, mm in ((9, 0), (9, 20), (9, 40), (10, 30), (10, 50), (14, 0), (14, 20), (15, 0), (15, 40)):
                starts = datetime.combine(day, time(hh, mm), zone).astimezone(UTC)
                if starts <= now or rng.random() > 0.55:
                    continue
                card = rng.choice(recent)
                row = appointment(card, starts, "booked", advisor=(adv_id, adv_name),
                                  booked=now - timedelta(days=rng.randrange(0, 6), hours=rng.randrange(1, 9)))
                if d == 1 and rng.random() < 0.4:
                    row["confirmation"] = "confirmed"
                upcoming += 1
    # the receptionist's phone log of today
    with db.write() as s:
        for k in range(6):
            card = rng.choice(recent)
            at = now - timedelta(minutes=35 * (k + 1))
            s.add(PhoneLogEntry(at=at, caller_name=card.customer_name, caller_phone=card.customer_phone or "",
                                customer_id=card.customer_id, for_whom=card.advisor_name,
                                topic=rng.choice(["问车什么时候好", "问保养价格", "预约下周保养", "发票问题"]),
                                transferred_to=card.advisor_name, status="answered" if k > 1 else "open",
                                answered_at=at + timedelta(minutes=20) if k > 1 else None,
                                answer="已回复" if k > 1 else "", taken_by=callers[0][1]))
    flush(final=True)
    if db.engine.dialect.name == "postgresql":
        with db.write() as s:
            for model in (Appointment, AppointmentEvent, CallTask, Call, Case, CaseAction):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             select(func.coalesce(func.max(model.id), 1)).scalar_subquery())))
    # appointment numbers of this month continue after the demo's
    from app.db.models.station import DocumentSequence

    with db.write() as s:
        for key, value in seq.items():
            prefix, period = key[:2], key[2:]
            kind = "appointment" if prefix == "YY" else "crm_case"
            row = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == kind,
                                                          DocumentSequence.period == period))
            if row is None:
                s.add(DocumentSequence(kind=kind, period=period, prefix=prefix, next_value=value + 1))
            else:
                row.next_value = max(row.next_value, value + 1)
    members = _club(db, rng, now, today, callers[0][1])
    return [f"customer relations: {ids['a']} appointments ({upcoming} to come), {ids['t']} follow-up calls "
            f"({made_calls} due by today), {ids['k']} cases and complaints, {members} car-club members"]


def _club(db, rng, now: datetime, today: date, username: str) -> int:
    """The car club: about one in five customers who consented to marketing, their welcome and
    visit points (some redeemed), and two events to come."""
    from app.db.models.crm import ClubEvent, ClubMember, ClubPointMove
    from app.db.models.customers import Customer

    with db.read() as s:
        if s.scalar(select(ClubMember.id).limit(1)) is not None:
            return 0
        people = s.execute(select(Customer.id, Customer.name).where(Customer.marketing_consent.is_(True),
                                                                    Customer.merged_into_id.is_(None))
                           .order_by(Customer.id)).all()
    members, moves = [], []
    for cid, name in people:
        if rng.random() > 0.2:
            continue
        mid = len(members) + 1
        joined = today - timedelta(days=rng.randrange(30, 3000))
        points = 100
        moves.append({"id": len(moves) + 1, "member_id": mid, "at": datetime.combine(joined, time(2), UTC),
                      "points": 100, "reason": "welcome", "note": "", "username": username})
        for _ in range(rng.randrange(0, 6)):
            earned = rng.choice((50, 80, 120, 200))
            points += earned
            moves.append({"id": len(moves) + 1, "member_id": mid, "points": earned, "reason": "visit", "note": "",
                          "at": now - timedelta(days=rng.randrange(1, max(2, (today - joined).days))),
                          "username": username})
        if points > 300 and rng.random() < 0.3:
            moves.append({"id": len(moves) + 1, "member_id": mid, "points": -300, "reason": "redeem",
                          "note": "免费洗车券", "at": now - timedelta(days=rng.randrange(1, 30)), "username": username})
            points -= 300
        members.append({"id": mid, "customer_id": cid, "number": f"CL{mid:011d}", "joined_on": joined,
                        "points": points, "active": True, "customer_name": name, "version": 1,
                        "updated_by": username})
    with db.write() as s:
        for start in range(0, len(members), BATCH):
            s.execute(insert(ClubMember), members[start:start + BATCH])
        for start in range(0, len(moves), BATCH):
            s.execute(insert(ClubPointMove), moves[start:start + BATCH])
        s.add(ClubEvent(name="春季自驾游", held_on=today + timedelta(days=12), place="千岛湖", capacity=40, points=200,
                        created_by=username))
        s.add(ClubEvent(name="爱车保养小课堂", held_on=today + timedelta(days=26), place="本站客户休息区", capacity=20,
                        points=100, created_by=username))
    if db.engine.dialect.name == "postgresql":
        with db.write() as s:
            for model in (ClubMember, ClubPointMove):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             select(func.coalesce(func.max(model.id), 1)).scalar_subquery())))
    return len(members)
