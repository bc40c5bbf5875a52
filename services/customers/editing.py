"""Writing customers and companies: create, edit, marketing consent (个人信息保护法), car club."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.customers import Customer, CustomerContact, CustomerTag, MarketingConsent
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, StaleRecord, ValidationError, conflict_error
from services.customers.model import (
    CONSENT_CHANNELS,
    ContactInput,
    CustomerInfo,
    CustomerInput,
    DuplicateFound,
    VehicleInput,
    clean_text,
)
from services.customers.records import CustomerRecords
from services.customers.validation import validate_customer, validate_vehicle
from services.users import privacy
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class CustomerEditor:
    """Use cases that write a customer's own record (its vehicles: ``services.customers.vehicles``)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, records: CustomerRecords) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.records = records

    def create_customer(self, actor: Actor, data: CustomerInput, *, vehicles: Sequence[VehicleInput] = (),
                        allow_duplicate: bool = False) -> CustomerInfo:
        """A new customer (and vehicles). Same mobile, VIN or plate as an existing record raises
        ``DuplicateFound`` unless ``allow_duplicate``; a VIN already on file is always refused."""
        actor.require(Permission.EDIT_CUSTOMERS)
        data = validate_customer(data)
        if "*" in data.other_phone:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                                  field="other_phone", phone=data.other_phone)
        today = self.clock.today()
        checked = [validate_vehicle(v, today) for v in vehicles]
        with self.db.write() as s:
            self.records.refuse_known_vins(s, [v.vin for v, _, _ in checked])
            dups = []
            for phone in [data.mobile, *(c.mobile for c in data.contacts)]:
                if phone:
                    dups += self.records.duplicates(s, actor, phone, None, None, None)
            for v, _, _ in checked:
                dups += self.records.duplicates(s, actor, None, None, v.plate, None)
            if dups and not allow_duplicate:
                raise DuplicateFound(dups)
            c = Customer(updated_by=actor.username)
            self.records.apply_customer(c, data)
            s.add(c)
            s.flush()
            self._set_tags_and_contacts(s, c, data)
            self.records.event(s, actor, c.id, "created", details={"name": c.name})
            for v, overridden, kind in checked:
                self.records.add_vehicle(s, actor, c, v, overridden, kind)
            self.records.rebuild_keys(s, c.id)
            self.audit.record(s, actor, "customer.create", "customer", c.id, c.name,
                              details={"duplicates_confirmed": [d.customer_id for d in dups]} if dups else None)
            s.flush()
            return self.records.customer_info(s, actor, c, with_vehicles=True)

    def update_customer(self, actor: Actor, customer_id: int, data: CustomerInput) -> CustomerInfo:
        actor.require(Permission.EDIT_CUSTOMERS)
        data = validate_customer(data)
        try:
            with self.db.write() as s:
                c = self.records.get(s, customer_id)
                if c.merged_into_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This customer was merged into #{id}."),
                                          id=c.merged_into_id)
                if self.records.erased(s, c.id):
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "ServiceError", "This customer's personal data was erased on their request; enter a "
                                        "returning customer as a new one."))
                if c.version != data.version:
                    raise conflict_error(c)
                if not privacy.sees_full_phone(actor):
                    # the form showed masked numbers: an unchanged mask keeps the stored number
                    if data.mobile == "" or privacy.is_masked(data.mobile):
                        data = replace(data, mobile=c.mobile or "")
                if privacy.is_masked(data.other_phone):  # left masked: unchanged
                    data = replace(data, other_phone=c.other_phone or "")
                before = {f: str(getattr(c, f)) for f in ("name", "kind", "mobile", "address", "credit_code")}
                self.records.apply_customer(c, data)
                c.updated_by = actor.username
                self._set_tags_and_contacts(s, c, data)
                s.flush()
                after = {f: str(getattr(c, f)) for f in before}
                changed = {f: [before[f], after[f]] for f in before if before[f] != after[f]}
                self.records.event(s, actor, c.id, "updated", details=changed or None)
                self.records.rebuild_keys(s, c.id)
                return self.records.customer_info(s, actor, c, with_vehicles=True)
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(self.records.get(s, customer_id)) from None

    @staticmethod
    def _set_tags_and_contacts(s: Session, c: Customer, d: CustomerInput) -> None:
        s.execute(delete(CustomerTag).where(CustomerTag.customer_id == c.id))
        s.add_all(CustomerTag(customer_id=c.id, tag=t) for t in d.tags)
        stored = {x.id: x for x in s.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id))}

        def kept(x: ContactInput, field: str) -> str | None:
            # a masked number is the stored one, unchanged (only a stored contact can be masked)
            value = getattr(x, field)
            if "*" in (value or ""):
                old = stored.get(x.id) if x.id is not None else None
                if old is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Type the contact's whole number."),
                                          field="contacts")
                return getattr(old, field)
            return value or None

        rows = [CustomerContact(customer_id=c.id, name=x.name, role=x.role, mobile=kept(x, "mobile"), notes=x.notes,
                                relation=x.relation, other_phone=kept(x, "other_phone"),
                                is_driver=x.role == "driver" if x.is_driver is None else x.is_driver)
                for x in d.contacts]
        s.execute(delete(CustomerContact).where(CustomerContact.customer_id == c.id))
        s.add_all(rows)
        s.flush()

    def set_marketing_consent(self, actor: Actor, customer_id: int, given: bool, channel: str,
                              on: date | None = None) -> CustomerInfo:
        """Record consent to marketing contact, or its withdrawal, with date and channel (个人信息保护法)."""
        actor.require(Permission.EDIT_CUSTOMERS)
        if channel not in CONSENT_CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say how the customer gave or withdrew consent."),
                                  field="consent_channel")
        on = on or self.clock.today()
        with self.db.write() as s:
            c = self.records.get(s, customer_id)
            s.add(MarketingConsent(customer_id=c.id, given=given, given_on=on, channel=channel,
                                   recorded_by=actor.username))
            c.marketing_consent, c.consent_date, c.consent_channel = given, on, channel
            c.updated_by = actor.username
            self.records.event(s, actor, c.id, "consent", details={"given": given, "channel": channel, "on": str(on)})
            self.audit.record(s, actor, "customer.consent", "customer", c.id,
                              f"{'given' if given else 'withdrawn'} ({channel})")
            s.flush()
            return self.records.customer_info(s, actor, c, with_vehicles=False)

    def set_club_membership(self, actor: Actor, customer_id: int, number: str, level: str = "",
                            joined_on: date | None = None) -> CustomerInfo:
        """Car-club (车友俱乐部) membership: number, level and joining date; an empty number ends it."""
        actor.require(Permission.EDIT_CUSTOMERS)
        number, level = clean_text(number)[:32], clean_text(level)[:32]
        if not number and (level or joined_on):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the car-club membership number."),
                                  field="club_number")
        if joined_on and joined_on > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The joining date lies in the future."),
                                  field="club_joined_on")
        with self.db.write() as s:
            c = self.records.get(s, customer_id)
            before = [c.club_number or "", c.club_level or ""]
            c.club_number, c.club_level = number or None, level or None
            c.club_joined_on = (joined_on or c.club_joined_on or self.clock.today()) if number else None
            c.updated_by = actor.username
            s.flush()
            if before != [number, level]:
                self.records.event(s, actor, c.id, "updated", details={"club": [" ".join(before).strip(),
                                                                         f"{number} {level}".strip()]})
            return self.records.customer_info(s, actor, c, with_vehicles=False)

    def consent_history(self, actor: Actor, customer_id: int) -> list[tuple[date, bool, str, str | None]]:
        actor.require(Permission.VIEW_CUSTOMERS)
        with self.db.read() as s:
            return [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(MarketingConsent.given_on, MarketingConsent.given, MarketingConsent.channel,
                       MarketingConsent.recorded_by).where(MarketingConsent.customer_id == customer_id)
                .order_by(MarketingConsent.given_on, MarketingConsent.id))]
