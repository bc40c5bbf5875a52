"""The centre's entries on a customer's timeline: appointments, calls and cases."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models.crm import Appointment, Call, CallTask, Case
from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor, Permission

TITLES = {
    "appointment": QT_TRANSLATE_NOOP("Timeline", "Appointment {number} for {when} with {advisor} ({status})"),
    "call": QT_TRANSLATE_NOOP("Timeline", "Call by {user}: {kind}, {outcome}"),
    "case": QT_TRANSLATE_NOOP("Timeline", "Case {number} opened ({source}): {text}"),
}


def timeline_entries(db, clock, actor: Actor, customer_id: int, limit: int = 300) -> list:
    """A customer's appointments, calls and cases as entries of the customer file's timeline."""
    from services.customers.service import TimelineEntry  # the customer file owns the entry type

    actor.require(Permission.VIEW_CRM)
    out: list = []
    with db.read() as s:
        for a in s.scalars(select(Appointment).where(Appointment.customer_id == customer_id)
                           .order_by(Appointment.starts_at.desc()).limit(limit)):
            out.append(TimelineEntry(a.booked_at, "crm.appointment", TITLES["appointment"],
                                     {"number": a.number, "when": clock.local(a.starts_at).strftime("%Y-%m-%d %H:%M"),
                                      "advisor": a.advisor_name, "status": a.status}, a.vehicle_id, "crm", a.number,
                                     a.booked_by))
        for at, user, outcome, kind, vehicle_id in s.execute(
                select(Call.at, Call.username, Call.outcome, CallTask.kind, CallTask.vehicle_id)
                .join(CallTask, CallTask.id == Call.task_id).where(CallTask.customer_id == customer_id)
                .order_by(Call.at.desc()).limit(limit)):
            out.append(TimelineEntry(at, "crm.call", TITLES["call"], {"user": user, "kind": kind, "outcome": outcome},
                                     vehicle_id, "crm", None, user))
        for c in s.scalars(select(Case).where(Case.customer_id == customer_id).order_by(Case.opened_at.desc())
                           .limit(limit)):
            out.append(TimelineEntry(c.opened_at, "crm.case", TITLES["case"],
                                     {"number": c.number, "source": c.source, "text": c.description[:80]},
                                     c.vehicle_id, "crm", c.number, c.opened_by))
    return out
