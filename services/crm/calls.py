"""Call tasks and calls: the follow-up call after each delivery (回访, due within 3 working days by
the Chinese calendar), the second call after a resolved case, proactive and reminder calls; the
call script with its scores; outcomes with retries up to a limit; each worker's daily list.

A task is callable from ``due_on`` and due by ``window_end`` (its deadline): a follow-up call from
the working day after the delivery to the third working day; a day-45 call of a new car from day 45
to day 90. Overdue = today is past the deadline. An unanswered call puts the task back after
``retry_hours``; after ``max_call_attempts`` it ends as not reached. A marketing call (insurance,
greetings, promotions) needs the customer's consent (个人信息保护法); a service call does not.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models.crm import Call, CallTask
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.crm.data import (
    LOST_KINDS,
    LOST_REASONS,
    OUTCOMES,
    SCORES,
    SCRIPT_KEYS,
    TASK_KINDS,
    TASK_PURPOSE,
    CallInfo,
    CallResult,
    CaseInput,
    TaskInfo,
)
from services.crm.rules import CrmPart, clean
from services.crm.workdays import add_working_days
from services.users import privacy
from services.users.permissions import Actor, Permission

log = logging.getLogger(__name__)
WORK_LIST_LIMIT = 300


def task_info(t: CallTask, today: date, phone=None) -> TaskInfo:
    deadline = t.window_end or t.due_on
    return TaskInfo(t.id, t.kind, t.purpose, t.customer_id, t.vehicle_id, t.customer_name,
                    phone(t.phone) if phone else t.phone, t.plate, t.advisor_name, t.job_card_number, t.delivered_on,
                    t.due_on, t.window_end, t.status, t.attempts, t.next_attempt_at, t.outcome, t.assigned_to,
                    t.case_id, t.note, overdue=t.status == "open" and today > deadline)


class Calls(CrmPart):
    """Tasks and calls. ``customers`` answers the consent question; ``job_cards`` describes a card;
    ``cases`` opens the case of a problem and closes it on the confirmation call."""

    def __init__(self, db, audit, clock, *, customers, job_cards, cases) -> None:
        super().__init__(db, audit, clock)
        self.customers = customers
        self.job_cards = job_cards
        self.cases = cases

    # ---- the delivery hook ----------------------------------------------------------------------
    def on_delivered(self, actor: Actor, card_id: int, _due: date | None = None) -> None:
        """Called by the settlement area after a delivery commits: the follow-up call falls due.

        The delivery is done whatever happens here: a failure is logged and the task is made by the
        next run of ``plan`` (which fills in the follow-up calls of recent deliveries without one)."""
        try:
            self.follow_up_for(card_id, self.clock.today())
        except Exception:  # noqa: BLE001 (the car has left; the planner catches up)
            log.exception("follow-up task for job card %s not made", card_id)

    def follow_up_for(self, card_id: int, delivered_on: date) -> TaskInfo:
        card = self.job_cards.card(Actor.system(), card_id)
        with self.db.write() as s:
            rules = self.rules(s)
            first = add_working_days(delivered_on, 1)
            deadline = add_working_days(delivered_on, rules.follow_up_working_days)
            t = self.add_task(s, "follow_up", f"follow_up:{card_id}", customer_id=card.customer_id,
                              vehicle_id=card.vehicle_id, due_on=first, window_end=deadline, job_card_id=card.id,
                              job_card_number=card.number, delivered_on=delivered_on, customer_name=card.customer_name,
                              phone=card.customer_phone, plate=card.plate, advisor_name=card.advisor_name)
            return task_info(t, self.clock.today())

    def add_task(self, s: Session, kind: str, key: str, *, customer_id: int, due_on: date, known_new: bool = False,
                 **values) -> CallTask:
        """A task, once: a second call with the same key returns the first one. ``known_new``: the
        caller has checked the key (the daily plan, many at a time): no look-up, flushed later."""
        if not known_new:
            existing = s.scalar(select(CallTask).where(CallTask.dedupe_key == key))
            if existing is not None:
                return existing
        t = CallTask(kind=kind, purpose=TASK_PURPOSE[kind], dedupe_key=key, customer_id=customer_id, due_on=due_on,
                     status="open", attempts=0, **values)
        s.add(t)
        if not known_new:
            s.flush()
        return t

    # ---- reading --------------------------------------------------------------------------------
    def work_list(self, actor: Actor, *, kinds: tuple[str, ...] | None = None,
                  limit: int = WORK_LIST_LIMIT) -> list[TaskInfo]:
        """A centre worker's calls for today: theirs and the unassigned ones that can be made now,
        overdue first (the oldest deadline first), then by deadline."""
        actor.require(Permission.VIEW_CRM)
        today, now = self.clock.today(), self.clock.now()
        deadline = func.coalesce(CallTask.window_end, CallTask.due_on)
        q = (select(CallTask)
             .where(CallTask.status == "open", CallTask.due_on <= today,
                    or_(CallTask.next_attempt_at.is_(None), CallTask.next_attempt_at <= now),
                    or_(CallTask.assigned_to.is_(None), CallTask.assigned_to == actor.username))
             .order_by(case((deadline < today, 0), else_=1), deadline, CallTask.id).limit(limit))
        if kinds:
            q = q.where(CallTask.kind.in_(kinds))
        phone = privacy.phone_view(actor)
        with self.db.read() as s:
            return [task_info(t, today, phone) for t in s.scalars(q)]

    def task(self, actor: Actor, task_id: int) -> TaskInfo:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            return task_info(self._get(s, task_id), self.clock.today(), privacy.phone_view(actor))

    def calls(self, actor: Actor, task_id: int) -> list[CallInfo]:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            return [CallInfo(c.at, c.username, c.outcome, dict(c.scores or {}), c.note)
                    for c in s.scalars(select(Call).where(Call.task_id == task_id).order_by(Call.at, Call.id))]

    def customer_tasks(self, actor: Actor, customer_id: int) -> list[TaskInfo]:
        actor.require(Permission.VIEW_CRM)
        with self.db.read() as s:
            rows = s.scalars(select(CallTask).where(CallTask.customer_id == customer_id)
                             .order_by(CallTask.due_on.desc()).limit(200))
            return [task_info(t, self.clock.today(), privacy.phone_view(actor)) for t in rows]

    # ---- consent --------------------------------------------------------------------------------
    def check_allowed(self, actor: Actor, task: TaskInfo | CallTask) -> None:
        """A marketing call only to a customer who consented to marketing contact; service calls always."""
        if task.purpose != "marketing":
            return
        customer = self.customers.customer(Actor.system(), task.customer_id)
        if not customer.marketing_consent:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} has not consented to marketing contact: only service "
                                                  "calls are allowed."), field="purpose", name=customer.name)

    def new_task(self, actor: Actor, kind: str, customer_id: int, *, due_on: date | None = None,
                 vehicle_id: int | None = None, note: str = "", assigned_to: str | None = None) -> TaskInfo:
        """A call put on the list by hand (a reminder, a promotion, a call back)."""
        actor.require(Permission.EDIT_CRM)
        if kind not in TASK_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown call kind {value}."), field="kind",
                                  value=kind)
        customer = self.customers.customer(Actor.system(), customer_id)
        probe = CallTask(kind=kind, purpose=TASK_PURPOSE[kind], customer_id=customer_id)
        self.check_allowed(actor, probe)
        plate = ""
        if vehicle_id is not None:
            plate = self.customers.vehicle(Actor.system(), vehicle_id).plate or ""
        day = due_on or self.clock.today()
        with self.db.write() as s:
            t = self.add_task(s, kind, f"{kind}:{customer_id}:{vehicle_id or 0}:{day}:{self.clock.now():%H%M%S%f}",
                              customer_id=customer_id, due_on=day, vehicle_id=vehicle_id, note=clean(note)[:255],
                              assigned_to=clean(assigned_to) or None, customer_name=customer.name,
                              phone=customer.mobile or customer.other_phone or "", plate=plate)
            return task_info(t, self.clock.today(), privacy.phone_view(actor))

    # ---- a call ---------------------------------------------------------------------------------
    def record_call(self, actor: Actor, task_id: int, outcome: str, *, scores: dict | None = None, note: str = "",
                    problem: CaseInput | None = None, reason: str | None = None) -> CallResult:
        """One call of a task. ``satisfied``/``problem`` for a follow-up or confirmation call (with the
        script's scores when the customer answered); ``reached``/``declined`` for other calls;
        ``unreachable`` for any: retried after ``retry_hours`` until ``max_call_attempts``. A problem
        opens a case (``problem``: its category, description, owner...) in the same transaction. A lost
        customer reached (a car not seen for months, a new car never back) says why: ``reason``."""
        actor.require(Permission.EDIT_CRM)
        if outcome not in OUTCOMES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown outcome {value}."), field="outcome",
                                  value=outcome)
        scores = self._scores(scores or {})
        note = clean(note)
        with self.db.read() as s:
            probe = task_info(self._get(s, task_id), self.clock.today())
            kind = probe.kind
        self.check_allowed(actor, probe)
        if kind in ("follow_up", "case_confirm") and outcome in ("reached",):
            outcome = "satisfied"
        if kind == "follow_up" and outcome in ("satisfied", "problem") and "overall" not in scores:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Ask the script's questions: at least the overall "
                                                                    "score."), field="scores")
        if outcome == "problem" and kind == "follow_up" and problem is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Describe the problem and name who resolves it."),
                                  field="problem")
        if kind in LOST_KINDS and outcome in ("reached", "declined"):
            if reason not in LOST_REASONS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Ask why the customer has not been back and "
                                                                        "choose the reason."), field="reason")
            if reason == "other" and not note:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note the customer's reason."), field="note")
        else:
            reason = None
        if outcome == "problem" and kind == "case_confirm" and not note:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note what the customer is still unhappy with."),
                                  field="note")
        now = self.clock.now()
        case_number = None
        with self.db.write() as s:
            rules = self.rules(s)
            t = self._get(s, task_id)
            if t.status != "open":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This call has been dealt with already."),
                                      field="task")
            s.add(Call(task_id=t.id, at=now, username=actor.username, outcome=outcome, scores=scores or None,
                       note=note))
            t.attempts += 1
            if outcome == "unreachable":
                if t.attempts >= rules.max_call_attempts:
                    t.status, t.outcome, t.closed_at, t.next_attempt_at = "failed", "unreachable", now, None
                else:
                    t.next_attempt_at = now + timedelta(hours=rules.retry_hours)
            else:
                t.status, t.outcome, t.reached_at, t.closed_at, t.next_attempt_at = "done", outcome, now, now, None
                t.reason = reason
                if note:
                    t.note = note[:255]
                if kind == "follow_up" and outcome == "problem":
                    assert problem is not None
                    case_number = self.cases.open_in(s, actor, problem, source="follow_up", task=t)
                if kind == "case_confirm" and t.case_id is not None:
                    self.cases.confirmation_in(s, actor, t.case_id, outcome == "satisfied", note)
            self.audit.record(s, actor, "crm.call", "crm_task", str(t.id), f"{kind} {outcome}")
            s.flush()
            result = CallResult(task_info(t, self.clock.today(), privacy.phone_view(actor)), case_number)
        return result

    def reassign(self, actor: Actor, task_id: int, username: str | None) -> TaskInfo:
        actor.require(Permission.EDIT_CRM)
        with self.db.write() as s:
            t = self._get(s, task_id)
            if username:
                self.user(s, username=username)
            t.assigned_to = clean(username) or None
            s.flush()
            return task_info(t, self.clock.today(), privacy.phone_view(actor))

    # ---- inside ---------------------------------------------------------------------------------
    @staticmethod
    def _scores(scores: dict) -> dict:
        out = {}
        for key, value in scores.items():
            if key not in SCRIPT_KEYS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown question {value}."), field="scores",
                                      value=key)
            if value is None or value == "":
                continue
            try:
                score = int(value)
            except (TypeError, ValueError):
                score = 0
            if score not in SCORES:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A score is 1 to 5."), field="scores")
            out[key] = score
        return out

    @staticmethod
    def _get(s: Session, task_id: int) -> CallTask:
        t = s.get(CallTask, task_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No call task {id}."), id=task_id)
        return t


def overdue_count(s: Session, today: date) -> int:
    deadline = func.coalesce(CallTask.window_end, CallTask.due_on)
    return s.scalar(select(func.count()).select_from(CallTask).where(and_(CallTask.status == "open",
                                                                          deadline < today))) or 0


__all__ = ["Calls", "overdue_count", "task_info"]
