"""The small demo shows what the outbox and the 三包 desk look like with work to do: a health record held
back for a mistyped plate (with its reason, in words), and a loan car given under 三包."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models.claims import SanbaoCompensation
from app.db.models.customers import Vehicle
from app.i18n import Translate
from services.common.errors import ValidationError
from services.common.identifiers import check_plate
from services.users.permissions import Actor

ZH = Translate("zh_CN")


def test_the_small_demo_holds_a_record_back_for_its_plate_and_lent_a_loan_car(small_demo):
    ctx, summary = small_demo
    actor = Actor.system()
    held = ctx.repair_file.health_records(actor, status="held")
    assert len(held) == 1, summary.lines
    row = held[0]
    assert "O" in row.plate and row.problem is not None and row.plate in row.problem.message(ZH)
    with pytest.raises(ValidationError):
        check_plate(row.plate)
    with ctx.db.read() as s:
        # the customer file holds that plate: correcting it there and retrying sends the record
        assert s.scalar(select(Vehicle.id).where(Vehicle.plate == row.plate)) is not None
        vehicles = list(s.scalars(select(SanbaoCompensation.vehicle_id).where(SanbaoCompensation.kind == "loan_car")))
    assert vehicles, summary.lines
    loans = [c for c in ctx.claims.compensations(actor, vehicles[0]) if c.kind == "loan_car"]
    assert loans and loans[0].job_card_number and loans[0].days >= 1 and loans[0].end_on >= loans[0].start_on
