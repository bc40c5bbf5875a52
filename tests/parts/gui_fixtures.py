"""Shared set-up for the parts area's GUI tests: a store with a supplier, parts, and people by role."""

from __future__ import annotations

from decimal import Decimal as D

from services.parts.stock import NewPart
from services.users.permissions import Actor, Role

OIL_EAN = "6901234567892"


def person(ctx, admin, username: str, role: Role) -> Actor:
    user = ctx.users.create_user(admin, username, username, f"{username}-pass-1", [role])
    return Actor.for_roles(user.id, user.username, user.display_name, [role])


def stock_the_store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", address="长春市东风大街8号", lead_time_days=2)
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), retail_price=D("58.00"),
                                               bin="A-01-03", min_stock=D(5), quota=D(20), barcodes=[OIL_EAN]))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", unit="套", cost=D("210.00"),
                                                retail_price=D("380.00"), bin="B-02-01", min_stock=D(2), quota=D(4)))
    for p in (oil, pads):
        ctx.parts.link_supplier(admin, p.id, sup.id, preferred=True)
    return sup, oil, pads


def open_parts_area(qtbot, ctx, actor, tasks):
    from app.pages import PageEnv
    from app.pages.parts import make_page
    from app.settings import LocalSettings

    w = make_page(PageEnv(ctx=ctx, actor=actor, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def save_dialog_returns(monkeypatch, path) -> None:
    """The save-file dialog answers ``path`` as if the person had chosen it."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def job_card_asking(ctx, admin, *lines, plate: str = "沪A12345") -> str:
    """A job card (for a car of a new customer) whose parts lines ask for ``(part_id, qty)`` each; its number."""
    from datetime import timedelta

    from services.common.identifiers import make_vin
    from services.customers.service import CustomerInput, VehicleInput
    from services.job_cards.service import Intake

    c = ctx.customers.create_customer(admin, CustomerInput(name="陈志强", mobile="13912345678"), vehicles=[
        VehicleInput(vin=make_vin("LSVAU2180N2" + "123456"), plate=plate, brand="上汽大众", model="帕萨特",
                     model_year=2021, odometer_km=30000)])
    card = ctx.job_cards.open_card(admin, Intake(
        vehicle_id=c.vehicles[0].id, mileage_in=35000, customer_words="做保养",
        promised_at=ctx.clock.now() + timedelta(hours=4)))
    for part_id, qty in lines:
        card = ctx.job_cards.add_part(admin, card.id, card.version, part_id, qty)
    return card.number
