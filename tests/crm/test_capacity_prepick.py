"""The workshop's capacity from the technicians' shifts, and the parts picked for an appointment:
reserved at booking, released on a cancellation or a no-show, moved to the job card at reception."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import ValidationError
from services.crm.capacity import day_capacity, roster_of
from services.crm.data import AppointmentInput
from services.users.permissions import Role
from tests.crm.fixtures import at, person

# the tests' clock: Friday 2026-11-20, 10:30 in Shanghai
MONDAY = date(2026, 11, 23)


def book(ctx, centre, hh, mm, *, day=MONDAY, hours="1", advisor=None, parts=()):
    adv = advisor or centre.advisor
    return ctx.crm.book(centre.booker, AppointmentInput(
        vehicle_id=centre.st.vehicle_id, advisor_id=adv.user_id, starts_at=at(day.year, day.month, day.day, hh, mm),
        expected_hours=Decimal(hours), request="保养，换机油机滤", parts=tuple(parts)))


def roster(ctx, centre, admin) -> None:
    """A hand-made roster: 张技师 and 刘技师 in the mechanical team (08:30–17:30, an hour's break: 8 h
    each), 何技师 in the quick-service team (09:00–13:00 without a break: 4 h). 20 hours a day."""
    w, boss = ctx.workshop, centre.st.admin
    team_a = w.save_team(boss, "机修一组", shift_start="08:30", shift_end="17:30", break_minutes=60)
    team_b = w.save_team(boss, "快保组", shift_start="09:00", shift_end="13:00", break_minutes=0, position=1)
    liu = person(ctx, admin, "tech02", "刘技师", [Role.TECHNICIAN])
    he = person(ctx, admin, "tech03", "何技师", [Role.TECHNICIAN])
    w.place_technician(boss, centre.st.technician.user_id, team_a.id)
    w.place_technician(boss, liu.user_id, team_a.id, position=1)
    w.place_technician(boss, he.user_id, team_b.id)


def refusal(fn) -> str:
    with pytest.raises(ValidationError) as e:
        fn()
    return str(e.value)


# ---- capacity ---------------------------------------------------------------------------------------

def test_a_days_capacity_is_the_shifts_of_the_technicians(ctx, centre, admin):
    roster(ctx, centre, admin)
    load = ctx.crm.load(centre.booker, MONDAY)
    assert (load.capacity_hours, load.technicians, load.open) == (Decimal("20.00"), 3, True)
    book(ctx, centre, 9, 0, hours="12")
    book(ctx, centre, 9, 0, hours="8", advisor=centre.advisor2)
    text = refusal(lambda: book(ctx, centre, 11, 0, hours="0.5"))
    assert "The workshop is booked 20 of 20 hours on 2026-11-23: 0.5 more hours do not fit." in text
    # the slots offered skip the full Monday
    slots = ctx.crm.suggest(centre.booker, after=at(2026, 11, 23, 8, 0), hours="1")
    assert {ctx.clock.local(s.starts_at).date() for s in slots} == {date(2026, 11, 24)}
    # settings do not override a roster: the figure is only the stand-in for a station without technicians
    rules = ctx.crm.rules(centre.supervisor)
    from dataclasses import replace
    ctx.crm.save_rules(centre.supervisor, replace(rules, workshop_hours=Decimal("100")))
    assert ctx.crm.load(centre.booker, MONDAY).capacity_hours == Decimal("20.00")


def test_the_chinese_calendar_decides_which_days_the_technicians_work(ctx, centre, admin):
    roster(ctx, centre, admin)
    rules = ctx.crm.rules(centre.supervisor)
    from dataclasses import replace
    ctx.crm.save_rules(centre.supervisor, replace(rules, closed_weekdays=(5, 6)))
    ctx.clock.moment = at(2026, 9, 25, 10, 0)
    national_day = ctx.crm.load(centre.booker, date(2026, 10, 2))
    assert (national_day.open, national_day.capacity_hours) == (False, Decimal(0))
    saturday = ctx.crm.load(centre.booker, date(2026, 10, 17))
    assert (saturday.open, saturday.capacity_hours) == (False, Decimal(0))
    # the make-up working Saturday (调休) after the holiday: the technicians work it
    make_up = ctx.crm.load(centre.booker, date(2026, 10, 10))
    assert (make_up.open, make_up.capacity_hours) == (True, Decimal("20.00"))


def test_without_technicians_the_settings_figure_stands_in():
    assert roster_of([], []) is None
    assert day_capacity(Decimal("64"), None) == Decimal("64")

    class Tech:
        def __init__(self, team_id):
            self.team_id = team_id

    class Team:
        id, capacity_hours = 7, Decimal("7.50")

    r = roster_of([Tech(7), Tech(None), Tech(99)], [Team()])  # 99: a team no longer active
    assert (r.technicians, r.hours) == (3, Decimal("23.50"))
    assert day_capacity(Decimal("64"), r) == Decimal("23.50")


def test_the_station_fixtures_one_technician_without_a_team_works_the_usual_8_hours(ctx, centre):
    load = ctx.crm.load(centre.booker, MONDAY)
    assert (load.capacity_hours, load.technicians) == (Decimal("8.00"), 1)


# ---- parts picked in advance ------------------------------------------------------------------------

def stock(ctx, centre, qty) -> None:
    st = centre.st
    grn = ctx.parts_receiving.open_receipt(st.admin)
    for pid in st.part_ids[:2]:
        ctx.parts_receiving.receive(st.admin, grn.id, pid, qty)


def reserved(ctx, centre) -> tuple[Decimal, Decimal]:
    return tuple(ctx.parts.stock_of(centre.st.admin, pid)[1] for pid in centre.st.part_ids[:2])


def test_parts_are_reserved_at_booking_and_released_on_cancel_and_no_show(ctx, centre):
    stock(ctx, centre, 10)
    filter_id, oil_id = centre.st.part_ids[:2]
    a = book(ctx, centre, 9, 0, parts=[(filter_id, 1), (oil_id, "4.5")])
    assert [(p.line_ref, p.part_id, p.qty, p.status) for p in a.parts] == [
        ("P1", filter_id, Decimal("1"), "reserved"), ("P2", oil_id, Decimal("4.5"), "reserved")]
    assert reserved(ctx, centre) == (Decimal("1"), Decimal("4.5"))
    held = ctx.parts.reservations(centre.st.admin, a.number)
    assert [(r.line_ref, r.qty, r.status) for r in held] == [("P1", 1, "open"), ("P2", Decimal("4.5"), "open")]
    # the day's sheet shows what is picked
    sheet = ctx.crm.day(centre.booker, MONDAY)
    assert [len(x.parts) for x in sheet] == [2]

    b = book(ctx, centre, 10, 0, parts=[(filter_id, 2)])
    assert reserved(ctx, centre) == (Decimal("3"), Decimal("4.5"))
    gone = ctx.crm.cancel(centre.booker, b.id, b.version, "客户改期")
    assert [p.status for p in gone.parts] == ["released"]
    assert reserved(ctx, centre) == (Decimal("1"), Decimal("4.5"))
    assert [r.status for r in ctx.parts.reservations(centre.st.admin, b.number)] == ["released"]

    c = book(ctx, centre, 11, 0, day=date(2026, 11, 21), parts=[(oil_id, 4)])
    assert reserved(ctx, centre) == (Decimal("1"), Decimal("8.5"))
    ctx.clock.moment = at(2026, 11, 21, 13, 0)
    missed = ctx.crm.no_show(centre.booker, c.id, c.version, "忘了")
    assert [p.status for p in missed.parts] == ["released"]
    assert reserved(ctx, centre) == (Decimal("1"), Decimal("4.5"))
    # cancelled on the reminder call the day before: released too
    ctx.clock.moment = at(2026, 11, 22, 10, 0)
    d = book(ctx, centre, 14, 0, parts=[(filter_id, 1)])
    assert reserved(ctx, centre) == (Decimal("2"), Decimal("4.5"))
    ctx.crm.confirm(centre.booker, d.id, d.version, "cancelled", reason="车已卖")
    assert reserved(ctx, centre) == (Decimal("1"), Decimal("4.5"))


def test_a_part_that_does_not_exist_books_nothing(ctx, centre):
    assert "above zero" in refusal(lambda: book(ctx, centre, 9, 0, parts=[(centre.st.part_ids[0], 0)]))
    with pytest.raises(Exception):  # noqa: B017 (NotFound from the parts master)
        book(ctx, centre, 9, 0, parts=[(999_999, 1)])
    assert ctx.crm.day(centre.booker, MONDAY) == []


def test_at_reception_the_reservation_moves_to_the_cards_lines(ctx, centre):
    stock(ctx, centre, 5)
    filter_id, oil_id = centre.st.part_ids[:2]
    a = book(ctx, centre, 11, 0, day=date(2026, 11, 21), parts=[(filter_id, 1), (oil_id, "4.5")])
    before = reserved(ctx, centre)
    assert before == (Decimal("1"), Decimal("4.5"))
    ctx.clock.moment = at(2026, 11, 21, 10, 50)
    card = ctx.crm.receive(centre.advisor2, a.id, mileage_in=36000)
    parts_lines = [ln for ln in card.lines if ln.kind == "part"]
    assert [(ln.part_id, ln.qty) for ln in parts_lines] == [(filter_id, Decimal("1")), (oil_id, Decimal("4.5"))]
    # moved, not duplicated: the same units are reserved, now under the card's lines
    assert reserved(ctx, centre) == before
    on_card = ctx.parts.reservations(centre.st.admin, card.number)
    assert [(r.line_ref, r.part_id, r.qty, r.status, r.served_from_stock) for r in on_card] == [
        (parts_lines[0].line_ref, filter_id, Decimal("1"), "open", True),
        (parts_lines[1].line_ref, oil_id, Decimal("4.5"), "open", True)]
    assert [r.status for r in ctx.parts.reservations(centre.st.admin, a.number)] == ["released", "released"]
    after = ctx.crm.appointment(centre.booker, a.id)
    assert after.status == "arrived" and after.job_card_number == card.number
    assert [p.status for p in after.parts] == ["carried", "carried"]
    # the card's parts are its own now: cancelling the card gives them back
    ctx.job_cards.cancel(centre.st.supervisor, card.id, card.version, "客户不修了")
    assert reserved(ctx, centre) == (Decimal("0"), Decimal("0"))


def test_reception_is_one_transaction(ctx, centre, monkeypatch):
    stock(ctx, centre, 5)
    filter_id = centre.st.part_ids[0]
    a = book(ctx, centre, 11, 0, day=date(2026, 11, 21), parts=[(filter_id, 2)])
    ctx.clock.moment = at(2026, 11, 21, 10, 50)
    real = ctx.parts.reserve_in

    def failing(s, actor, job_ref, line_ref, part_id, qty):
        if job_ref != a.number:
            raise RuntimeError("the store's disk is full")
        return real(s, actor, job_ref, line_ref, part_id, qty)

    monkeypatch.setattr(ctx.parts, "reserve_in", failing)
    with pytest.raises(RuntimeError):
        ctx.crm.receive(centre.advisor2, a.id, mileage_in=36000)
    monkeypatch.undo()
    # nothing of it stayed: no card, the appointment still booked and still holding its parts
    still = ctx.crm.appointment(centre.booker, a.id)
    assert still.status == "booked" and still.job_card_number is None
    assert [p.status for p in still.parts] == ["reserved"]
    assert [r.status for r in ctx.parts.reservations(centre.st.admin, a.number)] == ["open"]
    assert reserved(ctx, centre)[0] == Decimal("2")
    card = ctx.crm.receive(centre.advisor2, a.id, mileage_in=36000)
    assert reserved(ctx, centre)[0] == Decimal("2") and card.appointment_number == a.number
    assert "arrived already" in refusal(lambda: ctx.crm.receive(centre.advisor2, a.id))
