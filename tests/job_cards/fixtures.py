"""A small station for the job card tests: people, a customer with a car, parts, the labour catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from services.common.clock import Clock
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.job_cards.service import Intake
from services.parts.stock import NewPart
from services.users.permissions import Actor, Role

PASSWORD = "secret-pass-1"
VIN = make_vin("LSVAU2180N2" + "123456")
PLATE = "沪A12345"

OPERATIONS = [
    ("BY001", "更换机油机滤", "Oil and filter change", "", "0.8", "maintenance"),
    ("DP001", "四轮定位", "Wheel alignment", "", "1.0", "maintenance,repair"),
    ("ZD010", "更换前刹车片", "Front brake pads", "", "1.2", "repair,maintenance"),
    ("ZD010", "更换前刹车片", "Front brake pads", "帕萨特", "1.5", "repair,maintenance"),
    ("KT020", "空调系统检修", "Air conditioning check", "", "2.0", "repair"),
]
PARTS = [
    ("06L115562B", "机油滤清器", "个", "genuine", "68.00"),
    ("G052195M4", "全合成机油 5W-40", "升", "genuine", "98.50"),
    ("5Q0698151B", "前刹车片", "套", "equivalent", "420.00"),
]


@dataclass
class Station:
    admin: Actor
    advisor: Actor
    supervisor: Actor
    technician: Actor
    inspector: Actor
    storekeeper: Actor
    customer_id: int
    vehicle_id: int
    part_ids: list[int]
    clock: Clock | None = None

    def intake(self, **kw) -> Intake:
        """What reception records; the card is promised four hours from the station's clock unless told."""
        base = dict(vehicle_id=self.vehicle_id, job_type="maintenance", driver_name="王师傅", driver_phone="13812345678",
                    mileage_in=35000, fuel_level="1/2", customer_words="刹车时有异响，方向盘抖动",
                    valuables="行车记录仪", accessories="备胎、千斤顶", warning_lights=("tpms",),
                    repair_class="level2_maintenance",
                    promised_at=self.clock.now() + timedelta(hours=4) if self.clock else None)
        base.update(kw)
        return Intake(**base)

    def issue_all(self, ctx, number: str) -> None:
        """The store receives what the card's parts lines ask for and issues it to them (the parts counter)."""
        card = ctx.job_cards.card_by_number(self.admin, number)
        grn = ctx.parts_receiving.open_receipt(self.admin)
        for ln in card.lines:
            if ln.kind == "part" and ln.to_issue > 0:
                ctx.parts_receiving.receive(self.admin, grn.id, ln.part_id, ln.to_issue)
                ctx.job_cards.issue_part(self.storekeeper, number, ln.code, qty=ln.to_issue)


def _person(ctx, admin, username, name, roles) -> Actor:
    info = ctx.users.create_user(admin, username, name, PASSWORD, roles)
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def make_station(ctx, admin) -> Station:
    advisor = _person(ctx, admin, "advisor", "李顾问", [Role.SERVICE_ADVISOR])
    supervisor = _person(ctx, admin, "frontsup", "赵主管", [Role.FRONT_DESK_SUPERVISOR])
    technician = _person(ctx, admin, "tech01", "张技师", [Role.TECHNICIAN])
    inspector = _person(ctx, admin, "qc01", "孙质检", [Role.QUALITY_INSPECTOR])
    storekeeper = _person(ctx, admin, "store01", "钱库管", [Role.STOREKEEPER])
    c = ctx.customers.create_customer(admin, CustomerInput(name="陈志强", mobile="13912345678"), vehicles=[
        VehicleInput(vin=VIN, plate=PLATE, brand="上汽大众", model="帕萨特", model_year=2021, colour="白色",
                     odometer_km=30000)])
    for code, zh, en, fam, hours, types in OPERATIONS:
        ctx.job_cards.catalogue.save_operation(admin, code=code, name_zh=zh, name_en=en, model_family=fam,
                                               hours=hours, job_types=types, valid_from=date(2020, 1, 1))
    part_ids = []
    for number, name, unit, quality, price in PARTS:
        p = ctx.parts.create_part(admin, NewPart(number=number, name_zh=name, unit=unit, quality=quality,
                                                 retail_price=Decimal(price), cost=Decimal(price) / 2))
        part_ids.append(p.id)
    return Station(admin, advisor, supervisor, technician, inspector, storekeeper, c.id, c.vehicles[0].id, part_ids,
                   ctx.clock)



def dispatched(ctx, st: Station, card):
    """Send the card to the workshop and dispatch its labour to the station's technician, as the board does."""
    card = ctx.job_cards.dispatch(st.advisor, card.id, card.version)
    if any(ln.kind == "labour" for ln in card.lines):  # a card of parts alone has nothing to dispatch
        ctx.workshop.assign(st.admin, card.id, [st.technician.user_id])
    return ctx.job_cards.card(st.admin, card.id)
