"""Stocktakes as documents: several counters on different bins, hand-over, no overlapping counts,
scopes that select nothing refused, posting that says what it will do and leaves uncounted lines alone
unless told, quantities whole for pieces and decimal for litres."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from app.commands.parts import checks
from services.common.errors import ConflictError, ValidationError
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.parts.gui_fixtures import person


@pytest.fixture
def aisle(ctx, admin):
    parts, stock = {}, {}
    for number, name, unit, cost, bin_code, qty in (
            ("06A115561B", "机油滤清器", "个", "30.00", "A-01-03", 10),
            ("101905601F", "火花塞", "个", "25.00", "A-01-04", 4),
            ("G052195M2", "全合成机油 5W-30", "升", "60.00", "A-02-01", 20),
            ("1K0698151A", "前刹车片", "套", "210.00", "B-02-01", 3)):
        parts[number] = ctx.parts.create_part(admin, NewPart(number, name, unit=unit, cost=D(cost), bin=bin_code,
                                                             category="油液" if unit == "升" else "滤清器"))
        stock[number] = qty
    grn = ctx.parts_receiving.open_receipt(admin)
    for number, qty in stock.items():
        ctx.parts_receiving.receive(admin, grn.id, parts[number].id, qty)
    return parts


def test_two_storekeepers_count_different_bins_of_one_count_at_once(ctx, admin, aisle):
    a = person(ctx, admin, "wanggang", Role.STOREKEEPER)
    b = person(ctx, admin, "zhaolei", Role.STOREKEEPER)
    st = ctx.parts_stocktake.start(a, bin_prefix="A-0")
    assert (st.status, st.lines) == ("open", 3)
    ctx.parts_stocktake.count(a, st.id, "06A115561B", bin_code="A-01-03", qty=10)
    ctx.parts_stocktake.count(b, st.id, "G052195M2", bin_code="A-02-01", qty="19.5")
    info = ctx.parts_stocktake.stocktake(b, st.id)
    assert (info.status, info.counted_lines, info.counted_by) == ("counting", 2, ("wanggang", "zhaolei"))
    with pytest.raises(ValidationError, match="not in stocktake"):
        ctx.parts_stocktake.count(b, st.id, "1K0698151A", bin_code="B-02-01")  # outside the count's bins
    with pytest.raises(ValidationError, match="whole number"):
        ctx.parts_stocktake.count(a, st.id, "101905601F", bin_code="A-01-04", qty="2.5")  # plugs are pieces
    ctx.parts_stocktake.hand_over(b, st.id)
    with pytest.raises(ValidationError, match="handed over"):
        ctx.parts_stocktake.count(a, st.id, "101905601F", bin_code="A-01-04")
    assert ctx.parts_stocktake.stocktake(a, st.id).handed_over_by == "zhaolei"


def test_no_two_open_counts_over_the_same_bins_and_a_scope_must_select_something(ctx, admin, aisle):
    first = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    for prefix, category in (("A-01-03", ""), ("A", ""), ("", "滤清器"), ("", "")):
        with pytest.raises(ConflictError) as refused:
            ctx.parts_stocktake.start(admin, bin_prefix=prefix, category=category)
        assert first.number in str(refused.value)
    other = ctx.parts_stocktake.start(admin, bin_prefix="A-02")  # a different aisle is free
    assert other.lines == 1
    with pytest.raises(ValidationError, match="No part is in the category"):
        ctx.parts_stocktake.start(admin, bin_prefix="B", category="不存在的类别")
    with pytest.raises(ValidationError, match="No bin starts with"):
        ctx.parts_stocktake.start(admin, bin_prefix="Z-99")
    with pytest.raises(ValidationError, match="nothing to count"):
        ctx.parts_stocktake.start(admin, bin_prefix="B", category="油液")  # both exist, not together
    ctx.parts_stocktake.cancel(admin, first.id, "started on the wrong aisle")
    again = ctx.parts_stocktake.start(admin, bin_prefix="A-01-03")  # the bins are free again
    assert again.lines == 1
    assert [s.status for s in ctx.parts_stocktake.stocktakes(admin)] == ["open", "open", "cancelled"]


def test_posting_preview_and_uncounted_lines_left_unchanged_or_written_off(ctx, admin, aisle):
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-")
    ctx.parts_stocktake.count(admin, st.id, "06A115561B", bin_code="A-01-03", qty=12)  # +2 × 30
    ctx.parts_stocktake.count(admin, st.id, "G052195M2", bin_code="A-02-01", qty="18.5")  # −1.5 × 60
    ctx.parts_stocktake.approve(admin, st.id, "checked with the workshop")
    preview = ctx.parts_stocktake.preview(admin, st.id)
    assert (preview.counted, len(preview.gains), len(preview.losses)) == (2, 1, 1)
    assert (preview.gain_value, preview.loss_value, preview.net_value) == (D("60.00"), D("-90.00"), D("-30.00"))
    assert [(v.number, v.expected) for v in preview.uncounted] == [("101905601F", D("4.000"))]
    assert preview.uncounted_value == D("-100.00")
    with pytest.raises(ValidationError, match="needs a reason"):
        ctx.parts_stocktake.post(admin, st.id, write_off_uncounted=True)
    counted_line = preview.gains[0].id
    with pytest.raises(ValidationError, match="Only lines nobody counted"):
        ctx.parts_stocktake.post(admin, st.id, write_off=[counted_line])
    result = ctx.parts_stocktake.post(admin, st.id)  # the default: uncounted lines keep their quantity
    assert (result.written_off, result.left_unchanged, result.value) == (0, 1, D("-30.00"))
    assert ctx.parts.part(admin, aisle["101905601F"].id).on_hand == D("4.000")
    assert ctx.parts.part(admin, aisle["06A115561B"].id).on_hand == D("12.000")
    assert ctx.parts.part(admin, aisle["G052195M2"].id).on_hand == D("18.500")
    [entry] = ctx.audit.entries(admin, action_prefix="stocktake.approve")
    assert "checked with the workshop" in entry.summary
    assert checks(ctx) == []


def test_an_uncounted_line_confirmed_one_by_one_is_written_off(ctx, admin, aisle):
    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    ctx.parts_stocktake.count(admin, st.id, "06A115561B", bin_code="A-01-03", qty=10)
    ctx.parts_stocktake.approve(admin, st.id)
    [plugs] = ctx.parts_stocktake.preview(admin, st.id).uncounted
    result = ctx.parts_stocktake.post(admin, st.id, write_off=[plugs.id])
    assert (result.written_off, result.left_unchanged, result.value) == (1, 0, D("-100.00"))
    assert ctx.parts.part(admin, aisle["101905601F"].id).on_hand == 0
    info = ctx.parts_stocktake.stocktake(admin, st.id)
    assert (info.status, info.posted_by) == ("posted", "管理员")
    assert checks(ctx) == []


def test_a_storekeeper_may_count_but_not_approve_or_post(ctx, admin, aisle):
    from services.common.errors import PermissionDenied

    keeper = person(ctx, admin, "wanggang", Role.STOREKEEPER)
    st = ctx.parts_stocktake.start(keeper, bin_prefix="A-01-03")
    ctx.parts_stocktake.count(keeper, st.id, "06A115561B", bin_code="A-01-03", qty=10)
    for step in (ctx.parts_stocktake.approve, ctx.parts_stocktake.request_recount, ctx.parts_stocktake.preview):
        with pytest.raises(PermissionDenied):
            step(keeper, st.id)


@pytest.mark.gui
def test_the_ledger_shows_move_kinds_in_words_and_people_by_name(qtbot, qloop, tasks, ctx, admin, aisle):
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from viewmodels.parts.stock import PartsViewModel

    st = ctx.parts_stocktake.start(admin, bin_prefix="A-01-04")
    ctx.parts_stocktake.count(admin, st.id, "101905601F", bin_code="A-01-04", qty=3)
    ctx.parts_stocktake.approve(admin, st.id)
    ctx.parts_stocktake.post(admin, st.id)
    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources/i18n/zh_CN/parts.qm"))
    QApplication.installTranslator(translator)
    try:
        vm = PartsViewModel(ctx.parts, admin, tasks)
        with qtbot.waitSignal(vm.detailChanged):
            vm.open_part(aisle["101905601F"].id)
        kinds = [vm.moves.data(vm.moves.index(r, 1)) for r in range(vm.moves.rowCount())]
        users = [vm.moves.data(vm.moves.index(r, 6)) for r in range(vm.moves.rowCount())]
    finally:
        QApplication.removeTranslator(translator)
    assert kinds == ["盘点", "入库"]
    assert users == ["管理员", "管理员"]  # the display name, not the account "admin"
