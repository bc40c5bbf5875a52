"""Appointments under the manual's rules: 3 an hour per advisor, 15 minutes apart, two offered slots,
the workshop's hours, closed days; the reminder calls the day before; no-shows; reception."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import ValidationError
from services.crm.data import AppointmentInput
from tests.crm.fixtures import at

# the tests' clock: Friday 2026-11-20, 10:30 in Shanghai; Monday 23 is a working day
MONDAY = date(2026, 11, 23)


def book(ctx, centre, hh, mm, *, advisor=None, hours="1", day=MONDAY, vehicle=None, **kw):
    adv = advisor or centre.advisor
    return ctx.crm.book(centre.booker, AppointmentInput(
        vehicle_id=vehicle or centre.st.vehicle_id, advisor_id=adv.user_id,
        starts_at=at(day.year, day.month, day.day, hh, mm), expected_hours=Decimal(hours), request="常规保养", **kw))


def refusal(fn) -> str:
    with pytest.raises(ValidationError) as e:
        fn()
    return str(e.value)


def test_the_fourth_in_an_hour_and_one_within_15_minutes_are_refused(ctx, centre):
    for mm in (0, 15, 30):
        book(ctx, centre, 9, mm)
    text = refusal(lambda: book(ctx, centre, 9, 45))
    assert "李顾问 has 3 appointments between 09:00 and 09:30 already: at most 3 in an hour." in text
    text = refusal(lambda: book(ctx, centre, 9, 40))
    assert "李顾问 has an appointment at 09:30: leave 15 minutes between two appointments." in text
    # an hour after the first is free again; the other advisor is not bound by this one's calendar
    assert book(ctx, centre, 10, 0).status == "booked"
    assert book(ctx, centre, 9, 45, advisor=centre.advisor2).advisor_name == "王顾问"
    sheet = ctx.crm.day(centre.booker, MONDAY, advisor_id=centre.advisor.user_id)
    assert [ctx.clock.local(a.starts_at).strftime("%H:%M") for a in sheet] == ["09:00", "09:15", "09:30", "10:00"]


def test_the_rules_are_settings(ctx, centre, admin):
    rules = ctx.crm.rules(centre.supervisor)
    assert (rules.max_per_hour, rules.gap_minutes) == (3, 15)
    ctx.crm.save_rules(centre.supervisor, replace(rules, max_per_hour=2, gap_minutes=20))
    book(ctx, centre, 9, 0)
    assert "leave 20 minutes" in refusal(lambda: book(ctx, centre, 9, 10))
    book(ctx, centre, 9, 20)
    assert "at most 2 in an hour" in refusal(lambda: book(ctx, centre, 9, 40))
    assert book(ctx, centre, 10, 0).status == "booked"


def test_two_suggested_slots_obey_the_rules_and_can_be_booked(ctx, centre):
    for mm in (0, 15, 30):
        book(ctx, centre, 9, mm)
    slots = ctx.crm.suggest(centre.booker, after=at(2026, 11, 23, 9, 0), advisor_id=centre.advisor.user_id)
    assert [ctx.clock.local(s.starts_at).strftime("%H:%M") for s in slots] == ["10:00", "10:15"]
    for slot in slots:  # either choice the customer takes is accepted
        a = ctx.crm.book(centre.booker, AppointmentInput(vehicle_id=centre.st.vehicle_id, advisor_id=slot.advisor_id,
                                                         starts_at=slot.starts_at))
        assert a.starts_at == slot.starts_at
    # with any advisor: the free one is offered at the time asked
    slots = ctx.crm.suggest(centre.booker, after=at(2026, 11, 23, 9, 0))
    assert [(ctx.clock.local(s.starts_at).strftime("%H:%M"), s.advisor_name) for s in slots] == [
        ("09:00", "王顾问"), ("09:15", "王顾问")]


def four_hours_a_day(ctx, centre) -> None:
    """The workshop's roster: the station's one technician in a morning team, 08:00–12:00 without a break."""
    team = ctx.workshop.save_team(centre.st.admin, "早班", shift_start="08:00", shift_end="12:00", break_minutes=0)
    ctx.workshop.place_technician(centre.st.admin, centre.st.technician.user_id, team.id)


def test_suggestions_skip_a_full_workshop_and_a_closed_day(ctx, centre):
    four_hours_a_day(ctx, centre)
    rules = ctx.crm.rules(centre.supervisor)
    ctx.crm.save_rules(centre.supervisor, replace(rules, closed_weekdays=(6,)))
    book(ctx, centre, 9, 0, hours="3.5", day=date(2026, 11, 21))  # Saturday: 0.5 hours left
    slots = ctx.crm.suggest(centre.booker, after=at(2026, 11, 21, 8, 0), hours="1")
    # Saturday cannot take an hour, Sunday is closed: Monday's first slots
    assert [ctx.clock.local(s.starts_at).strftime("%Y-%m-%d %H:%M") for s in slots] == [
        "2026-11-23 08:30", "2026-11-23 08:45"]
    # half an hour still fits on Saturday
    slots = ctx.crm.suggest(centre.booker, after=at(2026, 11, 21, 8, 0), hours="0.5")
    assert ctx.clock.local(slots[0].starts_at).strftime("%Y-%m-%d %H:%M") == "2026-11-21 08:30"


def test_refusals_say_why_past_closed_day_holiday_capacity_hours(ctx, centre):
    assert "has passed" in refusal(lambda: book(ctx, centre, 9, 0, day=date(2026, 11, 20)))
    four_hours_a_day(ctx, centre)
    rules = ctx.crm.rules(centre.supervisor)
    ctx.crm.save_rules(centre.supervisor, replace(rules, closed_weekdays=(5, 6),
                                                  closed_dates=(date(2026, 12, 31),)))
    assert "2026-11-22: a closed weekday" in refusal(lambda: book(ctx, centre, 9, 0, day=date(2026, 11, 22)))
    assert "closed on 2026-12-31" in refusal(lambda: book(ctx, centre, 9, 0, day=date(2026, 12, 31)))
    assert "start between 08:30 and 17:00" in refusal(lambda: book(ctx, centre, 17, 30))
    book(ctx, centre, 9, 0, hours="3")
    text = refusal(lambda: book(ctx, centre, 14, 0, hours="2", advisor=centre.advisor2))
    assert "The workshop is booked 3 of 4 hours on 2026-11-23: 2 more hours do not fit." in text
    # a statutory holiday from the calendar: National Day 2026
    ctx.clock.moment = at(2026, 9, 25, 10, 0)
    assert "2026-10-02 is a statutory holiday" in refusal(lambda: book(ctx, centre, 9, 0, day=date(2026, 10, 2)))
    # Saturdays are closed, but the make-up working Saturday after it (调休) takes appointments
    assert "2026-10-17: a closed weekday" in refusal(lambda: book(ctx, centre, 9, 0, day=date(2026, 10, 17)))
    assert book(ctx, centre, 9, 0, day=date(2026, 10, 10)).status == "booked"


def test_next_day_confirmation_list_called_confirmed_moved_cancelled(ctx, centre):
    saturday = date(2026, 11, 21)
    ids = [book(ctx, centre, 9, mm, day=saturday).id for mm in (0, 15, 30)]
    book(ctx, centre, 9, 0, day=saturday, advisor=centre.advisor2)
    todo = ctx.crm.confirmation_list(centre.booker)
    assert len(todo) == 4 and all(a.confirmation is None for a in todo)
    a0, a1, a2 = (ctx.crm.appointment(centre.booker, i) for i in ids)
    called = ctx.crm.confirm(centre.booker, a0.id, a0.version, "called")
    assert called.confirmation == "called"
    ok = ctx.crm.confirm(centre.booker, a0.id, called.version, "confirmed")
    assert ok.confirmation == "confirmed"
    moved = ctx.crm.confirm(centre.booker, a1.id, a1.version, "moved", starts_at=at(2026, 11, 21, 14, 0))
    assert moved.confirmation == "moved" and ctx.clock.local(moved.starts_at).hour == 14
    assert "why the customer cancels" in refusal(lambda: ctx.crm.confirm(centre.booker, a2.id, a2.version,
                                                                         "cancelled"))
    gone = ctx.crm.confirm(centre.booker, a2.id, a2.version, "cancelled", reason="出差")
    assert gone.status == "cancelled" and gone.reason == "出差"
    left = ctx.crm.confirmation_list(centre.booker)
    assert {a.confirmation for a in left} == {"confirmed", "moved", None} and len(left) == 3


def test_a_no_show_needs_its_reason_and_is_rebooked(ctx, centre):
    a = book(ctx, centre, 9, 0, day=date(2026, 11, 21))
    assert "still to come" in refusal(lambda: ctx.crm.no_show(centre.booker, a.id, a.version, "忘了"))
    ctx.clock.moment = at(2026, 11, 21, 12, 0)
    assert "why the customer did not come" in refusal(lambda: ctx.crm.no_show(centre.booker, a.id, a.version, " "))
    gone = ctx.crm.no_show(centre.booker, a.id, a.version, "临时加班，忘了")
    assert gone.status == "no_show"
    again = book(ctx, centre, 10, 0, day=date(2026, 11, 24), rebook_of=a.id)
    assert again.status == "booked" and again.number != a.number


def test_at_reception_the_appointment_becomes_a_job_card(ctx, centre):
    a = book(ctx, centre, 11, 0, day=date(2026, 11, 21))
    ctx.clock.moment = at(2026, 11, 21, 10, 50)
    card = ctx.crm.receive(centre.advisor2, a.id, mileage_in=36000)
    assert card.appointment_number == a.number and card.advisor_name == "李顾问"
    assert card.customer_words == "常规保养" and card.mileage_in == 36000
    after = ctx.crm.appointment(centre.booker, a.id)
    assert after.status == "arrived" and after.job_card_number == card.number
    assert "arrived already" in refusal(lambda: ctx.crm.receive(centre.advisor2, a.id))
