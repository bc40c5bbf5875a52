"""Shared set-up for the tool tests: a keeper, two technicians with badges, a small ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from services.tools.service import ToolItemInput, ToolItemRow
from services.users.permissions import Actor, Role

PASSWORD = "tech-pass-1"


@dataclass
class Station:
    keeper: Actor
    technician: Actor
    borrower_id: int
    other_id: int
    items: dict[str, int]


def make_station(ctx, admin) -> Station:
    k = ctx.users.create_user(admin, "keeper", "刘保管", PASSWORD, [Role.TOOL_KEEPER], badge_code="E20001")
    t = ctx.users.create_user(admin, "tech01", "王师傅", PASSWORD, [Role.TECHNICIAN], badge_code="E10001")
    o = ctx.users.create_user(admin, "tech02", "李师傅", PASSWORD, [Role.TECHNICIAN], badge_code="E10002")
    keeper = Actor.for_roles(k.id, k.username, k.display_name, [Role.TOOL_KEEPER])
    technician = Actor.for_roles(t.id, t.username, t.display_name, [Role.TECHNICIAN])
    svc = ctx.tools
    today = ctx.clock.today()
    items = {}
    for code, name, kind, extra in [
        ("T0001", "扭力扳手 40-200N·m", "measuring", {"calibration_interval_days": 365,
                                                  "next_due": today + timedelta(days=90)}),
        ("T0002", "专用正时工具 EA888", "special", {"brand": "大众", "models": "迈腾, 帕萨特, 途观L"}),
        ("T0003", "故障诊断仪 ODIS", "equipment", {"cost": Decimal("38000.00")}),
        ("T0004", "数字万用表 Fluke 17B+", "measuring", {"calibration_interval_days": 365,
                                                     "next_due": today - timedelta(days=3)}),
        ("T0005", "维修手册 迈腾B8 电路图", "document", {}),
        ("T0006", "套筒组套 1/2\" 24件", "hand", {"quantity": 24, "cost": Decimal("860.50")}),
    ]:
        info = svc.add_item(admin, ToolItemInput(name=name, kind=kind, item_number=code, barcode=code, location="A-01", **extra))
        items[code] = info.id
    return Station(keeper, technician, t.id, o.id, items)


def state_of(ctx, admin, code: str) -> str:
    return ctx.tools.find_item(admin, code).state


def rows_by_number(rows: list[ToolItemRow]) -> dict[str, ToolItemRow]:
    return {r.barcode: r for r in rows}
