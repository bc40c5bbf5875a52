"""The appointment specialist's page: a day's sheet per advisor, booking with two suggested times,
the next-day confirmation calls, no-shows, receiving a booked car, and the welcome board.

Signals:
    dayChanged(): the day's sheet, its load and the confirmation list were reloaded.
    slotsChanged(list): the suggested times (``Slot``) for the request in the form.
    hitsChanged(list): cars found for the text typed in the booking form (``SearchHit``).
    booked(object): the ``AppointmentInfo`` just booked.
    received(str): the number of the job card an appointment became.
    errorChanged(str): a refusal to show ("" clears it).
    messageChanged(str): what was just done.
    busyChanged(bool): a call is running.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QColor

from services.crm.data import (
    APPOINTMENT_STATUS_NAMES,
    CONFIRMATION_NAMES,
    AppointmentInfo,
    AppointmentInput,
)
from services.station.settings import JOB_TYPE_NAMES
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowColours, RowsModel, translated
from viewmodels.common.tasks import TaskRunner


def parse_parts(text: str) -> tuple[tuple[str, str], ...]:
    """``06L115562 ×1, G052195M2 ×4.5; 1K0698151`` → (number, quantity) pairs (quantity 1 when not
    given). ValueError names the item that is neither."""
    out = []
    for item in re.split(r"[,，;；\n]+", text or ""):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r"(\S+?)(?:\s*[×xX*]\s*|\s+)(\d+(?:\.\d{1,3})?)", item)
        if m:
            out.append((m.group(1), m.group(2)))
        elif re.fullmatch(r"\S+", item):
            out.append((item, "1"))
        else:
            raise ValueError(item)
    return tuple(out)


def picked_text(a: AppointmentInfo) -> str:
    """The parts an appointment picked, as the sheet shows them (``06L115562×1``)."""
    return ", ".join(f"{p.part_number}×{p.qty.normalize():f}" for p in a.parts if p.status != "released")


def polite_name(name: str) -> str:
    """The name on the public welcome board: the surname and 先生/女士 are not known, so the given
    name is hidden (陈志强 → 陈**); a company shows in full."""
    if len(name) <= 1 or any(w in name for w in ("公司", "集团", "中心", "局", "厂")):
        return name
    return name[0] + "*" * (len(name) - 1)


def _status_colours(a: AppointmentInfo) -> RowColours | None:
    if a.status == "arrived":
        return RowColours(QColor("#e3f4e3"))
    if a.status in ("no_show", "cancelled"):
        return RowColours(foreground=QColor("#888888"))
    return None


class AppointmentsViewModel(QObject):
    dayChanged = Signal()
    slotsChanged = Signal(list)
    hitsChanged = Signal(list)
    booked = Signal(object)
    received = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, crm, customers, actor, tasks: TaskRunner, *, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.customers = customers
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.can_book = actor.can(Permission.EDIT_APPOINTMENTS)
        self.can_receive = actor.can(Permission.EDIT_JOB_CARDS)
        self.day = clock.today()
        self.advisor_id: int | None = None
        self.advisors: list = []
        self.load = None
        self.slots: list = []
        local = LocalTime(clock.local, "%H:%M")
        self.sheet = RowsModel([
            Column(QT_TRANSLATE_NOOP("Appointments", "Time"), lambda a: a.starts_at), Column(QT_TRANSLATE_NOOP("Appointments", "Advisor"), lambda a: a.advisor_name),
            Column(QT_TRANSLATE_NOOP("Appointments", "Plate"), lambda a: a.plate), Column(QT_TRANSLATE_NOOP("Appointments", "Customer"), lambda a: a.customer_name),
            Column(QT_TRANSLATE_NOOP("Appointments", "Phone"), lambda a: a.phone), Column(QT_TRANSLATE_NOOP("Appointments", "Work"), lambda a: a.request),
            Column(QT_TRANSLATE_NOOP("Appointments", "Hours"), lambda a: a.expected_hours, align_right=True),
            Column(QT_TRANSLATE_NOOP("Appointments", "Parts picked"), picked_text),
            Column(QT_TRANSLATE_NOOP("Appointments", "Status"), lambda a: translated("AppointmentStatus", APPOINTMENT_STATUS_NAMES.get(a.status, a.status))),
            Column(QT_TRANSLATE_NOOP("Appointments", "Reminder call"), lambda a: translated("Confirmation", CONFIRMATION_NAMES.get(a.confirmation or "", ""))),
        ], self, context="Appointments", local=local, style=_status_colours)
        self.confirmations = RowsModel([
            Column(QT_TRANSLATE_NOOP("Appointments", "Time"), lambda a: a.starts_at), Column(QT_TRANSLATE_NOOP("Appointments", "Customer"), lambda a: a.customer_name),
            Column(QT_TRANSLATE_NOOP("Appointments", "Phone"), lambda a: a.phone), Column(QT_TRANSLATE_NOOP("Appointments", "Plate"), lambda a: a.plate),
            Column(QT_TRANSLATE_NOOP("Appointments", "Advisor"), lambda a: a.advisor_name),
            Column(QT_TRANSLATE_NOOP("Appointments", "Reminder call"), lambda a: translated("Confirmation", CONFIRMATION_NAMES.get(a.confirmation or "", ""))),
        ], self, context="Appointments", local=LocalTime(clock.local, "%m-%d %H:%M"))
        self.board = RowsModel([
            Column(QT_TRANSLATE_NOOP("Appointments", "Time"), lambda a: a.starts_at), Column(QT_TRANSLATE_NOOP("Appointments", "Customer"), lambda a: polite_name(a.customer_name)),
            Column(QT_TRANSLATE_NOOP("Appointments", "Plate"), lambda a: a.plate), Column(QT_TRANSLATE_NOOP("Appointments", "Your service advisor"), lambda a: a.advisor_name),
        ], self, context="Appointments", local=local)
        self.hits: list = []
        self.vehicle_hit = None
        self._busy = 0

    # ---- plumbing ------------------------------------------------------------------------------
    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self._busy += 1
        self.busyChanged.emit(True)

        def done(result):
            self._finish()
            if on_done is not None:
                on_done(result)

        def failed(exc):
            self._finish()
            self.errorChanged.emit(describe(exc))

        self.tasks.run(name, fn, *args, on_done=done, on_error=failed, **kwargs)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        if not self._busy:
            self.busyChanged.emit(False)

    # ---- the day ---------------------------------------------------------------------------------
    def start(self) -> None:
        self._run("crm.advisors", self.crm.advisors, self.actor, on_done=self._advisors)

    def _advisors(self, advisors) -> None:
        self.advisors = advisors
        self.refresh()

    def set_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def set_advisor(self, advisor_id: int | None) -> None:
        self.advisor_id = advisor_id
        self.refresh()

    def refresh(self) -> None:
        day, advisor = self.day, self.advisor_id

        def work():
            return (self.crm.day(self.actor, day, advisor_id=advisor, include_cancelled=True),
                    self.crm.load(self.actor, day), self.crm.confirmation_list(self.actor),
                    self.crm.day(self.actor, self.clock.today()))

        self._run("crm.day", work, on_done=self._day)

    def _day(self, result) -> None:
        sheet, load, confirm, today = result
        self.sheet.set_rows(sheet)
        self.load = load
        self.confirmations.set_rows(confirm)
        self.board.set_rows([a for a in today if a.status == "booked"])
        self.dayChanged.emit()

    def load_text(self) -> str:
        if self.load is None:
            return ""
        if not self.load.open:
            return translated("ServiceError", self.load.closed_reason).format(day=self.load.day.isoformat())
        text = self.tr("Workshop booked {booked} of {capacity} hours").format(
            booked=_num(self.load.booked_hours), capacity=_num(self.load.capacity_hours))
        if self.load.technicians:  # the capacity is the technicians' shifts, not the settings' figure
            text += self.tr(" · technicians on shift: {count}").format(count=self.load.technicians)
        return text

    # ---- booking ---------------------------------------------------------------------------------
    def find_vehicle(self, text: str) -> None:
        text = (text or "").strip()
        if len(text) < 2:
            self.hits = []
            self.hitsChanged.emit([])
            return

        def done(hits):
            self.hits = [h for h in hits if h.vehicle_id is not None]
            self.hitsChanged.emit(self.hits)

        self.tasks.run("crm.find", self.customers.search, self.actor, text, 20, on_done=done,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    def choose_vehicle(self, index: int) -> None:
        self.vehicle_hit = self.hits[index] if 0 <= index < len(self.hits) else None

    def suggest(self, after: datetime, hours, advisor_id: int | None) -> None:
        self.errorChanged.emit("")

        def done(slots):
            self.slots = slots
            self.slotsChanged.emit(slots)
            if not slots:
                self.messageChanged.emit(self.tr("No free time in the next 30 days."))

        self._run("crm.suggest", self.crm.suggest, self.actor, after=after, hours=hours, advisor_id=advisor_id,
                  on_done=done)

    def slot_text(self, slot) -> str:
        return f"{self.clock.local(slot.starts_at):%m-%d %H:%M} {slot.advisor_name}"

    def book(self, starts_at: datetime, advisor_id: int | None, hours, job_type: str, request: str,
             parts: str = "") -> None:
        """Book the car in the form; ``parts``: the parts to pick in advance, typed as part numbers with
        their quantities (``06L115562 ×1, G052195M2 ×4.5``; no quantity is one)."""
        self.errorChanged.emit("")
        if self.vehicle_hit is None:
            self.errorChanged.emit(self.tr("Find the car first: plate, phone or name."))
            return
        if advisor_id is None:
            self.errorChanged.emit(self.tr("Choose the service advisor."))
            return
        try:
            picks = parse_parts(parts)
        except ValueError as exc:
            self.errorChanged.emit(self.tr("{item} is not a part number with a quantity (06L115562 ×1).").format(
                item=str(exc)))
            return
        data = AppointmentInput(vehicle_id=self.vehicle_hit.vehicle_id, advisor_id=advisor_id, starts_at=starts_at,
                                expected_hours=hours, job_type=job_type, request=request, parts=picks)

        def done(a):
            self.messageChanged.emit(self.tr("Booked {number}: {plate} at {time} with {advisor}.").format(
                number=a.number, plate=a.plate, time=f"{self.clock.local(a.starts_at):%Y-%m-%d %H:%M}",
                advisor=a.advisor_name))
            self.booked.emit(a)
            self.slots = []  # the times offered were for this booking: one of them is taken now (seen offered again)
            self.slotsChanged.emit([])
            self.day = self.clock.local(a.starts_at).date()
            self.refresh()

        self._run("crm.book", self.crm.book, self.actor, data, on_done=done)

    # ---- the day's actions -----------------------------------------------------------------------
    def _after(self, text: str):
        def done(_result):
            self.messageChanged.emit(text)
            self.refresh()
        return done

    def confirm(self, a: AppointmentInfo, outcome: str, *, starts_at: datetime | None = None,
                reason: str = "") -> None:
        self.errorChanged.emit("")
        self._run("crm.confirm", self.crm.confirm, self.actor, a.id, a.version, outcome, starts_at=starts_at,
                  reason=reason, on_done=self._after(self.tr("Reminder call of {number} noted.").format(
                      number=a.number)))

    def no_show(self, a: AppointmentInfo, reason: str) -> None:
        self.errorChanged.emit("")
        self._run("crm.no_show", self.crm.no_show, self.actor, a.id, a.version, reason,
                  on_done=self._after(self.tr("{number}: no-show noted.").format(number=a.number)))

    def cancel(self, a: AppointmentInfo, reason: str) -> None:
        self.errorChanged.emit("")
        self._run("crm.cancel", self.crm.cancel, self.actor, a.id, a.version, reason,
                  on_done=self._after(self.tr("{number} cancelled.").format(number=a.number)))

    def receive(self, a: AppointmentInfo, mileage: int | None) -> None:
        self.errorChanged.emit("")

        def done(card):
            self.messageChanged.emit(self.tr("Job card {number} opened for {plate}.").format(number=card.number,
                                                                                           plate=card.plate))
            self.received.emit(card.number)
            self.refresh()

        self._run("crm.receive", self.crm.receive, self.actor, a.id, mileage_in=mileage, on_done=done)

    def job_types(self) -> list[tuple[str, str]]:
        return [(k, translated("JobType", v)) for k, v in JOB_TYPE_NAMES.items()]

    def default_start(self) -> datetime:
        """Tomorrow at the first hour, the usual request."""
        return datetime.combine(self.clock.today() + timedelta(days=1), datetime.min.time()).replace(
            hour=9, tzinfo=self.clock.zone)


def _num(d: Decimal) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
