"""The cashier's desk driven as a cashier does: choose the car, settle, pay by two methods with change,
hand the car back with the checklist, print the statement and the certificate. Waits on signals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.settlement import make_page
from tests.gui_helpers import print_with_purpose, type_text
from tests.settlement.fixtures import ready_card

pytestmark = pytest.mark.gui
WAIT = 15000


def _click(qtbot, button, signal):
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(signal, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _page(qtbot, tasks, ctx, actor, tmp_path):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    page.vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def _choose(qtbot, page, number):
    model = page.vm.cards
    row = next(r for r in range(model.rowCount()) if model.object_at(r).number == number)
    with qtbot.waitSignal(page.vm.statementChanged, timeout=WAIT):
        qtbot.mouseClick(page.cards.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.cards.visualRect(model.index(row, 0)).center())


def test_cashier_settles_takes_two_methods_and_hands_the_car_back(qtbot, qloop, tasks, ctx, station, tmp_path):
    card = ready_card(ctx, station)
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    vm = page.vm
    _choose(qtbot, page, card.number)
    assert page.settle_button.isEnabled() and not page.pay_button.isEnabled()
    _click(qtbot, page.settle_button, vm.statementChanged)
    st = vm.statement
    assert st.number == "JS20261100001" and "689.25" in page.summary.text()
    assert page.amount.text() == "689.25" and not page.deliver_button.isEnabled()

    # 300 in cash (the customer hands over 500), the rest by WeChat
    page.amount.clear()
    type_text(qtbot, page.amount, "300")
    type_text(qtbot, page.tendered, "500")
    qtbot.keyClick(page.tendered, Qt.Key.Key_Return)
    assert "389.25" in page.remaining.text() and page.amount.text() == "389.25"
    page.method.setCurrentIndex(page.method.findData("wechat"))
    type_text(qtbot, page.reference, "4200001234")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert vm.pending.rowCount() == 2
    _click(qtbot, page.pay_button, vm.statementChanged)
    assert "200.00" in page.change.text()
    assert vm.statement.customer_balance == 0 and vm.payments.rowCount() == 2

    # the checklist: one item missed is refused, then all ticked
    for key, box in page.checks.items():
        box.setChecked(key != "car_clean")
    _click(qtbot, page.deliver_button, vm.errorChanged)
    qtbot.waitUntil(lambda: "checklist" in page.error.text() or "交车检查单" in page.error.text(), timeout=WAIT)
    page.checks["car_clean"].setChecked(True)
    _click(qtbot, page.deliver_button, vm.messageChanged)
    assert ctx.job_cards.card(station.advisor, card.id).status == "delivered"
    qtbot.waitUntil(lambda: card.number not in [vm.cards.object_at(r).number for r in range(vm.cards.rowCount())],
                    timeout=WAIT)

    # print the statement and the certificate: the preview opens on the written PDF
    print_with_purpose(qtbot, page.print_statement, page, vm.printed, WAIT)
    assert page.last_preview is not None and page.last_preview.path.endswith(f"{st.number}-statement.pdf")
    page.last_preview.close()
    print_with_purpose(qtbot, page.print_certificate, page, vm.printed, WAIT)
    assert page.last_preview.path.endswith("certificate.pdf")
    page.last_preview.close()


def test_the_next_car_starts_from_cash_whatever_the_last_one_was_paid_with(qtbot, qloop, tasks, ctx, station,
                                                                          tmp_path):
    first, second = ready_card(ctx, station), ready_card(ctx, station)
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    _choose(qtbot, page, first.number)
    _click(qtbot, page.settle_button, page.vm.statementChanged)
    page.method.setCurrentIndex(page.method.findData("wechat"))
    assert not page.tendered.isEnabled()  # no cash handed over by WeChat
    _choose(qtbot, page, second.number)
    assert page.method.currentData() == "cash"
    _click(qtbot, page.settle_button, page.vm.statementChanged)
    assert page.method.currentData() == "cash" and page.tendered.isEnabled()


def test_paying_short_is_refused_on_screen_until_marked_part_payment(qtbot, qloop, tasks, ctx, station, tmp_path):
    card = ready_card(ctx, station)
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    vm = page.vm
    _choose(qtbot, page, card.number)
    _click(qtbot, page.settle_button, vm.statementChanged)
    page.amount.clear()
    type_text(qtbot, page.amount, "100")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    _click(qtbot, page.pay_button, vm.errorChanged)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=WAIT)
    assert "689.25" in page.error.text()
    assert ctx.settlement.statement(station.advisor, vm.statement.id).payments == ()
    # the list behind the desk refreshes (another PC settled a car): the refusal stays on screen
    vm.reload("")
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    assert "689.25" in page.error.text()
    page.partial.setChecked(True)
    _click(qtbot, page.pay_button, vm.statementChanged)
    assert vm.statement.customer_balance == Decimal("589.25") and page.error.text() == ""


def test_void_asks_the_reason_and_reissue_gives_a_new_number(qtbot, qloop, tasks, ctx, station, tmp_path):
    card = ready_card(ctx, station)
    page = _page(qtbot, tasks, ctx, station.advisor, tmp_path)
    vm = page.vm
    _choose(qtbot, page, card.number)
    _click(qtbot, page.settle_button, vm.statementChanged)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    dialog = page.void_dialog
    with qtbot.waitSignal(vm.statementChanged, timeout=WAIT):
        dialog.setTextValue("客户要求开公司抬头")
        dialog.accept()
    assert vm.statement.voided and "客户要求开公司抬头" in page.summary.text()
    assert page.reissue_button.isEnabled() and not page.pay_button.isEnabled()
    _click(qtbot, page.reissue_button, vm.statementChanged)
    assert vm.statement.number == "JS20261100002" and vm.statement.replaces == "JS20261100001"
