"""The shared pinyin keys: a name is found by the pinyin or initials of any run of its characters."""

from __future__ import annotations

import pytest

from services.common import pinyin

NAME = "速腾左机油滤清器"


def test_keys_put_a_space_before_every_word_and_compose():
    assert pinyin.keys(NAME) == (" su teng zuo ji you lv qing qi", "stzjylqq")
    assert pinyin.keys("LED大灯（5W-30）") == (" led da deng 5w 30", "leddd5w30")
    # the demo and the price list build a name's keys from its parts
    assert pinyin.keys("速腾左")[0] + pinyin.keys("机油滤清器")[0] == pinyin.keys(NAME)[0]


@pytest.mark.parametrize("query", ["jylqq", "jy", "st", "stzjylqq", "q", "jiyou", "jiyo", "JiYou", "ji you",
                                   "ji'you", "jiyoulvqingqi", "suteng", "lvqing", "qingqi", "you", "zuoj"])
def test_any_run_of_characters_matches_by_initials_or_full_pinyin(query):
    assert pinyin.matches(*pinyin.keys(NAME), query)


@pytest.mark.parametrize("query", ["iyou", "uteng", "jyq", "jiyoulvx", "xyz", "", "机油", "5w"])
def test_nothing_else_matches(query):
    """Not from inside a syllable, not skipping characters, not something that is not pinyin."""
    assert not pinyin.matches(*pinyin.keys(NAME), query)


def test_typed_letters_are_read_as_syllables_the_last_one_unfinished():
    assert pinyin.readings_of("jiyou") == ["jiyou", "ji you"]
    assert set(pinyin.readings_of("xian")) == {"xian", "xi an", "xia n", "xi a n"}
    assert "zha ng wei" not in pinyin.readings_of("zhangwei")  # 嗯 (ng) is never read mid-word


def test_the_like_patterns_say_what_matches():
    p = pinyin.patterns("jiyou")
    assert (p.initials, p.full, p.exact) == ("%jiyou%", "% ji%you%", ("% jiyou%", "% ji you%"))
    assert pinyin.patterns("jylqq").exact == ()  # one reading: the loose pattern is the exact one
    assert pinyin.patterns("机油") is None and pinyin.patterns("06a1") is None


def test_tails_start_at_every_word():
    assert pinyin.tails("王小明") == [("wangxiaoming", "wxm"), ("xiaoming", "xm"), ("ming", "m")]
    assert pinyin.tails("ABC物流") == [("abcwuliu", "abcwl"), ("wuliu", "wl"), ("liu", "l")]


def test_every_syllable_pypinyin_writes_is_known():
    """The readings of typed letters use SYLLABLES: a reading pypinyin writes and the table lacks could
    never be typed whole."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    written = {to_normal(r, v_to_u=False) for v in pinyin_dict.values() for r in v.split(",")}
    assert written - pinyin.SYLLABLES <= {"ê"}
