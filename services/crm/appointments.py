"""Appointments (预约): the calendar per advisor, the manual's rules enforced, two suggested slots,
the next-day confirmation list, no-shows, and the appointment turned into a job card at reception.

The rules (settings, the manual's numbers by default): at most ``max_per_hour`` (3) appointments of
one advisor in any 60 minutes; ``gap_minutes`` (15) between two of them; starts inside the opening
hours on an open day (closed weekdays, closed dates, statutory holidays); the day's expected work
within the workshop's bookable hours. A refusal says which rule and why. A booking reads the day and
the advisor and then writes: on SQLite the write transaction runs alone (BEGIN IMMEDIATE); on
PostgreSQL an advisory lock per day and per advisor serialises two PCs booking the same hour.

Lifecycle::

    booked ──receive──▶ arrived (job card opened)
      │ ╲──no-show (with the reason)──▶ no_show ··· rebooked as a new appointment
      ╰──cancel / cancelled on the reminder call──▶ cancelled
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.crm import Appointment, AppointmentEvent
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.crm.capacity import Roster, day_capacity, read_roster
from services.crm.data import (
    CHANNELS,
    CONFIRMATIONS,
    Advisor,
    AppointmentInfo,
    AppointmentInput,
    DayLoad,
    Rules,
    Slot,
)
from services.crm.prepick import PrePick
from services.crm.rules import CrmPart, clean, hours_value
from services.station.numbering import next_number
from services.station.settings import JOB_TYPES
from services.users import privacy
from services.users.permissions import Actor, Permission, Role

ACTIVE = ("booked", "arrived")
HOUR = timedelta(minutes=60)
SEARCH_DAYS = 30


def info(a: Appointment, phone=None, parts=()) -> AppointmentInfo:
    return AppointmentInfo(
        a.id, a.number, a.customer_id, a.vehicle_id, a.advisor_id, a.advisor_name, a.starts_at, a.expected_hours,
        a.job_type, a.request, a.channel, a.status, a.confirmation, a.reason, a.customer_name,
        phone(a.phone) if phone else a.phone, a.plate, a.vehicle_desc, a.booked_at, a.job_card_number, a.version,
        tuple(parts))


@dataclass(frozen=True)
class Refusal:
    text: str
    params: dict
    field: str = "starts_at"

    def error(self) -> ValidationError:
        return ValidationError(self.text, field=self.field, **self.params)


def check_rules(rules: Rules, *, advisor: str, starts_at: datetime, local: datetime, hours: Decimal,
                advisor_times: Sequence[datetime], day_hours: Decimal,
                capacity: Decimal | None = None) -> Refusal | None:
    """The advisor's and the workshop's rules for one more appointment (no database: the booking and
    the slot search both call it). ``advisor_times``: the advisor's other active starts that day;
    ``day_hours``: the expected hours already booked that day; ``capacity``: the day's bookable
    hours (the technicians' shifts, ``services.crm.capacity``; default the settings' figure)."""
    minute = local.hour * 60 + local.minute
    if not rules.day_start_minute <= minute < rules.day_end_minute:
        return Refusal(QT_TRANSLATE_NOOP("ServiceError", "Appointments start between {first} and {last}."),
                       {"first": _hhmm(rules.day_start_minute), "last": _hhmm(rules.day_end_minute)})
    gap = timedelta(minutes=rules.gap_minutes)
    for other in advisor_times:
        if abs(other - starts_at) < gap:
            return Refusal(QT_TRANSLATE_NOOP("ServiceError", "{advisor} has an appointment at {time}: leave {gap} "
                                                             "minutes between two appointments."),
                           {"advisor": advisor, "time": _clock(other, local), "gap": rules.gap_minutes})
    # at most max_per_hour starts in any 60 minutes that hold this one
    times = sorted([*[t for t in advisor_times if abs(t - starts_at) < HOUR], starts_at])
    for first in times:
        if first > starts_at or starts_at - first >= HOUR:
            continue
        inside = [t for t in times if first <= t < first + HOUR]
        if len(inside) > rules.max_per_hour:
            inside.remove(starts_at)
            return Refusal(QT_TRANSLATE_NOOP("ServiceError", "{advisor} has {count} appointments between {start} and "
                                                             "{end} already: at most {max} in an hour."),
                           {"advisor": advisor, "count": len(inside), "start": _clock(inside[0], local),
                            "end": _clock(inside[-1], local), "max": rules.max_per_hour})
    capacity = rules.workshop_hours if capacity is None else capacity
    if day_hours + hours > capacity:
        return Refusal(QT_TRANSLATE_NOOP("ServiceError", "The workshop is booked {booked} of {capacity} hours on "
                                                         "{day}: {hours} more hours do not fit."),
                       {"booked": _num(day_hours), "capacity": _num(capacity),
                        "day": local.date().isoformat(), "hours": _num(hours)}, "expected_hours")
    return None


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _clock(moment: datetime, local: datetime) -> str:
    return moment.astimezone(local.tzinfo).strftime("%H:%M")


def _num(d: Decimal) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class Appointments(CrmPart):
    """The appointment sheet. ``customers``, ``job_cards``, ``workshop`` (the technicians' shifts, for
    the day's capacity) and ``parts`` (reservations of the parts picked in advance) are the other
    areas' services; without ``workshop`` the settings' figure is the capacity, without ``parts`` an
    appointment names no parts."""

    def __init__(self, db, audit, clock, *, customers, job_cards, workshop=None, parts=None) -> None:
        super().__init__(db, audit, clock)
        self.customers = customers
        self.job_cards = job_cards
        self.workshop = workshop
        self.prepick = PrePick(parts)

    # ---- reading --------------------------------------------------------------------------------
    def list_advisors(self, actor: Actor) -> list[Advisor]:
        actor.require(Permission.VIEW_APPOINTMENTS)
        with self.db.read() as s:
            return self.advisors(s)

    def day(self, actor: Actor, day: date, *, advisor_id: int | None = None,
            include_cancelled: bool = False) -> list[AppointmentInfo]:
        """The appointment sheet of a day (one advisor's calendar with ``advisor_id``), by time."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        start, end = self.day_bounds(day)
        q = select(Appointment).where(Appointment.starts_at >= start, Appointment.starts_at < end)
        if advisor_id is not None:
            q = q.where(Appointment.advisor_id == advisor_id)
        if not include_cancelled:
            q = q.where(Appointment.status != "cancelled")
        phone = privacy.phone_view(actor)
        with self.db.read() as s:
            rows = list(s.scalars(q.order_by(Appointment.starts_at, Appointment.id)))
            picked = self.prepick.parts_of(s, [a.id for a in rows])
            return [info(a, phone, picked.get(a.id, ())) for a in rows]

    def appointment(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        actor.require(Permission.VIEW_APPOINTMENTS)
        with self.db.read() as s:
            a = self._get(s, appointment_id)
            return info(a, privacy.phone_view(actor), self.prepick.parts_of(s, [a.id]).get(a.id, ()))

    def load(self, actor: Actor, day: date) -> DayLoad:
        """The workshop's booked hours against its capacity on a day, and whether the day is open."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        roster = read_roster(self.workshop)
        with self.db.read() as s:
            rules = self.rules(s)
            booked = self._day_hours(s, day)
        reason = self.closed_reason(rules, day)
        capacity = day_capacity(rules.workshop_hours, roster) if reason is None else Decimal(0)
        return DayLoad(day, booked, capacity, reason is None, reason or "", roster.technicians if roster else 0)

    def confirmation_list(self, actor: Actor, day: date | None = None) -> list[AppointmentInfo]:
        """Tomorrow's appointments (or ``day``'s) still booked: the reminder calls (提前一天确认)."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        day = day or self.clock.today() + timedelta(days=1)
        return [a for a in self.day(actor, day) if a.status == "booked"]

    # ---- booking --------------------------------------------------------------------------------
    def book(self, actor: Actor, data: AppointmentInput) -> AppointmentInfo:
        actor.require(Permission.EDIT_APPOINTMENTS)
        hours = hours_value(data.expected_hours)
        if data.job_type not in JOB_TYPES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown job type {value}."), field="job_type",
                                  value=data.job_type)
        if data.channel not in CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown channel {value}."), field="channel",
                                  value=data.channel)
        starts_at = self._when(data.starts_at)
        system = Actor.system()
        vehicle = self.customers.vehicle(system, data.vehicle_id)
        customer = self.customers.customer(system, vehicle.owner_id)
        picks = self.prepick.read(data.parts)
        roster = read_roster(self.workshop)
        now = self.clock.now()
        with self.db.write() as s:
            advisor = self.user(s, user_id=data.advisor_id)
            self._check(s, advisor.id, advisor.display_name, starts_at, hours, roster=roster)
            number = next_number(s, "appointment", self.clock.today())
            a = Appointment(
                number=number, customer_id=customer.id, vehicle_id=vehicle.id, advisor_id=advisor.id,
                advisor_name=advisor.display_name, starts_at=starts_at, expected_hours=hours, job_type=data.job_type,
                request=clean(data.request), channel=data.channel, status="booked", booked_at=now,
                booked_by=actor.username, customer_name=customer.name, phone=customer.mobile or customer.other_phone
                or "", plate=vehicle.plate or "", vehicle_desc=" ".join(x for x in (vehicle.brand, vehicle.model) if x),
                rebook_of_id=data.rebook_of, updated_by=actor.username)
            s.add(a)
            s.flush()
            self._event(s, a, actor, "booked", self.clock.local(starts_at).strftime("%Y-%m-%d %H:%M"))
            parts = self.prepick.reserve(s, actor, a, picks)
            result = info(a, privacy.phone_view(actor), parts)
        return result

    def move(self, actor: Actor, appointment_id: int, version: int, starts_at: datetime, *,
             advisor_id: int | None = None, note: str = "") -> AppointmentInfo:
        """Another time (and perhaps another advisor), under the same rules."""
        actor.require(Permission.EDIT_APPOINTMENTS)
        starts_at = self._when(starts_at)
        roster = read_roster(self.workshop)
        with self.db.write() as s:
            a = self._get(s, appointment_id, version)
            self._require_booked(a)
            advisor = self.user(s, user_id=advisor_id or a.advisor_id)
            self._check(s, advisor.id, advisor.display_name, starts_at, a.expected_hours, exclude=a.id,
                        roster=roster)
            before = self.clock.local(a.starts_at).strftime("%Y-%m-%d %H:%M")
            a.starts_at, a.advisor_id, a.advisor_name = starts_at, advisor.id, advisor.display_name
            a.updated_by = actor.username
            self._event(s, a, actor, "moved", f"{before} → {self.clock.local(starts_at):%Y-%m-%d %H:%M} {clean(note)}")
            s.flush()
            return self._info(s, a, actor)

    def confirm(self, actor: Actor, appointment_id: int, version: int, outcome: str, *,
                starts_at: datetime | None = None, reason: str = "") -> AppointmentInfo:
        """The reminder call the day before: no answer (called), confirmed, moved to ``starts_at``, or
        cancelled (with the reason)."""
        actor.require(Permission.EDIT_APPOINTMENTS)
        if outcome not in CONFIRMATIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown outcome {value}."), field="outcome",
                                  value=outcome)
        if outcome == "moved":
            if starts_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the new time."), field="starts_at")
            moved = self.move(actor, appointment_id, version, starts_at, note=reason)
            appointment_id, version = moved.id, moved.version
        if outcome == "cancelled" and not clean(reason):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note why the customer cancels."), field="reason")
        now = self.clock.now()
        with self.db.write() as s:
            a = self._get(s, appointment_id, version)
            self._require_booked(a)
            if outcome == "called" and a.confirmation in ("confirmed", "moved"):
                pass  # a later unanswered call does not undo a confirmation
            else:
                a.confirmation = outcome
            if outcome != "called":
                a.confirmed_at = now
            if outcome == "cancelled":
                a.status, a.reason = "cancelled", clean(reason)
                self.prepick.release(s, actor, a)
            a.updated_by = actor.username
            self._event(s, a, actor, outcome if outcome != "moved" else "confirmed", clean(reason))
            s.flush()
            return self._info(s, a, actor)

    def cancel(self, actor: Actor, appointment_id: int, version: int, reason: str) -> AppointmentInfo:
        actor.require(Permission.EDIT_APPOINTMENTS)
        if not clean(reason):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note why the customer cancels."), field="reason")
        with self.db.write() as s:
            a = self._get(s, appointment_id, version)
            self._require_booked(a)
            a.status, a.reason, a.updated_by = "cancelled", clean(reason), actor.username
            self.prepick.release(s, actor, a)
            self._event(s, a, actor, "cancelled", clean(reason))
            s.flush()
            return self._info(s, a, actor)

    def no_show(self, actor: Actor, appointment_id: int, version: int, reason: str) -> AppointmentInfo:
        """The customer did not come: the reason they gave when called (联系并了解失约原因)."""
        actor.require(Permission.EDIT_APPOINTMENTS)
        if not clean(reason):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note why the customer did not come."),
                                  field="reason")
        with self.db.write() as s:
            a = self._get(s, appointment_id, version)
            self._require_booked(a)
            if a.starts_at > self.clock.now():
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Appointment {number} is still to come."),
                                      number=a.number)
            a.status, a.reason, a.updated_by = "no_show", clean(reason), actor.username
            self.prepick.release(s, actor, a)
            self._event(s, a, actor, "no_show", clean(reason))
            s.flush()
            return self._info(s, a, actor)

    def receive(self, actor: Actor, appointment_id: int, *, mileage_in: int | None = None, intake_changes=None):
        """The car is here: the appointment becomes a job card in one step (the job card area's own
        ``open_card``, for the appointment's advisor, with its number, job type and request). The card
        is promised for the appointment's expected hours from now (at least one hour) unless
        ``intake_changes`` names a ``promised_at``; the advisor changes it on the card, with why.

        One transaction: the card, its parts lines for the parts picked in advance, the reservations
        moved from the appointment to those lines (released under the appointment's number, then
        reserved under the card's, so the stock's reserved count ends where it was) and the
        appointment marked arrived commit together or not at all."""
        from services.job_cards.data import Intake  # the job card area's input type (a declared seam)

        actor.require(Permission.EDIT_JOB_CARDS)
        with self.db.read() as s:
            a = self._get(s, appointment_id)
            self._require_booked(a)
            if self.local_day(a.starts_at) > self.clock.today():
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Appointment {number} is for {day}: move it "
                                                                        "to today first."),
                                      number=a.number, day=self.local_day(a.starts_at).isoformat())
            advisor_row = self.user(s, user_id=a.advisor_id) if a.advisor_id else None
            advisor = Actor.for_roles(advisor_row.id, advisor_row.username, advisor_row.display_name,
                                      [Role.SERVICE_ADVISOR]) if advisor_row else None
            changes = dict(intake_changes or {})
            changes.setdefault("promised_at", self.clock.now() + timedelta(hours=max(float(a.expected_hours or 0), 1)))
            intake = Intake(vehicle_id=a.vehicle_id, job_type=a.job_type, appointment_number=a.number,
                            customer_words=a.request, mileage_in=mileage_in, **changes)
            carried = self.prepick.to_carry(s, a)

        def arrived(s: Session, card_id: int, card_number: str) -> None:
            # in the card's transaction, before its parts lines reserve: the appointment still booked
            # (a second PC receiving it too fails here and its card is not made), its parts released
            a = self._get(s, appointment_id, with_lock=True)
            self._require_booked(a)
            self.prepick.release(s, actor, a, status="carried")
            a.status, a.arrived_at, a.job_card_id, a.job_card_number = "arrived", self.clock.now(), card_id, card_number
            a.updated_by = actor.username
            self._event(s, a, actor, "arrived", card_number)

        return self.job_cards.open_card(actor, intake, advisor=advisor, parts=carried, within=arrived)

    # ---- two slots for a request ----------------------------------------------------------------
    def suggest(self, actor: Actor, *, after: datetime | None = None, hours=Decimal("1"),
                advisor_id: int | None = None, count: int = 2) -> list[Slot]:
        """The first ``count`` times (distinct) from ``after`` on that the rules allow, for the given
        advisor or any advisor (the least busy of the day first): the two choices offered the customer."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        hours = hours_value(hours)
        now = self.clock.now()
        start = max(self._aware(after) if after else now, now)
        out: list[Slot] = []
        roster = read_roster(self.workshop)
        with self.db.read() as s:
            rules = self.rules(s)
            capacity = day_capacity(rules.workshop_hours, roster)
            advisors = [a for a in self.advisors(s) if advisor_id is None or a.user_id == advisor_id]
            if not advisors:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "There is no service advisor to book with."),
                                      field="advisor_id")
            step = timedelta(minutes=max(rules.gap_minutes, 5))
            day = self.local_day(start)
            for _ in range(SEARCH_DAYS):
                if self.closed_reason(rules, day) is None:
                    day_start, day_end = self.day_bounds(day)
                    rows = s.execute(select(Appointment.advisor_id, Appointment.starts_at, Appointment.expected_hours)
                                     .where(Appointment.starts_at >= day_start, Appointment.starts_at < day_end,
                                            Appointment.status.in_(ACTIVE))).all()
                    booked = sum((h for _a, _t, h in rows), Decimal(0))
                    times: dict[int, list[datetime]] = {}
                    for adv_id, t, _h in rows:
                        times.setdefault(adv_id, []).append(t)
                    order = sorted(advisors, key=lambda a: (len(times.get(a.user_id, [])), a.name))
                    t = self.at_minute(day, rules.day_start_minute)
                    while self.clock.local(t).hour * 60 + self.clock.local(t).minute < rules.day_end_minute:
                        if t >= start:
                            local = self.clock.local(t)
                            for adv in order:
                                if check_rules(rules, advisor=adv.name, starts_at=t, local=local, hours=hours,
                                               advisor_times=times.get(adv.user_id, []), day_hours=booked,
                                               capacity=capacity) is None:
                                    out.append(Slot(t, adv.user_id, adv.name))
                                    break
                            if len(out) >= count:
                                return out
                        t += step
                day += timedelta(days=1)
        return out

    # ---- inside ---------------------------------------------------------------------------------
    def _check(self, s: Session, advisor_id: int, advisor_name: str, starts_at: datetime, hours: Decimal,
               exclude: int | None = None, roster: Roster | None = None) -> None:
        rules = self.rules(s)
        local = self.clock.local(starts_at)
        day = local.date()
        if starts_at <= self.clock.now():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{when} has passed: an appointment is for a time "
                                                                    "to come."),
                                  field="starts_at", when=local.strftime("%Y-%m-%d %H:%M"))
        reason = self.closed_reason(rules, day)
        if reason:
            raise ValidationError(reason, field="starts_at", day=day.isoformat())
        self.lock(s, day.toordinal(), 1_000_000 + advisor_id)
        day_start, day_end = self.day_bounds(day)
        q = select(Appointment.starts_at).where(Appointment.advisor_id == advisor_id,
                                                Appointment.starts_at >= day_start - HOUR,
                                                Appointment.starts_at < day_end + HOUR,
                                                Appointment.status.in_(ACTIVE))
        if exclude is not None:
            q = q.where(Appointment.id != exclude)
        refusal = check_rules(rules, advisor=advisor_name, starts_at=starts_at, local=local, hours=hours,
                              advisor_times=list(s.scalars(q)), day_hours=self._day_hours(s, day, exclude),
                              capacity=day_capacity(rules.workshop_hours, roster))
        if refusal is not None:
            raise refusal.error()

    def _day_hours(self, s: Session, day: date, exclude: int | None = None) -> Decimal:
        day_start, day_end = self.day_bounds(day)
        q = select(func.sum(Appointment.expected_hours)).where(
            Appointment.starts_at >= day_start, Appointment.starts_at < day_end, Appointment.status.in_(ACTIVE))
        if exclude is not None:
            q = q.where(Appointment.id != exclude)
        return s.scalar(q) or Decimal(0)

    def _get(self, s: Session, appointment_id: int, version: int | None = None, *,
             with_lock: bool = False) -> Appointment:
        a = s.get(Appointment, appointment_id, with_for_update=with_lock)
        if a is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No appointment {id}."), id=appointment_id)
        if version is not None and a.version != version:
            raise conflict_error(a)
        return a

    def _info(self, s: Session, a: Appointment, actor: Actor) -> AppointmentInfo:
        return info(a, privacy.phone_view(actor), self.prepick.parts_of(s, [a.id]).get(a.id, ()))

    @staticmethod
    def _require_booked(a: Appointment) -> None:
        if a.status != "booked":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Appointment {number} is {status} already."),
                                  number=a.number, status=a.status)

    def _aware(self, moment: datetime) -> datetime:
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=self.clock.zone)

    def _when(self, moment: datetime) -> datetime:
        if not isinstance(moment, datetime):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the appointment's day and time."),
                                  field="starts_at")
        return self._aware(moment).replace(second=0, microsecond=0)

    def _event(self, s: Session, a: Appointment, actor: Actor, kind: str, note: str = "") -> None:
        s.add(AppointmentEvent(appointment_id=a.id, at=self.clock.now(), kind=kind, note=note[:255],
                               username=actor.username))
