"""The customer file (客户档案): customers, contacts, vehicles and their histories, search keys.

A vehicle is keyed by its VIN; its plate, owner and odometer are histories of their own, so a
plate can move to another car and a car can change owner without losing anything. A merged
customer stays as a row pointing at the record it was merged into (``merged_into_id``); every
row that referenced it now references the survivor.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Money, UTCDateTime

# Search keys are compared as code points: prefix range queries (key >= p AND key < p') must see
# the same order the index has. SQLite compares BINARY; PostgreSQL gets the "C" collation so a
# server created with a language collation (zh_CN.UTF-8) does not reorder or ignore characters.
SearchKey = String(160).with_variant(String(160, collation="C"), "postgresql")


class Customer(Versioned, Base):
    """A private person or a company (集团客户, fleet/corporate account)."""

    __tablename__ = "customers"
    __table_args__ = (Index("ix_customers_mobile", "mobile"), Index("ix_customers_merged_into_id", "merged_into_id"))

    kind: Mapped[str] = mapped_column(String(16), default="person")  # person | company
    name: Mapped[str] = mapped_column(String(128))
    mobile: Mapped[str | None] = mapped_column(String(20))  # normalised, 11 digits for a mobile
    other_phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(255), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(8))  # m | f
    source: Mapped[str] = mapped_column(String(32), default="")  # walk-in, sales, referral, import...
    notes: Mapped[str] = mapped_column(Text, default="")
    # companies: 统一社会信用代码 for invoices, billing terms and the monthly statement
    credit_code: Mapped[str | None] = mapped_column(String(18))
    invoice_title: Mapped[str] = mapped_column(String(128), default="")
    billing_terms: Mapped[str] = mapped_column(String(16), default="cash")  # cash | monthly
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    statement_day: Mapped[int | None] = mapped_column()  # day of month the monthly statement is made
    # marketing consent (个人信息保护法): the current state; every change is in marketing_consents
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_channel: Mapped[str | None] = mapped_column(String(32))
    # car club (车友俱乐部)
    club_number: Mapped[str | None] = mapped_column(String(32))
    club_level: Mapped[str | None] = mapped_column(String(32))
    club_joined_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(default=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    # when the personal data was erased on request (services.customers.erasure): set under the row's
    # lock, and read under it by reception, so a job card never opens on a person being erased
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CustomerContact(Base):
    """A contact person or driver (送修人) of a customer, mostly of companies."""

    __tablename__ = "customer_contacts"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="driver")  # driver | contact | finance
    mobile: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(String(255), default="")
    # how the person relates to the customer (本人, 配偶, 司机, 财务...), a second number, and
    # whether they bring the car in (送修人): a finance contact can be a driver too
    relation: Mapped[str] = mapped_column(String(32), default="", server_default="")
    other_phone: Mapped[str | None] = mapped_column(String(32))
    is_driver: Mapped[bool] = mapped_column(default=True, server_default=true())


class CustomerTag(Base):
    __tablename__ = "customer_tags"
    __table_args__ = (UniqueConstraint("customer_id", "tag"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    tag: Mapped[str] = mapped_column(String(32))


class MarketingConsent(Base):
    """Each grant or withdrawal of consent to marketing contact, with its date and channel."""

    __tablename__ = "marketing_consents"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    given: Mapped[bool] = mapped_column()
    given_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(32))  # paper form, phone, wechat, sms, app...
    recorded_by: Mapped[str | None] = mapped_column(String(64))


class Vehicle(Versioned, Base):
    """A car, keyed by its VIN (GB 16735)."""

    __tablename__ = "vehicles"

    vin: Mapped[str] = mapped_column(String(17), unique=True)
    # imported cars can fail the check character: accepted with a reason, and flagged
    vin_check_overridden: Mapped[bool] = mapped_column(default=False)
    vin_override_reason: Mapped[str | None] = mapped_column(String(255))
    plate: Mapped[str | None] = mapped_column(String(16), index=True)
    plate_kind: Mapped[str | None] = mapped_column(String(16))
    owner_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    brand: Mapped[str] = mapped_column(String(64), default="")
    model: Mapped[str] = mapped_column(String(64), default="")
    model_year: Mapped[int | None] = mapped_column()
    colour: Mapped[str] = mapped_column(String(32), default="")
    engine_number: Mapped[str] = mapped_column(String(32), default="")
    energy: Mapped[str] = mapped_column(String(16), default="petrol")  # petrol | diesel | hybrid | electric
    purchase_date: Mapped[date | None] = mapped_column(Date)  # purchase invoice date
    delivery_date: Mapped[date | None] = mapped_column(Date)
    # 包修期 and 三包有效期 lengths (brand practice, at least 3 y / 60,000 km and 2 y / 50,000 km)
    warranty_months: Mapped[int] = mapped_column(default=36)
    warranty_km: Mapped[int] = mapped_column(default=60000)
    sanbao_months: Mapped[int] = mapped_column(default=24)
    sanbao_km: Mapped[int] = mapped_column(default=50000)
    insurer: Mapped[str] = mapped_column(String(64), default="")
    insurance_expiry: Mapped[date | None] = mapped_column(Date)
    inspection_due: Mapped[date | None] = mapped_column(Date)
    last_odometer: Mapped[int | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))


class VehiclePlate(Base):
    """A plate a vehicle carried, from and until when (plates move between cars)."""

    __tablename__ = "vehicle_plates"

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
    plate: Mapped[str] = mapped_column(String(16), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class VehicleOwner(Base):
    """Who owned a vehicle when: the vehicle's history stays with it across owners."""

    __tablename__ = "vehicle_owners"

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    owned_from: Mapped[date | None] = mapped_column(Date)
    owned_to: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(255), default="")


class OdometerReading(Base):
    """A mileage seen on the car. A reading below the last one is kept with its reason, flagged."""

    __tablename__ = "odometer_readings"
    __table_args__ = (Index("ix_odometer_readings_vehicle_at", "vehicle_id", "read_at"),)

    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    read_at: Mapped[datetime] = mapped_column(UTCDateTime())
    km: Mapped[int] = mapped_column()
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual | job_card | import
    lower_than_previous: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str | None] = mapped_column(String(255))
    recorded_by: Mapped[str | None] = mapped_column(String(64))


class CustomerEvent(Base):
    """The customer file's own timeline events: created, vehicle added, owner changed, merged..."""

    __tablename__ = "customer_events"
    __table_args__ = (Index("ix_customer_events_customer_at", "customer_id", "at"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(255), default="")
    username: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict | None] = mapped_column(JSON)


class CustomerSearchKey(Base):
    """Normalised search keys, one per way of finding a customer or vehicle.

    ``key`` is a one-letter kind, a colon and the normalised text: ``n:张伟`` (name), ``p:zhangwei``
    (pinyin), ``i:zw`` (initials), ``m:13812341234`` (mobile), ``t:4321...`` (mobile reversed: its
    last digits are a prefix), ``L:京A12345``, ``l:A12345`` (plate without province), ``q:54321A``
    (plate reversed), ``v:VIN``, ``r:NIV`` (VIN reversed), ``c:...`` (company name suffixes),
    ``y:xiaoming``, ``j:xm`` (pinyin and initials from a later character of the name: 王小明).
    Every search is an index range scan on ``key`` with a LIMIT, on both engines.
    """

    __tablename__ = "customer_search_keys"
    __table_args__ = (Index("ix_customer_search_keys_key", "key"),)

    key: Mapped[str] = mapped_column(SearchKey)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"), index=True)
