"""The reception form played as an advisor would: what a card must open with (a refusal under the field
it concerns), the promised time changed with why, a ready car reopened, a part marked the customer's own,
buttons greyed with why for a technician, and an unusual plate warned about."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.job_cards import make_page
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from services.home.today import DashboardService
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import PLATE, dispatched, make_station

pytestmark = pytest.mark.gui
WAIT = 15000


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def _form(qtbot, tasks, ctx, actor):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page, page.open_card(None)


def _find(qtbot, form, plate):
    form.find.clear()
    form.find.setFocus()
    with qtbot.waitSignal(form.vm.warningsChanged, timeout=WAIT):
        type_text(qtbot, form.find, plate)
        qtbot.keyClick(form.find, Qt.Key.Key_Return)


def _open_with_ctrl_return(qtbot, form, signal):
    with qtbot.waitSignal(signal, timeout=WAIT) as got:
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return got


def _ok(qtbot, dialog, signal):
    with qtbot.waitSignal(signal, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_reception_shows_what_is_missing_under_its_field_then_opens_with_the_promised_time(qtbot, qloop, tasks,
                                                                                          ctx, station):
    _page, form = _form(qtbot, tasks, ctx, station.advisor)
    vm = form.vm
    _find(qtbot, form, PLATE)
    # the promised time starts two hours ahead, on the half hour (10:30 now → 12:30)
    assert form.promised.text() == "2026-11-20 12:30"
    assert not form.promised_button.isVisible()

    # the mileage typed, the customer's words forgotten
    type_text(qtbot, form.driver, "王师傅")
    type_text(qtbot, form.mileage, "35210")
    _open_with_ctrl_return(qtbot, form, vm.fieldError)
    words_error = form.field_errors["customer_words"]
    assert words_error.isVisible() and "customer's own words" in words_error.text()
    assert form.error.text() == ""  # said once, where it belongs
    assert not form.field_errors["mileage_in"].isVisible() and vm.card is None
    assert form.words.hasFocus()

    # the words typed, the mileage wiped out: now the mileage is what is missing
    type_text(qtbot, form.words, "刹车时有异响")
    form.mileage.clear()
    _open_with_ctrl_return(qtbot, form, vm.fieldError)
    mileage_error = form.field_errors["mileage_in"]
    assert mileage_error.isVisible() and "mileage in" in mileage_error.text()
    assert not words_error.isVisible()

    # a promised time already past, typed into the field section by section
    type_text(qtbot, form.mileage, "35210")
    form.promised.setFocus()
    qtbot.keyClick(form.promised, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.promised, "2026-11-20 09:00")
    assert form.promised.text() == "2026-11-20 09:00"
    _open_with_ctrl_return(qtbot, form, vm.fieldError)
    promised_error = form.field_errors["promised_at"]
    assert promised_error.isVisible() and "already passed" in promised_error.text()

    form.promised.setFocus()
    qtbot.keyClick(form.promised, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.promised, "2026-11-20 17:00")
    card = _open_with_ctrl_return(qtbot, form, vm.cardChanged).args[0]
    assert card.status == "open" and card.mileage_in == 35210 and card.customer_words == "刹车时有异响"
    assert f"{ctx.clock.local(card.promised_at):%Y-%m-%d %H:%M}" == "2026-11-20 17:00"
    assert not any(label.isVisible() for label in form.field_errors.values())
    assert form.promised.isReadOnly() and form.promised_button.isVisible() and form.promised_button.isEnabled()

    # the home page counts the card once its promised time has passed
    home = DashboardService(ctx.db, ctx.clock)
    assert {t.key: t.value for t in home.today(station.advisor)}["late"] == 0
    ctx.clock.advance(hours=7)  # 17:30
    late = next(t for t in home.today(station.advisor) if t.key == "late")
    assert late.value == 1 and card.number in late.lines[0].text
    ctx.clock.advance(hours=-7)

    # later the parts are late: another time, with why
    dialog = form.change_promised()
    dialog.when.setFocus()
    qtbot.keyClick(dialog.when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.when, "2026-11-21 11:00")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Say why."  # no reason yet: nothing is sent
    type_text(qtbot, dialog.reason, "配件明天上午到")
    _ok(qtbot, dialog, dialog.accepted)
    assert form.promised.text() == "2026-11-21 11:00"
    [logged] = ctx.audit.entries(station.admin, action_prefix="job_card.promised_time")
    assert logged.username == "advisor" and logged.summary.endswith("配件明天上午到")


def _ready_card(ctx, st):
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake())
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    c = dispatched(ctx, st, c)
    c = jc.transition(st.technician, c.id, c.version, "in_progress")
    c = jc.self_check(st.technician, c.id, c.version, True, [("done", True)])
    items = [(i, True) for i in jc.checklist(c.job_type)]
    return jc.final_check(st.inspector, c.id, c.version, True, items, road_test=True, road_test_km=2)


def _load(qtbot, form, number):
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(number)


def test_a_ready_car_is_reopened_by_the_desk_and_greyed_for_a_technician(qtbot, qloop, tasks, ctx, station):
    card = _ready_card(ctx, station)
    _tp, tech = _form(qtbot, tasks, ctx, station.technician)
    _load(qtbot, tech, card.number)
    assert not tech.reopen_button.isEnabled()
    assert "Receive cars; edit job cards" in tech.reopen_button.toolTip()  # the permission in words

    _ap, form = _form(qtbot, tasks, ctx, station.advisor)
    _load(qtbot, form, card.number)
    assert form.reopen_button.isEnabled()
    qtbot.mouseClick(form.reopen_button, Qt.MouseButton.LeftButton)
    dialog = form.dialog
    type_text(qtbot, dialog.reason, "客户反映还有异响")
    _ok(qtbot, dialog, dialog.accepted)
    assert form.vm.card.status == "in_progress"
    assert form.vm.card.history[-1].reason == "客户反映还有异响"
    assert not form.reopen_button.isEnabled()


def test_a_part_is_marked_the_customers_own_and_the_buttons_are_greyed_for_a_technician(qtbot, qloop, tasks,
                                                                                        ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    c = jc.add_part(station.advisor, c.id, c.version, station.part_ids[2], 1)  # front brake pads

    _tp, tech = _form(qtbot, tasks, ctx, station.technician)
    _load(qtbot, tech, c.number)
    tech.table.selectRow(0)
    assert not tech.own_button.isEnabled() and not tech.not_needed_button.isEnabled()
    assert "Receive cars; edit job cards" in tech.own_button.toolTip()

    _ap, form = _form(qtbot, tasks, ctx, station.advisor)
    _load(qtbot, form, c.number)
    assert not form.own_button.isEnabled()  # no line chosen yet
    form.table.selectRow(0)
    assert form.own_button.isEnabled() and form.not_needed_button.isEnabled()
    qtbot.mouseClick(form.own_button, Qt.MouseButton.LeftButton)
    dialog = form.dialog
    type_text(qtbot, dialog.reason, "客户自带刹车片")
    _ok(qtbot, dialog, dialog.accepted)
    line = form.vm.card.lines[0]
    assert (line.supply, line.supply_by, line.supply_reason) == ("own", "李顾问", "客户自带刹车片")
    assert form.vm.lines.index(0, 8).data() == "customer's own part"
    assert "客户自带刹车片" in form.vm.lines.index(0, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert form.vm.card.totals.parts == 0
    # and back: the store supplies it after all
    form.table.selectRow(0)
    assert form.stock_button.isEnabled() and not form.own_button.isEnabled()
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        qtbot.mouseClick(form.stock_button, Qt.MouseButton.LeftButton)
    assert form.vm.card.lines[0].supply == "stock"


def test_an_unusual_plate_shows_a_warning_and_the_card_still_opens(qtbot, qloop, tasks, ctx, station, admin):
    ctx.customers.create_customer(admin, CustomerInput(name="某使馆", mobile="13912340000"), vehicles=[
        VehicleInput(vin=make_vin("LSVAU2180N2" + "654321"), plate="使123456", brand="奥迪", model="A6L",
                     model_year=2022)])
    _page, form = _form(qtbot, tasks, ctx, station.advisor)
    _find(qtbot, form, "654321")  # the VIN's last digits (the customer file's search misses the whole 使 plate)
    assert form.plate_warning.isVisible() and "使123456" in form.plate_warning.text()
    type_text(qtbot, form.mileage, "8000")
    type_text(qtbot, form.words, "保养")
    card = _open_with_ctrl_return(qtbot, form, form.vm.cardChanged).args[0]
    assert card.plate == "使123456" and card.promised_at == ctx.clock.now() + timedelta(hours=2)
    # an ordinary plate: no warning
    _find(qtbot, form, PLATE)
    assert not form.plate_warning.isVisible()
