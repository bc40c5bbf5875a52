"""Call lists and the export for an SMS tool (短信群发): who to call or text for a reminder or a greeting.

An audience is the customers a message is for on a day:

- service messages, allowed without marketing consent: the annual inspection due within 30 days,
  the next service due (the planner's open ``service_due`` calls);
- marketing messages, only for customers who consented (个人信息保护法): birthdays in the coming
  week, insurance expiring within 30 days, holiday greetings (every customer), car-club members.

The same rows are the call list on screen and, with a mobile number, the CSV an SMS tool reads. An
export is personal data leaving the program: it needs the export permission and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from app.db.models.crm import CallTask, ClubMember
from app.db.models.customers import Customer, Vehicle
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.crm.rules import CrmPart, clean
from services.users import privacy
from services.users.permissions import Actor, Permission

REMINDER_DAYS = 30
BIRTHDAY_DAYS = 7
AUDIENCE_PURPOSE = {"inspection_due": "service", "service_due": "service", "birthday": "marketing",
                    "insurance_due": "marketing", "holiday": "marketing", "club": "marketing"}
AUDIENCES = tuple(AUDIENCE_PURPOSE)
AUDIENCE_NAMES = {
    "inspection_due": QT_TRANSLATE_NOOP("Audience", "Annual inspection due (service)"),
    "service_due": QT_TRANSLATE_NOOP("Audience", "Service due (service)"),
    "birthday": QT_TRANSLATE_NOOP("Audience", "Birthdays this week (marketing)"),
    "insurance_due": QT_TRANSLATE_NOOP("Audience", "Insurance expiring (marketing)"),
    "holiday": QT_TRANSLATE_NOOP("Audience", "Holiday greetings (marketing)"),
    "club": QT_TRANSLATE_NOOP("Audience", "Car-club members (marketing)"),
}
MAX_ROWS = 50_000


@dataclass(frozen=True)
class ListRow:
    customer_id: int
    name: str
    mobile: str
    plate: str
    detail: str  # the day that makes it due (inspection, expiry, birthday) or the club card


def _birthday_in(birthday: date, first: date, last: date) -> date | None:
    for year in {first.year, last.year}:
        try:
            day = birthday.replace(year=year)
        except ValueError:  # 29 February in a common year
            day = date(year, 3, 1)
        if first <= day <= last:
            return day
    return None


class Lists(CrmPart):
    def audience(self, actor: Actor, kind: str, day: date | None = None) -> list[ListRow]:
        """The customers of an audience on ``day`` (default today), by name; marketing only with consent.
        Numbers as the person may see them (masked for those who do not call customers)."""
        actor.require(Permission.VIEW_CRM)
        phone = privacy.phone_view(actor)
        return [replace(r, mobile=phone(r.mobile)) if r.mobile else r for r in self._audience(kind, day)]

    def _audience(self, kind: str, day: date | None) -> list[ListRow]:
        if kind not in AUDIENCE_PURPOSE:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown list {value}."), field="kind", value=kind)
        day = day or self.clock.today()
        marketing = AUDIENCE_PURPOSE[kind] == "marketing"
        who = [Customer.merged_into_id.is_(None), Customer.active.is_(True)]
        if marketing:
            who.append(Customer.marketing_consent.is_(True))
        person = (Customer.id, Customer.name, Customer.mobile)
        with self.db.read() as s:
            if kind in ("inspection_due", "insurance_due"):
                column = Vehicle.inspection_due if kind == "inspection_due" else Vehicle.insurance_expiry
                rows = s.execute(select(*person, Vehicle.plate, column).join(Vehicle, Vehicle.owner_id == Customer.id)
                                 .where(*who, Vehicle.merged_into_id.is_(None),
                                        column.between(day, day + timedelta(days=REMINDER_DAYS)))
                                 .order_by(column, Customer.id).limit(MAX_ROWS)).all()
                out = [ListRow(cid, name, mobile or "", plate or "", f"{due}") for cid, name, mobile, plate, due in rows]
            elif kind == "service_due":
                rows = s.execute(select(*person, CallTask.plate, CallTask.window_end)
                                 .join(CallTask, CallTask.customer_id == Customer.id)
                                 .where(*who, CallTask.kind == "service_due", CallTask.status == "open",
                                        CallTask.due_on <= day + timedelta(days=REMINDER_DAYS))
                                 .order_by(CallTask.due_on, Customer.id).limit(MAX_ROWS)).all()
                out = [ListRow(cid, name, mobile or "", plate or "", f"{end or ''}")
                       for cid, name, mobile, plate, end in rows]
            elif kind == "birthday":
                last = day + timedelta(days=BIRTHDAY_DAYS)
                out = []
                for cid, name, mobile, birthday in s.execute(select(*person, Customer.birthday)
                                                             .where(*who, Customer.birthday.is_not(None))
                                                             .order_by(Customer.id)):
                    when = _birthday_in(birthday, day, last)
                    if when is not None:
                        out.append(ListRow(cid, name, mobile or "", "", f"{when:%m-%d}"))
                out.sort(key=lambda r: (r.detail, r.customer_id))
            elif kind == "club":
                members = s.execute(select(*person, ClubMember.number).join(ClubMember, ClubMember.customer_id == Customer.id)
                                 .where(*who, ClubMember.active.is_(True)).order_by(ClubMember.number)
                                 .limit(MAX_ROWS)).all()
                out = [ListRow(cid, name, mobile or "", "", number) for cid, name, mobile, number in members]
            else:  # holiday greetings: everyone who consented
                everyone = s.execute(select(*person).where(*who).order_by(Customer.id).limit(MAX_ROWS)).all()
                out = [ListRow(cid, name, mobile or "", "", "") for cid, name, mobile in everyone]
        return out

    def sms_export(self, actor: Actor, kind: str, message: str, day: date | None = None,
                   headers: tuple[str, ...] = ("mobile", "name", "plate", "detail", "message"),
                   via: str = "") -> tuple[bytes, int]:
        """The audience with a mobile number as CSV for an SMS tool; ``{name}`` in the message is each
        customer's name. Returns the file and the number of messages. ``via`` (e.g. ``cli (USER)``)
        goes into the audit entry with the day."""
        actor.require(Permission.EXPORT_PERSONAL_DATA)
        text = clean(message)
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write the message."), field="message")
        if len(text) > 500:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The message is longer than 500 characters."),
                                  field="message")
        from reports.crm.sms import render_sms_csv

        actor.require(Permission.VIEW_CRM)
        rows = [r for r in self._audience(kind, day) if r.mobile]
        seen: set[str] = set()
        unique: list[tuple[str, ...]] = []
        for r in rows:  # one message per number, even for a customer with several cars
            if r.mobile not in seen:
                seen.add(r.mobile)
                unique.append((r.mobile, r.name, r.plate, r.detail, text.replace("{name}", r.name)))
        data = render_sms_csv(headers, unique)
        with self.db.write() as s:
            self.audit.record(s, actor, "crm.sms_export", "crm_list", kind, f"{len(unique)}",
                              details={"day": (day or self.clock.today()).isoformat(), "via": via or "app"})
        return data, len(unique)


__all__ = ["AUDIENCES", "AUDIENCE_NAMES", "AUDIENCE_PURPOSE", "ListRow", "Lists"]
