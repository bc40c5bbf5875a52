"""Checking and cleaning what a form or an import row says about a customer or a vehicle.

Pure functions (no database): the form, the import preview and the writes use the same rules.
A refusal is a ``ValidationError`` naming the field at fault.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from services.common.amounts import read_money
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.identifiers import (
    check_credit_code,
    check_mobile,
    check_plate,
    normalise_phone,
    require_vin,
)
from services.customers.model import (
    BILLING_TERMS,
    CONTACT_ROLES,
    ENERGIES,
    KINDS,
    ContactInput,
    CustomerInput,
    Notice,
    VehicleInput,
    clean_text,
)


def validate_customer(data: CustomerInput) -> CustomerInput:
    """The input, cleaned; raises ValidationError naming the field at fault."""
    name = " ".join(clean_text(data.name).split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the customer's name."), field="name")
    if len(name) > 128:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A name has at most 128 characters."), field="name")
    if data.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A customer is a person or a company."),
                              field="kind")
    mobile = check_mobile(data.mobile) if clean_text(data.mobile) else ""
    # a masked number (021****0101) stands for the stored one: update_customer puts that back
    other = data.other_phone if "*" in (data.other_phone or "") else \
        (normalise_phone(data.other_phone) if clean_text(data.other_phone) else "")
    if other and "*" not in other and not 5 <= len(other) <= 20:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                              field="other_phone", phone=data.other_phone)
    code = check_credit_code(data.credit_code) if clean_text(data.credit_code) else ""
    if data.billing_terms not in BILLING_TERMS:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown billing terms."), field="billing_terms")
    if data.billing_terms == "monthly" and data.kind != "company":
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Monthly billing is for company accounts."), field="billing_terms")
    if data.statement_day is not None and not 1 <= int(data.statement_day) <= 28:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The statement day is between 1 and 28."),
                              field="statement_day")
    if data.credit_limit is not None and (isinstance(data.credit_limit, float)
                                          or read_money(data.credit_limit, field="credit_limit", negative=True) < 0):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A credit limit is an amount of 0 or more."),
                              field="credit_limit")
    if data.gender not in (None, "", "m", "f"):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown gender."), field="gender")
    contacts = []
    for c in data.contacts:
        cname = clean_text(c.name)
        if not cname:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the contact's name."), field="contacts")
        if c.role not in CONTACT_ROLES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown contact role."), field="contacts")
        masked = "*" in (c.mobile or "") or "*" in (c.other_phone or "")
        cother = c.other_phone if "*" in (c.other_phone or "") else \
            (normalise_phone(c.other_phone) if clean_text(c.other_phone) else "")
        if cother and "*" not in cother and not 5 <= len(cother) <= 20:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{phone} is not a phone number."),
                                  field="contacts", phone=c.other_phone)
        try:
            cmobile = c.mobile if "*" in (c.mobile or "") else (check_mobile(c.mobile) if clean_text(c.mobile) else "")
        except ValidationError as exc:
            raise ValidationError(exc.text, field="contacts", **exc.params) from None
        if masked and c.id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Type the contact's whole number."),
                                  field="contacts")
        contacts.append(ContactInput(cname, c.role, cmobile, clean_text(c.notes), clean_text(c.relation)[:32], cother,
                                     c.role == "driver" if c.is_driver is None else bool(c.is_driver), c.id))
    tags = tuple(dict.fromkeys(t for t in (clean_text(t)[:32] for t in data.tags) if t))
    return replace(data, name=name, mobile=mobile, other_phone=other, credit_code=code,
                   address=clean_text(data.address), source=clean_text(data.source)[:32], notes=(data.notes or "").strip(),
                   invoice_title=clean_text(data.invoice_title), club_number=clean_text(data.club_number),
                   club_level=clean_text(data.club_level), gender=data.gender or None, tags=tags,
                   contacts=tuple(contacts))


def validate_vehicle(data: VehicleInput, today: date) -> tuple[VehicleInput, bool, str | None]:
    """The input cleaned, whether the VIN check was overridden, and the plate's kind."""
    check = require_vin(data.vin, override_reason=data.vin_override_reason)
    plate_kind = None
    plate = ""
    if clean_text(data.plate):
        pc = check_plate(data.plate)
        plate, plate_kind = pc.plate, pc.kind
    if data.model_year is not None and not 1950 <= int(data.model_year) <= today.year + 1:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{year} is not a model year."),
                              field="model_year", year=data.model_year)
    if data.energy not in ENERGIES:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown energy kind."), field="energy")
    for name in ("warranty_months", "warranty_km", "sanbao_months", "sanbao_km"):
        if int(getattr(data, name)) <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Warranty periods are positive."), field=name)
    if data.purchase_date and data.purchase_date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The purchase date lies in the future."),
                              field="purchase_date")
    if data.odometer_km is not None and not 0 <= int(data.odometer_km) < 3_000_000:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                              field="odometer_km", km=data.odometer_km)
    cleaned = replace(
        data, vin=check.vin, plate=plate,
        vin_override_reason=(data.vin_override_reason or "").strip() if not check.check_ok else "",
        brand=clean_text(data.brand), model=clean_text(data.model), colour=clean_text(data.colour),
        engine_number=clean_text(data.engine_number).upper(), insurer=clean_text(data.insurer),
        notes=(data.notes or "").strip(),
    )
    return cleaned, not check.check_ok, plate_kind


def plate_warnings(plate: str | None) -> tuple[Notice, ...]:
    """What a stored plate calls for at the desk: an unusual kind (使, 领, 临时, 应急), or a plate
    kept from before the rules were checked that does not follow them."""
    if not plate:
        return ()
    try:
        pc = check_plate(plate)
    except ValidationError:
        return (Notice("plate", QT_TRANSLATE_NOOP(
            "ServiceError", "The plate on file, {plate}, does not follow the plate rules (GA 36-2018): check it "
                            "against the vehicle licence and correct it."), {"plate": plate}),)
    return (Notice("plate", pc.warning, {"plate": pc.plate}),) if pc.warning else ()
