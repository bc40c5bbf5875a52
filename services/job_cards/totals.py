"""Job card money: each line tax-inclusive, rounded half up; net and tax derived per line.

Pure functions over plain values, so the rules are tested over many random cards (hypothesis)
without a database. A card's total is the sum of its payers' totals by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from services.common.money import round_cny, split_tax

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LineMoney:
    """One line's money: ``gross`` before discount, ``discount_amount``, ``amount`` = what is charged."""

    gross: Decimal
    discount_amount: Decimal
    amount: Decimal
    net: Decimal
    tax: Decimal


def line_money(qty: Decimal, price: Decimal, discount: Decimal, tax_rate: Decimal) -> LineMoney:
    """qty × price rounded half up to 0.01, less the discount (rounded the same way), split into net and tax."""
    gross = round_cny(qty * price)
    discount_amount = round_cny(gross * discount)
    amount = gross - discount_amount
    split = split_tax(amount, tax_rate)
    return LineMoney(gross, discount_amount, amount, split.net, split.tax)


@dataclass(frozen=True)
class PayerTotal:
    payer: str
    labour: Decimal = ZERO
    parts: Decimal = ZERO
    other: Decimal = ZERO
    discount: Decimal = ZERO
    amount: Decimal = ZERO  # tax inclusive
    net: Decimal = ZERO
    tax: Decimal = ZERO
    hours: Decimal = Decimal("0.000")


@dataclass(frozen=True)
class Totals:
    payers: tuple[PayerTotal, ...] = ()
    labour: Decimal = ZERO
    parts: Decimal = ZERO
    other: Decimal = ZERO
    discount: Decimal = ZERO
    amount: Decimal = ZERO
    net: Decimal = ZERO
    tax: Decimal = ZERO
    hours: Decimal = Decimal("0.000")
    pending: Decimal = ZERO  # added work still awaiting the customer's approval (not in the totals)
    by_payer: dict = field(default_factory=dict, compare=False)

    def for_payer(self, payer: str) -> PayerTotal:
        return self.by_payer.get(payer) or PayerTotal(payer)


@dataclass(frozen=True)
class MoneyLine:
    """What the totals need of a line."""

    kind: str  # labour | part | other
    payer: str
    qty: Decimal
    price: Decimal
    discount: Decimal
    counts: bool = True  # False while awaiting approval, or declined
    pending: bool = False


def totals(lines: Iterable[MoneyLine], tax_rate: Decimal, payer_order: Iterable[str] = ()) -> Totals:
    acc: dict[str, dict[str, Decimal]] = {}
    pending = ZERO
    for ln in lines:
        m = line_money(ln.qty, ln.price, ln.discount, tax_rate)
        if not ln.counts:
            if ln.pending:
                pending += m.amount
            continue
        a = acc.setdefault(ln.payer, {k: ZERO for k in ("labour", "parts", "other", "discount", "amount", "net",
                                                         "tax")} | {"hours": Decimal("0.000")})
        bucket = {"labour": "labour", "part": "parts"}.get(ln.kind, "other")
        a[bucket] += m.amount
        a["discount"] += m.discount_amount
        a["amount"] += m.amount
        a["net"] += m.net
        a["tax"] += m.tax
        if ln.kind == "labour":
            a["hours"] += ln.qty
    order = list(payer_order)
    keys = sorted(acc, key=lambda p: (order.index(p) if p in order else len(order), p))
    payers = tuple(PayerTotal(p, **acc[p]) for p in keys)

    def total(name: str) -> Decimal:
        return sum((getattr(p, name) for p in payers), ZERO)

    return Totals(payers, total("labour"), total("parts"), total("other"), total("discount"), total("amount"),
                  total("net"), total("tax"), sum((p.hours for p in payers), Decimal("0.000")), pending,
                  {p.payer: p for p in payers})
