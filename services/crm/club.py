"""The car club (车友会): members with a card number and a points balance, their points earned and
redeemed, and the club's events with their places, sign-ups and attendance.

Points are a ledger (``crm_club_points``) with the balance kept on the member row: a redemption is
refused when it would take the balance below zero, under the member's version, so two desks cannot
spend the same points. Attending an event earns its points once. Joining, points and leaving are
written to the audit log (points are worth money at the cashier).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.errors import DuplicateRecord
from app.db.models.crm import ClubAttendee, ClubEvent, ClubMember, ClubPointMove
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.crm.rules import CrmPart, clean
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission

POINT_REASONS = ("welcome", "visit", "event", "redeem", "adjust")
POINT_REASON_NAMES = {
    "welcome": QT_TRANSLATE_NOOP("ClubPoints", "Welcome"),
    "visit": QT_TRANSLATE_NOOP("ClubPoints", "Visit"),
    "event": QT_TRANSLATE_NOOP("ClubPoints", "Event"),
    "redeem": QT_TRANSLATE_NOOP("ClubPoints", "Redeemed"),
    "adjust": QT_TRANSLATE_NOOP("ClubPoints", "Correction"),
}
MAX_POINTS = 1_000_000
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PointMove:
    at: datetime
    points: int
    reason: str
    note: str
    username: str


@dataclass(frozen=True)
class MemberInfo:
    id: int
    number: str
    customer_id: int
    customer_name: str
    joined_on: date
    points: int
    active: bool
    version: int
    moves: tuple[PointMove, ...] = ()


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    held_on: date
    place: str
    capacity: int
    points: int
    signed_up: int
    attended: int

    @property
    def full(self) -> bool:
        return bool(self.capacity) and self.signed_up >= self.capacity


def member_info(m: ClubMember, moves=()) -> MemberInfo:
    return MemberInfo(m.id, m.number, m.customer_id, m.customer_name, m.joined_on, m.points, m.active, m.version,
                      tuple(PointMove(x.at, x.points, x.reason, x.note, x.username) for x in moves))


class Club(CrmPart):
    """``customer_paid(card_id) -> Decimal`` is what the customer paid for a delivered job card (the
    settlement area's statement, handed in by the composition root); ``job_cards`` reads the card."""

    def __init__(self, db, audit, clock, *, customers, job_cards=None, customer_paid=None) -> None:
        super().__init__(db, audit, clock)
        self.customers = customers
        self.job_cards = job_cards
        self.customer_paid = customer_paid

    # ---- points at delivery -----------------------------------------------------------------------
    def on_delivered(self, actor: Actor, card_id: int) -> None:
        """Called after a delivery commits. The car has left whatever happens here: a failure is logged
        (the points can be given with ``delivery_points`` later, still only once)."""
        try:
            self.delivery_points(actor, card_id)
        except Exception:  # noqa: BLE001 (the delivery is done; a person can add the points)
            log.exception("club points for job card %s not given", card_id)

    def delivery_points(self, actor: Actor, card_id: int) -> MemberInfo | None:
        """A member's points for a delivered card: the club's rule (``Rules.club_points_per_yuan``)
        times what the customer paid, whole points rounded down. Once per card: the points row names
        the card under a unique constraint, so a second press or a second PC adds nothing."""
        if self.job_cards is None or self.customer_paid is None:
            return None
        system = Actor.system()
        card = self.job_cards.card(system, card_id)
        if card.status != "delivered":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is not delivered yet."),
                                  number=card.number)
        with self.db.read() as s:
            m = s.scalar(select(ClubMember).where(ClubMember.customer_id == card.customer_id))
            if m is None or not m.active:
                return None
            if s.scalar(select(ClubPointMove.id).where(ClubPointMove.job_card_id == card_id)) is not None:
                return member_info(m)
            per_yuan = self.rules(s).club_points_per_yuan
        paid = Decimal(self.customer_paid(card_id) or 0)
        points = int((paid * per_yuan).to_integral_value(rounding=ROUND_FLOOR))
        if points <= 0:
            return None
        points = min(points, MAX_POINTS)
        try:
            with self.db.write() as s:
                m = s.scalar(select(ClubMember).where(ClubMember.customer_id == card.customer_id)
                             .with_for_update())
                if m is None or not m.active:
                    return None
                if s.scalar(select(ClubPointMove.id).where(ClubPointMove.job_card_id == card_id)) is not None:
                    return member_info(m)  # another PC was first
                self._move(s, actor, m, points, "visit", f"{card.number} ¥{paid}"[:255], self.clock.now(),
                           job_card_id=card_id)
                s.flush()
                return member_info(m)
        except DuplicateRecord:  # the same card's points committed by another PC at the same moment
            with self.db.read() as s:
                member = s.scalar(select(ClubMember).where(ClubMember.customer_id == card.customer_id))
                if member is None:  # the member was removed in the same moment: nothing was given
                    raise
                return member_info(member)

    # ---- members ----------------------------------------------------------------------------------
    def join(self, actor: Actor, customer_id: int, *, welcome_points: int = 0) -> MemberInfo:
        """The customer joins the club (or rejoins: the same card and the points kept)."""
        actor.require(Permission.EDIT_CRM)
        customer = self.customers.customer(Actor.system(), customer_id)
        welcome = self._points(welcome_points, allow_zero=True)
        today, now = self.clock.today(), self.clock.now()
        with self.db.write() as s:
            m = s.scalar(select(ClubMember).where(ClubMember.customer_id == customer_id))
            if m is not None and m.active:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is a club member already ({number})."),
                                      field="customer", name=customer.name, number=m.number)
            if m is None:
                m = ClubMember(customer_id=customer_id, number=next_number(s, "club_member", today), joined_on=today,
                               points=0, active=True, customer_name=customer.name, updated_by=actor.username)
                s.add(m)
                s.flush()
            else:
                m.active, m.left_on, m.joined_on, m.updated_by = True, None, today, actor.username
            if welcome:
                self._move(s, actor, m, welcome, "welcome", "", now)
            self.audit.record(s, actor, "crm.club_join", "crm_club_member", m.number, customer.name)
            s.flush()
            return member_info(m)

    def leave(self, actor: Actor, member_id: int, version: int) -> MemberInfo:
        actor.require(Permission.EDIT_CRM)
        with self.db.write() as s:
            m = self._get(s, member_id, version)
            m.active, m.left_on, m.updated_by = False, self.clock.today(), actor.username
            self.audit.record(s, actor, "crm.club_leave", "crm_club_member", m.number, m.customer_name)
            s.flush()
            return member_info(m)

    def points(self, actor: Actor, member_id: int, version: int, points: int, reason: str,
               note: str = "") -> MemberInfo:
        """Points earned (positive) or redeemed (negative); a redemption cannot exceed the balance."""
        actor.require(Permission.EDIT_CRM)
        if reason not in POINT_REASONS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown reason {value}."), field="reason",
                                  value=reason)
        try:
            n = int(points)
        except (TypeError, ValueError):
            n = 0
        if n == 0 or abs(n) > MAX_POINTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Points are a whole number, not 0."),
                                  field="points")
        if reason == "redeem" and n > 0:
            n = -n
        with self.db.write() as s:
            m = self._get(s, member_id, version)
            if not m.active:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} has left the club."),
                                      number=m.number)
            if m.points + n < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} has only {points} points."),
                                      field="points", number=m.number, points=m.points)
            self._move(s, actor, m, n, reason, clean(note)[:255], self.clock.now())
            s.flush()
        return self.member(actor, member_id)

    def member(self, actor: Actor, member_id: int) -> MemberInfo:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            m = self._get(s, member_id)
            moves = s.scalars(select(ClubPointMove).where(ClubPointMove.member_id == m.id)
                              .order_by(ClubPointMove.at.desc(), ClubPointMove.id.desc()).limit(200))
            return member_info(m, list(moves))

    def members(self, actor: Actor, *, text: str = "", active_only: bool = True, limit: int = 500) -> list[MemberInfo]:
        """Members by card number; ``text`` finds a card number or a name."""
        actor.require(Permission.VIEW_CRM)
        q = select(ClubMember)
        if active_only:
            q = q.where(ClubMember.active.is_(True))
        text = clean(text)
        if text:
            like = f"%{text}%"
            q = q.where(ClubMember.number.ilike(like) | ClubMember.customer_name.ilike(like))
        with self.db.read() as s:
            return [member_info(m) for m in s.scalars(q.order_by(ClubMember.number).limit(limit))]

    # ---- events -----------------------------------------------------------------------------------
    def new_event(self, actor: Actor, name: str, held_on: date, *, place: str = "", capacity: int = 0,
                  points: int = 0) -> EventInfo:
        actor.require(Permission.EDIT_CRM)
        if not clean(name):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name the event."), field="name")
        if held_on < self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The event cannot be in the past."),
                                  field="held_on")
        if capacity < 0 or capacity > 100_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The places lie between 0 (no limit) and "
                                                                    "100000."), field="capacity")
        earn = self._points(points, allow_zero=True)
        with self.db.write() as s:
            e = ClubEvent(name=clean(name)[:128], held_on=held_on, place=clean(place)[:128], capacity=capacity,
                          points=earn, created_by=actor.username)
            s.add(e)
            s.flush()
            return self._event_info(s, e)

    def events(self, actor: Actor, *, since: date | None = None) -> list[EventInfo]:
        """The events from ``since`` (default: a month ago), the soonest first."""
        actor.require(Permission.VIEW_CRM)
        since = since or date.fromordinal(self.clock.today().toordinal() - 30)
        with self.db.read() as s:
            return [self._event_info(s, e) for e in s.scalars(select(ClubEvent).where(ClubEvent.held_on >= since)
                                                              .order_by(ClubEvent.held_on, ClubEvent.id).limit(200))]

    def sign_up(self, actor: Actor, event_id: int, member_id: int) -> EventInfo:
        actor.require(Permission.EDIT_CRM)
        with self.db.write() as s:
            e = self._event(s, event_id)
            m = self._get(s, member_id)
            if not m.active:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} has left the club."),
                                      number=m.number)
            if s.scalar(select(ClubAttendee.id).where(ClubAttendee.event_id == e.id,
                                                      ClubAttendee.member_id == m.id)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is signed up already."),
                                      name=m.customer_name)
            info = self._event_info(s, e)
            if info.full:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{event} is full ({capacity} places)."),
                                      event=e.name, capacity=e.capacity)
            s.add(ClubAttendee(event_id=e.id, member_id=m.id, attended=False))
            s.flush()
            return self._event_info(s, e)

    def attended(self, actor: Actor, event_id: int, member_id: int) -> EventInfo:
        """The member came: the event's points, once."""
        actor.require(Permission.EDIT_CRM)
        with self.db.write() as s:
            e = self._event(s, event_id)
            a = s.scalar(select(ClubAttendee).where(ClubAttendee.event_id == e.id, ClubAttendee.member_id == member_id))
            if a is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Not signed up for {event}."), event=e.name)
            if not a.attended:
                a.attended = True
                if e.points:
                    self._move(s, actor, self._get(s, member_id), e.points, "event", e.name[:255], self.clock.now())
            s.flush()
            return self._event_info(s, e)

    def attendees(self, actor: Actor, event_id: int) -> list[tuple[MemberInfo, bool]]:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            rows = s.execute(select(ClubMember, ClubAttendee.attended)
                             .join(ClubAttendee, ClubAttendee.member_id == ClubMember.id)
                             .where(ClubAttendee.event_id == event_id).order_by(ClubMember.number)).all()
            return [(member_info(m), attended) for m, attended in rows]

    # ---- inside -----------------------------------------------------------------------------------
    def _move(self, s: Session, actor: Actor, m: ClubMember, points: int, reason: str, note: str, at, *,
              job_card_id: int | None = None) -> None:
        s.add(ClubPointMove(member_id=m.id, at=at, points=points, reason=reason, note=note, username=actor.username,
                            job_card_id=job_card_id))
        if job_card_id is not None:
            s.flush()  # the unique job card: a second giving fails here, before the balance moves
        m.points += points
        m.updated_by = actor.username
        self.audit.record(s, actor, "crm.club_points", "crm_club_member", m.number, f"{points:+d} {reason}")

    @staticmethod
    def _points(points, *, allow_zero: bool) -> int:
        try:
            n = int(points)
        except (TypeError, ValueError):
            n = -1
        if n < 0 or n > MAX_POINTS or (n == 0 and not allow_zero):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Points are a whole number from 0 to {max}."),
                                  field="points", max=MAX_POINTS)
        return n

    @staticmethod
    def _event_info(s: Session, e: ClubEvent) -> EventInfo:
        signed, came = s.execute(select(func.count(), func.count().filter(ClubAttendee.attended.is_(True)))
                                 .where(ClubAttendee.event_id == e.id)).one()
        return EventInfo(e.id, e.name, e.held_on, e.place, e.capacity, e.points, int(signed), int(came or 0))

    @staticmethod
    def _event(s: Session, event_id: int) -> ClubEvent:
        e = s.get(ClubEvent, event_id)
        if e is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No club event {id}."), id=event_id)
        return e

    @staticmethod
    def _get(s: Session, member_id: int, version: int | None = None) -> ClubMember:
        m = s.get(ClubMember, member_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No club member {id}."), id=member_id)
        if version is not None and m.version != version:
            raise conflict_error(m)
        return m


__all__ = ["Club", "EventInfo", "MemberInfo", "POINT_REASONS", "POINT_REASON_NAMES", "PointMove"]
