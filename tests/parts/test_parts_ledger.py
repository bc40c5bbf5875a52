"""The stock ledger: moves and balances in step, moving-average cost, no negative stock, no lost updates."""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.commands.parts import checks
from app.db.models.parts import StockMove
from services.common.errors import PermissionDenied, ValidationError
from services.parts.stock import NewPart, UnknownCode
from services.users.permissions import Actor, Role


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", address="长春市东风大街8号", lead_time_days=2)
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", name_en="Oil filter", brand="大众",
                                               category="滤清器", unit="个", cost=D("30.00"), retail_price=D("58.00"),
                                               bin="A-01-03", min_stock=D(5), quota=D(20),
                                               barcodes=["6901234567892"]))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", brand="大众", category="制动",
                                                unit="套", cost=D("210.00"), retail_price=D("380.00"),
                                                bin="B-02-01"))
    return sup, oil, pads


def _grn(ctx, admin, supplier_id=None):
    return ctx.parts_receiving.open_receipt(admin, supplier_id=supplier_id)


def storekeeper(ctx, admin=None):
    admin = admin or ctx.users.authenticate("admin", "admin-pass-1")
    user = ctx.users.create_user(admin, "store1", "库管员", "store-pass-1", [Role.STOREKEEPER])
    return Actor.for_roles(user.id, user.username, user.display_name, [Role.STOREKEEPER])


def test_average_cost_and_stock_value_follow_a_scripted_sequence(ctx, admin, store):
    _sup, oil, _pads = store
    rcv = ctx.parts_receiving
    grn = _grn(ctx, admin)
    rcv.receive(admin, grn.id, oil.id, 10, unit_cost=D("30.00"))  # 10 @ 30.00 → avg 30.00
    rcv.receive(admin, grn.id, oil.id, 5, unit_cost=D("36.00"))  # (300 + 180) / 15 = 32.00
    ctx.parts.issue_to_job(admin, "WT202611000001", oil.id, 4)  # 11 left @ 32.00, issue value −128.00
    grn2 = _grn(ctx, admin)
    rcv.receive(admin, grn2.id, oil.id, 3, unit_cost=D("35.33"))  # (352 + 105.99) / 14 = 32.7136 → 32.71
    info = ctx.parts.part(admin, oil.id)
    assert info.on_hand == D("14.000")
    assert info.avg_cost == D("32.71")
    issue = [m for m in ctx.parts.moves(admin, oil.id) if m.kind == "issue"][0]
    assert issue.value == D("-128.00") and issue.unit_cost == D("32.00")
    report = ctx.parts_reports.stock_value(admin)
    # the stock's value is what was paid less what left (480.00 − 128.00 + 105.99), not 14 × 32.71 = 457.94:
    # the average is rounded to the fen, the value never is, so the report and the ledger agree to the fen
    assert report.total == D("457.99")
    assert report.total == sum((m.value for m in ctx.parts.moves(admin, oil.id)), D(0))
    # the supplier's invoice for the last 3 says 38.00: 3 × (38.00 − 35.33) = 8.01 more on 14 units
    line = next(ln for ln in rcv.receipt(admin, grn2.id).lines if ln.part_id == oil.id)
    rcv.set_line(admin, line.id, invoice_price=D("38.00"))
    assert ctx.parts.part(admin, oil.id).avg_cost == D("33.29")  # (457.99 + 8.01) / 14 = 33.2857
    assert ctx.parts_reports.stock_value(admin).total == D("466.00")
    assert checks(ctx) == []


def test_issue_beyond_stock_is_refused_with_a_message_and_changes_nothing(ctx, admin, store):
    _sup, oil, _pads = store
    keeper = storekeeper(ctx)
    grn = _grn(ctx, admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 2)
    with pytest.raises(ValidationError) as err:
        ctx.parts.issue_to_job(keeper, "WT202611000002", oil.id, 3)
    assert "06A115561B" in err.value.message() and "negative" in err.value.message()
    assert ctx.parts.part(admin, oil.id).on_hand == D("2.000")
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove).where(StockMove.kind == "issue")) == 0


def test_negative_or_zero_quantity_is_refused_with_a_message(ctx, admin, store):
    _sup, oil, _pads = store
    grn = _grn(ctx, admin)
    for bad in (0, -1, "-2", "abc"):
        with pytest.raises(ValidationError) as err:
            ctx.parts_receiving.receive(admin, grn.id, oil.id, bad)
        assert err.value.field == "qty" and err.value.message()
    with pytest.raises(TypeError):
        ctx.parts_receiving.receive(admin, grn.id, oil.id, 1.5)
    assert ctx.parts.part(admin, oil.id).on_hand == 0


def test_negative_stock_only_for_the_role_that_may_and_then_it_is_logged(ctx, admin, store):
    _sup, oil, _pads = store
    supervisor = Actor.for_roles(admin.user_id, "admin", "配件主管", [Role.PARTS_SUPERVISOR])
    move = ctx.parts.issue_to_job(supervisor, "WT202611000003", oil.id, 2)
    assert move.on_hand_after == D("-2.000")
    entries = ctx.audit.entries(admin, action_prefix="stock.negative")
    assert entries and "06A115561B" in entries[0].summary
    assert checks(ctx) == []


def test_a_replayed_issue_scan_does_not_count_twice(ctx, admin, store):
    _sup, oil, _pads = store
    grn = _grn(ctx, admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 5)
    key = uuid.uuid4().hex
    first = ctx.parts.issue_to_job(admin, "WT202611000004", code="6901234567892", scan_key=key)
    again = ctx.parts.issue_to_job(admin, "WT202611000004", code="6901234567892", scan_key=key)
    assert not first.replayed and again.replayed and again.id == first.id
    assert ctx.parts.part(admin, oil.id).on_hand == D("4.000")


def test_unknown_code_is_refused_clearly_and_changes_nothing(ctx, admin, store):
    grn = _grn(ctx, admin)
    with pytest.raises(UnknownCode) as err:
        ctx.parts_receiving.scan(admin, grn.id, "4006381333931", uuid.uuid4().hex)
    assert "4006381333931" in err.value.message() and "Link it" in err.value.message()
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockMove)) == 0


def test_job_card_seam_reserve_issue_return_and_what_was_issued(ctx, admin, store):
    _sup, oil, pads = store
    grn = _grn(ctx, admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 3, unit_cost=D("30.00"))
    r1 = ctx.parts.reserve(admin, "WT202611000005", 1, oil.id, 2)
    r2 = ctx.parts.reserve(admin, "WT202611000005", 2, pads.id, 1)  # none in stock: counts against fill rate
    assert r1.served_from_stock and not r2.served_from_stock
    assert ctx.parts.part(admin, oil.id).reserved == D("2.000")
    r3 = ctx.parts.reserve(admin, "WT202611000006", 1, oil.id, 2)  # only 1 free left
    assert not r3.served_from_stock
    ctx.parts.issue_to_job(admin, "WT202611000005", code="06A115561B", qty=2)
    assert ctx.parts.part(admin, oil.id).reserved == D("2.000")  # job 6's reservation remains
    ctx.parts.return_from_job(admin, "WT202611000005", oil.id, 1)
    issued = ctx.parts.issued_for_job("WT202611000005")
    assert [(i.part_number, i.qty, i.cost_value) for i in issued] == [("06A115561B", D("1.000"), D("30.00"))]
    with pytest.raises(ValidationError):
        ctx.parts.return_from_job(admin, "WT202611000005", oil.id, 2)  # only 1 left on the job
    ctx.parts.release_reservation(admin, "WT202611000006", 1)
    ctx.parts.release_reservation(admin, "WT202611000005", 2)
    assert ctx.parts.part(admin, oil.id).reserved == 0
    rate = ctx.parts.fill_rate(admin)
    assert (rate.lines, rate.served, rate.rate) == (3, 1, D("0.3333"))
    assert checks(ctx) == []


def test_a_storekeeper_may_not_change_prices(ctx, admin, store):
    _sup, oil, _pads = store
    with pytest.raises(PermissionDenied):
        ctx.parts.update_part(storekeeper(ctx), oil.id, oil.version, retail_price=D("60.00"))
    updated = ctx.parts.update_part(admin, oil.id, oil.version, retail_price=D("60.00"))
    assert updated.retail_price == D("60.00")
    assert ctx.audit.entries(admin, action_prefix="part.prices")


def test_superseded_number_leads_to_its_successor(ctx, admin, store):
    _sup, oil, _pads = store
    new = ctx.parts.create_part(admin, NewPart("06A115561C", "机油滤清器(新)", cost=D("31.00")))
    ctx.parts.update_part(admin, oil.id, oil.version, superseded_by="06A115561C")
    assert ctx.parts.find_by_code(admin, "06A115561B").id == new.id
    assert ctx.parts.find_by_code(admin, "6901234567892").id == new.id


def test_search_by_number_name_pinyin_initials_and_barcode_pages_by_keyset(ctx, admin, store):
    assert [r.number for r in ctx.parts.search(admin, "06a")] == ["06A115561B"]
    assert [r.number for r in ctx.parts.search(admin, "刹车")] == ["1K0698151A"]
    assert [r.number for r in ctx.parts.search(admin, "jylqq")] == ["06A115561B"]
    assert [r.number for r in ctx.parts.search(admin, "shache")] == ["1K0698151A"]  # 前刹车片: mid-name
    assert [r.number for r in ctx.parts.search(admin, "qianshache")] == ["1K0698151A"]
    assert [r.number for r in ctx.parts.search(admin, "6901234567892")] == ["06A115561B"]
    page1 = ctx.parts.search(admin, "", limit=1)
    page2 = ctx.parts.search(admin, "", after=page1[-1].number, limit=1)
    assert [page1[0].number, page2[0].number] == ["06A115561B", "1K0698151A"]


def test_concurrent_issues_of_one_part_lose_nothing(ctx, admin, store):
    """Eight sessions issuing one part at once: every unit accounted for, never below zero."""
    _sup, oil, _pads = store
    keeper = storekeeper(ctx)
    grn = _grn(ctx, admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 100)
    done: list[int] = []
    refused: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        start.wait()
        for i in range(15):
            try:
                ctx.parts.issue_to_job(keeper, f"WT2026110{n:02d}{i:03d}", oil.id, 1)
                done.append(1)
            except ValidationError:
                refused.append(1)
            except BaseException as exc:  # noqa: BLE001 (reported below)
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(done) == 100 and len(refused) == 20
    assert ctx.parts.part(admin, oil.id).on_hand == 0
    assert checks(ctx) == []


def test_two_sessions_receiving_one_part_end_with_the_exact_total(ctx, admin, store):
    _sup, oil, _pads = store
    grns = [_grn(ctx, admin), _grn(ctx, admin)]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(grn_id: int) -> None:
        start.wait()
        try:
            for _ in range(40):
                ctx.parts_receiving.scan(admin, grn_id, "6901234567892", uuid.uuid4().hex)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(g.id,)) for g in grns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert ctx.parts.part(admin, oil.id).on_hand == D("80.000")
    assert [ctx.parts_receiving.receipt(admin, g.id).total_qty for g in grns] == [D("40.000")] * 2
    assert checks(ctx) == []
