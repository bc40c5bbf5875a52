"""Station settings: identity, tax rates by date, labour rates, guarantee periods, numbering."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Money, Rate, UTCDateTime


class Station(Versioned, Base):
    """The repairer (承修方) as printed on every document. One row."""

    __tablename__ = "station"

    name: Mapped[str] = mapped_column(String(128))
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    bank_name: Mapped[str] = mapped_column(String(128), default="")
    bank_account: Mapped[str] = mapped_column(String(64), default="")
    credit_code: Mapped[str | None] = mapped_column(String(18))  # 统一社会信用代码
    licence_number: Mapped[str] = mapped_column(String(64), default="")  # 维修经营备案号
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    taxpayer_kind: Mapped[str] = mapped_column(String(16), default="general")


class TaxRate(Base):
    """VAT rate in force from a date (13% for a general taxpayer today)."""

    __tablename__ = "tax_rates"
    __table_args__ = (UniqueConstraint("kind", "valid_from"),)

    kind: Mapped[str] = mapped_column(String(16), default="general")
    valid_from: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Rate())


class LabourRate(Base):
    """Hourly labour rate by job type and payer, in force from a date (tax inclusive)."""

    __tablename__ = "labour_rates"
    __table_args__ = (UniqueConstraint("job_type", "payer", "valid_from"),)

    job_type: Mapped[str] = mapped_column(String(16))
    payer: Mapped[str] = mapped_column(String(16), default="customer")
    valid_from: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Money())


class GuaranteePeriod(Base):
    """维修质量保证期 by repair class: whichever of km or days comes first."""

    __tablename__ = "guarantee_periods"

    repair_class: Mapped[str] = mapped_column(String(32), unique=True)
    km: Mapped[int]
    days: Mapped[int]


class DocumentSequence(Base):
    """Gap-free numbers per document kind and period (statement numbers must have no gaps)."""

    __tablename__ = "document_sequences"
    __table_args__ = (UniqueConstraint("kind", "period"),)

    kind: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(8), default="")
    prefix: Mapped[str] = mapped_column(String(16), default="")
    next_value: Mapped[int] = mapped_column(default=1)


class NumberingRule(Base):
    """How a document kind is numbered: prefix, period (none/year/month) and digits."""

    __tablename__ = "numbering_rules"

    kind: Mapped[str] = mapped_column(String(32), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(8), default="month")
    digits: Mapped[int] = mapped_column(default=5)


class StationMaintenance(Base):
    """Work on the whole database under way (a restore): while a row is here the other PCs sign out and
    nobody signs in. Written and cleared by app/backup/restore.py; read by services/users/sessions.py."""

    __tablename__ = "station_maintenance"

    reason: Mapped[str] = mapped_column(String(32), default="restore")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    host: Mapped[str] = mapped_column(String(255), default="")  # the PC doing it
    note: Mapped[str] = mapped_column(String(1000), default="")  # e.g. the backup being restored
