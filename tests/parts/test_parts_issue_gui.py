"""Issue 10 item 2 on the parts counter's screen: issue mode shows the card's picking list; a second
filter for a card asking one is refused with the card and line named (before: accepted as 已发料
with no line, the card still charging one); the advisor's password adds it as a charged line."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.checks import run_checks
from app.pages import PageEnv
from app.settings import LocalSettings
from services.users.permissions import Role
from tests.parts.gui_fixtures import OIL_EAN, job_card_asking, person, stock_the_store
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui


@pytest.fixture
def counter(qtbot, qloop, tasks, ctx, admin):
    from app.pages.receiving import make_page

    _sup, oil, pads = stock_the_store(ctx, admin)
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 5)
    ctx.parts_receiving.receive(admin, grn.id, pads.id, 2)
    ctx.users.create_user(admin, "advisor", "李顾问", "advisor-pass-1", [Role.SERVICE_ADVISOR])
    keeper = person(ctx, admin, "store01", Role.STOREKEEPER)
    job = job_card_asking(ctx, admin, (oil.id, 1))
    w = make_page(PageEnv(ctx=ctx, actor=keeper, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.issue_mode.click()
    w.scan_field.setFocus()
    yield w, job, oil, pads
    w.vm.shutdown()
    w.hide()


def test_a_second_filter_is_refused_naming_card_and_line_and_the_advisor_can_add_it(qtbot, ctx, admin, counter):
    w, job, oil, _pads = counter
    scanner = Scanner()
    with qtbot.waitSignal(w.vm.pickingChanged):
        scanner.scan(w.scan_field, job)
    assert w.picking_view.isVisible() and not w.lines_view.isVisible()
    assert w.vm.picking_lines.rowCount() == 1 and job in w.picking_label.text()
    with qtbot.waitSignal(w.vm.scanDone, check_params_cb=lambda ok, _t: ok):
        scanner.scan(w.scan_field, OIL_EAN)
    assert [(p.asked, p.issued) for p in w.vm.picking.lines] == [(D("1.000"), D("1.000"))]

    with qtbot.waitSignal(w.vm.approvalNeeded) as refused:
        scanner.scan(w.scan_field, OIL_EAN)  # a second filter: the card asks for one
    assert job in refused.args[0] and "L1" in refused.args[0]
    assert w.vm.last_scans.row_object(0).state == "refused" and job in w.status_label.text()
    assert ctx.parts.part(admin, oil.id).on_hand == D("4.000")  # nothing more left the shelf
    dialog = w.approval_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setText("advisor")
    dialog.password.setText("advisor-pass-1")
    with qtbot.waitSignal(w.vm.pickingChanged):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert [(p.line_ref, p.asked, p.issued) for p in w.vm.picking.lines] == [
        ("L1", D("1.000"), D("1.000")), ("L2", D("1.000"), D("1.000"))]
    assert w.vm.count == 2 and w.vm.last_scans.row_object(0).state == "added"
    card = ctx.job_cards.card_by_number(admin, job)
    assert card.totals.parts == D("116.00")  # both filters charged, 58.00 each
    assert ctx.parts.part(admin, oil.id).on_hand == D("3.000")
    assert run_checks(ctx) == []


def test_a_part_the_card_does_not_list_stays_on_the_shelf_when_the_advisor_does_not_approve(
        qtbot, ctx, admin, counter):
    w, job, _oil, pads = counter
    scanner = Scanner()
    with qtbot.waitSignal(w.vm.pickingChanged):
        scanner.scan(w.scan_field, job)
    with qtbot.waitSignal(w.vm.approvalNeeded) as refused:
        scanner.scan(w.scan_field, "1K0698151A")
    assert job in refused.args[0] and "1K0698151A" in refused.args[0]
    qtbot.waitUntil(w.approval_dialog.isVisible)
    w.approval_dialog.reject()
    assert ctx.parts.part(admin, pads.id).on_hand == D("2.000")
    assert len(ctx.job_cards.card_by_number(admin, job).lines) == 1


def test_issue_mode_shows_the_job_cards_words_not_the_deliverys(qtbot, ctx, admin, counter):
    """Issue 11: the issue mode kept the receiving labels and buttons (delivery, note, remarks)."""
    w, job, _oil, _pads = counter
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    def shown_texts() -> set[str]:
        out = set()
        for cls, text in ((QLabel, "text"), (QPushButton, "text"), (QLineEdit, "placeholderText")):
            out |= {getattr(x, text)() for x in w.findChildren(cls) if x.isVisibleTo(w) and getattr(x, text)()}
        return out

    texts = shown_texts()
    for receiving_only in ("Start delivery", "Finish and print note", "Print note again", "No delivery started",
                           "Delivery remarks", "Correct quantity…", "Supplier", "Delivery note No."):
        assert not any(receiving_only in t for t in texts), receiving_only
    assert w.job_label.isVisibleTo(w) and "job card" in w.job_label.text()
    with qtbot.waitSignal(w.vm.pickingChanged):
        Scanner().scan(w.scan_field, job)
    assert job in w.job_label.text() and w.picking_view.isVisibleTo(w)
    w.receive_mode.click()  # back to receiving: the delivery's words again, the card's gone
    assert w.start_button.isVisibleTo(w) and w.note_label.isVisibleTo(w) and not w.job_label.isVisibleTo(w)
