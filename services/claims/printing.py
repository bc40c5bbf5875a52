"""The claims' documents, gathered for ``reports.claims``: the old-part tags of a claim, the submission
workbook for the manufacturer and the open-claims workbook. Texts go through ``translate(context,
text)`` (the viewmodel's Qt translation; English when None)."""

from __future__ import annotations

from decimal import Decimal

from services.claims.data import KIND_NAMES, STATUS_NAMES, SYSTEM_NAMES, ClaimInfo, OpenClaimsReport
from services.claims.layout import FIELDS, MONEY_FIELDS, SubmissionLayout, builtin_layout
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

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


def submission_rows(claims: list[ClaimInfo], clock, translate=None) -> list[dict[str, object]]:
    """One row per claimed line, by field key (``services.claims.layout.FIELDS``), the claim's vehicle,
    repair, appraisal and photo count repeated as manufacturers' import sheets want them."""
    name_of = translate or _identity
    rows = []
    for c in claims:
        system = name_of("VehicleSystem", SYSTEM_NAMES.get(c.system, c.system)) if c.system else ""
        for ln in c.lines:
            rows.append({
                "claim_number": c.number, "vin": c.vin, "plate": c.plate, "model": c.vehicle_desc,
                "purchase_date": c.purchase_date.isoformat() if c.purchase_date else "", "mileage": c.mileage,
                "repair_date": clock.local(c.repair_opened_at).strftime("%Y-%m-%d"), "job_card": c.job_card_number,
                "complaint": c.customer_words, "system": system, "fault_code": c.fault_code, "cause": c.cause,
                "photos": c.photo_count, "line_kind": name_of("ClaimLine", KIND_NAMES.get(ln.kind, ln.kind)),
                "code": ln.code, "name": ln.name, "qty": float(ln.qty), "price": ln.price, "amount": ln.amount,
                "tag": ln.tag or ""})
    return rows


def submission_workbook(claims: list[ClaimInfo], clock, translate=None, layout: SubmissionLayout | None = None) -> bytes:
    """The submission in the station's layout (the manufacturer's columns and headers), else the built-in one."""
    from openpyxl.utils import column_index_from_string

    from reports.claims.workbooks import SubmissionSheet, render_table_workbook

    name_of = translate or _identity
    layout = layout or builtin_layout()
    width = max(column_index_from_string(c.column) for c in layout.columns)
    headers = [""] * width
    where: list[tuple[int, str]] = []
    for c in layout.columns:
        i = column_index_from_string(c.column) - 1
        headers[i] = c.header if layout.custom else name_of("ClaimsExport", FIELDS[c.field])
        where.append((i, c.field))
    rows = []
    for values in submission_rows(claims, clock, translate):
        row: list[object] = [None] * width
        for i, field in where:
            row[i] = values[field]
        rows.append(tuple(row))
    money = tuple(i for i, field in where if field in MONEY_FIELDS)
    title = layout.sheet or name_of("ClaimsExport", "Claims")
    return render_table_workbook(SubmissionSheet(title, tuple(headers), tuple(rows), money_columns=money))


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
