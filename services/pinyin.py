"""Pinyin of Chinese names for search keys (张伟 → zhangwei, zw), with pypinyin.

pypinyin's phrase dictionary costs ~200 ms and ~50 MB to load, so it is imported on first use,
not when the app starts.
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"[^0-9a-z]")


def syllables(text: str) -> list[str]:
    """One reading per character, lower-case; characters without pinyin are kept as they are."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text or "", style=Style.NORMAL, errors=lambda chars: list(chars))


def readings(char: str) -> list[str]:
    """Every reading of one character (a surname like 曾, 单, 解 has several)."""
    from pypinyin import Style, pinyin

    return pinyin(char, style=Style.NORMAL, heteronym=True)[0]


def keys(text: str, full_len: int = 128, initials_len: int = 128) -> tuple[str, str]:
    """(full pinyin, initials) of ``text``, letters and digits only."""
    s = syllables(text)
    full = _KEEP.sub("", "".join(s).lower())[:full_len]
    initials = _KEEP.sub("", "".join(p[0] for p in s if p).lower())[:initials_len]
    return full, initials
