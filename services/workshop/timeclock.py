"""The technician time clock: the working day (in, breaks, out) and work on job lines.

Work on a line: start → pause (with a reason) → resume → ... → finish. One running job per
technician, held by a unique partial index (``uq_workshop_work_running``) as well as checked here.
Only a technician assigned to the line clocks on it. Starting work on a dispatched card starts
the card (开工: dispatched → in_progress); a pause for parts puts the card in waiting_parts when
nobody else works on it, and the next start takes it back to work.

A record still open from an earlier day is a forgotten clock-out: it is flagged (the next morning,
when the technician clocks in or the board looks), counts no hours, and is closed only by the
supervisor's correction, which the audit log keeps.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.base import rowcount
from app.db.models.job_cards import JobCard, JobLine, JobStatusChange
from app.db.models.users import User
from app.db.models.workshop import Assignment, Attendance, WorkSpan
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from services.users.permissions import Actor, Permission
from services.workshop.core import WorkshopCore, clean
from services.workshop.data import (
    PAUSE_REASONS,
    AssignedLine,
    ClockState,
    FlaggedRecord,
    KioskOutcome,
    TechnicianInfo,
    WorkInfo,
)


class TimeClockMixin(WorkshopCore):
    # ---- who may clock ------------------------------------------------------------------------
    def _may_clock(self, actor: Actor, technician_id: int) -> None:
        actor.require(Permission.CLOCK_WORK)
        if actor.user_id != technician_id and not actor.can(Permission.DISPATCH):
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "{user} may clock only their own time."),
                                   user=actor.display_name)

    # ---- reading ------------------------------------------------------------------------------
    def clock_state(self, actor: Actor, technician_id: int) -> ClockState:
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return self._state(s, self._technician(s, technician_id))

    def _state(self, s: Session, tech: TechnicianInfo) -> ClockState:
        today_start, _ = self.day_bounds(self.clock.today())
        shift = s.scalar(select(Attendance).where(Attendance.technician_id == tech.user_id,
                                                  Attendance.kind == "shift", Attendance.status == "open",
                                                  Attendance.started_at >= today_start))
        on_break = s.scalar(select(Attendance.id).where(Attendance.technician_id == tech.user_id,
                                                        Attendance.kind == "break", Attendance.status == "open"))
        if shift is not None:
            attendance = "break" if on_break is not None else "in"
        else:
            gone = s.scalar(select(Attendance.id).where(Attendance.technician_id == tech.user_id,
                                                        Attendance.kind == "shift",
                                                        Attendance.started_at >= today_start).limit(1))
            attendance = "left" if gone is not None else "out"
        running = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == tech.user_id,
                                                  WorkSpan.status == "running",
                                                  WorkSpan.started_at >= today_start))
        paused = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == tech.user_id,
                                                 WorkSpan.status == "paused")
                          .order_by(WorkSpan.ended_at.desc(), WorkSpan.id.desc()).limit(1))
        if paused is not None and s.scalar(select(Assignment.finished_at).where(
                Assignment.job_line_id == paused.job_line_id, Assignment.technician_id == tech.user_id)) is not None:
            paused = None
        assigned = tuple(
            AssignedLine(cid, number, plate, lid, name, (qty * share).quantize(qty), fin is not None)
            for cid, number, plate, lid, name, qty, share, fin in s.execute(
                select(JobCard.id, JobCard.number, JobCard.plate, JobLine.id, JobLine.name, JobLine.qty,
                       Assignment.share, Assignment.finished_at)
                .join(JobLine, JobLine.id == Assignment.job_line_id)
                .join(JobCard, JobCard.id == Assignment.job_card_id)
                .where(Assignment.technician_id == tech.user_id, JobCard.open_rank == 1,
                       JobCard.status.in_(("dispatched", "in_progress", "waiting_parts", "waiting_approval")))
                .order_by(JobCard.id, JobLine.position)))
        return ClockState(tech, attendance, shift.started_at if shift else None,
                          self._work_info(s, running) if running else None,
                          self._work_info(s, paused) if paused else None, assigned)

    def _work_info(self, s: Session, w: WorkSpan) -> WorkInfo:
        number, name = s.execute(select(JobCard.number, JobLine.name).join(JobLine, JobLine.job_card_id == JobCard.id)
                                 .where(JobLine.id == w.job_line_id)).one()
        return WorkInfo(w.id, w.technician_id, w.job_card_id, number, w.job_line_id, name, w.status, w.started_at,
                        w.ended_at, w.pause_reason)

    # ---- the working day ----------------------------------------------------------------------
    def _flag_old(self, s: Session, technician_id: int | None = None) -> int:
        """Flag what is still open from an earlier day (a forgotten clock-out). Returns how many."""
        today_start, _ = self.day_bounds(self.clock.today())
        n = 0
        for model, status in ((Attendance, "open"), (WorkSpan, "running")):
            q = update(model).where(model.status == status, model.started_at < today_start).values(status="flagged")
            if technician_id is not None:
                q = q.where(model.technician_id == technician_id)
            n += rowcount(s.execute(q)) or 0
        return n

    def _open(self, s: Session, technician_id: int, kind: str) -> Attendance | None:
        return s.scalar(select(Attendance).where(Attendance.technician_id == technician_id, Attendance.kind == kind,
                                                 Attendance.status == "open"))

    def clock_in(self, actor: Actor, technician_id: int) -> ClockState:
        """Start the working day."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._clock_in(s, actor, tech)
            return self._state(s, tech)

    def _clock_in(self, s: Session, actor: Actor, tech: TechnicianInfo) -> None:
        self._flag_old(s, tech.user_id)
        if self._open(s, tech.user_id, "shift") is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is clocked in already."), name=tech.name)
        now = self.clock.now()
        s.add(Attendance(technician_id=tech.user_id, day=self.local_day(now), kind="shift", status="open",
                         started_at=now, recorded_by=actor.username))
        s.flush()

    def clock_out(self, actor: Actor, technician_id: int) -> ClockState:
        """End the working day: a running job is paused (end of the day), a break ends."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._clock_out(s, tech)
            return self._state(s, tech)

    def _clock_out(self, s: Session, tech: TechnicianInfo) -> None:
        self._flag_old(s, tech.user_id)
        shift = self._open(s, tech.user_id, "shift")
        if shift is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is not clocked in."), name=tech.name)
        now = self.clock.now()
        self._pause_running(s, tech.user_id, "end_of_day", "", now)
        brk = self._open(s, tech.user_id, "break")
        if brk is not None:
            brk.status, brk.ended_at = "closed", now
        shift.status, shift.ended_at = "closed", now

    def start_break(self, actor: Actor, technician_id: int) -> ClockState:
        """A break: the running job pauses (reason: break)."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._flag_old(s, technician_id)
            if self._open(s, technician_id, "shift") is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is not clocked in."), name=tech.name)
            if self._open(s, technician_id, "break") is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is on a break already."),
                                      name=tech.name)
            now = self.clock.now()
            self._pause_running(s, technician_id, "break", "", now)
            s.add(Attendance(technician_id=technician_id, day=self.local_day(now), kind="break", status="open",
                             started_at=now, recorded_by=actor.username))
            s.flush()
            return self._state(s, tech)

    def end_break(self, actor: Actor, technician_id: int) -> ClockState:
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            brk = self._open(s, technician_id, "break")
            if brk is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is not on a break."), name=tech.name)
            brk.status, brk.ended_at = "closed", self.clock.now()
            return self._state(s, tech)

    # ---- work on a job line -------------------------------------------------------------------
    def _set_card_status(self, s: Session, card: JobCard, actor: Actor, to_status: str, reason: str = "") -> None:
        # the three moves the clock makes (dispatched/waiting_parts → in_progress → waiting_parts) are
        # all in the job card lifecycle's transitions; written as the job card service writes them
        s.add(JobStatusChange(job_card_id=card.id, from_status=card.status, to_status=to_status,
                              at=self.clock.now(), user_id=actor.user_id, username=actor.username, reason=reason))
        card.status = to_status
        card.updated_by = actor.username
        card.updated_at = self.clock.now()

    def _pause_running(self, s: Session, technician_id: int, reason: str, note: str, now: datetime) -> WorkSpan | None:
        running = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == technician_id,
                                                  WorkSpan.status == "running"))
        if running is None:
            return None
        running.status, running.ended_at, running.pause_reason, running.note = "paused", now, reason, note
        s.flush()
        return running

    def start_work(self, actor: Actor, technician_id: int, line_id: int) -> ClockState:
        """Clock on a job line (start or resume). Refused while another job runs for this technician."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._start(s, actor, tech, line_id)
            return self._state(s, tech)

    def _start(self, s: Session, actor: Actor, tech: TechnicianInfo, line_id: int) -> WorkSpan:
        self._flag_old(s, tech.user_id)
        line = s.get(JobLine, line_id)
        if line is None or line.kind != "labour":
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such labour line."))
        card = s.get_one(JobCard, line.job_card_id, with_for_update=True)
        a = s.scalar(select(Assignment).where(Assignment.job_line_id == line.id,
                                              Assignment.technician_id == tech.user_id))
        if a is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "{user} is not assigned to job card {number}: only its technicians "
                                                  "start it and check it."), user=tech.name, number=card.number)
        if a.finished_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{line} on job card {number} is finished."),
                                  line=line.name, number=card.number)
        if card.status not in ("dispatched", "in_progress", "waiting_parts"):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: no work can be "
                                                                    "clocked on it now."),
                                  number=card.number, status=card.status)
        if self._open(s, tech.user_id, "shift") is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is not clocked in: clock in first."),
                                  name=tech.name)
        running = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == tech.user_id,
                                                  WorkSpan.status == "running"))
        if running is not None:
            other = s.scalar(select(JobCard.number).where(JobCard.id == running.job_card_id))
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} is already working on job card {number}: pause or finish "
                                                  "that job first."), name=tech.name, number=other)
        now = self.clock.now()
        brk = self._open(s, tech.user_id, "break")
        if brk is not None:
            brk.status, brk.ended_at = "closed", now
        span = WorkSpan(technician_id=tech.user_id, job_card_id=card.id, job_line_id=line.id, status="running",
                        started_at=now, recorded_by=actor.username)
        s.add(span)
        s.flush()  # the unique partial index refuses a second running job here, whatever raced us
        if card.status in ("dispatched", "waiting_parts"):
            self._set_card_status(s, card, actor, "in_progress")
        return span

    def pause_work(self, actor: Actor, technician_id: int, reason: str, note: str = "") -> ClockState:
        """Pause the running job with a reason (waiting for parts puts the card in waiting_parts)."""
        self._may_clock(actor, technician_id)
        if reason not in PAUSE_REASONS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the work stops."), field="reason")
        if reason == "other" and not clean(note):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the work stops."), field="note")
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._pause(s, actor, tech, reason, clean(note))
            return self._state(s, tech)

    def _pause(self, s: Session, actor: Actor, tech: TechnicianInfo, reason: str, note: str) -> WorkSpan:
        self._flag_old(s, tech.user_id)
        span = self._pause_running(s, tech.user_id, reason, note, self.clock.now())
        if span is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} has no job running."), name=tech.name)
        if reason == "waiting_parts":
            card = s.get_one(JobCard, span.job_card_id, with_for_update=True)
            others = s.scalar(select(WorkSpan.id).where(WorkSpan.job_card_id == card.id,
                                                        WorkSpan.status == "running").limit(1))
            if card.status == "in_progress" and others is None:
                self._set_card_status(s, card, actor, "waiting_parts", clean(note))
        return span

    def resume_work(self, actor: Actor, technician_id: int) -> ClockState:
        """Go back to the job paused last."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            paused = self._state(s, tech).last_paused
            if paused is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} has no paused job."), name=tech.name)
            self._start(s, actor, tech, paused.line_id)
            return self._state(s, tech)

    def finish_work(self, actor: Actor, technician_id: int, line_id: int | None = None) -> ClockState:
        """Finish the running job's line (or a named line of one's own): its sold hours count today."""
        self._may_clock(actor, technician_id)
        with self._write() as s:
            tech = self._technician(s, technician_id)
            self._finish(s, tech, line_id)
            return self._state(s, tech)

    def _finish(self, s: Session, tech: TechnicianInfo, line_id: int | None) -> int:
        self._flag_old(s, tech.user_id)
        now = self.clock.now()
        running = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == tech.user_id,
                                                  WorkSpan.status == "running"))
        if running is not None and (line_id is None or running.job_line_id == line_id):
            running.status, running.ended_at = "finished", now
            line_id = running.job_line_id
        if line_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} has no job running."), name=tech.name)
        a = s.scalar(select(Assignment).where(Assignment.job_line_id == line_id,
                                              Assignment.technician_id == tech.user_id))
        if a is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That line is not assigned to {name}."), name=tech.name)
        if a.finished_at is None:
            a.finished_at = now
        return line_id

    # ---- the kiosk: badge, then the job card's barcode ----------------------------------------
    def kiosk_badge(self, actor: Actor, badge: str) -> tuple[KioskOutcome | None, ClockState]:
        """A badge at the kiosk: who it is; a technician not yet in is clocked in."""
        actor.require(Permission.CLOCK_WORK)
        with self._write() as s:
            try:
                tech = self._technician_by_badge(s, badge)
            except NotFound:
                if s.scalar(select(JobCard.id).where(JobCard.number == clean(badge).upper())) is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan your badge first."),
                                          field="badge") from None
                raise
            self._flag_old(s, tech.user_id)
            outcome = None
            if self._open(s, tech.user_id, "shift") is None:
                self._clock_in(s, actor, tech)
                outcome = KioskOutcome("clocked_in", tech.name, None, None, self.clock.now())
            return outcome, self._state(s, tech)

    def kiosk_scan(self, actor: Actor, badge: str, code: str) -> tuple[KioskOutcome, ClockState]:
        """The job card's barcode after the badge: start (or resume) the technician's next line on it,
        or finish the line running on it."""
        actor.require(Permission.CLOCK_WORK)
        number = clean(code).upper()
        with self._write() as s:
            tech = self._technician_by_badge(s, badge)
            card_id = s.scalar(select(JobCard.id).where(JobCard.number == number))
            if card_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card numbered {number}."), number=number)
            running = s.scalar(select(WorkSpan).where(WorkSpan.technician_id == tech.user_id,
                                                      WorkSpan.status == "running"))
            if running is not None and running.job_card_id == card_id:
                line_id = self._finish(s, tech, running.job_line_id)
                name = s.scalar(select(JobLine.name).where(JobLine.id == line_id))
                return KioskOutcome("finished", tech.name, number, name, self.clock.now()), self._state(s, tech)
            if self._open(s, tech.user_id, "shift") is None:
                self._clock_in(s, actor, tech)
            mine = s.execute(select(Assignment.job_line_id, JobLine.name)
                             .join(JobLine, JobLine.id == Assignment.job_line_id)
                             .where(Assignment.job_card_id == card_id, Assignment.technician_id == tech.user_id,
                                    Assignment.finished_at.is_(None))
                             .order_by(JobLine.position, JobLine.id)).all()
            if not mine:
                if s.scalar(select(Assignment.id).where(Assignment.job_card_id == card_id,
                                                        Assignment.technician_id == tech.user_id).limit(1)):
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} has finished their work on job "
                                                                            "card {number}."),
                                          name=tech.name, number=number)
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("ServiceError", "{user} is not assigned to job card {number}: only its "
                                                      "technicians start it and check it."),
                    user=tech.name, number=number)
            paused_lines = {lid for (lid,) in s.execute(
                select(WorkSpan.job_line_id).where(WorkSpan.technician_id == tech.user_id,
                                                   WorkSpan.job_card_id == card_id))}
            line_id, name = next(((lid, n) for lid, n in mine if lid in paused_lines), mine[0])
            self._start(s, actor, tech, line_id)
            action = "resumed" if line_id in paused_lines else "started"
            return KioskOutcome(action, tech.name, number, name, self.clock.now()), self._state(s, tech)

    def kiosk_action(self, actor: Actor, badge: str, action: str, reason: str = "",
                     note: str = "") -> tuple[KioskOutcome, ClockState]:
        """The kiosk's keys after a badge: pause (with a reason), resume, break, back, clock out."""
        actor.require(Permission.CLOCK_WORK)
        with self._write() as s:
            tech = self._technician_by_badge(s, badge)
            now = self.clock.now()
            number = line = None
            if action == "pause":
                if reason not in PAUSE_REASONS:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the work stops."), field="reason")
                span = self._pause(s, actor, tech, reason, clean(note))
                number, line = s.execute(select(JobCard.number, JobLine.name).join(JobLine, JobLine.job_card_id
                                                                                   == JobCard.id)
                                         .where(JobLine.id == span.job_line_id)).one()
                done = "paused"
            elif action == "clock_out":
                self._clock_out(s, tech)
                done = "clocked_out"
            else:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kiosk action {value}."),
                                      value=action)
            return KioskOutcome(done, tech.name, number, line, now), self._state(s, tech)

    # ---- forgotten clock-outs -----------------------------------------------------------------
    def flag_forgotten(self, actor: Actor) -> list[FlaggedRecord]:
        """The morning review: flag every record still open from an earlier day; list all flagged."""
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            today_start, _ = self.day_bounds(self.clock.today())
            stale = s.scalar(select(Attendance.id).where(Attendance.status == "open",
                                                         Attendance.started_at < today_start).limit(1)) or \
                s.scalar(select(WorkSpan.id).where(WorkSpan.status == "running",
                                                   WorkSpan.started_at < today_start).limit(1))
        if stale:
            with self._write() as s:
                self._flag_old(s)
        return self.forgotten(actor)

    def forgotten(self, actor: Actor) -> list[FlaggedRecord]:
        actor.require(Permission.VIEW_WORKSHOP)
        out = []
        with self.db.read() as s:
            for a, name in s.execute(select(Attendance, User.display_name)
                                     .join(User, User.id == Attendance.technician_id)
                                     .where(Attendance.status == "flagged").order_by(Attendance.started_at)):
                out.append(FlaggedRecord(a.kind, a.id, a.technician_id, name, a.day, a.started_at, None,
                                         a.requested_end, a.request_reason))
            for w, name, number in s.execute(select(WorkSpan, User.display_name, JobCard.number)
                                             .join(User, User.id == WorkSpan.technician_id)
                                             .join(JobCard, JobCard.id == WorkSpan.job_card_id)
                                             .where(WorkSpan.status == "flagged").order_by(WorkSpan.started_at)):
                out.append(FlaggedRecord("work", w.id, w.technician_id, name, self.local_day(w.started_at),
                                         w.started_at, number, w.requested_end, w.request_reason))
        return out

    def _flagged(self, s: Session, kind: str, record_id: int) -> WorkSpan | Attendance:
        row: WorkSpan | Attendance | None = (s.get(WorkSpan, record_id, with_for_update=True) if kind == "work"
                                             else s.get(Attendance, record_id, with_for_update=True))
        if row is None or row.status != "flagged":
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No forgotten clock-out with that id."))
        return row

    def _check_end(self, row, ended_at: datetime) -> None:
        if ended_at.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The time has no time zone."), field="ended_at")
        if not row.started_at < ended_at <= self.clock.now():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The end lies after the start and not in the "
                                                                    "future."), field="ended_at")

    def request_correction(self, actor: Actor, kind: str, record_id: int, ended_at: datetime, reason: str) -> None:
        """The technician says when they really stopped; the supervisor approves it."""
        actor.require(Permission.CLOCK_WORK)
        if not clean(reason):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason."), field="reason")
        with self._write() as s:
            row = self._flagged(s, kind, record_id)
            self._may_clock(actor, row.technician_id)
            self._check_end(row, ended_at)
            row.requested_end, row.request_reason = ended_at, clean(reason)

    def approve_correction(self, actor: Actor, kind: str, record_id: int, ended_at: datetime | None = None,
                           reason: str = "") -> None:
        """The supervisor closes a forgotten record at the requested (or a given) time; audited."""
        actor.require(Permission.DISPATCH)
        with self._write() as s:
            row = self._flagged(s, kind, record_id)
            end = ended_at or row.requested_end
            if end is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the time the work really ended."),
                                      field="ended_at")
            self._check_end(row, end)
            why = clean(reason) or row.request_reason
            if not why:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason."), field="reason")
            row.status, row.ended_at, row.corrected_by = "corrected", end, actor.username
            if isinstance(row, WorkSpan):  # kind == "work"
                row.pause_reason = row.pause_reason or "end_of_day"
            name = s.scalar(select(User.display_name).where(User.id == row.technician_id))
            self.audit.record(s, actor, "workshop.clock_corrected", f"workshop_{kind}", row.id,
                              f"{name}: {self.clock.local(row.started_at):%Y-%m-%d %H:%M} → "
                              f"{self.clock.local(end):%Y-%m-%d %H:%M} ({why})",
                              details={"kind": kind, "ended_at": end.isoformat(), "requested_by": row.recorded_by,
                                       "reason": why}, approved_by=actor.username)
