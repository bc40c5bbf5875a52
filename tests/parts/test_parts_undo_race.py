"""Issue 10 item 8: undo locks what it reverses and the ledger takes one reversal of a move.

Seen before: two undos of one goods-received note on PostgreSQL reversed the same scan twice (30 of
30 rounds). Here two threads, released together by a barrier, undo at once: one scan is reversed,
once. The page's Undo pressed twice in a row reverses one scan.
"""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.commands.parts import checks
from app.db.models.parts import StockMove
from app.pages import PageEnv
from app.settings import LocalSettings
from services.common.errors import DuplicateRecord, ServiceError, ValidationError
from services.parts.ledger import Ledger
from tests.parts.gui_fixtures import OIL_EAN, job_card_asking, stock_the_store
from tests.parts.test_parts_receiving_gui import Scanner

ROUNDS = 5


def _at_once(n: int, work) -> list:
    """Run ``work(i)`` in ``n`` threads released together; their results or exceptions."""
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work(i)
        except ServiceError as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_undos_at_once_reverse_the_notes_one_scan_once(ctx, admin):
    _sup, oil, pads = stock_the_store(ctx, admin)
    for _round in range(ROUNDS):
        grn = ctx.parts_receiving.open_receipt(admin)
        ctx.parts_receiving.scan(admin, grn.id, OIL_EAN, uuid.uuid4().hex, qty=10)
        results = _at_once(2, lambda _i, g=grn.id: ctx.parts_receiving.undo_last(admin, g, uuid.uuid4().hex))
        done = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if isinstance(r, ValidationError)]
        assert len(done) == 1 and len(refused) == 1, results
        assert "Nothing to undo" in refused[0].message()
        assert ctx.parts.part(admin, oil.id).on_hand == 0
    with ctx.db.read() as s:
        reversals = s.scalar(select(func.count()).select_from(StockMove).where(StockMove.reverses_id.is_not(None)))
    assert reversals == ROUNDS
    assert checks(ctx) == []


def test_two_undos_of_one_issue_scan_at_once_reverse_it_once(ctx, admin):
    _sup, oil, _pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 10)
    job = job_card_asking(ctx, admin, (oil.id, ROUNDS))
    for _round in range(ROUNDS):
        key = uuid.uuid4().hex
        ctx.job_cards.issue_part(admin, job, OIL_EAN, scan_key=key)
        results = _at_once(2, lambda _i, k=key: ctx.job_cards.undo_issue(admin, k, undo_key=uuid.uuid4().hex))
        assert sum(1 for r in results if not isinstance(r, Exception)) == 1, results
        assert ctx.parts.part(admin, oil.id).on_hand == D("10.000")
    assert ctx.job_cards.picking_list(admin, job).lines[0].issued == 0
    assert checks(ctx) == []


def test_the_ledger_refuses_a_second_reversal_of_one_move(ctx, admin):
    _sup, oil, _pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    out = ctx.parts_receiving.scan(admin, grn.id, OIL_EAN, uuid.uuid4().hex, qty=2)
    ledger = Ledger(ctx.audit, ctx.clock)

    def reverse() -> None:
        with ctx.db.write() as s:
            bin_id = s.scalar(select(StockMove.bin_id).where(StockMove.id == out.move_id))
            ledger.post(s, admin, part_id=oil.id, bin_id=bin_id, kind="receipt", qty=D(-1),
                        reference=out.number, reverses_id=out.move_id)

    reverse()
    with pytest.raises(DuplicateRecord):  # the unique constraint, whatever the code above it checked
        reverse()
    assert ctx.parts.part(admin, oil.id).on_hand == D("1.000")


@pytest.mark.gui
def test_a_double_click_on_undo_reverses_one_scan(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    _sup, oil, _pads = stock_the_store(ctx, admin)
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    scanner = Scanner()
    w.scan_field.setFocus()
    for _ in range(3):
        scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 3 and w.vm.queue.pending == 0)
    with qtbot.waitSignal(w.vm.scanDone):
        w.undo_button.click()
        w.undo_button.click()  # the second click of a double click, while the first undo is on its way
    qtbot.waitUntil(lambda: not tasks.busy)
    qtbot.waitUntil(lambda: w.vm.count == 2)
    assert ctx.parts.part(admin, oil.id).on_hand == D("2.000")
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove).where(StockMove.reverses_id.is_not(None))) == 1
    w.undo_button.click()  # a later press is a new undo
    qtbot.waitUntil(lambda: w.vm.count == 1)
    w.vm.shutdown()
    w.hide()
