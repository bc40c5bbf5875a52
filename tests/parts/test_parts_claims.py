"""Supplier claims at the invoice price, the credit note reconciled against the claim, and returns that
cannot send back more than is on the shelf, refused on the tab where the clerk acted."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.commands.parts import checks
from services.common.errors import ValidationError
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.parts.gui_fixtures import open_parts_area, person


@pytest.fixture
def headlamps(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心")
    lamp = ctx.parts.create_part(admin, NewPart("5G0941005", "前大灯总成", cost=D("2945.62"), bin="C-01-01"))
    ctx.parts.link_supplier(admin, lamp.id, sup.id, price=D("2945.62"), preferred=True)
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(lamp.id, 3, None)])
    ctx.parts_purchasing.send_order(admin, order.id, order.version)
    grn = ctx.parts_receiving.open_receipt(admin, order_number=order.number)
    ctx.parts_receiving.receive(admin, grn.id, lamp.id, 3)
    [line] = ctx.parts_receiving.receipt(admin, grn.id).lines
    ctx.parts_receiving.set_line(admin, line.id, invoice_price="2800.00")  # the supplier invoiced less
    ctx.parts_receiving.accept_line(admin, line.id)
    grn = ctx.parts_receiving.close_receipt(admin, grn.id, supplier_invoice="No.0091", delivery_note="SH-0091")
    return sup, lamp, grn


def test_a_claim_is_valued_at_the_invoice_price_and_the_remaining_cost_stays_right(ctx, admin, headlamps):
    sup, lamp, grn = headlamps
    assert ctx.parts.part(admin, lamp.id).avg_cost == D("2800.00")
    claim = ctx.parts_purchasing.return_to_supplier(admin, sup.id, [(lamp.id, 2, "灯罩裂纹")], kind="claim",
                                                    reason="到货破损", receipt_number=grn.number)
    assert claim.value == D("5600.00")  # 2 × 2,800.00, not 2 × 2,945.62
    part = ctx.parts.part(admin, lamp.id)
    assert (part.on_hand, part.avg_cost) == (D("1.000"), D("2800.00"))
    credited = ctx.parts_purchasing.settle_return(admin, claim.id, accepted=True, credit_amount="5600.00",
                                                  credit_note="红字 00421")
    assert (credited.credit_note, credited.difference, credited.credited_by) == ("红字 00421", D("0.00"), "admin")
    short = ctx.parts_purchasing.return_to_supplier(admin, sup.id, [(lamp.id, 1, "")], kind="claim",
                                                    receipt_number=grn.number)
    assert ctx.parts_purchasing.settle_return(admin, short.id, accepted=True, credit_amount="2500.00",
                                              credit_note="红字 00422").difference == D("-300.00")
    assert checks(ctx) == []


def test_a_return_cannot_send_back_more_than_is_on_the_shelf(ctx, admin, headlamps):
    sup, lamp, grn = headlamps
    supervisor = person(ctx, admin, "liming", Role.PARTS_SUPERVISOR)  # may let stock go negative elsewhere
    with pytest.raises(ValidationError, match="Only 3 of 5G0941005 in stock"):
        ctx.parts_purchasing.return_to_supplier(supervisor, sup.id, [(lamp.id, 4, "")], receipt_number=grn.number)
    assert ctx.parts.part(admin, lamp.id).on_hand == 3


@pytest.mark.gui
def test_a_refused_return_is_told_on_the_returns_tab(qtbot, qloop, tasks, ctx, admin, headlamps):
    sup, lamp, grn = headlamps
    w = open_parts_area(qtbot, ctx, admin, tasks)
    with qtbot.waitSignal(w.purchasing_vm.returnsChanged):
        w.show_tab(w.returns)
    qtbot.waitUntil(lambda: bool(w.purchasing_vm.suppliers))
    with qtbot.waitSignal(w.purchasing_vm.message) as msg:
        w.purchasing_vm.send_back(sup.id, "return", "5G0941005", "4", "", "surplus", grn.number)
    assert "Only 3" in msg.args[0]
    assert w.returns.message_label.text() == msg.args[0]
    assert w.stock_page.status.text() != msg.args[0]
    w.hide()
