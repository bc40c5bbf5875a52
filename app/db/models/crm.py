"""The customer-relations centre (客户关系中心): appointments, call tasks and calls, cases and
complaints, the receptionist's phone log, and the centre's rules (settings).

Appointments (预约) keep a snapshot of the customer, the plate and the phone as booked, next to the
keys into the customer file, so the day's sheet and the welcome board read one table. A call task
(回访 after a delivery, the confirmation of tomorrow's appointments, a proactive contact, the second
call after a case) is one row with its due day and, for windows (day 45–90 of a new car), the
window's end; every attempt is a ``crm_calls`` row. ``dedupe_key`` is unique: the delivery hook
and the contact planner can run twice without making a second task.

A case (``crm_cases``) is a problem found on a follow-up call or a complaint from any channel: it
has an owner, a deadline, actions, a resolution and the customer's confirmation on a second call.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Quantity, UTCDateTime


class CrmSettings(Versioned, Base):
    """The centre's rules (the manual's targets), one row; absent means the defaults."""

    __tablename__ = "crm_settings"

    max_per_hour: Mapped[int] = mapped_column(default=3)  # appointments of one advisor in any 60 minutes
    gap_minutes: Mapped[int] = mapped_column(default=15)  # between two appointments of one advisor
    day_start_minute: Mapped[int] = mapped_column(default=8 * 60 + 30)  # first appointment 08:30
    day_end_minute: Mapped[int] = mapped_column(default=17 * 60)  # last appointment starts before 17:00
    closed_weekdays: Mapped[str] = mapped_column(String(16), default="")  # "6" = Sundays (Monday is 0)
    closed_on_holidays: Mapped[bool] = mapped_column(default=True)  # statutory holidays (chinese_calendar)
    closed_dates: Mapped[list | None] = mapped_column(JSON)  # ["2026-12-31", ...]
    workshop_hours: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("64"))  # bookable hours a day
    follow_up_working_days: Mapped[int] = mapped_column(default=3)
    max_call_attempts: Mapped[int] = mapped_column(default=3)
    retry_hours: Mapped[int] = mapped_column(default=3)
    case_days: Mapped[int] = mapped_column(default=3)  # deadline of a case, in working days
    not_seen_months: Mapped[int] = mapped_column(default=3)
    service_interval_months: Mapped[int] = mapped_column(default=6)
    first_service_grace_days: Mapped[int] = mapped_column(default=30)
    first_service_months: Mapped[int] = mapped_column(default=3)
    # the car club's rule: points a member earns per yuan the customer paid on a delivered job card
    club_points_per_yuan: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("1"))


class Appointment(Versioned, Base):
    """An appointment (预约) of a customer's car with a service advisor."""

    __tablename__ = "crm_appointments"
    __table_args__ = (
        Index("ix_crm_appointments_starts", "starts_at", "id"),
        Index("ix_crm_appointments_advisor_starts", "advisor_id", "starts_at"),
        Index("ix_crm_appointments_customer", "customer_id", "starts_at"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)  # YY…
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    advisor_name: Mapped[str] = mapped_column(String(64), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_hours: Mapped[Decimal] = mapped_column(Quantity())  # workshop hours it will take
    job_type: Mapped[str] = mapped_column(String(16), default="maintenance")
    request: Mapped[str] = mapped_column(Text, default="")  # the customer's words, the expected work
    channel: Mapped[str] = mapped_column(String(16), default="phone")  # phone | walk_in | wechat | online
    # booked | arrived | no_show | cancelled
    status: Mapped[str] = mapped_column(String(12), default="booked")
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    booked_by: Mapped[str] = mapped_column(String(64), default="")
    # the reminder call the day before: called (no answer yet) | confirmed | moved | cancelled
    confirmation: Mapped[str | None] = mapped_column(String(12))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(255), default="")  # of a cancellation or a no-show
    rebook_of_id: Mapped[int | None] = mapped_column(ForeignKey("crm_appointments.id"))
    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"), unique=True)
    job_card_number: Mapped[str | None] = mapped_column(String(40))
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # snapshot as booked
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    vehicle_desc: Mapped[str] = mapped_column(String(128), default="")


class AppointmentPart(Base):
    """A part the appointment's expected work needs, picked in advance (预约备件): reserved in stock
    under the appointment's number and line (``line_ref``) until the appointment is cancelled or a
    no-show (released) or the car arrives (the reservation moves to the job card's line)."""

    __tablename__ = "crm_appointment_parts"
    __table_args__ = (UniqueConstraint("appointment_id", "line_ref", name="uq_crm_appointment_parts_line"),)

    appointment_id: Mapped[int] = mapped_column(ForeignKey("crm_appointments.id", ondelete="CASCADE"))
    line_ref: Mapped[str] = mapped_column(String(16))  # P1, P2 ... (the reservation's line)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    part_number: Mapped[str] = mapped_column(String(40), default="")
    part_name: Mapped[str] = mapped_column(String(128), default="")
    qty: Mapped[Decimal] = mapped_column(Quantity())
    # reserved | released (cancelled, no-show) | carried (moved to the job card)
    status: Mapped[str] = mapped_column(String(12), default="reserved")


class AppointmentEvent(Base):
    """What happened to an appointment: booked, called, confirmed, moved, cancelled, no-show, arrived."""

    __tablename__ = "crm_appointment_events"
    __table_args__ = (Index("ix_crm_appointment_events_appointment", "appointment_id", "at"),)

    appointment_id: Mapped[int] = mapped_column(ForeignKey("crm_appointments.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(255), default="")
    username: Mapped[str] = mapped_column(String(64), default="")


class CallTask(Base):
    """A call the centre owes a customer, due on a day (or within a window)."""

    __tablename__ = "crm_tasks"
    __table_args__ = (
        Index("ix_crm_tasks_work", "status", "due_on", "id"),
        Index("ix_crm_tasks_kind_delivered", "kind", "delivered_on"),
        Index("ix_crm_tasks_customer", "customer_id"),
    )

    kind: Mapped[str] = mapped_column(String(20))  # follow_up | case_confirm | new_car_week | ...
    purpose: Mapped[str] = mapped_column(String(12), default="service")  # service | marketing
    dedupe_key: Mapped[str] = mapped_column(String(80), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"), index=True)
    job_card_number: Mapped[str] = mapped_column(String(40), default="")
    case_id: Mapped[int | None] = mapped_column(ForeignKey("crm_cases.id"))
    delivered_on: Mapped[date | None] = mapped_column(Date)  # the car left (follow-up calls)
    due_on: Mapped[date] = mapped_column(Date)
    window_end: Mapped[date | None] = mapped_column(Date)
    assigned_to: Mapped[str | None] = mapped_column(String(64))  # a user name; None: anyone in the centre
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | done | failed | cancelled
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))
    reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str | None] = mapped_column(String(24))  # why a lost customer stays away (LOST_REASONS)
    # snapshot for the work list
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")
    advisor_name: Mapped[str] = mapped_column(String(64), default="")


class Call(Base):
    """One attempt at a call task, with the script's scores when the customer answered."""

    __tablename__ = "crm_calls"
    __table_args__ = (Index("ix_crm_calls_task", "task_id", "at"),)

    task_id: Mapped[int] = mapped_column(ForeignKey("crm_tasks.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(16))  # satisfied | problem | unreachable | reached | declined
    scores: Mapped[dict | None] = mapped_column(JSON)  # {"reception": 5, "quality": 4, ...}
    note: Mapped[str] = mapped_column(Text, default="")


class Case(Versioned, Base):
    """A problem from a follow-up call or a complaint (抱怨/投诉), worked until the customer confirms."""

    __tablename__ = "crm_cases"
    __table_args__ = (Index("ix_crm_cases_status_deadline", "status", "deadline"),
                      Index("ix_crm_cases_opened", "opened_at"))

    number: Mapped[str] = mapped_column(String(40), unique=True)  # TS…
    source: Mapped[str] = mapped_column(String(12))  # follow_up | complaint
    channel: Mapped[str] = mapped_column(String(16), default="phone")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"))
    task_id: Mapped[int | None] = mapped_column()  # the follow-up call that found it
    category: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(8), default="normal")  # low | normal | high
    department: Mapped[str] = mapped_column(String(16), default="front_desk")
    owner: Mapped[str] = mapped_column(String(64))  # user name
    owner_name: Mapped[str] = mapped_column(String(64), default="")
    deadline: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # open | resolved (awaiting the customer's confirmation) | closed
    status: Mapped[str] = mapped_column(String(12), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    satisfied: Mapped[bool | None] = mapped_column()  # the customer's word on the confirmation call
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[str] = mapped_column(String(64), default="")
    customer_name: Mapped[str] = mapped_column(String(128), default="")
    plate: Mapped[str] = mapped_column(String(16), default="")


class CaseAction(Base):
    """Something done on a case: an action, the resolution, the confirmation call, a reopening."""

    __tablename__ = "crm_case_actions"
    __table_args__ = (Index("ix_crm_case_actions_case", "case_id", "at"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("crm_cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(12))  # action | resolved | confirmed | reopened
    text: Mapped[str] = mapped_column(Text, default="")
    username: Mapped[str] = mapped_column(String(64), default="")


class PhoneLogEntry(Base):
    """A call taken at reception: who called, for whom, put through to whom, followed until answered."""

    __tablename__ = "crm_phone_log"
    __table_args__ = (Index("ix_crm_phone_log_status_at", "status", "at"),)

    at: Mapped[datetime] = mapped_column(UTCDateTime())
    caller_name: Mapped[str] = mapped_column(String(64), default="")
    caller_phone: Mapped[str] = mapped_column(String(32), default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    for_whom: Mapped[str] = mapped_column(String(64), default="")
    topic: Mapped[str] = mapped_column(String(255), default="")
    transferred_to: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | answered
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answer: Mapped[str] = mapped_column(String(255), default="")
    taken_by: Mapped[str] = mapped_column(String(64), default="")


class ClubMember(Versioned, Base):
    """A member of the station's car club (车友会): a card number, the points balance, active or left.

    The balance is the sum of the member's ``crm_club_points`` moves, kept beside them so a
    redemption checks it under the row's version."""

    __tablename__ = "crm_club_members"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # the club card, CLUB000001
    joined_on: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    customer_name: Mapped[str] = mapped_column(String(128), default="")


class ClubPointMove(Base):
    """Points earned (a visit, an event, a welcome) or redeemed, one row each."""

    __tablename__ = "crm_club_points"
    __table_args__ = (Index("ix_crm_club_points_member", "member_id", "at"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("crm_club_members.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    points: Mapped[int] = mapped_column()  # + earned, - redeemed
    reason: Mapped[str] = mapped_column(String(16))  # welcome | visit | event | redeem | adjust
    note: Mapped[str] = mapped_column(String(255), default="")
    username: Mapped[str] = mapped_column(String(64), default="")
    # the delivered job card a visit's points are for: unique, so a card earns its points once
    job_card_id: Mapped[int | None] = mapped_column(ForeignKey("job_cards.id"), unique=True)


class ClubEvent(Base):
    """A car-club event (a self-drive tour, a maintenance class, a family day) with its places."""

    __tablename__ = "crm_club_events"
    __table_args__ = (Index("ix_crm_club_events_held", "held_on"),)

    name: Mapped[str] = mapped_column(String(128))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(128), default="")
    capacity: Mapped[int] = mapped_column(default=0)  # 0: no limit
    points: Mapped[int] = mapped_column(default=0)  # earned by attending
    created_by: Mapped[str] = mapped_column(String(64), default="")


class ClubAttendee(Base):
    """A member signed up for an event; ``attended`` once they came (and earned the event's points)."""

    __tablename__ = "crm_club_attendees"
    __table_args__ = (UniqueConstraint("event_id", "member_id", name="uq_crm_club_attendees"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("crm_club_events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("crm_club_members.id"), index=True)
    attended: Mapped[bool] = mapped_column(default=False)
