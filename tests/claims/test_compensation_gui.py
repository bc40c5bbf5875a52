"""The 三包 watch's compensation form, as the warranty clerk uses it: the car in its 6th repair day is
chosen on the watch, and the loan car given from that day is recorded against its repair."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from app.pages import PageEnv
from app.pages.claims import make_page
from tests.claims.fixtures import warranty_card
from tests.gui_helpers import type_text

pytestmark = pytest.mark.gui
WAIT = 15000


def test_a_loan_car_is_recorded_from_the_watch(qtbot, qloop, tasks, ctx, desk, clock):
    card = warranty_card(ctx, desk.st, finish=False)
    opened = clock.today()
    clock.advance(days=5, minutes=1)
    page = make_page(PageEnv(ctx, desk.clerk, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy and page.vm.watch.rowCount() == 1, timeout=WAIT)
    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.vm.compensationsChanged, timeout=WAIT):
        qtbot.mouseClick(page.watch.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.watch.visualRect(page.vm.watch.index(0, 0)).center())
    assert "day 6" in page.watch_detail.toPlainText()
    assert "No loan car" in page.watch_detail.toPlainText()
    assert page.comp_card.currentText() == card.number
    page.comp_kind.setCurrentIndex(page.comp_kind.findData("loan_car"))
    day6 = opened + timedelta(days=5)
    page.comp_start.setDate(QDate(day6.year, day6.month, day6.day))
    page.comp_end.setDate(QDate(day6.year, day6.month, day6.day).addDays(1))
    type_text(qtbot, page.comp_amount, "0")
    type_text(qtbot, page.comp_note, "备用车 沪A·D1234")
    with qtbot.waitSignal(page.vm.compensationsChanged, timeout=WAIT, check_params_cb=bool):
        qtbot.mouseClick(page.comp_button, Qt.MouseButton.LeftButton)
    assert f"Loan car for {card.number}" in page.watch_detail.toPlainText()
    assert "(2 days)" in page.watch_detail.toPlainText()
    [given] = ctx.claims.compensations(desk.clerk, desk.st.vehicle_id)
    assert (given.kind, given.start_on, given.days, given.amount) == ("loan_car", day6, 2, Decimal("0.00"))
