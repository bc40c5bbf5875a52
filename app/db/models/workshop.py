"""The workshop (车间): teams (班组), bays (工位), who works on which job line, and the time clock.

Technicians are users with the technician role; ``workshop_technicians`` places one in a team.
A labour line is dispatched to one or more technicians with a share of its hours each
(``workshop_assignments``); the board draws a card's assignments of one technician as a block.

The time clock has two kinds of record, both spans with a start and (once closed) an end:
attendance (``workshop_attendance``: the working day in and out, and breaks) and work
(``workshop_work``: on a job line, from start or resume to pause or finish). One running job and
one open day per technician are held by unique partial indexes on both engines, not only in code.
A span left open past its day is flagged the next morning and closed only by a supervisor's
correction (written to the audit log).

``workshop_changes`` is one row whose counter every workshop write bumps in its own transaction:
the wall display polls it to see another PC's change within seconds.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.types import Rate, UTCDateTime

_RUNNING = text("status = 'running'")
_OPEN = text("status = 'open'")


class Team(Base):
    """A team (班组): mechanical, body, paint... with its working hours (minutes after midnight)."""

    __tablename__ = "workshop_teams"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="mechanical")  # mechanical | body | paint | other
    position: Mapped[int] = mapped_column(default=0)
    shift_start_min: Mapped[int] = mapped_column(default=8 * 60 + 30)
    shift_end_min: Mapped[int] = mapped_column(default=17 * 60 + 30)
    break_min: Mapped[int] = mapped_column(default=60)
    active: Mapped[bool] = mapped_column(default=True)


class Bay(Base):
    """A working place (工位): a lift, the alignment rig, the paint booth."""

    __tablename__ = "workshop_bays"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="lift")  # lift | alignment | body | paint | wash
    team_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_teams.id"))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class TechnicianProfile(Base):
    """A technician's place in the workshop: team and order on the board."""

    __tablename__ = "workshop_technicians"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_teams.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    grade: Mapped[str] = mapped_column(String(16), default="")  # 初级 / 中级 / 高级 ...
    active: Mapped[bool] = mapped_column(default=True)


class Assignment(Base):
    """A labour line's share of hours for one technician (派工), and where it sits on the board."""

    __tablename__ = "workshop_assignments"
    __table_args__ = (
        UniqueConstraint("job_line_id", "technician_id"),
        Index("ix_workshop_assignments_tech_start", "technician_id", "planned_start"),
        Index("ix_workshop_assignments_card", "job_card_id"),
        Index("ix_workshop_assignments_finished", "finished_at"),
    )

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id", ondelete="CASCADE"))
    job_line_id: Mapped[int] = mapped_column(ForeignKey("job_lines.id", ondelete="CASCADE"))
    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    share: Mapped[Decimal] = mapped_column(Rate())  # fraction of the line's sold hours
    bay_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_bays.id"))
    planned_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    assigned_by: Mapped[str] = mapped_column(String(64), default="")


class Attendance(Base):
    """A span of the working day (kind ``shift``) or a break in it (kind ``break``).

    status: open (running) → closed; open past its day → flagged (forgotten clock-out) →
    corrected by the supervisor. ``requested_end`` is the technician's proposal for the correction.
    """

    __tablename__ = "workshop_attendance"
    __table_args__ = (
        Index("ix_workshop_attendance_day", "day", "technician_id"),
        Index("uq_workshop_attendance_open", "technician_id", "kind", unique=True,
              sqlite_where=_OPEN, postgresql_where=_OPEN),
    )

    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    day: Mapped[date] = mapped_column(Date)  # the station's calendar day the span began
    kind: Mapped[str] = mapped_column(String(8), default="shift")  # shift | break
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed | flagged | corrected
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    requested_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    request_reason: Mapped[str] = mapped_column(String(255), default="")
    corrected_by: Mapped[str | None] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(64), default="")


class WorkSpan(Base):
    """Time on a job line: from start (or resume) to pause (with a reason) or finish.

    status: running → paused | finished; running past its day → flagged → corrected.
    """

    __tablename__ = "workshop_work"
    __table_args__ = (
        Index("ix_workshop_work_tech_start", "technician_id", "started_at"),
        # the clock of a period for every technician (the figures; migration 0031_reporting_speed)
        Index("ix_workshop_work_started", "started_at", "technician_id", "ended_at", "status"),
        Index("ix_workshop_work_card", "job_card_id"),
        Index("ix_workshop_work_line", "job_line_id"),
        Index("uq_workshop_work_running", "technician_id", unique=True,
              sqlite_where=_RUNNING, postgresql_where=_RUNNING),
    )

    technician_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id", ondelete="CASCADE"))
    job_line_id: Mapped[int] = mapped_column(ForeignKey("job_lines.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(12), default="running")  # running | paused | finished | flagged | corrected
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pause_reason: Mapped[str | None] = mapped_column(String(24))  # waiting_parts | waiting_approval | break | ...
    note: Mapped[str] = mapped_column(String(255), default="")
    requested_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    request_reason: Mapped[str] = mapped_column(String(255), default="")
    corrected_by: Mapped[str | None] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(64), default="")


class ChangeCounter(Base):
    """One row (id 1): bumped by every workshop write, polled by the wall display."""

    __tablename__ = "workshop_changes"

    counter: Mapped[int] = mapped_column(BigInteger, default=0)


__all__ = ["Assignment", "Attendance", "Bay", "ChangeCounter", "Team", "TechnicianProfile", "WorkSpan"]
