"""Settlement (结算): statements, their lines, payments and deliveries.

A statement (结算单) is a snapshot of a job card at settlement: its lines, totals and the
guarantee as printed and signed. It is never edited or deleted: a wrong one is voided with a
reason (``status`` voided, still readable) and a new one issued. ``live_card_id`` holds the job
card's id while the statement is live and is NULL once voided: the unique constraint on it makes
"one live statement per card" hold in the database, whatever two PCs do at once.

A counter sale of parts (配件销售) is a statement of ``kind`` counter without a job card (its
payments name the statement only; the customer is optional).

Fleet accounts: the on-account payments of a company are collected month by month into an account
statement (对账单, ``AccountStatement``), one item per on-account payment; the company's payments
against the account statement (``AccountPayment``) settle its items oldest first (``settled``).

Payments belong to the job card (so a void and reissue keep what was paid) and name the
statement they were taken against (none for a deposit taken at reception). Refunds are payment
rows with a negative amount, a reason and the approving supervisor.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.types import Money, Quantity, Rate, UTCDateTime

ZERO = Decimal("0")

# numbers are compared as code points on both engines (prefix search)
NumberKey = String(40).with_variant(String(40, collation="C"), "postgresql")


class Statement(Base):
    """A settlement statement (结算单, JT/T 1133 layout)."""

    __tablename__ = "settlement_statements"
    __table_args__ = (
        Index("ix_settlement_statements_issued", "issued_at", "id"),
        Index("ix_settlement_statements_customer_issued", "customer_id", "issued_at"),
    )

    number: Mapped[str] = mapped_column(NumberKey, unique=True)  # also the health-record 结算清单编号
    kind: Mapped[str] = mapped_column(String(8), default="job")  # job | counter (配件销售, no job card)
    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"), index=True)
    live_card_id: Mapped[int | None] = mapped_column(unique=True)  # = job_card_id while live, NULL when voided
    status: Mapped[str] = mapped_column(String(12), default="issued")  # issued | voided
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("settlement_statements.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    cashier_name: Mapped[str] = mapped_column(String(64), default="")
    # the card as it was settled (printed and signed)
    card_number: Mapped[str] = mapped_column(String(40), default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))  # none: a walk-in counter sale
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    customer_phone: Mapped[str] = mapped_column(String(32), default="")
    driver_name: Mapped[str] = mapped_column(String(64), default="")
    driver_phone: Mapped[str] = mapped_column(String(32), default="")
    plate: Mapped[str] = mapped_column(String(40), default="")
    vin: Mapped[str] = mapped_column(String(17), default="")
    vehicle_desc: Mapped[str] = mapped_column(String(128), default="")
    job_type: Mapped[str] = mapped_column(String(16), default="")
    repair_class: Mapped[str | None] = mapped_column(String(32))
    advisor_name: Mapped[str] = mapped_column(String(64), default="")
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mileage_in: Mapped[int | None] = mapped_column()
    mileage_out: Mapped[int | None] = mapped_column()
    certificate_number: Mapped[str | None] = mapped_column(String(40))
    old_parts: Mapped[str] = mapped_column(String(16), default="none")
    insurer: Mapped[str] = mapped_column(String(64), default="")
    claim_number: Mapped[str] = mapped_column(String(64), default="")
    # money (tax inclusive)
    tax_rate: Mapped[Decimal] = mapped_column(Rate())
    labour: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    parts: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    other: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    discount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    net: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    tax: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    hours: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    customer_due: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # the customer payer's share
    # 维修质量保证期 of the repair class, from the completion date (whichever comes first)
    guarantee_km: Mapped[int | None] = mapped_column()
    guarantee_days: Mapped[int | None] = mapped_column()
    guarantee_until: Mapped[date | None] = mapped_column(Date)
    guarantee_until_km: Mapped[int | None] = mapped_column()
    next_service_km: Mapped[int | None] = mapped_column()
    next_service_date: Mapped[date | None] = mapped_column(Date)
    # void
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(String(255))
    # the tax invoice the station's invoicing tool issued for it
    invoice_number: Mapped[str | None] = mapped_column(String(40))
    invoice_date: Mapped[date | None] = mapped_column(Date)


class StatementLine(Base):
    """A labour, parts or other-charge line of a statement, as settled (tax inclusive)."""

    __tablename__ = "settlement_statement_lines"
    __table_args__ = (Index("ix_settlement_statement_lines_statement", "statement_id", "position"),)

    statement_id: Mapped[int] = mapped_column(ForeignKey("settlement_statements.id"))
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part | other
    payer: Mapped[str] = mapped_column(String(16), default="customer")
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(160), default="")
    spec: Mapped[str] = mapped_column(String(128), default="")
    quality: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16), default="")
    qty: Mapped[Decimal] = mapped_column(Quantity())
    price: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Rate(), default=ZERO)
    gross: Mapped[Decimal] = mapped_column(Money())
    discount_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    amount: Mapped[Decimal] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())
    technicians: Mapped[str] = mapped_column(String(255), default="")


class Payment(Base):
    """Money taken, put on account, or refunded for a job card (append-only)."""

    __tablename__ = "settlement_payments"
    __table_args__ = (
        Index("ix_settlement_payments_at", "at"),
        Index("ix_settlement_payments_card", "job_card_id"),
        Index("ix_settlement_payments_customer_method", "customer_id", "method", "at"),
    )

    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"))  # none: a counter sale's
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("settlement_statements.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(12))  # deposit | payment | refund
    payer: Mapped[str] = mapped_column(String(16), default="customer")  # whose share it settles
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())  # refunds negative
    tendered: Mapped[Decimal | None] = mapped_column(Money())  # cash handed over
    change: Mapped[Decimal | None] = mapped_column(Money())  # cash given back
    reference: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    display_name: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(255), default="")
    approved_by: Mapped[str | None] = mapped_column(String(64))
    request_key: Mapped[str | None] = mapped_column(String(80), unique=True)  # a double press is not paid twice


class Delivery(Base):
    """The car handed back (交车), with the checklist gone through with the customer."""

    __tablename__ = "settlement_deliveries"
    # the cars handed back in a period (reporting's on-time and same-day delivery, migration 0031_reporting_speed)
    __table_args__ = (Index("ix_settlement_deliveries_delivered_at", "delivered_at"),)

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id"), unique=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("settlement_statements.id"))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64), default="")
    delivered_by: Mapped[str] = mapped_column(String(64), default="")  # the advisor who received the car
    checklist: Mapped[list | None] = mapped_column(JSON)  # [{"item": "work_explained", "ok": true}]
    note: Mapped[str] = mapped_column(String(255), default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date, index=True)  # the customer-relations call


class AccountStatement(Base):
    """A company's monthly account statement (对账单): the on-account amounts charged up to the month's end
    that no earlier account statement collected."""

    __tablename__ = "settlement_account_statements"
    __table_args__ = (UniqueConstraint("customer_id", "month"),)

    number: Mapped[str] = mapped_column(NumberKey, unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    month: Mapped[date] = mapped_column(Date)  # the first day of the month it covers
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)


class AccountItem(Base):
    """One on-account payment collected into an account statement, and how much of it was settled."""

    __tablename__ = "settlement_account_items"
    __table_args__ = (Index("ix_settlement_account_items_account", "account_statement_id", "charged_at"),)

    account_statement_id: Mapped[int] = mapped_column(ForeignKey("settlement_account_statements.id"))
    payment_id: Mapped[int] = mapped_column(ForeignKey("settlement_payments.id"), unique=True)
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("settlement_statements.id"))
    charged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    amount: Mapped[Decimal] = mapped_column(Money())
    settled: Mapped[Decimal] = mapped_column(Money(), default=ZERO)


class AccountPayment(Base):
    """Money a company paid against its account statement (append-only)."""

    __tablename__ = "settlement_account_payments"
    __table_args__ = (Index("ix_settlement_account_payments_at", "at"),)

    account_statement_id: Mapped[int] = mapped_column(ForeignKey("settlement_account_statements.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    display_name: Mapped[str] = mapped_column(String(64), default="")
    request_key: Mapped[str | None] = mapped_column(String(80), unique=True)


class TaxCode(Base):
    """The tax classification code (税收分类编码) the invoice export gives a kind of line (labour, part, other)."""

    __tablename__ = "settlement_tax_codes"

    kind: Mapped[str] = mapped_column(String(16), unique=True)
    code: Mapped[str] = mapped_column(String(19), default="")
    name: Mapped[str] = mapped_column(String(64), default="")
