"""The workshop board on a station PC at 125% scaling: 1366×768 is 1093×614 logical pixels. The board
fits the window: no horizontal scroll bar on the page, the whole working day on the timeline, every
button on screen (the legend and the buttons wrap, the queue beside it gives way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from app.gui import build_main_window
from app.settings import LocalSettings
from tests.workshop.fixtures import sent_card

pytestmark = pytest.mark.gui
SCREEN = (1093, 614)


@pytest.fixture
def local_settings(tmp_path):
    s = LocalSettings()
    s.save = lambda p=None, _orig=s.save: _orig(tmp_path / "settings.json")
    return s


def inside_window(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x() >= 0 and top_left.x() + widget.width() <= window.width()


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from app import i18n

    translators = i18n.install(qapp, request.param)
    yield request.param
    for tr in translators:
        qapp.removeTranslator(tr)


def test_the_board_fits_1093_pixels_without_a_horizontal_scroll_bar(qtbot, ctx, shop, tasks, local_settings,
                                                                   language):
    waiting = sent_card(ctx, shop)  # in the queue
    planned = sent_card(ctx, shop)
    ctx.workshop.assign(shop.boss, planned.id, [shop.wang.user_id])  # a block on the board
    window = build_main_window(ctx, shop.boss, tasks, local_settings)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.open_area("workshop")
    page = window.current_page()
    board = page.board
    qtbot.waitUntil(lambda: board.vm.data is not None and bool(board.canvas.blocks), timeout=10_000)
    assert board.vm.queue.rowCount() == 1, waiting.number
    holder = window.pages.currentWidget()
    assert (window.width(), window.height()) == SCREEN
    assert not holder.horizontalScrollBar().isVisible(), page.minimumSizeHint().width()
    assert page.width() <= holder.viewport().width()
    # the whole day on the timeline, none of it cut off
    assert not board.scroll.horizontalScrollBar().isVisible()
    assert board.canvas.width() <= board.scroll.viewport().width()
    day_end = board.canvas.x_of(board.canvas.t1)
    assert day_end <= board.canvas.width()
    for button in board.findChildren(QAbstractButton):
        if button.isVisible():
            assert inside_window(window, button), button.text()
    window.grab().save(f"/tmp/fdshots/workshop_{language}.png")
