"""Dispatch (派工): a card's labour lines to technicians, each with a share of the line's hours.

The assignments are the workshop's own rows; the line's ``technicians`` column on the job card
(what the card and the statement print) is kept in step in the same transaction, and the card is
touched so that its version moves on: a second PC dragging the same card gets a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, JobLine
from app.db.models.users import User
from app.db.models.workshop import Assignment, Bay, WorkSpan
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.common.money import to_decimal
from services.users.permissions import Actor, Permission
from services.workshop.core import WorkshopCore
from services.workshop.data import LineAssignment

ASSIGNABLE = ("dispatched", "in_progress", "waiting_parts", "waiting_approval")
SHARE_PLACES = Decimal("0.0001")


def split_shares(technicians: Sequence[Any]) -> list[tuple[int, Decimal]]:
    """``[id, ...]`` in equal shares (the last takes the rounding) or ``[(id, share), ...]`` adding to 1."""
    if not technicians:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose at least one technician."),
                              field="technicians")
    if all(isinstance(t, int) for t in technicians):
        ids = list(technicians)
        each = (Decimal(1) / len(ids)).quantize(SHARE_PLACES)
        pairs = [(i, each) for i in ids[:-1]] + [(ids[-1], Decimal(1) - each * (len(ids) - 1))]
    else:
        try:
            pairs = [(int(t[0]), to_decimal(t[1])) for t in technicians]
        except (TypeError, ValueError, IndexError):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A share is a number between 0 and 1."),
                                  field="technicians") from None
    if len({i for i, _ in pairs}) != len(pairs):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Each technician once per line."),
                              field="technicians")
    if any(x <= 0 or x != x.quantize(SHARE_PLACES) for _, x in pairs) or sum(x for _, x in pairs) != 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The technicians' shares of the hours add up to "
                                                                "100%."), field="technicians")
    return pairs


class DispatchMixin(WorkshopCore):
    # ---- reading ------------------------------------------------------------------------------
    def card_assignments(self, actor: Actor, card_id: int) -> list[LineAssignment]:
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return self._line_assignments(s, card_id)

    def _line_assignments(self, s: Session, card_id: int) -> list[LineAssignment]:
        lines = s.execute(select(JobLine.id, JobLine.code, JobLine.name, JobLine.qty)
                          .where(JobLine.job_card_id == card_id, JobLine.kind == "labour",
                                 (JobLine.approval.is_(None)) | (JobLine.approval != "declined"))
                          .order_by(JobLine.position, JobLine.id)).all()
        rows = s.execute(select(Assignment.job_line_id, Assignment.technician_id, User.display_name, Assignment.share,
                                Assignment.finished_at)
                         .join(User, User.id == Assignment.technician_id)
                         .where(Assignment.job_card_id == card_id).order_by(Assignment.id)).all()
        out = []
        for lid, code, name, qty in lines:
            mine = [r for r in rows if r[0] == lid]
            out.append(LineAssignment(lid, code, name, qty, tuple((r[1], r[2], r[3]) for r in mine),
                                      bool(mine) and all(r[4] is not None for r in mine)))
        return out

    # ---- writing ------------------------------------------------------------------------------
    def _card_for_dispatch(self, s: Session, card_id: int, version: int | None) -> JobCard:
        card = s.get(JobCard, card_id, with_for_update=True)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
        if version is not None and card.version != version:
            raise conflict_error(card, self.clock.zone.key)
        if card.status not in ASSIGNABLE:
            if card.status in ("estimate", "open"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} has not been sent to the "
                                                                        "workshop yet."), number=card.number)
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: its work can no "
                                                                    "longer be dispatched."),
                                  number=card.number, status=card.status)
        return card

    def _after_dispatch(self, s: Session, actor: Actor, card: JobCard, line_ids: set[int]) -> None:
        """Keep the card's 技师 column in step and move the card's version on."""
        s.flush()
        names = dict(s.execute(select(User.id, User.display_name)
                               .join(Assignment, Assignment.technician_id == User.id)
                               .where(Assignment.job_card_id == card.id)).all())
        for ln in s.scalars(select(JobLine).where(JobLine.id.in_(line_ids))):
            rows = s.execute(select(Assignment.technician_id, Assignment.share)
                             .where(Assignment.job_line_id == ln.id).order_by(Assignment.id)).all()
            ln.technicians = [{"name": names.get(t, "?"), "share": str(share), "user_id": t} for t, share in rows]
        card.updated_by = actor.username
        card.updated_at = self.clock.now()

    def _check_technicians(self, s: Session, ids: Sequence[int]) -> None:
        known = {t.user_id for t in self._technicians(s)}
        for i in ids:
            if i not in known:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No technician with that id."))

    def assign(self, actor: Actor, card_id: int, technicians: Sequence[Any], *, line_ids: Sequence[int] | None = None,
               bay_id: int | None = None, planned_start: datetime | None = None,
               version: int | None = None) -> list[LineAssignment]:
        """Dispatch labour lines (by default every line nobody holds yet) to technicians with shares."""
        actor.require(Permission.DISPATCH)
        pairs = split_shares(technicians)
        if planned_start is not None and planned_start.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The planned start has no time zone."),
                                  field="planned_start")
        with self._write() as s:
            card = self._card_for_dispatch(s, card_id, version)
            self._check_technicians(s, [i for i, _ in pairs])
            if bay_id is not None and s.get(Bay, bay_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such bay."))
            current = self._line_assignments(s, card.id)
            if line_ids is None:
                chosen = [la for la in current if not la.technicians]
                if not chosen:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Every labour line of job card {number} "
                                                                            "is dispatched already."),
                                          number=card.number)
            else:
                wanted = set(line_ids)
                chosen = [la for la in current if la.line_id in wanted]
                if len(chosen) != len(wanted):
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such labour line on this job card."))
            for la in chosen:
                if la.finished:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{line} is finished: it cannot be "
                                                                            "dispatched again."), line=la.name)
                keep = {i for i, _ in pairs}
                for tid, tname, _share in la.technicians:
                    if tid not in keep:
                        self._refuse_if_running(s, tid, tname, la.line_id)
                for a in s.scalars(select(Assignment).where(Assignment.job_line_id == la.line_id)):
                    s.delete(a)
                s.flush()
                for tid, share in pairs:
                    s.add(Assignment(job_card_id=card.id, job_line_id=la.line_id, technician_id=tid, share=share,
                                     bay_id=bay_id, planned_start=planned_start, assigned_by=actor.username))
            self._after_dispatch(s, actor, card, {la.line_id for la in chosen})
            self.audit.record(s, actor, "workshop.dispatch", "job_card", card.number,
                              ", ".join(la.code or la.name for la in chosen),
                              details={"technicians": [[i, str(x)] for i, x in pairs], "bay": bay_id})
            return self._line_assignments(s, card.id)

    def _refuse_if_running(self, s: Session, tech_id: int, name: str, line_id: int) -> None:
        running = s.scalar(select(WorkSpan.id).where(WorkSpan.technician_id == tech_id, WorkSpan.job_line_id == line_id,
                                                     WorkSpan.status == "running"))
        if running is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{name} is working on this line now: pause it "
                                                                    "before moving it."), name=name)

    def move(self, actor: Actor, card_id: int, from_technician: int, to_technician: int, *,
             planned_start: datetime | None = None, bay_id: int | None = None,
             version: int | None = None) -> list[LineAssignment]:
        """Move a technician's unfinished part of a card to another technician (or to another time)."""
        actor.require(Permission.DISPATCH)
        with self._write() as s:
            card = self._card_for_dispatch(s, card_id, version)
            self._check_technicians(s, [to_technician])
            mine = list(s.scalars(select(Assignment).where(Assignment.job_card_id == card.id,
                                                           Assignment.technician_id == from_technician,
                                                           Assignment.finished_at.is_(None))))
            if not mine:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That technician holds no unfinished work on job "
                                                                 "card {number}."), number=card.number)
            touched = set()
            for a in mine:
                touched.add(a.job_line_id)
                if planned_start is not None:
                    a.planned_start = planned_start
                if bay_id is not None:
                    a.bay_id = bay_id
                if to_technician == from_technician:
                    continue
                name = s.scalar(select(User.display_name).where(User.id == from_technician)) or "?"
                self._refuse_if_running(s, from_technician, name, a.job_line_id)
                theirs = s.scalar(select(Assignment).where(Assignment.job_line_id == a.job_line_id,
                                                           Assignment.technician_id == to_technician))
                if theirs is not None:
                    theirs.share = theirs.share + a.share
                    theirs.finished_at = None
                    s.delete(a)
                else:
                    a.technician_id = to_technician
                    a.assigned_by = actor.username
            self._after_dispatch(s, actor, card, touched)
            self.audit.record(s, actor, "workshop.move", "job_card", card.number, None,
                              details={"from": from_technician, "to": to_technician,
                                       "start": planned_start.isoformat() if planned_start else None})
            return self._line_assignments(s, card.id)

    def unassign(self, actor: Actor, card_id: int, technician_id: int, *,
                 version: int | None = None) -> list[LineAssignment]:
        """Take a technician off a card: their share goes to the others on each line, or back to the queue."""
        actor.require(Permission.DISPATCH)
        with self._write() as s:
            card = self._card_for_dispatch(s, card_id, version)
            mine = list(s.scalars(select(Assignment).where(Assignment.job_card_id == card.id,
                                                           Assignment.technician_id == technician_id,
                                                           Assignment.finished_at.is_(None))))
            if not mine:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "That technician holds no unfinished work on job "
                                                                 "card {number}."), number=card.number)
            name = s.scalar(select(User.display_name).where(User.id == technician_id)) or "?"
            for a in mine:
                self._refuse_if_running(s, technician_id, name, a.job_line_id)
                others = list(s.scalars(select(Assignment).where(Assignment.job_line_id == a.job_line_id,
                                                                 Assignment.id != a.id).order_by(Assignment.id)))
                s.delete(a)
                if others:
                    rest = sum((o.share for o in others), Decimal(0))
                    given = Decimal(0)
                    for o in others[:-1]:
                        o.share = (o.share / rest).quantize(SHARE_PLACES)
                        given += o.share
                    others[-1].share = Decimal(1) - given
            self._after_dispatch(s, actor, card, {a.job_line_id for a in mine})
            self.audit.record(s, actor, "workshop.unassign", "job_card", card.number, name)
            return self._line_assignments(s, card.id)
