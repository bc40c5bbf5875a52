"""What a job card opens with (mileage in, the customer's own words, a promised time still ahead), the
promised time changed later with why, a ready card reopened, and an unusual plate warned at reception."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.common.errors import PermissionDenied, ValidationError
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from tests.job_cards.fixtures import dispatched, make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.mark.parametrize(("missing", "field", "words"), [
    ({"mileage_in": None}, "mileage_in", "mileage in"),
    ({"customer_words": "  "}, "customer_words", "customer's own words"),
    ({"promised_at": None}, "promised_at", "promised time"),
])
def test_a_card_without_mileage_words_or_promised_time_is_refused_naming_the_field(ctx, station, missing, field,
                                                                                   words):
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.open_card(station.advisor, station.intake(**missing))
    assert e.value.field == field
    assert words in e.value.message()
    assert ctx.job_cards.list_cards(station.advisor).rows == ()  # nothing was opened


def test_a_promised_time_already_past_is_refused(ctx, station, clock):
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.open_card(station.advisor, station.intake(promised_at=clock.now() - timedelta(minutes=5)))
    assert e.value.field == "promised_at" and "has already passed" in e.value.message()
    assert "2026-11-20 10:25" in e.value.message()  # in the station's time, as the desk typed it


def test_the_lower_odometer_rule_still_holds(ctx, station):
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.open_card(station.advisor, station.intake(mileage_in=29000))  # the car showed 30,000 before
    assert e.value.field == "mileage_in" and "lower than the last reading" in e.value.message()
    c = ctx.job_cards.open_card(station.advisor, station.intake(mileage_in=29000, mileage_reason="更换仪表"))
    assert c.mileage_in == 29000


def test_an_estimate_may_wait_for_them_but_becomes_a_card_only_with_them(ctx, station):
    jc = ctx.job_cards
    e = jc.open_card(station.advisor, station.intake(mileage_in=None, promised_at=None), estimate=True)
    with pytest.raises(ValidationError) as refused:
        jc.convert_estimate(station.advisor, e.id, e.version)
    assert refused.value.field == "mileage_in"
    e = jc.update_intake(station.advisor, e.id, e.version, station.intake(promised_at=None))
    with pytest.raises(ValidationError) as refused:
        jc.convert_estimate(station.advisor, e.id, e.version)
    assert refused.value.field == "promised_at"
    e = jc.change_promised_time(station.advisor, e.id, e.version, ctx.clock.now() + timedelta(hours=3), "客户同意报价")
    c = jc.convert_estimate(station.advisor, e.id, e.version)
    assert c.status == "open" and c.mileage_in == 35000


def test_changing_the_promised_time_is_audited_with_old_new_who_and_why(ctx, station, clock):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake(promised_at=clock.now() + timedelta(hours=2)))  # 12:30
    later = clock.now() + timedelta(hours=6)  # 16:30
    with pytest.raises(ValidationError) as e:
        jc.change_promised_time(station.advisor, c.id, c.version, later, " ")
    assert e.value.field == "reason"
    with pytest.raises(ValidationError) as e:
        jc.change_promised_time(station.advisor, c.id, c.version, clock.now() - timedelta(hours=1), "配件晚到")
    assert e.value.field == "promised_at"
    with pytest.raises(PermissionDenied):
        jc.change_promised_time(station.technician, c.id, c.version, later, "配件晚到")
    c = jc.change_promised_time(station.advisor, c.id, c.version, later, "配件下午才到")
    assert c.promised_at == later
    [logged] = ctx.audit.entries(station.admin, action_prefix="job_card.promised_time")
    assert logged.username == "advisor" and logged.entity_id == c.number
    assert logged.summary == "2026-11-20 12:30 → 2026-11-20 16:30: 配件下午才到"
    assert logged.details["reason"] == "配件下午才到"
    assert logged.details["old"].startswith("2026-11-20T04:30") and logged.details["new"].startswith("2026-11-20T08:30")


def test_saving_the_intake_keeps_the_promised_time_and_refuses_to_change_it_without_why(ctx, station, clock):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError) as e:
        jc.update_intake(station.advisor, c.id, c.version, station.intake(promised_at=c.promised_at + timedelta(hours=1)))
    assert e.value.field == "promised_at"
    c2 = jc.update_intake(station.advisor, c.id, c.version, station.intake(promised_at=None, diagnosis="刹车片磨损"))
    assert c2.promised_at == c.promised_at and c2.diagnosis == "刹车片磨损"
    with pytest.raises(ValidationError) as e:  # what the card opened with is corrected, not removed
        jc.update_intake(station.advisor, c2.id, c2.version, station.intake(customer_words=""))
    assert e.value.field == "customer_words"


def _ready(ctx, st):
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake())
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    c = dispatched(ctx, st, c)
    c = jc.transition(st.technician, c.id, c.version, "in_progress")
    c = jc.self_check(st.technician, c.id, c.version, True, [("done", True)])
    items = [(i, True) for i in jc.checklist(c.job_type)]
    return jc.final_check(st.inspector, c.id, c.version, True, items, road_test=True, road_test_km=2)


def test_a_ready_card_is_reopened_with_a_reason_by_the_desk_not_by_a_technician(ctx, station):
    jc = ctx.job_cards
    c = _ready(ctx, station)
    assert c.status == "ready" and "reopen" in c.actions()
    with pytest.raises(PermissionDenied):
        jc.transition(station.technician, c.id, c.version, "in_progress", "还有异响")
    with pytest.raises(ValidationError) as e:
        jc.transition(station.advisor, c.id, c.version, "in_progress", "")
    assert e.value.field == "reason"
    c = jc.transition(station.advisor, c.id, c.version, "in_progress", "客户反映还有异响")
    assert c.status == "in_progress" and c.completed_at is None
    assert (c.history[-1].from_status, c.history[-1].to_status, c.history[-1].reason) == \
        ("ready", "in_progress", "客户反映还有异响")
    [logged] = ctx.audit.entries(station.admin, action_prefix="job_card.reopen")
    assert logged.username == "advisor" and logged.summary == "客户反映还有异响"


def test_an_unusual_plate_is_a_warning_at_reception_not_a_refusal(ctx, station, admin):
    c = ctx.customers.create_customer(admin, CustomerInput(name="某使馆", mobile="13912340000"), vehicles=[
        VehicleInput(vin=make_vin("LSVAU2180N2" + "654321"), plate="使123456", brand="奥迪", model="A6L",
                     model_year=2022)])
    vehicle_id = c.vehicles[0].id
    warnings = ctx.job_cards.reception_warnings(station.advisor, vehicle_id)
    [plate] = [w for w in warnings if w.kind == "plate"]
    # check_plate's own words (the customer file's rules), naming the plate
    assert "使123456" in plate.text.format(**plate.params)
    assert "check it against" in plate.text
    card = ctx.job_cards.open_card(station.advisor, station.intake(vehicle_id=vehicle_id, mileage_in=8000))
    assert card.plate == "使123456"
    # an ordinary plate gives no such warning
    assert [w for w in ctx.job_cards.reception_warnings(station.advisor, station.vehicle_id) if w.kind == "plate"] == []


def test_the_printed_card_shows_the_promised_time_and_its_change(ctx, station, clock):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake(promised_at=clock.now() + timedelta(hours=4)))  # 14:30 local
    c = jc.add_labour(station.advisor, c.id, c.version, "BY001")
    customer, workshop = _pdf_pages(jc.job_card_pdf(station.advisor, c.number, copies=("customer", "workshop")))
    for page in (customer, workshop):
        assert "约定交车时间2026-11-2014:30" in page
    jc.change_promised_time(station.advisor, c.id, c.version, clock.now() + timedelta(hours=29), "等配件")
    [customer] = _pdf_pages(jc.job_card_pdf(station.advisor, c.number, copies=("customer",)))
    assert "约定交车时间2026-11-2115:30" in customer and "14:30" not in customer


def _pdf_pages(data: bytes) -> list[str]:
    """Each page's text without white space (the PDF's cells come back as separate words)."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return ["".join((page.extract_text() or "").split()) for page in pdf.pages]
