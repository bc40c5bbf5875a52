"""Text the database can hold: no NUL character and no lone surrogate, whatever was typed or pasted.

PostgreSQL refuses NUL (``\\x00``) in text, and no encoding carries a lone surrogate (``\\ud800``:
half of a character, left by a broken paste or a badly decoded file), so SQLite's driver cannot send
it either. Such a character never means anything a person wanted; it is refused with a sentence
instead of a driver's error. ``Database`` checks every text it sends (a save, a search, a sign-in
name), so every field and search box of every area has the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_SHOWN = 30


def unstorable(text: str) -> bool:
    """Whether ``text`` holds a character no database can store (NUL, a lone surrogate)."""
    return _UNSTORABLE.search(text) is not None


def check_storable(text: str, *, field: str | None = None) -> str:
    """``text`` as it is, or a ``ValidationError`` naming the text (the bad characters shown as �)."""
    bad = _UNSTORABLE.search(text)
    if bad is None:
        return text
    start = max(0, bad.start() - _SHOWN // 2)  # the part around the first bad character
    shown = _UNSTORABLE.sub("\ufffd", text[start:start + _SHOWN])
    shown = ("…" if start else "") + shown + ("…" if start + _SHOWN < len(text) else "")
    raise ValidationError(
        QT_TRANSLATE_NOOP("ServiceError", "“{value}” holds a character that cannot be saved or searched for (an "
                                          "invisible or broken character, often from a paste). Nothing was saved; "
                                          "retype it and try again."),
        field=field, value=shown)


def check_parameters(parameters: Any) -> None:
    """Refuse a statement's parameters (a mapping, a sequence, or a list of either) holding unstorable text.

    Every text is gathered and searched once (a price list sends 100,000 rows in a few statements)."""
    texts: list[str] = []
    _gather(parameters, texts)
    if texts and _UNSTORABLE.search("".join(texts)) is not None:
        for text in texts:
            check_storable(text)


def _gather(value: Any, texts: list[str]) -> None:
    if isinstance(value, str):
        texts.append(value)
    elif isinstance(value, Mapping):
        for v in value.values():
            if isinstance(v, str):
                texts.append(v)
            elif isinstance(v, list | tuple | Mapping):
                _gather(v, texts)
    elif isinstance(value, list | tuple):
        for v in value:
            if isinstance(v, str):
                texts.append(v)
            elif isinstance(v, list | tuple | Mapping):
                _gather(v, texts)


def prefix_upper(prefix: str) -> str | None:
    """The smallest text above every text starting with ``prefix`` (code-point order), for an index range;
    None when there is none (``prefix`` ends in U+10FFFF, the last character). Never a lone surrogate:
    the character after U+D7FF is U+E000."""
    head = prefix.rstrip("\U0010ffff")
    if not head:
        return None
    last = ord(head[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return head[:-1] + chr(last)
