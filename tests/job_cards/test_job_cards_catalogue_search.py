"""The labour catalogue is found by the pinyin or initials of any run of characters of an operation's
name (issue 11: 更换机油机滤 by ``jiyou``, ``jylv``), the code typed whole first."""

from __future__ import annotations

from datetime import date

import pytest

from tests.job_cards.fixtures import make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def codes(ops) -> list[str]:
    return [o.code for o in ops]


@pytest.mark.parametrize("typed, found", [
    ("jiyou", ["BY001"]),  # 更换机油机滤: full pinyin from the third character
    ("jyjl", ["BY001"]),  # its initials from the third character
    ("shache", ["ZD010"]),  # 更换前刹车片
    ("qscp", ["ZD010"]),
    ("dingwei", ["DP001"]),  # 四轮定位
    ("xitong", ["KT020"]),  # 空调系统检修
    ("genghuan", ["BY001", "ZD010"]),  # the start, as before
    ("刹车", ["ZD010"]),  # Chinese anywhere, as before
    ("kt0", ["KT020"]),  # code prefix
])
def test_operations_are_found_from_any_character_of_their_name(ctx, station, typed, found):
    assert codes(ctx.job_cards.catalogue.lookup(station.advisor, typed, day=date(2026, 1, 1))) == found


def test_not_from_inside_a_syllable(ctx, station):
    assert ctx.job_cards.catalogue.lookup(station.advisor, "iyou", day=date(2026, 1, 1)) == []


def test_the_code_typed_whole_comes_before_name_matches(ctx, station, admin):
    ctx.job_cards.catalogue.save_operation(admin, code="JY", name_zh="机油添加", hours="0.2", job_types="maintenance",
                                           valid_from=date(2020, 1, 1))
    ctx.job_cards.catalogue.save_operation(admin, code="AA100", name_zh="检查机油液位", hours="0.1",
                                           job_types="maintenance", valid_from=date(2020, 1, 1))
    found = codes(ctx.job_cards.catalogue.lookup(station.advisor, "jy", day=date(2026, 1, 1)))
    assert found == ["JY", "AA100", "BY001"]


def test_the_family_version_still_wins_for_a_mid_name_match(ctx, station):
    ops = ctx.job_cards.catalogue.lookup(station.advisor, "shache", day=date(2026, 1, 1), family="帕萨特")
    assert [(o.code, str(o.hours)) for o in ops] == [("ZD010", "1.500")]
