"""The warranty desk driven as the warranty clerk and the technical supervisor do: a claim made from a
finished card on the page, appraised, submitted with the manufacturer's number, partly approved and
paid, with the open-claims totals on screen; and the 三包 watch listing a car at its threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.claims import make_page
from tests.claims.fixtures import warranty_card
from tests.gui_helpers import type_text

pytestmark = pytest.mark.gui
WAIT = 15000


def _open(qtbot, tasks, ctx, actor, tmp_path):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    page.vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_warranty_clerk_makes_a_claim_from_a_card_and_takes_it_to_payment(qtbot, qloop, tasks, ctx, desk,
                                                                               tmp_path):
    card = warranty_card(ctx, desk.st)
    page = _open(qtbot, tasks, ctx, desk.clerk, tmp_path)
    vm = page.vm
    assert vm.cards.rowCount() == 1 and vm.cards.data(vm.cards.index(0, 0)) == card.number
    assert not page.appraise_button.parentWidget().isEnabled()  # the clerk does not appraise
    page.cards.selectRow(0)
    with qtbot.waitSignal(vm.created, timeout=WAIT) as made:
        _click(qtbot, page.make_button)
    claim = made.args[0]
    qtbot.waitUntil(lambda: vm.cards.rowCount() == 0 and vm.claims.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: page.totals.text().startswith("1 open claims"), timeout=WAIT)
    assert claim.number in page.message.text() and claim.number in page.detail.text()
    assert f"{claim.claimed_amount:,.2f}" in page.totals.text()
    assert page.lines.model().rowCount() == 2

    # the old-part tags open in the preview
    with qtbot.waitSignal(vm.documentReady, timeout=WAIT) as doc:
        _click(qtbot, page.tags_button)
    assert doc.args[0].endswith("-tags.pdf") and page.last_preview is not None
    page.last_preview.close()

    # the technical supervisor appraises on his own PC
    sup = _open(qtbot, tasks, ctx, desk.appraiser, tmp_path)
    qtbot.waitUntil(lambda: sup.vm.current is not None, timeout=WAIT)
    sup.system.setCurrentIndex(sup.system.findData("brakes"))
    type_text(qtbot, sup.fault_code, "B1001")
    type_text(qtbot, sup.cause, "刹车片材料缺陷")
    with qtbot.waitSignal(sup.vm.currentChanged, timeout=WAIT, check_params_cb=lambda c: c.appraised):
        _click(qtbot, sup.appraise_button)

    # back at the clerk's desk: the workbook, the manufacturer's number, the answer, the money
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT):
        vm.choose(0)
    assert "B1001" in page.detail.text()
    with qtbot.waitSignal(vm.exported, timeout=WAIT) as wb:
        _click(qtbot, page.export_button)
    assert wb.args[0].endswith(".xlsx")
    qtbot.waitUntil(lambda: not tasks.busy and vm.current.exported_at is not None, timeout=WAIT)
    type_text(qtbot, page.manufacturer_number, "VW-2026-000123")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda c: c.status == "submitted"):
        _click(qtbot, page.submit_button)
    type_text(qtbot, page.approved, "300.00")
    type_text(qtbot, page.decision_note, "工时按标准")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda c: c.status == "partly_approved"):
        _click(qtbot, page.decide_button)
    qtbot.waitUntil(lambda: "300.00" in page.totals.text(), timeout=WAIT)
    assert page.payment_amount.text() == "300.00"
    type_text(qtbot, page.payment_ref, "RM-2026-12")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda c: c.status == "paid"):
        _click(qtbot, page.pay_button)
    qtbot.waitUntil(lambda: vm.claims.rowCount() == 0, timeout=WAIT)  # the open list is empty
    assert ctx.claims.open_claims(desk.clerk).count == 0
    assert ctx.claims.claim(desk.clerk, claim.id).paid_amount == Decimal("300.00")


def test_a_bad_amount_is_refused_with_a_readable_message(qtbot, qloop, tasks, ctx, desk, tmp_path):
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    claim = ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1", cause="x")
    ctx.claims.submit(desk.clerk, claim.id, claim.version, "VW-9")
    page = _open(qtbot, tasks, ctx, desk.clerk, tmp_path)
    qtbot.waitUntil(lambda: page.decide_button.isEnabled(), timeout=WAIT)
    type_text(qtbot, page.approved, "99999")
    with qtbot.waitSignal(page.vm.errorChanged, timeout=WAIT, check_params_cb=bool):
        _click(qtbot, page.decide_button)
    assert "more than the claim's" in page.error.text()
    assert ctx.claims.claim(desk.clerk, claim.id).status == "submitted"


def test_a_read_that_began_before_the_answer_does_not_turn_the_page_back(qtbot, qloop, tasks, ctx, desk, tmp_path,
                                                                         monkeypatch):
    """The page re-reads the claim after each step; a read started before the clerk's answer and finished
    after it (the CI failure of 2026-11-30) must not show the claim as still submitted, with 记录回款 greyed."""
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    claim = ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1", cause="x")
    ctx.claims.submit(desk.clerk, claim.id, claim.version, "VW-9")
    page = _open(qtbot, tasks, ctx, desk.clerk, tmp_path)
    qtbot.waitUntil(lambda: page.decide_button.isEnabled(), timeout=WAIT)
    before = ctx.claims.claim(desk.clerk, claim.id)
    type_text(qtbot, page.approved, "100.00")
    with qtbot.waitSignal(page.vm.currentChanged, timeout=WAIT, check_params_cb=lambda c: c.status == "partly_approved"):
        _click(qtbot, page.decide_button)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    monkeypatch.setattr(page.vm.service, "claim", lambda actor, claim_id: before)  # the late, older read
    page.vm.choose_id(claim.id)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    assert page.vm.current.status == "partly_approved"
    assert page.pay_button.isEnabled() and page.payment_amount.text() == "100.00"


def test_the_sanbao_watch_shows_a_car_at_its_threshold(qtbot, qloop, tasks, ctx, desk, clock, tmp_path):
    warranty_card(ctx, desk.st, finish=False)
    clock.advance(days=5, minutes=1)
    page = _open(qtbot, tasks, ctx, desk.clerk, tmp_path)
    qtbot.waitUntil(lambda: page.vm.watch.rowCount() == 1, timeout=WAIT)
    page.tabs.setCurrentIndex(1)
    index = page.vm.watch.index(0, 0)
    qtbot.mouseClick(page.watch.viewport(), Qt.MouseButton.LeftButton, pos=page.watch.visualRect(index).center())
    assert "day 6" in page.watch_detail.toPlainText()
