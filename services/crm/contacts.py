"""Proactive contact (积极客户接触) and reminders, planned once a day; the receptionist's phone log.

``plan(day)`` puts on the list, once each (the task's ``dedupe_key``):

- new cars: a call on day 3–7 after delivery, a call on day 45–90 with the first-service reminder,
  a chase when the car has not been in ``first_service_months`` after delivery;
- service due: ``service_interval_months`` after the last visit, or earlier when the mileage
  estimated from the car's odometer history reaches ``SERVICE_INTERVAL_KM`` since that visit;
- not seen (lost customers): the last visit ``not_seen_months`` ago (a task as the car lapses,
  its reason recorded on the call);
- the annual inspection (service) and the insurance expiry (marketing) within 30 days; birthdays in
  the coming week (marketing). Marketing tasks only for customers who consented;
- follow-up calls of deliveries of the last week that have none (the delivery hook failed).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from app.db.models.crm import CallTask, PhoneLogEntry
from app.db.models.customers import Customer, OdometerReading, Vehicle
from app.db.models.job_cards import JobCard
from app.db.models.settlement import Delivery
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.crm.data import PhoneLogInfo
from services.crm.rules import CrmPart, clean
from services.crm.workdays import add_working_days
from services.users import privacy
from services.users.permissions import Actor, Permission

SERVICE_INTERVAL_KM = 5000
REMINDER_DAYS = 30
NOT_VISITS = ("estimate", "cancelled")


def add_months(day: date, months: int) -> date:
    import calendar

    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def phone_info(e: PhoneLogEntry, phone=None) -> PhoneLogInfo:
    return PhoneLogInfo(e.id, e.at, e.caller_name, phone(e.caller_phone) if phone else e.caller_phone,
                        e.customer_id, e.for_whom, e.topic, e.transferred_to, e.status, e.answered_at, e.answer,
                        e.taken_by)


class Contacts(CrmPart):
    def __init__(self, db, audit, clock, *, calls) -> None:
        super().__init__(db, audit, clock)
        self.calls = calls

    # ---- the daily plan -------------------------------------------------------------------------
    def plan(self, actor: Actor, day: date | None = None) -> dict[str, int]:
        """Make the day's proactive and reminder tasks; returns how many of each kind were added."""
        actor.require(Permission.EDIT_CRM)
        day = day or self.clock.today()
        made: Counter[str] = Counter()
        todo: list[tuple[str, str, dict]] = []
        # read and decide in a read transaction; write only the new calls, in a short write
        # transaction (on SQLite a write transaction stops every other PC's writes while it lasts)
        with self.db.read() as s:
            rules = self.rules(s)
            before = {k for (k,) in s.execute(select(CallTask.dedupe_key).where(CallTask.created_at.is_not(None))
                                              .where(CallTask.due_on >= day - timedelta(days=400)))}
            vehicles = s.execute(
                select(Vehicle.id, Vehicle.owner_id, Vehicle.plate, func.coalesce(Vehicle.delivery_date,
                                                                                    Vehicle.purchase_date),
                       Vehicle.inspection_due, Vehicle.insurance_expiry)
                .where(Vehicle.merged_into_id.is_(None))).all()
            customers = {cid: (name, mobile or other or "", consent, birthday) for cid, name, mobile, other, consent,
                         birthday in s.execute(select(Customer.id, Customer.name, Customer.mobile, Customer.other_phone,
                                                      Customer.marketing_consent, Customer.birthday)
                                               .where(Customer.merged_into_id.is_(None), Customer.active.is_(True)))}
            last_visit = {vid: at for vid, at in s.execute(
                select(JobCard.vehicle_id, func.max(JobCard.opened_at))
                .where(JobCard.status.not_in(NOT_VISITS), JobCard.job_type != "internal")
                .group_by(JobCard.vehicle_id))}
            last_km = {vid: km for vid, km in s.execute(
                select(JobCard.vehicle_id, func.max(JobCard.mileage_in))
                .where(JobCard.status.not_in(NOT_VISITS)).group_by(JobCard.vehicle_id))}

            # each car's pace from its odometer history, in one pass (readings only go up, so the
            # lowest and highest km are the first and the last reading's)
            pace = {vid: (t0, t1, k0, k1, n) for vid, t0, t1, k0, k1, n in s.execute(
                select(OdometerReading.vehicle_id, func.min(OdometerReading.read_at), func.max(OdometerReading.read_at),
                       func.min(OdometerReading.km), func.max(OdometerReading.km), func.count())
                .where(OdometerReading.lower_than_previous.is_(False)).group_by(OdometerReading.vehicle_id))}

            def add(kind: str, key: str, vid: int | None, cid: int, due: date, end: date | None, plate: str,
                    note: str = "") -> None:
                if key in before or cid not in customers:
                    return
                name, phone, consent, _b = customers[cid]
                if kind in ("insurance_due", "birthday") and not consent:
                    return
                todo.append((kind, key, dict(customer_id=cid, vehicle_id=vid, due_on=due, window_end=end,
                                             customer_name=name, phone=phone, plate=plate or "", note=note)))
                before.add(key)

            for vid, cid, plate, delivered, inspection, insurance in vehicles:
                visit = last_visit.get(vid)
                visit_day = self.local_day(visit) if visit else None
                if delivered is not None:
                    age = (day - delivered).days
                    if 3 <= age <= 7:
                        add("new_car_week", f"new_car_week:{vid}", vid, cid, delivered + timedelta(days=3),
                            delivered + timedelta(days=7), plate)
                    if 45 <= age <= 90:
                        add("new_car_45", f"new_car_45:{vid}", vid, cid, delivered + timedelta(days=45),
                            delivered + timedelta(days=90), plate)
                    back_by = add_months(delivered, rules.first_service_months)
                    if back_by <= day <= back_by + timedelta(days=30) and (visit_day is None or visit_day < delivered):
                        add("new_car_not_back", f"new_car_not_back:{vid}", vid, cid, day, day + timedelta(days=7),
                            plate)
                if visit_day is not None:
                    due = add_months(visit_day, rules.service_interval_months)
                    km_due = self._km_due(pace.get(vid), visit_day, last_km.get(vid))
                    if km_due is not None and km_due < due:
                        due = km_due
                    if day <= due <= day + timedelta(days=14) or (due < day and (day - due).days <= 7):
                        add("service_due", f"service_due:{vid}:{visit_day}", vid, cid, max(day, due - timedelta(days=14)),
                            due + timedelta(days=14), plate)
                    lapsed = add_months(visit_day, rules.not_seen_months)
                    if lapsed <= day <= lapsed + timedelta(days=30) and f"not_seen:{vid}:{visit_day}" not in before:
                        add("not_seen", f"not_seen:{vid}:{visit_day}", vid, cid, day, add_working_days(day, 5), plate)
                if inspection is not None and day <= inspection <= day + timedelta(days=REMINDER_DAYS):
                    add("inspection_due", f"inspection_due:{vid}:{inspection}", vid, cid, day, inspection, plate)
                if insurance is not None and day <= insurance <= day + timedelta(days=REMINDER_DAYS):
                    add("insurance_due", f"insurance_due:{vid}:{insurance}", vid, cid, day, insurance, plate)
            for cid, (_name, _phone, consent, birthday) in customers.items():
                if birthday is None or not consent:
                    continue
                try:
                    this_year = birthday.replace(year=day.year)
                except ValueError:  # 29 February
                    this_year = date(day.year, 3, 1)
                if day <= this_year <= day + timedelta(days=7):
                    add("birthday", f"birthday:{cid}:{day.year}", None, cid, max(day, this_year - timedelta(days=2)),
                        this_year, "")
            missing = s.execute(select(Delivery.job_card_id, Delivery.delivered_at)
                                .where(Delivery.delivered_at >= self.day_bounds(day - timedelta(days=7))[0])).all()
        if todo:
            with self.db.write() as s:
                taken: set[str] = set()
                keys = [key for _kind, key, _v in todo]
                for start in range(0, len(keys), 500):  # made meanwhile by another PC's plan
                    taken.update(k for (k,) in s.execute(select(CallTask.dedupe_key)
                                                         .where(CallTask.dedupe_key.in_(keys[start:start + 500]))))
                for kind, key, values in todo:
                    if key not in taken:
                        customer_id, due_on = values.pop("customer_id"), values.pop("due_on")
                        self.calls.add_task(s, kind, key, customer_id=customer_id, due_on=due_on, known_new=True,
                                            **values)
                        made[kind] += 1
                s.flush()
        for card_id, at in missing:
            if f"follow_up:{card_id}" not in before:
                self.calls.follow_up_for(card_id, self.local_day(at))
                made["follow_up"] += 1
        return dict(made)

    @staticmethod
    def _km_due(pace: tuple | None, visit_day: date, visit_km: int | None) -> date | None:
        """When the car reaches the next service by mileage (``SERVICE_INTERVAL_KM`` after the last
        visit), estimated from its odometer history: the km driven per day between its first and
        last readings (at least 30 days apart)."""
        if visit_km is None or pace is None:
            return None
        t0, t1, k0, k1, n = pace
        if n < 2 or t0 is None or t1 is None:
            return None
        days = (t1 - t0).days
        if days < 30 or k1 <= k0:
            return None
        per_day = (k1 - k0) / days
        return visit_day + timedelta(days=int(SERVICE_INTERVAL_KM / per_day))

    # ---- the receptionist's phone log -------------------------------------------------------------
    def log_phone(self, actor: Actor, *, caller_name: str, caller_phone: str = "", for_whom: str = "",
                  topic: str = "", transferred_to: str = "", customer_id: int | None = None,
                  answered: bool = False) -> PhoneLogInfo:
        """A call taken at reception; one put through or left for someone stays open until answered."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        if not clean(caller_name) and not clean(caller_phone):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note who called: a name or a number."),
                                  field="caller_name")
        now = self.clock.now()
        with self.db.write() as s:
            e = PhoneLogEntry(at=now, caller_name=clean(caller_name)[:64], caller_phone=clean(caller_phone)[:32],
                              customer_id=customer_id, for_whom=clean(for_whom)[:64], topic=clean(topic)[:255],
                              transferred_to=clean(transferred_to)[:64], status="answered" if answered else "open",
                              answered_at=now if answered else None, taken_by=actor.username)
            s.add(e)
            s.flush()
            return phone_info(e, privacy.phone_view(actor))

    def answer_phone(self, actor: Actor, entry_id: int, answer: str) -> PhoneLogInfo:
        actor.require(Permission.VIEW_APPOINTMENTS)
        if not clean(answer):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Note the answer the caller was given."),
                                  field="answer")
        with self.db.write() as s:
            e = s.get(PhoneLogEntry, entry_id)
            if e is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No phone log entry {id}."), id=entry_id)
            e.status, e.answered_at, e.answer = "answered", self.clock.now(), clean(answer)[:255]
            s.flush()
            return phone_info(e, privacy.phone_view(actor))

    def phone_log(self, actor: Actor, day: date | None = None, *, open_only: bool = False) -> list[PhoneLogInfo]:
        """A day's calls (newest first), or every call still waiting for an answer."""
        actor.require(Permission.VIEW_APPOINTMENTS)
        q = select(PhoneLogEntry)
        if open_only:
            q = q.where(PhoneLogEntry.status == "open")
        else:
            start, end = self.day_bounds(day or self.clock.today())
            q = q.where(PhoneLogEntry.at >= start, PhoneLogEntry.at < end)
        with self.db.read() as s:
            return [phone_info(e, privacy.phone_view(actor))
                    for e in s.scalars(q.order_by(PhoneLogEntry.at.desc()).limit(500))]
