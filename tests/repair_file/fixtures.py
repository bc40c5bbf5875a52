"""Settled jobs for the repair file tests."""

from __future__ import annotations

from sqlalchemy import update

from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.settlement.data import DELIVERY_CHECKS, Tender
from tests.settlement.fixtures import ready_card

ALL_CHECKS = dict.fromkeys(DELIVERY_CHECKS, True)


def settle(ctx, st, *, deliver: bool = True, **intake):
    """A job through the workshop, settled, paid and (by default) handed back; returns the statement."""
    c = ready_card(ctx, st, **intake)
    statement = ctx.settlement.settle(st.advisor, c.id, c.version)
    if deliver:
        ctx.settlement.pay(st.advisor, statement.id, [Tender("wechat", statement.customer_balance)])
        ctx.settlement.deliver(st.advisor, c.id, ALL_CHECKS)
    return statement


def other_car(ctx, st, serial: str, plate: str) -> int:
    c = ctx.customers.create_customer(st.admin, CustomerInput(name="周明" + serial[-2:], mobile="137" + serial + "11"), vehicles=[
        VehicleInput(vin=make_vin("LFV2A21K5N3" + serial), plate=plate, brand="一汽大众", model="迈腾",
                     model_year=2022, odometer_km=20000)])
    return c.vehicles[0].id


def spoil_vin(ctx, vehicle_id: int, vin: str) -> None:
    """A VIN typed wrong in an older system and imported as it was (the check character fails)."""
    with ctx.db.write() as s:
        s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(vin=vin))
        # the cards not settled yet take it too; a settled card keeps the VIN it was settled with (the repair
        # file's guard): the health record reads the customer file's VIN
        s.execute(update(JobCard).where(JobCard.vehicle_id == vehicle_id,
                                        JobCard.status.not_in(("settled", "delivered"))).values(vin=vin))
