"""A supplier's price list links the parts already in the master to that supplier, at the list's price, with
the list's file and date, and the part shows it; a part bought elsewhere keeps its preferred supplier; a
later list prices the link again; a ×3 change not confirmed links nothing; a preview links nothing. Both
engines; the part's detail on the parts page is read as the clerk sees it."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.db.models.parts import PartSupplier
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.parts.test_parts_pricelist_rules import book


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", lead_time_days=2)
    wiper = ctx.parts.create_part(admin, NewPart("3C0955425", "雨刮片", cost=D("40.00"), retail_price=D("80.00")))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", cost=D("210.00"), retail_price=D("380.00")))
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), retail_price=D("58.00")))
    ctx.users.create_user(admin, "wang", "王配件", "wang-pass-1", [Role.PARTS_SUPERVISOR])
    return sup, wiper, pads, oil, ctx.users.authenticate("wang", "wang-pass-1")


def _links(ctx, part_id: int) -> list[tuple]:
    with ctx.db.read() as s:
        return list(s.execute(select(PartSupplier.supplier_id, PartSupplier.supplier_number, PartSupplier.price,
                                     PartSupplier.preferred, PartSupplier.price_list)
                              .where(PartSupplier.part_id == part_id).order_by(PartSupplier.supplier_id)))


def test_a_price_list_links_the_parts_already_in_the_master_to_its_supplier(ctx, admin, store, tmp_path):
    sup, wiper, pads, oil, clerk = store
    local = ctx.parts.create_supplier(admin, "广州骏达汽配", lead_time_days=1)
    # the wiper is bought locally already, as the store set it up by hand
    ctx.parts.link_supplier(admin, wiper.id, local.id, supplier_number="JD-3C0955425", price=D("38.00"))
    path = tmp_path / "一汽大众价格表2026-11.xlsx"
    book(path, [("3C0955425", "雨刮片", 42, 80), ("1K0698151A", "前刹车片", 210, 380), ("06A115561B", "机油滤清器", None, 60),
                ("5Q0407151A", "摆臂", 520, 880)])

    preview = ctx.parts_pricelist.import_file(clerk, path, dry_run=True, supplier_id=sup.id)
    assert (preview.linked, preview.relinked) == (0, 0) and _links(ctx, pads.id) == []

    result = ctx.parts_pricelist.import_file(clerk, path, supplier_id=sup.id)
    assert result.saved and (result.new, result.changed, result.unchanged) == (1, 2, 1)
    assert (result.linked, result.relinked) == (3, 0)
    name = "一汽大众价格表2026-11.xlsx"
    # the wiper: its local supplier stays preferred, the list's beside it at the list price
    assert _links(ctx, wiper.id) == [(sup.id, "3C0955425", D("42.00"), False, name),
                                     (local.id, "JD-3C0955425", D("38.00"), True, "")]
    # the pads had no supplier: the list's becomes the preferred one; the filter's list had no cost: the part's
    assert _links(ctx, pads.id) == [(sup.id, "1K0698151A", D("210.00"), True, name)]
    assert _links(ctx, oil.id) == [(sup.id, "06A115561B", D("30.00"), True, name)]

    # as the part shows it (suppliers' prices for those who see costs)
    info = ctx.parts.part(clerk, wiper.id)
    assert [(x.supplier_name, x.price, x.preferred, x.price_list, x.listed_at is not None) for x in info.suppliers] \
        == [("广州骏达汽配", D("38.00"), True, "", False), ("一汽大众配件中心", D("42.00"), False, name, True)]

    # next month's list prices the links again; a ×3 jump not confirmed is skipped and keeps its old link price
    later = tmp_path / "一汽大众价格表2026-12.xlsx"
    book(later, [("3C0955425", "雨刮片", 44, 82), ("1K0698151A", "前刹车片", 900, 1500)])
    again = ctx.parts_pricelist.import_file(clerk, later, supplier_id=sup.id, skip_bad=True)
    assert again.saved and again.skipped == 1 and (again.linked, again.relinked) == (0, 1)
    assert _links(ctx, wiper.id)[0][2:] == (D("44.00"), False, "一汽大众价格表2026-12.xlsx")
    assert _links(ctx, pads.id)[0][2:] == (D("210.00"), True, name)


def test_the_part_page_shows_who_sells_the_part_from_which_price_list(qtbot, qloop, ctx, admin, store, tasks,
                                                                      tmp_path):
    from viewmodels.parts.stock import PartsViewModel
    from views.parts.stock import PartsPage

    sup, wiper, pads, oil, clerk = store
    path = tmp_path / "FAW-2026-11.xlsx"
    book(path, [("1K0698151A", "前刹车片", 215, 380)])
    assert ctx.parts_pricelist.import_file(clerk, path, supplier_id=sup.id).linked == 1
    page = PartsPage(PartsViewModel(ctx.parts, clerk, tasks))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.vm.detailChanged, timeout=5000):
        page.vm.open_part(pads.id)
    text = page.suppliers.text()
    assert "一汽大众配件中心 (preferred)" in text and "¥215.00" in text and "2 days" in text
    assert "price list FAW-2026-11.xlsx of 20" in text, text
    # a role that does not buy sees who sells it, not at what
    advisor = ctx.users.create_user(admin, "li", "李顾问", "li-pass-12", ["service_advisor"])
    assert advisor.id
    other = PartsPage(PartsViewModel(ctx.parts, ctx.users.authenticate("li", "li-pass-12"), tasks))
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.vm.detailChanged, timeout=5000):
        other.vm.open_part(pads.id)
    assert "一汽大众配件中心" in other.suppliers.text() and "¥" not in other.suppliers.text()
