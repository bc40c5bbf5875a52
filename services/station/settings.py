"""Station settings: who the repairer is, tax and labour rates by date, guarantee periods.

Rates, periods and thresholds are data with dates, never constants in code (DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.station import GuaranteePeriod, LabourRate, NumberingRule, Station, TaxRate
from services.common.amounts import read_number
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, StaleRecord, ValidationError, conflict_error
from services.common.identifiers import check_credit_code
from services.station.numbering import DEFAULT_RULES
from services.users.accounts import UserService
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission, Role

JOB_TYPES = ("maintenance", "repair", "accident", "warranty", "internal", "rework", "rescue")
PAYERS = ("customer", "insurer", "warranty", "internal", "fleet")
LANGUAGES = ("zh_CN", "en")

# 维修质量保证期 (机动车维修管理规定): whichever comes first, from the completion date
DEFAULT_GUARANTEES = {
    "vehicle_overhaul": (20000, 100),  # 整车修理
    "assembly_overhaul": (20000, 100),  # 总成修理
    "level2_maintenance": (5000, 30),  # 二级维护
    "level1_maintenance": (2000, 10),  # 一级维护
    "minor_repair": (2000, 10),  # 小修
    "special_repair": (2000, 10),  # 专项修理
}
JOB_TYPE_NAMES = {
    "maintenance": QT_TRANSLATE_NOOP("JobType", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("JobType", "Repair"),
    "accident": QT_TRANSLATE_NOOP("JobType", "Accident"),
    "warranty": QT_TRANSLATE_NOOP("JobType", "Warranty"),
    "internal": QT_TRANSLATE_NOOP("JobType", "Internal"),
    "rework": QT_TRANSLATE_NOOP("JobType", "Rework"),
    "rescue": QT_TRANSLATE_NOOP("JobType", "Road rescue"),
}
PAYER_NAMES = {
    "customer": QT_TRANSLATE_NOOP("Payer", "Customer"),
    "insurer": QT_TRANSLATE_NOOP("Payer", "Insurer"),
    "warranty": QT_TRANSLATE_NOOP("Payer", "Manufacturer warranty"),
    "internal": QT_TRANSLATE_NOOP("Payer", "Internal"),
    "fleet": QT_TRANSLATE_NOOP("Payer", "Fleet account"),
}
REPAIR_CLASS_NAMES = {
    "vehicle_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Vehicle overhaul"),
    "assembly_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Assembly overhaul"),
    "level2_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level-2 maintenance"),
    "level1_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level-1 maintenance"),
    "minor_repair": QT_TRANSLATE_NOOP("RepairClass", "Minor repair"),
    "special_repair": QT_TRANSLATE_NOOP("RepairClass", "Special repair"),
}
DEFAULT_LABOUR_RATE = Decimal("160.00")
DEFAULT_TAX = {"general": Decimal("0.13"), "small": Decimal("0.03")}


@dataclass(frozen=True)
class StationSettings:
    name: str
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""
    credit_code: str | None = None
    licence_number: str = ""
    time_zone: str = "Asia/Shanghai"
    language: str = "zh_CN"
    idle_lock_minutes: int = 10
    taxpayer_kind: str = "general"
    version: int = 0
    updated_by: str | None = None


_FIELDS = ("name", "address", "phone", "bank_name", "bank_account", "credit_code", "licence_number",
           "time_zone", "language", "idle_lock_minutes", "taxpayer_kind")


@dataclass(frozen=True)
class RateRow:
    kind: str  # "tax:general", "labour:repair:customer", "guarantee:level2_maintenance", "numbering:job_card"
    valid_from: date | None
    value: str


def _settings(row: Station) -> StationSettings:
    return StationSettings(**{f: getattr(row, f) for f in _FIELDS}, version=row.version, updated_by=row.updated_by)


def validate_settings(settings: StationSettings) -> StationSettings:
    name = (settings.name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the station's name."), field="name")
    typed = (settings.credit_code or "").strip()
    code = check_credit_code(typed) if typed else None
    try:
        ZoneInfo(settings.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Unknown time zone {zone}."), field="time_zone", zone=settings.time_zone
        ) from None
    if settings.language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown language {lang}."), field="language",
                              lang=settings.language)
    if not 1 <= int(settings.idle_lock_minutes) <= 240:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Lock after 1 to 240 idle minutes."), field="idle_lock_minutes"
        )
    if settings.taxpayer_kind not in DEFAULT_TAX:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown taxpayer kind."), field="taxpayer_kind")
    return replace(settings, name=name, credit_code=code, address=settings.address.strip(),
                   phone=settings.phone.strip(), bank_name=settings.bank_name.strip(),
                   bank_account=settings.bank_account.strip())


class StationService:
    def __init__(self, db: Database, audit: AuditLog, users: UserService) -> None:
        self.db = db
        self.audit = audit
        self.users = users

    # ---- first run -----------------------------------------------------------------------
    def is_set_up(self) -> bool:
        with self.db.read() as s:
            return s.scalar(select(Station.id).limit(1)) is not None and self.users.has_users()

    def set_up(self, settings: StationSettings, admin_username: str, admin_name: str, admin_password: str,
               *, today: date) -> Actor:
        """Create the station with default rates and its administrator, all or nothing."""
        settings = validate_settings(settings)
        system = Actor.system()
        with self.db.write() as s:
            if s.scalar(select(Station.id).limit(1)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The station is set up already."))
            s.add(Station(**{f: getattr(settings, f) for f in _FIELDS}, updated_by="system"))
            start = date(2000, 1, 1)
            for kind, rate in DEFAULT_TAX.items():
                s.add(TaxRate(kind=kind, valid_from=start, rate=rate))
            for jt in JOB_TYPES:
                s.add(LabourRate(job_type=jt, payer="customer", valid_from=start, rate=DEFAULT_LABOUR_RATE))
            for cls, (km, days) in DEFAULT_GUARANTEES.items():
                s.add(GuaranteePeriod(repair_class=cls, km=km, days=days))
            for kind, (prefix, period, digits) in DEFAULT_RULES.items():
                s.add(NumberingRule(kind=kind, prefix=prefix, period=period, digits=digits))
            s.flush()
            info = self.users.create_user(system, admin_username, admin_name, admin_password,
                                          [Role.ADMINISTRATOR], session=s)
            self.audit.record(s, system, "station.setup", "station", None, settings.name)
        return Actor.for_roles(info.id, info.username, info.display_name, info.roles, guard=self.users.guard)

    # ---- settings --------------------------------------------------------------------------
    def settings(self) -> StationSettings:
        with self.db.read() as s:
            row = s.scalar(select(Station).limit(1))
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The station is not set up yet."))
            return _settings(row)

    def update_settings(self, actor: Actor, settings: StationSettings) -> StationSettings:
        actor.require(Permission.EDIT_SETTINGS)
        settings = validate_settings(settings)
        try:
            with self.db.write() as s:
                row = s.scalar(select(Station).limit(1))
                if row is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The station is not set up yet."))
                if row.version != settings.version:
                    raise conflict_error(row)
                changes = {f: [getattr(row, f), getattr(settings, f)] for f in _FIELDS
                           if getattr(row, f) != getattr(settings, f)}
                for f in _FIELDS:
                    setattr(row, f, getattr(settings, f))
                row.updated_by = actor.username
                s.flush()
                self.audit.record(s, actor, "station.update", "station", row.id, None, details=changes)
                return _settings(row)
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(s.scalar(select(Station).limit(1))) from None

    # ---- rates -------------------------------------------------------------------------------
    def tax_rate_on(self, day: date, kind: str | None = None, session: Session | None = None) -> Decimal:
        def q(s: Session) -> Decimal:
            k = kind or s.scalar(select(Station.taxpayer_kind).limit(1)) or "general"
            rate = s.scalar(select(TaxRate.rate).where(TaxRate.kind == k, TaxRate.valid_from <= day)
                            .order_by(TaxRate.valid_from.desc()).limit(1))
            if rate is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No tax rate is in force on {day}."), day=str(day))
            return rate

        if session is not None:
            return q(session)
        with self.db.read() as s:
            return q(s)

    def set_tax_rate(self, actor: Actor, kind: str, valid_from: date, rate) -> None:
        actor.require(Permission.EDIT_SETTINGS)
        rate = read_number(rate, field="rate", what="rate")  # the one reader: NaN, 1e40 refused with a message
        if rate is None or not Decimal(0) <= rate < Decimal(1):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A tax rate lies between 0% and 100%."), field="rate")
        with self.db.write() as s:
            row = s.scalar(select(TaxRate).where(TaxRate.kind == kind, TaxRate.valid_from == valid_from))
            old = row.rate if row else None
            if row is None:
                s.add(TaxRate(kind=kind, valid_from=valid_from, rate=rate))
            else:
                row.rate = rate
            self.audit.record(s, actor, "tax_rate.set", "tax_rate", f"{kind}:{valid_from}",
                              details={"before": str(old) if old is not None else None, "after": str(rate)})

    def labour_rate_on(self, day: date, job_type: str, payer: str = "customer",
                       session: Session | None = None) -> Decimal:
        """The hourly rate in force for a job type and payer; falls back to the customer rate."""

        def q(s: Session) -> Decimal:
            for p in (payer, "customer"):
                rate = s.scalar(select(LabourRate.rate).where(
                    LabourRate.job_type == job_type, LabourRate.payer == p, LabourRate.valid_from <= day)
                    .order_by(LabourRate.valid_from.desc()).limit(1))
                if rate is not None:
                    return rate
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No labour rate for {job_type} on {day}."),
                           job_type=job_type, day=str(day))

        if session is not None:
            return q(session)
        with self.db.read() as s:
            return q(s)

    def set_labour_rate(self, actor: Actor, job_type: str, payer: str, valid_from: date, rate) -> None:
        actor.require(Permission.EDIT_SETTINGS)
        rate = read_number(rate, field="rate")  # the one reader of amounts: NaN, 1e40 refused with a message
        if job_type not in JOB_TYPES or payer not in PAYERS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown job type or payer."))
        if rate is None or rate <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A labour rate is more than zero."), field="rate")
        with self.db.write() as s:
            row = s.scalar(select(LabourRate).where(LabourRate.job_type == job_type, LabourRate.payer == payer,
                                                    LabourRate.valid_from == valid_from))
            old = row.rate if row else None
            if row is None:
                s.add(LabourRate(job_type=job_type, payer=payer, valid_from=valid_from, rate=rate))
            else:
                row.rate = rate
            self.audit.record(s, actor, "labour_rate.set", "labour_rate", f"{job_type}:{payer}:{valid_from}",
                              details={"before": str(old) if old is not None else None, "after": str(rate)},
                              amount=rate)

    def rate_table(self) -> dict[str, list[RateRow]]:
        """Everything dated or numbered the station has set, for the settings page."""
        with self.db.read() as s:
            tax = [RateRow(f"tax:{r.kind}", r.valid_from, str(r.rate))
                   for r in s.scalars(select(TaxRate).order_by(TaxRate.kind, TaxRate.valid_from))]
            labour = [RateRow(f"labour:{r.job_type}:{r.payer}", r.valid_from, str(r.rate))
                      for r in s.scalars(select(LabourRate).order_by(LabourRate.job_type, LabourRate.payer,
                                                                     LabourRate.valid_from))]
            guarantee = [RateRow(f"guarantee:{g.repair_class}", None, f"{g.km} km / {g.days}")
                         for g in s.scalars(select(GuaranteePeriod).order_by(GuaranteePeriod.repair_class))]
            numbering = [RateRow(f"numbering:{n.kind}", None, f"{n.prefix} {n.period} {n.digits}")
                         for n in s.scalars(select(NumberingRule).order_by(NumberingRule.kind))]
        return {"tax": tax, "labour": labour, "guarantee": guarantee, "numbering": numbering}

    def set_numbering_rule(self, actor: Actor, kind: str, prefix: str, period: str, digits: int) -> None:
        """Change how a document kind is numbered (takes effect from the next number taken)."""
        actor.require(Permission.EDIT_SETTINGS)
        prefix = (prefix or "").strip().upper()
        if not prefix.isalnum() or len(prefix) > 8:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A number prefix is 1 to 8 letters or digits."),
                                  field="prefix")
        if period not in ("none", "year", "month") or not 3 <= int(digits) <= 8:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Period is none, year or month; digits 3 to 8."))
        with self.db.write() as s:
            row = s.scalar(select(NumberingRule).where(NumberingRule.kind == kind))
            if row is None:
                row = NumberingRule(kind=kind, prefix=prefix, period=period, digits=digits)
                s.add(row)
            else:
                row.prefix, row.period, row.digits = prefix, period, int(digits)
            self.audit.record(s, actor, "numbering.set", "numbering_rule", kind,
                              details={"prefix": prefix, "period": period, "digits": int(digits)})

    def guarantee_periods(self) -> dict[str, tuple[int, int]]:
        with self.db.read() as s:
            return {g.repair_class: (g.km, g.days) for g in s.scalars(select(GuaranteePeriod))}

    def set_guarantee_period(self, actor: Actor, repair_class: str, km: int, days: int) -> None:
        actor.require(Permission.EDIT_SETTINGS)
        if km <= 0 or days <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A guarantee period has positive km and days."))
        with self.db.write() as s:
            row = s.scalar(select(GuaranteePeriod).where(GuaranteePeriod.repair_class == repair_class))
            if row is None:
                s.add(GuaranteePeriod(repair_class=repair_class, km=km, days=days))
            else:
                row.km, row.days = km, days
            self.audit.record(s, actor, "guarantee.set", "guarantee_period", repair_class,
                              details={"km": km, "days": days})
