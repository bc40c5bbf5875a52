"""The workshop board (维修管理看板) of a day, and the overdue list (车间维修车辆滞留表).

The board is read in a handful of column queries over the cards still with us (few, found by
the list index) and laid out here: each technician's blocks one after another from the start of
their shift, a block started at its first clock-on, one planned at its planned time; a block is
as long as its sold hours. A card risks its promised time when its last block ends after it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, JobLine
from app.db.models.users import User
from app.db.models.workshop import Assignment, Attendance, WorkSpan
from services.users.permissions import Actor, Permission
from services.workshop import rules
from services.workshop.data import (
    IN_WORKSHOP,
    ZERO,
    BoardBlock,
    BoardData,
    OverdueItem,
    QueueItem,
    QueueLine,
    TechnicianRow,
)
from services.workshop.organisation import OrganisationMixin

HOUR = Decimal(3600)
QUEUE_STATUSES = ("dispatched", "in_progress", "waiting_parts", "waiting_approval")
QC_ALLOWANCE = timedelta(minutes=30)  # final inspection and wash after the last block


def hours(delta: timedelta) -> Decimal:
    return (Decimal(int(delta.total_seconds())) / HOUR).quantize(Decimal("0.01"))


@dataclass
class _Acc:
    card_id: int
    tech: int
    line_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    sold: Decimal = ZERO
    planned: datetime | None = None
    bay: int | None = None
    finished: bool = True
    finished_at: datetime | None = None
    first_id: int = 0


class BoardMixin(OrganisationMixin):
    def change_stamp(self, actor: Actor) -> tuple:
        """A cheap value that changes whenever the board would (the wall display polls it)."""
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return rules.stamp(s)

    def board(self, actor: Actor, day: date | None = None) -> BoardData:
        actor.require(Permission.VIEW_WORKSHOP)
        day = day or self.clock.today()
        now = self.clock.now()
        with self.db.read() as s:
            return self._board(s, day, now)

    def _board(self, s: Session, day: date, now: datetime) -> BoardData:
        stamp = rules.stamp(s)
        today = day == self.clock.today()
        teams = {t.id: t for t in self._teams(s)}
        techs = self._technicians(s)
        bays = {b.id: b for b in self._bays(s)}
        day_start, day_end = self.day_bounds(day)

        # the cards with us, and their labour lines
        cards = {r.id: r for r in s.execute(
            select(JobCard.id, JobCard.number, JobCard.version, JobCard.plate, JobCard.vehicle_desc,
                   JobCard.job_type, JobCard.status, JobCard.promised_at, JobCard.customer_waits)
            .where(JobCard.open_rank == 1, JobCard.status.in_(IN_WORKSHOP)))}
        lines = {r.id: r for r in s.execute(
            select(JobLine.id, JobLine.job_card_id, JobLine.code, JobLine.name, JobLine.qty, JobLine.position)
            .join(JobCard, JobCard.id == JobLine.job_card_id)
            .where(JobCard.open_rank == 1, JobCard.status.in_(IN_WORKSHOP), JobLine.kind == "labour",
                   (JobLine.approval.is_(None)) | (JobLine.approval != "declined")))}
        assigned = s.execute(
            select(Assignment.id, Assignment.job_card_id, Assignment.job_line_id, Assignment.technician_id,
                   Assignment.share, Assignment.planned_start, Assignment.bay_id, Assignment.finished_at)
            .join(JobCard, JobCard.id == Assignment.job_card_id)
            .where(JobCard.open_rank == 1, JobCard.status.in_(IN_WORKSHOP))).all()
        spans = s.execute(
            select(WorkSpan.job_card_id, WorkSpan.job_line_id, WorkSpan.technician_id, WorkSpan.status,
                   WorkSpan.started_at, WorkSpan.ended_at, WorkSpan.pause_reason, WorkSpan.id)
            .join(JobCard, JobCard.id == WorkSpan.job_card_id)
            .where(JobCard.open_rank == 1, JobCard.status.in_(IN_WORKSHOP))
            .order_by(WorkSpan.started_at, WorkSpan.id)).all()

        # one block per card and technician
        acc: dict[tuple[int, int], _Acc] = {}
        held_lines: set[int] = set()
        for aid, cid, lid, tid, share, planned, bay, fin in assigned:
            if lid not in lines:
                continue
            held_lines.add(lid)
            a = acc.setdefault((cid, tid), _Acc(cid, tid, first_id=aid))
            ln = lines[lid]
            a.line_ids.append(lid)
            a.names.append(ln.name)
            a.sold += ln.qty * share
            if planned is not None and (a.planned is None or planned < a.planned):
                a.planned = planned
            a.bay = a.bay or bay
            a.finished = a.finished and fin is not None
            if fin is not None and (a.finished_at is None or fin > a.finished_at):
                a.finished_at = fin
        clocked: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
        first_on: dict[tuple[int, int], datetime] = {}
        last: dict[tuple[int, int], tuple[str, str | None]] = {}
        running_by_tech: dict[int, tuple[int, int]] = {}
        for cid, lid, tid, status, started, ended, reason, _id in spans:
            key = (cid, tid)
            if status == "flagged":
                continue
            end = ended or (now if status == "running" else started)
            clocked[key] += hours(end - started)
            first_on.setdefault(key, started)
            last[key] = (status, reason)
            if status == "running":
                running_by_tech[tid] = (cid, lid)

        shift_of = {}
        for t in techs:
            team = teams.get(t.team_id)
            start_min, end_min, brk = (team.shift_start_min, team.shift_end_min, team.break_min) if team else \
                (8 * 60 + 30, 17 * 60 + 30, 60)
            shift_of[t.user_id] = (self.at_minutes(day, start_min), self.at_minutes(day, end_min),
                                   Decimal(end_min - start_min - brk) / 60)
        by_tech: dict[int, list[_Acc]] = defaultdict(list)
        for (_cid, tid), a in acc.items():
            by_tech[tid].append(a)

        blocks: list[BoardBlock] = []
        card_end: dict[int, datetime] = {}
        booked: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for tid, items in by_tech.items():
            if tid not in shift_of:
                continue
            shift_start, _shift_end, _cap = shift_of[tid]
            items.sort(key=lambda a: (0 if (a.card_id, tid) in first_on else 1,
                                      first_on.get((a.card_id, tid)) or a.planned or datetime.max.replace(
                                          tzinfo=now.tzinfo), a.first_id))
            cursor = shift_start
            for a in items:
                key = (a.card_id, tid)
                c = cards[a.card_id]
                if a.finished and not (today and a.finished_at is not None and a.finished_at >= day_start):
                    continue  # what was done on an earlier day is not on this day's board
                started = first_on.get(key)
                if started is not None:
                    # where it began, but never over the block before it (a block is as long as its sold
                    # hours, not as the time it took)
                    start = max(started, cursor)
                else:
                    start = max(a.planned or cursor, cursor)
                    if today and not a.finished:
                        start = max(start, now)
                sold = a.sold.quantize(Decimal("0.01"))
                done_h = clocked[key]
                remaining = ZERO if a.finished else max(ZERO, sold - done_h)
                length = timedelta(seconds=int(sold * HOUR))
                end = start + length
                if a.finished and a.finished_at is not None:
                    end = max(min(end, a.finished_at), start + timedelta(minutes=6))  # done is done: no later
                if started is not None and not a.finished:
                    end = max(end, now + timedelta(seconds=int(remaining * HOUR)))
                cursor = max(cursor, end)
                if day_start <= start < day_end:
                    booked[tid] += sold if a.finished else remaining
                if not a.finished:
                    card_end[a.card_id] = max(card_end.get(a.card_id, end), end)
                status, reason = last.get(key, (None, None))
                state = self._block_state(c.status, a.finished, status)
                blocks.append(BoardBlock(
                    c.id, c.number, c.version, c.plate, c.vehicle_desc, c.job_type, c.status, tid,
                    tuple(a.line_ids), "、".join(a.names), sold, done_h, start, end, state, "none", c.promised_at,
                    bays[a.bay].code if a.bay in bays else "", reason if state == "paused" else None))

        # the queue: lines nobody holds
        unheld: dict[int, list] = defaultdict(list)
        for lid, ln in lines.items():
            if lid not in held_lines and cards[ln.job_card_id].status in QUEUE_STATUSES:
                unheld[ln.job_card_id].append(ln)
        queue = []
        for cid, lns in unheld.items():
            c = cards[cid]
            lns.sort(key=lambda ln: (ln.position, ln.id))
            total = sum((ln.qty for ln in lns), ZERO)
            card_end[cid] = max(card_end.get(cid, now), now + timedelta(seconds=int(total * HOUR)))
            queue.append(QueueItem(cid, c.number, c.version, c.plate, c.vehicle_desc, c.job_type, c.status,
                                   c.promised_at, total, tuple(QueueLine(ln.id, ln.code, ln.name, ln.qty)
                                                               for ln in lns),
                                   self._risk(c.promised_at, card_end.get(cid), c.status, now), c.customer_waits))
        queue.sort(key=lambda q: (q.promised_at is None, q.promised_at or now, q.card_id))
        blocks = [b if b.state in ("finished", "ready") else
                  _with_risk(b, self._risk(b.promised_at, card_end.get(b.card_id), b.card_status, now))
                  for b in blocks]

        rows = []
        attendance = self._attendance_now(s, day) if today else {}
        for t in techs:
            _s, _e, cap = shift_of[t.user_id]
            run = running_by_tech.get(t.user_id)
            rows.append(TechnicianRow(t, attendance.get(t.user_id, "out"), cap.quantize(Decimal("0.01")),
                                      booked[t.user_id],
                                      cards[run[0]].number if run else None, lines[run[1]].name if run and run[1]
                                      in lines else None))
        starts = [v[0] for v in shift_of.values()] or [self.at_minutes(day, 8 * 60 + 30)]
        ends = [v[1] for v in shift_of.values()] or [self.at_minutes(day, 17 * 60 + 30)]
        return BoardData(day, min(starts), max(ends), now, tuple(teams.values()), tuple(bays.values()),
                         tuple(rows), tuple(blocks), tuple(queue), stamp)

    @staticmethod
    def _block_state(card_status: str, finished: bool, last_status: str | None) -> str:
        if card_status == "quality_check":
            return "qc"
        if card_status == "ready":
            return "ready"
        if finished:
            return "finished"
        if last_status == "running":
            return "in_work"
        if card_status in ("waiting_parts", "waiting_approval"):
            return card_status
        if last_status in ("paused", "corrected"):
            return "paused"
        return "waiting"

    @staticmethod
    def _risk(promised: datetime | None, expected_end: datetime | None, status: str, now: datetime) -> str:
        if promised is None or status == "ready":
            return "none"
        if now > promised:
            return "late"
        if expected_end is not None and expected_end + QC_ALLOWANCE > promised:
            return "at_risk"
        return "none"

    def _attendance_now(self, s: Session, day: date) -> dict[int, str]:
        start, end = self.day_bounds(day)
        state: dict[int, str] = {}
        for tid, kind, status in s.execute(select(Attendance.technician_id, Attendance.kind, Attendance.status)
                                           .where(Attendance.started_at >= start, Attendance.started_at < end)
                                           .order_by(Attendance.started_at)):
            if kind == "shift":
                state[tid] = "in" if status == "open" else ("left" if state.get(tid) != "in" else "in")
            elif kind == "break" and status == "open":
                state[tid] = "break"
        return state

    # ---- the overdue list ---------------------------------------------------------------------
    def overdue(self, actor: Actor, *, max_days: int = 3) -> list[OverdueItem]:
        """Cars past their promised time, or in the workshop longer than ``max_days``, with the reasons."""
        actor.require(Permission.VIEW_WORKSHOP)
        now = self.clock.now()
        with self.db.read() as s:
            rows = s.execute(select(JobCard.id, JobCard.number, JobCard.plate, JobCard.vehicle_desc, JobCard.job_type,
                                    JobCard.status, JobCard.opened_at, JobCard.promised_at, JobCard.advisor_name)
                             .where(JobCard.open_rank == 1, JobCard.status.in_(IN_WORKSHOP))).all()
            ids = [r.id for r in rows]
            techs: dict[int, set[str]] = defaultdict(set)
            pauses: dict[int, str] = {}
            if ids:
                for cid, name in s.execute(select(Assignment.job_card_id, User.display_name)
                                           .join(User, User.id == Assignment.technician_id)
                                           .where(Assignment.job_card_id.in_(ids))):
                    techs[cid].add(name)
                for cid, status, reason in s.execute(select(WorkSpan.job_card_id, WorkSpan.status,
                                                            WorkSpan.pause_reason)
                                                     .where(WorkSpan.job_card_id.in_(ids))
                                                     .order_by(WorkSpan.started_at, WorkSpan.id)):
                    if status == "running":
                        pauses.pop(cid, None)
                    elif status == "paused" and reason:
                        pauses[cid] = reason
        out = []
        for r in rows:
            days_in = (self.clock.today() - self.local_day(r.opened_at)).days
            reasons = []
            late = r.promised_at is not None and now > r.promised_at and r.status != "ready"
            if late:
                reasons.append("late")
            if days_in > max_days:
                reasons.append("long_stay")
            if not reasons:
                continue
            if r.status in ("waiting_parts", "waiting_approval"):
                reasons.append(r.status)
            if r.id in pauses and pauses[r.id] not in ("waiting_parts", "waiting_approval"):
                reasons.append(f"paused:{pauses[r.id]}")
            out.append(OverdueItem(r.id, r.number, r.plate, r.vehicle_desc, r.job_type, r.status, r.opened_at,
                                   r.promised_at, days_in, hours(now - r.promised_at) if late else None,
                                   tuple(reasons), "、".join(sorted(techs.get(r.id, ()))), r.advisor_name,
                                   r.job_type == "rescue"))
        out.sort(key=lambda o: (-(o.late_by_hours or ZERO), -o.days_in, o.card_number))
        return out


def _with_risk(b: BoardBlock, risk: str) -> BoardBlock:
    return replace(b, risk=risk)
