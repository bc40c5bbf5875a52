"""Sign-in, first-run wizard, main window, idle lock and settings, driven as a person would."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QWizard
from sqlalchemy import select

from app import instance
from app.db.models.users import User
from app.gui import build_main_window
from app.settings import LocalSettings
from services.users.permissions import Role
from tests.conftest import ADMIN_PASSWORD
from tests.gui_helpers import type_text
from viewmodels.shell.first_run import FirstRunViewModel
from viewmodels.shell.session import SignInViewModel
from views.shell.first_run import FirstRunWizard
from views.shell.placeholder import PlaceholderPage
from views.shell.sign_in import SignInDialog


@pytest.fixture
def local_settings(tmp_path):
    s = LocalSettings()
    path = tmp_path / "settings.json"
    s.save = lambda p=None, _orig=s.save: _orig(path)  # this PC's file, in the test's folder
    s.path = path
    return s


def _sign_in(qtbot, dialog, user, password):
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_password_shows_a_clear_message_and_changes_nothing(qtbot, ctx, admin, tasks):
    dialog = SignInDialog(SignInViewModel(ctx.users, tasks), "测试站")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.vm.errorChanged, check_params_cb=bool):
        _sign_in(qtbot, dialog, "admin", "not-the-password")
    assert dialog.message.text() == "The user name or password is wrong."
    assert dialog.password.text() == "" and dialog.isVisible() and dialog.actor is None
    with ctx.db.read() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
        assert user.last_sign_in is None and user.failed_attempts == 1

    with qtbot.waitSignal(dialog.vm.signedIn):
        _sign_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.actor.username == "admin" and not dialog.isVisible()


def test_first_run_wizard_refuses_bad_input_then_creates_the_station(qtbot, ctx, tasks):
    assert not ctx.station.is_set_up()
    vm = FirstRunViewModel(ctx.station, ctx.users, ctx.clock, tasks)
    wizard = FirstRunWizard(vm)
    qtbot.addWidget(wizard)
    wizard.show()
    f = wizard.fields
    type_text(qtbot, f["station_name"], "阳光汽车维修站")
    qtbot.keyClicks(f["credit_code"], "91310000775785552X")  # wrong check character
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.station_page
    assert "unified social credit code" in wizard.station_page.message.text()
    f["credit_code"].clear()
    qtbot.keyClicks(f["credit_code"], "91310000775785552L")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.admin_page

    type_text(qtbot, f["admin_name"], "周站长")
    qtbot.keyClicks(f["password"], "short")
    qtbot.keyClicks(f["password_again"], "short")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "at least 8" in wizard.admin_page.message.text()
    assert not ctx.station.is_set_up()

    for key in ("password", "password_again"):
        f[key].clear()
        qtbot.keyClicks(f[key], "good-pass-42")
    with qtbot.waitSignal(vm.created):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert ctx.station.is_set_up()
    assert ctx.station.settings().name == "阳光汽车维修站"
    assert ctx.users.authenticate("admin", "good-pass-42").roles == {Role.ADMINISTRATOR}
    assert wizard.actor is not None and not wizard.isVisible()


def test_main_window_shows_each_role_only_its_areas(qtbot, ctx, admin, tasks, local_settings):
    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    tech = ctx.users.authenticate("tech01", "spanner-42")
    window = build_main_window(ctx, tech, tasks, local_settings)
    qtbot.addWidget(window)
    assert window.area_keys() == ["home", "job_cards", "workshop", "parts", "tools"]
    assert "王师傅" in window.user_label.text()
    assert "测试汽车服务有限公司维修站" in window.station_label.text()
    assert ctx.db.info().engine in window.db_label.text()

    boss = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(boss)
    assert boss.area_keys() == ["home", "job_cards", "settlement", "appointments", "workshop", "parts", "receiving",
                                "stocktake", "tools", "customers", "crm", "claims", "repair_file", "reporting",
                                "settings"]


def test_an_area_not_built_yet_says_so(qtbot, ctx, admin, tasks, local_settings, monkeypatch):
    import app.gui

    # every area is built now: the reports area stands in for one that is not
    real = app.gui.page_factory
    monkeypatch.setattr(app.gui, "page_factory", lambda area: None if area.key == "reporting" else real(area))
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("reporting")
    page = window.current_page()
    assert isinstance(page, PlaceholderPage)
    texts = [lbl.text() for lbl in page.findChildren(QLabel)]
    assert "Reports" in texts
    assert any("not built yet" in t for t in texts)


def test_idle_lock_covers_the_window_until_the_same_password(qtbot, ctx, admin, tasks, local_settings):
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.show()
    lock = window.lock_vm
    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.set_interval_ms(50)  # the station's idle minutes, shortened
    assert window.body.currentWidget() is window.lock_panel
    assert not window.nav.isEnabled()
    panel = window.lock_panel
    with qtbot.waitSignal(lock.errorChanged, check_params_cb=bool):
        qtbot.keyClicks(panel.password, "wrong-one-1")
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert panel.message.text() == "The password is wrong."
    assert lock.is_locked
    lock.set_interval_ms(60_000)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(panel.password, ADMIN_PASSWORD)
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.body.currentIndex() == 0 and window.nav.isEnabled()


def test_settings_page_saves_the_station_and_this_pcs_language(qtbot, ctx, admin, tasks, local_settings):
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("settings")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.fields["name"].text() == "测试汽车服务有限公司维修站")
    phone = page.fields["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "021-6666-8888")
    with qtbot.waitSignal(page.vm.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ctx.station.settings().phone == "021-6666-8888"

    page.fields["credit_code"].setText("123")
    with qtbot.waitSignal(page.vm.errorChanged, check_params_cb=lambda f, t: bool(t)):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "unified social credit code" in page.message.text()
    assert ctx.station.settings().credit_code == "91310000775785552L"

    page.language.setCurrentIndex(page.language.findData("en"))
    assert LocalSettings.load(local_settings.path).language == "en"


def test_admin_creates_a_user_from_the_settings_page(qtbot, ctx, admin, tasks, local_settings):
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("settings")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.vm.users.rowCount() == 1)
    with qtbot.waitSignal(page.vm.usersChanged):
        page.vm.create_user("rec01", "前台小李", "desk-pass-1", ["receptionist"], "E9001")
    assert [page.vm.users.user(r).username for r in range(page.vm.users.rowCount())] == ["admin", "rec01"]
    assert ctx.users.authenticate("rec01", "desk-pass-1").roles == {Role.RECEPTIONIST}


def test_user_table_model_is_a_well_behaved_qt_model(qtmodeltester, ctx, admin):
    from viewmodels.settings.page import UserTableModel

    model = UserTableModel()
    model.set_users(ctx.users.list_users(admin))
    qtmodeltester.check(model)


def test_a_second_copy_on_the_same_file_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'servicebay.sqlite3'}"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from app import instance
        lock = instance.acquire({url!r})
        print("locked" if isinstance(lock, instance.InstanceLock) else "refused", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = instance.acquire(url)
        assert isinstance(second, instance.AlreadyRunning)
        assert second.pid == holder.pid
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()
    # once the first copy is gone (even if it crashed), the file can be opened again
    again = instance.acquire(url)
    assert isinstance(again, instance.InstanceLock)
    again.release()


def test_main_window_lists_areas_in_a_list_widget(qtbot, ctx, admin, tasks, local_settings):
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget, "navigation")
    assert nav.count() == 15


def test_settings_page_sets_a_labour_rate_from_a_date(qtbot, ctx, admin, tasks, local_settings):
    from datetime import date
    from decimal import Decimal

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("settings")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.vm.rates.rowCount() > 0)
    page.job_type.setCurrentIndex(page.job_type.findData("accident"))
    page.payer.setCurrentIndex(page.payer.findData("insurer"))
    page.labour_from.setDate(QDate(2027, 1, 1))
    qtbot.keyClicks(page.labour_rate, "185.50")
    button = page.findChild(QPushButton, "setLabourRate")
    with qtbot.waitSignal(page.vm.saved):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ctx.station.labour_rate_on(date(2027, 1, 2), "accident", "insurer") == Decimal("185.50")
    assert ctx.station.labour_rate_on(date(2026, 12, 31), "accident", "insurer") == Decimal("160.00")
    qtbot.waitUntil(lambda: any(page.vm.rates.index(r, 2).data() == "185.50"
                                for r in range(page.vm.rates.rowCount())))

    page.labour_rate.clear()
    qtbot.keyClicks(page.labour_rate, "-5")
    with qtbot.waitSignal(page.vm.errorChanged, check_params_cb=lambda f, t: bool(t)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "more than zero" in page.message.text()


def test_rate_table_model_is_a_well_behaved_qt_model(qtmodeltester, ctx, admin):
    from viewmodels.settings.page import RateTableModel

    model = RateTableModel()
    t = ctx.station.rate_table()
    model.set_rows(t["tax"] + t["labour"])
    qtmodeltester.check(model)


def test_signing_out_stops_the_scan_workers_of_every_page(qtbot, ctx, admin, tasks, local_settings):
    import threading

    from views.parts.receiving import ReceivingPage

    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.show()
    window.open_area("receiving")
    page = window.current_page()
    assert isinstance(page, ReceivingPage)
    qtbot.waitUntil(lambda: not tasks.busy)
    with qtbot.waitSignal(page.vm.queue.rejected):  # an unknown box: the worker thread is up
        type_text(qtbot, page.scan_field, "NO-SUCH-BOX")
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    window.open_area("tools")  # the receiving page stays built behind the stack
    assert any(t.name.startswith("servicebay-scan") for t in threading.enumerate())
    with qtbot.waitSignal(window.closed):
        window.close()  # what signing out does
    assert [t.name for t in threading.enumerate() if t.name.startswith("servicebay-scan")] == []


@pytest.mark.parametrize("screen", [(1366, 728), (1093, 574)], ids=["1366x768", "1366x768-at-125%"])
def test_no_page_forces_the_window_past_a_station_pcs_screen(qtbot, ctx, admin, tasks, local_settings, screen):
    """Every area opened in turn on 1366×768 (less the taskbar), at 100% and at 125% scaling: the window
    keeps the screen's size, and a page larger than the room scrolls instead."""
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    qtbot.waitExposed(window)
    for key in window.area_keys():
        window.open_area(key)
        page = window.current_page()
        assert page.isVisible(), key
        assert (window.width(), window.height()) == screen, key
    assert window.minimumSizeHint().width() <= screen[0] and window.minimumSizeHint().height() <= screen[1]


def test_a_click_on_a_pages_empty_space_leaves_the_focus_in_its_scan_field(qtbot, ctx, admin, tasks, local_settings):
    """The workshop kiosk in the main window: the technician taps the screen's empty space, then scans a
    badge. The page sits in a scroll area (for small screens); that area must not take the focus, or the
    burst would reach no page."""
    from PySide6.QtWidgets import QApplication

    from services.users.permissions import Actor

    info = ctx.users.create_user(admin, "tech01", "张技师", "tech-pass-12", [Role.TECHNICIAN])
    tech = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    window = build_main_window(ctx, tech, tasks, local_settings)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.open_area("workshop")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.kiosk)
    page.kiosk.field.setFocus()
    qtbot.waitUntil(page.kiosk.field.hasFocus)
    empty = page.kiosk.rect().bottomLeft() + QPoint(page.kiosk.width() // 2, -page.kiosk.height() // 3)
    qtbot.mouseClick(page.kiosk, Qt.MouseButton.LeftButton, pos=empty)
    assert QApplication.focusWidget() is page.kiosk.field
