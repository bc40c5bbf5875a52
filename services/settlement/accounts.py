"""Fleet accounts (挂账): what companies owe on account, their monthly account statements (对账单),
their payments against them, and the ageing of what is owed.

An amount goes on account as an ``on_account`` payment row of a statement (the customer's share
put on account at the till, or the fleet payer's share). An account statement for a company and a
month collects every such row charged up to the month's end that no earlier account statement
collected (so a late one lands in the next month's); it is made once per company and month and
never changes. A payment against it settles its items oldest first, in one transaction with the
account statement row locked: the items' ``settled`` amounts are the statements' on-account
balances paid.

Ageing counts each open amount (on an account statement or not yet collected) by the days since
it was charged: current (0–30), 31–60, 61–90 and over 90.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models.customers import Customer
from app.db.models.settlement import AccountItem, AccountPayment, AccountStatement, Payment, Statement
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.settlement.data import MONEY_METHODS, ZERO, Tender
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission

AGE_BUCKETS = (30, 60, 90)  # current ≤ 30 days, 31–60, 61–90, over 90


@dataclass(frozen=True)
class AccountLine:
    """One on-account amount on an account statement."""

    charged_at: datetime
    statement_number: str
    card_number: str
    plate: str
    amount: Decimal
    settled: Decimal

    @property
    def open(self) -> Decimal:
        return self.amount - self.settled


@dataclass(frozen=True)
class AccountPaymentInfo:
    at: datetime
    method: str
    amount: Decimal
    reference: str
    display_name: str


@dataclass(frozen=True)
class AccountStatementInfo:
    id: int
    number: str
    customer_id: int
    customer_name: str
    invoice_title: str
    credit_code: str
    month: date
    issued_at: datetime
    issued_by: str
    total: Decimal
    lines: tuple[AccountLine, ...]
    payments: tuple[AccountPaymentInfo, ...]

    @property
    def settled(self) -> Decimal:
        return sum((ln.settled for ln in self.lines), ZERO)

    @property
    def open(self) -> Decimal:
        return self.total - self.settled


@dataclass(frozen=True)
class AgeingRow:
    """What one company owes on account, by age (days since charged)."""

    customer_id: int
    customer_name: str
    current: Decimal
    days_31_60: Decimal
    days_61_90: Decimal
    over_90: Decimal
    uncollected: Decimal  # not on any account statement yet
    credit_limit: Decimal | None

    @property
    def total(self) -> Decimal:
        return self.current + self.days_31_60 + self.days_61_90 + self.over_90


@dataclass(frozen=True)
class AccountRow:
    id: int
    number: str
    month: date
    total: Decimal
    settled: Decimal


class _Replayed(Exception):
    """The payment of this request key was recorded before (a double press)."""


def month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def parse_month(text: str) -> date:
    try:
        year, month = (int(x) for x in (text or "").strip().split("-"))
        return date(year, month, 1)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a month (YYYY-MM)."), field="month",
                              value=text) from None


class FleetAccounts:
    """Account statements, payments against them and the ageing (``SettlementService.accounts``)."""

    def __init__(self, settlement) -> None:
        self.settlement = settlement
        self.db = settlement.db
        self.audit = settlement.audit
        self.clock = settlement.clock

    def _start(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=self.clock.zone)

    # ---- companies -------------------------------------------------------------------------------
    def company(self, actor: Actor, name: str) -> tuple[int, str]:
        """A company customer by its name (exact, else the one whose name starts so)."""
        actor.require(Permission.VIEW_JOB_CARDS)
        text = (name or "").strip()
        with self.db.read() as s:
            q = select(Customer.id, Customer.name).where(Customer.kind == "company", Customer.merged_into_id.is_(None))
            found = s.execute(q.where(Customer.name == text)).all() or s.execute(
                q.where(Customer.name.startswith(text)).order_by(Customer.name).limit(3)).all()
        if not text or not found:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No company customer named {name}."), name=text)
        if len(found) > 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} names several companies: {names}."),
                                  field="company", name=text, names="、".join(n for _, n in found))
        return found[0][0], found[0][1]

    def companies(self, actor: Actor, text: str = "", limit: int = 50) -> list[tuple[int, str]]:
        """Company customers (id, name) whose name starts with ``text``, for a chooser."""
        actor.require(Permission.VIEW_JOB_CARDS)
        q = (select(Customer.id, Customer.name)
             .where(Customer.kind == "company", Customer.merged_into_id.is_(None), Customer.active.is_(True))
             .order_by(Customer.name).limit(limit))
        if text.strip():
            q = q.where(Customer.name.startswith(text.strip()))
        with self.db.read() as s:
            return [(i, n) for i, n in s.execute(q)]

    # ---- ageing ----------------------------------------------------------------------------------
    def ageing(self, actor: Actor, today: date | None = None) -> list[AgeingRow]:
        """Every company that owes on account, most owed first."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        today = today or self.clock.today()
        edges = [self._start(today - timedelta(days=d)) for d in AGE_BUCKETS]  # charged before these: older
        settled = func.coalesce(AccountItem.settled, 0)
        q = (select(Payment.customer_id, Payment.at, Payment.amount, settled, AccountItem.id)
             .outerjoin(AccountItem, AccountItem.payment_id == Payment.id)
             .where(Payment.method == "on_account"))
        owed: dict[int, list[Decimal]] = {}
        with self.db.read() as s:
            for customer_id, at, amount, paid, item_id in s.execute(q):
                open_ = amount - (paid or ZERO)
                if open_ == 0 or customer_id is None:
                    continue
                row = owed.setdefault(customer_id, [ZERO] * 5)
                bucket = 0 if at >= edges[0] else 1 if at >= edges[1] else 2 if at >= edges[2] else 3
                row[bucket] += open_
                if item_id is None:
                    row[4] += open_
            info = {cid: (name, limit) for cid, name, limit in s.execute(
                select(Customer.id, Customer.name, Customer.credit_limit).where(Customer.id.in_(list(owed))))}
        rows = [AgeingRow(cid, info.get(cid, ("", None))[0], *v, info.get(cid, ("", None))[1])  # type: ignore[call-arg]  # v: 5 sums
                for cid, v in owed.items()]
        rows = [r for r in rows if r.total != 0]
        rows.sort(key=lambda r: (-r.total, r.customer_name))
        return rows

    # ---- account statements ----------------------------------------------------------------------
    def make(self, actor: Actor, customer_id: int, month: date) -> AccountStatementInfo:
        """Make (or, when made before, give back) the company's account statement of ``month``."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        month = month_start(month)
        if month > month_start(self.clock.today()):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{month} has not begun: an account statement "
                                                                    "covers a month that has."),
                                  field="month", month=f"{month:%Y-%m}")
        end = self._start(next_month(month))
        try:
            with self.db.write() as s:
                existing = s.scalar(select(AccountStatement.id).where(AccountStatement.customer_id == customer_id,
                                                                      AccountStatement.month == month))
                if existing is not None:
                    account_id = existing
                else:
                    account_id = self._make(s, actor, customer_id, month, end)
        except IntegrityError:  # another PC made it at the same moment
            with self.db.read() as s:
                account_id = s.scalar(select(AccountStatement.id).where(AccountStatement.customer_id == customer_id,
                                                                        AccountStatement.month == month))
        return self.account(actor, account_id)

    def _make(self, s: Session, actor: Actor, customer_id: int, month: date, end: datetime) -> int:
        customer = s.get(Customer, customer_id, with_for_update=True)
        if customer is None or customer.kind != "company":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only a company customer has an account "
                                                                    "statement."), field="company")
        charges = s.execute(
            select(Payment.id, Payment.statement_id, Payment.at, Payment.amount)
            .outerjoin(AccountItem, AccountItem.payment_id == Payment.id)
            .where(Payment.customer_id == customer_id, Payment.method == "on_account", Payment.at < end,
                   AccountItem.id.is_(None))
            .order_by(Payment.at, Payment.id)).all()
        if not charges:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{company} has nothing on account up to the end "
                                                                    "of {month}."),
                                  field="month", company=customer.name, month=f"{month:%Y-%m}")
        total = sum((c.amount for c in charges), ZERO)
        acc = AccountStatement(number=next_number(s, "account_statement", self.clock.today()),
                               customer_id=customer_id, customer_name=customer.name, month=month,
                               issued_at=self.clock.now(), issued_by=actor.username, total=total)
        s.add(acc)
        s.flush()
        s.execute(AccountItem.__table__.insert(), [
            {"account_statement_id": acc.id, "payment_id": c.id, "statement_id": c.statement_id,
             "charged_at": c.at, "amount": c.amount, "settled": ZERO, "created_at": acc.issued_at,
             "updated_at": acc.issued_at} for c in charges])
        self.audit.record(s, actor, "settlement.account_statement", "account_statement", acc.number,
                          f"{customer.name} {month:%Y-%m}", amount=total, details={"items": len(charges)})
        return acc.id

    def account(self, actor: Actor, account_id: int) -> AccountStatementInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            acc = s.get(AccountStatement, account_id)
            if acc is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such account statement."))
            customer = s.get(Customer, acc.customer_id)
            # the statement a charge belongs to now: the live one of its card when the first was voided
            live = Statement.__table__.alias("live")
            rows = s.execute(
                select(AccountItem.charged_at, func.coalesce(live.c.number, Statement.number),
                       Statement.card_number, Statement.plate, AccountItem.amount, AccountItem.settled)
                .join(Payment, Payment.id == AccountItem.payment_id)
                .outerjoin(Statement, Statement.id == AccountItem.statement_id)
                .outerjoin(live, (live.c.live_card_id == Payment.job_card_id) & Payment.job_card_id.is_not(None))
                .where(AccountItem.account_statement_id == acc.id)
                .order_by(AccountItem.charged_at, AccountItem.id)).all()
            pays = s.execute(select(AccountPayment.at, AccountPayment.method, AccountPayment.amount,
                                    AccountPayment.reference, AccountPayment.display_name)
                             .where(AccountPayment.account_statement_id == acc.id)
                             .order_by(AccountPayment.at, AccountPayment.id)).all()
            return AccountStatementInfo(
                acc.id, acc.number, acc.customer_id, acc.customer_name,
                (customer.invoice_title if customer else "") or acc.customer_name,
                (customer.credit_code if customer else "") or "", acc.month, acc.issued_at, acc.issued_by,
                acc.total, tuple(AccountLine(*r) for r in rows), tuple(AccountPaymentInfo(*p) for p in pays))

    def account_for(self, actor: Actor, customer_id: int, month: date) -> AccountStatementInfo | None:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            found = s.scalar(select(AccountStatement.id).where(AccountStatement.customer_id == customer_id,
                                                               AccountStatement.month == month_start(month)))
        return self.account(actor, found) if found is not None else None

    def accounts(self, actor: Actor, customer_id: int) -> list[AccountRow]:
        """A company's account statements, newest first."""
        actor.require(Permission.VIEW_JOB_CARDS)
        settled = (select(func.coalesce(func.sum(AccountItem.settled), 0))
                   .where(AccountItem.account_statement_id == AccountStatement.id).scalar_subquery())
        with self.db.read() as s:
            return [AccountRow(*r) for r in s.execute(
                select(AccountStatement.id, AccountStatement.number, AccountStatement.month, AccountStatement.total,
                       settled).where(AccountStatement.customer_id == customer_id)
                .order_by(AccountStatement.month.desc()))]

    # ---- payments ----------------------------------------------------------------------------------
    def pay(self, actor: Actor, account_id: int, tender: Tender, *,
            request_key: str | None = None) -> AccountStatementInfo:
        """Record the company's payment against an account statement; it settles the oldest items first."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        ((t, amount, _),) = self.settlement._check_tenders([tender], MONEY_METHODS)
        if tender.tendered not in (None, ""):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only cash is handed over with change."),
                                  field="tendered")
        try:
            with self.db.write() as s:
                if request_key and s.scalar(select(AccountPayment.id).where(AccountPayment.request_key == request_key)):
                    raise _Replayed
                acc = s.get(AccountStatement, account_id, with_for_update=True)
                if acc is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such account statement."))
                items = list(s.scalars(select(AccountItem).where(AccountItem.account_statement_id == acc.id)
                                       .order_by(AccountItem.charged_at, AccountItem.id)))
                open_ = sum((i.amount - i.settled for i in items), ZERO)
                if open_ <= 0:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Account statement {number} is paid "
                                                                            "already."), number=acc.number)
                if amount > open_:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{paid} is more than the {owed} owed on "
                                                                            "account statement {number}."),
                                          field="amount", paid=f"{amount:,.2f}", owed=f"{open_:,.2f}",
                                          number=acc.number)
                left = amount
                for item in items:
                    take = min(left, item.amount - item.settled)
                    if take > 0:
                        item.settled = item.settled + take
                        left -= take
                s.add(AccountPayment(account_statement_id=acc.id, customer_id=acc.customer_id, method=t.method,
                                     amount=amount, reference=(t.reference or "").strip()[:64], at=self.clock.now(),
                                     user_id=actor.user_id, username=actor.username, display_name=actor.display_name,
                                     request_key=request_key))
                self.audit.record(s, actor, "settlement.account_payment", "account_statement", acc.number,
                                  f"{t.method} {amount}", amount=amount, details={"open_before": str(open_)})
        except _Replayed:
            pass
        except IntegrityError:
            if not request_key:
                raise
        return self.account(actor, account_id)

    # ---- documents ---------------------------------------------------------------------------------
    def document(self, actor: Actor, account_id: int, translate=None):
        from services.settlement.printing import build_account

        return build_account(self.settlement, actor, self.account(actor, account_id), translate)

    def pdf(self, actor: Actor, account_id: int, translate=None, lang: str = "zh_CN") -> bytes:
        from reports.settlement.account import render_account_pdf

        return render_account_pdf(self.document(actor, account_id, translate), lang=lang)

    def xlsx(self, actor: Actor, account_id: int, translate=None, lang: str = "zh_CN") -> bytes:
        from reports.settlement.account import render_account_xlsx

        return render_account_xlsx(self.document(actor, account_id, translate), lang=lang)


__all__ = ["AccountStatementInfo", "AgeingRow", "FleetAccounts", "month_start", "parse_month"]
