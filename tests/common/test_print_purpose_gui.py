"""Printing a document with a customer's personal data says what it is for (个人信息保护法), and stays quick.

Driven with qtbot as people use the screens (signals and conditions, never sleeps): the first job
card printed on a PC asks for the purpose (the short list, or typed text), the print's audit entry
carries it, and the next print of a job card goes straight to the preview with the same purpose,
on this PC even after a restart (its settings file); another kind of document asks for itself;
"Print for another purpose…" asks again. The settlement statement and the repair file do the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.settings import LocalSettings
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import make_station
from tests.settlement.fixtures import ready_card

pytestmark = pytest.mark.gui
WAIT = 15000
HANDED = "Handed to the customer / the person themselves"


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _prints(ctx, station, entity, number, action):
    return [e for e in ctx.audit.entries(station.admin, entity=entity, entity_id=number) if e.action == action]


def _card_form(qtbot, ctx, actor, tasks, number, tmp_path, settings):
    from app.pages.job_cards import make_page

    page = make_page(PageEnv(ctx, actor, tasks, settings))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    form.vm.output_dir = tmp_path
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(number)
    return page, form


def _answer(qtbot, holder, purpose: str | None = None):
    """The purpose dialog the screen opened: pick ``purpose`` (None: keep what it offers) and print."""
    qtbot.waitUntil(lambda: holder.purpose_dialog is not None and holder.purpose_dialog.isVisible(), timeout=WAIT)
    dialog = holder.purpose_dialog
    if purpose is not None:
        dialog.purpose.setCurrentText("")
        type_text(qtbot, dialog.purpose.lineEdit(), purpose)
    _click(qtbot, dialog.print_button)
    return dialog


def test_the_first_job_card_print_asks_what_for_and_the_next_ones_go_straight_through(
        qtbot, qloop, tasks, ctx, station, tmp_path):
    settings = LocalSettings.load(tmp_path / "settings.json")
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    page, form = _card_form(qtbot, ctx, station.advisor, tasks, card.number, tmp_path, settings)

    # first print on this PC: nothing prints until the purpose is given; an empty one is refused in words
    with qtbot.waitSignal(form.vm.purposeNeeded, timeout=WAIT) as asked:
        _click(qtbot, form.print_button)
    assert asked.args == ["job_card"] and _prints(ctx, station, "job_card", card.number, "job_card.print") == []
    dialog = form.purpose_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.purpose.currentText() == HANDED  # the everyday purpose is offered first
    assert [dialog.purpose.itemText(i) for i in range(1, dialog.purpose.count())][0] == HANDED
    dialog.purpose.setCurrentText("  ")
    _click(qtbot, dialog.print_button)
    assert dialog.isVisible() and "printed for" in dialog.error.text()
    dialog.purpose.setCurrentIndex(1)
    # Enter in the purpose box prints (on the real window it cancelled: Cancel had become the default button)
    with qtbot.waitSignal(form.vm.printed, timeout=WAIT):
        qtbot.keyClick(dialog.purpose.lineEdit(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page.last_preview.close()
    [entry] = _prints(ctx, station, "job_card", card.number, "job_card.print")
    assert (entry.username, entry.details["purpose"], entry.details["document"]) == ("advisor", HANDED, "job_card")
    assert settings.purpose_for("job_card") == HANDED and HANDED in form.print_button.toolTip()

    # the next print: one click, straight to the preview, with the same purpose
    form.purpose_dialog = None
    with qtbot.waitSignal(form.vm.printed, timeout=WAIT):
        _click(qtbot, form.print_button)
    assert form.purpose_dialog is None
    page.last_preview.close()
    assert [e.details["purpose"] for e in _prints(ctx, station, "job_card", card.number, "job_card.print")] == \
        [HANDED, HANDED]

    # another kind of document asks for itself
    with qtbot.waitSignal(form.vm.purposeNeeded, timeout=WAIT):
        _click(qtbot, form.pre_button)
    with qtbot.waitSignal(form.vm.printed, timeout=WAIT):
        _answer(qtbot, form, "车间作业")
    page.last_preview.close()
    assert settings.purpose_for("pre_inspection") == "车间作业" and settings.purpose_for("job_card") == HANDED

    # "Print for another purpose…" (the button's context menu) asks again; the answer is remembered
    [another] = form.print_button.actions()
    another.trigger()
    with qtbot.waitSignal(form.vm.printed, timeout=WAIT):
        _answer(qtbot, form.print_button, "保险理赔 平安财险")
    page.last_preview.close()
    assert _prints(ctx, station, "job_card", card.number, "job_card.print")[0].details["purpose"] == "保险理赔 平安财险"

    # this PC remembers across a restart: a new page over the settings file read again prints at once
    page2, form2 = _card_form(qtbot, ctx, station.advisor, tasks, card.number, tmp_path,
                              LocalSettings.load(tmp_path / "settings.json"))
    with qtbot.waitSignal(form2.vm.printed, timeout=WAIT):
        _click(qtbot, form2.print_button)
    page2.last_preview.close()
    assert form2.purpose_dialog is None
    assert _prints(ctx, station, "job_card", card.number, "job_card.print")[0].details["purpose"] == "保险理赔 平安财险"


def test_the_settlement_statement_print_asks_once_and_is_audited_with_the_purpose(
        qtbot, qloop, tasks, ctx, station, tmp_path):
    from app.pages.settlement import make_page

    card = ready_card(ctx, station)
    statement = ctx.settlement.settle(station.advisor, card.id)
    page = make_page(PageEnv(ctx, station.advisor, tasks, None))
    page.vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    vm = page.vm
    model = vm.cards
    qtbot.waitUntil(lambda: any(model.object_at(r).number == card.number for r in range(model.rowCount())),
                    timeout=WAIT)
    row = next(r for r in range(model.rowCount()) if model.object_at(r).number == card.number)
    with qtbot.waitSignal(vm.statementChanged, timeout=WAIT):
        qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.cards.visualRect(model.index(row, 0)).center())
    qtbot.waitUntil(lambda: vm.statement is not None and page.print_statement.isEnabled(), timeout=WAIT)

    with qtbot.waitSignal(vm.purposeNeeded, timeout=WAIT):
        _click(qtbot, page.print_statement)
    with qtbot.waitSignal(vm.printed, timeout=WAIT):
        _answer(qtbot, page)
    with qtbot.waitSignal(vm.printed, timeout=WAIT):
        _click(qtbot, page.print_statement)
    prints = _prints(ctx, station, "statement", statement.number, "settlement.print")
    assert [(e.username, e.details["purpose"]) for e in prints] == [("advisor", HANDED)] * 2


def test_the_repair_file_print_asks_once_and_is_audited_with_the_purpose(qtbot, qloop, tasks, ctx, station,
                                                                         tmp_path):
    from app.pages.repair_file import repair_file_opener
    from services.common.identifiers import normalise_vin
    from tests.job_cards.fixtures import VIN

    settings = LocalSettings.load(tmp_path / "settings.json")
    dialog = repair_file_opener(PageEnv(ctx, station.advisor, tasks, settings))(VIN, None)
    qtbot.addWidget(dialog)
    dialog.vm.output_dir = tmp_path
    qtbot.waitUntil(lambda: dialog.vm.file is not None and dialog.print_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(dialog.vm.purposeNeeded, timeout=WAIT):
        _click(qtbot, dialog.print_button)
    with qtbot.waitSignal(dialog.vm.documentReady, timeout=WAIT):
        _answer(qtbot, dialog, "车主本人申请打印")
    dialog.last_preview.close()
    with qtbot.waitSignal(dialog.vm.documentReady, timeout=WAIT):
        _click(qtbot, dialog.print_button)
    dialog.last_preview.close()
    prints = _prints(ctx, station, "vehicle", normalise_vin(VIN), "repair_file.print")
    assert [e.details["purpose"] for e in prints] == ["车主本人申请打印"] * 2
    assert settings.purpose_for("repair_file") == "车主本人申请打印"
    dialog.close()


# ---- the completion certificate and the counter-sale statement ------------------------------------------------
def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def _cashier(qtbot, ctx, actor, tasks, tmp_path, settings):
    from app.pages.settlement import make_page

    page = make_page(PageEnv(ctx, actor, tasks, settings))
    for vm in (page.vm, page.counter_tab.vm):
        vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def _cancel(qtbot, holder, prints):
    """The purpose dialog the screen opened: Cancel. Nothing is printed or recorded."""
    qtbot.waitUntil(lambda: holder.purpose_dialog is not None and holder.purpose_dialog.isVisible(), timeout=WAIT)
    dialog = holder.purpose_dialog
    before = prints()
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert not dialog.isVisible() and prints() == before


def test_the_completion_certificate_asks_what_for_enter_prints_cancel_prints_nothing(
        qtbot, qloop, tasks, ctx, station, tmp_path):
    card = ready_card(ctx, station)
    statement = ctx.settlement.settle(station.advisor, card.id)
    settings = LocalSettings.load(tmp_path / "settings.json")
    page = _cashier(qtbot, ctx, station.advisor, tasks, tmp_path, settings)
    vm = page.vm
    model = vm.cards
    qtbot.waitUntil(lambda: any(model.object_at(r).number == card.number for r in range(model.rowCount())),
                    timeout=WAIT)
    row = next(r for r in range(model.rowCount()) if model.object_at(r).number == card.number)
    with qtbot.waitSignal(vm.statementChanged, timeout=WAIT):
        qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.cards.visualRect(model.index(row, 0)).center())
    qtbot.waitUntil(lambda: page.print_certificate.isEnabled(), timeout=WAIT)
    certificate = vm.statement.certificate_number
    pdf = tmp_path / f"{statement.number}-certificate.pdf"

    def prints():
        return _prints(ctx, station, "certificate", certificate, "settlement.print")

    # the first press asks; Cancel prints nothing and records nothing
    with qtbot.waitSignal(vm.purposeNeeded, timeout=WAIT) as asked:
        _click(qtbot, page.print_certificate)
    assert asked.args == ["certificate"]
    _cancel(qtbot, page, prints)
    assert prints() == [] and not pdf.exists() and settings.purpose_for("certificate") == ""

    # asked again; Enter prints with the purpose shown
    with qtbot.waitSignal(vm.purposeNeeded, timeout=WAIT):
        _click(qtbot, page.print_certificate)
    dialog = page.purpose_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.purpose.currentText() == HANDED
    with qtbot.waitSignal(vm.printed, timeout=WAIT):
        qtbot.keyClick(dialog.purpose.lineEdit(), Qt.Key.Key_Return)
    page.last_preview.close()
    text = _pdf_text(pdf)
    assert certificate in text and "沪A12345" in text
    [entry] = prints()
    assert (entry.username, entry.details["purpose"], entry.details["document"]) == ("advisor", HANDED, "certificate")
    assert settings.purpose_for("certificate") == HANDED and HANDED in page.print_certificate.toolTip()
    assert settings.purpose_for("statement") == ""  # the statement asks for itself

    # the next press prints at once; "Print for another purpose…" asks again, its Cancel prints nothing
    page.purpose_dialog = None
    with qtbot.waitSignal(vm.printed, timeout=WAIT):
        _click(qtbot, page.print_certificate)
    page.last_preview.close()
    assert page.purpose_dialog is None and [e.details["purpose"] for e in prints()] == [HANDED, HANDED]
    [another] = page.print_certificate.actions()
    assert another.text() == "Print for another purpose…"
    another.trigger()
    _cancel(qtbot, page.print_certificate, prints)
    another.trigger()
    with qtbot.waitSignal(vm.printed, timeout=WAIT):
        _answer(qtbot, page.print_certificate, "车管所年检")
    page.last_preview.close()
    assert [e.details["purpose"] for e in prints()] == ["车管所年检", HANDED, HANDED]  # newest first
    assert settings.purpose_for("certificate") == "车管所年检"


def test_a_counter_sale_to_a_named_buyer_asks_what_for_enter_prints_cancel_prints_nothing(
        qtbot, qloop, tasks, ctx, station, tmp_path):
    ctx.parts.adjust(station.admin, station.part_ids[0], 5, "opening stock", unit_cost="34.00")
    settings = LocalSettings.load(tmp_path / "settings.json")
    page = _cashier(qtbot, ctx, station.advisor, tasks, tmp_path, settings)
    tab = page.counter_tab
    page.tabs.setCurrentWidget(tab)
    type_text(qtbot, tab.code, "06L115562B")
    with qtbot.waitSignal(tab.vm.linesChanged, timeout=WAIT):
        qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    type_text(qtbot, tab.buyer, "王建国")
    tab.method.setCurrentIndex(tab.method.findData("wechat"))
    with qtbot.waitSignal(tab.vm.sold, timeout=WAIT) as sold:
        _click(qtbot, tab.sell_button)
    number = sold.args[0].statement.number
    pdf = tmp_path / f"{number}-statement.pdf"

    def prints():
        return _prints(ctx, station, "statement", number, "settlement.print")

    with qtbot.waitSignal(tab.vm.purposeNeeded, timeout=WAIT) as asked:
        _click(qtbot, tab.print_button)
    assert asked.args == ["counter_sale"]
    _cancel(qtbot, tab, prints)
    assert prints() == [] and not pdf.exists()

    with qtbot.waitSignal(tab.vm.purposeNeeded, timeout=WAIT):
        _click(qtbot, tab.print_button)
    dialog = tab.purpose_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    with qtbot.waitSignal(tab.vm.printed, timeout=WAIT):
        qtbot.keyClick(dialog.purpose.lineEdit(), Qt.Key.Key_Return)
    page.last_preview.close()
    text = _pdf_text(pdf)
    assert number in text and "王建国" in text and "06L115562B" in text
    [entry] = prints()
    assert (entry.username, entry.details["purpose"]) == ("advisor", HANDED)
    assert settings.purpose_for("counter_sale") == HANDED and HANDED in tab.print_button.toolTip()

    [another] = tab.print_button.actions()
    another.trigger()
    _cancel(qtbot, tab.print_button, prints)
    another.trigger()
    with qtbot.waitSignal(tab.vm.printed, timeout=WAIT):
        _answer(qtbot, tab.print_button, "客户报销凭证")
    page.last_preview.close()
    assert [e.details["purpose"] for e in prints()] == ["客户报销凭证", HANDED]
