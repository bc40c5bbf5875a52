"""Erasing a customer's personal data on their request (个人信息删除, 个人信息保护法 art. 47).

What goes: the name (a placeholder ``匿名客户#<id>`` takes its place), phones, address, birthday,
gender, notes, the credit code, invoice title and club number, contacts and drivers, tags; the
copies of the name and phones on job cards, appointments, calls, cases and the phone
log (every table that references the customer and has such a column, found in the metadata like
a merge finds them); the names and numbers in the customer file's own timeline events.

What stays: the vehicles (VIN, plate, plate history, odometer) and the job and settlement history
with its work, parts, amounts, dates and mileage, which the repair file must keep for 6 years
(DOMAIN.md): it is kept, but now belongs to a record that names nobody. Issued settlement
statements are accounting records the law requires as issued: they keep the name they were issued
to, and are only stored. Consent history keeps
only dates and channels.

Refused, with the reason, while work is open: a job card not delivered or cancelled, a statement
with the customer's share unpaid, or an amount owed on account. The erasure is audit-logged with
who did it and why, and without the erased data.

The audit log keeps no copy either: in the same transaction the person's names, numbers, address,
codes and plates are replaced in the summaries and details of the entries about them (their
record, their cars, their job cards and statements) and of every entry holding one of their
numbers (``AuditLog.redact``); that such entries were made, by whom and when, stays. Records
merged into this one earlier (the same person entered twice) lose the same data.

Two PCs: the erasure holds the customer row's lock from its first check to its commit and marks
the row (``erased_at``); reception opens a card under the same lock and refuses a marked row
(``services.job_cards.links.vehicle_snapshot``). Whichever comes second waits for the first and
then refuses in words: the card ("erased"), or the erasure ("job cards are open").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.db.base import rowcount
from app.db.engine import Database
from app.db.models.customers import (
    Customer,
    CustomerContact,
    CustomerEvent,
    CustomerTag,
    Vehicle,
    VehicleOwner,
    VehiclePlate,
)
from app.db.models.job_cards import JobCard
from app.db.models.settlement import AccountItem, Payment, Statement
from services.common.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from services.customers.merging import referencing_columns
from services.customers.model import CustomerInfo
from services.customers.records import CustomerRecords
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

# the job card area's closed statuses: the car has left, or the card was cancelled before work
CLOSED_CARD_STATUSES = ("delivered", "cancelled")
# columns of other areas' rows that copy the customer's (or their driver's) name and numbers
NAME_COLUMNS = ("customer_name", "caller_name")
PERSONAL_COLUMNS = ("customer_phone", "driver_name", "driver_phone", "phone", "caller_phone")
# keys of the timeline events' details that hold a name, a number or an address
PERSONAL_KEYS = frozenset({"name", "mobile", "other_phone", "address", "credit_code", "other", "club", "phone"})
ERASED_EVENT = "erased"
GONE = "—"


def placeholder(customer_id: int) -> str:
    return f"匿名客户#{customer_id}"


class ErasureRefused(ServiceError):
    """The customer still has open work; ``reason`` is open_cards, unpaid or on_account."""

    def __init__(self, text: str, reason: str, **params) -> None:
        self.reason = reason
        super().__init__(text, **params)


class CustomerEraser:
    """Anonymising a customer (needs ``ERASE_PERSONAL_DATA``; audit-logged)."""

    def __init__(self, db: Database, audit: AuditLog, records: CustomerRecords) -> None:
        self.db = db
        self.audit = audit
        self.records = records

    def erase(self, actor: Actor, customer_id: int, reason: str) -> CustomerInfo:
        actor.require(Permission.ERASE_PERSONAL_DATA)
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "ServiceError", "Say why the personal data is erased (the customer's request, its date and how "
                                "it was made)."), field="reason")
        with self.db.write() as s:
            c = self.records.get(s, customer_id)
            s.refresh(c, with_for_update=True)  # two PCs erasing, or editing while erasing, queue here
            if c.merged_into_id is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This customer was merged into #{id}."),
                                      id=c.merged_into_id)
            if self.records.erased(s, c.id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "ServiceError", "The personal data of customer #{id} has been erased already."), id=c.id)
            self._refuse_open_work(s, c.id)
            old_name = c.name
            name = placeholder(c.id)
            merged = list(s.scalars(select(Customer).where(Customer.merged_into_id == c.id)))
            words, anywhere, about = self._personal_data(s, c, merged, name)
            for row in (c, *merged):
                row.name, row.mobile, row.other_phone, row.address = name, None, None, ""
                row.birthday, row.gender, row.notes = None, None, ""
                row.credit_code, row.invoice_title = None, ""
                row.club_number, row.club_level, row.club_joined_on = None, None, None
                row.marketing_consent, row.active = False, False
                row.updated_by = actor.username
                row.erased_at = self.records.clock.now()
            ids = [c.id, *(m.id for m in merged)]
            s.execute(delete(CustomerContact).where(CustomerContact.customer_id.in_(ids)))
            s.execute(delete(CustomerTag).where(CustomerTag.customer_id.in_(ids)))
            copies = self._erase_copies(s, c.id, name)
            self._scrub_events(s, c.id, old_name)
            s.flush()
            redacted = self.audit.redact(s, words, anywhere=anywhere, about=about)
            self.records.event(s, actor, c.id, ERASED_EVENT)
            self.records.rebuild_keys(s, c.id)  # the cars stay findable by plate and VIN
            for word, replacement in sorted(words.items(), key=lambda x: -len(x[0])):
                reason = reason.replace(word, replacement)  # the request's note may quote a number
            self.audit.record(s, actor, "customer.erase", "customer", c.id, name,
                              details={"reason": reason, "copies": copies, "audit_entries_redacted": redacted})
            s.flush()
            return self.records.customer_info(s, actor, c, with_vehicles=True)

    @staticmethod
    def _personal_data(s: Session, c: Customer, merged: list[Customer], name: str
                       ) -> tuple[dict[str, str], set[str], dict[str, set]]:
        """What the audit log must not keep of this person: ``words`` (text → replacement), the
        identifiers that mark an entry as theirs wherever it is (``anywhere``), and the entries
        ``about`` them (entity → ids), for ``AuditLog.redact``."""
        people = [c, *merged]
        ids = [p.id for p in people]
        names = {p.name for p in people}
        numbers = {x for p in people for x in (p.mobile, p.other_phone, p.credit_code, p.club_number)}
        texts = {x for p in people for x in (p.address, p.invoice_title)}
        for cname, mobile, other in s.execute(select(CustomerContact.name, CustomerContact.mobile,
                                                     CustomerContact.other_phone)
                                              .where(CustomerContact.customer_id.in_(ids))):
            names.add(cname)
            numbers |= {mobile, other}
        cards: set[str] = set()
        for number, estimate, driver, phone in s.execute(
                select(JobCard.number, JobCard.estimate_number, JobCard.driver_name, JobCard.driver_phone)
                .where(JobCard.customer_id.in_(ids))):
            cards |= {number, estimate}
            names.add(driver)
            numbers.add(phone)
        statements = set(s.scalars(select(Statement.number).where(Statement.customer_id.in_(ids))))
        vehicles = list(s.execute(select(Vehicle.id, Vehicle.vin).where(Vehicle.owner_id.in_(ids))))
        owned = set(s.scalars(select(VehicleOwner.vehicle_id).where(VehicleOwner.customer_id.in_(ids))))
        plates = set(s.scalars(select(VehiclePlate.plate).where(VehiclePlate.vehicle_id.in_(
            owned | {v for v, _ in vehicles})))) if owned or vehicles else set()
        plates |= set(s.scalars(select(JobCard.plate).where(JobCard.customer_id.in_(ids))))
        for number in list(numbers):
            if number and len(number) == 11 and number.isdigit():  # a mobile as people write it
                numbers |= {f"{number[:3]} {number[3:7]} {number[7:]}", f"{number[:3]}-{number[3:7]}-{number[7:]}"}
        names = {x.strip() for x in names if x and x.strip() and x.strip() != name}
        numbers = {x.strip() for x in numbers if x and len(x.strip()) >= 4}
        texts = {x.strip() for x in texts if x and len(x.strip()) >= 4} - names
        plates = {x for x in plates if x}
        words = dict.fromkeys(numbers | texts | plates, GONE) | dict.fromkeys(names, name)
        about: dict[str, set[Any]] = {"customer": set(ids), "vehicle": {v for v, _ in vehicles} | {vin for _, vin in vehicles},
                 "job_card": {x for x in cards if x}, "statement": statements}
        return words, numbers, about

    @staticmethod
    def _refuse_open_work(s: Session, customer_id: int) -> None:
        unpaid = []
        for st_id, number, due, card_id in s.execute(
                select(Statement.id, Statement.number, Statement.customer_due, Statement.job_card_id)
                .where(Statement.customer_id == customer_id, Statement.status == "issued")
                .order_by(Statement.id)):
            paid_on = Payment.job_card_id == card_id if card_id is not None else Payment.statement_id == st_id
            paid = s.scalar(select(func.sum(Payment.amount)).where(paid_on, Payment.payer == "customer")) or 0
            if Decimal(due) - Decimal(paid) > 0:
                unpaid.append(number)
        if unpaid:
            raise ErasureRefused(QT_TRANSLATE_NOOP(
                "ServiceError", "The personal data cannot be erased while statements are unpaid: {statements}. "
                                "Collect the payment first."), "unpaid", statements=", ".join(unpaid))
        cards = list(s.scalars(select(JobCard.number).where(
            JobCard.customer_id == customer_id, JobCard.status.not_in(CLOSED_CARD_STATUSES)).order_by(JobCard.id)))
        if cards:
            raise ErasureRefused(QT_TRANSLATE_NOOP(
                "ServiceError", "The personal data cannot be erased while job cards are open: {cards}. Deliver or "
                                "cancel them first."), "open_cards", cards=", ".join(cards))
        owed = Decimal(0)
        for amount, settled in s.execute(
                select(Payment.amount, AccountItem.settled).outerjoin(AccountItem, AccountItem.payment_id == Payment.id)
                .where(Payment.customer_id == customer_id, Payment.method == "on_account")):
            owed += Decimal(amount) - Decimal(settled or 0)
        if owed > 0:
            raise ErasureRefused(QT_TRANSLATE_NOOP(
                "ServiceError", "The personal data cannot be erased while {amount} is owed on account. Collect it "
                                "first."), "on_account", amount=f"{owed:,.2f}")

    @staticmethod
    def _erase_copies(s: Session, customer_id: int, name: str) -> dict[str, int]:
        """The name and numbers copied onto other areas' rows (job cards, statements, appointments...)."""
        done: dict[str, int] = {}
        for table, column in referencing_columns("customers"):
            if table.name.startswith("customer"):
                continue  # the customer file's own tables are handled above
            if table.name.startswith("settlement_"):
                # issued statements are accounting records (会计档案, kept 30 years): the law requires
                # them as issued, so they are kept unchanged and only stored (PIPL art. 47, paragraph 2)
                continue
            values = {c: name for c in NAME_COLUMNS if c in table.c}
            values |= {c: "" for c in PERSONAL_COLUMNS if c in table.c}
            if not values:
                continue
            result = s.execute(update(table).where(column == customer_id).values(values))
            if rowcount(result):
                done[table.name] = rowcount(result)
        return done

    @staticmethod
    def _scrub_events(s: Session, customer_id: int, old_name: str) -> None:
        """Names and numbers in the timeline: the customer's own events, and other owners' events of the
        cars this customer owned that name them (bought from, passed to)."""
        vehicle_ids = list(s.scalars(select(VehicleOwner.vehicle_id).where(VehicleOwner.customer_id == customer_id)))
        mine = CustomerEvent.customer_id == customer_id
        where = mine | CustomerEvent.vehicle_id.in_(vehicle_ids) if vehicle_ids else mine
        for e in s.scalars(select(CustomerEvent).where(where)):
            if not e.details:
                continue
            if e.customer_id != customer_id:
                if e.details.get("other") == old_name:
                    e.details = {**e.details, "other": "—"}
                continue
            if e.kind == "updated":
                e.details = None  # before/after pairs of the erased fields
            elif PERSONAL_KEYS & set(e.details):
                e.details = {k: ("—" if k in PERSONAL_KEYS else v) for k, v in e.details.items()}
