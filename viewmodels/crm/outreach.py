"""Reaching customers beyond today's calls: recording a complaint from any channel, the call lists
and the SMS tool's file (marketing only with consent), and the car club's members, points and events.

Signals:
    hitsChanged(list): customers found for a complaint or a new member (``SearchHit``s).
    listChanged(int): the audience shown, its number of customers.
    exported(str): the path of an SMS file just written.
    membersChanged(), eventsChanged(): the club's lists were reloaded.
    complaintOpened(object): the ``CaseInfo`` of a complaint just recorded.
    errorChanged(str), messageChanged(str).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from services.crm.club import POINT_REASON_NAMES
from services.crm.data import CHANNEL_NAMES, CHANNELS, CaseInput
from services.crm.lists import AUDIENCE_NAMES, AUDIENCES
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, RowsModel, translated
from viewmodels.common.tasks import TaskRunner


class OutreachViewModel(QObject):
    hitsChanged = Signal(list)
    listChanged = Signal(int)
    exported = Signal(str)
    membersChanged = Signal()
    eventsChanged = Signal()
    complaintOpened = Signal(object)
    errorChanged = Signal(str)
    messageChanged = Signal(str)

    def __init__(self, crm, customers, actor, tasks: TaskRunner, *, clock, output_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm, self.customers, self.actor, self.tasks, self.clock = crm, customers, actor, tasks, clock
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_edit = actor.can(Permission.EDIT_CRM)
        self.can_export = actor.can(Permission.EXPORT_PERSONAL_DATA)
        self.hits: list = []
        self.audience = RowsModel([
            Column(QT_TRANSLATE_NOOP("Outreach", "Customer"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Outreach", "Mobile"), lambda r: r.mobile),
            Column(QT_TRANSLATE_NOOP("Outreach", "Plate"), lambda r: r.plate),
            Column(QT_TRANSLATE_NOOP("Outreach", "Due / card"), lambda r: r.detail),
        ], self, context="Outreach")
        self.members = RowsModel([
            Column(QT_TRANSLATE_NOOP("Outreach", "Card"), lambda m: m.number),
            Column(QT_TRANSLATE_NOOP("Outreach", "Member"), lambda m: m.customer_name),
            Column(QT_TRANSLATE_NOOP("Outreach", "Joined"), lambda m: m.joined_on),
            Column(QT_TRANSLATE_NOOP("Outreach", "Points"), lambda m: m.points, align_right=True),
        ], self, context="Outreach")
        self.events = RowsModel([
            Column(QT_TRANSLATE_NOOP("Outreach", "Day"), lambda e: e.held_on),
            Column(QT_TRANSLATE_NOOP("Outreach", "Event"), lambda e: e.name),
            Column(QT_TRANSLATE_NOOP("Outreach", "Place"), lambda e: e.place),
            Column(QT_TRANSLATE_NOOP("Outreach", "Signed up"),
                   lambda e: f"{e.signed_up} / {e.capacity}" if e.capacity else e.signed_up, align_right=True),
            Column(QT_TRANSLATE_NOOP("Outreach", "Came"), lambda e: e.attended, align_right=True),
            Column(QT_TRANSLATE_NOOP("Outreach", "Points"), lambda e: e.points, align_right=True),
        ], self, context="Outreach")

    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self.errorChanged.emit("")
        self.tasks.run(name, fn, *args, on_done=on_done, on_error=lambda e: self.errorChanged.emit(describe(e)),
                       **kwargs)

    # ---- finding a customer ------------------------------------------------------------------------
    def find_customer(self, text: str) -> None:
        text = (text or "").strip()
        if len(text) < 2:
            self.hits = []
            self.hitsChanged.emit([])
            return

        def done(hits):
            self.hits = list(hits)
            self.hitsChanged.emit(self.hits)

        self._run("crm.find_customer", self.customers.search, self.actor, text, 20, on_done=done)

    def hit_text(self, hit) -> str:
        return " · ".join(p for p in (hit.name, hit.plate, hit.mobile) if p)

    # ---- complaints ----------------------------------------------------------------------------------
    def channel_choices(self) -> list[tuple[str, str]]:
        return [(c, translated("Channel", CHANNEL_NAMES[c])) for c in CHANNELS if c != "follow_up"]

    def open_complaint(self, hit, *, category: str, severity: str, department: str, channel: str, owner: str,
                       description: str) -> None:
        if hit is None:
            self.errorChanged.emit(self.tr("Find the customer first."))
            return
        data = CaseInput(customer_id=hit.customer_id, vehicle_id=hit.vehicle_id, category=category or "",
                         severity=severity or "normal", department=department or "front_desk",
                         channel=channel or "phone", owner=(owner or "").strip(), description=description)

        def done(case):
            self.messageChanged.emit(self.tr("Complaint {number} recorded for {owner}.").format(
                number=case.number, owner=case.owner_name or case.owner))
            self.complaintOpened.emit(case)

        self._run("crm.complaint", self.crm.open_complaint, self.actor, data, on_done=done)

    # ---- call lists and the SMS file ---------------------------------------------------------------
    def audience_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("Audience", AUDIENCE_NAMES[k])) for k in AUDIENCES]

    def load_audience(self, kind: str) -> None:
        def done(rows):
            self.audience.set_rows(rows)
            self.listChanged.emit(len(rows))

        self._run("crm.audience", self.crm.audience, self.actor, kind, on_done=done)

    def export_sms(self, kind: str, message: str) -> None:
        headers = (self.tr("Mobile"), self.tr("Name"), self.tr("Plate"), self.tr("Due / card"), self.tr("Message"))
        path = self.output_dir / f"sms-{kind}-{self.clock.today():%Y%m%d}.csv"

        def work():
            data, n = self.crm.sms_export(self.actor, kind, message, headers=headers)
            path.write_bytes(data)
            return n

        def done(n):
            self.messageChanged.emit(self.tr("{count} messages written to {path}").format(count=n, path=path))
            self.exported.emit(str(path))

        self._run("crm.sms_export", work, on_done=done)

    # ---- the car club ----------------------------------------------------------------------------------
    def point_reason_choices(self) -> list[tuple[str, str]]:
        return [(k, translated("ClubPoints", v)) for k, v in POINT_REASON_NAMES.items() if k != "welcome"]

    def refresh_members(self, text: str = "") -> None:
        def done(rows):
            self.members.set_rows(rows)
            self.membersChanged.emit()

        self._run("crm.club_members", self.crm.club_members, self.actor, text=text, on_done=done)

    def refresh_events(self) -> None:
        def done(rows):
            self.events.set_rows(rows)
            self.eventsChanged.emit()

        self._run("crm.club_events", self.crm.club_events, self.actor, on_done=done)

    def join(self, hit, welcome_points: int) -> None:
        if hit is None:
            self.errorChanged.emit(self.tr("Find the customer first."))
            return

        def done(m):
            self.messageChanged.emit(self.tr("{name} joined the club: card {number}.").format(
                name=m.customer_name, number=m.number))
            self.refresh_members()

        self._run("crm.club_join", self.crm.club_join, self.actor, hit.customer_id, welcome_points=welcome_points,
                  on_done=done)

    def points(self, member, points: int, reason: str, note: str) -> None:
        def done(m):
            self.messageChanged.emit(self.tr("{number}: {points} points now.").format(number=m.number,
                                                                                     points=m.points))
            self.refresh_members()

        self._run("crm.club_points", self.crm.club_points, self.actor, member.id, member.version, points, reason,
                  note, on_done=done)

    def new_event(self, name: str, held_on: date, place: str, capacity: int, points: int) -> None:
        def done(e):
            self.messageChanged.emit(self.tr("Event {name} on {day} added.").format(name=e.name, day=e.held_on))
            self.refresh_events()

        self._run("crm.club_event", self.crm.club_new_event, self.actor, name, held_on, place=place,
                  capacity=capacity, points=points, on_done=done)

    def sign_up(self, event, member) -> None:
        def done(e):
            self.messageChanged.emit(self.tr("{name} signed up for {event}.").format(name=member.customer_name,
                                                                                    event=e.name))
            self.refresh_events()

        self._run("crm.club_sign_up", self.crm.club_sign_up, self.actor, event.id, member.id, on_done=done)

    def attended(self, event, member) -> None:
        def done(e):
            self.messageChanged.emit(self.tr("{name} came to {event}.").format(name=member.customer_name,
                                                                              event=e.name))
            self.refresh_events()
            self.refresh_members()

        self._run("crm.club_attended", self.crm.club_attended, self.actor, event.id, member.id, on_done=done)
