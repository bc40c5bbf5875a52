"""A month written out by hand: November 2026 at a small station, every row placed here, so that each of
the station manager's figures can be counted by hand (the counts are in the test's comments).

Eight cars (customers 1–8) come once a week, on the 5th, 12th and 19th: eight templates of job, twice
four for each of the two advisors. The accident car comes in three days earlier. Rows are inserted as
the areas' services would leave them (statements with lines, deliveries, the clock, stock moves,
reservations, the centre's calls and cases), not through every screen: what is counted is reporting's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.db.models.crm import Appointment, CallTask, Case
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.parts import Bin, PartStock, Reservation, StockMove
from app.db.models.settlement import Delivery, Statement, StatementLine
from app.db.models.workshop import Assignment, Attendance, WorkSpan
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.parts.stock import NewPart
from services.users.permissions import Actor, Role

SH = ZoneInfo("Asia/Shanghai")
D = Decimal
WEEKS = (5, 12, 19)  # the settlement days of November


def at(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


@dataclass(frozen=True)
class Template:
    car: int  # customer and vehicle n
    job_type: str
    advisor: str
    hours: str
    labour: tuple[str, str]  # amount, payer
    parts: tuple[tuple[str, str, str], ...]  # amount, net, payer
    other: str = "0"
    appointment: bool = False
    promised_hour: int | None = 17  # on the day it is settled (None: no promised time)
    delivered_hour: int = 16
    days_in: int = 0  # came in this many days before settlement


TEMPLATES = (
    Template(1, "maintenance", "李顾问", "1", ("160.00", "customer"), (("240.00", "212.39", "customer"),),
             appointment=True),
    Template(2, "maintenance", "王顾问", "2", ("320.00", "customer"), (("480.00", "424.78", "customer"),),
             other="50.00", appointment=True, delivered_hour=18),  # late: promised 17:00
    Template(3, "repair", "李顾问", "5", ("800.00", "customer"), (("1200.00", "1061.95", "customer"),),
             appointment=True),
    Template(4, "repair", "王顾问", "3", ("480.00", "customer"), (("520.00", "460.18", "customer"),)),
    Template(5, "accident", "李顾问", "10", ("1600.00", "insurer"),
             (("3200.00", "2831.86", "insurer"), ("200.00", "176.99", "customer")), days_in=3,
             promised_hour=-1),  # promised the day before it was handed back
    Template(6, "warranty", "王顾问", "4", ("640.00", "warranty"), (("960.00", "849.56", "warranty"),)),
    Template(7, "internal", "李顾问", "1", ("160.00", "internal"), (("40.00", "35.40", "internal"),),
             promised_hour=None),
    Template(8, "rework", "王顾问", "1", ("160.00", "internal"), ()),  # redoes car 3's repair of the week
)


@dataclass
class Month:
    manager: Actor
    tech_a: int
    tech_b: int
    cards: dict[tuple[int, int], int]  # (week day, car) -> job card id


def _user(ctx, admin, username, name, roles) -> Actor:
    info = ctx.users.create_user(admin, username, name, "secret-pass-1", roles)
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def make_month(ctx, admin) -> Month:
    manager = _user(ctx, admin, "manager", "周站长", [Role.STATION_MANAGER])
    tech_a = _user(ctx, admin, "tech_a", "张技师", [Role.TECHNICIAN]).user_id
    tech_b = _user(ctx, admin, "tech_b", "刘技师", [Role.TECHNICIAN]).user_id
    cars = {}
    for n in range(1, 10):
        delivery = {1: date(2026, 8, 10), 9: date(2026, 8, 15)}.get(n)  # first service due in November
        c = ctx.customers.create_customer(admin, CustomerInput(name=f"客户{n:02d}", mobile=f"139{n:08d}"), vehicles=[
            VehicleInput(vin=make_vin("LSVAU2180N2" + f"{n:06d}"), plate=f"沪B{n:05d}", brand="上汽大众",
                         model="朗逸", model_year=2022, delivery_date=delivery)])
        cars[n] = (c.id, c.vehicles[0].id, c.vehicles[0].vin, f"沪B{n:05d}", f"客户{n:02d}")
    oil = ctx.parts.create_part(admin, NewPart(number="L-001", name_zh="机油", category="oil", unit="L",
                                               cost=D("50"), retail_price=D("80"))).id
    filt = ctx.parts.create_part(admin, NewPart(number="L-002", name_zh="机滤", category="oil",
                                                cost=D("25"), retail_price=D("40"))).id
    cards: dict[tuple[int, int], int] = {}
    seq = iter(range(1, 1000))
    with ctx.db.write() as s:
        bin_ = Bin(code="A-01", description="货架A")
        s.add(bin_)
        s.flush()
        for week in WEEKS:
            lines_of: dict[int, JobLine] = {}
            for t in TEMPLATES:
                cid, vid, vin, plate, name = cars[t.car]
                settled = at(2026, 11, week, 15)
                opened = at(2026, 11, week - t.days_in, 9)
                promised = (None if t.promised_hour is None else
                            at(2026, 11, week - 1, 17) if t.promised_hour < 0 else at(2026, 11, week, t.promised_hour))
                number = f"WT2611{next(seq):04d}"
                rework_of = cards[(week, 3)] if t.job_type == "rework" else None
                card = JobCard(number=number, job_type=t.job_type, status="delivered", open_rank=0, opened_at=opened,
                               advisor_name=t.advisor, customer_id=cid, vehicle_id=vid, customer_name=name,
                               plate=plate, vin=vin, promised_at=promised, rework_of_id=rework_of,
                               appointment_number=f"YY{number}" if t.appointment else None,
                               total_amount=D("0"))
                s.add(card)
                s.flush()
                cards[(week, t.car)] = card.id
                labour = JobLine(job_card_id=card.id, line_ref="L1", kind="labour", payer=t.labour[1],
                                 qty=D(t.hours), price=D("160.00"), amount=D(t.labour[0]))
                s.add(labour)
                s.flush()
                lines_of[t.car] = labour
                parts = sum((D(a) for a, _n, _p in t.parts), D(0))
                total = D(t.labour[0]) + parts + D(t.other)
                st = Statement(number=f"JS{number[2:]}", kind="job", job_card_id=card.id, live_card_id=card.id,
                               status="issued", issued_at=settled, card_number=number, customer_id=cid,
                               customer_name=name, plate=plate, vin=vin, job_type=t.job_type, advisor_name=t.advisor,
                               opened_at=opened, tax_rate=D("0.13"), labour=D(t.labour[0]), parts=parts,
                               other=D(t.other), total=total, hours=D(t.hours))
                s.add(st)
                s.flush()
                rows = [("labour", t.labour[1], t.labour[0], "0")] + [("part", p, a, n) for a, n, p in t.parts]
                if t.other != "0":
                    rows.append(("other", "customer", t.other, "0"))
                for i, (kind, payer, amount, net) in enumerate(rows):
                    s.add(StatementLine(statement_id=st.id, position=i, kind=kind, payer=payer, qty=D("1"),
                                        price=D(amount), gross=D(amount), amount=D(amount), net=D(net), tax=D("0")))
                delivered = at(2026, 11, week, t.delivered_hour)
                s.add(Delivery(job_card_id=card.id, statement_id=st.id, delivered_at=delivered,
                               follow_up_due=(delivered + timedelta(days=3)).date()))
            # the clock: technician A on car 3's repair, B on half the accident
            for tech, day, hours_worked, line, share in ((tech_a, week, 6, lines_of[3], "1"),
                                                         (tech_b, week, 4, lines_of[5], "0.5")):
                if tech == tech_b and week == 19:
                    # B's third week: not in that day, the sold hours still count when finished
                    s.add(Assignment(job_card_id=line.job_card_id, job_line_id=line.id, technician_id=tech,
                                     share=D(share), finished_at=at(2026, 11, day, 15)))
                    continue
                s.add(Attendance(technician_id=tech, day=date(2026, 11, day), kind="shift", status="closed",
                                 started_at=at(2026, 11, day, 8, 30), ended_at=at(2026, 11, day, 17, 30)))
                s.add(Attendance(technician_id=tech, day=date(2026, 11, day), kind="break", status="closed",
                                 started_at=at(2026, 11, day, 12), ended_at=at(2026, 11, day, 13)))
                s.add(WorkSpan(technician_id=tech, job_card_id=line.job_card_id, job_line_id=line.id,
                               status="finished", started_at=at(2026, 11, day, 9),
                               ended_at=at(2026, 11, day, 9 + hours_worked)))
                s.add(Assignment(job_card_id=line.job_card_id, job_line_id=line.id, technician_id=tech,
                                 share=D(share), finished_at=at(2026, 11, day, 15)))
        # a statement voided on the 20th (its card is counted nowhere) and one settled in October
        for when, status in ((at(2026, 11, 20, 10), "voided"), (at(2026, 10, 30, 10), "issued")):
            number = f"WT2611{next(seq):04d}"
            cid, vid, vin, plate, name = cars[4]
            card = JobCard(number=number, job_type="repair", status="settled", open_rank=0, opened_at=when,
                           advisor_name="李顾问", customer_id=cid, vehicle_id=vid, customer_name=name, plate=plate)
            s.add(card)
            s.flush()
            st = Statement(number=f"JS{number[2:]}", kind="job", job_card_id=card.id,
                           live_card_id=card.id if status == "issued" else None, status=status, issued_at=when,
                           card_number=number, customer_id=cid, job_type="repair", advisor_name="李顾问",
                           tax_rate=D("0.13"), labour=D("999"), total=D("999"), hours=D("6"))
            s.add(st)
            s.flush()
            s.add(StatementLine(statement_id=st.id, kind="labour", payer="customer", qty=D("1"), price=D("999"),
                                gross=D("999"), amount=D("999"), net=D("884.07"), tax=D("114.93")))
        # May: customers 1 and 9 came (customer 1 is back in November, customer 9 is lost)
        for n in (1, 9):
            cid, vid, vin, plate, name = cars[n]
            s.add(JobCard(number=f"WT2605{n:04d}", job_type="maintenance", status="delivered", open_rank=0,
                          opened_at=at(2026, 5, 14, 10), advisor_name="李顾问", customer_id=cid, vehicle_id=vid,
                          plate=plate))
        # stock: 10 L oil at 50 (500.00), 4 filters at 25 not issued since March (100.00); the book value now
        # (1 December) includes a receipt of 100.00 that morning
        s.query(PartStock).filter(PartStock.part_id == oil).update(
            {"on_hand": D("10"), "avg_cost": D("50"), "value": D("500.00"), "last_issue_at": at(2026, 11, 19, 15)})
        s.query(PartStock).filter(PartStock.part_id == filt).update(
            {"on_hand": D("4"), "avg_cost": D("25"), "value": D("100.00"), "last_issue_at": at(2026, 3, 1, 10)})
        first = {t.car: f"WT2611{i + 1:04d}" for i, t in enumerate(TEMPLATES)}
        for kind, qty, value, ref, when in (("issue", "-2", "-100.00", first[1], at(2026, 11, 5, 10)),
                                            ("issue", "-12", "-600.00", first[3], at(2026, 11, 5, 11)),
                                            ("return", "1", "50.00", first[3], at(2026, 11, 5, 14)),
                                            ("receipt", "2", "100.00", None, at(2026, 12, 1, 8))):
            s.add(StockMove(kind=kind, part_id=oil, bin_id=bin_.id, qty=D(qty), unit_cost=D("50"), value=D(value),
                            job_ref=ref, created_at=when))
        # the store's first answers to four part lines: three from stock
        for i, served in enumerate((True, True, False, True)):
            s.add(Reservation(job_ref=first[1], line_ref=f"P{i}", part_id=oil, qty=D("0"), requested_qty=D("1"),
                              served_from_stock=served, status="issued", created_at=at(2026, 11, 5 + i, 10)))
        # appointments of November: three arrived, one did not come
        for i, status in enumerate(("arrived", "arrived", "arrived", "no_show")):
            cid, vid, vin, plate, name = cars[i + 1]
            s.add(Appointment(number=f"YY26110{i}", customer_id=cid, vehicle_id=vid, starts_at=at(2026, 11, 5, 9 + i),
                              expected_hours=D("1"), status=status, booked_at=at(2026, 11, 1, 10)))
        # follow-up calls of ten deliveries: eight reached by their deadline, one late, one never
        for i in range(10):
            cid, vid, vin, plate, name = cars[(i % 8) + 1]
            reached = None if i == 9 else at(2026, 11, 9 if i == 8 else 6, 10)
            s.add(CallTask(kind="follow_up", dedupe_key=f"fu-{i}", customer_id=cid, delivered_on=date(2026, 11, 5),
                           due_on=date(2026, 11, 6), window_end=date(2026, 11, 8),
                           status="done" if reached else "open", outcome="satisfied" if reached else None,
                           reached_at=reached))
        # cases: two problems found on follow-up calls (one solved to satisfaction), one complaint
        for i, (source, category, dept, satisfied) in enumerate((("follow_up", "quality", "workshop", True),
                                                                 ("follow_up", "time", "workshop", None),
                                                                 ("complaint", "price", "cashier", None))):
            cid = cars[i + 1][0]
            s.add(Case(number=f"TS26110{i}", source=source, customer_id=cid, category=category, department=dept,
                       owner="manager", deadline=date(2026, 11, 12), opened_at=at(2026, 11, 7, 10),
                       status="closed" if satisfied else "open", satisfied=satisfied))
    return Month(manager, tech_a, tech_b, cards)
