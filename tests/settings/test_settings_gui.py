"""Settings as a station manager uses it: guarantee periods, numbering rules and the audit log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import select

from app.db.models.station import NumberingRule
from app.gui import build_main_window
from app.pages import PageEnv, visible_areas
from app.settings import LocalSettings
from services.common.errors import PermissionDenied
from services.station.numbering import next_number
from services.users.permissions import Role

WAIT = 10_000


@pytest.fixture
def local_settings(tmp_path):
    s = LocalSettings()
    path = tmp_path / "settings.json"
    s.save = lambda p=None, _orig=s.save: _orig(path)
    s.path = path
    return s


@pytest.fixture
def boss(ctx, admin):
    ctx.users.create_user(admin, "boss", "站长老周", "manager-pass-1", [Role.STATION_MANAGER])
    return ctx.users.authenticate("boss", "manager-pass-1")


def _settings_page(qtbot, ctx, actor, tasks, local_settings):
    window = build_main_window(ctx, actor, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("settings")
    return window, window.current_page()


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_manager_sets_a_guarantee_period_and_a_numbering_rule(qtbot, qapp, ctx, boss, tasks, local_settings):
    from app import i18n

    translators = i18n.install(qapp, "zh_CN")  # the station works in Chinese
    try:
        _window, page = _settings_page(qtbot, ctx, boss, tasks, local_settings)
        forms = page.rule_forms
        qtbot.waitUntil(lambda: forms.prefix.text() != "", timeout=WAIT)

        # 二级维护: 5000 km / 30 days by default → 6000 km / 45 days
        forms.repair_class.setCurrentIndex(forms.repair_class.findText("二级维护"))
        assert forms.repair_class.currentData() == "level2_maintenance"
        assert (forms.guarantee_km.value(), forms.guarantee_days.value()) == (5000, 30)
        forms.guarantee_km.setValue(6000)
        forms.guarantee_days.setValue(45)
        with qtbot.waitSignal(page.vm.rulesLoaded, timeout=WAIT):
            _click(qtbot, forms.set_guarantee)
        assert ctx.station.guarantee_periods()["level2_maintenance"] == (6000, 45)
        assert "6000 公里或 45 天" in [page.vm.rates.index(r, 2).data() for r in range(page.vm.rates.rowCount())]

        forms.guarantee_days.setValue(0)
        with qtbot.waitSignal(page.vm.errorChanged, check_params_cb=lambda f, t: bool(t), timeout=WAIT):
            _click(qtbot, forms.set_guarantee)
        assert page.message.text() == i18n_text(qapp, "A guarantee period has positive km and days.")
        assert ctx.station.guarantee_periods()["level2_maintenance"] == (6000, 45)

        # 结算单: JS + month + 5 digits → JSD + year + 6 digits
        forms.doc_kind.setCurrentIndex(forms.doc_kind.findData("statement"))
        assert forms.prefix.text() == "JS"
        forms.prefix.clear()
        qtbot.keyClicks(forms.prefix, "jsd")
        forms.period.setCurrentIndex(forms.period.findData("year"))
        forms.digits.setValue(6)
        with qtbot.waitSignal(page.vm.rulesLoaded, timeout=WAIT):
            _click(qtbot, forms.set_numbering)
        with ctx.db.read() as s:
            rule = s.scalar(select(NumberingRule).where(NumberingRule.kind == "statement"))
            assert (rule.prefix, rule.period, rule.digits) == ("JSD", "year", 6)
        with ctx.db.write() as s:
            assert next_number(s, "statement", date(2026, 11, 20)) == "JSD2026000001"
        rates = {page.vm.rates.index(r, 0).data(): page.vm.rates.index(r, 2).data()
                 for r in range(page.vm.rates.rowCount())}
        assert rates["编号规则 · 结算单"] == "JSD，每年重新编号，6位流水号"
        assert rates["编号规则 · 预约单"] == "YY，每月重新编号，5位流水号"  # not "YY month 5"

        forms.prefix.setText("J-S")
        with qtbot.waitSignal(page.vm.errorChanged, check_params_cb=lambda f, t: bool(t), timeout=WAIT):
            _click(qtbot, forms.set_numbering)
        assert page.message.text() == i18n_text(qapp, "A number prefix is 1 to 8 letters or digits.")
        forms.prefix.setText("JSD")
        forms.digits.setValue(2)
        with qtbot.waitSignal(page.vm.errorChanged, check_params_cb=lambda f, t: bool(t), timeout=WAIT):
            _click(qtbot, forms.set_numbering)
        assert page.message.text() == i18n_text(qapp, "Period is none, year or month; digits 3 to 8.")
        with ctx.db.read() as s:
            rule = s.scalar(select(NumberingRule).where(NumberingRule.kind == "statement"))
            assert (rule.prefix, rule.period, rule.digits) == ("JSD", "year", 6)
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)


def i18n_text(qapp, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("ServiceError", source)
    assert text != source  # the message shown is the Chinese one
    return text


def _fill(ctx, actor, n):
    with ctx.db.write() as s:
        for i in range(n):
            ctx.audit.record(s, actor, "stock.adjust", "part", i, f"盘点调整 {i}", details={"before": i, "after": i + 1})


def _rows(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_audit_tab_shows_changes_newest_first_filters_and_pages(qtbot, ctx, admin, boss, tasks, local_settings):
    _fill(ctx, admin, 450)
    ctx.station.set_guarantee_period(boss, "level2_maintenance", 6000, 45)
    ctx.station.set_numbering_rule(boss, "statement", "JSD", "year", 6)
    total = len(ctx.audit.entries(admin, limit=10_000))

    _window, page = _settings_page(qtbot, ctx, boss, tasks, local_settings)
    tab = page.audit_tab
    vm = page.audit_vm
    model = vm.entries
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(tab)
    assert model.rowCount() == 200 and tab.more_button.isEnabled()
    assert _rows(model, 2)[:3] == ["Numbering rule set", "Quality guarantee period set", "Stock adjusted"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "numbering.set"  # the code, to search by
    assert _rows(model, 1)[:2] == ["boss", "boss"]
    assert _rows(model, 3)[:2] == ["Numbering rule · Statement",
                                   "Quality guarantee (km / days) · Level-2 maintenance"]
    newest = model.record(0)
    assert model.index(0, 0).data() == ctx.clock.local(newest.at).strftime("%Y-%m-%d %H:%M:%S")

    tab.table.selectRow(1)
    assert tab.details.toPlainText().splitlines() == [
        "Quality guarantee period set: Quality guarantee (km / days) · Level-2 maintenance",
        "Kilometres: 6000", "Days: 45"]

    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        _click(qtbot, tab.more_button)
    assert model.rowCount() == 400
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        _click(qtbot, tab.more_button)
    assert model.rowCount() == total and not tab.more_button.isEnabled()
    ids = [model.record(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total

    # filter by a known area
    tab.action.setCurrentIndex(tab.action.findData("guarantee."))
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        _click(qtbot, tab.search_button)
    assert _rows(model, 2) == ["Quality guarantee period set"] and not tab.more_button.isEnabled()

    # free text, and a record
    tab.action.setEditText("stock.adj")
    tab.entity.setText("part")
    tab.entity_id.setText("7")
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        qtbot.keyClick(tab.entity_id, Qt.Key.Key_Return)
    assert _rows(model, 4) == ["盘点调整 7"]

    # a date range in the station's days
    today = ctx.clock.today()  # entries are stamped by the app's clock
    tab.entity.clear()
    tab.entity_id.clear()
    tab.action.setCurrentIndex(tab.action.findData("numbering."))
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        vm.search("numbering.", first=today, last=today)
    assert _rows(model, 2) == ["Numbering rule set"]
    with qtbot.waitSignal(vm.loaded, timeout=WAIT):
        vm.search("numbering.", first=today - timedelta(days=3), last=today - timedelta(days=1))
    assert model.rowCount() == 0


def test_a_technician_has_no_audit_tab_and_the_log_refuses_him(qtbot, ctx, admin, tasks, local_settings):
    from app.pages.settings import make_page

    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    tech = ctx.users.authenticate("tech01", "spanner-42")
    assert "settings" not in [a.key for a in visible_areas(tech)]
    page = make_page(PageEnv(ctx, tech, tasks, local_settings))
    qtbot.addWidget(page)
    assert page.audit_tab is None and page.audit_vm is None
    tabs = page.findChild(QTabWidget)
    assert "Audit log" not in [tabs.tabText(i) for i in range(tabs.count())]
    with pytest.raises(PermissionDenied):
        ctx.audit.entries(tech)

    boss_page = make_page(PageEnv(ctx, admin, tasks, local_settings))
    qtbot.addWidget(boss_page)
    assert boss_page.audit_tab is not None


def test_audit_table_model_is_a_well_behaved_qt_model(qtmodeltester, ctx, admin):
    from viewmodels.settings.audit import AuditTableModel

    _fill(ctx, admin, 30)
    model = AuditTableModel(ctx.clock.local)
    model.set_rows(ctx.audit.entries(admin, limit=20))
    qtmodeltester.check(model)
    model.append_rows(ctx.audit.entries(admin, limit=20, before_id=model.last_id()))
    assert model.rowCount() > 20
    qtmodeltester.check(model)


def test_audit_tab_in_chinese_reads_words_not_codes(qtbot, qapp, ctx, admin, boss, tasks, local_settings):
    from app import i18n

    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    ctx.station.set_numbering_rule(boss, "appointment", "YY", "year", 6)
    translators = i18n.install(qapp, "zh_CN")
    try:
        _window, page = _settings_page(qtbot, ctx, boss, tasks, local_settings)
        tab, vm = page.audit_tab, page.audit_vm
        with qtbot.waitSignal(vm.loaded, timeout=WAIT):
            page.tabs.setCurrentWidget(tab)
        assert _rows(vm.entries, 2)[:2] == ["设置编号规则", "新建用户"]
        first, second = _rows(vm.entries, 3)[:2]
        assert first == "编号规则 · 预约单" and second.startswith("用户 ") and second[3:].isdigit()
        tab.table.selectRow(0)
        assert tab.details.toPlainText().splitlines() == [
            "设置编号规则: 编号规则 · 预约单", "前缀: YY", "周期: 每年重新编号", "位数: 6"]
        # a record type typed in Chinese finds the entries of that type
        tab.action.setCurrentIndex(0)
        tab.entity.setText("用户")
        with qtbot.waitSignal(vm.loaded, timeout=WAIT):
            _click(qtbot, tab.search_button)
        assert vm.entries.rowCount() >= 1 and set(_rows(vm.entries, 2)) <= {"新建用户", "修改角色", "修改密码", "重置密码"}
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
