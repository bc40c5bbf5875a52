"""The workshop page driven as the supervisor and the technicians do. Waits on signals, never sleeps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.pages import PageEnv
from app.pages.workshop import make_page
from tests.workshop.fixtures import sent_card
from viewmodels.workshop.board import encode_card

pytestmark = pytest.mark.gui
WAIT = 15000


def _page(qtbot, tasks, ctx, actor):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitUntil(lambda: page.vm.data is not None and not tasks.busy, timeout=WAIT)
    return page


def _drop(canvas, mime, pos: QPoint) -> None:
    """What Qt delivers while a drag passes over the board and is let go at ``pos``."""
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for ev in (QDragEnterEvent(pos, actions, mime, buttons, mods), QDragMoveEvent(pos, actions, mime, buttons, mods),
               QDropEvent(pos.toPointF(), actions, mime, buttons, mods)):
        QApplication.sendEvent(canvas, ev)


def test_dragging_a_queue_card_onto_a_technician_dispatches_it(qtbot, qloop, tasks, ctx, shop):
    card = sent_card(ctx, shop, promised_at=ctx.clock.now() + timedelta(hours=4))
    page = _page(qtbot, tasks, ctx, shop.boss)
    board = page.board
    assert board.vm.queue.rowCount() == 1 and "Waiting for a technician: 1" in board.queue_label.text()
    # in the queue nobody has the card yet: it reads as sent to the workshop, not as dispatched (seen on the board)
    shown = board.vm.queue.index(0).data()
    assert "Sent to the workshop" in shown and "Dispatched" not in shown, shown
    canvas = board.canvas
    y = canvas.tech_row_y(shop.wang.user_id)
    mime = board.vm.queue.mimeData([board.vm.queue.index(0)])
    with qtbot.waitSignal(board.vm.boardChanged, timeout=WAIT):
        _drop(canvas, mime, QPoint(canvas.name_w + 200, int(y + canvas.row_h / 2)))
    lines = ctx.workshop.card_assignments(shop.boss, card.id)
    assert [[name for _i, name, _s in la.technicians] for la in lines] == [["王师傅"], ["王师傅"]]
    assert board.vm.queue.rowCount() == 0
    assert canvas.block_rect(card.id, shop.wang.user_id) is not None
    assert "王师傅" in board.status.text()

    # then moved by keyboard: choose the block, Ctrl+Down gives it to the technician below
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected == (card.id, shop.wang.user_id)
    with qtbot.waitSignal(board.vm.boardChanged, timeout=WAIT):
        qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    lines = ctx.workshop.card_assignments(shop.boss, card.id)
    assert [[name for _i, name, _s in la.technicians] for la in lines] == [["刘师傅"], ["刘师傅"]]

    # and dragged back from 刘师傅's row to 张技师's
    mime = encode_card(card.id, shop.liu.user_id)
    with qtbot.waitSignal(board.vm.boardChanged, timeout=WAIT):
        _drop(canvas, mime, QPoint(canvas.name_w + 50, int(canvas.tech_row_y(shop.zhang.user_id) + 5)))
    assert ctx.workshop.card_assignments(shop.boss, card.id)[0].technicians[0][1] == "张技师"
    # Delete sends it back to the queue
    canvas.select(board.vm.block_of(card.id, shop.zhang.user_id))
    with qtbot.waitSignal(board.vm.boardChanged, timeout=WAIT):
        qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert board.vm.queue.rowCount() == 1


def test_a_technician_does_not_get_the_dispatcher_s_drops(qtbot, qloop, tasks, ctx, shop):
    sent_card(ctx, shop)
    page = _page(qtbot, tasks, ctx, shop.zhang)
    assert page.tabs.currentWidget() is page.kiosk  # a technician's workshop page opens on the clock
    assert not page.board.canvas.acceptDrops() and not page.board.dispatch_button.isEnabled()


def _scan(qtbot, field, code: str) -> None:
    """A USB scanner's burst: the characters at once, then Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_kiosk_clocks_a_job_on_and_off_by_scans_and_refuses_what_it_must(qtbot, qloop, tasks, ctx, shop, clock):
    first = sent_card(ctx, shop, codes=("BY001",))
    second = sent_card(ctx, shop, codes=("DP001",))
    ctx.workshop.assign(shop.boss, first.id, [shop.wang.user_id])
    ctx.workshop.assign(shop.boss, second.id, [shop.wang.user_id])
    page = _page(qtbot, tasks, ctx, shop.zhang)  # the kiosk PC, signed in as a technician
    kiosk = page.kiosk
    page.tabs.setCurrentWidget(kiosk)
    vm = kiosk.vm

    def scan(code: str):
        with qtbot.waitSignal(vm.outcome, timeout=WAIT) as sig:
            _scan(qtbot, kiosk.field, code)
        return sig.args

    ok, text = scan(first.number)
    assert not ok and text == "Scan your badge first."
    ok, text = scan("E10002")
    assert ok and text.startswith("王师傅 clocked in at 10:30")
    assert "王师傅: scan the job card" == kiosk.prompt.text()
    ok, text = scan(first.number)
    assert ok and text == f"王师傅 started 更换机油机滤 on {first.number} at 10:30."
    ok, text = scan(second.number)  # a second running job is refused
    assert not ok and text == f"王师傅 is already working on job card {first.number}: pause or finish that job first."
    assert ctx.workshop.clock_state(shop.boss, shop.wang.user_id).running.card_number == first.number
    clock.advance(minutes=48)
    ok, text = scan(first.number)
    assert ok and text == f"王师傅 finished 更换机油机滤 on {first.number} at 11:18."
    ok, text = scan(second.number)
    assert ok and "started 四轮定位" in text
    with qtbot.waitSignal(vm.outcome, timeout=WAIT) as sig:
        qtbot.keyClick(kiosk, Qt.Key.Key_F5)  # pause: waiting for parts
    assert sig.args[0] and "paused 四轮定位" in sig.args[1]
    assert ctx.job_cards.card(shop.st.advisor, second.id).status == "waiting_parts"
    # 开工 by someone not assigned: 刘师傅's badge, then the card
    ok, _ = scan("E10003")
    ok, text = scan(first.number)
    assert not ok and text == f"刘师傅 is not assigned to job card {first.number}: only its technicians start it " \
                              "and check it."
    assert kiosk.message.styleSheet() == "color:#b00020;"


def test_the_wall_display_shows_a_change_made_on_another_pc_within_five_seconds(qtbot, qloop, tasks, ctx, shop, db,
                                                                               clock):
    from viewmodels.workshop.board import BoardViewModel
    from viewmodels.workshop.desk import OverdueViewModel
    from views.workshop.wall import WallDisplay

    card = sent_card(ctx, shop)
    board = BoardViewModel(ctx.workshop, shop.boss, tasks, poll_ms=500)
    wall = WallDisplay(board, OverdueViewModel(ctx.workshop, shop.boss, tasks), "测试维修站")
    board.setParent(wall)
    qtbot.addWidget(wall)
    wall.resize(1600, 900)
    with qtbot.waitSignal(board.boardChanged, timeout=WAIT):
        wall.show()
    assert wall.canvas.read_only and not wall.canvas.acceptDrops()
    assert wall.canvas.block_rect(card.id, shop.liu.user_id) is None
    other = AppContext(db.__class__(db.url), clock)  # the dispatcher's PC
    try:
        other.workshop.assign(shop.boss, card.id, [shop.liu.user_id])
        qtbot.waitUntil(lambda: wall.canvas.block_rect(card.id, shop.liu.user_id) is not None, timeout=5000)
        assert "0 waiting" in wall.counts.text()
    finally:
        wall.hide()
        other.close()
