"""Issue 10 item 7 at the front desk: the card was committed but the answer never reached the screen
(a crash, a dropped connection); pressing Open again finds that card instead of making a second."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db.models.job_cards import JobCard
from app.pages import PageEnv
from app.pages.job_cards import make_page
from services.common.errors import DatabaseBusy
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import PLATE, make_station

pytestmark = pytest.mark.gui
WAIT = 15000


def test_open_pressed_again_after_a_lost_answer_makes_one_card(qtbot, qloop, tasks, ctx, admin, monkeypatch):
    station = make_station(ctx, admin)
    real = ctx.job_cards.open_card
    calls = []

    def committed_then_lost(*args, **kwargs):
        calls.append(kwargs.get("request_key"))
        card = real(*args, **kwargs)
        if len(calls) == 1:
            raise DatabaseBusy("the answer was lost after the commit")
        return card

    monkeypatch.setattr(ctx.job_cards, "open_card", committed_then_lost)
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    vm = form.vm
    form.find.setFocus()
    with qtbot.waitSignal(vm.vehicleHits, timeout=WAIT):
        type_text(qtbot, form.find, PLATE)
        qtbot.keyClick(form.find, Qt.Key.Key_Return)
    type_text(qtbot, form.mileage, "35210")
    type_text(qtbot, form.words, "刹车时有异响")
    with qtbot.waitSignal(vm.errorChanged, timeout=WAIT, check_params_cb=bool):
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert vm.card is None  # the screen never heard of the card
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT) as opened:
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Open, again
    assert calls[0] and calls[0] == calls[1]  # the same retry key both times
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(JobCard)) == 1
    assert opened.args[0].number == "WT20261100001"
