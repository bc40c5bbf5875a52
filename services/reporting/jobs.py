"""What reporting counts from the job cards and their deliveries: comebacks, first-time fix, on-time and
same-day delivery.

- comeback (返修率): settled jobs of the period that are reworks (a card naming the card it redoes, or
  of job type rework) ÷ visits;
- first-time fix (一次修复率): 1 − reworks settled in the period whose first card was a repair ÷ repair
  visits settled in the period;
- on-time delivery (准时交车率): cars handed back in the period by the card's promised time ÷ cars handed
  back in the period whose card had a promised time;
- same-day delivery (当天交车率): cars handed back on the station day they came in ÷ cars handed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.db.models.job_cards import JobCard
from app.db.models.settlement import Delivery
from services.reporting.data import Period
from services.reporting.sales import Sales, bounds


@dataclass(frozen=True)
class Rework:
    card_number: str
    job_type: str
    original_number: str
    original_type: str
    plate: str
    settled_at: datetime


@dataclass(frozen=True)
class Handover:
    card_number: str
    plate: str
    advisor: str
    opened_at: datetime
    promised_at: datetime | None
    delivered_at: datetime

    @property
    def on_time(self) -> bool | None:
        return None if self.promised_at is None else self.delivered_at <= self.promised_at


@dataclass(frozen=True)
class JobFacts:
    visits: int
    repair_visits: int
    reworks: tuple[Rework, ...]
    handovers: tuple[Handover, ...]
    zone: tzinfo

    def within(self, period: Period, sales: Sales) -> JobFacts:
        """The facts of the station days of ``period`` (a part of this one; ``sales``: its jobs)."""
        def inside(moment: datetime) -> bool:
            return period.first <= moment.astimezone(self.zone).date() <= period.last

        return JobFacts(sales.visits, sum(1 for j in sales.jobs if j.job_type == "repair"),
                        tuple(r for r in self.reworks if inside(r.settled_at)),
                        tuple(h for h in self.handovers if inside(h.delivered_at)), self.zone)

    @property
    def repair_reworks(self) -> int:
        return sum(1 for r in self.reworks if r.original_type == "repair")

    @property
    def promised(self) -> tuple[Handover, ...]:
        return tuple(h for h in self.handovers if h.promised_at is not None)

    @property
    def on_time(self) -> int:
        return sum(1 for h in self.promised if h.on_time)

    def same_day(self, h: Handover) -> bool:
        return h.opened_at.astimezone(self.zone).date() == h.delivered_at.astimezone(self.zone).date()

    @property
    def same_day_count(self) -> int:
        return sum(1 for h in self.handovers if self.same_day(h))


def load(s: Session, period: Period, zone, sales: Sales) -> JobFacts:
    lo, hi = bounds(period, zone)
    settled = {j.job_card_id: j for j in sales.jobs if j.job_card_id is not None}
    original = aliased(JobCard)
    reworks = []
    if settled:
        rows = s.execute(select(JobCard.id, JobCard.number, JobCard.job_type, JobCard.plate, original.number,
                                original.job_type)
                         .join(original, original.id == JobCard.rework_of_id, isouter=True)
                         .where(JobCard.id.in_(list(settled)),
                                (JobCard.rework_of_id.is_not(None)) | (JobCard.job_type == "rework")))
        for cid, number, jt, plate, onum, otype in rows:
            reworks.append(Rework(number, jt, onum or "", otype or "", plate, settled[cid].issued_at))
    reworks.sort(key=lambda r: (r.settled_at, r.card_number))
    handovers = tuple(Handover(*r) for r in s.execute(
        select(JobCard.number, JobCard.plate, JobCard.advisor_name, JobCard.opened_at, JobCard.promised_at,
               Delivery.delivered_at)
        .join(JobCard, JobCard.id == Delivery.job_card_id)
        .where(Delivery.delivered_at >= lo, Delivery.delivered_at < hi)
        .order_by(Delivery.delivered_at, JobCard.number)))
    repair_visits = sum(1 for j in sales.jobs if j.job_type == "repair")
    return JobFacts(sales.visits, repair_visits, tuple(reworks), handovers, zone)
