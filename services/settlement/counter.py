"""Counter sales of parts (配件销售): a statement without a job card, settled like any other.

A sale is one transaction: the statement (kind ``counter``) with its number and part lines, one
``counter_sale`` stock move per line through the parts ledger (the parts service's public
``ledger.post``, which joins the caller's session), and the payments. A refusal anywhere (not
enough stock, less paid than owed) leaves nothing written and takes no number. Voiding a counter
sale puts its parts back into stock in the void's transaction; money is refunded first.

The customer is optional (a walk-in buyer may give only a name); putting a sale on account needs a
company customer, like a job card's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models.customers import Customer
from app.db.models.settlement import Payment, Statement, StatementLine
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import round_cny, split_tax, to_decimal
from services.settlement.amounts import parse_amount
from services.settlement.data import MONEY_METHODS, ZERO, PaymentResult, Tender
from services.settlement.links import counter_sale_moves, pick_bin
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission

MAX_LINES = 200


@dataclass(frozen=True)
class SaleLine:
    """A part sold over the counter: ``price`` (tax inclusive) defaults to the part's retail price."""

    part_id: int
    qty: Decimal | str | int
    price: Decimal | str | int | None = None


@dataclass(frozen=True)
class SalePart:
    """A part as the counter sees it when its code is typed or scanned."""

    id: int
    number: str
    name: str
    spec: str
    unit: str
    quality: str
    price: Decimal
    on_hand: Decimal


class CounterSales:
    """Sell parts over the counter through a statement and its payments (``SettlementService.counter``)."""

    def __init__(self, settlement, parts) -> None:
        self.settlement = settlement
        self.parts = parts

    def _require_parts(self):
        if self.parts is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Parts stock is not available here."))
        return self.parts

    def find_part(self, actor: Actor, code: str) -> SalePart:
        """The part a typed or scanned code names (number or barcode), with its retail price and stock."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        p = self._require_parts().find_by_code(actor, code)
        return SalePart(p.id, p.number, p.name_zh, p.spec, p.unit, p.quality, p.retail_price, p.on_hand)

    def sell(self, actor: Actor, lines: Sequence[SaleLine], tenders: Sequence[Tender], *,
             customer_id: int | None = None, customer_name: str = "", customer_phone: str = "",
             on_account: bool = False, request_key: str | None = None) -> PaymentResult:
        """Issue a counter-sale statement, take the parts out of stock and record the payment, at once.

        The whole amount is paid by ``tenders`` (cash over the amount gives change) unless
        ``on_account`` puts the rest on a company customer's account. ``request_key`` makes a
        double press sell once.
        """
        svc = self.settlement
        actor.require(Permission.SETTLE_JOB_CARDS)
        parts = self._require_parts()
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Add at least one part to sell."), field="lines")
        if len(lines) > MAX_LINES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "At most {count} lines on one sale."),
                                  field="lines", count=MAX_LINES)
        if request_key:
            done = self._replay(actor, request_key)
            if done is not None:
                return done
        wanted = []
        for ln in lines:
            try:
                qty = to_decimal(ln.qty)
            except (TypeError, ValueError):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a quantity."), field="qty",
                                      value=ln.qty) from None
            if qty <= 0 or qty != qty.quantize(Decimal("0.001")):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a quantity above zero (not {value})."),
                                      field="qty", value=ln.qty)
            part = parts.part(actor, ln.part_id)
            price = part.retail_price if ln.price in (None, "") else parse_amount(ln.price, "price")
            wanted.append((part, qty, price))
        checked = svc._check_tenders(tenders, frozenset(MONEY_METHODS | {"coupon"})) if tenders else []
        paid = sum((a for _, a, _ in checked), ZERO)
        change = sum(((tn - a) for _, a, tn in checked if tn is not None), ZERO)
        name = (customer_name or "").strip()
        try:
            with svc.db.write() as s:
                customer = s.get(Customer, customer_id) if customer_id is not None else None
                if customer_id is not None and customer is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "No such customer."), field="customer")
                if customer is not None:
                    name = customer.name
                    customer_phone = customer_phone or customer.mobile or customer.other_phone or ""
                today = svc.clock.today()
                rate = svc.station.tax_rate_on(today, session=s)
                st = Statement(number=next_number(s, "statement", today), kind="counter", job_card_id=None,
                               live_card_id=None, status="issued", issued_at=svc.clock.now(),
                               issued_by=actor.username, cashier_name=actor.display_name,
                               customer_id=customer.id if customer is not None else None, customer_name=name[:128],
                               customer_phone=(customer_phone or "").strip()[:32], job_type="counter",
                               tax_rate=rate)
                s.add(st)
                s.flush()
                total = net_sum = tax_sum = ZERO
                for pos, (part, qty, price) in enumerate(wanted, 1):
                    amount = round_cny(qty * price)
                    split = split_tax(amount, rate)
                    s.add(StatementLine(statement_id=st.id, position=pos, kind="part", payer="customer",
                                        code=part.number, name=part.name_zh, spec=part.spec, quality=part.quality,
                                        unit=part.unit, qty=qty, price=price, discount=ZERO, gross=amount,
                                        discount_amount=ZERO, amount=amount, net=split.net, tax=split.tax))
                    parts.ledger.post(s, actor, part_id=part.id, bin_id=self._bin(s, part.id, qty),
                                      kind="counter_sale", qty=-qty, price=price, channel="counter",
                                      reference=st.number)
                    total += amount
                    net_sum += split.net
                    tax_sum += split.tax
                st.parts = st.total = st.customer_due = total
                st.net, st.tax = net_sum, tax_sum
                if paid > total:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "{paid} is more than the {owed} owed. For cash, enter what "
                                                          "the customer hands over as tendered: the change is worked "
                                                          "out."),
                        field="amount", paid=f"{paid:,.2f}", owed=f"{total:,.2f}")
                rest = total - paid
                if rest > 0 and not on_account:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "{paid} is less than the {owed} owed. Take the whole "
                                                          "amount, or put the rest on account."),
                        field="amount", paid=f"{paid:,.2f}", owed=f"{total:,.2f}")
                if on_account and rest > 0:
                    svc.check_account(s, st.customer_id, name)
                rows = [svc._payment(actor, None, st, "payment", "customer", t.method, a, tendered=tn,
                                     change=(tn - a) if tn is not None else None,
                                     reference=(t.reference or "").strip()) for t, a, tn in checked]
                if on_account and rest > 0:
                    rows.append(svc._payment(actor, None, st, "payment", "customer", "on_account", rest))
                for i, row in enumerate(rows):
                    row.request_key = f"{request_key}:{i}" if request_key else None
                    s.add(row)
                s.flush()
                svc.audit.record(s, actor, "settlement.counter_sale", "statement", st.number,
                                 ", ".join(f"{p.number} ×{q.normalize():f}" for p, q, _ in wanted)[:255],
                                 amount=total, details={"payments": [f"{r.method} {r.amount}" for r in rows]})
                statement_id = st.id
                counted = sum((r.amount for r in rows), ZERO)
        except IntegrityError:
            done = self._replay(actor, request_key) if request_key else None
            if done is None:
                raise
            return done
        return PaymentResult(svc.statement(actor, statement_id), change, counted)

    def _bin(self, s: Session, part_id: int, qty: Decimal) -> int:
        found = pick_bin(s, part_id, qty)
        return found if found is not None else self.parts.bin_id(s, None)

    def _replay(self, actor: Actor, request_key: str) -> PaymentResult | None:
        svc = self.settlement
        with svc.db.read() as s:
            rows = s.execute(select(Payment.change, Payment.amount, Payment.statement_id)
                             .where(Payment.request_key.like(f"{request_key}:%"))).all()
        if not rows:
            return None
        return PaymentResult(svc.statement(actor, rows[0][2]), sum((c or ZERO for c, _, _ in rows), ZERO),
                             sum((a for _, a, _ in rows), ZERO))

    def reverse(self, s: Session, actor: Actor, st: Statement, reason: str) -> None:
        """In a void's transaction: put a counter sale's parts back into stock. Money taken must be refunded
        first; an amount on account not yet on an account statement is cancelled with it."""
        from app.db.models.settlement import AccountItem

        parts = self._require_parts()
        svc = self.settlement
        money = svc._received_on(s, st, None, MONEY_METHODS)
        if money > 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{amount} was paid on statement {number}: refund "
                                                                    "it before voiding the sale."),
                                  amount=f"{money:,.2f}", number=st.number)
        account = svc._received_on(s, st, None, ("on_account",))
        if account > 0:
            collected = s.scalar(select(func.count()).select_from(AccountItem).join(
                Payment, Payment.id == AccountItem.payment_id).where(Payment.statement_id == st.id))
            if collected:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} is on an account "
                                                                        "statement already: it cannot be voided."),
                                      number=st.number)
            s.add(svc._payment(actor, None, st, "refund", "customer", "on_account", -account, reason=reason[:255]))
        for move in counter_sale_moves(s, st.number):
            parts.ledger.post(s, actor, part_id=move.part_id, bin_id=move.bin_id, kind="counter_sale", qty=-move.qty,
                              unit_cost=move.unit_cost, reference=st.number, reverses_id=move.id,
                              note=reason[:255], channel="counter")


__all__ = ["CounterSales", "SaleLine", "SalePart"]
