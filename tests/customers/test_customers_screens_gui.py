"""The rest of the customer page, driven as the front desk and the CRC drive it: a vehicle's details
and periods, its plate, owner and odometer; contacts and drivers; consent and car club; the export
with its purpose; masked numbers; the import dialog through its widgets. The database is asserted
afterwards, and every item model goes through the model tester."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
import shiboken6
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from app.pages import PageEnv
from services.common.identifiers import make_vin
from services.customers.service import ContactInput, CustomerInput, VehicleInput
from services.users.permissions import Actor, Permission, Role
from tests.gui_helpers import type_text

pytestmark = pytest.mark.gui

VIN_ZW = make_vin("LSVAB2BM0JN654321")
VIN_LN = make_vin("LFV3A23C0H3098765")


@pytest.fixture
def people(ctx, admin):
    svc = ctx.customers
    zw = svc.create_customer(admin, CustomerInput(name="张伟", mobile="13812341234", other_phone="021-55550101",
                                                  contacts=(ContactInput("王师傅", "driver", "13700002222",
                                                                         relation="司机"),)),
                             vehicles=[VehicleInput(vin=VIN_ZW, plate="京A12345", brand="上汽大众", model="朗逸",
                                                    odometer_km=20000)])
    ln = svc.create_customer(admin, CustomerInput(name="李娜", mobile="13900005678"),
                             vehicles=[VehicleInput(vin=VIN_LN, plate="沪C88888", brand="一汽-大众", model="速腾")])
    return zw, ln


@pytest.fixture
def open_page(ctx, tasks, qtbot):
    """Opens the customers page as ``actor`` on a customer; the pages go when the test ends."""
    from app.pages.customers import make_page

    views = []

    def opener(actor, customer_id):
        view = make_page(PageEnv(ctx, actor, tasks, None))
        views.append(view)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        with qtbot.waitSignal(view.page_vm.loaded, timeout=5000):
            view.page_vm.load(customer_id)
        return view

    yield opener
    tasks.shutdown()  # no worker still holds the page's objects
    for view in views:
        view.close()
        shiboken6.delete(view)


@pytest.fixture
def page(admin, people, open_page):
    return open_page(admin, people[0].id)


def open_vehicle(qtbot, page):
    qtbot.mouseClick(page.page.details_button, Qt.MouseButton.LeftButton)
    dialog = page.page.vehicle_dialog
    qtbot.waitUntil(lambda: dialog.vm.vehicle is not None, timeout=5000)
    return dialog


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


# ---- a vehicle: details and periods, plate, owner, odometer ------------------------------------


def test_editing_a_vehicle_shows_the_derived_periods_and_stores_the_details(ctx, admin, qtbot, page, people):
    dialog = open_vehicle(qtbot, page)
    assert dialog.fields["brand"].text() == "上汽大众"
    assert "—" in dialog.warranty.text()  # no invoice date yet: no period
    retype(qtbot, dialog.fields["purchase_date"], "2024-02-29")
    assert dialog.warranty.text().startswith("2024-02-29 to 2027-02-28 or 60,000 km")
    assert dialog.sanbao.text().startswith("2024-02-29 to 2026-02-28 or 50,000 km")
    retype(qtbot, dialog.fields["colour"], "珍珠白")
    retype(qtbot, dialog.fields["model_year"], "2023")
    retype(qtbot, dialog.fields["engine_number"], "dkx123456")
    retype(qtbot, dialog.fields["delivery_date"], "2024-03-05")
    retype(qtbot, dialog.fields["insurer"], "中国人保")
    retype(qtbot, dialog.fields["insurance_expiry"], "2026-12-31")
    retype(qtbot, dialog.fields["inspection_due"], "2026-02-28")
    with qtbot.waitSignal(dialog.vm.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    v = ctx.customers.vehicle(admin, dialog.vm.vehicle_id)
    assert (v.colour, v.model_year, v.engine_number, v.insurer) == ("珍珠白", 2023, "DKX123456", "中国人保")
    assert (v.purchase_date, v.delivery_date) == (date(2024, 2, 29), date(2024, 3, 5))
    assert (v.insurance_expiry, v.inspection_due) == (date(2026, 12, 31), date(2026, 2, 28))
    assert (v.warranty_until, v.sanbao_until) == (date(2027, 2, 28), date(2026, 2, 28))
    assert v.plate == "京A12345" and v.last_odometer == 20000  # untouched by the form


def test_a_wrong_date_is_refused_in_the_form_and_nothing_is_stored(ctx, admin, qtbot, page):
    dialog = open_vehicle(qtbot, page)
    retype(qtbot, dialog.fields["insurance_expiry"], "明年")
    with qtbot.waitSignal(dialog.vm.errorChanged, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "明年" in dialog.error.text()
    assert dialog.fields["insurance_expiry"].hasFocus()
    assert ctx.customers.vehicle(admin, dialog.vm.vehicle_id).insurance_expiry is None


def test_changing_the_plate_keeps_the_old_one_in_the_history(ctx, admin, qtbot, qtmodeltester, page):
    dialog = open_vehicle(qtbot, page)
    dialog.tabs.setCurrentIndex(1)
    type_text(qtbot, dialog.new_plate, "京AD12345")
    with qtbot.waitSignal(dialog.vm.loaded, timeout=5000):
        qtbot.keyClick(dialog.new_plate, Qt.Key.Key_Return)
    assert dialog.current_plate.text() == "京AD12345"
    qtmodeltester.check(dialog.vm.plates)
    shown = [[dialog.vm.plates.data(dialog.vm.plates.index(r, c)) for c in range(3)] for r in range(2)]
    assert shown == [["京A12345", "2026-11-20", "2026-11-20"], ["京AD12345", "2026-11-20", "current"]]
    v = ctx.customers.vehicle(admin, dialog.vm.vehicle_id)
    assert v.plate == "京AD12345" and v.plate_kind == "new_energy"
    assert [p.plate for p in v.plates] == ["京A12345", "京AD12345"]
    assert ctx.customers.search(admin, "AD12345")[0].name == "张伟"
    # an invalid plate is refused and the field keeps focus
    type_text(qtbot, dialog.new_plate, "京AI2345")
    with qtbot.waitSignal(dialog.vm.errorChanged, timeout=5000):
        qtbot.mouseClick(dialog.plate_button, Qt.MouseButton.LeftButton)
    assert dialog.new_plate.hasFocus()
    assert ctx.customers.vehicle(admin, dialog.vm.vehicle_id).plate == "京AD12345"


def test_the_vehicle_form_shows_the_warning_of_an_embassy_plate(ctx, admin, qtbot, page):
    dialog = open_vehicle(qtbot, page)
    assert not dialog.plate_warning.isVisible()
    dialog.tabs.setCurrentIndex(1)
    type_text(qtbot, dialog.new_plate, "使123456")
    # while typing, the plate tab says what kind of plate it is
    assert dialog.new_plate_hint.isVisible() and "embassy plate" in dialog.new_plate_hint.text()
    with qtbot.waitSignal(dialog.vm.warningsChanged, timeout=5000):
        qtbot.mouseClick(dialog.plate_button, Qt.MouseButton.LeftButton)
    assert dialog.current_plate.text() == "使123456"
    assert dialog.plate_warning.isVisible()
    assert dialog.plate_warning.text() == "⚠ 使123456 is an embassy plate (使): check it against the vehicle licence."
    assert not dialog.new_plate_hint.isVisible()  # the field was emptied after the change
    assert ctx.customers.vehicle(admin, dialog.vm.vehicle_id).plate_kind == "unusual"
    # the customer page's list marks the car too, and the form opened again still warns
    qtbot.waitUntil(lambda: page.page_vm.vehicles.data(page.page_vm.vehicles.index(0, 0)) == "使123456 ⚠",
                    timeout=5000)
    dialog.close()
    again = open_vehicle(qtbot, page)
    qtbot.waitUntil(again.plate_warning.isVisible, timeout=5000)
    assert "embassy plate" in again.plate_warning.text()


def test_adding_a_vehicle_with_a_temporary_plate_shows_the_warning_before_saving(ctx, admin, qtbot, page, people):
    qtbot.mouseClick(page.page.vehicle_button, Qt.MouseButton.LeftButton)
    from views.customers.vehicle_new import VehicleDialog

    dialog = page.page.findChild(VehicleDialog)
    type_text(qtbot, dialog.fields["vin"], make_vin("LFV3A23C0H3012345"))
    type_text(qtbot, dialog.fields["plate"], "临京A12345")
    assert dialog.plate_hint.isVisible() and "temporary plate" in dialog.plate_hint.text()
    with qtbot.waitSignal(dialog.saved_id, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert dialog.vm.warnings and "temporary plate" in dialog.vm.warnings[0]
    v = ctx.customers.vehicle_by_vin(admin, make_vin("LFV3A23C0H3012345"))
    assert (v.plate, v.plate_kind) == ("临京A12345", "unusual")


def test_the_owner_changes_to_a_customer_found_by_the_search_and_the_history_stays(
        ctx, admin, qtbot, qtmodeltester, page, people):
    zw, ln = people
    dialog = open_vehicle(qtbot, page)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.owner_button, Qt.MouseButton.LeftButton)
    owner = dialog.owner_dialog
    qtbot.waitUntil(owner.search.hasFocus, timeout=2000)
    with qtbot.waitSignal(dialog.vm.owner_search.resultsChanged, timeout=5000):
        qtbot.keyClicks(owner.search, "5678")
    assert owner.table.currentIndex().row() == 0
    assert dialog.vm.owner_search.results.row_object(0).name == "李娜"
    type_text(qtbot, owner.reason, "二手车转让")
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):  # the customer page follows
        qtbot.mouseClick(owner.ok_button, Qt.MouseButton.LeftButton)
    assert not owner.isVisible()
    qtbot.waitUntil(lambda: dialog.owner_label.text() == "Owner: 李娜", timeout=5000)
    qtmodeltester.check(dialog.vm.owners)
    v = ctx.customers.vehicle(admin, dialog.vm.vehicle_id)
    assert v.owner_id == ln.id
    assert [(o.name, o.owned_to is None, o.reason) for o in v.owners] == [("张伟", False, ""),
                                                                          ("李娜", True, "二手车转让")]
    assert v.last_odometer == 20000 and [p.plate for p in v.plates] == ["京A12345"]
    assert page.page_vm.vehicles.rowCount() == 0  # 张伟 no longer has it
    assert {x.vin for x in ctx.customers.customer(admin, ln.id).vehicles} == {VIN_LN, VIN_ZW}


def test_a_lower_odometer_reading_asks_for_the_reason_and_is_shown_flagged(ctx, admin, qtbot, qtmodeltester, page):
    dialog = open_vehicle(qtbot, page)
    dialog.tabs.setCurrentIndex(3)
    assert not dialog.reason.isVisible()
    type_text(qtbot, dialog.km, "25000")
    with qtbot.waitSignal(dialog.vm.loaded, timeout=5000):
        qtbot.keyClick(dialog.km, Qt.Key.Key_Return)
    type_text(qtbot, dialog.km, "1200")
    with qtbot.waitSignal(dialog.vm.reasonNeeded, timeout=5000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.reason.isVisible() and dialog.reason.hasFocus()
    assert "25,000" in dialog.error.text() or "25000" in dialog.error.text()
    assert ctx.customers.vehicle(admin, dialog.vm.vehicle_id).last_odometer == 25000  # nothing stored yet
    type_text(qtbot, dialog.reason, "更换仪表总成")
    with qtbot.waitSignal(dialog.vm.loaded, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.reason.isVisible()
    qtmodeltester.check(dialog.vm.readings)
    model = dialog.vm.readings
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["1,200 ⚠", "25,000", "20,000"]
    assert model.data(model.index(0, 4)) == "Lower than before: 更换仪表总成"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None
    v = ctx.customers.vehicle(admin, dialog.vm.vehicle_id)
    assert [(r.km, r.lower_than_previous, r.reason) for r in v.readings] == [
        (20000, False, None), (25000, False, None), (1200, True, "更换仪表总成")]


# ---- contacts and drivers -------------------------------------------------------------------------


def cell_editors(table) -> list:
    return [w for w in table.viewport().findChildren(QWidget)
            if isinstance(w, QLineEdit | QComboBox) and w.isVisible() and not isinstance(w.parent(), QComboBox)]


def open_editor(table):
    """The cell editor the table has open (a line edit, or the relation combo's line edit)."""
    editors = cell_editors(table)
    assert len(editors) == 1, editors
    editor = editors[0]
    return editor.lineEdit() if isinstance(editor, QComboBox) else editor


def type_in_editor(qtbot, table, text: str) -> None:
    line = open_editor(table)
    line.selectAll()
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not cell_editors(table), timeout=2000)


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Select a cell, start editing with F2, type (Chinese through the IME), Enter."""
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_in_editor(qtbot, table, text)


def test_contacts_and_drivers_are_an_editable_table(ctx, admin, qtbot, qtmodeltester, page, people):
    page.page.edit_button.click()
    from views.customers.edit import CustomerEditDialog

    dialog = page.page.findChild(CustomerEditDialog)
    editor = dialog.contacts
    model = dialog.contacts_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "王师傅"
    assert model.data(model.index(0, 4), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # opens the new row's name for typing
    type_in_editor(qtbot, editor.table, "张丽")
    edit_cell(qtbot, editor.table, 1, 1, "配偶")
    edit_cell(qtbot, editor.table, 1, 2, "13655556666")
    edit_cell(qtbot, editor.table, 1, 3, "010-66668888")
    editor.table.setCurrentIndex(model.index(1, 4))
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)  # she does not bring the car in
    assert model.data(model.index(1, 4), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    edit_cell(qtbot, editor.table, 0, 3, "13700003333")
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    c = ctx.customers.customer(admin, people[0].id)
    assert [(x.name, x.relation, x.mobile, x.other_phone, x.is_driver, x.role) for x in c.contacts] == [
        ("王师傅", "司机", "13700002222", "13700003333", True, "driver"),
        ("张丽", "配偶", "13655556666", "01066668888", False, "contact")]
    assert ctx.customers.search(admin, "6666")[0].name == "张伟"  # a contact's number finds the customer


def test_a_wrong_contact_mobile_is_refused_with_the_table_in_focus(ctx, admin, qtbot, page, people):
    page.page.edit_button.click()
    from views.customers.edit import CustomerEditDialog

    dialog = page.page.findChild(CustomerEditDialog)
    edit_cell(qtbot, dialog.contacts.table, 0, 2, "1370000")
    with qtbot.waitSignal(dialog.vm.errorChanged, timeout=5000) as blocker:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert blocker.args[1] == "contacts" and dialog.contacts.table.hasFocus()
    assert ctx.customers.customer(admin, people[0].id).contacts[0].mobile == "13700002222"


# ---- masked numbers ------------------------------------------------------------------------------


def masked_clerk(ctx) -> Actor:
    """A role that keeps the file (edits, sees vehicles) but does not call customers."""
    return Actor(None, "clerk", "档案员", frozenset({Role.INFORMATION_CLERK}),
                 frozenset({Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS}))


def test_phones_stay_masked_on_every_screen_and_saving_keeps_the_stored_numbers(
        ctx, admin, qtbot, people, open_page):
    clerk = masked_clerk(ctx)
    view = open_page(clerk, people[0].id)
    if True:  # noqa: SIM108
        profile = {view.page.profile.itemAt(r, view.page.profile.ItemRole.LabelRole).widget().text():
                   view.page.profile.itemAt(r, view.page.profile.ItemRole.FieldRole).widget().text()
                   for r in range(view.page.profile.rowCount())}
        assert profile["Mobile"] == "138****1234" and "13700002222" not in profile["Contacts"]
        assert not view.export_button.isVisible()
        with qtbot.waitSignal(view.search_vm.resultsChanged, timeout=5000):
            qtbot.keyClicks(view.search_box, "zw")
        assert view.search_vm.results.data(view.search_vm.results.index(0, 1)) == "138****1234"
        # the vehicle's owner search
        dialog = open_vehicle(qtbot, view)
        dialog.owner_button.click()
        with qtbot.waitSignal(dialog.vm.owner_search.resultsChanged, timeout=5000):
            qtbot.keyClicks(dialog.owner_dialog.search, "ln")
        assert dialog.vm.owner_search.results.data(dialog.vm.owner_search.results.index(0, 1)) == "139****5678"
        dialog.owner_dialog.reject()
        dialog.accept()
        # the customer form and its contacts table
        view.page.edit_button.click()
        from views.customers.edit import CustomerEditDialog

        form = view.page.findChild(CustomerEditDialog)
        model = form.contacts_model
        assert form.fields["mobile"].text() == "138****1234"
        assert model.data(model.index(0, 2)) == "137****2222"
        edit_cell(qtbot, form.contacts.table, 0, 1, "专职司机")
        retype(qtbot, form.fields["address"], "北京市朝阳区")
        with qtbot.waitSignal(view.page_vm.loaded, timeout=5000):
            form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        c = ctx.customers.customer(admin, people[0].id)
        assert (c.mobile, c.other_phone, c.address) == ("13812341234", "02155550101", "北京市朝阳区")
        assert [(x.relation, x.mobile) for x in c.contacts] == [("专职司机", "13700002222")]


# ---- consent and car club -----------------------------------------------------------------------


def test_consent_is_granted_and_withdrawn_with_date_and_channel_and_the_history_shown(
        ctx, admin, qtbot, qtmodeltester, page, people):
    page.page.consent_button.click()
    dialog = page.page.consent_dialog
    qtbot.waitUntil(lambda: "No consent on file" in dialog.status.text(), timeout=5000)
    dialog.channel.setCurrentIndex(dialog.channel.findData("wechat"))
    retype(qtbot, dialog.on, "2026-11-18")
    qtbot.mouseClick(dialog.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Consent granted on 2026-11-18 (WeChat).", timeout=5000)
    assert not dialog.grant_button.isEnabled() and dialog.withdraw_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    retype(qtbot, dialog.on, "2026-11-20")
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Consent withdrawn on 2026-11-20 (Phone)."), timeout=5000)
    qtbot.waitUntil(lambda: dialog.vm.history.rowCount() == 2, timeout=5000)
    qtmodeltester.check(dialog.vm.history)
    h = dialog.vm.history
    assert [[h.data(h.index(r, c)) for c in range(4)] for r in range(2)] == [
        ["2026-11-18", "granted", "WeChat", "admin"], ["2026-11-20", "withdrawn", "Phone", "admin"]]
    assert ctx.customers.consent_history(admin, people[0].id) == [
        (date(2026, 11, 18), True, "wechat", "admin"), (date(2026, 11, 20), False, "phone", "admin")]
    c = ctx.customers.customer(admin, people[0].id)
    assert (c.marketing_consent, c.consent_date, c.consent_channel) == (False, date(2026, 11, 20), "phone")
    # a date in the future is refused before anything is stored
    retype(qtbot, dialog.on, "2027-01-01")
    with qtbot.waitSignal(dialog.vm.errorChanged, timeout=5000):
        qtbot.mouseClick(dialog.grant_button if dialog.grant_button.isEnabled() else dialog.withdraw_button,
                         Qt.MouseButton.LeftButton)
    assert len(ctx.customers.consent_history(admin, people[0].id)) == 2


def test_car_club_membership_is_saved_and_ended(ctx, admin, qtbot, page, people):
    page.page.consent_button.click()
    dialog = page.page.consent_dialog
    type_text(qtbot, dialog.club_number, "CLUB-0088")
    type_text(qtbot, dialog.club_level, "金卡")
    type_text(qtbot, dialog.club_joined, "2025-06-01")
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        qtbot.mouseClick(dialog.club_button, Qt.MouseButton.LeftButton)
    c = ctx.customers.customer(admin, people[0].id)
    assert (c.club_number, c.club_level, c.club_joined_on) == ("CLUB-0088", "金卡", date(2025, 6, 1))
    # editing the customer afterwards keeps the membership
    page.page.edit_button.click()
    from views.customers.edit import CustomerEditDialog

    form = page.page.findChild(CustomerEditDialog)
    with qtbot.waitSignal(page.page_vm.loaded, timeout=5000):
        form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert ctx.customers.customer(admin, people[0].id).club_joined_on == date(2025, 6, 1)
    page.page.consent_button.click()
    dialog = page.page.consent_dialog
    dialog.club_number.clear()
    dialog.club_level.clear()
    dialog.club_joined.clear()
    with qtbot.waitSignal(dialog.vm.saved, timeout=5000):
        qtbot.mouseClick(dialog.club_button, Qt.MouseButton.LeftButton)
    c = ctx.customers.customer(admin, people[0].id)
    assert (c.club_number, c.club_level, c.club_joined_on) == (None, None, None)


# ---- export -------------------------------------------------------------------------------------


def test_export_asks_for_the_purpose_and_the_audit_entry_records_it(ctx, admin, qtbot, page, tmp_path):
    assert page.export_button.isVisible()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    path = tmp_path / "file.xlsx"
    dialog.path.setText(str(path))
    with qtbot.waitSignal(page.export_vm.errorChanged, timeout=5000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "what the export is for" in dialog.error.text() and not path.exists()
    assert ctx.audit.entries(admin, action_prefix="customers.export") == []
    type_text(qtbot, dialog.purpose.lineEdit(), "迁移到新系统")
    with qtbot.waitSignal(page.export_vm.exported, timeout=10000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [entry] = ctx.audit.entries(admin, action_prefix="customers.export")
    assert entry.details["purpose"] == "迁移到新系统" and entry.username == "admin"
    ws = load_workbook(path).active
    assert "13812341234" in [c.value for c in next(ws.iter_rows(min_row=2, max_row=2))]


@pytest.mark.parametrize("role", [Role.SERVICE_ADVISOR, Role.RECEPTIONIST, Role.CRC_SPECIALIST])
def test_export_is_offered_only_to_roles_that_may_export(people, open_page, role):
    actor = Actor.for_roles(None, "u", "用户", [role])
    assert not actor.can(Permission.EXPORT_PERSONAL_DATA)
    view = open_page(actor, people[0].id)
    assert not view.export_button.isVisible()
    view._export()  # even a shortcut would not open it
    assert getattr(view, "export_dialog", None) is None


# ---- the import dialog through its widgets -------------------------------------------------------


def workbook_file(tmp_path, name: str, rows) -> str:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "电话", "牌照", "车辆识别代号", "备注栏"])
    for r in rows:
        ws.append(r)
    out = BytesIO()
    wb.save(out)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return str(path)


def choose_file(qtbot, dialog, path: str) -> None:
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert chooser.isVisible()
    with qtbot.waitSignal(dialog.vm.sheetLoaded, timeout=5000):
        chooser.selectFile(path)
        chooser.accept()


def map_by_hand(dialog) -> None:
    for field, header in (("plate", "牌照"), ("notes", "备注栏")):
        combo = dialog.combos[field]
        combo.setFocus()
        combo.setCurrentIndex(combo.findText(header))


def test_the_import_dialog_is_driven_through_its_widgets(ctx, admin, qtbot, qtmodeltester, page, tmp_path):
    bad = workbook_file(tmp_path, "bad.xlsx", [
        ["周杰", "13511110000", "京A11111", make_vin("LSVAB2BM0JN111111"), "老客户"],
        ["吴敏", "1351111", "京B22222", make_vin("LSVAB2BM0JN111112"), ""],
        ["郑强", "13511110002", "京AI2345", make_vin("LSVAB2BM0JN111113"), ""],
    ])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert not dialog.preview_button.isEnabled()
    choose_file(qtbot, dialog, bad)
    assert dialog.file_label.text() == bad
    # headers the guesser does not know (牌照, 备注栏) are mapped by hand
    assert "plate" not in dialog.vm.mapping and "notes" not in dialog.vm.mapping
    map_by_hand(dialog)
    assert dialog.vm.mapping == {"name": 0, "mobile": 1, "plate": 2, "vin": 3, "notes": 4}
    with qtbot.waitSignal(dialog.vm.previewReady, timeout=5000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.errors.model())
    errors = dialog.errors.model()
    shown = [(errors.data(errors.index(r, 0)), errors.data(errors.index(r, 1))) for r in range(errors.rowCount())]
    assert shown == [("3", "电话"), ("4", "牌照")]
    assert "3 rows: 1 good, 2 with problems" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing: nothing goes in while a row is wrong
    assert ctx.customers.search(admin, "周杰") == []

    good = workbook_file(tmp_path, "good.xlsx", [
        ["周杰", "13511110000", "京A11111", make_vin("LSVAB2BM0JN111111"), "老客户"],
        ["吴敏", "13511110001", "京B22222", make_vin("LSVAB2BM0JN111112"), ""],
    ])
    choose_file(qtbot, dialog, good)
    map_by_hand(dialog)
    with qtbot.waitSignal(dialog.vm.previewReady, timeout=5000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.model().rowCount() == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.vm.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Imported 2 customers and 2 vehicles."
    [hit] = ctx.customers.search(admin, "周杰")
    c = ctx.customers.customer(admin, hit.customer_id)
    assert (c.mobile, c.notes, c.vehicles[0].plate) == ("13511110000", "老客户", "京A11111")
