"""Money rules: CNY rounds half-up (四舍五入) to 0.01; prices are tax-inclusive.

Never float. Every amount is a ``Decimal``; rounding is per line, half up, as Chinese invoices
and statements do it (Python's default is half-even, which is wrong here).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")


def to_decimal(value) -> Decimal:
    """Accept Decimal, int or a string typed by a person ("1,234.50", "￥12"); refuse floats.

    Text is read by the one reader (``services.common.amounts``): NaN, Infinity and numbers past any
    amount ServiceBay takes (``1e16``, ``1e40``) are a ``ValueError`` like any other junk, so no caller
    meets ``InvalidOperation`` later when it rounds."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not an amount: {value!r}")
        return value
    if isinstance(value, bool):
        raise TypeError("not an amount")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        raise TypeError("money is never float")
    from services.common.amounts import MAX_MONEY, read_number
    from services.common.errors import ValidationError

    try:
        d = read_number(str(value).replace("，", ""), field="amount", maximum=MAX_MONEY)
    except ValidationError:
        d = None
    if d is None:
        raise ValueError(f"not an amount: {value!r}")
    return d


def round_cny(value) -> Decimal:
    return to_decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TaxSplit:
    gross: Decimal  # tax inclusive, what the customer pays
    net: Decimal
    tax: Decimal


def split_tax(gross, rate) -> TaxSplit:
    """Derive net and tax from an inclusive line amount; tax = gross − net, each to 0.01 half up."""
    gross = round_cny(gross)
    rate = to_decimal(rate)
    net = round_cny(gross / (Decimal(1) + rate))
    return TaxSplit(gross, net, gross - net)


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]
_SECTIONS = ["", "万", "亿", "万亿"]


def _four(n: int) -> str:
    """A group of up to four digits, with 零 for inner gaps (no leading or trailing 零)."""
    out = ""
    zero = False
    for pos in range(3, -1, -1):
        d = (n // 10**pos) % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + _UNITS[pos]
    return out


def amount_in_words(amount) -> str:
    """大写金额 as printed on statements: 1234.50 → 壹仟贰佰叁拾肆元伍角整."""
    amount = round_cny(amount)
    negative = amount < 0
    amount = abs(amount)
    fen_total = int(amount * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    words = ""
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = bool(words)
                continue
            if words and (need_zero or g < 1000):
                words += "零"
            words += _four(g) + _SECTIONS[idx]
            need_zero = False
        words += "元"
    if not jiao and not fen:
        words = (words or "零元") + "整"
    else:
        if jiao:
            words += _DIGITS[jiao] + "角"
        elif yuan:
            words += "零"
        if fen:
            words += _DIGITS[fen] + "分"
        else:
            words += "整"
    return ("负" if negative else "") + words
