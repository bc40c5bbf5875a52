"""A count that changes hands on the stocktake page: the storekeeper counts and signs out, the supervisor
opens the same count from the list, recounts a difference and approves; posting a partial count shows
the uncounted lines and writes off nothing unless asked; ``24*CODE`` and the quantity field."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from app.pages import PageEnv
from app.settings import LocalSettings
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.parts.gui_fixtures import OIL_EAN, person
from tests.parts.test_parts_receiving_gui import Scanner

pytestmark = pytest.mark.gui


def _aisle(ctx, admin):
    """Aisle A-01: oil filters (10), spark plugs (4), engine oil in litres (20), wipers (6)."""
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=[OIL_EAN]))
    plug = ctx.parts.create_part(admin, NewPart("101905601F", "火花塞", cost=D("25.00"), bin="A-01-04"))
    litres = ctx.parts.create_part(admin, NewPart("G052195M2", "全合成机油 5W-30", unit="升", cost=D("60.00"),
                                                  bin="A-01-05"))
    wiper = ctx.parts.create_part(admin, NewPart("5K1955425", "雨刮片", cost=D("80.00"), bin="A-01-06"))
    grn = ctx.parts_receiving.open_receipt(admin)
    for p, q in ((oil, 10), (plug, 4), (litres, 20), (wiper, 6)):
        ctx.parts_receiving.receive(admin, grn.id, p.id, q)
    return oil, plug, litres, wiper


def _open_page(qtbot, ctx, actor, tasks):
    from app.pages.stocktake import make_page

    w = make_page(PageEnv(ctx=ctx, actor=actor, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _sign_out(w) -> None:
    w.vm.shutdown()
    w.close()


def test_storekeeper_counts_and_signs_out_the_supervisor_recounts_and_approves(qtbot, qloop, tasks, ctx, admin,
                                                                               monkeypatch):
    oil, plug, litres, wiper = _aisle(ctx, admin)
    keeper = person(ctx, admin, "wanggang", Role.STOREKEEPER)
    boss = person(ctx, admin, "liming", Role.PARTS_SUPERVISOR)

    w = _open_page(qtbot, ctx, keeper, tasks)
    assert not w.approve_button.isEnabled() and not w.post_button.isEnabled()  # a storekeeper counts only
    w.bin_edit.setText("A-01")
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.start_button.click()
    number = w.vm.current.number
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-03")
    scanner.scan(w.scan_field, "9*" + OIL_EAN)  # a box of nine: one scan (one filter is missing)
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-04")
    w.qty_edit.setFocus()
    qtbot.keyClicks(w.qty_edit, "4")  # the quantity field counts the next scan
    qtbot.waitUntil(lambda: w.qty_edit.text() == "4")  # typed keys are held a moment (a scan burst?)
    w.scan_field.setFocus()
    scanner.scan(w.scan_field, "101905601F")
    qtbot.waitUntil(lambda: {r.number: r.counted for r in w.vm.sheet.rows if r.was_counted}
                    == {"06A115561B": D("9.000"), "101905601F": D("4.000")})
    assert w.qty_edit.text() == ""  # used once, then back to one a scan
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.hand_over_button.click()
    assert w.vm.current.status == "review"
    _sign_out(w)

    w = _open_page(qtbot, ctx, boss, tasks)  # another PC, another person: the count is in the list
    qtbot.waitUntil(lambda: w.vm.counts.rowCount() == 1)
    row = w.vm.counts.row_object(0)
    assert (row.number, row.status, row.counted_by, row.handed_over_by) == (number, "review", ("wanggang",),
                                                                            "wanggang")
    assert "To review" in w.vm.counts.data(w.vm.counts.index(0, 2))
    w.counts_view.selectRow(0)
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.open_button.click()
    w.diff_button.click()
    qtbot.waitUntil(lambda: w.vm.variances.rowCount() == 3)  # the filter short by one, two lines not counted
    diff = [v for v in w.vm.variances.rows if not v.uncounted]
    assert [(v.number, v.variance, v.value) for v in diff] == [("06A115561B", D("-1.000"), D("-30.00"))]
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.recount_button.click()
    qtbot.waitUntil(lambda: w.vm.current.status == "recount")
    qtbot.waitUntil(lambda: any(r.needs_recount for r in w.vm.sheet.rows))
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-03")
    scanner.scan(w.scan_field, "10*" + OIL_EAN)  # the supervisor finds the tenth behind the box
    qtbot.waitUntil(lambda: any(r.recount == D("10.000") for r in w.vm.sheet.rows))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("recounted A-01-03: tenth filter behind the box", True)))
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.approve_button.click()
    qtbot.waitUntil(lambda: w.vm.current.status == "approved")
    assert w.vm.current.approved_by == "liming" and w.post_button.isEnabled()
    [entry] = ctx.audit.entries(admin, action_prefix="stocktake.approve")
    assert entry.username == "liming" and "tenth filter" in entry.summary
    assert [e.username for e in ctx.audit.entries(admin, action_prefix="stocktake.hand_over")] == ["wanggang"]
    _sign_out(w)


def test_posting_a_partial_count_shows_the_uncounted_lines_and_writes_off_nothing_unasked(
        qtbot, qloop, tasks, ctx, admin, monkeypatch):
    from views.parts.stocktake_dialogs import PostingDialog

    oil, plug, litres, wiper = _aisle(ctx, admin)
    w = _open_page(qtbot, ctx, admin, tasks)
    w.bin_edit.setText("A-01")
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.start_button.click()
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-05")
    scanner.scan(w.scan_field, "18.5*G052195M2")  # litres take decimals
    qtbot.waitUntil(lambda: any(r.counted == D("18.500") for r in w.vm.sheet.rows))
    w.vm.approve("")
    qtbot.waitUntil(lambda: w.vm.current.status == "approved")

    shown = []

    def person_reads_and_posts(dialog):
        shown.append((dialog.summary.text(), dialog.uncounted_label.text(),
                      [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())],
                      dialog.effect.text()))
        assert dialog.reason_row.isVisibleTo(dialog)  # uncounted lines may be written off, with a reason
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # nothing ticked
        return dialog.result()

    monkeypatch.setattr(PostingDialog, "exec", person_reads_and_posts)
    with qtbot.waitSignal(w.vm.posted) as posted:
        w.post_button.click()
    summary, uncounted, numbers, effect = shown[0]
    assert "1 lines counted" in summary and "1 losses (¥-90.00)" in summary
    assert "3 lines were not counted" in uncounted
    assert numbers == ["06A115561B", "101905601F", "5K1955425"]
    assert "0 uncounted lines are written off, 3 keep their book quantity" in effect
    result = posted.args[0]
    assert (result.written_off, result.left_unchanged, result.value) == (0, 3, D("-90.00"))
    on_hand = {p.number: ctx.parts.part(admin, p.id).on_hand for p in (oil, plug, litres, wiper)}
    assert on_hand == {"06A115561B": D("10.000"), "101905601F": D("4.000"), "G052195M2": D("18.500"),
                       "5K1955425": D("6.000")}
    qtbot.waitUntil(lambda: w.vm.current.status == "posted")
    _sign_out(w)


def test_writing_off_uncounted_lines_needs_a_tick_or_a_reason(qtbot, qloop, tasks, ctx, admin, monkeypatch):
    from views.parts.stocktake_dialogs import PostingDialog

    oil, plug, litres, wiper = _aisle(ctx, admin)
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    ctx.parts_stocktake.count(admin, st.id, OIL_EAN, bin_code="A-01-03", qty=10)
    ctx.parts_stocktake.approve(admin, st.id)
    w = _open_page(qtbot, ctx, admin, tasks)
    qtbot.waitUntil(lambda: w.vm.counts.rowCount() == 1)
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.vm.open_row(0)

    def write_off_all(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.write_off_all.setChecked(True)
        assert not ok.isEnabled()  # no reason yet
        qtbot.keyClicks(dialog.reason, "aisle A-01 emptied for the flood repair")
        assert ok.isEnabled()
        ok.click()
        return dialog.result()

    monkeypatch.setattr(PostingDialog, "exec", write_off_all)
    with qtbot.waitSignal(w.vm.posted) as posted:
        w.post_button.click()
    assert (posted.args[0].written_off, posted.args[0].left_unchanged) == (3, 0)
    assert ctx.parts.part(admin, wiper.id).on_hand == 0 and ctx.parts.part(admin, oil.id).on_hand == 10
    [entry] = ctx.audit.entries(admin, action_prefix="stocktake.post")
    assert "flood repair" in entry.summary and entry.amount == D("-1780.00")
    _sign_out(w)


def test_a_second_count_over_the_same_bins_is_refused_on_the_page(qtbot, qloop, tasks, ctx, admin):
    _aisle(ctx, admin)
    first = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    w = _open_page(qtbot, ctx, admin, tasks)
    w.bin_edit.setText("A-01-03")
    with qtbot.waitSignal(w.vm.message) as msg:
        w.start_button.click()
    assert first.number in msg.args[0] and "still open" in msg.args[0]
    assert w.result_label.text() == msg.args[0]
    assert len(ctx.parts_stocktake.stocktakes(admin)) == 1
    _sign_out(w)


def test_a_counted_line_is_corrected_with_a_reason(qtbot, qloop, tasks, ctx, admin, monkeypatch):
    from views.parts.stocktake_dialogs import CorrectionDialog

    oil, *_ = _aisle(ctx, admin)
    w = _open_page(qtbot, ctx, admin, tasks)
    w.bin_edit.setText("A-01-03")
    with qtbot.waitSignal(w.vm.stocktakeChanged):
        w.start_button.click()
    scanner = Scanner()
    w.scan_field.setFocus()
    with qtbot.waitSignal(w.vm.binChanged):
        scanner.scan(w.scan_field, "A-01-03")
    for _ in range(3):
        scanner.scan(w.scan_field, OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.sheet.rowCount() == 1 and w.vm.sheet.row_object(0).counted == 3)

    def type_it(dialog):
        dialog.qty.setText("12")
        dialog.reason.setText("a box of ten scanned once")
        return True

    monkeypatch.setattr(CorrectionDialog, "exec", type_it)
    w.sheet_view.setCurrentIndex(w.vm.sheet.index(0, 0))
    w.correct_button.click()
    qtbot.waitUntil(lambda: w.vm.sheet.row_object(0).counted == 12)
    [entry] = ctx.audit.entries(admin, action_prefix="stocktake.correct")
    assert "3 → 12" in entry.summary and "box of ten" in entry.summary

    def fractional(dialog):
        dialog.qty.setText("2.5")
        dialog.reason.setText("half a filter?")
        return True

    monkeypatch.setattr(CorrectionDialog, "exec", fractional)
    w.sheet_view.setCurrentIndex(w.vm.sheet.index(0, 0))
    with qtbot.waitSignal(w.vm.message) as msg:
        w.correct_button.click()
    assert "whole number" in msg.args[0]
    assert ctx.parts_stocktake.sheet(admin, w.vm.current.id)[0].counted == 12
    _sign_out(w)
