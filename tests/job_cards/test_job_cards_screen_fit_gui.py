"""The job card on a station PC's screen: 1366×768 at 100% and at 125% scaling (1093×614 logical
pixels), less the taskbar. Every button of the card and a useful part of the lines stay in sight;
the intake scrolls instead of pushing them off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from app.gui import build_main_window
from app.settings import LocalSettings
from tests.job_cards.fixtures import make_station

pytestmark = pytest.mark.gui
WAIT = 15000
TASKBAR = 40


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and QRect(top_left, widget.size()) .intersected(window.rect()) == \
        QRect(top_left, widget.size())


@pytest.mark.parametrize("screen", [(1366, 768), (1093, 614)], ids=["1366x768", "1366x768-at-125%"])
def test_every_button_and_the_lines_of_a_long_card_fit_a_station_pcs_screen(qtbot, qloop, tasks, ctx, admin,
                                                                               tmp_path, screen):
    st = make_station(ctx, admin)
    svc = ctx.job_cards
    card = svc.open_card(st.advisor, st.intake(job_type="repair"))
    for n in range(1, 7):
        card = svc.add_labour(st.advisor, card.id, card.version, f"X{n:02d}", name=f"钣金修复 {n}", hours="1")
    settings = LocalSettings()
    settings.save = lambda p=None, _orig=settings.save: _orig(tmp_path / "settings.json")
    window = build_main_window(ctx, st.advisor, tasks, settings)
    qtbot.addWidget(window)
    width, height = screen
    assert window.minimumSizeHint().height() <= height - TASKBAR
    window.resize(width, height - TASKBAR)
    window.show()
    qtbot.waitExposed(window)
    window.open_area("job_cards")
    page = window.current_page()
    form = page.open_card(None)
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(card.number)
    qtbot.waitUntil(lambda: form.table.model().rowCount() == 6, timeout=WAIT)
    assert window.size().height() == height - TASKBAR  # nothing forced the window taller than the screen
    for button in (form.print_button, form.pre_button, form.dispatch_button, form.start_button,
                   form.self_check_button, form.final_check_button, form.cancel_button):
        assert _inside(button, window), button.text()
    assert _inside(form.totals, window)
    rows_in_sight = form.table.viewport().height() // form.table.verticalHeader().defaultSectionSize()
    assert rows_in_sight >= 4, (rows_in_sight, form.split.sizes(), form.split.height(), form.table.viewport().height())
    # the intake is still all there: it scrolls
    scroll = form.head_scroll
    scroll.ensureWidgetVisible(form.damage)
    assert _inside(scroll, window)
