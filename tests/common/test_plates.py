"""Plates by GA 36-2018 as DOMAIN.md states it: a table of its examples and rules, and a property
that whatever is typed, a plate is either refused with a readable message or is one of the kinds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from services.common.errors import ValidationError
from services.common.identifiers import check_plate, normalise_plate

# DOMAIN.md, written out again here so the test does not check the code against itself
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
P, S = f"[{PROVINCES}]", f"[{SERIAL}]"
SPEC = {
    "ordinary": [rf"{P}[A-Z]{S}{{4}}[{SERIAL}挂学警港澳]"],
    "new_energy": [rf"{P}[A-Z][DF]{S}[0-9]{{4}}", rf"{P}[A-Z][0-9]{{5}}[DF]"],
    "unusual": [rf"使{S}{{6}}", rf"{P}[A-Z]{S}{{4}}领", rf"临{P}[A-Z]{S}{{4,6}}", rf"{P}[A-Z]{S}{{4,6}}临时?",
                rf"{P}[A-Z]{S}{{4,5}}应急"],
}


def kinds_matching(plate: str) -> set[str]:
    return {kind for kind, patterns in SPEC.items() if any(re.fullmatch(p, plate) for p in patterns)}


@pytest.mark.parametrize("typed, plate, kind", [
    # ordinary: province, office letter, 5 characters; the last may be 挂 学 警 港 澳
    ("京A12345", "京A12345", "ordinary"),
    ("沪B1C2D3", "沪B1C2D3", "ordinary"),
    ("粤A1234挂", "粤A1234挂", "ordinary"),
    ("粤b-8888学", "粤B8888学", "ordinary"),
    ("粤Z1234港", "粤Z1234港", "ordinary"),
    ("粤Z1234澳", "粤Z1234澳", "ordinary"),
    ("京A1234警", "京A1234警", "ordinary"),
    ("京AD1234", "京AD1234", "ordinary"),  # seven characters: an ordinary plate that happens to hold a D
    # normalised: trimmed, upper-cased, half-width, without spaces, · and -
    (" 京 b·12345 ", "京B12345", "ordinary"),
    ("京ａ１２３４５", "京A12345", "ordinary"),
    # new energy, small: D or F, then a digit or letter, then 4 digits
    ("京AD12345", "京AD12345", "new_energy"),
    ("京AF12345", "京AF12345", "new_energy"),
    ("沪AFK3921", "沪AFK3921", "new_energy"),
    ("京AF1234 5", "京AF12345", "new_energy"),
    # new energy, large: 5 digits, then D or F
    ("粤B12345D", "粤B12345D", "new_energy"),
    ("粤B12345F", "粤B12345F", "new_energy"),
])
def test_real_plates_are_accepted_as_their_kind(typed, plate, kind):
    result = check_plate(typed)
    assert (result.plate, result.kind, result.warning) == (plate, kind, None)


@pytest.mark.parametrize("typed", [
    "京AD1234K",  # DOMAIN.md: a small new-energy plate's last 4 are always digits
    "沪AF3K921",  # DOMAIN.md: ditto
    "粤B1234DD",  # large: 5 digits then D or F
    "京AE12345",  # new energy starts with D or F
    "粤B12345E",
    "京AD1234KK",
    "京AI2345", "京AO2345", "京AD1234O",  # no I, no O in the serial
    "A12345", "XA12345", "港A12345",  # a province first
    "京A1234", "京A123", "京",  # too short
    "京A1234567",  # too long
    "京112345",  # the office letter is a letter
    "京A12挂45",  # 挂 only last
    "使12345",  # an embassy plate has 6 characters after 使
])
def test_what_is_not_a_plate_is_refused_with_a_message(typed):
    with pytest.raises(ValidationError) as err:
        check_plate(typed)
    assert err.value.field == "plate"
    message = err.value.message()
    assert "{" not in message and normalise_plate(typed) in message


def test_the_refusal_of_a_broken_new_energy_plate_shows_the_right_forms():
    with pytest.raises(ValidationError) as err:
        check_plate("京AD1234K")
    assert "京AD12345" in err.value.message() and "粤B12345D" in err.value.message()


@pytest.mark.parametrize("typed, plate, word", [
    ("使123456", "使123456", "embassy"),
    ("使 014·578", "使014578", "embassy"),
    ("沪A0001领", "沪A0001领", "consulate"),
    ("临京A12345", "临京A12345", "temporary"),
    ("京A1234临", "京A1234临", "temporary"),
    ("京A12345临时", "京A12345临时", "temporary"),
    ("京A1234应急", "京A1234应急", "emergency"),
])
def test_unusual_real_plates_pass_with_a_warning_naming_their_kind(typed, plate, word):
    result = check_plate(typed)
    assert (result.plate, result.kind) == (plate, "unusual")
    assert word in result.warning and "{plate}" in result.warning


near_plates = st.text(alphabet=st.sampled_from(
    list("京沪粤港使领临时应急挂学警澳") + list("ADFIOZ0123456789KX") + [" ", "·", "-", "ａ", "１", "d"]),
    min_size=0, max_size=11)


@given(st.one_of(st.text(max_size=14), near_plates))
@example("京AD1234K")
@example("粤B1234DD")
@example("沪AF3K921")
@example("使123456")
def test_any_text_is_refused_or_is_a_plate_of_the_kind_reported(typed):
    try:
        result = check_plate(typed)
    except ValidationError as exc:
        assert exc.field == "plate" and exc.message()
        return
    assert result.plate == normalise_plate(typed)
    assert result.kind in kinds_matching(result.plate), result
    assert (result.warning is not None) == (result.kind == "unusual")
    assert check_plate(result.plate) == result  # the stored form checks the same


@given(st.sampled_from([(kind, p) for kind, patterns in SPEC.items() for p in patterns]).flatmap(
    lambda kp: st.tuples(st.just(kp[0]), st.from_regex(rf"\A{kp[1]}\Z"))))
def test_every_plate_of_the_rules_is_accepted_as_its_kind(case):
    kind, plate = case
    result = check_plate(plate)
    assert (result.plate, result.kind) == (plate, kind)
