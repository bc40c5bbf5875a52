"""The 三包 watch at reception: a car that has reached a trigger says so under it when the advisor finds it;
a car with no trigger reached shows nothing of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.job_cards import make_page
from tests.claims.fixtures import warranty_card
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import PLATE

pytestmark = pytest.mark.gui
WAIT = 15000


def _find(qtbot, form, text):
    form.find.setFocus()
    with qtbot.waitSignal(form.vm.warningsChanged, timeout=WAIT) as shown:
        type_text(qtbot, form.find, text)
        qtbot.keyClick(form.find, Qt.Key.Key_Return)
    return shown.args[0]


def _form(qtbot, ctx, tasks, actor):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    return page.open_card(None)


def test_a_car_on_its_sixth_repair_day_warns_at_reception(qtbot, qloop, tasks, ctx, desk, clock):
    form = _form(qtbot, ctx, tasks, desk.st.advisor)
    assert not any("三包" in w for w in _find(qtbot, form, PLATE))

    card = warranty_card(ctx, desk.st, finish=False)
    clock.advance(days=5, minutes=1)  # day 6 of one repair: a loan car is owed
    form = _form(qtbot, ctx, tasks, desk.st.advisor)
    warnings = _find(qtbot, form, PLATE)
    sanbao = [w for w in warnings if w.startswith("三包")]
    assert len(sanbao) == 1 and card.number in sanbao[0] and "day 6" in sanbao[0]
    assert sanbao[0] in form.warnings.text() and form.warnings.isVisible()
