"""The tool ledger and loan book: lending and returning by scan, refusals that change nothing, reports."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models.tools import ToolIncident, ToolItem, ToolLoan, ToolLoanLine
from app.db.models.users import AuditEntry
from services.common.errors import NotFound, PermissionDenied, ValidationError
from services.tools.service import CalibrationInput, ToolItemInput
from tests.tools.fixtures import make_station, state_of


def key() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def st(ctx, admin):
    return make_station(ctx, admin)


def snapshot(ctx):
    """Everything a refusal must leave as it was."""
    with ctx.db.read() as s:
        return (
            sorted(s.execute(select(ToolItem.barcode, ToolItem.state, ToolItem.version)).all()),
            s.scalar(select(func.count()).select_from(ToolLoan)),
            sorted(s.execute(select(ToolLoanLine.id, ToolLoanLine.returned_at, ToolLoanLine.condition)).all()),
            s.scalar(select(func.count()).select_from(ToolIncident)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_lending_three_items_puts_them_on_one_loan_with_the_end_of_the_station_day(ctx, st, clock):
    svc = ctx.tools
    borrower = svc.borrower_by_badge(st.keeper, "E10001")
    assert borrower.display_name == "王师傅"
    results = []
    number = None
    for code in ("T0001", "T0002", "T0003"):
        r = svc.lend(st.keeper, borrower.id, code, key(), loan_number=number, job_card_number="WT202611000012")
        number = r.loan_number
        results.append(r)
    assert {r.loan_number for r in results} == {number}
    assert number == "JY2026110001"
    # the clock stands at 10:30 in Shanghai: the items are due back at 23:59:59 local
    assert clock.local(results[0].expected_return).strftime("%Y-%m-%d %H:%M:%S") == "2026-11-20 23:59:59"
    who = svc.on_loan(st.keeper)
    assert [(r.item_number, r.borrower_name, r.overdue) for r in who] == [
        ("T0001", "王师傅", False), ("T0002", "王师傅", False), ("T0003", "王师傅", False)]
    assert state_of(ctx, st.keeper, "T0002") == "on_loan"
    assert svc.find_item(st.keeper, "T0002").holder == "王师傅"
    assert svc.overdue(st.keeper) == []
    assert svc.consistency_problems() == []


def test_returning_two_leaves_the_third_overdue_the_next_day(ctx, st, clock):
    svc = ctx.tools
    svc.lend_items(st.keeper, "E10001", ["T0001", "T0002", "T0003"], [key(), key(), key()])
    r1 = svc.return_item(st.keeper, "T0001", key())
    r2 = svc.return_item(st.keeper, "T0002", key(), "good", "擦干净了")
    assert (r1.condition, r1.late, r1.loan_closed) == ("good", False, False)
    assert not r2.loan_closed
    assert state_of(ctx, st.keeper, "T0001") == "available"
    clock.advance(days=1)
    overdue = svc.overdue(st.keeper)
    assert [(r.item_number, r.borrower_name) for r in overdue] == [("T0003", "王师傅")]
    late = svc.return_item(st.keeper, "T0003", key())
    assert late.late and late.loan_closed
    assert svc.overdue(st.keeper) == [] and svc.on_loan(st.keeper) == []
    assert svc.consistency_problems() == []


def test_a_replayed_lend_or_return_scan_changes_nothing_the_second_time(ctx, st):
    svc = ctx.tools
    lend_key, return_key = key(), key()
    first = svc.lend(st.keeper, st.borrower_id, "T0002", lend_key)
    again = svc.lend(st.keeper, st.borrower_id, "T0002", lend_key)
    assert again.replayed and again.line_id == first.line_id and again.loan_number == first.loan_number
    back = svc.return_item(st.keeper, "T0002", return_key)
    before = snapshot(ctx)
    back_again = svc.return_item(st.keeper, "T0002", return_key)
    assert back_again.replayed and back_again.line_id == back.line_id
    assert snapshot(ctx) == before


def test_an_item_due_for_calibration_is_refused_with_the_reason_and_due_date(ctx, st):
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as err:
        ctx.tools.lend(st.keeper, st.borrower_id, "T0004", key())
    msg = err.value.message()
    assert "due for calibration" in msg and "2026-11-17" in msg and "数字万用表" in msg
    assert snapshot(ctx) == before


def test_items_in_repair_or_calibration_are_refused_with_the_reason(ctx, st, admin):
    svc = ctx.tools
    svc.set_state(admin, st.items["T0003"], "repair", "屏幕碎裂，送厂家维修")
    svc.set_state(admin, st.items["T0005"], "calibration", "送计量院")
    before = snapshot(ctx)
    with pytest.raises(ValidationError, match="in repair.*屏幕碎裂"):
        svc.lend(st.keeper, st.borrower_id, "T0003", key())
    with pytest.raises(ValidationError, match="out for calibration.*送计量院"):
        svc.lend(st.keeper, st.borrower_id, "T0005", key())
    assert snapshot(ctx) == before


def test_bad_input_gives_a_clear_message_and_changes_nothing(ctx, st, admin):
    svc = ctx.tools
    svc.lend(st.keeper, st.borrower_id, "T0001", key())
    svc.set_state(admin, st.items["T0006"], "lost", "盘点未找到")
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as not_on_loan:
        svc.return_item(st.keeper, "T0002", key())
    assert not_on_loan.value.message() == "专用正时工具 EA888 (T0002) is not on loan, so it cannot be returned."
    with pytest.raises(ValidationError) as lost:
        svc.lend(st.keeper, st.borrower_id, "T0006", key())
    assert "recorded as lost" in lost.value.message()
    with pytest.raises(NotFound) as badge:
        svc.borrower_by_badge(st.keeper, "E99999")
    assert badge.value.message() == "No one on the staff has the badge E99999."
    with pytest.raises(NotFound, match="barcode NOPE-1"):
        svc.lend(st.keeper, st.borrower_id, "NOPE-1", key())
    with pytest.raises(NotFound, match="barcode NOPE-2"):
        svc.return_item(st.keeper, "NOPE-2", key())
    with pytest.raises(ValidationError, match="already on loan to 王师傅"):
        svc.lend(st.keeper, st.other_id, "T0001", key())
    assert snapshot(ctx) == before


def test_a_technician_may_look_but_not_lend_or_edit(ctx, st):
    svc = ctx.tools
    assert svc.list_items(st.technician)
    with pytest.raises(PermissionDenied):
        svc.lend(st.technician, st.borrower_id, "T0002", key())
    with pytest.raises(PermissionDenied):
        svc.add_item(st.technician, ToolItemInput(name="剪刀"))


def test_a_lost_return_charges_the_cost_by_the_rule_and_is_audited(ctx, st, admin):
    svc = ctx.tools
    svc.lend(st.keeper, st.borrower_id, "T0006", key())
    svc.lend(st.keeper, st.borrower_id, "T0003", key())
    lost = svc.return_item(st.keeper, "T0006", key(), "lost", "工位上找不到")
    assert lost.charge == Decimal("860.50") and lost.incident_id
    assert state_of(ctx, admin, "T0006") == "lost"
    svc.set_rule(admin, "damaged", 20, True)
    damaged = svc.return_item(st.keeper, "T0003", key(), "damaged", "接头断裂")
    assert damaged.charge == Decimal("7600.00")
    item = svc.find_item(admin, "T0003")
    assert (item.state, item.state_reason) == ("repair", "接头断裂")
    rows = svc.incidents(admin)
    assert [(r.item_number, r.kind, r.charge_amount, r.borrower_name) for r in rows] == [
        ("T0006", "lost", Decimal("860.50"), "王师傅"), ("T0003", "damaged", Decimal("7600.00"), "王师傅")]
    settled = svc.settle_incident(admin, damaged.incident_id, charge_amount="500", repair_order="WX-2026-118")
    assert (settled.status, settled.charge_amount, settled.repair_order) == ("settled", Decimal("500.00"), "WX-2026-118")
    actions = [e.action for e in ctx.audit.entries(admin, entity_id=None, action_prefix="tool.")]
    assert {"tool.lost", "tool.damaged", "tool.charge", "tool.rule"} <= set(actions)
    assert svc.consistency_problems() == []


def test_calibration_record_sets_next_due_and_frees_the_item(ctx, st, admin, clock):
    svc = ctx.tools
    item_id = st.items["T0004"]
    svc.set_state(admin, item_id, "calibration", "送上海计量院")
    rec = svc.record_calibration(admin, item_id, CalibrationInput(
        performed_on=clock.today(), provider="上海市计量测试技术研究院", certificate_number="JL-2026-04411",
        result="pass", cost=Decimal("120")))
    assert rec.next_due == clock.today() + timedelta(days=365)
    r = svc.lend(st.keeper, st.borrower_id, "T0004", key())
    assert r.item_number == "T0004"
    detail = svc.item_detail(admin, item_id)
    assert detail.calibrations[0].certificate_number == "JL-2026-04411"
    events = [h.event for h in detail.history]
    assert {"lent", "calibration", "state", "created"} <= set(events)
    assert events[-1] == "created"


def test_calibration_due_within_days_and_failing_calibration_sends_to_repair(ctx, st, admin, clock):
    svc = ctx.tools
    due = svc.calibration_due(admin, 30)
    assert [r.barcode for r in due] == ["T0004"]
    assert [r.barcode for r in svc.calibration_due(admin, 100)] == ["T0004", "T0001"]
    svc.record_calibration(admin, st.items["T0001"], CalibrationInput(
        performed_on=clock.today(), certificate_number="JL-X", result="fail", note="超差"))
    item = svc.find_item(admin, "T0001")
    assert (item.state, item.state_reason) == ("repair", "超差")


def test_histories_per_item_and_per_borrower(ctx, st, clock):
    svc = ctx.tools
    svc.lend(st.keeper, st.borrower_id, "T0002", key())
    clock.advance(hours=2)
    svc.return_item(st.keeper, "T0002", key())
    svc.lend(st.keeper, st.other_id, "T0002", key())
    item_lines = svc.item_loans(st.keeper, st.items["T0002"])
    assert [(ln.borrower_name, ln.condition) for ln in item_lines] == [("李师傅", None), ("王师傅", "good")]
    mine = svc.borrower_history(st.keeper, st.borrower_id)
    assert [(ln.item_number, ln.returned_at is not None) for ln in mine] == [("T0002", True)]


def test_ledger_search_filter_and_keyset_pages(ctx, st, admin):
    svc = ctx.tools
    assert [r.barcode for r in svc.list_items(admin, search="扳手")] == ["T0001"]
    assert [r.barcode for r in svc.list_items(admin, search="途观")] == ["T0002"]
    assert [r.barcode for r in svc.list_items(admin, kind="measuring")] == ["T0001", "T0004"]
    assert [r.barcode for r in svc.list_items(admin, state="due")] == ["T0004"]
    first = svc.list_items(admin, limit=4)
    rest = svc.list_items(admin, after=first[-1].item_number, limit=4)
    assert len(first) == 4 and len(rest) == 2
    assert {r.id for r in first}.isdisjoint({r.id for r in rest})


def test_item_numbers_are_assigned_by_kind_and_barcodes_are_unique(ctx, admin, st):
    svc = ctx.tools
    a = svc.add_item(admin, ToolItemInput(name="四轮定位仪", kind="equipment", cost="185000"))
    b = svc.add_item(admin, ToolItemInput(name="四轮定位仪 2", kind="equipment"))
    assert (a.item_number, a.barcode, b.item_number) == ("SB-00001", "SB-00001", "SB-00002")
    assert a.cost == Decimal("185000.00")
    with pytest.raises(ValidationError, match="already used"):
        svc.add_item(admin, ToolItemInput(name="重复", barcode="T0001"))
    with pytest.raises(ValidationError):
        svc.add_item(admin, ToolItemInput(name=""))
    edited = svc.update_item(admin, a.id, ToolItemInput(name="四轮定位仪 Hunter", kind="equipment",
                                                         item_number=a.item_number, barcode=a.barcode,
                                                         location="定位工位"), a.version)
    assert edited.location == "定位工位" and edited.version == a.version + 1
    from services.common.errors import ConflictError

    with pytest.raises(ConflictError):
        svc.update_item(admin, a.id, ToolItemInput(name="x", kind="equipment"), a.version)


def test_utilisation_counts_loans_and_time_out_in_the_period(ctx, st, clock):
    svc = ctx.tools
    start = clock.today()
    svc.lend(st.keeper, st.borrower_id, "T0002", key())
    clock.advance(hours=6)
    svc.return_item(st.keeper, "T0002", key())
    clock.advance(days=2)
    rows = {r.item_number: r for r in svc.utilisation(st.keeper, start, clock.today())}
    assert rows["T0002"].loans == 1 and rows["T0002"].hours_lent == Decimal("6.0")
    assert rows["T0003"].loans == 0 and rows["T0003"].utilisation == 0
    assert date.fromisoformat(str(start)) == start


def test_a_lent_expected_return_in_the_past_is_refused(ctx, st, clock):
    with pytest.raises(ValidationError, match="already past"):
        ctx.tools.lend(st.keeper, st.borrower_id, "T0002", key(), expected_return=clock.today() - timedelta(days=1))
