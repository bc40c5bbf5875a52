"""The 三包 watch: per vehicle, inside its 三包 period (from the purchase invoice date, or the delivery
date, for ``sanbao_months`` and up to ``sanbao_km``), the warranty repairs, their repair days and
the repairs per problem and per system, and a warning for each trigger of DOMAIN.md reached.

A repair is a warranty job card (job type warranty, or a line paid by the manufacturer); its problem
and system are those of its claim's appraisal. A repair day is each started 24 hours from the
card's opening (the customer's agreement) to its completion (or now, while the car is still here).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from app.db.engine import Database
from app.db.models.claims import WarrantyClaim
from app.db.models.customers import Customer, Vehicle
from app.db.models.job_cards import JobCard
from services.claims.data import (
    ASSEMBLIES,
    MAIN_PART_SYSTEMS,
    SanbaoRepair,
    SanbaoReport,
    SanbaoRules,
    SanbaoWarning,
)
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.users.permissions import Actor, Permission

DAY = timedelta(hours=24)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def repair_days(opened_at: datetime, until: datetime) -> int:
    """Each started 24 hours counts as a day; a repair has at least one."""
    span = until - opened_at
    full, rest = divmod(span, DAY)
    return max(1, int(full) + (1 if rest > timedelta(0) else 0))


def _require(actor: Actor) -> None:
    if not actor.can(Permission.VIEW_CLAIMS):
        actor.require(Permission.VIEW_JOB_CARDS)  # reception shows the warnings too


class SanbaoWatch:
    def __init__(self, db: Database, clock: Clock, rules: SanbaoRules | None = None) -> None:
        self.db = db
        self.clock = clock
        self.rules = rules or SanbaoRules()

    def report(self, actor: Actor, vehicle_id: int) -> SanbaoReport:
        _require(actor)
        with self.db.read() as s:
            v = s.get(Vehicle, vehicle_id)
            if v is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such vehicle."))
            start = v.purchase_date or v.delivery_date
            end = add_months(start, v.sanbao_months) if start else None
            rows: Sequence[Any] = []
            if start is not None:
                rows = s.execute(
                    select(JobCard.number, JobCard.opened_at, JobCard.completed_at, JobCard.mileage_in,
                           WarrantyClaim.number, WarrantyClaim.system, WarrantyClaim.fault_code,
                           WarrantyClaim.serious_safety, WarrantyClaim.replacement)
                    .outerjoin(WarrantyClaim, WarrantyClaim.job_card_id == JobCard.id)
                    .where(JobCard.vehicle_id == vehicle_id, JobCard.status.not_in(("cancelled", "estimate")),
                           or_(JobCard.job_type == "warranty", JobCard.payers.like("%,warranty,%")))
                    .order_by(JobCard.opened_at, JobCard.id)).all()
            owner = s.scalar(select(Customer.name).where(Customer.id == v.owner_id)) or ""
            vin, plate, km_limit = v.vin, v.plate or "", v.sanbao_km
        now = self.clock.now()
        repairs = []
        for number, opened, completed, km, claim, system, code, serious, replacement in rows:
            day = self.clock.local(opened).date()
            if not (start <= day < end) or (km is not None and km > km_limit):
                continue
            repairs.append(SanbaoRepair(number, opened, completed, repair_days(opened, completed or now), km, claim,
                                        system or "", code or "", bool(serious), replacement or ""))
        return self._assess(vehicle_id, vin, plate, owner, start, end, km_limit, repairs)

    def _assess(self, vehicle_id, vin, plate, owner, start, end, km_limit, repairs) -> SanbaoReport:
        r = self.rules
        warnings: list[SanbaoWarning] = []
        for rep in repairs:
            if rep.days > r.long_repair_days:
                warnings.append(SanbaoWarning(
                    "long_repair",
                    QT_TRANSLATE_NOOP("ServiceError", "三包: job card {card} is in its day {days} of repair (more "
                                                      "than {limit}): the customer is owed a loan car or transport "
                                                      "compensation from day {next}."),
                    {"card": rep.job_card_number, "days": rep.days, "limit": r.long_repair_days,
                     "next": r.long_repair_days + 1}))
        total = sum(rep.days for rep in repairs)
        if total > r.total_days:
            warnings.append(SanbaoWarning(
                "total_days",
                QT_TRANSLATE_NOOP("ServiceError", "三包: {days} repair days inside the 三包 period (more than "
                                                  "{limit}): the customer may ask for a replacement car or a "
                                                  "refund."),
                {"days": total, "limit": r.total_days}))
        problems = Counter((rep.system, rep.fault_code) for rep in repairs if rep.fault_code)
        for (system, code), n in sorted(problems.items()):
            if n > r.same_problem_repairs:
                warnings.append(SanbaoWarning(
                    "same_problem",
                    QT_TRANSLATE_NOOP("ServiceError", "三包: the same problem ({system}, fault {code}) repaired {count} "
                                                      "times (more than {limit}): the customer may ask for a "
                                                      "replacement car or a refund."),
                    {"system": system, "code": code, "count": n, "limit": r.same_problem_repairs}))
        serious = sum(1 for rep in repairs if rep.serious_safety)
        if serious >= r.serious_safety_repairs:
            warnings.append(SanbaoWarning(
                "serious_safety",
                QT_TRANSLATE_NOOP("ServiceError", "三包: {count} repairs of a serious safety fault: if it is not cured, "
                                                  "or a new one appears, the customer may ask for a replacement car "
                                                  "or a refund."),
                {"count": serious}))
        assemblies = Counter(rep.system for rep in repairs if rep.replacement == "assembly" and rep.system in ASSEMBLIES)
        for system, n in sorted(assemblies.items()):
            if n >= r.replacements:
                warnings.append(SanbaoWarning(
                    "assembly",
                    QT_TRANSLATE_NOOP("ServiceError", "三包: {system} replaced {count} times: if it still does not work, "
                                                      "the customer may ask for a replacement car or a refund."),
                    {"system": system, "count": n}))
        mains = Counter(rep.system for rep in repairs
                        if rep.replacement == "main_part" and rep.system in MAIN_PART_SYSTEMS)
        for system, n in sorted(mains.items()):
            if n >= r.replacements:
                warnings.append(SanbaoWarning(
                    "main_part",
                    QT_TRANSLATE_NOOP("ServiceError", "三包: a main part of the {system} replaced {count} times: if it "
                                                      "still does not work, the customer may ask for a replacement "
                                                      "car or a refund."),
                    {"system": system, "count": n}))
        by_system = Counter(rep.system for rep in repairs if rep.system)
        return SanbaoReport(vehicle_id, vin, plate, owner, start, end, km_limit, tuple(repairs), total,
                            tuple((sy, code, n) for (sy, code), n in sorted(problems.items())),
                            tuple(sorted(by_system.items())), tuple(warnings))

    def warnings(self, actor: Actor, vehicle_id: int) -> list[SanbaoWarning]:
        """What reception shows when the car comes in (empty when no trigger is reached)."""
        return list(self.report(actor, vehicle_id).warnings)

    def watch(self, actor: Actor, *, limit: int = 200) -> list[SanbaoReport]:
        """Vehicles with warranty repairs in the last three years, those with warnings first."""
        _require(actor)
        since = self.clock.now() - timedelta(days=3 * 366)
        with self.db.read() as s:
            ids = s.scalars(
                select(JobCard.vehicle_id)
                .where(JobCard.opened_at >= since, JobCard.status.not_in(("cancelled", "estimate")),
                       or_(JobCard.job_type == "warranty", JobCard.payers.like("%,warranty,%")))
                .group_by(JobCard.vehicle_id).limit(limit * 5)).all()
        reports = [self.report(actor, vid) for vid in ids]
        reports = [rep for rep in reports if rep.repairs]
        reports.sort(key=lambda rep: (-len(rep.warnings), -rep.total_days, rep.plate))
        return reports[:limit]
