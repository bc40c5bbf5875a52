"""Pinyin of Chinese names for search keys, with pypinyin, and matching them at any word start.

A name is found by what a person types for any run of its characters, not only its beginning:
速腾左机油滤清器 is found by ``jylqq`` (the initials of 机油滤清器), by ``jiyou`` or ``jiyoulv``
(the full pinyin of 机油…, the last syllable may be unfinished) and by ``st`` or ``suteng``.

Two ways to store that, both built here so every area matches by the same rule:

- ``keys(name)`` → (full pinyin with a space in front of every word, initials) for a row's two
  columns, matched with ``LIKE '%…%'`` (``conditions``). The initials have one letter a character, so
  any substring of them starts at a character; the full pinyin keeps its word starts by the spaces,
  and a typed ``jiyou`` is read as the syllables ``ji you``.
  ``速腾左机油滤清器`` → (`` su teng zuo ji you lv qing qi``, ``stzjylqq``).
- ``tails(name)`` → the (full pinyin, initials) of every tail of the name (张伟 → zhangwei/zw,
  wei/w) for a key table matched by prefix ranges (the customer file).

pypinyin's phrase dictionary costs ~200 ms and ~50 MB to load, so it is imported on first use,
not when the app starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_KEEP = re.compile(r"[^0-9a-z]")
_WORD = re.compile(r"[0-9a-z]+")
SEPARATOR = " "
_LATIN = "\x01"  # marks what pypinyin passes through (not Chinese)

# every syllable pypinyin writes in its NORMAL style (ü as v: lv, nve), longest 6 letters
SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can cang cao ce
cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci
cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan
dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu
gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan huang hui hun
huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua
kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou
lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan
nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan
pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que
qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang
shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai
tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai
zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())
_PREFIXES = frozenset(s[:i] for s in SYLLABLES for i in range(1, len(s) + 1))
MAX_PATTERNS = 16
_INTERJECTIONS = frozenset({"m", "n", "ng", "hm", "hng"})  # never read in the middle of typed letters


def _not_pinyin(handler: Callable[[str], list[str]]) -> Any:
    """pypinyin's ``errors=`` handler: it may answer a list of readings (its type stubs say one string)."""
    return handler


def syllables(text: str) -> list[str]:
    """One reading per character, lower-case; characters without pinyin are kept as they are."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text or "", style=Style.NORMAL, errors=_not_pinyin(lambda chars: list(chars)))


def readings(char: str) -> list[str]:
    """Every reading of one character (a surname like 曾, 单, 解 has several)."""
    from pypinyin import Style, pinyin

    return pinyin(char, style=Style.NORMAL, heteronym=True)[0]


def words(text: str) -> list[str]:
    """The words of a name for its full pinyin: a syllable per Chinese character, and each run of
    Latin letters or digits as one word (LED大灯 → led da deng)."""
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    for item in lazy_pinyin(text or "", style=Style.NORMAL, errors=_not_pinyin(lambda chars: [chars])):
        out.extend(_WORD.findall(item.lower()))
    return out


def keys(text: str, full_len: int = 128, initials_len: int = 128) -> tuple[str, str]:
    """(full pinyin, initials) of ``text`` for the LIKE search: the full pinyin has the separator in
    front of every word (`` su teng zuo ji you``), the initials one letter a character (``stzjy``).
    Both compose: ``keys(a + b)`` is ``keys(a)`` and ``keys(b)`` each joined (before truncation)."""
    full = "".join(SEPARATOR + w for w in words(text))[:full_len].rstrip(SEPARATOR)
    initials = _KEEP.sub("", "".join(p[0] for p in syllables(text) if p).lower())[:initials_len]
    return full, initials


def tails(text: str) -> list[tuple[str, str]]:
    """(full pinyin, initials) of every tail of ``text`` that starts at a word (a Chinese character, or
    a run of Latin letters and digits, which is its own initials), the whole text first:
    张伟 → [(zhangwei, zw), (wei, w)]. For key tables matched by prefix."""
    from pypinyin import Style, lazy_pinyin

    items = []
    for item in lazy_pinyin(text or "", style=Style.NORMAL, errors=_not_pinyin(lambda chars: [_LATIN + chars])):
        latin = item.startswith(_LATIN)
        for word in _WORD.findall(item.lower()):
            items.append((word, word if latin else word[0]))
    return [("".join(w for w, _ in items[i:]), "".join(f for _, f in items[i:])) for i in range(len(items))]


def query_letters(query: str) -> str:
    """What was typed, as pinyin letters (lower case, no spaces or apostrophes: ``Ji'You`` → ``jiyou``);
    "" when it has anything but letters and those separators."""
    q = re.sub(r"[\s'’]", "", (query or "").lower())
    return q if q.isascii() and q.isalpha() else ""


def readings_of(letters: str, limit: int = MAX_PATTERNS) -> list[str]:
    """The ways to read typed letters as pinyin words: whole syllables, the last one possibly unfinished,
    joined by the separator. ``jiyou`` → [``ji you``]; ``xian`` → [``xian``, ``xi an``, ``xi a n``]. The
    letters themselves come too (a Latin word of the name: ``led``). At most ``limit``, shortest
    splits first."""
    found: list[str] = []

    def walk(rest: str, parts: list[str]) -> None:
        if len(found) >= limit * 4:
            return
        if rest in _PREFIXES:
            found.append(SEPARATOR.join([*parts, rest]))
        for n in range(min(6, len(rest) - 1), 0, -1):
            head = rest[:n]
            if head in SYLLABLES and head not in _INTERJECTIONS:
                walk(rest[n:], [*parts, head])

    if letters:
        walk(letters, [])
    found.sort(key=lambda r: r.count(SEPARATOR))
    out = list(dict.fromkeys([letters, *found])) if letters else []
    return out[:limit]


@dataclass(frozen=True)
class Patterns:
    """LIKE patterns for what was typed, against the two columns of ``keys``.

    ``initials``: the letters anywhere (``%jylqq%``). ``full``: one pattern that every reading of the
    letters matches (``% ji%you%``: ``%`` where some reading starts a new word), cheap to test on
    every row; ``exact``: the readings themselves (``% ji you%``, ``% jiyou%``), tested only on the
    rows ``full`` lets through, empty when ``full`` is exact already.
    """

    initials: str
    full: str
    exact: tuple[str, ...]


def patterns(query: str) -> Patterns | None:
    """The patterns for a typed query, or None if it is not pinyin (has anything but letters)."""
    letters = query_letters(query)
    if not letters:
        return None
    readings = readings_of(letters)
    cuts: set[int] = set()
    for r in readings:
        at = 0
        for word in r.split(SEPARATOR)[:-1]:
            at += len(word)
            cuts.add(at)
    loose = "".join(("%" if i in cuts else "") + ch for i, ch in enumerate(letters))
    exact = tuple(f"%{SEPARATOR}{r}%" for r in readings)
    return Patterns(f"%{letters}%", f"%{SEPARATOR}{loose}%", () if len(exact) == 1 else exact)


def conditions(initials_col, full_col, query: str) -> list:
    """SQL conditions (to OR together) matching a name's ``keys`` columns by ``patterns(query)``;
    empty if the query is not pinyin. Both are full scans of the two columns, so keep them in an
    index the table is read through (``ix_parts_search``) or the table small."""
    from sqlalchemy import and_, or_

    p = patterns(query)
    if p is None:
        return []
    full = full_col.like(p.full)
    if p.exact:
        full = and_(full, or_(*(full_col.like(e) for e in p.exact)))
    return [initials_col.like(p.initials), full]


def matches(full: str, initials: str, query: str) -> bool:
    """Whether a name with these ``keys`` is found by ``query`` as pinyin (the rule of ``conditions``)."""
    letters = query_letters(query)
    if not letters:
        return False
    return letters in initials or any(f"{SEPARATOR}{r}" in full for r in readings_of(letters))
