"""The cashier's day close (日结): takings per method against the statements that produced them.

Money methods (cash, bank card, WeChat Pay, Alipay, transfer) are the takings; refunds are taken
off their method; coupons and on-account amounts are listed apart (no money came in). A company's payment against its
account statement (对账单) counts with the takings of its method.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.db.models.settlement import AccountPayment, AccountStatement, Payment, Statement
from services.settlement.data import METHODS, MONEY_METHODS, ZERO, DayClose, PaymentInfo
from services.users.permissions import Actor, Permission


def day_close(service, actor: Actor, day: date, cashier: str | None = None) -> DayClose:
    """Every payment, deposit and refund recorded on ``day`` (station time), by ``cashier`` or by all."""
    actor.require(Permission.SETTLE_JOB_CARDS)
    zone = service.clock.zone
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    end = start + timedelta(days=1)
    q = (select(Payment, Statement.number).outerjoin(Statement, Statement.id == Payment.statement_id)
         .where(Payment.at >= start, Payment.at < end).order_by(Payment.at, Payment.id))
    if cashier:
        q = q.where(Payment.username == cashier)
    rows: list[PaymentInfo] = []
    with service.db.read() as s:
        for p, number in s.execute(q):
            rows.append(PaymentInfo(p.id, p.kind, p.payer, p.method, p.amount, p.tendered, p.change, p.reference,
                                    p.at, p.username, p.display_name, p.reason, p.approved_by, number))
        # a company's payment against its account statement (对账单) is money in too
        aq = (select(AccountPayment, AccountStatement.number)
              .join(AccountStatement, AccountStatement.id == AccountPayment.account_statement_id)
              .where(AccountPayment.at >= start, AccountPayment.at < end))
        if cashier:
            aq = aq.where(AccountPayment.username == cashier)
        for p, number in s.execute(aq):
            rows.append(PaymentInfo(p.id, "account", "fleet", p.method, p.amount, None, None, p.reference, p.at,
                                    p.username, p.display_name, "", None, number))
        rows.sort(key=lambda r: r.at)
        issued = s.execute(select(Statement.number, Statement.status, Statement.total)
                           .where(Statement.issued_at >= start, Statement.issued_at < end)
                           .order_by(Statement.number)).all()
    by_method = []
    for method in METHODS:
        mine = [r for r in rows if r.method == method]
        if mine:
            by_method.append((method, sum((r.amount for r in mine), ZERO), len(mine)))
    taken: dict[str, Decimal] = {}
    for r in rows:
        if r.statement_number and r.method in MONEY_METHODS:
            taken[r.statement_number] = taken.get(r.statement_number, ZERO) + r.amount
    statements = [(n, status, total, taken.pop(n, ZERO)) for n, status, total in issued]
    # money taken today against statements issued earlier (a part payment settled later)
    statements += [(n, "", ZERO, amount) for n, amount in sorted(taken.items())]
    money = [r for r in rows if r.method in MONEY_METHODS]
    return DayClose(
        day=day, cashier=cashier, by_method=tuple(by_method), rows=tuple(rows), statements=tuple(statements),
        cash_in=sum((r.amount for r in money if r.method == "cash"), ZERO),
        money_total=sum((r.amount for r in money), ZERO),
        refunds=-sum((r.amount for r in rows if r.kind == "refund"), ZERO),
        on_account=sum((r.amount for r in rows if r.method == "on_account"), ZERO))
