"""What the workshop's services hand out: plain frozen data, and the names of states and reasons.

Names are English sources for Qt's translation (context ``"Workshop"``); views translate them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

ZERO = Decimal("0")

# a block's state on the board (its colour), from the card's status and the technician's clock
BLOCK_STATES = {
    "waiting": QT_TRANSLATE_NOOP("Workshop", "Waiting to start"),
    "in_work": QT_TRANSLATE_NOOP("Workshop", "In work"),
    "paused": QT_TRANSLATE_NOOP("Workshop", "Paused"),
    "waiting_parts": QT_TRANSLATE_NOOP("Workshop", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("Workshop", "Waiting for the customer's approval"),
    "qc": QT_TRANSLATE_NOOP("Workshop", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("Workshop", "Ready"),
    "finished": QT_TRANSLATE_NOOP("Workshop", "Finished"),
}
RISKS = {
    "none": QT_TRANSLATE_NOOP("Workshop", "On time"),
    "at_risk": QT_TRANSLATE_NOOP("Workshop", "May miss the promised time"),
    "late": QT_TRANSLATE_NOOP("Workshop", "Past the promised time"),
}
PAUSE_REASONS = {
    "waiting_parts": QT_TRANSLATE_NOOP("Workshop", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("Workshop", "Waiting for the customer's approval"),
    "break": QT_TRANSLATE_NOOP("Workshop", "Break"),
    "other_job": QT_TRANSLATE_NOOP("Workshop", "Called to another job"),
    "road_test": QT_TRANSLATE_NOOP("Workshop", "Road test"),
    "end_of_day": QT_TRANSLATE_NOOP("Workshop", "End of the day"),
    "other": QT_TRANSLATE_NOOP("Workshop", "Other"),
}
ATTENDANCE_STATES = {
    "out": QT_TRANSLATE_NOOP("Workshop", "Not in"),
    "in": QT_TRANSLATE_NOOP("Workshop", "In"),
    "break": QT_TRANSLATE_NOOP("Workshop", "On a break"),
    "left": QT_TRANSLATE_NOOP("Workshop", "Gone home"),
}
CARD_STATES = {  # the card's status as the workshop reads it
    # handed to the workshop, no technician started it: in the queue it must not read as "dispatched to someone"
    "dispatched": QT_TRANSLATE_NOOP("Workshop", "Sent to the workshop"),
    "in_progress": QT_TRANSLATE_NOOP("Workshop", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("Workshop", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("Workshop", "Waiting for the customer's approval"),
    "quality_check": QT_TRANSLATE_NOOP("Workshop", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("Workshop", "Ready"),
}
TEAM_KINDS = ("mechanical", "body", "paint", "other")
BAY_KINDS = ("lift", "alignment", "body", "paint", "wash", "other")

# the card statuses the workshop board shows (the car is in the workshop)
IN_WORKSHOP = ("dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check", "ready")
WORKABLE = ("dispatched", "in_progress")


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    kind: str
    position: int
    shift_start_min: int
    shift_end_min: int
    break_min: int

    @property
    def capacity_hours(self) -> Decimal:
        return (Decimal(self.shift_end_min - self.shift_start_min - self.break_min) / 60).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class BayInfo:
    id: int
    code: str
    name: str
    kind: str
    team_id: int | None


@dataclass(frozen=True)
class TechnicianInfo:
    user_id: int
    name: str
    username: str
    badge: str | None
    team_id: int | None
    team_name: str
    position: int


@dataclass(frozen=True)
class BoardBlock:
    """One technician's part of one card on the board: its lines, sold hours, where it sits."""

    card_id: int
    card_number: str
    card_version: int
    plate: str
    vehicle: str
    job_type: str
    card_status: str
    technician_id: int
    line_ids: tuple[int, ...]
    work: str  # the lines' names
    sold_hours: Decimal  # this technician's share of the lines' sold hours
    clocked_hours: Decimal
    start: datetime  # laid out on the day
    end: datetime
    state: str  # BLOCK_STATES
    risk: str  # RISKS
    promised_at: datetime | None
    bay_code: str
    pause_reason: str | None


@dataclass(frozen=True)
class QueueLine:
    line_id: int
    code: str
    name: str
    hours: Decimal


@dataclass(frozen=True)
class QueueItem:
    """A card in the workshop with labour lines nobody is assigned to yet."""

    card_id: int
    card_number: str
    card_version: int
    plate: str
    vehicle: str
    job_type: str
    card_status: str
    promised_at: datetime | None
    hours: Decimal  # unassigned sold hours
    lines: tuple[QueueLine, ...]
    risk: str
    customer_waits: bool


@dataclass(frozen=True)
class TechnicianRow:
    technician: TechnicianInfo
    attendance: str  # ATTENDANCE_STATES
    capacity_hours: Decimal
    booked_hours: Decimal
    running_card: str | None
    running_line: str | None

    @property
    def free_hours(self) -> Decimal:
        return max(ZERO, self.capacity_hours - self.booked_hours)


@dataclass(frozen=True)
class BoardData:
    day: date
    day_start: datetime  # the earliest shift start of the day
    day_end: datetime
    now: datetime
    teams: tuple[TeamInfo, ...]
    bays: tuple[BayInfo, ...]
    rows: tuple[TechnicianRow, ...]  # by team, then position
    blocks: tuple[BoardBlock, ...]
    queue: tuple[QueueItem, ...]
    stamp: tuple  # the change stamp the data was read at


@dataclass(frozen=True)
class ClockState:
    """A technician's clock now: in or out, the running job, and their assigned jobs."""

    technician: TechnicianInfo
    attendance: str
    shift_started: datetime | None
    running: WorkInfo | None
    last_paused: WorkInfo | None
    assigned: tuple[AssignedLine, ...]


@dataclass(frozen=True)
class WorkInfo:
    id: int
    technician_id: int
    card_id: int
    card_number: str
    line_id: int
    line_name: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    pause_reason: str | None


@dataclass(frozen=True)
class AssignedLine:
    card_id: int
    card_number: str
    plate: str
    line_id: int
    line_name: str
    hours: Decimal  # this technician's share
    finished: bool


@dataclass(frozen=True)
class KioskOutcome:
    """What a scan at the kiosk did. ``action``: started | resumed | finished | clocked_in | clocked_out."""

    action: str
    technician: str
    card_number: str | None
    line_name: str | None
    at: datetime


@dataclass(frozen=True)
class FlaggedRecord:
    """A clock record left open past its day (forgotten clock-out), waiting for the supervisor."""

    kind: str  # attendance | break | work
    id: int
    technician_id: int
    technician: str
    day: date
    started_at: datetime
    card_number: str | None
    requested_end: datetime | None
    request_reason: str


@dataclass(frozen=True)
class OverdueItem:
    """A car in the workshop past its promised time or longer than the station allows (滞留)."""

    card_id: int
    card_number: str
    plate: str
    vehicle: str
    job_type: str
    status: str
    opened_at: datetime
    promised_at: datetime | None
    days_in: int
    late_by_hours: Decimal | None
    reasons: tuple[str, ...]  # keys: late | long_stay | waiting_parts | waiting_approval | paused:<reason>
    technicians: str
    advisor: str
    rescue: bool


@dataclass(frozen=True)
class FigureRow:
    """Hours and the three KPIs of DOMAIN.md for a technician or a team on a day (or a period)."""

    key: str  # technician's name or team's name
    day: date | None
    attendance_hours: Decimal
    clocked_hours: Decimal
    sold_hours: Decimal

    @staticmethod
    def _ratio(a: Decimal, b: Decimal) -> Decimal | None:
        return None if b == 0 else (a / b).quantize(Decimal("0.0001"))

    @property
    def utilisation(self) -> Decimal | None:  # 工时利用率 clocked ÷ attendance
        return self._ratio(self.clocked_hours, self.attendance_hours)

    @property
    def efficiency(self) -> Decimal | None:  # 工时效率 sold ÷ clocked
        return self._ratio(self.sold_hours, self.clocked_hours)

    @property
    def productivity(self) -> Decimal | None:  # 生产率 sold ÷ attendance
        return self._ratio(self.sold_hours, self.attendance_hours)


@dataclass(frozen=True)
class Figures:
    by_technician: tuple[FigureRow, ...]  # per technician and day
    by_team: tuple[FigureRow, ...]  # per team and day
    totals: tuple[FigureRow, ...]  # per technician over the period


@dataclass(frozen=True)
class LineAssignment:
    """A labour line of a card and who holds which share of its hours."""

    line_id: int
    code: str
    name: str
    hours: Decimal
    technicians: tuple[tuple[int, str, Decimal], ...]  # user id, name, share
    finished: bool
