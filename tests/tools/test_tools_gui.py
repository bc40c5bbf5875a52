"""The keeper's page driven as the keeper does: scanner bursts ending in Enter, keys, no mouse."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.models.tools import ToolLoanLine
from tests.tools.fixtures import make_station
from tests.tools.test_tools_service import snapshot
from viewmodels.tools.page import ObjectRole, ToolsViewModel
from views.tools.page import ToolsPage

pytestmark = pytest.mark.gui
_ts = [10_000]


def burst(widget, text: str, gap_ms: int = 1) -> None:
    """What a USB scanner does: a character a millisecond, then Enter."""
    for ch in text:
        ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A if ch.isalpha() else Qt.Key.Key_0,
                       Qt.KeyboardModifier.NoModifier, ch)
        ev.setTimestamp(_ts[0])
        QApplication.sendEvent(widget, ev)
        _ts[0] += gap_ms
    ev = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    ev.setTimestamp(_ts[0])
    QApplication.sendEvent(widget, ev)
    _ts[0] += 500


@pytest.fixture
def desk(qtbot, qloop, tasks, ctx, admin):
    st = make_station(ctx, admin)
    vm = ToolsViewModel(ctx.tools, st.keeper, tasks, lang="en")
    page = ToolsPage(vm, open_files=False)
    qtbot.addWidget(page)
    with qtbot.waitSignals([vm.listsRefreshed, vm.ledgerLoaded], timeout=15000):
        page.show()
        qtbot.waitExposed(page)
    page.desk.scan.setFocus()
    qtbot.waitUntil(page.desk.scan.hasFocus)
    yield page, vm, st
    qtbot.waitUntil(lambda: not tasks.busy and not vm.queue.pending)  # let work in flight land first
    page.close_page()


def scan(qtbot, page, vm, code: str, widget=None) -> tuple[str, bool]:
    with qtbot.waitSignal(vm.message, timeout=5000) as sig:
        burst(widget or page.desk.scan, code)
    return sig.args[0], sig.args[1]


def open_lines(ctx):
    with ctx.db.read() as s:
        return sorted(s.scalars(select(ToolLoanLine.item_id).where(ToolLoanLine.returned_at.is_(None))))


def test_lend_three_by_scanning_return_two_and_the_third_is_overdue_the_next_day(qtbot, desk, ctx, clock):
    page, vm, st = desk
    text, ok = scan(qtbot, page, vm, "E10001")
    assert ok and "王师傅" in page.desk.banner.text()
    for code in ("T0001", "T0002", "T0003"):
        text, ok = scan(qtbot, page, vm, code)
        assert ok, text
    assert "lent to 王师傅" in text and "23:59" in text
    assert open_lines(ctx) == [st.items["T0001"], st.items["T0002"], st.items["T0003"]]
    assert vm.loan_number == "JY2026110001" and "JY2026110001" in page.desk.loan_label.text()
    assert [r.action for r in vm.desk_model.rows] == ["lent"] * 3

    qtbot.keyClick(page.desk.scan, Qt.Key.Key_Escape)  # the visit is over: scans are returns now
    assert page.desk.banner.text().startswith("Returns")
    for code in ("T0001", "T0002"):
        text, ok = scan(qtbot, page, vm, code)
        assert ok and "returned by 王师傅" in text
    assert open_lines(ctx) == [st.items["T0003"]]
    qtbot.waitUntil(lambda: len(vm.on_loan_model.rows) == 1)
    assert vm.overdue_model.rows == []

    clock.advance(days=1)
    with qtbot.waitSignal(vm.listsRefreshed):
        vm.refresh_lists()
    assert [(r.item_number, r.borrower_name) for r in vm.overdue_model.rows] == [("T0003", "王师傅")]
    idx = vm.overdue_model.index(0, 0)
    assert idx.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd9d9"
    assert page.overdue_label.text() == "Overdue now: 1"
    assert page.tabs.tabText(2) == "Overdue (1)"


def test_an_item_due_for_calibration_is_refused_with_the_reason(qtbot, desk, ctx):
    page, vm, st = desk
    scan(qtbot, page, vm, "E10001")
    before = snapshot(ctx)
    text, ok = scan(qtbot, page, vm, "T0004")
    assert not ok
    assert "was due for calibration on 2026-11-17" in text and "数字万用表" in text
    assert page.desk.status.text() == text
    assert snapshot(ctx) == before


def test_bad_scans_give_clear_messages_and_change_nothing(qtbot, desk, ctx, admin):
    page, vm, st = desk
    ctx.tools.set_state(admin, st.items["T0006"], "lost", "盘点未找到")
    before = snapshot(ctx)
    text, ok = scan(qtbot, page, vm, "T0005")  # no borrower at the desk: a return of an item not out
    assert not ok and text == "维修手册 迈腾B8 电路图 (T0005) is not on loan, so it cannot be returned."
    text, ok = scan(qtbot, page, vm, "E99999")  # an unknown badge
    assert not ok and text == "E99999 is neither a staff badge nor an item on the ledger."
    assert page.desk.banner.text().startswith("Returns")
    scan(qtbot, page, vm, "E10002")
    before_lost = snapshot(ctx)
    text, ok = scan(qtbot, page, vm, "T0006")  # lending a lost item
    assert not ok and "is recorded as lost and cannot be lent" in text
    text, ok = scan(qtbot, page, vm, "X-404")
    assert not ok and text == "No item on the ledger has the barcode X-404."
    assert snapshot(ctx) == before_lost == before


def test_a_scan_typed_while_the_note_field_has_focus_still_lends(qtbot, desk, ctx):
    page, vm, st = desk
    scan(qtbot, page, vm, "E10002")
    page.desk.job_card.setFocus()
    qtbot.waitUntil(page.desk.job_card.hasFocus)
    with qtbot.waitSignal(vm.listsRefreshed, timeout=5000):
        text, ok = scan(qtbot, page, vm, "T0002", widget=page.desk.job_card)
    assert ok and "李师傅" in text
    assert page.desk.job_card.text() == ""
    assert open_lines(ctx) == [st.items["T0002"]]


def test_return_with_condition_lost_opens_a_charge_and_resets_to_good(qtbot, desk, ctx, admin):
    page, vm, st = desk
    scan(qtbot, page, vm, "E10001")
    scan(qtbot, page, vm, "T0006")
    qtbot.keyClick(page.desk.scan, Qt.Key.Key_Escape)
    page.desk.condition.setCurrentIndex(page.desk.condition.findData("lost"))
    page.desk.note.setText("路试途中遗失")
    text, ok = scan(qtbot, page, vm, "T0006")
    assert ok and "Recorded as Lost" in text and "¥860.50" in text
    assert page.desk.condition.currentData() == "good" and page.desk.note.text() == ""
    assert ctx.tools.find_item(admin, "T0006").state == "lost"
    qtbot.waitUntil(lambda: len(vm.incident_model.rows) == 1)


def test_print_loan_slip_from_the_desk(qtbot, desk):
    page, vm, st = desk
    scan(qtbot, page, vm, "E10001")
    scan(qtbot, page, vm, "T0003")
    with qtbot.waitSignal(vm.slipReady, timeout=10000) as sig:
        qtbot.mouseClick(page.desk.print_button, Qt.MouseButton.LeftButton)
    number, pdf = sig.args
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert number in text and "王师傅" in text and "故障诊断仪 ODIS" in text
    assert page.last_slip_path.read_bytes() == pdf


def test_ledger_search_state_filter_and_item_detail(qtbot, desk, ctx):
    page, vm, st = desk
    page.tabs.setCurrentWidget(page.ledger)
    assert len(vm.ledger_model.rows) == 6
    with qtbot.waitSignal(vm.ledgerLoaded):
        page.ledger.search.setText("扳手")  # (QTest types ASCII only; an IME commits Chinese as one text)
        qtbot.keyClick(page.ledger.search, Qt.Key.Key_Return)
    assert [r.item_number for r in vm.ledger_model.rows] == ["T0001"]
    page.ledger.search.clear()
    with qtbot.waitSignal(vm.ledgerLoaded):
        page.ledger.state.setCurrentIndex(page.ledger.state.findData("due"))
    assert [r.item_number for r in vm.ledger_model.rows] == ["T0004"]
    with qtbot.waitSignal(vm.itemLoaded):
        page.ledger.table.activated.emit(vm.ledger_model.index(0, 0))
    assert page.dialog is not None and page.dialog.name.text() == "数字万用表 Fluke 17B+"
    assert "Added to the ledger" in [vm.history_model.index(r, 1).data() for r in range(vm.history_model.rowCount())]
    page.dialog.cal_certificate.setText("JL-2026-9")
    page.dialog.cal_provider.setText("上海市计量院")
    with qtbot.waitSignal(vm.itemLoaded, timeout=5000):
        page.dialog.cal_button.click()
    assert vm.calibration_model.index(0, 3).data() == "JL-2026-9"
    assert ctx.tools.find_item(st.keeper, "T0004").next_due.isoformat() == "2027-11-20"
    page.dialog.close()


def test_item_models_pass_the_model_tester(qtbot, qtmodeltester, desk, ctx):
    page, vm, st = desk
    scan(qtbot, page, vm, "E10001")
    scan(qtbot, page, vm, "T0001")
    qtbot.waitUntil(lambda: len(vm.on_loan_model.rows) == 1)
    for model in (vm.ledger_model, vm.on_loan_model, vm.desk_model, vm.due_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    row = vm.ledger_model.index(0, 0).data(ObjectRole)
    assert row.item_number == "T0001"


def test_a_return_scanned_while_typing_the_return_note_keeps_the_note_and_the_whole_code(qtbot, desk, ctx, admin):
    """Seen on the real window: "G" stayed in 归还备注 and the desk answered that J-00003 is unknown."""
    from services.tools.service import ToolItemInput
    from tests.common.keys import HidScanner, KeyClock, Person

    page, vm, st = desk
    ctx.tools.add_item(admin, ToolItemInput(name="千斤顶 2T", kind="equipment", item_number="GJ-00003",
                                            barcode="GJ-00003", location="B-02"))
    scan(qtbot, page, vm, "E10001")
    text, ok = scan(qtbot, page, vm, "GJ-00003")
    assert ok and "lent to 王师傅" in text
    qtbot.keyClick(page.desk.scan, Qt.Key.Key_Escape)  # visit over: the next scans are returns
    qtbot.mouseClick(page.desk.note, Qt.MouseButton.LeftButton)  # the keeper clicks 归还备注
    qtbot.waitUntil(page.desk.note.hasFocus)
    clock = KeyClock(_ts[0])
    Person(clock).type(page.desk.note, "handle loose")
    clock.advance(500)
    with qtbot.waitSignal(vm.message, timeout=5000) as sig:
        HidScanner(clock).scan(page.desk.note, "GJ-00003")  # Shift around G and J
    _ts[0] = clock.advance(500)
    text, ok = sig.args
    assert ok and text == "千斤顶 2T (GJ-00003) returned by 王师傅.", text
    assert page.desk.note.text() == "handle loose"
    with ctx.db.read() as s:
        returned, note = s.execute(select(ToolLoanLine.returned_at, ToolLoanLine.return_note)).one()
    assert returned is not None and note == "handle loose"
