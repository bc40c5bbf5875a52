"""Job cards (任务委托书 / 托修单), their lines, status history and quality checks; the labour catalogue.

The labour catalogue (标准工时) is versioned by its valid-from date: a job line keeps the hours
and the rate it was sold at, so a later catalogue never changes an old card. A job card keeps a
snapshot of the customer's name, the plate and the VIN as they were at reception (what was
printed and signed), next to the foreign keys into the customer file.

The list of 300k cards pages by keyset over ``(open_rank, opened_at, id)``, all descending (one
backward index scan on both engines): open cards (rank 1) first, newest first.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Money, Quantity, Rate, UTCDateTime

ZERO = Decimal("0")

# Prefix searches (number, plate, reversed VIN) compare code points on both engines.
CodeKey = String(40).with_variant(String(40, collation="C"), "postgresql")
NameKey = String(128).with_variant(String(128, collation="C"), "postgresql")


class LabourOperation(Base):
    """One version of a catalogue operation (标准工时): hours for a model family from a date on.

    ``model_family`` "" is the default for every family; a family's own row wins where it exists.
    ``job_types`` is a comma-separated list of the job types the operation belongs to.
    """

    __tablename__ = "labour_operations"
    __table_args__ = (
        UniqueConstraint("code", "model_family", "valid_from"),
        Index("ix_labour_operations_code_family", "code", "model_family", "valid_from"),
    )

    code: Mapped[str] = mapped_column(CodeKey)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    model_family: Mapped[str] = mapped_column(String(64), default="")
    hours: Mapped[Decimal] = mapped_column(Quantity())
    job_types: Mapped[str] = mapped_column(String(160), default="")
    category: Mapped[str] = mapped_column(String(64), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(default=True)
    pinyin: Mapped[str] = mapped_column(String(160), default="")
    initials: Mapped[str] = mapped_column(String(64), default="")


class JobCard(Versioned, Base):
    """The contract with the customer and the workshop's work order."""

    __tablename__ = "job_cards"
    __table_args__ = (
        Index("ix_job_cards_list", "open_rank", "opened_at", "id"),
        Index("ix_job_cards_status_opened", "status", "opened_at", "id"),
        Index("ix_job_cards_advisor_opened", "advisor_id", "opened_at", "id"),
        Index("ix_job_cards_vehicle_opened", "vehicle_id", "opened_at"),
        Index("ix_job_cards_customer_opened", "customer_id", "opened_at"),
    )

    number: Mapped[str] = mapped_column(CodeKey, unique=True)  # WT… (GJ… while only an estimate)
    estimate_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    job_type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(20))
    open_rank: Mapped[int] = mapped_column(default=1)  # 1 while the car is with us, 0 delivered/cancelled
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    advisor_name: Mapped[str] = mapped_column(String(64), default="")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    # snapshot at reception (printed and signed), and the list's search keys
    customer_name: Mapped[str] = mapped_column(NameKey, default="", index=True)
    customer_phone: Mapped[str] = mapped_column(String(32), default="")
    plate: Mapped[str] = mapped_column(CodeKey, default="", index=True)
    plate_rev: Mapped[str] = mapped_column(CodeKey, default="", index=True)  # plate reversed: found by its tail
    vin: Mapped[str] = mapped_column(String(17), default="")
    vin_rev: Mapped[str] = mapped_column(CodeKey, default="", index=True)  # VIN reversed: last digits are a prefix
    vehicle_desc: Mapped[str] = mapped_column(String(128), default="")
    appointment_number: Mapped[str | None] = mapped_column(String(40))
    driver_name: Mapped[str] = mapped_column(String(64), default="")  # 送修人
    driver_phone: Mapped[str] = mapped_column(String(32), default="")
    # intake (预检)
    mileage_in: Mapped[int | None] = mapped_column()
    mileage_out: Mapped[int | None] = mapped_column()
    fuel_level: Mapped[str | None] = mapped_column(String(8))  # empty | 1/4 | 1/2 | 3/4 | full
    battery_pct: Mapped[int | None] = mapped_column()  # electric cars
    damage_marks: Mapped[list | None] = mapped_column(JSON)  # [{"x": 0..1, "y": 0..1, "kind": "scratch", "note": ""}]
    damage_note: Mapped[str] = mapped_column(Text, default="")
    valuables: Mapped[str] = mapped_column(Text, default="")
    accessories: Mapped[str] = mapped_column(Text, default="")
    warning_lights: Mapped[list | None] = mapped_column(JSON)  # ["engine", "abs", ...]
    customer_words: Mapped[str] = mapped_column(Text, default="")  # the customer's own statement
    diagnosis: Mapped[str] = mapped_column(Text, default="")  # the advisor's / technician's finding
    customer_waits: Mapped[bool] = mapped_column(default=False)
    wash: Mapped[bool] = mapped_column(default=True)
    old_parts: Mapped[str] = mapped_column(String(16), default="return")  # return | waive | none
    # payer details (insurer and warranty jobs)
    insurer: Mapped[str] = mapped_column(String(64), default="")
    claim_number: Mapped[str] = mapped_column(String(64), default="")
    assessed_amount: Mapped[Decimal | None] = mapped_column(Money())
    estimate_amount: Mapped[Decimal | None] = mapped_column(Money())
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    repair_class: Mapped[str | None] = mapped_column(String(32))  # for the guarantee (DOMAIN.md)
    rework_of_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"), index=True)
    # kept in step with the lines, for the list
    payers: Mapped[str] = mapped_column(String(64), default="")  # ",customer,insurer,"
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    certificate_number: Mapped[str | None] = mapped_column(String(40))
    cancel_reason: Mapped[str | None] = mapped_column(String(255))
    line_seq: Mapped[int] = mapped_column(default=0)  # last line reference handed out
    # the desk's retry key for opening this card: a retry after a crash finds the card instead of making two
    request_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class JobLine(Base):
    """A labour, parts or other-charge line. Amounts are tax-inclusive; net and tax are derived.

    labour: ``qty`` = hours sold, ``price`` = rate sold, ``standard_hours`` from the catalogue;
    part: ``qty`` = quantity, ``price`` = unit price; other: ``qty`` = 1, ``price`` = the charge.
    ``approval`` is None for work agreed at reception, else pending | approved | declined.
    """

    __tablename__ = "job_lines"
    __table_args__ = (Index("ix_job_lines_card_pos", "job_card_id", "position"),)

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id", ondelete="CASCADE"))
    line_ref: Mapped[str] = mapped_column(String(16))  # stable per card (the parts reservation key)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(8))  # labour | part | other
    payer: Mapped[str] = mapped_column(String(16), default="customer")
    code: Mapped[str] = mapped_column(String(40), default="")  # operation code, part number, charge kind
    name: Mapped[str] = mapped_column(String(160), default="")
    spec: Mapped[str] = mapped_column(String(128), default="")
    quality: Mapped[str | None] = mapped_column(String(16))  # genuine | equivalent | reconditioned
    unit: Mapped[str] = mapped_column(String(16), default="")
    qty: Mapped[Decimal] = mapped_column(Quantity())
    price: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Rate(), default=ZERO)  # fraction of the line
    amount: Mapped[Decimal] = mapped_column(Money())  # after discount, tax inclusive
    standard_hours: Mapped[Decimal | None] = mapped_column(Quantity())
    hours_reason: Mapped[str | None] = mapped_column(String(255))
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("labour_operations.id"))
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    technicians: Mapped[list | None] = mapped_column(JSON)  # [{"name": "...", "share": "0.5"}]
    discount_approved_by: Mapped[str | None] = mapped_column(String(64))
    approval: Mapped[str | None] = mapped_column(String(16))
    approval_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approval_channel: Mapped[str | None] = mapped_column(String(16))  # in_person | phone | wechat | sms
    note: Mapped[str] = mapped_column(String(255), default="")
    # parts lines: what the store has issued to this line, net of returns (kept with each issue move)
    issued_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO, server_default="0")
    # stock | own (the customer's own part) | not_needed: a part line that is not issued, with who and why
    supply: Mapped[str] = mapped_column(String(16), default="stock", server_default="stock")
    supply_by: Mapped[str | None] = mapped_column(String(64))
    supply_reason: Mapped[str | None] = mapped_column(String(255))


class JobStatusChange(Base):
    """Every transition of a card, with who and when."""

    __tablename__ = "job_status_changes"
    __table_args__ = (Index("ix_job_status_changes_card", "job_card_id", "at"),)

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(255), default="")


class QualityCheck(Base):
    """A technician's self-check or the inspector's final check, with its checklist and road test."""

    __tablename__ = "job_quality_checks"
    __table_args__ = (Index("ix_job_quality_checks_card", "job_card_id"),)

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(16))  # self | final
    passed: Mapped[bool] = mapped_column()
    checklist: Mapped[list | None] = mapped_column(JSON)  # [{"item": "...", "ok": true}]
    reason: Mapped[str] = mapped_column(String(255), default="")
    road_test: Mapped[bool] = mapped_column(default=False)
    road_test_km: Mapped[int | None] = mapped_column()
    road_test_note: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    display_name: Mapped[str] = mapped_column(String(64), default="")
