"""The advisor saves a line's discount after the cashier settled the card on another PC: the page says
so in words and shows the card as settled, with what no longer applies disabled and nothing typed lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.context import AppContext
from app.pages import PageEnv
from app.pages.job_cards import make_page
from tests.conftest import FAST_HASHER
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import make_station
from tests.job_cards.test_job_cards_settled_meanwhile import WORDS, in_quality_check, settle_on, stored

pytestmark = pytest.mark.gui
WAIT = 15000


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def pc_b(empty_db, clock, ctx):
    """The cashier's PC: its own engine and services over the same database."""
    return AppContext(empty_db.open(), clock, hasher=FAST_HASHER)


def test_a_discount_saved_after_the_other_pc_settled_shows_why_and_the_card_as_settled(
        qtbot, qloop, tasks, ctx, station, pc_b):
    card = in_quality_check(ctx, station)
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))  # PC A: the advisor's page
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    vm = form.vm
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        vm.load(card.number)
    assert form.discount_button.isEnabled()
    # the advisor notes something on the form, not saved yet
    form.diagnosis.setFocus()
    qtbot.keyClick(form.diagnosis, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.diagnosis, "，建议下次更换刹车油")
    typed = form.diagnosis.toPlainText()
    assert typed.endswith("，建议下次更换刹车油")

    settle_on(pc_b, station, card.id)  # meanwhile the cashier settles it on PC B
    before = stored(ctx, card.id)

    row = next(i for i, ln in enumerate(card.lines) if ln.kind == "part")
    form.table.selectRow(row)
    qtbot.mouseClick(form.discount_button, Qt.MouseButton.LeftButton)
    dialog = form.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.percent.clear()
    type_text(qtbot, dialog.percent, "3")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.refused, timeout=WAIT) as refused:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert refused.args[0].startswith(WORDS)
    assert dialog.error.text() == refused.args[0]
    assert form.error.text() == refused.args[0]

    # the page reloads the card as stored: settled; what no longer applies is disabled
    qtbot.waitUntil(lambda: vm.card.status == "settled", timeout=WAIT)
    assert "Settled" in form.status.text()
    for widget in (form.discount_button, form.op_field, form.part_field, form.dispatch_button,
                   form.self_check_button, form.final_check_button, form.cancel_button, ok):
        assert not widget.isEnabled(), widget.objectName() or widget
    assert dialog.percent.isReadOnly()
    # the dialog grew to show the whole message (it was cut off after two lines on the real window)
    label = dialog.error
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.heightForWidth(label.width()))
    assert form.error.text() == refused.args[0]  # the message stays
    assert form.diagnosis.toPlainText() == typed  # nothing typed elsewhere is lost
    assert stored(ctx, card.id) == before  # nothing was saved
    dialog.reject()
