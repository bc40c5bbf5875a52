"""Lost customers say why; service due by mileage; birthdays; call lists and the SMS file only with
consent for marketing; the car club's members, points and events; the centre's timeline entries."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from services.common.errors import PermissionDenied, ValidationError
from services.crm.data import AppointmentInput, CaseInput
from services.customers.service import CustomerInput
from tests.crm.fixtures import another_customer, at


def _not_seen_task(ctx, centre, admin):
    _c, v = another_customer(ctx, admin, 7)
    ctx.clock.moment = at(2026, 8, 3, 10, 0)  # last visit on 3 August
    ctx.job_cards.open_card(centre.advisor, centre.st.intake(vehicle_id=v, mileage_in=12000))
    ctx.clock.moment = at(2026, 11, 20, 8, 0)
    ctx.crm.plan(centre.supervisor)
    return next(t for t in ctx.crm.work_list(centre.caller) if t.kind == "not_seen")


def test_a_lost_customer_reached_says_why_and_the_kpis_count_the_reasons(ctx, centre, admin):
    task = _not_seen_task(ctx, centre, admin)
    with pytest.raises(ValidationError) as e:
        ctx.crm.record_call(centre.caller, task.id, "reached")
    assert e.value.field == "reason"
    with pytest.raises(ValidationError) as e:  # "other" needs the customer's words
        ctx.crm.record_call(centre.caller, task.id, "reached", reason="other")
    assert e.value.field == "note"
    ctx.crm.record_call(centre.caller, task.id, "unreachable")  # no answer: no reason asked
    ctx.clock.moment = at(2026, 11, 20, 14, 0)
    done = ctx.crm.record_call(centre.caller, task.id, "reached", reason="went_elsewhere", note="去了路边店")
    assert done.task.status == "done"
    report = ctx.crm.kpis(centre.supervisor, date(2026, 11, 1), date(2026, 11, 30))
    assert report.lost_reasons == (("went_elsewhere", 1),)
    assert ctx.crm.kpis(centre.supervisor, date(2026, 10, 1), date(2026, 10, 31)).lost_reasons == ()


def test_service_falls_due_by_mileage_before_the_six_months(ctx, centre, admin):
    _c, v = another_customer(ctx, admin, 8)
    # driven 3000 km in 60 days (50 a day): 5000 km after the visit of 1 August is 100 days later
    ctx.customers.record_odometer(admin, v, 9000, at=at(2026, 6, 2, 9, 0))
    ctx.clock.moment = at(2026, 8, 1, 10, 0)
    ctx.job_cards.open_card(centre.advisor, centre.st.intake(vehicle_id=v, mileage_in=12000))
    ctx.clock.moment = at(2026, 10, 27, 8, 0)  # 9 November is within two weeks; 1 February (6 months) is not
    made = ctx.crm.plan(centre.supervisor)
    assert made.get("service_due") == 1
    [task] = [t for t in ctx.crm.work_list(centre.caller) if t.kind == "service_due"]
    assert task.plate == "沪B00008" and task.window_end == date(2026, 11, 23)  # 9 November + 14 days


def test_birthdays_only_with_consent_and_the_sms_file(ctx, centre, admin):
    for n in (11, 12):  # 11 consented, 12 did not
        c = ctx.customers.create_customer(admin, CustomerInput(name=f"客户{n}", mobile=f"139{n:08d}",
                                                               birthday=date(1980, 11, 24)))
        if n == 11:
            ctx.customers.set_marketing_consent(admin, c.id, True, "paper")
    ctx.clock.moment = at(2026, 11, 20, 8, 0)
    assert ctx.crm.plan(centre.supervisor).get("birthday") == 1
    rows = ctx.crm.audience(centre.supervisor, "birthday")
    assert [(r.name, r.detail) for r in rows] == [("客户11", "11-24")]
    data, n = ctx.crm.sms_export(centre.supervisor, "birthday", "{name}您好，祝您生日快乐！")
    got = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert n == 1 and got[1] == ["13900000011", "客户11", "", "11-24", "客户11您好，祝您生日快乐！"]
    # a specialist may see the list but not take the numbers out of the program
    with pytest.raises(PermissionDenied):
        ctx.crm.sms_export(centre.caller, "birthday", "hi")
    with pytest.raises(ValidationError):
        ctx.crm.sms_export(centre.supervisor, "birthday", "  ")


def test_service_messages_go_to_everyone_marketing_only_with_consent(ctx, centre, admin):
    another_customer(ctx, admin, 21, inspection_due=date(2026, 12, 5), insurance_expiry=date(2026, 12, 1))
    another_customer(ctx, admin, 22, consent=True, inspection_due=date(2026, 12, 10),
                     insurance_expiry=date(2026, 12, 2))
    another_customer(ctx, admin, 23, consent=True, inspection_due=date(2027, 6, 1))  # not within 30 days
    ctx.clock.moment = at(2026, 11, 20, 8, 0)
    inspection = ctx.crm.audience(centre.caller, "inspection_due")
    assert [(r.name, r.plate, r.detail) for r in inspection] == [("客户21", "沪B00021", "2026-12-05"),
                                                                 ("客户22", "沪B00022", "2026-12-10")]
    assert [r.name for r in ctx.crm.audience(centre.caller, "insurance_due")] == ["客户22"]
    holiday = {r.name for r in ctx.crm.audience(centre.caller, "holiday")}
    assert holiday == {"客户22", "客户23"}
    data, n = ctx.crm.sms_export(centre.supervisor, "inspection_due", "您的爱车年检将到期")
    assert n == 2 and "13900000021" in data.decode("utf-8-sig")
    with pytest.raises(ValidationError):
        ctx.crm.audience(centre.caller, "everyone")


def test_the_car_club_members_points_and_events(ctx, centre, admin):
    c1, _ = another_customer(ctx, admin, 31, consent=True)
    c2, _ = another_customer(ctx, admin, 32)
    ctx.clock.moment = at(2026, 11, 20, 9, 0)
    m1 = ctx.crm.club_join(centre.caller, c1, welcome_points=100)
    m2 = ctx.crm.club_join(centre.caller, c2)
    assert m1.points == 100 and m1.number != m2.number
    with pytest.raises(ValidationError):
        ctx.crm.club_join(centre.caller, c1)  # once
    m1 = ctx.crm.club_points(centre.caller, m1.id, ctx.crm.club_member(centre.caller, m1.id).version, 50, "visit",
                             "保养")
    with pytest.raises(ValidationError):  # more than the balance
        ctx.crm.club_points(centre.caller, m1.id, m1.version, 151, "redeem")
    m1 = ctx.crm.club_points(centre.caller, m1.id, m1.version, 120, "redeem", "洗车券")
    assert m1.points == 30 and [(x.points, x.reason) for x in m1.moves] == [(-120, "redeem"), (50, "visit"),
                                                                          (100, "welcome")]
    with pytest.raises(ValidationError):
        ctx.crm.club_new_event(centre.caller, "自驾游", date(2026, 11, 1))  # in the past
    e = ctx.crm.club_new_event(centre.caller, "周末自驾游", date(2026, 12, 5), place="千岛湖", capacity=1, points=200)
    e = ctx.crm.club_sign_up(centre.caller, e.id, m1.id)
    assert (e.signed_up, e.full) == (1, True)
    with pytest.raises(ValidationError):
        ctx.crm.club_sign_up(centre.caller, e.id, m2.id)  # full
    ctx.crm.club_attended(centre.caller, e.id, m1.id)
    e = ctx.crm.club_attended(centre.caller, e.id, m1.id)  # twice: the points once
    assert e.attended == 1 and ctx.crm.club_member(centre.caller, m1.id).points == 230
    # only the consenting member is on the club's SMS list; a member who left is not
    assert [r.name for r in ctx.crm.audience(centre.caller, "club")] == ["客户31"]
    m1 = ctx.crm.club_member(centre.caller, m1.id)
    ctx.crm.club_leave(centre.caller, m1.id, m1.version)
    assert ctx.crm.audience(centre.caller, "club") == []
    assert [m.number for m in ctx.crm.club_members(centre.caller)] == [m2.number]
    actions = [e.action for e in ctx.audit.entries(admin, action_prefix="crm.club")]
    assert "crm.club_join" in actions and "crm.club_points" in actions and "crm.club_leave" in actions


def test_the_customer_timeline_shows_appointments_calls_and_complaints(ctx, centre, admin):
    c, v = another_customer(ctx, admin, 41)
    ctx.clock.moment = at(2026, 11, 19, 9, 0)
    ctx.crm.book(centre.booker, AppointmentInput(vehicle_id=v, advisor_id=centre.advisor.user_id,
                                                 starts_at=at(2026, 11, 23, 9, 0), expected_hours="1"))
    ctx.crm.open_complaint(centre.caller, CaseInput(customer_id=c, category="attitude", description="电话没人接",
                                                    owner="crcsup", department="front_desk", channel="wechat"))
    t = ctx.crm.new_task(centre.caller, "no_show", c, vehicle_id=v)
    ctx.crm.record_call(centre.caller, t.id, "reached", note="下周再约")
    kinds = sorted(e.kind for e in ctx.customers.timeline(admin, c) if e.kind.startswith("crm."))
    assert kinds == ["crm.appointment", "crm.call", "crm.case"]
