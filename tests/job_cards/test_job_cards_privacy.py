"""Customers' phone numbers on job cards follow the one masking rule (services/users/privacy.py)."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
import pytest

from services.users.permissions import Role
from tests.job_cards.fixtures import PASSWORD, PLATE, make_station

CUSTOMER_MOBILE, CUSTOMER_MASKED = "13912345678", "139****5678"
DRIVER_PHONE, DRIVER_MASKED = "13812345678", "138****5678"


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def card(ctx, station):
    return ctx.job_cards.open_card(station.advisor, station.intake())


def _person(ctx, admin, username, role):
    ctx.users.create_user(admin, username, username, PASSWORD, [role])
    return ctx.users.authenticate(username, PASSWORD)


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_the_warranty_clerk_sees_the_mobile_masked_on_the_card_and_its_pdf(ctx, admin, station, card):
    clerk = _person(ctx, admin, "warranty1", Role.WARRANTY_CLERK)
    seen = ctx.job_cards.card(clerk, card.id)
    assert (seen.customer_phone, seen.driver_phone) == (CUSTOMER_MASKED, DRIVER_MASKED)
    assert ctx.job_cards.card_by_number(clerk, card.number).customer_phone == CUSTOMER_MASKED
    text = _pdf_text(ctx.job_cards.job_card_pdf(clerk, card.number))
    assert card.number in text and PLATE in text
    assert CUSTOMER_MASKED in text and DRIVER_MASKED in text
    assert CUSTOMER_MOBILE not in text and DRIVER_PHONE not in text
    # the same clerk sees the same in the customer file and its search
    assert ctx.customers.customer(clerk, station.customer_id).mobile == CUSTOMER_MASKED
    assert [h.mobile for h in ctx.customers.search(clerk, PLATE)] == [CUSTOMER_MASKED]
    assert [h.mobile for h in ctx.job_cards.find_vehicles(clerk, PLATE)] == [CUSTOMER_MASKED]


def test_the_advisor_who_calls_the_customer_sees_the_full_number(ctx, station, card):
    seen = ctx.job_cards.card(station.advisor, card.id)
    assert (seen.customer_phone, seen.driver_phone) == (CUSTOMER_MOBILE, DRIVER_PHONE)
    text = _pdf_text(ctx.job_cards.job_card_pdf(station.advisor, card.number, copies=("customer",)))
    assert CUSTOMER_MOBILE in text


@pytest.mark.parametrize("role", [Role.TECHNICIAN, Role.STOREKEEPER, Role.QUALITY_INSPECTOR, Role.PARTS_PLANNER])
def test_workshop_and_store_roles_see_masked_numbers(ctx, admin, card, role):
    person = _person(ctx, admin, "someone", role)
    seen = ctx.job_cards.card(person, card.id)
    assert (seen.customer_phone, seen.driver_phone) == (CUSTOMER_MASKED, DRIVER_MASKED)


def test_printing_a_card_is_audited_with_who_and_how_phones_showed(ctx, admin, station, card):
    clerk = _person(ctx, admin, "warranty1", Role.WARRANTY_CLERK)
    ctx.job_cards.job_card_pdf(clerk, card.number, copies=("customer",))
    ctx.job_cards.pre_inspection_pdf(station.advisor, card.number)
    entries = ctx.audit.entries(admin, action_prefix="job_card.print")
    assert [(e.username, e.entity_id, e.details["document"], e.details["phones"]) for e in entries] == [
        ("advisor", card.number, "pre_inspection", "full"), ("warranty1", card.number, "job_card", "masked")]
    assert entries[1].details["copies"] == ["customer"]


def test_saving_the_intake_with_the_masked_phone_keeps_the_stored_number(ctx, admin, station, card):
    supervisor = _person(ctx, admin, "shopsup", Role.WORKSHOP_SUPERVISOR)  # edits cards, does not call customers
    seen = ctx.job_cards.card(supervisor, card.id)
    intake = replace(station.intake(), driver_phone=seen.driver_phone, customer_words="刹车异响，左前")
    ctx.job_cards.update_intake(supervisor, card.id, seen.version, intake)
    after = ctx.job_cards.card(station.advisor, card.id)
    assert after.driver_phone == DRIVER_PHONE and after.customer_words == "刹车异响，左前"
