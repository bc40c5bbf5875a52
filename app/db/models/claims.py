"""Warranty claims to the manufacturer (索赔): the claim made from a job card's warranty lines, its
lines (with the old-part tag of each replaced part, kept for return, 旧件回收), its history, and the
manufacturer's payments reconciled against claims.

A job card has at most one claim (``job_card_id`` is unique: a double press or a second PC cannot
make two); a tag code and a manufacturer's claim number are unique; a payment's remittance
reference is unique, and a payment names each claim it pays at most once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Money, Quantity, UTCDateTime

ZERO = Decimal("0.00")


class WarrantyClaim(Versioned, Base):
    """A warranty claim: draft → submitted → approved | partly approved | rejected; (partly) approved → paid."""

    __tablename__ = "warranty_claims"
    __table_args__ = (
        Index("ix_warranty_claims_status_opened", "status", "opened_at"),
        Index("ix_warranty_claims_vehicle", "vehicle_id", "repair_opened_at"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)  # SP…
    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id"), unique=True)
    job_card_number: Mapped[str] = mapped_column(String(40))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    vin: Mapped[str] = mapped_column(String(17), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    vehicle_desc: Mapped[str] = mapped_column(String(128), default="")
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    mileage: Mapped[int | None] = mapped_column()
    purchase_date: Mapped[date | None] = mapped_column(Date)
    repair_opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    repair_completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    customer_words: Mapped[str] = mapped_column(Text, default="")
    # draft | submitted | approved | partly_approved | rejected | paid
    status: Mapped[str] = mapped_column(String(16), default="draft")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[str] = mapped_column(String(64), default="")
    labour_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    parts_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    other_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    claimed_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money())
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    # the technical supervisor's appraisal (索赔鉴定)
    system: Mapped[str] = mapped_column(String(24), default="")
    fault_code: Mapped[str] = mapped_column(String(32), default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    serious_safety: Mapped[bool] = mapped_column(default=False)
    replacement: Mapped[str] = mapped_column(String(12), default="")  # "" | assembly | main_part
    appraised_by: Mapped[str | None] = mapped_column(String(64))
    appraised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    manufacturer_number: Mapped[str | None] = mapped_column(String(64), unique=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    submitted_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str] = mapped_column(String(255), default="")
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClaimLine(Base):
    """A warranty line of the card as claimed; a replaced part carries its old-part tag."""

    __tablename__ = "warranty_claim_lines"

    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    job_line_id: Mapped[int | None] = mapped_column(ForeignKey("job_lines.id"))
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part | other
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(160), default="")
    qty: Mapped[Decimal] = mapped_column(Quantity())
    price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    tag: Mapped[str | None] = mapped_column(String(40), unique=True)  # old-part tag (a part line)
    old_part_status: Mapped[str | None] = mapped_column(String(12))  # kept | returned
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    return_reference: Mapped[str] = mapped_column(String(64), default="")


class ClaimEvent(Base):
    """One step of a claim's history: what, from which status to which, who, why."""

    __tablename__ = "warranty_claim_events"

    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    username: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(255), default="")


class ClaimPayment(Base):
    """Money received from the manufacturer, by its remittance reference (unique: entered once)."""

    __tablename__ = "warranty_payments"

    reference: Mapped[str] = mapped_column(String(64), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(255), default="")


class ClaimPaymentLine(Base):
    """The part of a payment reconciled against one claim."""

    __tablename__ = "warranty_payment_lines"
    __table_args__ = (UniqueConstraint("payment_id", "claim_id"),)

    payment_id: Mapped[int] = mapped_column(ForeignKey("warranty_payments.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())


# ---- insurance jobs (定损理赔) ------------------------------------------------------------------------

class Insurer(Base):
    """An insurer the station repairs for (the list the insurance desk keeps); its name is unique."""

    __tablename__ = "insurers"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(default=True)


class InsuranceJob(Versioned, Base):
    """An accident repair the insurer pays for: its report number (报案号, unique per insurer), the loss
    adjuster's assessment (定损金额) and supplements (追加定损), the customer's deductible and what the
    insurer has paid. What the insurer owes is the insurer's subtotal of the card's live statement."""

    __tablename__ = "insurance_jobs"
    __table_args__ = (
        UniqueConstraint("insurer_id", "report_number"),
        Index("ix_insurance_jobs_insurer_opened", "insurer_id", "opened_at"),
    )

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id"), unique=True)
    job_card_number: Mapped[str] = mapped_column(String(40))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    plate: Mapped[str] = mapped_column(String(16), default="")
    vin: Mapped[str] = mapped_column(String(17), default="")
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurers.id"))
    report_number: Mapped[str] = mapped_column(String(40))
    adjuster_name: Mapped[str] = mapped_column(String(64), default="")
    adjuster_phone: Mapped[str] = mapped_column(String(32), default="")
    accident_date: Mapped[date | None] = mapped_column(Date)
    assessed_amount: Mapped[Decimal | None] = mapped_column(Money())  # none until the adjuster has assessed
    assessed_on: Mapped[date | None] = mapped_column(Date)
    supplements_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # kept in step with the rows
    deductible: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # the customer's own share
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # kept in step with the payment lines
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(255), default="")


class InsuranceSupplement(Base):
    """A supplementary assessment (追加定损): hidden damage found once the car was opened up."""

    __tablename__ = "insurance_supplements"

    job_id: Mapped[int] = mapped_column(ForeignKey("insurance_jobs.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(255), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64), default="")


class InsurancePayment(Base):
    """Money received from an insurer, by its remittance reference (unique per insurer)."""

    __tablename__ = "insurance_payments"
    __table_args__ = (UniqueConstraint("insurer_id", "reference"),)

    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(255), default="")


class InsurancePaymentLine(Base):
    """The part of an insurer's payment reconciled against one insurance job."""

    __tablename__ = "insurance_payment_lines"
    __table_args__ = (UniqueConstraint("payment_id", "job_id"),)

    payment_id: Mapped[int] = mapped_column(ForeignKey("insurance_payments.id", ondelete="CASCADE"))
    job_id: Mapped[int] = mapped_column(ForeignKey("insurance_jobs.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())


class SanbaoCompensation(Base):
    """A loan car (备用车) or transport compensation (交通补偿) given under the 三包 rules for a repair."""

    __tablename__ = "sanbao_compensations"

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id"), index=True)
    job_card_number: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12))  # loan_car | transport
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    note: Mapped[str] = mapped_column(String(255), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64), default="")


# ---- the warranty desk's settings and the appraisal's photos ----------------------------------------

class ClaimsSettings(Versioned, Base):
    """The warranty desk's settings, one row: the manufacturer's submission workbook layout (which column
    holds which field, under which header text), chosen by the warranty clerk or the administrator.
    No row, or no columns: the built-in layout."""

    __tablename__ = "claims_settings"

    submission_sheet: Mapped[str] = mapped_column(String(31), default="")  # "": the built-in name
    # [{"column": "A", "field": "vin", "header": "VIN码"}, ...] in column order
    submission_columns: Mapped[list | None] = mapped_column(JSON)


class ClaimPhoto(Base):
    """A photo of the appraisal (索赔鉴定): the failed part, the fault code on the tester, the odometer.
    Kept in the database (every PC of the station sees it, on SQLite and on a shared PostgreSQL), capped
    in size; the same picture is attached to a claim once."""

    __tablename__ = "warranty_claim_photos"
    __table_args__ = (UniqueConstraint("claim_id", "sha256"),)

    claim_id: Mapped[int] = mapped_column(ForeignKey("warranty_claims.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    mime: Mapped[str] = mapped_column(String(32))  # image/jpeg | image/png
    size: Mapped[int] = mapped_column()
    width: Mapped[int] = mapped_column()
    height: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str] = mapped_column(String(255), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(64), default="")
