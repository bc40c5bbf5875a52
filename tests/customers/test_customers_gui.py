"""The customers page driven as the front desk drives it: type, Enter, arrows; dialogs; models checked."""

from __future__ import annotations

from io import BytesIO

import pytest
import shiboken6
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.pages import PageEnv
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput

pytestmark = pytest.mark.gui

VIN_ZW = make_vin("LSVAB2BM0JN654321")
VIN_LN = make_vin("LFV3A23C0H3098765")


@pytest.fixture
def page(ctx, admin, tasks, qtbot):
    svc = ctx.customers
    svc.create_customer(admin, CustomerInput(name="张伟", mobile="13812341234"),
                        vehicles=[VehicleInput(vin=VIN_ZW, plate="京A12345", brand="上汽大众", model="朗逸")])
    svc.create_customer(admin, CustomerInput(name="李娜", mobile="13900005678"),
                        vehicles=[VehicleInput(vin=VIN_LN, plate="沪C88888", brand="一汽-大众", model="速腾")])
    svc.create_customer(admin, CustomerInput(name="赵文", mobile="13700009999"))
    from app.pages.customers import make_page

    view = make_page(PageEnv(ctx, admin, tasks, None))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    tasks.shutdown()  # no worker still holds the page's objects
    view.close()
    shiboken6.delete(view)  # the widgets and their viewmodels go now, not in the interpreter's final GC


def type_query(qtbot, view, text: str) -> None:
    view.search_box.clear()
    with qtbot.waitSignal(view.search_vm.resultsChanged, timeout=5000):
        qtbot.keyClicks(view.search_box, text)


def top_name(view) -> str:
    return view.search_vm.results.row_object(0).name


@pytest.mark.parametrize("query, expected", [
    ("zw", "张伟"), ("1234", "张伟"), ("A12345", "张伟"), (VIN_ZW[-6:], "张伟"),
    ("ln", "李娜"), ("5678", "李娜"), ("C88888", "李娜"), (VIN_LN[-6:], "李娜"),
])
def test_typing_finds_the_right_record(qtbot, page, query, expected):
    type_query(qtbot, page, query)
    assert top_name(page) == expected


def test_enter_opens_the_top_result_on_the_customer_page(qtbot, page):
    type_query(qtbot, page, "zw")
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.page.title.text() == "张伟"
    assert page.page_vm.vehicles.rowCount() == 1
    assert page.page_vm.vehicles.data(page.page_vm.vehicles.index(0, 0)) == "京A12345"
    assert page.page_vm.timeline.rowCount() == 2  # created, vehicle added


def test_enter_typed_before_the_results_arrive_opens_the_right_customer(qtbot, page):
    type_query(qtbot, page, "ln")  # 李娜 is on screen as the top result
    page.search_box.clear()
    # a fast typist: "zw" and Enter before the search for it has answered
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        qtbot.keyClicks(page.search_box, "zw")
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.page.title.text() == "张伟"


def test_down_moves_into_the_list_and_enter_opens_the_row(qtbot, page):
    type_query(qtbot, page, "z")  # 张伟 and 赵文
    assert page.search_vm.results.rowCount() == 2
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.waitUntil(page.results.hasFocus, timeout=2000)
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    second = page.search_vm.results.row_object(1)
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.page.title.text() == second.name


def test_clearing_the_box_clears_the_list_and_nonsense_says_nothing_found(qtbot, page):
    type_query(qtbot, page, "qqqq")
    assert page.search_vm.results.rowCount() == 0
    assert page.status.text() == "Nothing found."
    type_query(qtbot, page, "zw")
    with qtbot.waitSignal(page.search_vm.resultsChanged):
        page.search_box.clear()
    assert page.search_vm.results.rowCount() == 0


def test_the_search_box_has_focus_when_the_page_opens(page, qtbot):
    qtbot.waitUntil(page.search_box.hasFocus, timeout=2000)


def test_item_models_pass_the_model_tester(qtbot, qtmodeltester, page):
    type_query(qtbot, page, "z")
    qtmodeltester.check(page.search_vm.results)
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        page.search_vm.openRow(0)
    qtmodeltester.check(page.page_vm.vehicles)
    qtmodeltester.check(page.page_vm.timeline)


def test_vehicle_dialog_asks_for_a_reason_when_the_vin_check_fails(ctx, admin, tasks, qtbot):
    from viewmodels.customers.area import VehicleEditViewModel
    from views.customers.vehicle_new import VehicleDialog

    c = ctx.customers.create_customer(admin, CustomerInput(name="钱进", mobile="13611112222"))
    vm = VehicleEditViewModel(ctx.customers, admin, tasks, c.id)
    dialog = VehicleDialog(vm)
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = VIN_LN[:8] + ("1" if VIN_LN[8] != "1" else "2") + VIN_LN[9:]
    qtbot.keyClicks(dialog.fields["vin"], wrong)
    dialog.fields["plate"].setText("京AI2345")  # QTest types only what a keyboard has keys for
    assert not dialog.fields["vin_override_reason"].isVisible()
    with qtbot.waitSignal(vm.vinCheckFailed, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.fields["vin_override_reason"].isVisible()
    assert dialog.fields["vin_override_reason"].hasFocus()
    qtbot.keyClicks(dialog.fields["vin_override_reason"], "imported car, VIN as on the plate")
    with qtbot.waitSignal(vm.errorChanged, timeout=5000) as blocker:  # now the plate: no I on plates
        vm.save(dialog.values(), False)
    assert blocker.args[1] == "plate" and dialog.fields["plate"].hasFocus()
    dialog.fields["plate"].setText("京AD12345")
    with qtbot.waitSignal(vm.saved, timeout=5000):
        vm.save(dialog.values(), False)
    [v] = ctx.customers.customer(admin, c.id).vehicles
    assert v.vin == wrong and v.vin_check_overridden and v.plate_kind == "new_energy"


def test_edit_dialog_warns_of_a_duplicate_mobile(ctx, admin, tasks, qtbot, page):
    from viewmodels.customers.area import CustomerEditViewModel

    vm = CustomerEditViewModel(ctx.customers, admin, tasks, None)
    with qtbot.waitSignal(vm.duplicatesFound, timeout=5000) as blocker:
        vm.save({"name": "张伟", "kind": "person", "mobile": "13812341234", "billing_terms": "cash"}, False)
    assert "张伟" in blocker.args[0]
    with qtbot.waitSignal(vm.saved, timeout=5000):
        vm.save({"name": "张伟", "kind": "person", "mobile": "13812341234", "billing_terms": "cash"}, True)


def test_import_dialog_model_previews_and_refuses_a_bad_workbook(ctx, admin, tasks, qtbot, qtmodeltester, tmp_path):
    from viewmodels.customers.area import ImportViewModel

    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "手机号码", "车牌号", "车架号"])
    ws.append(["周杰", "13511110000", "京A11111", make_vin("LSVAB2BM0JN111111")])
    ws.append(["吴敏", "13511110001", "京AI2345", make_vin("LSVAB2BM0JN111112")])
    buffer = BytesIO()
    wb.save(buffer)
    path = tmp_path / "old.xlsx"
    path.write_bytes(buffer.getvalue())
    vm = ImportViewModel(ctx.customers, admin, tasks)
    with qtbot.waitSignal(vm.sheetLoaded, timeout=5000):
        vm.loadFile(str(path))
    assert vm.mapping == {"name": 0, "mobile": 1, "plate": 2, "vin": 3}
    with qtbot.waitSignal(vm.previewReady, timeout=5000):
        vm.runPreview()
    qtmodeltester.check(vm.errors)
    assert [(e.row, e.column) for e in vm.preview.errors] == [(3, "车牌号")]
    with qtbot.waitSignal(vm.errorChanged, timeout=5000):
        vm.runImport()
    assert ctx.customers.search(admin, "周杰") == []


def test_the_history_names_job_types_and_calls_in_chinese(qapp, ctx, admin):
    """A maintenance visit reads 保养 in the customer's history, not "maintenance"."""
    from app import i18n
    from tests.job_cards.fixtures import make_station
    from viewmodels.customers.area import describe_entry

    st = make_station(ctx, admin)
    card = ctx.job_cards.open_card(st.advisor, st.intake(job_type="maintenance"))
    translators = i18n.install(qapp, "zh_CN")
    try:
        texts = [describe_entry(e) for e in ctx.customers.timeline(admin, st.customer_id)]
        opened = next(t for t in texts if card.number in t)
        assert "保养" in opened and "maintenance" not in opened
        assert not any("maintenance" in t or "repair" in t for t in texts)
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
