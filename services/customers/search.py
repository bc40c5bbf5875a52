"""Search keys for the customer file, and the plan that turns what was typed into key ranges.

Every way of finding someone is stored as a normalised key in one indexed column
(``customer_search_keys.key``), prefixed by its kind. A search is then a handful of prefix range
scans (``key >= 'i:zw' AND key < 'i:zx'``) with a LIMIT: index range scans on SQLite and on
PostgreSQL (the column has the "C" collation there), fast for two-character names as for
trigram-defeating one-letter queries. Suffix searches (a mobile's last 4 digits, a VIN's last
6 or 8) are prefix searches over the reversed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from services.common import pinyin
from services.common.identifiers import PROVINCES, fold, normalise_phone, normalise_plate, normalise_vin
from services.common.text import prefix_upper

NAME = "n"
PINYIN = "p"
INITIALS = "i"
MOBILE = "m"
MOBILE_TAIL = "t"
PLATE = "L"
PLATE_NO_PROVINCE = "l"
PLATE_TAIL = "q"
VIN = "v"
VIN_TAIL = "r"
COMPANY_PART = "c"
PINYIN_INSIDE = "y"  # full pinyin from the second character on (张伟 → y:wei)
INITIALS_INSIDE = "j"  # initials from the second character on (张伟 → j:w)
INSIDE = frozenset({PINYIN_INSIDE, INITIALS_INSIDE})

_CJK = re.compile(r"[\u3400-\u9fff]")
_NON_KEY = re.compile(r"[\s·•\-_.,，。()（）]")
MAX_KEY = 150


def key(kind: str, text: str) -> str:
    return f"{kind}:{text}"[:MAX_KEY]


def name_text(name: str) -> str:
    """A name as stored in a key: folded, lower case, without spaces and punctuation."""
    return _NON_KEY.sub("", fold(name)).lower()


def _pinyin_variants(name: str) -> tuple[list[str], list[str]]:
    """Full pinyin and initials of a name; a surname with several readings (曾, 单, 解) gives each."""
    text = name_text(name)
    if not text:
        return [], []
    syllables = pinyin.syllables(text)
    firsts = [s[0] for s in syllables if s]
    fulls = ["".join(syllables)]
    inits = ["".join(firsts)]
    if _CJK.match(text[0]):
        for reading in pinyin.readings(text[0])[:3]:
            if reading and reading != syllables[0]:
                fulls.append(reading + "".join(syllables[1:]))
                inits.append(reading[0] + "".join(firsts[1:]))
    return list(dict.fromkeys(fulls)), list(dict.fromkeys(inits))


def inside_keys(name: str) -> list[str]:
    """Keys that find a name by the pinyin or initials of any run of its characters but the first
    (王小明 → y:xiaoming, j:xm, y:ming, j:m): a mid-name match, ranked after a whole-name one."""
    out: list[str] = []
    for full, initials in pinyin.tails(name_text(name))[1:]:
        out += [key(PINYIN_INSIDE, full), key(INITIALS_INSIDE, initials)]
    return list(dict.fromkeys(out))


def customer_keys(name: str, kind: str = "person", phones: Iterable[str | None] = ()) -> list[str]:
    """The keys that find a customer: name, pinyin, initials, each mobile whole and reversed."""
    out: list[str] = []
    text = name_text(name)
    if text:
        out.append(key(NAME, text))
        fulls, inits = _pinyin_variants(name)
        out.extend(key(PINYIN, f) for f in fulls)
        out.extend(key(INITIALS, i) for i in inits)
        out.extend(inside_keys(name))
        if kind == "company":
            # companies are looked up by a word inside their name (北京星辰物流 → 星辰)
            out.extend(key(COMPANY_PART, text[i:]) for i in range(1, len(text) - 1))
    for phone in phones:
        digits = normalise_phone(phone or "")
        if len(digits) >= 4:
            out.append(key(MOBILE, digits))
            out.append(key(MOBILE_TAIL, digits[::-1]))
    return list(dict.fromkeys(out))


def vehicle_keys(vin: str, plate: str | None) -> list[str]:
    """The keys that find a vehicle: VIN whole and reversed, plate with and without province."""
    out = []
    v = normalise_vin(vin)
    if v:
        out += [key(VIN, v), key(VIN_TAIL, v[::-1])]
    p = normalise_plate(plate or "")
    if p:
        out.append(key(PLATE, p))
        rest = p[1:] if p[0] in PROVINCES else p
        out += [key(PLATE_NO_PROVINCE, rest), key(PLATE_TAIL, rest[::-1])]
    return out


@dataclass(frozen=True)
class KeyRange:
    """One index range to scan: keys starting with ``prefix``."""

    kind: str
    prefix: str
    priority: int  # lower ranks first

    @property
    def upper(self) -> str | None:
        """The smallest string above every string starting with ``prefix`` (code-point order); None: no bound."""
        return prefix_upper(self.prefix)


# what a match on each kind is called on screen (English source, context "CustomerSearch")
MATCH_KINDS = {
    NAME: "name", PINYIN: "pinyin", INITIALS: "initials", MOBILE: "mobile", MOBILE_TAIL: "mobile",
    PLATE: "plate", PLATE_NO_PROVINCE: "plate", PLATE_TAIL: "plate", VIN: "vin", VIN_TAIL: "vin",
    COMPANY_PART: "name", PINYIN_INSIDE: "pinyin", INITIALS_INSIDE: "initials",
}


def plan(query: str) -> list[KeyRange]:
    """The key ranges a typed query may match, most specific first. Empty for an empty query."""
    raw = fold(query)
    if not raw:
        return []
    text = name_text(raw)
    alnum = re.sub(r"[^0-9A-Za-z]", "", raw).upper()
    ranges: list[KeyRange] = []

    def add(kind: str, value: str, priority: int) -> None:
        if value:
            ranges.append(KeyRange(kind, key(kind, value), priority))

    if _CJK.search(raw):
        plate = normalise_plate(raw)
        if plate[0] in PROVINCES and len(plate) >= 2 and re.fullmatch(r"[0-9A-Z]*", plate[1:]):
            add(PLATE, plate, 0)
        add(NAME, text, 1)
        add(COMPANY_PART, text, 3)
        return ranges
    if not alnum:
        return ranges
    digits_only = alnum.isdigit()
    letters_only = alnum.isalpha()
    if digits_only:
        if alnum.startswith("1") and len(alnum) >= 3:
            add(MOBILE, alnum, 0)
        if len(alnum) >= 3:
            add(MOBILE_TAIL, alnum[::-1], 1)
            add(PLATE_TAIL, alnum[::-1], 2)
        if len(alnum) >= 4:
            add(VIN_TAIL, alnum[::-1], 2)
        if len(alnum) >= 3 and len(alnum) > 11:
            add(VIN, alnum, 1)
        return ranges
    if letters_only:
        lower = alnum.lower()
        add(INITIALS, lower, 0)
        add(PINYIN, lower, 1)
        add(PLATE_NO_PROVINCE, alnum, 2)
        if len(alnum) >= 3:
            add(VIN, alnum, 3)
        add(INITIALS_INSIDE, lower, 4)
        add(PINYIN_INSIDE, lower, 5)
        return ranges
    # letters and digits: a plate without its province, or a VIN (start or end)
    add(PLATE_NO_PROVINCE, alnum, 0)
    if len(alnum) >= 3:
        add(VIN, alnum, 1)
    if len(alnum) >= 4:
        add(VIN_TAIL, alnum[::-1], 1)
        add(PLATE_TAIL, alnum[::-1], 2)
    return ranges
