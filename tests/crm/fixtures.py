"""A station with two advisors, an appointment specialist, a follow-up specialist and customers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.settlement.data import DELIVERY_CHECKS, Tender
from services.users.permissions import Actor, Role
from tests.job_cards.fixtures import Station, make_station
from tests.settlement.fixtures import ready_card

SH = ZoneInfo("Asia/Shanghai")
ALL_CHECKS = dict.fromkeys(DELIVERY_CHECKS, True)


def at(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


@dataclass
class Centre:
    st: Station
    advisor2: Actor
    booker: Actor  # the appointment specialist (预约专人)
    caller: Actor  # the follow-up specialist (回访员)
    supervisor: Actor  # the centre's supervisor

    @property
    def advisor(self) -> Actor:
        return self.st.advisor


def person(ctx, admin, username, name, roles) -> Actor:
    info = ctx.users.create_user(admin, username, name, "secret-pass-1", roles)
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def make_centre(ctx, admin) -> Centre:
    st = make_station(ctx, admin)
    return Centre(st, person(ctx, admin, "advisor2", "王顾问", [Role.SERVICE_ADVISOR]),
                  person(ctx, admin, "yuyue", "周预约", [Role.CRC_SPECIALIST]),
                  person(ctx, admin, "huifang", "吴回访", [Role.CRC_SPECIALIST]),
                  person(ctx, admin, "crcsup", "郑主管", [Role.CRC_SUPERVISOR]))


def another_customer(ctx, admin, n: int, *, consent: bool = False, **vehicle) -> tuple[int, int]:
    c = ctx.customers.create_customer(admin, CustomerInput(name=f"客户{n:02d}", mobile=f"139{n:08d}"), vehicles=[
        VehicleInput(vin=make_vin("LSVAU2180N2" + f"{n:06d}"), plate=f"沪B{n:05d}", brand="上汽大众", model="朗逸",
                     model_year=2022, **vehicle)])
    if consent:
        ctx.customers.set_marketing_consent(admin, c.id, True, "paper")
    return c.id, c.vehicles[0].id


def deliver(ctx, st: Station, **intake):
    """A card through final inspection, settled, paid and handed back; returns the card."""
    c = ready_card(ctx, st, **intake)
    statement = ctx.settlement.settle(st.advisor, c.id)
    ctx.settlement.pay(st.advisor, statement.id, [Tender("cash", "689.25")])
    ctx.settlement.deliver(st.advisor, c.id, ALL_CHECKS)
    return c
