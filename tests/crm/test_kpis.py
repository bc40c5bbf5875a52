"""The centre's KPIs over a small month written out here, against values counted by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.crm.data import AppointmentInput, CaseInput
from tests.crm.fixtures import another_customer, at

SCORES = {"overall": 5}


def _card(ctx, st, vehicle_id, job_type="maintenance"):
    return ctx.job_cards.open_card(st.advisor, st.intake(vehicle_id=vehicle_id, job_type=job_type))


def test_kpis_of_a_fixture_month_match_the_hand_count(ctx, centre, admin):
    st, crm, clock = centre.st, ctx.crm, ctx.clock
    v = {n: another_customer(ctx, admin, n)[1] for n in (1, 2, 3, 4, 5, 6)}
    v[11] = another_customer(ctx, admin, 11, delivery_date=date(2026, 8, 5))[1]  # first service due 5 Nov
    v[12] = another_customer(ctx, admin, 12, delivery_date=date(2026, 8, 20))[1]  # due 20 Nov, never came
    v[13] = another_customer(ctx, admin, 13, delivery_date=date(2026, 7, 15))[1]  # due in October: not counted

    # May (month N-6): customers 1, 2 and 6 came
    clock.moment = at(2026, 5, 12, 10, 0)
    for n in (1, 2, 6):
        _card(ctx, st, v[n])
    # October: 1, 2, 3, 5, the station's own customer and new car 11 came (1 and 2 are back; 6 is lost)
    clock.moment = at(2026, 10, 28, 10, 0)
    k = {n: _card(ctx, st, v[n]) for n in (1, 2, 3, 5, 11)}
    k[0] = _card(ctx, st, st.vehicle_id)
    # delivered: card 5 on 30 October (not this month), four cards on Monday 2 November
    clock.moment = at(2026, 10, 30, 16, 0)
    crm.on_delivered(st.advisor, k[5].id)
    clock.moment = at(2026, 11, 2, 16, 0)
    for n in (1, 2, 3, 0):
        crm.on_delivered(st.advisor, k[n].id)

    # appointments, booked on 2 November
    clock.moment = at(2026, 11, 2, 17, 0)

    def book(vehicle, d, hh):
        return crm.book(centre.booker, AppointmentInput(vehicle_id=vehicle, advisor_id=centre.advisor.user_id,
                                                        starts_at=at(2026, 11, d, hh, 0), request="常规保养"))
    a1 = book(st.vehicle_id, 10, 9)  # confirmed the day before, arrived
    a3 = book(v[5], 12, 9)  # called, no answer; did not come
    a4 = book(v[6], 13, 9)  # cancelled on the reminder call
    # follow-up calls: card 1 satisfied on the 4th, card 2 a problem on the 5th (both by the deadline, 5th)
    clock.moment = at(2026, 11, 3, 9, 0)
    tasks = {t.job_card_number: t for t in crm.work_list(centre.caller)}
    assert len(tasks) == 5  # card 5, delivered on 30 October, is on the list too (not this month's)
    t1, t2, t3, t0 = (tasks[k[n].number] for n in (1, 2, 3, 0))
    for _ in range(3):  # card 3: never reached
        crm.record_call(centre.caller, t3.id, "unreachable")
        clock.advance(hours=3)
    clock.moment = at(2026, 11, 4, 10, 0)
    crm.record_call(centre.caller, t1.id, "satisfied", scores=SCORES)
    clock.moment = at(2026, 11, 5, 10, 0)
    problem = crm.record_call(centre.caller, t2.id, "problem", scores={"overall": 2}, problem=CaseInput(
        customer_id=t2.customer_id, category="quality", description="异响未消除", owner="frontsup",
        department="workshop"))
    # the station's own customer: reached late (the 9th) with a problem never solved
    clock.moment = at(2026, 11, 9, 10, 0)
    crm.record_call(centre.caller, t0.id, "problem", scores={"overall": 4}, problem=CaseInput(
        customer_id=t0.customer_id, category="time", description="交车晚了两小时", owner="frontsup",
        department="workshop"))
    case = next(x for x in crm.cases(centre.supervisor) if x.number == problem.case_number)
    crm.resolve(centre.supervisor, case.id, case.version, "返修完成")
    # the day before: a1 confirmed; a2 booked only a day ahead; a3 called without an answer
    a2 = book(v[1], 10, 10)
    crm.confirm(centre.booker, a1.id, a1.version, "confirmed")
    [confirm_task] = [t for t in crm.work_list(centre.caller) if t.kind == "case_confirm"]
    crm.record_call(centre.caller, confirm_task.id, "satisfied")
    clock.moment = at(2026, 11, 10, 9, 5)
    crm.receive(st.advisor, a1.id, mileage_in=41000)
    crm.receive(st.advisor, a2.id, mileage_in=42000)
    # walk-ins on the 11th, and an internal job (not a visit)
    clock.moment = at(2026, 11, 11, 9, 0)
    _card(ctx, st, v[3])
    _card(ctx, st, v[5])
    _card(ctx, st, v[4], job_type="internal")
    a3 = crm.appointment(centre.booker, a3.id)
    crm.confirm(centre.booker, a3.id, a3.version, "called")
    clock.moment = at(2026, 11, 12, 10, 0)
    crm.confirm(centre.booker, a4.id, a4.version, "cancelled", reason="车已卖掉")
    a3 = crm.appointment(centre.booker, a3.id)
    crm.no_show(centre.booker, a3.id, a3.version, "忘记了")
    crm.open_complaint(centre.supervisor, CaseInput(customer_id=t1.customer_id, category="price",
                                                    description="发票抬头错误", owner="crcsup", department="cashier"))

    clock.moment = at(2026, 12, 1, 9, 0)
    report = crm.kpis(centre.supervisor, date(2026, 11, 1), date(2026, 11, 30))
    got = {r.key: (r.numerator, r.denominator) for r in report.ratios}
    assert got == {
        "appointment_rate": (2, 4),  # a1 and a2 arrived; two walk-ins; the internal job is no visit
        "show_rate": (2, 3),  # a1, a2 of a1, a2, a3 (a4 was cancelled beforehand)
        "confirmation_rate": (2, 3),  # booked 2 Nov: a1 confirmed, a4 cancelled on the call, a3 never reached
        "follow_up_rate": (2, 4),  # cards 1 and 2 by the 5th; card 3 never reached; the 0 card late
        "problems_solved": (1, 2),  # card 2's case confirmed; the 0 card's still open
        "first_service_rate": (1, 2),  # car 11 came on 28 October; car 12 never
        "lost_rate": (1, 3),  # of May's 1, 2 and 6, customer 6 has not been back
    }
    assert report.get("appointment_rate").rate == Decimal("0.5000") and report.get("appointment_rate").met
    assert report.get("follow_up_rate").met is False
    assert dict(report.complaints_by_department) == {"workshop": 2, "cashier": 1}
    assert dict(report.complaints_by_category) == {"quality": 1, "time": 1, "price": 1}
    assert report.average_score == Decimal("3.67")  # 5, 2, 4
