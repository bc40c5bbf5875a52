"""VIN, plate, phone and credit-code rules of DOMAIN.md."""

from __future__ import annotations

import pytest

from services.common.errors import ValidationError
from services.common.identifiers import (
    check_credit_code,
    check_mobile,
    check_plate,
    check_vin,
    make_vin,
    mask_phone,
    require_vin,
)


def test_vin_with_right_check_character_passes_after_folding_full_width_and_case():
    vin = make_vin("LFV2A21K0A3000001")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in vin.lower())
    assert check_vin(full_width).vin == vin
    assert check_vin(vin).check_ok


def test_vin_with_wrong_check_character_is_refused_unless_a_reason_is_given():
    vin = make_vin("LFV2A21K0A3000001")
    wrong = vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]
    with pytest.raises(ValidationError) as err:
        require_vin(wrong)
    assert vin[8] in err.value.message()
    accepted = require_vin(wrong, override_reason="进口车，原厂VIN")
    assert not accepted.check_ok


@pytest.mark.parametrize("bad", ["LFV2A21K0A300000", "LFV2A21K0A3000O01", "LFV2A21K0A30000Q1"])
def test_vin_of_wrong_length_or_with_i_o_q_is_refused(bad):
    with pytest.raises(ValidationError):
        check_vin(bad)


@pytest.mark.parametrize("plate,kind", [
    ("京A12345", "ordinary"), ("沪B·C1234", "ordinary"), ("粤b-8888学", "ordinary"),
    ("京AD12345", "new_energy"), ("京AF1234 5", "new_energy"), ("粤B12345D", "new_energy"),
])
def test_plates_of_each_kind_validate(plate, kind):
    assert check_plate(plate).kind == kind


@pytest.mark.parametrize("plate", ["京AI2345", "A12345", "京A1234", "京AO2345"])
def test_bad_plates_are_refused(plate):
    with pytest.raises(ValidationError):
        check_plate(plate)


def test_unusual_plates_warn_but_pass():
    result = check_plate("使123456")
    assert result.kind == "unusual" and result.warning


def test_mobile_and_masking():
    assert check_mobile("138 1234 5678") == "13812345678"
    assert check_mobile("+86 13812345678") == "13812345678"
    with pytest.raises(ValidationError):
        check_mobile("2381234567")
    assert mask_phone("13812345678") == "138****5678"


def test_credit_code_check_character():
    assert check_credit_code("91310000775785552L") == "91310000775785552L"
    with pytest.raises(ValidationError):
        check_credit_code("91310000775785552A")
