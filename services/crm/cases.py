"""Cases (问题/抱怨/投诉): a problem found on a follow-up call or a complaint from any channel.

Each has a category, a severity, the responsible department, an owner (a person) and a deadline in
working days; actions are added as they are taken; the resolution is recorded and the centre calls
the customer again (a ``case_confirm`` task): satisfied closes the case, not satisfied reopens it
with a new deadline. Categories and departments are counted for the monthly analysis.

    open ──resolve──▶ resolved ──confirmation call: satisfied──▶ closed
      ▲                  │
      └──── not satisfied (reopened, new deadline)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.crm import CallTask, Case, CaseAction
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.crm.data import (
    CASE_CATEGORIES,
    CASE_STATUSES,
    CHANNELS,
    DEPARTMENTS,
    SEVERITIES,
    TASK_PURPOSE,
    CaseActionInfo,
    CaseInfo,
    CaseInput,
)
from services.crm.rules import CrmPart, clean
from services.crm.workdays import add_working_days
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission


def case_info(c: Case, today: date, actions=()) -> CaseInfo:
    return CaseInfo(c.id, c.number, c.source, c.channel, c.customer_id, c.customer_name, c.plate, c.category,
                    c.severity, c.department, c.owner, c.owner_name, c.deadline, c.description, c.status,
                    c.resolution, c.satisfied, c.opened_at, c.version,
                    overdue=c.status == "open" and today > c.deadline,
                    actions=tuple(CaseActionInfo(a.at, a.kind, a.text, a.username) for a in actions))


class Cases(CrmPart):
    def __init__(self, db, audit, clock, *, customers) -> None:
        super().__init__(db, audit, clock)
        self.customers = customers

    # ---- opening ----------------------------------------------------------------------------------
    def open_complaint(self, actor: Actor, data: CaseInput) -> CaseInfo:
        """A complaint (抱怨/投诉) from any channel: phone, in person, WeChat, a letter, online."""
        actor.require(Permission.EDIT_CRM)
        with self.db.write() as s:
            number = self.open_in(s, actor, data, source="complaint")
            c = s.scalars(select(Case).where(Case.number == number)).one()  # opened just above
            return case_info(c, self.clock.today())

    def open_in(self, s: Session, actor: Actor, data: CaseInput, *, source: str, task: CallTask | None = None) -> str:
        """Open a case inside the caller's transaction (a follow-up call's problem); returns its number."""
        if data.category not in CASE_CATEGORIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the kind of problem."), field="category")
        if data.severity not in SEVERITIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose how serious it is."), field="severity")
        if data.department not in DEPARTMENTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the responsible department."),
                                  field="department")
        if data.channel not in CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown channel {value}."), field="channel",
                                  value=data.channel)
        description = clean(data.description)
        if not description:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Describe the problem in the customer's words."),
                                  field="description")
        owner = self.user(s, username=data.owner)
        rules = self.rules(s)
        today = self.clock.today()
        deadline = data.deadline or add_working_days(today, rules.case_days)
        if deadline < today:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The deadline cannot be in the past."),
                                  field="deadline")
        if task is not None:
            name, plate, vehicle_id, card_id = task.customer_name, task.plate, task.vehicle_id, task.job_card_id
        else:
            customer = self.customers.customer(Actor.system(), data.customer_id)
            name, plate, vehicle_id, card_id = customer.name, "", data.vehicle_id, data.job_card_id
            if vehicle_id is not None:
                plate = self.customers.vehicle(Actor.system(), vehicle_id).plate or ""
        now = self.clock.now()
        c = Case(number=next_number(s, "crm_case", today), source=source,
                 channel="follow_up" if source == "follow_up" else data.channel,
                 customer_id=task.customer_id if task is not None else data.customer_id, vehicle_id=vehicle_id,
                 job_card_id=card_id, task_id=task.id if task is not None else None, category=data.category,
                 severity=data.severity, department=data.department, owner=owner.username,
                 owner_name=owner.display_name, deadline=deadline, description=description, status="open",
                 opened_at=now, opened_by=actor.username, customer_name=name, plate=plate,
                 updated_by=actor.username)
        s.add(c)
        s.flush()
        s.add(CaseAction(case_id=c.id, at=now, kind="opened", text=description, username=actor.username))
        if task is not None:
            task.case_id = c.id
        self.audit.record(s, actor, "crm.case_open", "crm_case", c.number, f"{source} {data.category}")
        return c.number

    # ---- working a case ---------------------------------------------------------------------------
    def add_action(self, actor: Actor, case_id: int, version: int, text: str) -> CaseInfo:
        actor.require(Permission.EDIT_CRM)
        if not clean(text):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write what was done."), field="text")
        with self.db.write() as s:
            c = self._get(s, case_id, version)
            self._require(c, "open")
            s.add(CaseAction(case_id=c.id, at=self.clock.now(), kind="action", text=clean(text),
                             username=actor.username))
            c.updated_by = actor.username
            s.flush()
        return self.case(actor, case_id)

    def resolve(self, actor: Actor, case_id: int, version: int, resolution: str) -> CaseInfo:
        """The owner's resolution; the centre then calls the customer to confirm (二次回访)."""
        actor.require(Permission.EDIT_CRM)
        if not clean(resolution):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write how it was resolved."), field="resolution")
        today = self.clock.today()
        with self.db.read() as s:
            phone = self._phone(self._get(s, case_id).customer_id)
        with self.db.write() as s:
            c = self._get(s, case_id, version)
            self._require(c, "open")
            now = self.clock.now()
            c.status, c.resolution, c.resolved_at, c.updated_by = "resolved", clean(resolution), now, actor.username
            s.add(CaseAction(case_id=c.id, at=now, kind="resolved", text=clean(resolution), username=actor.username))
            rounds = len(list(s.scalars(select(CaseAction.id).where(CaseAction.case_id == c.id,
                                                                   CaseAction.kind == "resolved"))))
            s.add(CallTask(kind="case_confirm", purpose=TASK_PURPOSE["case_confirm"],
                           dedupe_key=f"case_confirm:{c.id}:{rounds}", customer_id=c.customer_id,
                           vehicle_id=c.vehicle_id, case_id=c.id, due_on=today, window_end=add_working_days(today, 2),
                           status="open", attempts=0, customer_name=c.customer_name, phone=phone,
                           plate=c.plate, job_card_number=c.number, note=clean(resolution)[:255]))
            self.audit.record(s, actor, "crm.case_resolve", "crm_case", c.number, clean(resolution)[:120])
            s.flush()
        return self.case(actor, case_id)

    def confirmation_in(self, s: Session, actor: Actor, case_id: int, satisfied: bool, note: str) -> None:
        """The confirmation call's answer, inside the call's transaction."""
        c = self._get(s, case_id)
        now = self.clock.now()
        if satisfied:
            c.status, c.satisfied, c.closed_at = "closed", True, now
            s.add(CaseAction(case_id=c.id, at=now, kind="confirmed", text=note, username=actor.username))
        else:
            rules = self.rules(s)
            c.status, c.satisfied = "open", False
            c.deadline = add_working_days(self.clock.today(), rules.case_days)
            s.add(CaseAction(case_id=c.id, at=now, kind="reopened", text=note, username=actor.username))
        c.updated_by = actor.username

    # ---- reading ------------------------------------------------------------------------------------
    def case(self, actor: Actor, case_id: int) -> CaseInfo:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            c = self._get(s, case_id)
            actions = list(s.scalars(select(CaseAction).where(CaseAction.case_id == c.id)
                                     .order_by(CaseAction.at, CaseAction.id)))
            return case_info(c, self.clock.today(), actions)

    def list_cases(self, actor: Actor, *, status: str | None = "open", owner: str | None = None,
                   limit: int = 500) -> list[CaseInfo]:
        """Cases by deadline (the overdue first); ``status`` None for all."""
        actor.require(Permission.VIEW_CRM)
        if status is not None and status not in CASE_STATUSES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown status {value}."), field="status",
                                  value=status)
        q = select(Case)
        if status is not None:
            q = q.where(Case.status == status)
        if owner:
            q = q.where(Case.owner == owner)
        today = self.clock.today()
        with self.db.read() as s:
            return [case_info(c, today) for c in s.scalars(q.order_by(Case.deadline, Case.id).limit(limit))]

    # ---- inside -------------------------------------------------------------------------------------
    def _phone(self, customer_id: int) -> str:
        customer = self.customers.customer(Actor.system(), customer_id)
        return customer.mobile or customer.other_phone or ""

    @staticmethod
    def _get(s: Session, case_id: int, version: int | None = None) -> Case:
        c = s.get(Case, case_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No case {id}."), id=case_id)
        if version is not None and c.version != version:
            raise conflict_error(c)
        return c

    @staticmethod
    def _require(c: Case, status: str) -> None:
        if c.status != status:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Case {number} is {status}."), number=c.number,
                                  status=c.status)
