"""Customers are found by the pinyin or initials of any run of characters of their name (issue 11),
ranked after whole-name and exact matches."""

from __future__ import annotations

import pytest

from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput


@pytest.fixture
def desk(ctx, admin):
    svc = ctx.customers
    svc.create_customer(admin, CustomerInput(name="王小明", mobile="13800001111"))
    svc.create_customer(admin, CustomerInput(name="谢敏", mobile="13800002222"))
    svc.create_customer(admin, CustomerInput(name="上海星辰物流有限公司", kind="company", billing_terms="monthly",
                                             statement_day=25), vehicles=[
        VehicleInput(vin=make_vin("LGXCE4CB0N0000777"), plate="沪AD12345")])
    return svc


def first_names(svc, admin, typed) -> list[str]:
    return [h.name for h in svc.search(admin, typed)]


@pytest.mark.parametrize("typed, found", [
    ("xiaoming", "王小明"), ("xiaom", "王小明"), ("ming", "王小明"), ("xm", "王小明"),
    ("xingchen", "上海星辰物流有限公司"), ("wuliu", "上海星辰物流有限公司"), ("xcwl", "上海星辰物流有限公司"),
    ("youxiangongsi", "上海星辰物流有限公司"),
])
def test_a_name_is_found_from_any_of_its_characters(ctx, admin, desk, typed, found):
    assert found in first_names(desk, admin, typed)


def test_a_mid_name_hit_says_what_matched_and_is_not_an_exact_match(ctx, admin, desk):
    hit = next(h for h in desk.search(admin, "xiaoming") if h.name == "王小明")
    assert (hit.matched, hit.exact) == ("pinyin", False)


def test_not_from_inside_a_syllable(ctx, admin, desk):
    assert "王小明" not in first_names(desk, admin, "iaoming")
    assert desk.search(admin, "qqqqxx") == []


def test_whole_name_matches_rank_before_mid_name_ones(ctx, admin, desk):
    # 谢敏 is xm from its start; 王小明 only from its second character
    assert first_names(desk, admin, "xm")[:2] == ["谢敏", "王小明"]
    desk.create_customer(admin, CustomerInput(name="明", mobile="13800003333"))
    desk.create_customer(admin, CustomerInput(name="明华", mobile="13800004444"))
    assert first_names(desk, admin, "ming")[:3] == ["明", "明华", "王小明"]


def test_a_plate_typed_whole_still_comes_first(ctx, admin, desk):
    hits = desk.search(admin, "AD12345")
    assert (hits[0].name, hits[0].plate, hits[0].exact) == ("上海星辰物流有限公司", "沪AD12345", True)


def test_a_renamed_customer_is_found_by_the_new_name_only(ctx, admin, desk):
    hit = desk.search(admin, "xiaoming")[0]
    c = desk.customer(admin, hit.customer_id)
    desk.update_customer(admin, c.id, CustomerInput(name="王大明", mobile="13800001111", version=c.version))
    assert "王大明" in first_names(desk, admin, "daming")
    assert first_names(desk, admin, "xiaoming") == []
