"""One job card's unit of work and its reading, shared by the job card service's parts.

``write`` runs a change on the card in one write transaction and refuses a stale version (a
second PC saving the same card gets a conflict); ``set_status`` moves it along ``states.TRANSITIONS``
and writes the status history with the user and the time; ``info`` reads it into ``JobCardInfo``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.job_cards import JobCard, JobLine, JobStatusChange, QualityCheck
from services.common.clock import Clock
from services.common.errors import (
    QT_TRANSLATE_NOOP,
    SETTLED_CARD,
    NotFound,
    SettledRecord,
    StaleRecord,
    ValidationError,
    conflict_error,
)
from services.job_cards.data import (
    DamageMark,
    JobCardInfo,
    JobLineInfo,
    QualityCheckInfo,
    StatusChangeInfo,
    Technician,
)
from services.job_cards.inputs import clean
from services.job_cards.links import Links
from services.job_cards.states import CLOSED, SETTLED, TRANSITIONS
from services.job_cards.totals import MoneyLine, Totals, line_money
from services.job_cards.totals import totals as card_totals
from services.station.settings import PAYERS
from services.users import privacy
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

T = TypeVar("T")


# the workshop board's rule, passed in by the composition root (services.workshop.rules.require_assigned):
# it raises PermissionDenied when the person is not assigned to the card
AssignmentRule = Callable[[Session, Actor, int], None]


class CardStore:
    """The cards' table as the service's parts use it. ``station`` gives the tax rate in force."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, station,
                 assignment_rule: AssignmentRule | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self.assignment_rule = assignment_rule

    def require_assigned(self, s: Session, actor: Actor, card: JobCard) -> None:
        """开工 and the self-check are for the card's own technicians: the workshop's rule, when it is given."""
        if self.assignment_rule is not None:
            self.assignment_rule(s, actor, card.id)

    # ---- units of work ----------------------------------------------------------------------
    def write(self, card_id: int, version: int | None, work: Callable[[Session, JobCard], T]) -> T:
        """Run ``work`` on the card in a write transaction, refusing a stale version: a card settled
        since it was read (the cashier, on another PC) is ``SettledRecord``, any other change a conflict."""
        try:
            with self.db.write() as s:
                card = s.get(JobCard, card_id, with_for_update=True)
                if card is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
                if version is not None and card.version != version:
                    if card.status in SETTLED:
                        raise SettledRecord(SETTLED_CARD, number=card.number)
                    raise conflict_error(card, self.clock.zone.key)
                return work(s, card)
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(s.get(JobCard, card_id), self.clock.zone.key) from None

    def get(self, s: Session, card_id: int) -> JobCard:
        card = s.get(JobCard, card_id)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
        return card

    def id_by_number(self, number: str) -> int:
        """The id of the job card numbered ``number`` (a WT number, or an estimate's GJ number)."""
        number = clean(number).upper()
        with self.db.read() as s:
            found = s.scalar(select(JobCard.id).where(JobCard.number == number)) or \
                s.scalar(select(JobCard.id).where(JobCard.estimate_number == number))
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card or estimate numbered {number}."),
                           number=number)
        return found

    def by_request_key(self, s: Session, request_key: str | None) -> int | None:
        """The card an earlier commit of the desk's retry key made (a retry after a crash), or None."""
        if not request_key:
            return None
        return s.scalar(select(JobCard.id).where(JobCard.request_key == request_key))

    def touch(self, card: JobCard, actor: Actor) -> None:
        card.updated_by = actor.username
        card.updated_at = self.clock.now()

    def set_status(self, s: Session, card: JobCard, actor: Actor, to_status: str, reason: str = "") -> None:
        allowed = TRANSITIONS.get(card.status, frozenset())
        if to_status not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it cannot become {target} now."),
                field="status", number=card.number, status=card.status, target=to_status)
        s.add(JobStatusChange(job_card_id=card.id, from_status=card.status, to_status=to_status, at=self.clock.now(),
                              user_id=actor.user_id, username=actor.username, reason=reason))
        card.status = to_status
        card.open_rank = 0 if to_status in CLOSED else 1
        self.touch(card, actor)

    def tax_rate(self, s: Session, card: JobCard) -> Decimal:
        return self.station.tax_rate_on(self.clock.local(card.opened_at).date(), session=s)

    # ---- reading ------------------------------------------------------------------------------
    def card(self, actor: Actor, card_id: int) -> JobCardInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            card = s.get(JobCard, card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            return as_seen_by(actor, self.info(s, card))

    def card_by_number(self, actor: Actor, number: str) -> JobCardInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        number = clean(number).upper()
        with self.db.read() as s:
            card = s.scalar(select(JobCard).where(JobCard.number == number)) or \
                s.scalar(select(JobCard).where(JobCard.estimate_number == number))
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card or estimate numbered {number}."),
                               number=number)
            return as_seen_by(actor, self.info(s, card))

    def _line_info(self, ln: JobLine, rate: Decimal) -> JobLineInfo:
        m = line_money(ln.qty, ln.price, ln.discount, rate)
        techs = tuple(Technician(t["name"], Decimal(str(t["share"]))) for t in (ln.technicians or []))
        return JobLineInfo(ln.id, ln.line_ref, ln.position, ln.kind, ln.payer, ln.code, ln.name, ln.spec, ln.quality,
                           ln.unit, ln.qty, ln.price, ln.discount, m.gross, m.discount_amount, m.amount, m.net, m.tax,
                           ln.standard_hours, ln.hours_reason, ln.part_id, techs, ln.discount_approved_by,
                           ln.approval, ln.approval_at, ln.approval_channel, ln.note, ln.issued_qty, ln.supply,
                           ln.supply_by, ln.supply_reason)

    def lines(self, s: Session, card_id: int) -> list[JobLine]:
        return list(s.scalars(select(JobLine).where(JobLine.job_card_id == card_id)
                              .order_by(JobLine.position, JobLine.id)))

    def totals(self, lines: Iterable[JobLine], rate: Decimal) -> Totals:
        return card_totals((MoneyLine(ln.kind, ln.payer, ln.qty, ln.price, ln.discount,
                                      ln.approval in (None, "approved") and (ln.supply or "stock") == "stock",
                                      ln.approval == "pending") for ln in lines), rate, PAYERS)

    def info(self, s: Session, card: JobCard) -> JobCardInfo:
        rate = self.tax_rate(s, card)
        lines = self.lines(s, card.id)
        history = tuple(StatusChangeInfo(h.from_status, h.to_status, h.at, h.username, h.reason) for h in s.scalars(
            select(JobStatusChange).where(JobStatusChange.job_card_id == card.id)
            .order_by(JobStatusChange.at, JobStatusChange.id)))
        checks = tuple(QualityCheckInfo(q.stage, q.passed, tuple((c["item"], bool(c["ok"])) for c in q.checklist or []),
                                        q.reason, q.road_test, q.road_test_km, q.road_test_note, q.at, q.username,
                                        q.display_name)
                       for q in s.scalars(select(QualityCheck).where(QualityCheck.job_card_id == card.id)
                                          .order_by(QualityCheck.at, QualityCheck.id)))
        rework_of = s.scalar(select(JobCard.number).where(JobCard.id == card.rework_of_id)) \
            if card.rework_of_id else None
        marks = tuple(DamageMark(Decimal(str(m["x"])), Decimal(str(m["y"])), m.get("kind", "scratch"),
                                 m.get("note", "")) for m in card.damage_marks or [])
        return JobCardInfo(
            card.id, card.number, card.estimate_number, card.job_type, card.status, card.opened_at, card.advisor_id,
            card.advisor_name, card.customer_id, card.vehicle_id, card.customer_name, card.customer_phone, card.plate,
            card.vin, card.vehicle_desc, card.appointment_number, card.driver_name, card.driver_phone,
            card.mileage_in, card.mileage_out, card.fuel_level, card.battery_pct, marks, card.damage_note,
            card.valuables, card.accessories, tuple(card.warning_lights or ()), card.customer_words, card.diagnosis,
            card.customer_waits, card.wash, card.old_parts, card.insurer, card.claim_number, card.assessed_amount,
            card.estimate_amount, card.promised_at, card.repair_class, rework_of, card.completed_at,
            card.certificate_number, card.cancel_reason, rate, tuple(self._line_info(ln, rate) for ln in lines),
            self.totals(lines, rate), history, checks, card.version, card.updated_by)


class CardWork:
    """What the service's parts share: the card store, and the links to the customer file and stock."""

    def __init__(self, cards: CardStore, links: Links) -> None:
        self.cards = cards
        self.links = links
        self.db = cards.db
        self.audit = cards.audit
        self.clock = cards.clock
        self.station = cards.station

    def opened_before(self, request_key: str | None) -> int | None:
        """The id of the card an earlier try with the desk's retry key committed, or None."""
        if not request_key:
            return None
        with self.db.read() as s:
            return self.cards.by_request_key(s, request_key)

    def reserve_parts(self, s: Session, actor: Actor, card: JobCard) -> None:
        """Reserve every parts line the store supplies (an estimate becoming a job card), in ``s``."""
        for ln in self.cards.lines(s, card.id):
            if ln.kind == "part" and ln.part_id is not None and ln.supply == "stock" and ln.approval != "declined":
                self.links.reserve_in(s, actor, card.number, ln.line_ref, ln.part_id, ln.qty)

    def release_parts(self, s: Session, actor: Actor, card: JobCard) -> None:
        """Release what every parts line still reserves (a cancelled card), in ``s``."""
        for ln in self.cards.lines(s, card.id):
            if ln.kind == "part":
                self.links.release_in(s, actor, card.number, ln.line_ref)


def as_seen_by(actor: Actor, info: JobCardInfo) -> JobCardInfo:
    """The card with the customer's and driver's phones as ``actor`` may see them (``services.users.privacy``)."""
    show = privacy.phone_view(actor)
    return replace(info, customer_phone=show(info.customer_phone), driver_phone=show(info.driver_phone))
