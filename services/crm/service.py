"""The customer-relations centre (客户关系中心): ``CrmService`` is the area's one door (``ctx.crm``).

The work is done by the package's use-case modules:

- ``rules``: the centre's rules as settings (3 an hour, 15 minutes apart, the workshop's hours...);
- ``appointments``: the calendar per advisor, bookings under the rules, two suggested slots, the
  next-day confirmation list, no-shows, the appointment turned into a job card at reception;
- ``calls``: call tasks and calls, the follow-up call after each delivery (the settlement area's
  ``on_delivered`` hook), the script's scores, retries, the daily work list, marketing consent;
- ``cases``: problems from follow-up calls and complaints, their owners, actions and confirmation;
- ``contacts``: the daily plan of proactive contacts and reminders, the receptionist's phone log;
- ``kpis``: the centre's KPIs; ``printing``: the appointment list and the welcome board;
- ``lists``: call lists and the SMS tool's file (marketing only with consent); ``club``: the car club.

Other areas are reached through their services: ``customers`` (the customer file, consent),
``job_cards`` (a card's details, ``open_card`` at reception).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.db.engine import Database
from services.common.clock import Clock
from services.crm.appointments import Appointments
from services.crm.calls import Calls
from services.crm.cases import Cases
from services.crm.club import Club, EventInfo, MemberInfo
from services.crm.contacts import Contacts
from services.crm.data import (
    Advisor,
    AppointmentInfo,
    AppointmentInput,
    CallInfo,
    CallResult,
    CaseInfo,
    CaseInput,
    DayLoad,
    KpiReport,
    PhoneLogInfo,
    Rules,
    Slot,
    TaskInfo,
)
from services.crm.kpis import Kpis
from services.crm.lists import ListRow, Lists
from services.crm.rules import CrmPart
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class CrmService:
    """Appointments, calls, cases, proactive contact, the phone log and the centre's KPIs."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, customers, job_cards, station=None,
                 workshop=None, parts=None, customer_paid=None) -> None:
        """``workshop``: the technicians' shifts make the day's capacity; ``parts``: an appointment's parts
        are reserved in stock; ``customer_paid(card_id)``: what the customer paid for a delivered card
        (the settlement area's statement), for the car club's points."""
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self._rules = CrmPart(db, audit, clock)
        self._appointments = Appointments(db, audit, clock, customers=customers, job_cards=job_cards,
                                          workshop=workshop, parts=parts)
        self._cases = Cases(db, audit, clock, customers=customers)
        self._calls = Calls(db, audit, clock, customers=customers, job_cards=job_cards, cases=self._cases)
        self._contacts = Contacts(db, audit, clock, calls=self._calls)
        self._kpis = Kpis(db, audit, clock)
        self._club = Club(db, audit, clock, customers=customers, job_cards=job_cards, customer_paid=customer_paid)
        self._lists = Lists(db, audit, clock)

    # ---- rules ----------------------------------------------------------------------------------
    def rules(self, actor: Actor) -> Rules:
        if not actor.can(Permission.VIEW_CRM):
            actor.require(Permission.VIEW_APPOINTMENTS)
        return self._rules.rules()

    def save_rules(self, actor: Actor, rules: Rules) -> Rules:
        return self._rules.save_rules(actor, rules)

    # ---- appointments ---------------------------------------------------------------------------
    def advisors(self, actor: Actor) -> list[Advisor]:
        return self._appointments.list_advisors(actor)

    def day(self, actor: Actor, day: date, *, advisor_id: int | None = None,
            include_cancelled: bool = False) -> list[AppointmentInfo]:
        return self._appointments.day(actor, day, advisor_id=advisor_id, include_cancelled=include_cancelled)

    def appointment(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        return self._appointments.appointment(actor, appointment_id)

    def load(self, actor: Actor, day: date) -> DayLoad:
        return self._appointments.load(actor, day)

    def book(self, actor: Actor, data: AppointmentInput) -> AppointmentInfo:
        return self._appointments.book(actor, data)

    def suggest(self, actor: Actor, *, after: datetime | None = None, hours=Decimal("1"),
                advisor_id: int | None = None, count: int = 2) -> list[Slot]:
        return self._appointments.suggest(actor, after=after, hours=hours, advisor_id=advisor_id, count=count)

    def move(self, actor: Actor, appointment_id: int, version: int, starts_at: datetime, *,
             advisor_id: int | None = None, note: str = "") -> AppointmentInfo:
        return self._appointments.move(actor, appointment_id, version, starts_at, advisor_id=advisor_id, note=note)

    def confirmation_list(self, actor: Actor, day: date | None = None) -> list[AppointmentInfo]:
        return self._appointments.confirmation_list(actor, day)

    def confirm(self, actor: Actor, appointment_id: int, version: int, outcome: str, *,
                starts_at: datetime | None = None, reason: str = "") -> AppointmentInfo:
        return self._appointments.confirm(actor, appointment_id, version, outcome, starts_at=starts_at, reason=reason)

    def cancel(self, actor: Actor, appointment_id: int, version: int, reason: str) -> AppointmentInfo:
        return self._appointments.cancel(actor, appointment_id, version, reason)

    def no_show(self, actor: Actor, appointment_id: int, version: int, reason: str) -> AppointmentInfo:
        return self._appointments.no_show(actor, appointment_id, version, reason)

    def receive(self, actor: Actor, appointment_id: int, *, mileage_in: int | None = None):
        """The appointment becomes a job card (returns the job card area's ``JobCardInfo``)."""
        return self._appointments.receive(actor, appointment_id, mileage_in=mileage_in)

    # ---- calls ----------------------------------------------------------------------------------
    def on_delivered(self, actor: Actor, card_id: int, due: date | None = None) -> None:
        """The settlement area's delivery hook: the follow-up call falls due, a club member earns points."""
        self._calls.on_delivered(actor, card_id, due)
        self._club.on_delivered(actor, card_id)

    def club_points_for_delivery(self, actor: Actor, card_id: int) -> MemberInfo | None:
        """The club points of a delivered card (once; None when the customer is no member or earns none)."""
        return self._club.delivery_points(actor, card_id)

    def work_list(self, actor: Actor, *, kinds: tuple[str, ...] | None = None, limit: int = 300) -> list[TaskInfo]:
        return self._calls.work_list(actor, kinds=kinds, limit=limit)

    def task(self, actor: Actor, task_id: int) -> TaskInfo:
        return self._calls.task(actor, task_id)

    def calls(self, actor: Actor, task_id: int) -> list[CallInfo]:
        return self._calls.calls(actor, task_id)

    def customer_tasks(self, actor: Actor, customer_id: int) -> list[TaskInfo]:
        return self._calls.customer_tasks(actor, customer_id)

    def new_task(self, actor: Actor, kind: str, customer_id: int, *, due_on: date | None = None,
                 vehicle_id: int | None = None, note: str = "", assigned_to: str | None = None) -> TaskInfo:
        return self._calls.new_task(actor, kind, customer_id, due_on=due_on, vehicle_id=vehicle_id, note=note,
                                    assigned_to=assigned_to)

    def check_allowed(self, actor: Actor, task: TaskInfo) -> None:
        self._calls.check_allowed(actor, task)

    def record_call(self, actor: Actor, task_id: int, outcome: str, *, scores: dict | None = None, note: str = "",
                    problem: CaseInput | None = None, reason: str | None = None) -> CallResult:
        return self._calls.record_call(actor, task_id, outcome, scores=scores, note=note, problem=problem,
                                       reason=reason)

    def reassign(self, actor: Actor, task_id: int, username: str | None) -> TaskInfo:
        return self._calls.reassign(actor, task_id, username)

    # ---- cases and complaints -------------------------------------------------------------------
    def open_complaint(self, actor: Actor, data: CaseInput) -> CaseInfo:
        return self._cases.open_complaint(actor, data)

    def add_action(self, actor: Actor, case_id: int, version: int, text: str) -> CaseInfo:
        return self._cases.add_action(actor, case_id, version, text)

    def resolve(self, actor: Actor, case_id: int, version: int, resolution: str) -> CaseInfo:
        return self._cases.resolve(actor, case_id, version, resolution)

    def case(self, actor: Actor, case_id: int) -> CaseInfo:
        return self._cases.case(actor, case_id)

    def cases(self, actor: Actor, *, status: str | None = "open", owner: str | None = None) -> list[CaseInfo]:
        return self._cases.list_cases(actor, status=status, owner=owner)

    # ---- proactive contact and the phone log ----------------------------------------------------
    def plan(self, actor: Actor, day: date | None = None) -> dict[str, int]:
        return self._contacts.plan(actor, day)

    def log_phone(self, actor: Actor, **fields) -> PhoneLogInfo:
        return self._contacts.log_phone(actor, **fields)

    def answer_phone(self, actor: Actor, entry_id: int, answer: str) -> PhoneLogInfo:
        return self._contacts.answer_phone(actor, entry_id, answer)

    def phone_log(self, actor: Actor, day: date | None = None, *, open_only: bool = False) -> list[PhoneLogInfo]:
        return self._contacts.phone_log(actor, day, open_only=open_only)

    # ---- call lists and the SMS export ---------------------------------------------------------------
    def audience(self, actor: Actor, kind: str, day: date | None = None) -> list[ListRow]:
        return self._lists.audience(actor, kind, day)

    def sms_export(self, actor: Actor, kind: str, message: str, day: date | None = None,
                   headers: tuple[str, ...] = ("mobile", "name", "plate", "detail", "message"),
                   via: str = "") -> tuple[bytes, int]:
        return self._lists.sms_export(actor, kind, message, day, headers, via)

    # ---- the car club ---------------------------------------------------------------------------------
    def club_join(self, actor: Actor, customer_id: int, *, welcome_points: int = 0) -> MemberInfo:
        return self._club.join(actor, customer_id, welcome_points=welcome_points)

    def club_leave(self, actor: Actor, member_id: int, version: int) -> MemberInfo:
        return self._club.leave(actor, member_id, version)

    def club_points(self, actor: Actor, member_id: int, version: int, points: int, reason: str,
                    note: str = "") -> MemberInfo:
        return self._club.points(actor, member_id, version, points, reason, note)

    def club_member(self, actor: Actor, member_id: int) -> MemberInfo:
        return self._club.member(actor, member_id)

    def club_members(self, actor: Actor, *, text: str = "", active_only: bool = True) -> list[MemberInfo]:
        return self._club.members(actor, text=text, active_only=active_only)

    def club_new_event(self, actor: Actor, name: str, held_on: date, *, place: str = "", capacity: int = 0,
                       points: int = 0) -> EventInfo:
        return self._club.new_event(actor, name, held_on, place=place, capacity=capacity, points=points)

    def club_events(self, actor: Actor, *, since: date | None = None) -> list[EventInfo]:
        return self._club.events(actor, since=since)

    def club_sign_up(self, actor: Actor, event_id: int, member_id: int) -> EventInfo:
        return self._club.sign_up(actor, event_id, member_id)

    def club_attended(self, actor: Actor, event_id: int, member_id: int) -> EventInfo:
        return self._club.attended(actor, event_id, member_id)

    def club_attendees(self, actor: Actor, event_id: int) -> list:
        return self._club.attendees(actor, event_id)

    # ---- printing -------------------------------------------------------------------------------
    def appointment_list_pdf(self, actor: Actor, day: date, translate=None, lang: str = "zh_CN",
                             purpose: str = "") -> bytes:
        """The day's appointment list per advisor (PDF), for the advisors and the welcome desk. It lists the
        customers' names and phones: each print is audit-logged, with its ``purpose`` (why the personal data
        is printed)."""
        from services.crm.printing import appointment_list_pdf

        data = appointment_list_pdf(self, self.station, self.clock, actor, day, translate, lang)
        purpose = " ".join((purpose or "").split())[:200]
        details = {"document": "appointments"} | ({"purpose": purpose} if purpose else {})
        with self.db.write() as s:
            self.audit.record(s, actor, "crm.print", "appointment_list", day.isoformat(),
                              f"{day.isoformat()}: {purpose}" if purpose else day.isoformat(), details=details)
        return data

    # ---- the customer's timeline ---------------------------------------------------------------
    def timeline(self, actor: Actor, customer_id: int) -> list:
        from services.crm.timeline import timeline_entries

        return timeline_entries(self.db, self.clock, actor, customer_id)

    # ---- KPIs -----------------------------------------------------------------------------------
    def kpis(self, actor: Actor, first_day: date, last_day: date) -> KpiReport:
        return self._kpis.report(actor, first_day, last_day)
