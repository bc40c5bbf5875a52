"""Reception from whatever the advisor has: a plate not on file says so, the customer and car are made
in place from what was typed and chosen on the form, the card opens; saving says when; the customer
page's "Open a job card" opens the job card area with that car chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui import build_main_window
from app.pages import PageEnv
from app.pages.job_cards import make_page
from app.settings import LocalSettings
from services.common.identifiers import make_vin
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import PLATE, VIN, make_station
from viewmodels.job_cards.new_car import prefill

pytestmark = pytest.mark.gui
WAIT = 15000
NEW_PLATE = "沪B67890"
NEW_VIN = make_vin("LSVAU2180N2" + "654321")


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def _find(qtbot, form, text, signal):
    form.find.setFocus()
    form.find.clear()
    with qtbot.waitSignal(signal, timeout=WAIT):
        type_text(qtbot, form.find, text)
        qtbot.keyClick(form.find, Qt.Key.Key_Return)


def test_what_was_typed_goes_into_the_field_it_fits():
    assert prefill("沪b 67890")["plate"] == "沪B67890"
    assert prefill(NEW_VIN.lower())["vin"] == NEW_VIN
    assert prefill("139 1234 0000")["mobile"] == "13912340000"
    assert prefill("王建国")["name"] == "王建国"
    assert prefill("A12345") == dict.fromkeys(("name", "mobile", "plate", "vin", "brand", "model"), "")


def test_an_unknown_plate_is_made_in_place_chosen_and_received(qtbot, qloop, tasks, ctx, station):
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    vm = form.vm

    # a plate the file does not know: the form says so and offers to make it
    _find(qtbot, form, NEW_PLATE, vm.vehicleHits)
    assert form.not_found_row.isVisible() and NEW_PLATE in form.not_found.text()
    assert form.new_car_button.isVisible() and form.vehicle.text() == ""

    qtbot.mouseClick(form.new_car_button, Qt.MouseButton.LeftButton)
    dialog = form.dialog
    assert dialog.isVisible() and dialog.fields["plate"].text() == NEW_PLATE and dialog.fields["vin"].text() == ""

    # saved without the VIN and with a bad mobile: each refusal under its field, nothing made
    type_text(qtbot, dialog.fields["name"], "王建国")
    with qtbot.waitSignal(dialog.vm.fieldError, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["vin"].isVisible() and dialog.errors["vin"].text()
    type_text(qtbot, dialog.fields["vin"], NEW_VIN)
    type_text(qtbot, dialog.fields["mobile"], "12345")
    with qtbot.waitSignal(dialog.vm.fieldError, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["mobile"].isVisible() and "12345" in dialog.errors["mobile"].text()
    assert not dialog.errors["vin"].isVisible() and dialog.isVisible()
    assert ctx.customers.search(station.advisor, NEW_PLATE) == []

    # corrected: the customer and car are on file and the form has chosen the car
    dialog.fields["mobile"].clear()
    type_text(qtbot, dialog.fields["mobile"], "13700001111")
    with qtbot.waitSignal(vm.warningsChanged, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert NEW_VIN in form.vehicle.text() and "王建国" in form.vehicle.text()
    assert not form.not_found_row.isVisible()
    [hit] = ctx.customers.search(station.advisor, NEW_PLATE)
    assert hit.name == "王建国" and hit.vin == NEW_VIN and hit.mobile.endswith("1111")

    # and the card opens for it, saying when it was saved
    type_text(qtbot, form.mileage, "1200")
    type_text(qtbot, form.words, "空调不凉")
    with qtbot.waitSignal(vm.saved, timeout=WAIT):
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    card = vm.card
    assert card.vehicle_id == hit.vehicle_id and card.plate == NEW_PLATE
    local = ctx.clock.local(ctx.clock.now()).strftime("%H:%M")
    assert card.number in form.status.text() and f"Saved at {local}" in form.status.text()


def test_saving_the_intake_says_when(qtbot, qloop, tasks, ctx, station, clock):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(card.number)
    assert "Saved" not in form.status.text()
    clock.advance(minutes=12)
    form.valuables.clear()
    type_text(qtbot, form.valuables, "太阳镜")
    with qtbot.waitSignal(form.vm.saved, timeout=WAIT):
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert form.vm.card.valuables == "太阳镜"
    local = ctx.clock.local(ctx.clock.now()).strftime("%H:%M")
    assert form.status.text().startswith(card.number) and form.status.text().endswith(f"Saved at {local}")


def test_a_known_phone_or_name_finds_the_car(qtbot, qloop, tasks, ctx, station):
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    for typed in ("13912345678", "陈志强", VIN[-6:]):
        _find(qtbot, form, typed, form.vm.vehicleHits)
        assert PLATE in form.vehicle.text() and not form.not_found_row.isVisible(), typed


def test_the_customer_pages_open_a_job_card_receives_its_car(qtbot, qloop, tasks, ctx, station, tmp_path):
    settings = LocalSettings()
    settings.save = lambda p=None, _orig=settings.save: _orig(tmp_path / "settings.json")
    window = build_main_window(ctx, station.advisor, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_area("customers")
    customers = window.current_page()
    with qtbot.waitSignal(customers.page_vm.loaded, timeout=WAIT):
        customers.page_vm.load(station.customer_id)
    button = customers.page.job_card_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    jobs = window.current_page()
    assert window.area_keys()[window.nav.currentRow()] == "job_cards"
    form = jobs.form
    qtbot.waitUntil(lambda: VIN in form.vehicle.text(), timeout=WAIT)
    assert form.vm.vehicle_id == station.vehicle_id and PLATE in form.vehicle.text()
    assert form.vm.card is None and form.isVisible()
