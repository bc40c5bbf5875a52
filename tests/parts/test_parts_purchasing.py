"""Purchasing, receiving against orders, supplier returns and stocktake."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.commands.parts import checks
from app.db.models.parts import PartStock
from services.common.errors import PermissionDenied, ValidationError
from services.parts.stock import NewPart
from services.users.permissions import Actor, Role


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", address="长春市东风大街8号", lead_time_days=2)
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), retail_price=D("58.00"),
                                               bin="A-01-03", min_stock=D(5), quota=D(20),
                                               barcodes=["6901234567892"]))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", unit="套", cost=D("210.00"),
                                                bin="B-02-01", min_stock=D(2), quota=D(4)))
    plug = ctx.parts.create_part(admin, NewPart("101905601F", "火花塞", cost=D("25.00"), bin="A-01-04"))
    for p in (oil, pads):
        ctx.parts.link_supplier(admin, p.id, sup.id, preferred=True)
    return sup, oil, pads, plug


def test_reorder_suggestions_order_up_to_the_quota_and_the_order_goes_on_order(ctx, admin, store):
    sup, oil, pads, plug = store
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 6)
    ctx.parts.reserve(admin, "WT202611000001", 1, oil.id, 3)  # position 6 − 3 = 3 < 5 → order 17
    sugg = ctx.parts_purchasing.reorder_suggestions(admin)
    assert [(s.number, s.suggested) for s in sugg] == [("06A115561B", D("17.000")), ("1K0698151A", D("4.000"))]
    orders = ctx.parts_purchasing.orders_from_suggestions(admin, sugg, kind="normal")
    assert len(orders) == 1 and orders[0].supplier_name == "一汽大众配件中心"
    sent = ctx.parts_purchasing.send_order(admin, orders[0].id, orders[0].version)
    assert sent.status == "sent"
    assert ctx.parts.part(admin, oil.id).on_order == D("17.000")
    assert ctx.parts_purchasing.reorder_suggestions(admin) == []
    with pytest.raises(PermissionDenied):
        ctx.parts_purchasing.create_order(Actor.for_roles(admin.user_id, "x", "x", [Role.STOREKEEPER]), sup.id)


def test_a_minimum_set_or_cleared_on_the_part_moves_it_in_and_out_of_the_reorder_list(ctx, admin, store):
    """The short parts are read through the minimum kept beside the stock: a change on the part must reach it."""
    sup, oil, pads, plug = store
    assert "101905601F" not in [s.number for s in ctx.parts_purchasing.reorder_suggestions(admin)]
    plug = ctx.parts.update_part(admin, plug.id, plug.version, min_stock="3", quota="10")
    ctx.parts.link_supplier(admin, plug.id, sup.id, preferred=True)
    assert ("101905601F", D("10.000")) in [(s.number, s.suggested) for s in ctx.parts_purchasing.reorder_suggestions(admin)]
    assert "101905601F" in [r.number for r in ctx.parts_reports.below_minimum(admin)]
    assert "101905601F" in [r.number for r in ctx.parts.search(admin, "", below_minimum=True)]
    plug = ctx.parts.update_part(admin, plug.id, plug.version, min_stock="0")
    assert "101905601F" not in [s.number for s in ctx.parts_purchasing.reorder_suggestions(admin)]
    assert "101905601F" not in [r.number for r in ctx.parts_reports.below_minimum(admin)]
    assert not [p for p in checks(ctx) if "minimum" in p]  # the copy agrees with the part
    with ctx.db.write() as s:  # a copy gone astray (a hand edit of the database) is what `servicebay check` names
        s.execute(update(PartStock).where(PartStock.part_id == plug.id).values(min_stock=D(7)))
    assert [p for p in checks(ctx) if "minimum" in p] == ["parts: 101905601F minimum beside the stock 7, the part says 0"]


def test_receiving_against_an_order_shows_over_and_under_delivery(ctx, admin, store):
    sup, oil, pads, plug = store
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(oil.id, 2, D("31.00")), (pads.id, 2, None)])
    order = ctx.parts_purchasing.send_order(admin, order.id, order.version)
    grn = ctx.parts_receiving.open_receipt(admin, order_number=order.number)
    outcomes = [ctx.parts_receiving.scan(admin, grn.id, "6901234567892", uuid.uuid4().hex) for _ in range(3)]
    assert [o.state for o in outcomes] == ["ok", "ok", "over"]
    odd = ctx.parts_receiving.scan(admin, grn.id, "101905601F", uuid.uuid4().hex)
    assert odd.state == "not_ordered"
    info = ctx.parts_receiving.receipt(admin, grn.id)
    lines = {ln.number: ln for ln in info.lines}
    assert lines["06A115561B"].difference == D("1.000") and lines["06A115561B"].unit_cost == D("31.00")
    assert info.missing == (("1K0698151A", "前刹车片", D("2.000")),)
    assert ctx.parts.part(admin, oil.id).on_order == 0
    assert ctx.parts.part(admin, pads.id).on_order == D("2.000")
    assert ctx.parts_purchasing.order(admin, order.id).status == "partial"
    ctx.parts_receiving.undo_last(admin, grn.id)  # the spark plug
    ctx.parts_receiving.undo_last(admin, grn.id)  # the third oil filter
    assert ctx.parts.part(admin, oil.id).on_hand == D("2.000")
    assert ctx.parts.part(admin, plug.id).on_hand == 0
    assert checks(ctx) == []


def test_back_order_for_a_job_card_and_return_to_supplier(ctx, admin, store):
    sup, oil, pads, plug = store
    order = ctx.parts_purchasing.back_order(admin, "WT202611000009", "3", pads.id, 1)
    assert order.kind == "urgent" and order.status == "sent"
    assert [ln.job_ref for ln in ctx.parts_purchasing.back_orders_for_job(admin, "WT202611000009")] == \
        ["WT202611000009"]
    grn = ctx.parts_receiving.open_receipt(admin, order_number=order.number)
    ctx.parts_receiving.receive(admin, grn.id, pads.id, 1)
    ret = ctx.parts_purchasing.return_to_supplier(admin, sup.id, [(pads.id, 1, "摩擦片开裂")], kind="claim",
                                                  receipt_number=grn.number)
    assert ret.lines[0][3] == D("210.00")
    assert ctx.parts.part(admin, pads.id).on_hand == 0
    assert checks(ctx) == []


def test_stocktake_blind_count_recount_approval_and_posting_while_the_store_works(ctx, admin, store):
    sup, oil, pads, plug = store
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 10, unit_cost=D("30.00"))
    ctx.parts_receiving.receive(admin, grn.id, plug.id, 4, unit_cost=D("25.00"))
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    assert st.lines == 2
    sheet = ctx.parts_stocktake.sheet(admin, st.id)
    assert all(line.counted == 0 for line in sheet)  # blind: starts at zero, no book quantity shown
    assert not hasattr(sheet[0], "snapshot")
    ctx.parts.issue_to_job(admin, "WT202611000010", oil.id, 2)  # the store keeps working: 8 on the shelf
    key = uuid.uuid4().hex
    for k in [key, key] + [uuid.uuid4().hex for _ in range(6)]:  # one replayed scan: 7 counted
        ctx.parts_stocktake.count(admin, st.id, "6901234567892", bin_code="A-01-03", scan_key=k)
    ctx.parts_stocktake.count(admin, st.id, "101905601F", bin_code="A-01-04", qty=4)
    diffs = ctx.parts_stocktake.variances(admin, st.id, only_differences=True)
    assert [(v.number, v.expected, v.counted, v.variance) for v in diffs] == \
        [("06A115561B", D("8.000"), D("7.000"), D("-1.000"))]
    ctx.parts_stocktake.request_recount(admin, st.id)
    with pytest.raises(ValidationError):
        ctx.parts_stocktake.count(admin, st.id, "101905601F", bin_code="A-01-04")  # no difference: not recounted
    for _ in range(8):
        ctx.parts_stocktake.count(admin, st.id, "06A115561B", bin_code="A-01-03", scan_key=uuid.uuid4().hex)
    assert ctx.parts_stocktake.variances(admin, st.id, only_differences=True) == []
    ctx.parts_stocktake.approve(admin, st.id)
    ctx.parts_stocktake.post(admin, st.id)
    assert ctx.parts.part(admin, oil.id).on_hand == D("8.000")
    assert checks(ctx) == []


def test_stocktake_posts_a_loss_with_its_value(ctx, admin, store):
    sup, oil, pads, plug = store
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, plug.id, 4, unit_cost=D("25.00"))
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01-04")
    ctx.parts_stocktake.count(admin, st.id, "101905601F", bin_code="A-01-04", qty=3)
    ctx.parts_stocktake.approve(admin, st.id)
    posted = ctx.parts_stocktake.post(admin, st.id).posted
    assert [(v.variance, v.value) for v in posted] == [(D("-1.000"), D("-25.00"))]
    assert ctx.parts.part(admin, plug.id).on_hand == D("3.000")
    assert checks(ctx) == []


def test_whole_store_reads_give_the_same_decimals_as_the_part_card(ctx, admin, store):
    """On hand of all parts and the reorder list read stored integers and turn them into Decimals
    themselves: they must say exactly what the part card says, fractions, prices and filters included."""
    sup, oil, pads, plug = store
    # fractions are for what is measured: the part is sold by the litre here (pieces take whole numbers)
    oil = ctx.parts.update_part(admin, oil.id, oil.version, unit="升")
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, D("2.5"), unit_cost=D("30.10"))
    ctx.parts_receiving.receive(admin, grn.id, plug.id, 7)
    ctx.parts.reserve(admin, "WT202611000002", 1, oil.id, D("0.25"))
    ctx.parts.link_supplier(admin, pads.id, sup.id, price=D("199.90"), preferred=True)
    on_hand = ctx.parts.on_hand_all(admin)
    assert on_hand == {p.id: ctx.parts.part(admin, p.id).on_hand for p in (oil, pads, plug)}
    assert on_hand[oil.id] == D("2.500") and str(on_hand[oil.id]) == "2.500"
    sugg = ctx.parts_purchasing.reorder_suggestions(admin)
    assert [(s.number, s.on_hand, s.reserved, s.suggested, s.price, s.supplier_name) for s in sugg] == [
        ("06A115561B", D("2.500"), D("0.250"), D("17.750"), D("30.00"), "一汽大众配件中心"),  # 20 − (2.5 − 0.25)
        ("1K0698151A", D("0.000"), D("0.000"), D("4.000"), D("199.90"), "一汽大众配件中心"),
    ]
    assert [s.number for s in ctx.parts_purchasing.reorder_suggestions(admin, supplier_id=sup.id, limit=1)] == [
        "06A115561B"]
    assert ctx.parts_purchasing.reorder_suggestions(admin, supplier_id=sup.id + 1000) == []
    # a screen at a time: the first rows, then the rest from where they end, together the whole list
    whole = ctx.parts_purchasing.reorder_suggestions(admin)
    assert (ctx.parts_purchasing.reorder_suggestions(admin, limit=1)
            + ctx.parts_purchasing.reorder_suggestions(admin, offset=1)) == whole
    ctx.parts.update_part(admin, pads.id, ctx.parts.part(admin, pads.id).version, superseded_by="06A115561B")
    assert [s.number for s in ctx.parts_purchasing.reorder_suggestions(admin)] == ["06A115561B"]  # replaced: not ordered


@pytest.mark.parametrize("column", ["reserved", "on_order", "quarantined", "min_stock"])
def test_the_database_itself_refuses_a_negative_reservation_order_quarantine_or_minimum(ctx, store, column):
    """What the store's code relies on is held by the database too: a write that would break it (a bug,
    a hand edit) fails as a whole and the row keeps its value."""
    _sup, oil, _pads, _plug = store
    with pytest.raises(IntegrityError), ctx.db.write() as s:
        s.execute(update(PartStock).where(PartStock.part_id == oil.id).values({column: D(-1)}))
    with ctx.db.read() as s:
        assert s.scalar(select(getattr(PartStock, column)).where(PartStock.part_id == oil.id)) >= 0


def test_the_short_parts_are_read_through_their_partial_index(ctx, store):
    """The reorder list of 100k parts stays fast only if the database uses ix_part_stock_short: a condition
    the planner cannot match to the index (written "a + b - c < m") silently scans every part instead."""
    from app.db.models.parts import short_of_minimum

    q = select(PartStock.part_id).where(short_of_minimum())
    with ctx.db.read() as s:
        conn = s.connection()
        sql = str(q.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        if conn.dialect.name == "sqlite":
            plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        else:  # a table this small would be scanned anyway: ask whether the index can serve at all
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN " + sql))
    assert "ix_part_stock_short" in plan, plan
