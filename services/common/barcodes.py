"""What a USB scanner typed, cleaned: configured prefix/suffix and control characters removed.

Scanners act as keyboards. Some send a prefix (an AIM identifier like ``]C1``) or a suffix, some
send CR+LF or Tab at the end, some are set to full-width input by the PC's IME. The cleaned code is
what the station printed on its labels or the manufacturer printed on the box (Code 128, EAN-13).
"""

from __future__ import annotations

import re
import unicodedata

_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")  # symbology identifier, e.g. ]C1 (Code 128), ]E0 (EAN-13)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_scan(raw: str, prefix: str = "", suffix: str = "") -> str:
    text = unicodedata.normalize("NFKC", raw or "")
    text = _CONTROL.sub("", text)
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    text = _AIM.sub("", text)
    return text.strip()


def ean13_valid(code: str) -> bool:
    if not re.fullmatch(r"\d{13}", code):
        return False
    digits = [int(c) for c in code]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    return check == digits[12]
