"""Finding parts by the pinyin or initials of any run of characters in their name (issue 11).

Part names start with the model (速腾左机油滤清器), so matching only the start of the name missed what
the counter types: ``jylqq`` for 机油滤清器, ``jiyou`` for 机油.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from services.parts.stock import NewPart


@pytest.fixture
def shelf(ctx, admin):
    made = {}
    for number, name in [("5Q0115561A", "速腾左机油滤清器"), ("3Q0115561", "迈腾机油滤清器"),
                         ("5Q0698151", "速腾左前刹车片"), ("1K0819644", "空调滤清器"), ("8W0129620", "奥迪A4L空气滤芯")]:
        made[name] = ctx.parts.create_part(admin, NewPart(number, name, name_en="", retail_price=D("10.00")))
    return made


def names(rows) -> list[str]:
    return [r.name_zh for r in rows]


def test_the_search_box_example_jylqq_finds_the_oil_filter_behind_the_model(ctx, admin, shelf):
    assert names(ctx.parts.search(admin, "jylqq")) == ["迈腾机油滤清器", "速腾左机油滤清器"]  # number order
    assert names(ctx.parts.search(admin, "JYLQQ")) == ["迈腾机油滤清器", "速腾左机油滤清器"]


@pytest.mark.parametrize("typed, found", [
    ("jiyou", ["迈腾机油滤清器", "速腾左机油滤清器"]),  # full pinyin from the middle of the name
    ("jiyo", ["迈腾机油滤清器", "速腾左机油滤清器"]),  # the last syllable not finished yet
    ("ji you", ["迈腾机油滤清器", "速腾左机油滤清器"]),
    ("shache", ["速腾左前刹车片"]),
    ("qianshache", ["速腾左前刹车片"]),
    ("lvqingqi", ["空调滤清器", "迈腾机油滤清器", "速腾左机油滤清器"]),
    ("kongqi", ["奥迪A4L空气滤芯"]),
    ("suteng", ["速腾左机油滤清器", "速腾左前刹车片"]),  # the start, as before
    ("stz", ["速腾左机油滤清器", "速腾左前刹车片"]),
    ("滤清器", ["空调滤清器", "迈腾机油滤清器", "速腾左机油滤清器"]),  # Chinese anywhere, as before
])
def test_full_pinyin_and_initials_match_from_any_character(ctx, admin, shelf, typed, found):
    assert names(ctx.parts.search(admin, typed)) == found


@pytest.mark.parametrize("typed", ["iyou", "engzuo", "jyq", "jiyoux"])
def test_not_from_inside_a_syllable_and_not_skipping_characters(ctx, admin, shelf, typed):
    assert ctx.parts.search(admin, typed) == []


def test_a_renamed_part_is_found_by_its_new_name(ctx, admin, shelf):
    part = shelf["空调滤清器"]
    ctx.parts.update_part(admin, part.id, part.version, name_zh="朗逸空调滤芯")
    assert names(ctx.parts.search(admin, "ktlx")) == ["朗逸空调滤芯"]
    assert ctx.parts.search(admin, "kongtiaolvqing") == []


def test_a_number_or_barcode_typed_whole_comes_first_then_number_order(ctx, admin, shelf):
    ctx.parts.create_part(admin, NewPart("JYLQQ", "垫片"))
    ctx.parts.create_part(admin, NewPart("ZZ001", "火花塞", barcodes=["JIYOU"]))
    assert [r.number for r in ctx.parts.search(admin, "jylqq")] == ["JYLQQ", "3Q0115561", "5Q0115561A"]
    # a scanned barcode that also reads as pinyin
    assert [r.number for r in ctx.parts.search(admin, "JIYOU")] == ["ZZ001", "3Q0115561", "5Q0115561A"]
    # paging by number after the first page: the pinned part is not shown twice
    first = ctx.parts.search(admin, "jylqq", limit=2)
    assert [r.number for r in first] == ["JYLQQ", "3Q0115561"]
    rest = ctx.parts.search(admin, "jylqq", after=first[-1].number, limit=2)
    assert [r.number for r in rest] == ["5Q0115561A"]


def test_mid_name_matches_page_by_keyset_without_gaps_or_repeats(ctx, admin):
    for i in range(25):
        ctx.parts.create_part(admin, NewPart(f"5Q0{i:07d}", f"速腾左机油滤清器{i}"))
        ctx.parts.create_part(admin, NewPart(f"6R0{i:07d}", f"波罗前刹车片{i}"))
    seen: list[str] = []
    after = None
    while True:
        page = ctx.parts.search(admin, "jylqq", after=after, limit=10)
        seen += [r.number for r in page]
        if len(page) < 10:
            break
        after = page[-1].number
    assert seen == sorted(f"5Q0{i:07d}" for i in range(25))


def test_below_minimum_still_applies_to_a_name_search(ctx, admin, shelf):
    low = ctx.parts.part(admin, shelf["迈腾机油滤清器"].id)
    ctx.parts.update_part(admin, low.id, low.version, min_stock=D(2))
    assert names(ctx.parts.search(admin, "jylqq", below_minimum=True)) == ["迈腾机油滤清器"]
