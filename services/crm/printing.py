"""The printed appointment list of a day, gathered for ``reports.crm.appointments``."""

from __future__ import annotations

from datetime import date

from services.crm.data import APPOINTMENT_STATUS_NAMES, CONFIRMATION_NAMES
from services.users.permissions import Actor


def _num(d) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def appointment_list_pdf(crm, station, clock, actor: Actor, day: date, translate=None, lang: str = "zh_CN") -> bytes:
    from reports.crm.appointments import AppointmentListDocument, AppointmentRow, render_appointment_list

    name_of = translate or (lambda _context, text: text)
    rows = crm.day(actor, day)
    load = crm.load(actor, day)
    by_advisor: dict[str, list[AppointmentRow]] = {}
    for a in rows:
        by_advisor.setdefault(a.advisor_name, []).append(AppointmentRow(
            clock.local(a.starts_at).strftime("%H:%M"), a.number, a.customer_name, a.phone, a.plate, a.request,
            _num(a.expected_hours), name_of("AppointmentStatus", APPOINTMENT_STATUS_NAMES.get(a.status, a.status)),
            name_of("Confirmation", CONFIRMATION_NAMES[a.confirmation]) if a.confirmation else ""))
    name = station.settings().name if station is not None else ""
    doc = AppointmentListDocument(name, day.isoformat(), tuple((k, tuple(v)) for k, v in by_advisor.items()),
                                  _num(load.booked_hours), _num(load.capacity_hours),
                                  clock.local(clock.now()).strftime("%Y-%m-%d %H:%M"))
    return render_appointment_list(doc, lang=lang)
