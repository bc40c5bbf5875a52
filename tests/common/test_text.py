"""Text the database can hold: NUL and lone surrogates refused in words; index ranges for any prefix."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.common.errors import ValidationError
from services.common.text import check_parameters, check_storable, prefix_upper


@pytest.mark.parametrize("text", ["张三\x00", "\ud800", "plate 沪A\udfff12345", "x" * 50 + "\x00"])
def test_a_nul_or_a_lone_surrogate_is_refused_with_the_text_shown(text):
    with pytest.raises(ValidationError) as refused:
        check_storable(text, field="name")
    message = refused.value.message()
    assert "cannot be saved" in message and "\ufffd" in message and refused.value.field == "name"
    assert "\x00" not in message and not any("\ud800" <= c <= "\udfff" for c in message)
    assert len(message) < 250  # a pasted page is shown cut short


def test_the_rows_of_a_bulk_insert_are_checked_too():
    rows = [{"number": f"P{i}", "name": "机油滤清器", "cost": 12} for i in range(1000)]
    check_parameters(rows)
    rows[700]["name"] = "机油\x00"
    with pytest.raises(ValidationError, match="机油"):
        check_parameters(rows)
    with pytest.raises(ValidationError):
        check_parameters(("ok", ["\ud800"]))


@given(st.text(min_size=1, max_size=6), st.text(max_size=4))
def test_the_prefix_range_holds_every_text_with_the_prefix_and_no_surrogate(prefix, rest):
    upper = prefix_upper(prefix)
    assert upper is None or (prefix + rest < upper and prefix < upper)
    assert upper is None or not any("\ud800" <= c <= "\udfff" for c in upper)
    assert prefix_upper("\U0010ffff") is None and prefix_upper("a\U0010ffff") == "b"
    assert prefix_upper("\ud7ff") == "\ue000"
