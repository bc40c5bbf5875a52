"""A whole reception played with qtbot as an advisor would, waiting on signals (never sleeping)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.job_cards import make_page
from tests.gui_helpers import print_with_purpose, type_text
from tests.job_cards.fixtures import PLATE, VIN, make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)

pytestmark = pytest.mark.gui
WAIT = 15000


def _enter(qtbot, widget, text, signal):
    widget.setFocus()
    with qtbot.waitSignal(signal, timeout=WAIT):
        type_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_advisor_receives_a_car_to_quality_check(qtbot, qloop, tasks, ctx, station, tmp_path):
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)

    form = page.open_card(None)
    vm = form.vm
    vm.output_dir = tmp_path
    # find the car by its plate
    with qtbot.waitSignal(vm.warningsChanged, timeout=WAIT):
        _enter(qtbot, form.find, PLATE, vm.vehicleHits)
    assert VIN in form.vehicle.text() and form.warnings.text() == ""

    # the intake, from the keyboard (Chinese through the input method)
    type_text(qtbot, form.driver, "王师傅")
    type_text(qtbot, form.mileage, "35210")
    form.fuel.setCurrentIndex(form.fuel.findData("1/4"))
    type_text(qtbot, form.words, "刹车时有异响")
    type_text(qtbot, form.valuables, "行车记录仪")
    form.lights["tpms"].setChecked(True)
    form.repair_class.setCurrentIndex(form.repair_class.findData("level2_maintenance"))
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT) as opened:
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    card = opened.args[0]
    assert card.status == "open" and card.mileage_in == 35210 and card.customer_words == "刹车时有异响"
    assert card.number in form.status.text()

    # two catalogue operations: by code, and by the pinyin initials of 四轮定位
    _enter(qtbot, form.op_field, "BY001", vm.cardChanged)
    _enter(qtbot, form.op_field, "sldw", vm.cardChanged)
    # three parts: by number, by number with a quantity, by Chinese name
    _enter(qtbot, form.part_field, "06L115562B", vm.cardChanged)
    form.part_qty.setText("4.5")
    _enter(qtbot, form.part_field, "G052195M4", vm.cardChanged)
    _enter(qtbot, form.part_field, "前刹车片", vm.cardChanged)
    card = vm.card
    assert [ln.code for ln in card.lines] == ["BY001", "DP001", "06L115562B", "G052195M4", "5Q0698151B"]
    assert vm.lines.rowCount() == 5
    assert card.totals.amount == Decimal("128.00") + Decimal("160.00") + Decimal("68.00") + Decimal("443.25") \
        + Decimal("420.00")
    assert "1,219.25" in form.totals.text()

    # print: the PDF is written and previewed
    printed = print_with_purpose(qtbot, form.print_button, form, vm.printed, WAIT)
    path = tmp_path / f"{card.number}-job_card.pdf"
    assert printed.args == [str(path)] and path.read_bytes().startswith(b"%PDF")
    page.last_preview.close()

    # send to the workshop
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        qtbot.mouseClick(form.dispatch_button, Qt.MouseButton.LeftButton)
    assert vm.card.status == "dispatched"
    station.issue_all(ctx, card.number)  # the parts counter issues the three parts lines
    # the workshop supervisor puts it on the technician's row of the board (tests/workshop drive the board)
    ctx.workshop.assign(station.admin, card.id, [station.technician.user_id])

    # the technician starts and self-checks
    tech_page = make_page(PageEnv(ctx, station.technician, tasks, None))
    qtbot.addWidget(tech_page)
    tech_form = tech_page.open_card(None)
    with qtbot.waitSignal(tech_form.vm.cardChanged, timeout=WAIT):
        tech_form.vm.load(card.number)
    with qtbot.waitSignal(tech_form.vm.cardChanged, timeout=WAIT):
        qtbot.mouseClick(tech_form.start_button, Qt.MouseButton.LeftButton)
    dialog = tech_page.quality_check(False)
    dialog.tick_all()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert tech_form.vm.card.status == "quality_check"

    # the inspector passes the final check, with a road test
    qc_page = make_page(PageEnv(ctx, station.inspector, tasks, None))
    qtbot.addWidget(qc_page)
    qc_form = qc_page.open_card(None)
    with qtbot.waitSignal(qc_form.vm.cardChanged, timeout=WAIT):
        qc_form.vm.load(card.number)
    assert qc_form.final_check_button.isEnabled()
    qtbot.mouseClick(qc_form.final_check_button, Qt.MouseButton.LeftButton)
    dialog = qc_page.findChild(type(dialog))
    dialog.tick_all()
    dialog.road_test.setChecked(True)
    dialog.road_km.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    done = ctx.job_cards.card(station.admin, card.id)
    assert done.status == "ready" and done.certificate_number
    assert [h.to_status for h in done.history] == ["open", "dispatched", "in_progress", "quality_check", "ready"]
    assert done.checks[-1].road_test and done.checks[-1].username == "qc01"


def test_list_page_filters_and_search_and_fetches_more(qtbot, qloop, tasks, ctx, station, clock):
    for i in range(5):
        ctx.job_cards.open_card(station.advisor, station.intake(mileage_in=35000 + i))
        clock.advance(minutes=5)
    from viewmodels.job_cards import listing as vm_module

    old = vm_module.PAGE
    vm_module.PAGE = 2
    try:
        page = make_page(PageEnv(ctx, station.advisor, tasks, None))
        qtbot.addWidget(page)
        vm = page.list_vm
        # pages of two arrive as the table asks for more (keyset paging behind canFetchMore/fetchMore)
        qtbot.waitUntil(lambda: vm.model.rowCount() == 2 and not tasks.busy, timeout=WAIT)
        while vm.model.canFetchMore():
            with qtbot.waitSignal(vm.pageLoaded, timeout=WAIT):
                vm.model.fetchMore()
        assert vm.model.rowCount() == 5
        assert [vm.model.row_at(i).number for i in range(5)] == [
            f"WT2026110000{n}" for n in (5, 4, 3, 2, 1)]
        with qtbot.waitSignal(vm.pageLoaded, timeout=WAIT):
            type_text(qtbot, page.search, "WT20261100003")
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
        assert vm.model.rowCount() == 1
        with qtbot.waitSignal(vm.pageLoaded, timeout=WAIT):
            page.job_type.setCurrentIndex(page.job_type.findData("accident"))
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
        assert vm.model.rowCount() == 0
    finally:
        vm_module.PAGE = old


def test_reception_warns_of_an_open_card_by_its_status_name(qtbot, qloop, tasks, ctx, station):
    first = ctx.job_cards.open_card(station.advisor, station.intake())
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    form = page.open_card(None)
    with qtbot.waitSignal(form.vm.warningsChanged, timeout=WAIT) as warned:
        _enter(qtbot, form.find, PLATE, form.vm.vehicleHits)
    text = " ".join(warned.args[0])
    assert first.number in text
    assert "(Open)" in text and "(open)" not in text  # the status by its name, not its code


def test_fuel_gauge_reads_chinese_on_the_form_and_the_printed_card(qtbot, qapp, qloop, tasks, ctx, station):
    from PySide6.QtCore import QCoreApplication

    from app import i18n
    from services.job_cards.printing import build_document

    translators = i18n.install(qapp, "zh_CN")
    try:
        page = make_page(PageEnv(ctx, station.advisor, tasks, None))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
        form = page.open_card(None)
        assert [form.fuel.itemText(i) for i in range(form.fuel.count())] == ["", "空", "1/4", "1/2", "3/4", "满"]
        assert form.fuel.itemData(form.fuel.findText("满")) == "full"  # the code is what is kept
        card = ctx.job_cards.open_card(station.advisor, station.intake(fuel_level="empty"))
        doc = build_document(ctx.job_cards, station.advisor, card.number, QCoreApplication.translate)
        assert doc.fuel == "空"
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
