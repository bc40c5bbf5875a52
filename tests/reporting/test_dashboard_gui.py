"""The station manager's dashboard page (报表) on the hand-written month of ``fixtures.py``, read on 20 November
2026: the tiles say what the service says, a click shows the records behind a figure, the monthly workbook is
written (in another process) and read back, and a role without the right to see reports gets no page."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from app.pages import PageEnv, visible_areas
from app.settings import LocalSettings
from services.reporting.data import NOT_BUILT, STATE_NAMES
from services.reporting.definitions import KPI_BY_CODE
from services.users.permissions import Actor, Role
from tests.reporting.fixtures import at
from viewmodels.reporting.dashboard import value_text

pytestmark = pytest.mark.gui
WAIT = 15_000
NOV_1, NOV_20 = date(2026, 11, 1), date(2026, 11, 20)


@pytest.fixture
def settings(tmp_path):
    s = LocalSettings()
    s.language = "en"
    s.save = lambda _p=None, _orig=s.save: _orig(tmp_path / "settings.json")
    return s


@pytest.fixture
def page(qtbot, ctx, month, tasks, settings):
    from app.pages.reporting import make_page

    ctx.clock.moment = at(2026, 11, 20, 9)  # the day after the last settlement day of the month
    page = make_page(PageEnv(ctx, month.manager, tasks, settings))
    qtbot.addWidget(page)
    page.resize(1150, 900)
    with qtbot.waitSignal(page.vm.loaded, timeout=WAIT):
        page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def _expected(value) -> str:
    if value.value is None:
        return STATE_NAMES[value.state]
    return value_text(value.value, KPI_BY_CODE[value.code].unit)


def test_the_manager_sees_the_services_figures_on_the_tiles(page, ctx, month):
    svc = ctx.reporting
    codes = svc.role_figures("manager")
    expected = {v.code: v for v in svc.figures(month.manager, NOV_1, NOV_20, codes)}
    shown = {code: page.tiles[f"month_{code}"] for code in codes}
    assert len(shown) == len(codes) >= 20
    for code, tile in shown.items():
        assert tile.findChild(QLabel, "value").text() == _expected(expected[code]), code
    # the month to the 20th: three settlement days of eight cars and the accident car (fixtures.py)
    assert shown["visits"].findChild(QLabel, "value").text() == value_text(expected["visits"].value, "count")
    assert expected["output"].value > 0
    # a figure the product does not hold says so, never 0
    not_built = [c for c in codes if expected[c].state == NOT_BUILT]
    assert not_built and all(shown[c].findChild(QLabel, "value").text() == "not built" for c in not_built)
    # a figure with a target says it, and how it stands
    targeted = [c for c in codes if expected[c].target is not None and expected[c].value is not None]
    assert targeted
    for c in targeted:
        assert value_text(expected[c].target, KPI_BY_CODE[c].unit) in shown[c].findChild(QLabel, "target").text()
        assert shown[c].toolTip() == ("on target" if expected[c].on_target else "off target")
    # today (the 20th): nothing settled, the ratios have nothing to count
    today = {v.code: v for v in svc.figures(month.manager, NOV_20, NOV_20)}
    for key, tile in page.tiles.items():
        if key.startswith("today_"):
            assert tile.findChild(QLabel, "value").text() == _expected(today[tile.tile.code])
    # the comparison: this month (whole November) against October and November 2025
    comparison = {c.code: c for c in svc.compare(month.manager, NOV_20, codes)}
    model = page.vm.comparison_model
    assert model.rowCount() == len(codes)
    row = next(r for r in range(model.rowCount()) if model.row_object(r).code == "output")
    assert model.index(row, 1).data() == value_text(comparison["output"].current.value, "money")
    assert model.index(row, 2).data() == value_text(comparison["output"].previous.value, "money")
    last_year = comparison["output"].last_year
    assert model.index(row, 3).data() == _expected(last_year)
    # the charts: output by day over the month, by job type
    days = dict(page.by_day.items)
    assert len(days) == 30 and sum(days.values()) == expected["output"].value
    assert sum(v for _label, v in page.by_type.items) == expected["output"].value


def test_a_click_on_a_figure_shows_the_records_behind_it(qtbot, page, ctx, month):
    tile = page.tiles["month_visits"]
    with qtbot.waitSignal(page.vm.recordsReady, timeout=WAIT):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    dialog = page.records_dialog
    assert dialog is not None and dialog.isVisible()
    records = ctx.reporting.records(month.manager, "visits", NOV_1, NOV_20)
    model = dialog.table.model()
    assert model.rowCount() == len(records.rows) == 24  # three settlement days × eight cars
    assert tile.findChild(QLabel, "value").text() == "24"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())][:2] == \
        ["Statement", "Job card"]
    first = model.index(0, 0).data()
    assert first == records.rows[0][0]
    dialog.close()


def test_the_monthly_workbook_is_written_and_reads_back(qtbot, page, ctx, month, tmp_path, monkeypatch):
    path = tmp_path / "monthly.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    steps: list[tuple[int, int]] = []
    page.vm.writeProgress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(page.vm.writingChanged, timeout=WAIT) as started:
        qtbot.mouseClick(page.monthly_button, Qt.MouseButton.LeftButton)
    assert started.args == [True] and page.progress.isVisibleTo(page) and not page.monthly_button.isEnabled()
    assert page.progress.maximum() == 0  # busy until the other process sends its first step
    with qtbot.waitSignal(page.vm.written, timeout=120_000) as written:
        pass
    assert written.args == [str(path)]
    # real steps from the other process: three months gathered, then the summary and six sheets written
    assert steps and {total for _done, total in steps} == {10}
    assert [d for d, _t in steps] == sorted({d for d, _t in steps}) and max(d for d, _t in steps) >= 3
    assert page.progress.maximum() == 10 and page.progress.value() == steps[-1][0]
    assert not page.progress.isVisibleTo(page) and page.monthly_button.isEnabled()
    assert str(path) in page.message.text()
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    # the workbook is the service's own monthly report of November
    expected = load_workbook(io.BytesIO(ctx.reporting.monthly_workbook(month.manager, NOV_20)))
    assert wb.sheetnames == expected.sheetnames
    first = wb[wb.sheetnames[0]]
    values = [c for row in first.iter_rows(values_only=True) for c in row if c is not None]
    want = [c for row in expected[expected.sheetnames[0]].iter_rows(values_only=True) for c in row
            if c is not None]
    def stamp(v) -> bool:  # the moment it was made (the other process reads the real clock)
        return isinstance(v, str) and re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", v) is not None
    assert [v for v in values if not stamp(v)] == [v for v in want if not stamp(v)]
    assert float(ctx.reporting.figures(month.manager, NOV_1, date(2026, 11, 30), ["output"])[0].value) in \
        [float(v) for v in values if isinstance(v, int | float)]


def test_a_role_without_reports_gets_no_page(qtbot, ctx, admin, month, tasks, settings):
    from app.gui import build_main_window

    info = ctx.users.create_user(admin, "tech_c", "陈技师", "secret-pass-1", [Role.TECHNICIAN])
    tech = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    assert "reporting" not in {a.key for a in visible_areas(tech)}
    window = build_main_window(ctx, tech, tasks, settings)
    qtbot.addWidget(window)
    assert "reporting" not in window.area_keys()
    boss = build_main_window(ctx, month.manager, tasks, settings)
    qtbot.addWidget(boss)
    assert "reporting" in boss.area_keys()


def test_the_scheduled_reports_folder_is_only_for_those_who_change_settings(qtbot, ctx, admin, month, tasks,
                                                                          settings, tmp_path):
    from app.pages.reporting import make_page

    ctx.clock.moment = at(2026, 11, 20, 9)
    info = ctx.users.create_user(admin, "desk", "前台主管", "secret-pass-1", [Role.FRONT_DESK_SUPERVISOR])
    desk = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    page = make_page(PageEnv(ctx, desk, tasks, settings))  # sees reports, may not change settings
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.vm.loaded, timeout=WAIT):
        page.show()
    assert not page.settings_box.isVisibleTo(page)
    # the front desk's own dashboard: its few figures
    assert sorted(k[len("month_"):] for k in page.tiles if k.startswith("month_")) == \
        sorted(ctx.reporting.role_figures("front_desk"))
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    boss = make_page(PageEnv(ctx, month.manager, tasks, settings))
    qtbot.addWidget(boss)
    with qtbot.waitSignal(boss.vm.settingsLoaded, timeout=WAIT):
        boss.show()
    assert boss.settings_box.isVisibleTo(boss)
    boss.folder.setText(str(tmp_path))
    with qtbot.waitSignal(boss.vm.settingsLoaded, timeout=WAIT):
        qtbot.mouseClick(boss.save_folder_button, Qt.MouseButton.LeftButton)
    assert ctx.reporting.settings(month.manager).schedule_folder == str(tmp_path)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)


def test_the_scheduled_report_runs_in_another_process(qtbot, ctx, admin, month, tasks, tmp_path):
    # what the app starts once it is warmed up, and each hour (app/gui.py): yesterday's workbook, by the
    # program itself, in the other process (with the test's clock: 20 November)
    from app.commands.reporting import run_scheduled

    ctx.clock.moment = at(2026, 11, 20, 9)
    current = ctx.reporting.settings(admin)
    ctx.reporting.save_settings(admin, type(current)(current.targets, str(tmp_path), current.version))
    results = []
    with qtbot.waitSignal(tasks.finished, timeout=120_000):
        tasks.run_in_process("reporting.scheduled", run_scheduled, ctx.reporting.database_url, Actor.system(), "zh_CN",
                             clock=ctx.clock, on_done=results.append)
    result = results[0]
    assert result.written and result.day == date(2026, 11, 19) and result.path.startswith(str(tmp_path))
    assert load_workbook(result.path).sheetnames[0] == "汇总"


def test_a_line_of_a_list_that_needs_action_opens_its_record(qtbot, page, ctx, month):
    lists = {a.code: a for a in ctx.reporting.action_lists(month.manager, NOV_20, limit=20)}
    shown = {code: w for code, w in page.action_lists.items()}
    assert set(shown) == {code for code, a in lists.items() if a.available and a.items}
    assert shown, "the month leaves something to act on"
    code, widget = next(iter(shown.items()))
    assert widget.count() == len(lists[code].items)
    assert widget.item(0).text() == lists[code].items[0].shown(lambda _context, source: source)  # English run
    assert all("{" not in widget.item(i).text() for i in range(widget.count()))
    with qtbot.waitSignal(page.openRecord, timeout=WAIT) as opened:
        widget.itemActivated.emit(widget.item(0))
    assert opened.args == [lists[code].area, lists[code].items[0].key] and lists[code].items[0].key


def test_an_overdue_car_opens_its_job_card_in_the_main_window(qtbot, ctx, month, tasks, settings):
    from decimal import Decimal

    from sqlalchemy import select

    from app.db.models.job_cards import JobCard
    from app.gui import build_main_window

    ctx.clock.moment = at(2026, 11, 20, 9)
    with ctx.db.write() as s:  # a car back in the workshop, promised for yesterday evening (the month's cards are
        # all delivered, and what a settled job recorded is kept by the database: a new card, as reception opens one)
        last = s.scalar(select(JobCard).order_by(JobCard.id.desc()).limit(1))
        s.add(JobCard(number="WT26119999", job_type=last.job_type, status="in_progress", open_rank=0,
                      opened_at=at(2026, 11, 19, 9), advisor_name=last.advisor_name, customer_id=last.customer_id,
                      vehicle_id=last.vehicle_id, customer_name=last.customer_name, plate=last.plate, vin=last.vin,
                      promised_at=at(2026, 11, 19, 17), total_amount=Decimal("0")))
    lists = {a.code: a for a in ctx.reporting.action_lists(month.manager, NOV_20, limit=20)}
    overdue = lists["overdue_cars"]
    assert overdue.items, "the month leaves a car past its promised time"
    number = overdue.items[0].key
    window = build_main_window(ctx, month.manager, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_area("reporting")
    reporting = window.current_page()
    qtbot.waitUntil(lambda: "overdue_cars" in reporting.action_lists, timeout=WAIT)
    widget = reporting.action_lists["overdue_cars"]
    widget.itemActivated.emit(widget.item(0))
    # the job cards area, at that card (its reception form loads it)
    assert window.current_page().__class__.__name__ == "JobCardsPage"
    cards = window.current_page()
    assert cards.form is not None and cards.stack.currentWidget() is cards.form
    qtbot.waitUntil(lambda: cards.form.vm.card is not None and cards.form.vm.card.number == number, timeout=WAIT)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)


def test_the_daily_report_is_written_as_a_pdf(qtbot, page, ctx, month, tmp_path, monkeypatch):
    from pypdf import PdfReader

    path = tmp_path / "daily.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(page.vm.written, timeout=120_000):
        qtbot.mouseClick(page.daily_button, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "2026-11-20" in text
    assert ctx.station.settings().name in text.replace("\n", "")


def test_the_lists_name_a_calls_kind_and_a_claims_status_in_words_not_codes(ctx, month):
    from PySide6.QtCore import QCoreApplication

    lists = {a.code: a for a in ctx.reporting.action_lists(month.manager, NOV_20, limit=50)}
    lines = [i.shown(QCoreApplication.translate) for code in ("calls_due", "claims_waiting")
             for i in lists[code].items]
    assert lines, "the fixture month has calls due or claims waiting"
    codes = ("follow_up", "case_confirm", "confirm_appointment", "no_show", "first_service", "not_seen", "draft",
             "submitted", "approved", "partly_approved")
    assert not [ln for ln in lines if any(c in ln.split(" · ") for c in codes)]


def test_a_part_below_minimum_opens_the_stock_list_at_that_part(qtbot, ctx, month, tasks, settings):
    from app.gui import build_main_window

    window = build_main_window(ctx, month.manager, tasks, settings)
    qtbot.addWidget(window)
    window.open_record("parts", "NO-SUCH-1")
    area = window.current_page()
    assert area.tabs.currentWidget() is area.stock_page
    assert area.stock_page.search_edit.text() == "NO-SUCH-1"
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)


def test_a_call_due_opens_at_that_call(qtbot, ctx, month, tasks, settings):
    from datetime import timedelta

    from sqlalchemy import insert

    from app.db.models.crm import CallTask
    from app.gui import build_main_window

    ctx.clock.moment = at(2026, 11, 20, 9)
    [due] = ctx.reporting.action_lists(month.manager, NOV_20, limit=20)[1].items
    with ctx.db.write() as s:  # a second call, due a day earlier: the list shows it first
        task = s.get(CallTask, int(due.key))
        row = {c.key: getattr(task, c.key) for c in CallTask.__table__.columns if c.key != "id"}
        s.execute(insert(CallTask), [{**row, "due_on": task.due_on - timedelta(days=1),
                                      "dedupe_key": f"{task.dedupe_key}-earlier"}])
    lists = {a.code: a for a in ctx.reporting.action_lists(month.manager, NOV_20, limit=20)}
    window = build_main_window(ctx, month.manager, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    for code, area in (("calls_due", "crm"),):  # (the month has no warranty claims to open)
        items = lists[code].items
        assert len(items) > 1, code
        key = items[-1].key  # not the first: the page would show that one by itself
        assert items[0].key != key
        window.open_record(area, key)
        vm = window.current_page().vm
        qtbot.waitUntil(lambda vm=vm, key=key: vm.current is not None and str(vm.current.id) == key, timeout=WAIT)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
