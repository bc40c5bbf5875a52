"""Proactive contact planned once a day, reminders only with consent for marketing; the phone log."""

from __future__ import annotations

from datetime import date

import pytest

from services.common.errors import ValidationError
from tests.crm.fixtures import another_customer, at

TODAY = date(2026, 11, 20)


def test_the_daily_plan_makes_each_contact_once(ctx, centre, admin):
    another_customer(ctx, admin, 1, delivery_date=date(2026, 11, 15))  # day 5: the first-week call
    another_customer(ctx, admin, 2, delivery_date=date(2026, 10, 1))  # day 50: the day-45 call
    another_customer(ctx, admin, 3, delivery_date=date(2026, 8, 10))  # 3 months, never back
    another_customer(ctx, admin, 4, inspection_due=date(2026, 12, 5))  # inspection: a service call
    another_customer(ctx, admin, 5, insurance_expiry=date(2026, 12, 1))  # insurance: marketing, no consent
    another_customer(ctx, admin, 6, insurance_expiry=date(2026, 12, 1), consent=True)
    _c7, v7 = another_customer(ctx, admin, 7)
    ctx.clock.moment = at(2026, 8, 3, 10, 0)  # customer 7 last came on 3 August
    ctx.job_cards.open_card(centre.advisor, centre.st.intake(vehicle_id=v7, mileage_in=12000))
    ctx.clock.moment = at(2026, 11, 20, 8, 0)
    made = ctx.crm.plan(centre.supervisor)
    assert made == {"new_car_week": 1, "new_car_45": 1, "new_car_not_back": 1, "inspection_due": 1,
                    "insurance_due": 1, "not_seen": 1}
    assert ctx.crm.plan(centre.supervisor) == {}  # once each
    work = {t.kind: t for t in ctx.crm.work_list(centre.caller)}
    assert work["new_car_week"].plate == "沪B00001" and work["new_car_week"].window_end == date(2026, 11, 22)
    assert work["new_car_45"].window_end == date(2026, 12, 30)
    assert work["insurance_due"].customer_name == "客户06"
    assert work["not_seen"].plate == "沪B00007"


def test_the_phone_log_follows_a_call_until_answered(ctx, centre):
    with pytest.raises(ValidationError):
        ctx.crm.log_phone(centre.booker, caller_name=" ")
    e = ctx.crm.log_phone(centre.booker, caller_name="陈先生", caller_phone="13912345678", for_whom="李顾问",
                          topic="问车什么时候好", transferred_to="李顾问（未接）")
    assert [x.id for x in ctx.crm.phone_log(centre.booker, open_only=True)] == [e.id]
    with pytest.raises(ValidationError):
        ctx.crm.answer_phone(centre.booker, e.id, "")
    done = ctx.crm.answer_phone(centre.booker, e.id, "下午四点交车，已回电")
    assert done.status == "answered" and ctx.crm.phone_log(centre.booker, open_only=True) == []
    assert [x.topic for x in ctx.crm.phone_log(centre.booker, TODAY)] == ["问车什么时候好"]
