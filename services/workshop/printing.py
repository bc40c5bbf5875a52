"""Gathers the workshop's printed documents: the dispatch sheet (派工单) and the day's plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard
from app.db.models.workshop import Assignment
from reports.workshop.documents import (
    DayPlanDocument,
    DispatchDocument,
    DispatchLine,
    PlanEntry,
    PlanTechnician,
    render_day_plan,
    render_dispatch_sheet,
)
from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.station.settings import JOB_TYPE_NAMES
from services.users.permissions import Actor, Permission
from services.workshop.board import BoardMixin
from services.workshop.data import BLOCK_STATES, LineAssignment

Translate = Callable[[str, str], str]
JOB_TYPE_CONTEXT, STATE_CONTEXT = "JobType", "Workshop"  # the contexts of those names


def _pct(share: Decimal) -> str:
    return f"{(share * 100).normalize():f}%"


class PrintingMixin(BoardMixin):
    _line_assignments: Callable[[Session, int], list[LineAssignment]]  # DispatchMixin's, in WorkshopService

    def _station_name(self) -> str:
        return self.station.settings().name if self.station is not None else ""

    def dispatch_document(self, actor: Actor, number: str, translate: Translate | None = None) -> DispatchDocument:
        actor.require(Permission.VIEW_WORKSHOP)
        say = translate or (lambda _c, t: t)
        number = (number or "").strip().upper()
        with self.db.read() as s:
            card = s.scalar(select(JobCard).where(JobCard.number == number))
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card numbered {number}."), number=number)
            bays = {b.id: b.code for b in self._bays(s)}
            bay_of = dict(s.execute(select(Assignment.job_line_id, Assignment.bay_id)
                                    .where(Assignment.job_card_id == card.id, Assignment.bay_id.is_not(None))).all())
            lines = self._line_assignments(s, card.id)
            out = tuple(DispatchLine(la.code, la.name, la.hours,
                                     ", ".join(f"{name} {_pct(share)}" for _i, name, share in la.technicians),
                                     bays.get(bay_of.get(la.line_id), "")) for la in lines)
            local = self.clock.local
            return DispatchDocument(
                self._station_name(), card.number, card.plate, card.vehicle_desc, card.vin,
                say(JOB_TYPE_CONTEXT, JOB_TYPE_NAMES.get(card.job_type, card.job_type)), card.advisor_name,
                f"{local(card.opened_at):%Y-%m-%d %H:%M}",
                f"{local(card.promised_at):%Y-%m-%d %H:%M}" if card.promised_at else "", card.customer_words,
                card.diagnosis, card.customer_waits, out, sum((la.hours for la in lines), Decimal(0)),
                f"{local(self.clock.now()):%Y-%m-%d %H:%M}")

    def day_plan_document(self, actor: Actor, day: date | None = None,
                          translate: Translate | None = None) -> DayPlanDocument:
        say = translate or (lambda _c, t: t)
        board = self.board(actor, day)
        local = self.clock.local
        techs = []
        for row in board.rows:
            mine = sorted((b for b in board.blocks if b.technician_id == row.technician.user_id), key=lambda b: b.start)
            entries = tuple(PlanEntry(f"{local(b.start):%H:%M}", f"{local(b.end):%H:%M}", b.card_number, b.plate,
                                      b.work, b.sold_hours,
                                      f"{local(b.promised_at):%m-%d %H:%M}" if b.promised_at else "",
                                      say(STATE_CONTEXT, BLOCK_STATES[b.state])) for b in mine)
            techs.append(PlanTechnician(row.technician.name, row.technician.team_name, row.capacity_hours,
                                        row.booked_hours, entries))
        queue = tuple((q.card_number, q.plate, q.hours, f"{local(q.promised_at):%m-%d %H:%M}" if q.promised_at
                       else "") for q in board.queue)
        return DayPlanDocument(self._station_name(), f"{board.day:%Y-%m-%d}", tuple(techs), queue,
                               f"{local(self.clock.now()):%Y-%m-%d %H:%M}")

    def dispatch_pdf(self, actor: Actor, number: str, translate: Translate | None = None,
                     lang: str = "zh_CN") -> bytes:
        return render_dispatch_sheet(self.dispatch_document(actor, number, translate), lang=lang)

    def day_plan_pdf(self, actor: Actor, day: date | None = None, translate: Translate | None = None,
                     lang: str = "zh_CN") -> bytes:
        return render_day_plan(self.day_plan_document(actor, day, translate), lang=lang)
