"""The insurance desk (保险理赔) driven as the insurance clerk does: an insurer added to the list, an
accident card opened as an insurance job with the report number reception wrote, the adjuster's
assessment and a supplement, the job settled at the till, the insurer's payment refused when above what
it owes and taken when right, with the difference and the receivables on screen and in the workbook."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.pages import PageEnv
from app.pages.claims import make_page
from services.users.permissions import Role
from tests.claims.fixtures import accident_card, person
from tests.gui_helpers import type_text
from tests.settlement.fixtures import through_qc

pytestmark = pytest.mark.gui
WAIT = 15000


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cell(model, row: int, header: str) -> str:
    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return model.data(model.index(row, col))


def test_the_insurance_clerk_takes_a_job_from_the_report_to_the_insurers_money(qtbot, qloop, tasks, ctx, desk,
                                                                                tmp_path):
    st = desk.st
    clerk = person(ctx, st.admin, "baoxian", "周理赔", [Role.INSURANCE_CLERK])
    card = accident_card(ctx, st, finish=False)
    page = make_page(PageEnv(ctx, clerk, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    tab, vm = page.insurance, page.insurance.vm
    vm.output_dir = tmp_path
    page.tabs.setCurrentWidget(tab)
    assert not page.make_button.isEnabled()  # the insurance clerk does not make warranty claims
    assert vm.cards.rowCount() == 1 and vm.jobs.rowCount() == 0

    # 平安保险 goes on the station's list of insurers
    type_text(qtbot, tab.new_insurer, "平安保险")
    with qtbot.waitSignal(vm.insurersChanged, timeout=WAIT):
        _click(qtbot, tab.add_insurer_button)
    assert tab.insurer.count() == 1 and "平安保险" in page.message.text()

    # the accident card: reception's insurer and report number come up to confirm
    tab.cards.selectRow(0)
    qtbot.mouseClick(tab.cards.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.cards.visualRect(vm.cards.index(0, 0)).center())
    assert tab.insurer.currentText() == "平安保险" and tab.report_number.text() == "BA2026000123"
    type_text(qtbot, tab.adjuster_name, "王定损")
    type_text(qtbot, tab.adjuster_phone, "13800001111")
    with qtbot.waitSignal(vm.registered, timeout=WAIT):
        _click(qtbot, tab.register_button)
    qtbot.waitUntil(lambda: vm.cards.rowCount() == 0 and vm.jobs.rowCount() == 1, timeout=WAIT)
    assert "BA2026000123" in tab.detail.text() and "王定损" in tab.detail.text()
    assert not tab.supplement_button.isEnabled()  # nothing to add to before the first assessment

    # the adjuster's assessment with the deductible, then a supplement
    type_text(qtbot, tab.assessed, "800")
    type_text(qtbot, tab.deductible, "200")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda j: j.status == "assessed"):
        _click(qtbot, tab.assess_button)
    type_text(qtbot, tab.supplement_amount, "-100")
    type_text(qtbot, tab.supplement_reason, "拆检发现冷凝器受损")
    with qtbot.waitSignal(vm.errorChanged, timeout=WAIT, check_params_cb=bool):
        _click(qtbot, tab.supplement_button)
    assert "cannot be negative" in page.error.text()
    tab.supplement_amount.clear()
    type_text(qtbot, tab.supplement_amount, "100")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda j: j.supplements_amount > 0):
        _click(qtbot, tab.supplement_button)
    assert tab.supplements.model().rowCount() == 1
    qtbot.waitUntil(lambda: _cell(vm.jobs, 0, "Repair − assessed") == "40.00", timeout=WAIT)
    assert _cell(vm.jobs, 0, "Assessed") == "900.00" and _cell(vm.jobs, 0, "Repair") == "940.00"
    assert "40.00 more than assessed" in tab.detail.text()

    # the car is repaired and settled at the till: the insurer owes its 740.00
    through_qc(ctx, st, ctx.job_cards.card(st.advisor, card.id))
    ctx.settlement.settle(st.advisor, card.id)
    with qtbot.waitSignal(vm.receivablesChanged, timeout=WAIT):
        vm.refresh()
    qtbot.waitUntil(lambda: not tasks.busy and vm.current.status == "settled", timeout=WAIT)
    assert "740.00" in tab.receivables_total.text()
    assert vm.receivables.rowCount() == 1 and _cell(vm.receivables, 0, "0-30") == "740.00"
    assert tab.payment_amount.text() == "740.00" and not tab.assess_button.isEnabled()

    # a payment above what is owed is refused and says so; the right one closes the job
    tab.payment_amount.clear()
    type_text(qtbot, tab.payment_amount, "800")
    type_text(qtbot, tab.payment_ref, "PA-2026-11")
    with qtbot.waitSignal(vm.errorChanged, timeout=WAIT, check_params_cb=bool):
        _click(qtbot, tab.pay_button)
    assert "more than the 740.00 the insurer still owes" in page.error.text()
    tab.payment_amount.clear()
    type_text(qtbot, tab.payment_amount, "740")
    with qtbot.waitSignal(vm.currentChanged, timeout=WAIT, check_params_cb=lambda j: j.status == "paid"):
        _click(qtbot, tab.pay_button)
    qtbot.waitUntil(lambda: vm.jobs.rowCount() == 0 and vm.receivables.rowCount() == 0, timeout=WAIT)
    assert page.error.text() == "" and "PA-2026-11" in page.message.text()
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    qtbot.waitUntil(lambda: vm.jobs.rowCount() == 1, timeout=WAIT)
    assert _cell(vm.jobs, 0, "Open") == "0.00" and _cell(vm.jobs, 0, "Paid") == "740.00"

    # the receivables workbook, read back
    with qtbot.waitSignal(vm.exported, timeout=WAIT) as done:
        _click(qtbot, tab.export_button)
    wb = load_workbook(done.args[0])
    jobs = [[c.value for c in row] for row in wb.worksheets[2].iter_rows()]
    assert len(jobs) == 2 and "BA2026000123" in jobs[1] and 740.0 in jobs[1]
    assert ctx.claims.receivables(clerk).open == Decimal("0.00")


def test_a_warranty_clerk_without_the_insurance_right_sees_no_insurance_tab(qtbot, qloop, tasks, ctx, desk):
    page = make_page(PageEnv(ctx, desk.appraiser, tasks, None))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    assert page.insurance is None and page.tabs.count() == 2
