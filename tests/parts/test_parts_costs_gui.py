"""Purchase costs are for the roles that buy: a technician's parts page has no cost column, no average
cost in the part's facts, no cost in its moves and no cost reports; the service leaves costs out for
them too. The storekeeper still sees them."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from services.common.errors import PermissionDenied
from services.users.permissions import Role
from tests.parts.gui_fixtures import open_parts_area, person, stock_the_store

pytestmark = pytest.mark.gui


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())]


def _received(ctx, admin, sup, oil):
    rcv = ctx.parts_receiving
    grn = rcv.open_receipt(admin, supplier_id=sup.id, delivery_note="SH-1")
    rcv.receive(admin, grn.id, oil.id, 4, unit_cost=D("31.50"))
    rcv.accept_line(admin, rcv.receipt(admin, grn.id).lines[0].id)
    rcv.close_receipt(admin, grn.id)


def test_a_technicians_parts_page_shows_no_purchase_cost(qtbot, qloop, tasks, ctx, admin):
    sup, oil, _pads = stock_the_store(ctx, admin)
    _received(ctx, admin, sup, oil)
    tech = person(ctx, admin, "tech1", Role.TECHNICIAN)
    w = open_parts_area(qtbot, ctx, tech, tasks)
    qtbot.waitUntil(lambda: w.vm.results.rowCount() == 2)
    headers = _headers(w.vm.results)
    assert "Retail price" in headers and "On hand" in headers
    assert not [h for h in headers if "cost" in h.lower()]
    with qtbot.waitSignal(w.vm.detailChanged):
        w.vm.open_row(0)
    facts = w.stock_page.facts.text()
    assert "On hand 4" in facts and "cost" not in facts and "31.5" not in facts
    assert not [h for h in _headers(w.vm.moves) if "cost" in h.lower()]
    tabs = [w.reports.tabs.tabText(i) for i in range(w.reports.tabs.count())]
    assert "Stock value" not in tabs and "Below minimum" in tabs
    # the service itself leaves the costs out and refuses the cost reports
    info = ctx.parts.part(tech, oil.id)
    assert info.avg_cost is None and info.cost is None and info.on_hand == D(4)
    assert ctx.parts.search(tech, "06A115561B")[0].avg_cost is None
    assert all(m.unit_cost is None and m.value is None for m in ctx.parts.moves(tech, oil.id))
    with pytest.raises(PermissionDenied):
        ctx.parts_reports.stock_value(tech)


def test_the_storekeeper_still_sees_the_average_cost(qtbot, qloop, tasks, ctx, admin):
    sup, oil, _pads = stock_the_store(ctx, admin)
    _received(ctx, admin, sup, oil)
    keeper = person(ctx, admin, "store1", Role.STOREKEEPER)
    w = open_parts_area(qtbot, ctx, keeper, tasks)
    qtbot.waitUntil(lambda: w.vm.results.rowCount() == 2)
    assert "Average cost" in _headers(w.vm.results)
    assert ctx.parts.part(keeper, oil.id).avg_cost == D("31.50")
    assert ctx.parts_reports.stock_value(keeper).total == D("126.00")
