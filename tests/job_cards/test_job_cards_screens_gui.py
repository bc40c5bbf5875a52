"""The advisor's remaining job card screens, driven with qtbot as people use them (signals, never sleeps):
a line's discount with a supervisor's approval, added work and the customer's answer, other charges,
cancelling, damage marks on the car outline (and on the printed pre-inspection sheet), printing."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from app.pages import PageEnv
from app.pages.job_cards import make_page
from tests.gui_helpers import print_with_purpose, type_text
from tests.job_cards.fixtures import PASSWORD, dispatched, make_station

pytestmark = pytest.mark.gui
WAIT = 15000


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def _form(qtbot, ctx, actor, tasks, number, tmp_path=None):
    """The job cards page of ``actor`` with card ``number`` open in the reception form."""
    page = make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    if tmp_path is not None:
        form.vm.output_dir = tmp_path
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(number)
    return page, form


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _ok(dialog):
    return dialog.buttons.button(dialog.buttons.StandardButton.Ok)


def _audit(ctx, station, number, action):
    return [e for e in ctx.audit.entries(station.admin, entity="job_card", entity_id=number) if e.action == action]


def _started_card(ctx, station):
    """A repair card with an oil change, sent to the workshop and started by the technician."""
    svc = ctx.job_cards
    card = svc.open_card(station.advisor, station.intake(job_type="repair"))
    card = svc.add_labour(station.advisor, card.id, card.version, "BY001")
    card = dispatched(ctx, station, card)
    return svc.transition(station.technician, card.id, card.version, "in_progress")


# ---- discounts ----------------------------------------------------------------------------------


def test_discount_within_the_advisors_limit_is_saved_without_approval(qtbot, qloop, tasks, ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    card = ctx.job_cards.add_labour(station.advisor, card.id, card.version, "BY001")
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)

    form.table.selectRow(0)
    _click(qtbot, form.discount_button)
    dialog = form.dialog
    assert dialog.isVisible()
    dialog.percent.clear()
    type_text(qtbot, dialog.percent, "5")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        _click(qtbot, _ok(dialog))
    assert dialog.approval is None  # no supervisor was asked

    line = ctx.job_cards.card(station.admin, card.id).lines[0]
    assert line.discount == Decimal("0.05") and line.discount_approved_by is None
    assert line.amount == Decimal("121.60")  # 0.8 h × 160.00 less 5%
    entry = _audit(ctx, station, card.number, "job_card.discount")[0]
    assert entry.username == "advisor" and entry.approved_by is None and entry.amount == Decimal("6.40")
    assert form.vm.lines.data(form.vm.lines.index(0, 5)) == "5%"


def test_discount_above_the_limit_needs_a_supervisors_password_and_says_why_it_is_refused(
        qtbot, qloop, tasks, ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    card = ctx.job_cards.add_labour(station.advisor, card.id, card.version, "BY001")
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)

    # double-click on the discount cell opens the dialog
    form.table.selectRow(0)
    rect = form.table.visualRect(form.vm.lines.index(0, 5))
    assert rect.isValid()
    qtbot.mouseClick(form.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(form.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = form.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.percent, "25")
    _click(qtbot, _ok(dialog))
    approval = dialog.approval
    assert approval is not None and approval.isVisible()

    # a wrong password: refused, nothing saved, the dialog stays for another try
    type_text(qtbot, approval.username, "frontsup")
    type_text(qtbot, approval.password, "not-the-password")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        _click(qtbot, _ok(approval))
    assert approval.isVisible() and "wrong" in approval.error.text() and approval.password.text() == ""
    assert ctx.job_cards.card(station.admin, card.id).lines[0].discount == 0

    # the right password, but 25% is above the front-desk supervisor's own limit of 20%
    type_text(qtbot, approval.password, PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        _click(qtbot, _ok(approval))
    assert "赵主管 may not approve a discount of 25%" in approval.error.text()
    assert ctx.job_cards.card(station.admin, card.id).lines[0].discount == 0

    # 15% then: the supervisor approves
    approval.reject()
    dialog.percent.clear()
    type_text(qtbot, dialog.percent, "15")
    _click(qtbot, _ok(dialog))
    approval = dialog.approval
    type_text(qtbot, approval.username, "frontsup")
    type_text(qtbot, approval.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(approval.password, Qt.Key.Key_Return)
    assert not approval.isVisible()

    line = ctx.job_cards.card(station.admin, card.id).lines[0]
    assert line.discount == Decimal("0.15") and line.discount_approved_by == "frontsup"
    entry = _audit(ctx, station, card.number, "job_card.discount")[0]
    assert entry.username == "advisor" and entry.approved_by == "frontsup" and entry.amount == Decimal("19.20")
    assert entry.details["discount"] == "0.15"


# ---- added work ---------------------------------------------------------------------------------


def test_added_work_waits_for_the_customer_and_the_answer_is_recorded_with_time_and_channel(
        qtbot, qloop, tasks, ctx, station):
    card = _started_card(ctx, station)
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    vm = form.vm
    assert form.added_hint.isVisibleTo(form) and not form.answer_button.isEnabled()

    # the technician found worn pads and an AC fault: the advisor adds both
    form.op_field.setFocus()
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        type_text(qtbot, form.op_field, "KT020")
        qtbot.keyClick(form.op_field, Qt.Key.Key_Return)
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        type_text(qtbot, form.part_field, "前刹车片")
        qtbot.keyClick(form.part_field, Qt.Key.Key_Return)
    lines = vm.card.lines
    assert [(ln.code, ln.approval) for ln in lines] == [("BY001", None), ("KT020", "pending"),
                                                        ("5Q0698151B", "pending")]
    # awaiting lines stand out, and the totals say what is not yet agreed
    model = vm.lines
    assert model.data(model.index(1, 8)) == "⚠ awaiting customer"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == QColor("#fff3c4")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "awaiting approval ¥740.00" in form.totals.text()  # 2.0 h × 160 + 420
    assert vm.card.totals.amount == Decimal("128.00")

    # work stops while the customer is asked
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        _click(qtbot, form.ask_button)
    assert vm.card.status == "waiting_approval"

    # on WeChat at 10:45 the customer agrees to the AC check, not yet to the pads
    _click(qtbot, form.answer_button)
    dialog = form.dialog
    assert dialog.lines.count() == 2
    dialog.lines.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.channel.setCurrentIndex(dialog.channel.findData("wechat"))
    dialog.at.setDateTime(QDateTime.fromString("2026-11-20 10:45", "yyyy-MM-dd HH:mm"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        _click(qtbot, dialog.approve_button)
    stored = ctx.job_cards.card(station.admin, card.id)
    ac = stored.lines[1]
    assert (ac.approval, ac.approval_channel) == ("approved", "wechat")
    assert ac.approval_at == datetime(2026, 11, 20, 2, 45, tzinfo=UTC)  # 10:45 in Shanghai
    assert stored.lines[2].approval == "pending" and stored.status == "waiting_approval"
    assert model.data(model.index(1, 8)) == "approved (WeChat)"

    # by phone, the pads are declined; nothing awaits any more, so work goes on
    _click(qtbot, form.answer_button)
    dialog = form.dialog
    assert dialog.lines.count() == 1
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        _click(qtbot, dialog.decline_button)
    stored = ctx.job_cards.card(station.admin, card.id)
    pads = stored.lines[2]
    assert (pads.approval, pads.approval_channel) == ("declined", "phone")
    assert pads.approval_at == ctx.clock.now().replace(second=0, microsecond=0)
    assert stored.status == "in_progress" and stored.totals.amount == Decimal("448.00")
    assert [h.to_status for h in stored.history][-2:] == ["waiting_approval", "in_progress"]
    assert not form.answer_button.isEnabled() and "awaiting" not in form.totals.text()

    approved = _audit(ctx, station, card.number, "job_card.added_work_approved")[0]
    declined = _audit(ctx, station, card.number, "job_card.added_work_declined")[0]
    assert approved.details["channel"] == "wechat" and approved.details["at"].startswith("2026-11-20T02:45")
    assert declined.details["channel"] == "phone" and declined.username == "advisor"


# ---- other charges -------------------------------------------------------------------------------


def test_other_charges_are_added_as_lines_from_the_form(qtbot, qloop, tasks, ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake(job_type="repair"))
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    vm = form.vm
    row = form.other

    # a bad amount is refused with the service's reason, and nothing is added
    row.kind.setCurrentIndex(row.kind.findData("towing"))
    type_text(qtbot, row.name, "从嘉定拖车")
    type_text(qtbot, row.amount, "三百")
    with qtbot.waitSignal(vm.errorChanged, timeout=WAIT, check_params_cb=bool):
        qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert "not an amount" in form.error.text() and row.amount.text() == "三百"
    assert ctx.job_cards.card(station.admin, card.id).lines == ()

    row.amount.clear()
    type_text(qtbot, row.amount, "350")
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        qtbot.keyClick(row.amount, Qt.Key.Key_Return)
    assert row.amount.text() == "" and row.name.text() == ""
    row.kind.setCurrentIndex(row.kind.findData("diagnosis"))
    type_text(qtbot, row.amount, "120.50")
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        _click(qtbot, row.add_button)

    stored = ctx.job_cards.card(station.admin, card.id)
    assert [(ln.kind, ln.code, ln.name, ln.price, ln.amount) for ln in stored.lines] == [
        ("other", "towing", "从嘉定拖车", Decimal("350.00"), Decimal("350.00")),
        ("other", "diagnosis", "", Decimal("120.50"), Decimal("120.50"))]
    assert stored.totals.amount == Decimal("470.50")
    assert vm.lines.data(vm.lines.index(0, 1)) == "Towing"


# ---- cancelling ---------------------------------------------------------------------------------


def test_cancel_with_a_reason_before_work_starts(qtbot, qloop, tasks, ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    assert form.cancel_button.isEnabled()
    _click(qtbot, form.cancel_button)
    dialog = form.dialog
    _click(qtbot, _ok(dialog))  # no reason yet: the dialog asks for one
    assert dialog.isVisible() and dialog.error.text() == "Give the reason for cancelling."
    type_text(qtbot, dialog.reason, "客户决定不修了")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        _click(qtbot, _ok(dialog))

    stored = ctx.job_cards.card(station.admin, card.id)
    assert stored.status == "cancelled" and stored.cancel_reason == "客户决定不修了"
    assert stored.history[-1].reason == "客户决定不修了" and stored.history[-1].username == "advisor"
    assert _audit(ctx, station, card.number, "job_card.cancel")[0].summary == "客户决定不修了"
    assert "客户决定不修了" in form.status.text() and not form.cancel_button.isEnabled()


def test_cancel_after_work_started_shows_the_services_refusal(qtbot, qloop, tasks, ctx, station):
    card = _started_card(ctx, station)
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    _click(qtbot, form.cancel_button)
    dialog = form.dialog
    type_text(qtbot, dialog.reason, "客户改主意")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        _click(qtbot, _ok(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == (f"Work on job card {card.number} has started (in_progress): it can no longer be "
                                   "cancelled.")
    stored = ctx.job_cards.card(station.admin, card.id)
    assert stored.status == "in_progress" and stored.cancel_reason is None
    assert _audit(ctx, station, card.number, "job_card.cancel") == []


# ---- the lifecycle's buttons ----------------------------------------------------------------------


def _offered(form) -> set[str]:
    """The reception form's lifecycle buttons a person can press now."""
    buttons = {"dispatch": form.dispatch_button, "start": form.start_button, "self_check": form.self_check_button,
               "final_check": form.final_check_button, "ask_customer": form.ask_button,
               "answer": form.answer_button, "cancel": form.cancel_button, "add_lines": form.op_field}
    return {name for name, button in buttons.items() if button.isEnabled()}


def test_the_lifecycle_buttons_offer_what_the_services_state_machine_allows(qtbot, qloop, tasks, ctx, station):
    svc = ctx.job_cards
    card = svc.open_card(station.advisor, station.intake(job_type="repair"))
    card = svc.add_labour(station.advisor, card.id, card.version, "BY001")
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    vm = form.vm
    assert _offered(form) == {"dispatch", "cancel", "add_lines"}

    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        _click(qtbot, form.dispatch_button)
    assert vm.card.status == "dispatched"
    assert _offered(form) == {"start", "cancel", "add_lines"}

    # the supervisor puts it on the technician's row of the board; the technician starts it
    ctx.workshop.assign(station.admin, card.id, [station.technician.user_id])
    started = svc.transition(station.technician, card.id, svc.card(station.admin, card.id).version, "in_progress")
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        vm.load(started.number)
    assert vm.card.status == "in_progress"
    # cancel stays offered while the card can change: the service then says why it refuses
    assert _offered(form) == {"self_check", "cancel", "add_lines"}

    # added work: the customer can now be asked, and their answer recorded
    form.op_field.setFocus()
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        type_text(qtbot, form.op_field, "KT020")
        qtbot.keyClick(form.op_field, Qt.Key.Key_Return)
    assert _offered(form) == {"self_check", "ask_customer", "answer", "cancel", "add_lines"}
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        _click(qtbot, form.ask_button)
    assert vm.card.status == "waiting_approval"
    assert _offered(form) == {"answer", "cancel", "add_lines"}

    # agreed and checked by the technician: only an inspector is offered the final check
    card = svc.decide_added_work(station.advisor, card.id, vm.card.version, [vm.card.lines[-1].id], True, "phone")
    card = svc.transition(station.technician, card.id, card.version, "in_progress")
    station.issue_all(ctx, card.number)  # the self-check needs the card's parts issued
    card = svc.self_check(station.technician, card.id, svc.card(station.admin, card.id).version, True)
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        vm.load(card.number)
    assert vm.card.status == "quality_check"
    assert _offered(form) == {"cancel", "add_lines"}
    _inspector_page, inspector_form = _form(qtbot, ctx, station.inspector, tasks, card.number)
    # the inspector may not edit the card: its lines are not offered to them
    assert _offered(inspector_form) == {"final_check"}

    card = svc.final_check(station.inspector, card.id, card.version, True)
    with qtbot.waitSignal(vm.cardChanged, timeout=WAIT):
        vm.load(card.number)
    assert vm.card.status == "ready" and _offered(form) == set()
    assert form.print_button.isEnabled()


# ---- damage marks ---------------------------------------------------------------------------------


def test_damage_marks_clicked_on_the_outline_are_saved_and_printed_on_the_pre_inspection_sheet(
        qtbot, qloop, qapp, tasks, ctx, station, tmp_path):
    from PySide6.QtCore import QLocale

    from app import i18n

    locale = QLocale()
    translators = i18n.install(qapp, "zh_CN")  # the station works in Chinese
    try:
        card = ctx.job_cards.open_card(station.advisor, station.intake())
        _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number, tmp_path)
        panel = form.damage
        outline = panel.outline
        assert panel.marks() == []

        # a dent on the front left (near the top-left of the outline), a scratch at the rear right
        area = outline.area()
        for fx, fy, kind, note in ((0.2, 0.15, "dent", "左前翼子板凹陷"), (0.8, 0.9, "scratch", "后保险杠划痕")):
            pos = QPoint(round(area.left() + fx * area.width()), round(area.top() + fy * area.height()))
            _click_at(qtbot, outline, pos)
            dialog = panel.dialog
            assert dialog.isVisible()
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            type_text(qtbot, dialog.note, note)
            with qtbot.waitSignal(panel.marksChanged, timeout=WAIT):
                qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        assert panel.list.count() == 2 and panel.list.item(0).text() == "1. 凹陷 — 左前翼子板凹陷"

        with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
            _click(qtbot, form.open_button)  # "Save intake"
        marks = ctx.job_cards.card(station.admin, card.id).damage_marks
        assert [(m.kind, m.note) for m in marks] == [("dent", "左前翼子板凹陷"), ("scratch", "后保险杠划痕")]
        assert abs(float(marks[0].x) - 0.2) < 0.02 and abs(float(marks[0].y) - 0.15) < 0.02
        assert abs(float(marks[1].x) - 0.8) < 0.02 and abs(float(marks[1].y) - 0.9) < 0.02
        # the rest of the intake was kept
        stored = ctx.job_cards.card(station.admin, card.id)
        assert stored.customer_words == card.customer_words and stored.mileage_in == 35000

        printed = print_with_purpose(qtbot, form.pre_button, form, form.vm.printed, WAIT)
        with pdfplumber.open(io.BytesIO(Path(printed.args[0]).read_bytes())) as pdf:
            page = pdf.pages[0]
            text = page.extract_text()
            # the markers' numbers are the red text (the legend's are black)
            numbers = [c for c in page.chars if c["text"] in "12" and _red(c["non_stroking_color"])]
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
        QLocale.setDefault(locale)
    assert len(numbers) == 2
    assert "车身外观损伤标记" in text
    assert "凹陷" in text and "左前翼子板凹陷" in text and "划痕" in text and "后保险杠划痕" in text
    # the numbered markers are drawn on the diagram: 1 up front on the left, 2 at the rear on the right
    one = next(c for c in numbers if c["text"] == "1")
    two = next(c for c in numbers if c["text"] == "2")
    assert one["x0"] < two["x0"] and one["top"] < two["top"]


def _red(color) -> bool:
    return bool(color) and len(color) == 3 and color[0] > 0.6 and color[1] < 0.2 and color[2] < 0.2


def _click_at(qtbot, widget, pos):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_marks_of_a_loaded_card_show_on_the_outline_and_can_be_removed(qtbot, qloop, tasks, ctx, station):
    from services.job_cards.service import DamageMark

    card = ctx.job_cards.open_card(station.advisor, station.intake(
        damage_marks=(DamageMark(0.5, 0.05, "crack", "前挡风玻璃裂纹"), DamageMark(0.1, 0.5, "missing", ""))))
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    panel = form.damage
    assert [m[2] for m in panel.marks()] == ["crack", "missing"]
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.marksChanged, timeout=WAIT):
        _click(qtbot, panel.remove_button)
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        _click(qtbot, form.open_button)
    marks = ctx.job_cards.card(station.admin, card.id).damage_marks
    assert [(m.kind, m.note) for m in marks] == [("crack", "前挡风玻璃裂纹")]


# ---- printing ---------------------------------------------------------------------------------------


def test_preview_prints_every_page_to_a_system_printer(qtbot, qloop, tasks, ctx, station, tmp_path):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    card = ctx.job_cards.add_labour(station.advisor, card.id, card.version, "BY001")
    card = ctx.job_cards.add_part(station.advisor, card.id, card.version, station.part_ids[0], "1")
    page, form = _form(qtbot, ctx, station.advisor, tasks, card.number, tmp_path)
    printed = print_with_purpose(qtbot, form.print_button, form, form.vm.printed, WAIT)
    preview = page.last_preview
    with pdfplumber.open(printed.args[0]) as pdf:
        source_pages = len(pdf.pages)
    assert source_pages >= 3 and len(preview.images) == source_pages  # customer, workshop, picking copies
    # Print sends to the printer chosen in the list; with no printer installed (this machine) only the
    # system's print dialog can take the pages, as below
    assert preview.print_button.isEnabled() == (preview.printer_combo.count() > 0)
    assert preview.setup_button.isEnabled()

    # the system's print dialog, with the printer set to write a PDF file (what "Print to file" does)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog = preview.choose_printer(printer)
    assert dialog.isVisible()
    dialog.accept()
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == source_pages
        # each sheet carries an image of the page, scaled to the paper
        assert all(p.images for p in pdf.pages)
    preview.close()
