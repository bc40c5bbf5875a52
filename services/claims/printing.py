"""The claims' documents, gathered for ``reports.claims``: the old-part tags of a claim, the submission
workbook for the manufacturer and the open-claims workbook. Texts go through ``translate(context,
text)`` (the viewmodel's Qt translation; English when None)."""

from __future__ import annotations

from decimal import Decimal

from services.claims.data import KIND_NAMES, STATUS_NAMES, SYSTEM_NAMES, ClaimInfo, OpenClaimsReport
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

SUBMISSION_HEADERS = (
    QT_TRANSLATE_NOOP("ClaimsExport", "Dealer claim no."), QT_TRANSLATE_NOOP("ClaimsExport", "VIN"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Plate"), QT_TRANSLATE_NOOP("ClaimsExport", "Model"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Purchase date"), QT_TRANSLATE_NOOP("ClaimsExport", "Mileage (km)"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Repair date"), QT_TRANSLATE_NOOP("ClaimsExport", "Job card"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Customer's complaint"), QT_TRANSLATE_NOOP("ClaimsExport", "System"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Fault code"), QT_TRANSLATE_NOOP("ClaimsExport", "Cause"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Line"), QT_TRANSLATE_NOOP("ClaimsExport", "Code"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Name"), QT_TRANSLATE_NOOP("ClaimsExport", "Quantity"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Price"), QT_TRANSLATE_NOOP("ClaimsExport", "Amount"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Old-part tag"),
)
OPEN_HEADERS = (
    QT_TRANSLATE_NOOP("ClaimsExport", "Dealer claim no."), QT_TRANSLATE_NOOP("ClaimsExport", "Manufacturer no."),
    QT_TRANSLATE_NOOP("ClaimsExport", "Job card"), QT_TRANSLATE_NOOP("ClaimsExport", "Plate"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Status"), QT_TRANSLATE_NOOP("ClaimsExport", "Age (days)"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Claimed"), QT_TRANSLATE_NOOP("ClaimsExport", "Approved"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Paid"), QT_TRANSLATE_NOOP("ClaimsExport", "Outstanding"),
)
TAG_FIELDS = (
    QT_TRANSLATE_NOOP("ClaimsExport", "Claim"), QT_TRANSLATE_NOOP("ClaimsExport", "Job card"),
    QT_TRANSLATE_NOOP("ClaimsExport", "VIN"), QT_TRANSLATE_NOOP("ClaimsExport", "Plate"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Part"), QT_TRANSLATE_NOOP("ClaimsExport", "Quantity"),
    QT_TRANSLATE_NOOP("ClaimsExport", "Fault code"), QT_TRANSLATE_NOOP("ClaimsExport", "Repair date"),
)


def _identity(_context: str, text: str) -> str:
    return text


def _qty(d: Decimal) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def tags_pdf(claim: ClaimInfo, clock, station_name: str, translate=None) -> bytes:
    from reports.claims.tags import OldPartTag, TagSheet, render_tags

    name_of = translate or _identity
    parts = [ln for ln in claim.lines if ln.tag]
    if not parts:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} replaced no part: there is no "
                                                                "old part to tag."), number=claim.number)
    labels = [name_of("ClaimsExport", f) for f in TAG_FIELDS]
    repaired = clock.local(claim.repair_opened_at).strftime("%Y-%m-%d")
    tags = tuple(OldPartTag(ln.tag, tuple(zip(labels, (
        claim.number + (f" / {claim.manufacturer_number}" if claim.manufacturer_number else ""),
        claim.job_card_number, claim.vin, claim.plate, f"{ln.code} {ln.name}", _qty(ln.qty),
        claim.fault_code or "—", repaired), strict=True))) for ln in parts)
    return render_tags(TagSheet(name_of("ClaimsExport", "Old-part tag"), station_name, tags))


def submission_workbook(claims: list[ClaimInfo], clock, translate=None) -> bytes:
    from reports.claims.workbooks import SubmissionSheet, render_table_workbook

    name_of = translate or _identity
    rows = []
    for c in claims:
        system = name_of("VehicleSystem", SYSTEM_NAMES.get(c.system, c.system)) if c.system else ""
        for ln in c.lines:
            rows.append((c.number, c.vin, c.plate, c.vehicle_desc, c.purchase_date.isoformat() if c.purchase_date
                         else "", c.mileage, clock.local(c.repair_opened_at).strftime("%Y-%m-%d"), c.job_card_number,
                         c.customer_words, system, c.fault_code, c.cause, name_of("ClaimLine", KIND_NAMES.get(ln.kind,
                                                                                                         ln.kind)),
                         ln.code, ln.name, float(ln.qty), ln.price, ln.amount, ln.tag or ""))
    sheet = SubmissionSheet(name_of("ClaimsExport", "Claims"), tuple(name_of("ClaimsExport", h) for h in SUBMISSION_HEADERS),
                            tuple(rows), money_columns=(16, 17))
    return render_table_workbook(sheet)


def open_claims_workbook(report: OpenClaimsReport, translate=None) -> bytes:
    from reports.claims.workbooks import SubmissionSheet, render_table_workbook

    name_of = translate or _identity
    rows = tuple((c.number, c.manufacturer_number or "", c.job_card_number, c.plate,
                  name_of("ClaimStatus", STATUS_NAMES.get(c.status, c.status)), c.age_days, c.claimed_amount,
                  c.approved_amount, c.paid_amount, c.outstanding) for c in report.rows)
    sheet = SubmissionSheet(name_of("ClaimsExport", "Open claims"), tuple(name_of("ClaimsExport", h) for h in OPEN_HEADERS),
                            rows, money_columns=(6, 7, 8, 9))
    totals = (name_of("ClaimsExport", "Total"), "", "", "", report.count, "", report.claimed, report.approved, report.paid,
              report.outstanding)
    return render_table_workbook(sheet, totals=totals)
