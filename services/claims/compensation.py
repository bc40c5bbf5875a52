"""Loan cars and transport compensation under the 三包 rules (DOMAIN.md: a repair longer than 5 days gives
the customer a loan car or transport compensation from day 6; the repair record keeps what was given).

Each record names the repair (the job card) it was given for, the days it covers and its amount.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db.engine import Database
from app.db.models.claims import SanbaoCompensation
from app.db.models.job_cards import JobCard
from services.claims.insurance_data import COMPENSATION_KINDS, CompensationInfo
from services.common.amounts import read_money
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


def _info(c: SanbaoCompensation) -> CompensationInfo:
    return CompensationInfo(c.id, c.vehicle_id, c.job_card_id, c.job_card_number, c.kind, c.start_on, c.end_on,
                            (c.end_on - c.start_on).days + 1, c.amount, c.note, c.recorded_by)


class Compensations:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    def for_vehicle(self, actor: Actor, vehicle_id: int) -> list[CompensationInfo]:
        if not actor.can(Permission.VIEW_CLAIMS):
            actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return [_info(c) for c in s.scalars(select(SanbaoCompensation)
                                                .where(SanbaoCompensation.vehicle_id == vehicle_id)
                                                .order_by(SanbaoCompensation.start_on, SanbaoCompensation.id))]

    def record(self, actor: Actor, job_card: int | str, kind: str, start_on: date, end_on: date, amount,
               note: str = "") -> CompensationInfo:
        """A loan car or transport compensation given for the repair of ``job_card`` (its id or number)."""
        actor.require(Permission.EDIT_CLAIMS)
        if kind not in COMPENSATION_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose a loan car or transport compensation."),
                                  field="kind")
        if start_on is None or end_on is None or end_on < start_on:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The last day of the compensation comes before "
                                                                    "its first."), field="end_on")
        value = read_money(amount if amount not in (None, "") else "0", field="amount", negative=True)
        if value < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A compensation cannot be negative ({value})."),
                                  field="amount", value=f"{value:,.2f}")
        with self.db.write() as s:
            if isinstance(job_card, str):
                card = s.scalar(select(JobCard).where(JobCard.number == job_card.strip().upper()))
            else:
                card = s.get(JobCard, job_card)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            opened = self.clock.local(card.opened_at).date()
            if start_on < opened:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} was opened on {day}: a "
                                                                        "compensation for it starts then or later."),
                                      field="start_on", card=card.number, day=opened.isoformat())
            c = SanbaoCompensation(vehicle_id=card.vehicle_id, job_card_id=card.id, job_card_number=card.number,
                                   kind=kind, start_on=start_on, end_on=end_on, amount=value,
                                   note=(note or "").strip()[:255], recorded_at=self.clock.now(),
                                   recorded_by=actor.username)
            s.add(c)
            s.flush()
            self.audit.record(s, actor, "claims.compensation", "job_card", card.number,
                              f"{kind} {start_on}..{end_on}", amount=value)
            return _info(c)
