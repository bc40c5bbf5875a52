"""Undo of the last scan when issuing to a job card and when counting a stocktake: exactly the move
that scan made is reversed, once, and logged."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.commands.parts import checks
from app.db.models.parts import StockMove
from app.pages import PageEnv
from app.settings import LocalSettings
from services.common.errors import ValidationError
from tests.parts.gui_fixtures import OIL_EAN, job_card_asking, stock_the_store
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui
JOB = "WT202611000001"


def test_undo_of_an_issue_scan_reverses_that_issue_and_gives_the_reservation_back(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 5)
    job = job_card_asking(ctx, admin, (oil.id, 2))  # its line reserves 2
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.issue_mode.click()
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.jobChanged):
        scanner.scan(w.scan_field, job)
    scanner.scan(w.scan_field, OIL_EAN)
    scanner.scan(w.scan_field, OIL_EAN)
    w.undo_button.click()  # pressed while the scans may still be saving: it waits for them
    qtbot.waitUntil(lambda: w.vm.queue.pending == 0 and w.vm.count == 1 and w.vm.last_scans.rowCount() == 4)
    assert w.vm.last_scans.row_object(0).state == "undone"

    with ctx.db.read() as s:
        moves = s.execute(select(StockMove.id, StockMove.kind, StockMove.qty, StockMove.reverses_id,
                                 StockMove.unit_cost, StockMove.channel, StockMove.job_ref)
                          .where(StockMove.job_ref == job).order_by(StockMove.id)).all()
    assert [(m.kind, m.qty) for m in moves] == [("issue", D("-1.000")), ("issue", D("-1.000")), ("issue", D("1.000"))]
    assert moves[2].reverses_id == moves[1].id  # the last scan's move, not the first
    assert moves[2].unit_cost == moves[1].unit_cost and moves[2].channel == "workshop"
    part = ctx.parts.part(admin, oil.id)
    assert part.on_hand == D("4.000") and part.reserved == D("1.000")
    [res] = ctx.parts.reservations(admin, job)
    assert (res.qty, res.issued_qty, res.status) == (D("1.000"), D("1.000"), "open")
    assert [(ln.part_number, ln.qty) for ln in ctx.parts.issued_for_job(job)] == [("06A115561B", D("1.000"))]
    assert checks(ctx) == []
    assert [(p.issued, p.to_issue) for p in w.vm.picking.lines] == [(D("1.000"), D("1.000"))]
    w.vm.shutdown()
    w.hide()


def test_an_issue_scan_is_undone_once_and_an_undo_replayed_counts_nothing(ctx, admin):
    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 3)
    key, undo_key = uuid.uuid4().hex, uuid.uuid4().hex
    ctx.parts.issue_to_job(admin, JOB, code=OIL_EAN, scan_key=key)
    first = ctx.parts.undo_issue_scan(admin, key, undo_key=undo_key)
    again = ctx.parts.undo_issue_scan(admin, key, undo_key=undo_key)  # the same undo replayed after a crash
    assert again.id == first.id and again.replayed
    with pytest.raises(ValidationError):
        ctx.parts.undo_issue_scan(admin, key, undo_key=uuid.uuid4().hex)  # a second undo of the same scan
    with pytest.raises(ValidationError):
        ctx.parts.undo_issue_scan(admin, undo_key)  # an undo is not an issue to take back
    assert ctx.parts.part(admin, oil.id).on_hand == D("3.000")
    assert checks(ctx) == []
    [logged] = ctx.audit.entries(admin, action_prefix="stock.issue_undo")
    assert key in logged.summary


def test_undo_of_a_counting_scan_takes_back_that_count(qtbot, qloop, tasks, ctx, admin):
    from app.pages.stocktake import make_page

    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 3)
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.bin_edit.setText("A-01")
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.start_button.click()
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-03")
    for _ in range(3):
        scanner.scan(w.scan_field, OIL_EAN)
    with qtbot.waitSignal(w.vm.scanDone, check_params_cb=lambda ok, text: ok and "Taken back" in text):
        w.undo_button.click()  # pressed while the scans may still be saving: it waits for them
    qtbot.waitUntil(lambda: w.vm.sheet.rowCount() == 1 and w.vm.sheet.row_object(0).counted == 2)
    st = w.vm.current
    [line] = ctx.parts_stocktake.sheet(admin, st.id)
    assert line.counted == D("2.000")
    [var] = ctx.parts_stocktake.variances(admin, st.id)
    assert var.variance == D("-1.000")
    assert ctx.parts.part(admin, oil.id).on_hand == D("3.000")  # counting moves no stock
    w.vm.shutdown()
    w.hide()


def test_a_count_is_undone_once_and_only_in_its_own_stocktake(ctx, admin):
    sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 3)
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    other = ctx.parts_stocktake.start(admin, bin_prefix="B-")
    key = uuid.uuid4().hex
    ctx.parts_stocktake.count(admin, st.id, OIL_EAN, bin_code="A-01-03", scan_key=key)
    ctx.parts_stocktake.count(admin, st.id, OIL_EAN, bin_code="A-01-03", scan_key=uuid.uuid4().hex)
    with pytest.raises(ValidationError):
        ctx.parts_stocktake.undo_count(admin, other.id, key)
    out = ctx.parts_stocktake.undo_count(admin, st.id, key)
    assert out.qty == D("-1.000") and out.line.counted == D("1.000")
    again = ctx.parts_stocktake.undo_count(admin, st.id, key)  # replayed or pressed twice: nothing more
    assert again.replayed and again.line.counted == D("1.000")
    [logged] = ctx.audit.entries(admin, action_prefix="stocktake.count_undo")
    assert logged.details == {"scan_key": key}
    ctx.parts_stocktake.approve(admin, st.id)
    with pytest.raises(ValidationError):
        ctx.parts_stocktake.undo_count(admin, st.id, uuid.uuid4().hex)
