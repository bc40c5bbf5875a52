"""What the job card documents say: the service gathers a card into ``reports.job_cards.documents``' data
object, with every coded value (payer, job type, part quality...) in the reader's language.

``translate(context, text)`` is Qt's translation in the app and ``app.i18n.Translate`` in the CLI;
without one the English source texts are used.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from reports.job_cards.documents import DocLine, DocMark, DocPayerTotal, JobCardDocument
from services.common.money import amount_in_words
from services.job_cards.codes import (
    DAMAGE_KINDS,
    FUEL_LEVELS,
    OLD_PARTS,
    OTHER_KINDS,
    REPAIR_CLASSES,
    WARNING_LIGHTS,
)
from services.job_cards.data import JobCardInfo
from services.job_cards.links import QUALITY_NAMES, part_bins, vehicle_extras
from services.job_cards.states import STATUS_NAMES
from services.station.settings import JOB_TYPE_NAMES, PAYER_NAMES
from services.users.permissions import Actor, Permission

Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


def build_document(service, actor: Actor, number: str, translate: Translate | None = None) -> JobCardDocument:
    """The card (or estimate) numbered ``number`` as the documents print it."""
    actor.require(Permission.VIEW_JOB_CARDS)
    tx = translate or _identity
    card: JobCardInfo = service.card_by_number(actor, number)
    settings = service.station.settings()
    zone = service.clock

    def when(moment) -> str:
        return zone.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    with service.db.read() as s:
        car = vehicle_extras(s, card.vehicle_id)
        bins = part_bins(s, [ln.part_id for ln in card.lines if ln.part_id])
    lines = []
    for ln in card.lines:
        if ln.approval == "declined":
            continue
        techs = "、".join(f"{t.name}" + (f" {(t.share * 100).normalize():f}%" if len(ln.technicians) > 1 else "")
                         for t in ln.technicians)
        name = ln.name or tx("OtherCharge", _other_name(ln.code)) if ln.kind == "other" else ln.name
        lines.append(DocLine(
            ln.kind, ln.code if ln.kind != "other" else tx("OtherCharge", _other_name(ln.code)), name, ln.spec,
            tx("PartQuality", QUALITY_NAMES.get(ln.quality, "")) if ln.quality else "", ln.unit, ln.qty, ln.price,
            ln.discount, ln.amount, tx("Payer", PAYER_NAMES.get(ln.payer, ln.payer)), techs,
            ln.approval == "pending", bins.get(ln.part_id, "") if ln.part_id else "",
            ln.standard_hours if ln.kind == "labour" else None))
    t = card.totals
    payer_totals = tuple(DocPayerTotal(tx("Payer", PAYER_NAMES.get(p.payer, p.payer)), p.labour, p.parts, p.other,
                                       p.amount, p.tax) for p in t.payers)
    fuel = f"{card.battery_pct}%" if card.battery_pct is not None else (
        tx("FuelLevel", FUEL_LEVELS.get(card.fuel_level, card.fuel_level)) if card.fuel_level else "")
    marks = tuple(DocMark(float(m.x), float(m.y), tx("Damage", DAMAGE_KINDS.get(m.kind, m.kind)), m.note)
                  for m in card.damage_marks)
    return JobCardDocument(
        station_name=settings.name, station_address=settings.address, station_phone=settings.phone,
        number=card.number, estimate_number=card.estimate_number or "",
        status=tx("JobStatus", STATUS_NAMES[card.status]), opened_at=when(card.opened_at), advisor=card.advisor_name,
        job_type=tx("JobType", JOB_TYPE_NAMES[card.job_type]), appointment_number=card.appointment_number or "",
        customer_name=card.customer_name, customer_phone=card.customer_phone, driver_name=card.driver_name,
        driver_phone=card.driver_phone, plate=card.plate, vin=card.vin, vehicle=card.vehicle_desc,
        colour=str(car["colour"] or ""), engine_number=str(car["engine_number"] or ""),
        purchase_date=_day(car["purchase_date"]), insurance_due=_day(car["insurance_due"]),
        inspection_due=_day(car["inspection_due"]), mileage_in=str(card.mileage_in) if card.mileage_in is not None else "", fuel=fuel,
        promised_at=when(card.promised_at),
        estimate_amount=f"{card.estimate_amount:,.2f}" if card.estimate_amount is not None else "",
        customer_waits=card.customer_waits, wash=card.wash, old_parts=tx("OldParts", OLD_PARTS[card.old_parts]),
        insurer=card.insurer, claim_number=card.claim_number,
        assessed_amount=f"{card.assessed_amount:,.2f}" if card.assessed_amount is not None else "",
        repair_class=tx("RepairClass", REPAIR_CLASSES[card.repair_class]) if card.repair_class else "",
        rework_of=card.rework_of or ("—" if card.job_type == "rework" else ""),
        customer_words=card.customer_words, diagnosis=card.diagnosis, valuables=card.valuables,
        accessories=card.accessories,
        warning_lights="、".join(tx("WarningLight", WARNING_LIGHTS[w]) for w in card.warning_lights),
        damage_note=card.damage_note, lines=tuple(lines), payer_totals=payer_totals, total=t.amount,
        total_tax=t.tax, total_hours=t.hours, total_in_words=amount_in_words(t.amount), pending_total=t.pending,
        marks=marks, printed_at=when(service.clock.now()), certificate_number=card.certificate_number or "")


def _day(value) -> str:
    return value.isoformat() if value else ""


def _other_name(code: str) -> str:
    return OTHER_KINDS.get(code, code)


__all__ = ["Decimal", "build_document"]
