"""The customer-relations centre's codes, names and the plain data its service hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

# ---- appointments -------------------------------------------------------------------------------
APPOINTMENT_STATUSES = ("booked", "arrived", "no_show", "cancelled")
APPOINTMENT_STATUS_NAMES = {
    "booked": QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
    "arrived": QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
}
# the reminder call the day before
CONFIRMATIONS = ("called", "confirmed", "moved", "cancelled")
CONFIRMATION_NAMES = {
    "called": QT_TRANSLATE_NOOP("Confirmation", "Called, no answer"),
    "confirmed": QT_TRANSLATE_NOOP("Confirmation", "Confirmed"),
    "moved": QT_TRANSLATE_NOOP("Confirmation", "Moved"),
    "cancelled": QT_TRANSLATE_NOOP("Confirmation", "Cancelled"),
}
CHANNELS = ("phone", "walk_in", "wechat", "online", "letter", "follow_up")
CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "walk_in": QT_TRANSLATE_NOOP("Channel", "In person"),
    "wechat": QT_TRANSLATE_NOOP("Channel", "WeChat"),
    "online": QT_TRANSLATE_NOOP("Channel", "Online"),
    "letter": QT_TRANSLATE_NOOP("Channel", "Letter"),
    "follow_up": QT_TRANSLATE_NOOP("Channel", "Follow-up call"),
}

# ---- call tasks ---------------------------------------------------------------------------------
# kind -> purpose: a marketing call needs the customer's consent (个人信息保护法), a service call not
TASK_PURPOSE = {
    "follow_up": "service",  # 回访 within 3 working days of the delivery
    "case_confirm": "service",  # the second call after a case was resolved
    "confirm_appointment": "service",  # the day before an appointment
    "no_show": "service",  # why they did not come; book again
    "new_car_week": "service",  # day 3–7 after a new car's delivery
    "new_car_45": "service",  # day 45–90, with the first-service reminder
    "new_car_not_back": "service",  # a new car not in after 3 months
    "service_due": "service",  # the next service by date or by mileage
    "not_seen": "service",  # a customer not seen for 3 months or more (lost customers)
    "inspection_due": "service",  # annual inspection (年检)
    "insurance_due": "marketing",  # insurance renewal: a sales call
    "birthday": "marketing",  # car-club greetings
    "holiday": "marketing",
    "promotion": "marketing",
}
TASK_KINDS = tuple(TASK_PURPOSE)
TASK_KIND_NAMES = {
    "follow_up": QT_TRANSLATE_NOOP("TaskKind", "Follow-up call"),
    "case_confirm": QT_TRANSLATE_NOOP("TaskKind", "Confirm a resolved problem"),
    "confirm_appointment": QT_TRANSLATE_NOOP("TaskKind", "Confirm tomorrow's appointment"),
    "no_show": QT_TRANSLATE_NOOP("TaskKind", "Missed appointment"),
    "new_car_week": QT_TRANSLATE_NOOP("TaskKind", "New car: first week call"),
    "new_car_45": QT_TRANSLATE_NOOP("TaskKind", "New car: day 45 call, first service"),
    "new_car_not_back": QT_TRANSLATE_NOOP("TaskKind", "New car not back after 3 months"),
    "service_due": QT_TRANSLATE_NOOP("TaskKind", "Service due"),
    "not_seen": QT_TRANSLATE_NOOP("TaskKind", "Not seen for months"),
    "inspection_due": QT_TRANSLATE_NOOP("TaskKind", "Annual inspection due"),
    "insurance_due": QT_TRANSLATE_NOOP("TaskKind", "Insurance expiring"),
    "birthday": QT_TRANSLATE_NOOP("TaskKind", "Birthday greeting"),
    "holiday": QT_TRANSLATE_NOOP("TaskKind", "Holiday greeting"),
    "promotion": QT_TRANSLATE_NOOP("TaskKind", "Promotion"),
}
TASK_STATUSES = ("open", "done", "failed", "cancelled")
TASK_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("TaskStatus", "To call"),
    "done": QT_TRANSLATE_NOOP("TaskStatus", "Done"),
    "failed": QT_TRANSLATE_NOOP("TaskStatus", "Not reached"),
    "cancelled": QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"),
}
# what a call ends with: a follow-up call is satisfied or finds a problem; any call may not reach
OUTCOMES = ("satisfied", "problem", "unreachable", "reached", "declined")
OUTCOME_NAMES = {
    "satisfied": QT_TRANSLATE_NOOP("Outcome", "Satisfied"),
    "problem": QT_TRANSLATE_NOOP("Outcome", "Problem"),
    "unreachable": QT_TRANSLATE_NOOP("Outcome", "Not reached"),
    "reached": QT_TRANSLATE_NOOP("Outcome", "Spoken to"),
    "declined": QT_TRANSLATE_NOOP("Outcome", "Declined further calls"),
}
# why a lost customer (not seen for months, a new car never back) stays away: asked on the call
LOST_KINDS = ("not_seen", "new_car_not_back")
LOST_REASONS = ("coming_back", "went_elsewhere", "price", "dissatisfied", "distance", "sold_car", "rarely_used",
                "other")
LOST_REASON_NAMES = {
    "coming_back": QT_TRANSLATE_NOOP("LostReason", "Will come back (booked or soon)"),
    "went_elsewhere": QT_TRANSLATE_NOOP("LostReason", "Goes to another workshop"),
    "price": QT_TRANSLATE_NOOP("LostReason", "Our prices are too high"),
    "dissatisfied": QT_TRANSLATE_NOOP("LostReason", "Unhappy with an earlier visit"),
    "distance": QT_TRANSLATE_NOOP("LostReason", "Moved away, too far"),
    "sold_car": QT_TRANSLATE_NOOP("LostReason", "Sold the car"),
    "rarely_used": QT_TRANSLATE_NOOP("LostReason", "The car is rarely driven"),
    "other": QT_TRANSLATE_NOOP("LostReason", "Other (see the note)"),
}
# the follow-up call's script (回访表): each question scored 1 (very unhappy) to 5 (very happy)
SCRIPT = (
    ("reception", QT_TRANSLATE_NOOP("Script", "Were you received promptly and politely?")),
    ("explained", QT_TRANSLATE_NOOP("Script", "Were the work and the price explained before we started?")),
    ("on_time", QT_TRANSLATE_NOOP("Script", "Was the car ready at the promised time?")),
    ("fixed", QT_TRANSLATE_NOOP("Script", "Was the problem fixed the first time?")),
    ("clean", QT_TRANSLATE_NOOP("Script", "Was the car returned clean?")),
    ("overall", QT_TRANSLATE_NOOP("Script", "How satisfied are you with this visit overall?")),
)
SCRIPT_KEYS = tuple(k for k, _ in SCRIPT)
SCORES = (1, 2, 3, 4, 5)

# ---- cases and complaints -----------------------------------------------------------------------
CASE_CATEGORIES = ("quality", "time", "price", "attitude", "parts", "cleanliness", "facilities", "other")
CASE_CATEGORY_NAMES = {
    "quality": QT_TRANSLATE_NOOP("CaseCategory", "Repair quality"),
    "time": QT_TRANSLATE_NOOP("CaseCategory", "Waiting or delivery time"),
    "price": QT_TRANSLATE_NOOP("CaseCategory", "Price and invoice"),
    "attitude": QT_TRANSLATE_NOOP("CaseCategory", "Staff attitude"),
    "parts": QT_TRANSLATE_NOOP("CaseCategory", "Parts availability"),
    "cleanliness": QT_TRANSLATE_NOOP("CaseCategory", "Car not clean"),
    "facilities": QT_TRANSLATE_NOOP("CaseCategory", "Lounge and facilities"),
    "other": QT_TRANSLATE_NOOP("CaseCategory", "Other"),
}
SEVERITIES = ("low", "normal", "high")
SEVERITY_NAMES = {
    "low": QT_TRANSLATE_NOOP("Severity", "Low"),
    "normal": QT_TRANSLATE_NOOP("Severity", "Normal"),
    "high": QT_TRANSLATE_NOOP("Severity", "High"),
}
DEPARTMENTS = ("front_desk", "workshop", "parts", "cashier", "crc", "sales", "management")
DEPARTMENT_NAMES = {
    "front_desk": QT_TRANSLATE_NOOP("Department", "Front desk"),
    "workshop": QT_TRANSLATE_NOOP("Department", "Workshop"),
    "parts": QT_TRANSLATE_NOOP("Department", "Parts"),
    "cashier": QT_TRANSLATE_NOOP("Department", "Cashier"),
    "crc": QT_TRANSLATE_NOOP("Department", "Customer relations"),
    "sales": QT_TRANSLATE_NOOP("Department", "Sales"),
    "management": QT_TRANSLATE_NOOP("Department", "Station management"),
}
CASE_STATUSES = ("open", "resolved", "closed")
CASE_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("CaseStatus", "Open"),
    "resolved": QT_TRANSLATE_NOOP("CaseStatus", "Resolved, to confirm"),
    "closed": QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
}


# ---- plain data out -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """The centre's rules as settings (the manual's numbers are the defaults)."""

    max_per_hour: int = 3
    gap_minutes: int = 15
    day_start_minute: int = 8 * 60 + 30
    day_end_minute: int = 17 * 60
    closed_weekdays: tuple[int, ...] = ()
    closed_on_holidays: bool = True
    closed_dates: tuple[date, ...] = ()
    workshop_hours: Decimal = Decimal("64")
    follow_up_working_days: int = 3
    max_call_attempts: int = 3
    retry_hours: int = 3
    case_days: int = 3
    not_seen_months: int = 3
    service_interval_months: int = 6
    first_service_grace_days: int = 30
    first_service_months: int = 3
    club_points_per_yuan: Decimal = Decimal("1")  # car-club points per yuan the customer paid (0: none)
    version: int = 0


@dataclass(frozen=True)
class Advisor:
    user_id: int
    username: str
    name: str


@dataclass(frozen=True)
class AppointmentInput:
    """A booking: the car, the advisor, the time (aware), the expected workshop hours and work."""

    vehicle_id: int
    advisor_id: int
    starts_at: datetime
    expected_hours: Decimal | str | int = Decimal("1")
    job_type: str = "maintenance"
    request: str = ""
    channel: str = "phone"
    rebook_of: int | None = None
    # (part id, or a part number / barcode; quantity) picked in advance
    parts: tuple[tuple[int | str, Decimal | str | int], ...] = ()


@dataclass(frozen=True)
class AppointmentPartInfo:
    """A part picked for an appointment: reserved, released (cancelled, no-show) or carried to the card."""

    line_ref: str
    part_id: int
    part_number: str
    part_name: str
    qty: Decimal
    status: str


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    number: str
    customer_id: int
    vehicle_id: int
    advisor_id: int | None
    advisor_name: str
    starts_at: datetime
    expected_hours: Decimal
    job_type: str
    request: str
    channel: str
    status: str
    confirmation: str | None
    reason: str
    customer_name: str
    phone: str
    plate: str
    vehicle_desc: str
    booked_at: datetime
    job_card_number: str | None
    version: int
    parts: tuple[AppointmentPartInfo, ...] = ()


@dataclass(frozen=True)
class Slot:
    """A time the rules allow, with the advisor it is for."""

    starts_at: datetime
    advisor_id: int
    advisor_name: str


@dataclass(frozen=True)
class DayLoad:
    day: date
    booked_hours: Decimal
    capacity_hours: Decimal
    open: bool
    closed_reason: str = ""  # English source, context "ServiceError"
    technicians: int = 0  # whose shifts make the capacity (0: the settings' figure)


@dataclass(frozen=True)
class TaskInfo:
    id: int
    kind: str
    purpose: str
    customer_id: int
    vehicle_id: int | None
    customer_name: str
    phone: str
    plate: str
    advisor_name: str
    job_card_number: str
    delivered_on: date | None
    due_on: date
    window_end: date | None
    status: str
    attempts: int
    next_attempt_at: datetime | None
    outcome: str | None
    assigned_to: str | None
    case_id: int | None
    note: str
    overdue: bool = False


@dataclass(frozen=True)
class CallInfo:
    at: datetime
    username: str
    outcome: str
    scores: dict = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class CallResult:
    task: TaskInfo
    case_number: str | None = None  # the case a problem opened


@dataclass(frozen=True)
class CaseInput:
    customer_id: int
    category: str
    description: str
    owner: str  # a user name
    severity: str = "normal"
    department: str = "front_desk"
    channel: str = "phone"
    vehicle_id: int | None = None
    job_card_id: int | None = None
    deadline: date | None = None  # default: case_days working days from today


@dataclass(frozen=True)
class CaseActionInfo:
    at: datetime
    kind: str
    text: str
    username: str


@dataclass(frozen=True)
class CaseInfo:
    id: int
    number: str
    source: str
    channel: str
    customer_id: int
    customer_name: str
    plate: str
    category: str
    severity: str
    department: str
    owner: str
    owner_name: str
    deadline: date
    description: str
    status: str
    resolution: str
    satisfied: bool | None
    opened_at: datetime
    version: int
    overdue: bool = False
    actions: tuple[CaseActionInfo, ...] = ()


@dataclass(frozen=True)
class PhoneLogInfo:
    id: int
    at: datetime
    caller_name: str
    caller_phone: str
    customer_id: int | None
    for_whom: str
    topic: str
    transferred_to: str
    status: str
    answered_at: datetime | None
    answer: str
    taken_by: str


@dataclass(frozen=True)
class Ratio:
    """A KPI: ``numerator`` of ``denominator``; ``rate`` None when there is nothing to count."""

    key: str
    numerator: int
    denominator: int
    target: Decimal | None = None

    @property
    def rate(self) -> Decimal | None:
        if not self.denominator:
            return None
        return (Decimal(self.numerator) / Decimal(self.denominator)).quantize(Decimal("0.0001"))

    @property
    def met(self) -> bool | None:
        if self.target is None or self.rate is None:
            return None
        return self.rate >= self.target


KPI_NAMES = {
    "appointment_rate": QT_TRANSLATE_NOOP("Kpi", "Appointment rate (visits by appointment)"),
    "show_rate": QT_TRANSLATE_NOOP("Kpi", "Show rate (appointments that arrived)"),
    "confirmation_rate": QT_TRANSLATE_NOOP("Kpi", "Confirmed the day before (booked more than a day ahead)"),
    "follow_up_rate": QT_TRANSLATE_NOOP("Kpi", "Deliveries called within 3 working days"),
    "problems_solved": QT_TRANSLATE_NOOP("Kpi", "Follow-up problems solved to satisfaction"),
    "first_service_rate": QT_TRANSLATE_NOOP("Kpi", "First-service rate (new cars due)"),
    "lost_rate": QT_TRANSLATE_NOOP("Kpi", "Lost customers (of month N-6, not back since)"),
}
KPI_TARGETS = {
    "appointment_rate": Decimal("0.50"), "confirmation_rate": Decimal("0.70"), "follow_up_rate": Decimal("0.95"),
    "problems_solved": Decimal("0.80"),
}


@dataclass(frozen=True)
class KpiReport:
    first_day: date
    last_day: date
    ratios: tuple[Ratio, ...]
    complaints_by_category: tuple[tuple[str, int], ...] = ()
    complaints_by_department: tuple[tuple[str, int], ...] = ()
    average_score: Decimal | None = None
    lost_reasons: tuple[tuple[str, int], ...] = ()  # lost-customer calls of the period by reason

    def get(self, key: str) -> Ratio:
        return next(r for r in self.ratios if r.key == key)
