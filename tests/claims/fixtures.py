"""The claims tests' station: the job card tests' station, its car bought in 2026, a warranty clerk and a
technical supervisor, and warranty jobs through the final inspection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.users.permissions import Actor, Role
from tests.job_cards.fixtures import Station, make_station
from tests.settlement.fixtures import through_qc

PURCHASED = date(2026, 3, 1)


@dataclass
class ClaimsDesk:
    st: Station
    clerk: Actor  # 索赔员
    appraiser: Actor  # 技术主管: the appraisal (索赔鉴定)


def person(ctx, admin, username, name, roles) -> Actor:
    info = ctx.users.create_user(admin, username, name, "secret-pass-1", roles)
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def make_desk(ctx, admin) -> ClaimsDesk:
    st = make_station(ctx, admin)
    v = ctx.customers.vehicle(admin, st.vehicle_id)
    ctx.customers.update_vehicle(admin, st.vehicle_id, VehicleInput(
        vin=v.vin, plate=v.plate, brand=v.brand, model=v.model, model_year=v.model_year, colour=v.colour,
        purchase_date=PURCHASED, odometer_km=30000, version=v.version))
    return ClaimsDesk(st, person(ctx, admin, "suopei", "刘索赔", [Role.WARRANTY_CLERK]),
                      person(ctx, admin, "jishu", "何技术", [Role.TECHNICAL_SUPERVISOR]))


def warranty_card(ctx, st: Station, *, finish: bool = True, vehicle_id: int | None = None, **intake):
    """A warranty job: front brake pads (labour ZD010 1.5 h) and the pads themselves, paid by the manufacturer,
    with a customer-paid oil filter alongside; through the final inspection when ``finish``."""
    jc = ctx.job_cards
    base = dict(job_type="warranty", customer_words="刹车异响", repair_class="minor_repair", mileage_in=35000)
    base.update(intake)
    if vehicle_id is not None:
        base["vehicle_id"] = vehicle_id
    c = jc.open_card(st.advisor, st.intake(**base))
    c = jc.add_labour(st.advisor, c.id, c.version, "ZD010", payer="warranty")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[2], 1, payer="warranty")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[0], 1, payer="customer")
    return through_qc(ctx, st, c) if finish else c


def another_vehicle(ctx, admin, n: int, *, purchased: date = PURCHASED) -> int:
    c = ctx.customers.create_customer(admin, CustomerInput(name=f"车主{n:02d}", mobile=f"137{n:08d}"), vehicles=[
        VehicleInput(vin=make_vin("LSVAU2180N2" + f"{700000 + n:06d}"), plate=f"沪C{n:05d}", brand="上汽大众",
                     model="帕萨特", model_year=2026, purchase_date=purchased, odometer_km=1000)])
    return c.vehicles[0].id


def accident_card(ctx, st: Station, *, finish: bool = True, deductible: str = "200.00", **intake):
    """An accident repair: the air-conditioning work (KT020, 2 h) and a part paid by the insurer, and the
    customer's deductible as an other charge the customer pays; through the final inspection when ``finish``."""
    jc = ctx.job_cards
    base = dict(job_type="accident", customer_words="追尾，前部受损", repair_class="minor_repair", mileage_in=35000,
                insurer="平安保险", claim_number="BA2026000123")
    base.update(intake)
    c = jc.open_card(st.advisor, st.intake(**base))
    c = jc.add_labour(st.advisor, c.id, c.version, "KT020", payer="insurer")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[2], 1, payer="insurer")
    if deductible:
        c = jc.add_other(st.advisor, c.id, c.version, "outside_work", deductible, name="保险免赔额", payer="customer")
    return through_qc(ctx, st, c) if finish else c
