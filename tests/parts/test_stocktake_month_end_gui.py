"""The parts office's month-end, walked through the main window as the storekeeper and the parts supervisor,
at a 1366×768 screen less the taskbar (1366×728): the storekeeper starts the month's count of an aisle and
counts it with the scanner (into whatever has the focus, as a USB scanner types), a box of 24 as ``24*CODE``,
and hands it over; approving is not hers to see; the supervisor opens the count from the list, sees the
difference, has it recounted; the storekeeper recounts it; the supervisor approves and posts after reading
the preview; then the store's stock value report shows the books after the count, on screen and in Excel."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog
from sqlalchemy import func, select

from app.db.models.parts import PartStock, StockMove
from app.gui import build_main_window
from app.settings import LocalSettings
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.parts.gui_fixtures import OIL_EAN, person
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui
WAIT = 15000
SCREEN = (1366, 768 - 40)


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return widget.isVisible() and rect.intersected(window.rect()) == rect


def _aisle(ctx, admin):
    """Aisle A-01 as the month found it: filters, plugs, oil in litres, wipers; and aisle B that is not counted."""
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    plug = ctx.parts.create_part(admin, NewPart("101905601F", "火花塞", cost=D("25.00"), bin="A-01-04"))
    litres = ctx.parts.create_part(admin, NewPart("G052195M2", "全合成机油 5W-30", unit="升", cost=D("60.00"),
                                                  bin="A-01-05"))
    wiper = ctx.parts.create_part(admin, NewPart("5K1955425", "雨刮片", cost=D("80.00"), bin="A-01-06"))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", unit="套", cost=D("210.00"), bin="B-02-01"))
    grn = ctx.parts_receiving.open_receipt(admin)
    for p, q in ((oil, 24), (plug, 8), (litres, 20), (wiper, 6), (pads, 4)):
        ctx.parts_receiving.receive(admin, grn.id, p.id, q)
    return oil, plug, litres, wiper


def _window(qtbot, ctx, actor, tasks, tmp_path):
    settings = LocalSettings()
    settings.save = lambda p=None, _orig=settings.save: _orig(tmp_path / "settings.json")
    window = build_main_window(ctx, actor, tasks, settings)
    qtbot.addWidget(window)
    assert window.minimumSizeHint().height() <= SCREEN[1]
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.open_area("stocktake")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.vm.counts.rowCount() >= 0, timeout=WAIT)
    assert window.size().height() == SCREEN[1]  # nothing forced the window taller than the screen
    return window, page


def _columns_in_sight(view) -> list[str]:
    """The headers of the columns a person sees whole, without scrolling sideways."""
    header, model = view.horizontalHeader(), view.model()
    width = view.viewport().width()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
            if 0 <= header.sectionViewportPosition(c) and header.sectionViewportPosition(c)
            + header.sectionSize(c) <= width]


def _scan(qtbot, scanner, text: str) -> None:
    """As the scanner types: into whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus: the scan is lost"
    scanner.scan(target, text)


def _sign_out(window) -> None:
    window.close()


def test_month_end_count_as_storekeeper_and_supervisor_on_a_1366x768_screen(qtbot, qloop, tasks, ctx, admin,
                                                                             tmp_path, monkeypatch):
    oil, plug, litres, wiper = _aisle(ctx, admin)
    keeper = person(ctx, admin, "wanggang", Role.STOREKEEPER)
    chief = person(ctx, admin, "liming", Role.PARTS_SUPERVISOR)
    scanner = Scanner()

    # ---- the storekeeper: starts the month's count of A-01 and counts it --------------------------------------
    window, page = _window(qtbot, ctx, keeper, tasks, tmp_path)
    for b in (page.start_button, page.hand_over_button, page.sheet_button, page.undo_button, page.correct_button,
              page.scan_field, page.counts_view):
        assert _inside(b, window), b.objectName() or b.__class__.__name__
    # approving and posting are the supervisor's: not on the storekeeper's page at all
    for b in (page.approve_button, page.post_button, page.recount_button, page.diff_button, page.variance_button):
        assert not b.isVisible() and not b.isEnabled(), b.text()
    page.bin_edit.setFocus()
    qtbot.keyClicks(page.bin_edit, "A-01")
    with qtbot.waitSignal(page.vm.stocktakeChanged, timeout=WAIT):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    number = page.vm.current.number
    assert page.vm.current.lines == 4 and "A-01" in page.state_label.text()
    # the scanner types into the focus: after the click on Start it must be the scan field
    for text in ("A-01-03", "24*" + OIL_EAN, "A-01-04", "101905601F", "101905601F", "101905601F", "101905601F",
                 "101905601F", "101905601F", "101905601F", "A-01-05", "20*G052195M2", "A-01-06", "5*5K1955425"):
        _scan(qtbot, scanner, text)
    counted = {"06A115561B": D(24), "101905601F": D(7), "G052195M2": D(20), "5K1955425": D(5)}
    qtbot.waitUntil(lambda: {r.number: r.counted for r in page.vm.sheet.rows if r.was_counted} == counted,
                    timeout=WAIT)
    # the header counts along (it stayed at the first count's figure, seen on the real window)
    qtbot.waitUntil(lambda: "4 of 4 lines counted" in page.state_label.text(), timeout=WAIT)
    assert all(_inside(w, window) for w in (page.sheet_view, page.result_label))
    assert not page.variance_view.isVisible()  # the count is blind: no differences beside the sheet
    assert _columns_in_sight(page.sheet_view)[:6] == ["Bin", "Part number", "Name", "Unit", "Counted", "Recount"]
    assert page.sheet_view.viewport().height() >= 4 * 24  # the four lines of the aisle in sight
    page.hand_over_button.click()
    qtbot.waitUntil(lambda: page.vm.current.status == "review", timeout=WAIT)
    _sign_out(window)

    # ---- the supervisor: the count is in the list; one plug and one wiper short; recount them ------------------
    window, page = _window(qtbot, ctx, chief, tasks, tmp_path)
    for b in (page.approve_button, page.post_button, page.recount_button, page.diff_button):
        assert _inside(b, window), b.text()
    qtbot.waitUntil(lambda: page.vm.counts.rowCount() == 1, timeout=WAIT)
    page.counts_view.selectRow(0)
    with qtbot.waitSignal(page.vm.stocktakeChanged, timeout=WAIT):
        page.open_button.click()
    assert page.vm.current.number == number
    page.diff_button.click()
    qtbot.waitUntil(lambda: page.vm.variances.rowCount() == 2, timeout=WAIT)
    # the count sheet and the differences side by side, every column of both in sight
    assert len(_columns_in_sight(page.sheet_view)) == 7, _columns_in_sight(page.sheet_view)
    assert _columns_in_sight(page.variance_view) == ["Bin", "Part number", "Name", "Expected", "Counted",
                                                     "Difference", "Value"]
    assert sorted((v.number, v.variance) for v in page.vm.variances.rows) == [("101905601F", D(-1)),
                                                                               ("5K1955425", D(-1))]
    page.recount_button.click()
    qtbot.waitUntil(lambda: page.vm.current.status == "recount", timeout=WAIT)
    _sign_out(window)

    # ---- the storekeeper recounts the two lines: the eighth plug was behind the box; the wiper is gone ---------
    window, page = _window(qtbot, ctx, keeper, tasks, tmp_path)
    qtbot.waitUntil(lambda: page.vm.counts.rowCount() == 1, timeout=WAIT)
    page.counts_view.selectRow(0)
    with qtbot.waitSignal(page.vm.stocktakeChanged, timeout=WAIT):
        page.open_button.click()
    qtbot.waitUntil(lambda: sum(1 for r in page.vm.sheet.rows if r.needs_recount) == 2, timeout=WAIT)
    for text in ("A-01-04", "8*101905601F", "A-01-06", "5*5K1955425"):
        _scan(qtbot, scanner, text)
    qtbot.waitUntil(lambda: {r.number: r.recount for r in page.vm.sheet.rows if r.needs_recount}
                    == {"101905601F": D(8), "5K1955425": D(5)}, timeout=WAIT)
    # a scan's own reload may still announce a change: the hand-over is done when the count reads "review"
    page.hand_over_button.click()
    qtbot.waitUntil(lambda: page.vm.current.status == "review", timeout=WAIT)
    _sign_out(window)

    # ---- the supervisor approves and posts after reading the preview ----------------------------------------------
    from views.parts.stocktake_dialogs import PostingDialog

    window, page = _window(qtbot, ctx, chief, tasks, tmp_path)
    qtbot.waitUntil(lambda: page.vm.counts.rowCount() == 1, timeout=WAIT)
    page.counts_view.selectRow(0)
    with qtbot.waitSignal(page.vm.stocktakeChanged, timeout=WAIT):
        page.open_button.click()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("雨刮片少一件，已查明", True)))
    with qtbot.waitSignal(page.vm.stocktakeChanged, timeout=WAIT):
        page.approve_button.click()
    assert page.vm.current.status == "approved" and page.post_button.isEnabled()
    shown = []

    def reads_and_posts(dialog):
        shown.append((dialog.summary.text(), dialog.uncounted_label.text()))
        # every line was counted: nothing to write off, so no reason box and no sentence about uncounted lines
        assert not dialog.reason_row.isVisibleTo(dialog) and not dialog.write_off_all.isVisibleTo(dialog)
        assert dialog.effect.text() == "Posting books the differences."
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PostingDialog, "exec", reads_and_posts)
    with qtbot.waitSignal(page.vm.posted, timeout=WAIT):
        page.post_button.click()
    summary, uncounted = shown[0]
    assert "4 lines counted" in summary and "1 losses (¥-80.00)" in summary, summary
    assert uncounted == "Every line was counted."
    qtbot.waitUntil(lambda: page.vm.current.status == "posted", timeout=WAIT)
    with ctx.db.read() as s:
        moves = s.execute(select(StockMove.part_id, StockMove.qty, StockMove.value)
                          .where(StockMove.kind == "stocktake", StockMove.reference == number)).all()
        ledger = s.scalar(select(func.sum(StockMove.value)))
        book = s.scalar(select(func.sum(PartStock.value)))
    assert moves == [(wiper.id, D(-1), D("-80.00"))]

    # ---- the month's stock value report: the books after the count, on screen and in Excel ---------------------
    window.open_area("parts")
    area = window.current_page()
    area.show_tab(area.reports)
    value_tab = area.reports.report_tabs["value"]
    area.reports.tabs.setCurrentWidget(value_tab)
    assert _inside(value_tab.run_button, window) and _inside(value_tab.export_button, window)
    with qtbot.waitSignal(area.reports_vm.reportReady, timeout=WAIT):
        value_tab.run_button.click()
    total = D("24") * D("30.00") + D("8") * D("25.00") + D("20") * D("60.00") + D("5") * D("80.00") \
        + D("4") * D("210.00")
    assert book == ledger == total
    assert f"worth {total:,.2f}, as of 2026-11-20 10:30" in value_tab.summary.text(), value_tab.summary.text()
    path = tmp_path / "stock-value.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    with qtbot.waitSignal(area.reports_vm.saved, timeout=4 * WAIT):  # written in a worker process
        value_tab.export_button.click()
    book_xl = openpyxl.load_workbook(path, read_only=True)
    by_category, *parts_sheets = book_xl.worksheets
    totals = [c for row in by_category.iter_rows(values_only=True) for c in row if isinstance(c, (int, float))]
    assert any(abs(D(str(c)) - total) < D("0.005") for c in totals), totals
    rows = {r[0]: r for sheet in parts_sheets for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert "5K1955425" in rows and 5 in rows["5K1955425"] and 400 in rows["5K1955425"], rows.get("5K1955425")
    _sign_out(window)
