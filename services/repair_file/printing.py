"""The repair file as the printed document of ``reports.repair_file.document``, every coded value in
the reader's language (``translate(context, text)``; the English sources without one)."""

from __future__ import annotations

from collections.abc import Callable

from reports.repair_file.document import DocJob, DocLine, RepairFileDocument
from services.common.errors import QT_TRANSLATE_NOOP
from services.repair_file.data import (
    CLAIM_STATUS_NAMES,
    JOB_STATUS_NAMES,
    OLD_PARTS_NAMES,
    QUALITY_NAMES,
    FileJob,
    RepairFile,
)
from services.repair_file.file import total_amount
from services.station.settings import JOB_TYPE_NAMES, REPAIR_CLASS_NAMES

Translate = Callable[[str, str], str]

GUARANTEE = QT_TRANSLATE_NOOP("RepairFile", "{days} days or {km} km, until {until} or {until_km} km")
GUARANTEE_NO_KM = QT_TRANSLATE_NOOP("RepairFile", "{days} days or {km} km, until {until}")
WARRANTY_CLAIM = QT_TRANSLATE_NOOP("RepairFile", "Warranty claim {number} ({status}) {manufacturer} {amount}")
INSURANCE_CLAIM = QT_TRANSLATE_NOOP("RepairFile", "Insurance {insurer}, report number {number} {amount}")


def _identity(_context: str, text: str) -> str:
    return text


def guarantee_text(job: FileJob, tx: Translate) -> str:
    if not job.guarantee_days:
        return ""
    template = GUARANTEE if job.guarantee_until_km is not None else GUARANTEE_NO_KM
    return tx("RepairFile", template).format(days=job.guarantee_days, km=f"{job.guarantee_km or 0:,}",
                                             until=job.guarantee_until, until_km=f"{job.guarantee_until_km or 0:,}")


def claims_text(job: FileJob, tx: Translate) -> str:
    out = []
    for c in job.claims:
        amount = f"{c.amount:,.2f}" if c.amount is not None else ""
        if c.kind == "warranty":
            out.append(tx("RepairFile", WARRANTY_CLAIM).format(
                number=c.number, status=tx("ClaimStatus", CLAIM_STATUS_NAMES.get(c.status, c.status)),
                manufacturer=c.manufacturer_number, amount=amount).strip())
        else:
            out.append(tx("RepairFile", INSURANCE_CLAIM).format(insurer=c.manufacturer_number, number=c.number,
                                                                amount=amount).strip())
    return "；".join(out)


def build_document(service, rf: RepairFile, translate: Translate | None = None) -> RepairFileDocument:
    tx = translate or _identity
    clock = service.clock
    settings = service.station.settings()

    def when(moment, fmt: str = "%Y-%m-%d %H:%M") -> str:
        return clock.local(moment).strftime(fmt) if moment else ""

    jobs = tuple(DocJob(
        card_number=j.card_number, status=tx("JobStatus", JOB_STATUS_NAMES.get(j.status, j.status)),
        job_type=tx("JobType", JOB_TYPE_NAMES.get(j.job_type, j.job_type)),
        repair_class=tx("RepairClass", REPAIR_CLASS_NAMES[j.repair_class])
        if j.repair_class in REPAIR_CLASS_NAMES else "",
        time_in=when(j.opened_at), time_out=when(j.time_out),
        mileage_in=str(j.mileage_in) if j.mileage_in is not None else "",
        mileage_out=str(j.mileage_out) if j.mileage_out is not None else "",
        complaint=j.customer_words, diagnosis=j.diagnosis, advisor=j.advisor, technicians="、".join(j.technicians),
        inspector=j.inspector, certificate_number=j.certificate_number, statement_number=j.statement_number,
        statement_total=j.statement_total, voided="、".join(j.voided_statements), guarantee=guarantee_text(j, tx),
        old_parts=tx("OldParts", OLD_PARTS_NAMES[j.old_parts]) if j.old_parts in OLD_PARTS_NAMES else "",
        rework_of=j.rework_of, claims=claims_text(j, tx),
        lines=tuple(DocLine(ln.kind, ln.code, ln.name, ln.spec,
                            tx("PartQuality", QUALITY_NAMES[ln.quality]) if ln.quality in QUALITY_NAMES else "",
                            ln.unit, ln.qty, ln.amount, ln.technicians) for ln in j.lines))
        for j in rf.jobs)
    return RepairFileDocument(
        station_name=settings.name, station_address=settings.address, station_phone=settings.phone,
        station_licence=settings.licence_number or "", vin=rf.vin, plate=rf.plate, vehicle=rf.vehicle,
        engine_number=rf.engine_number, owner=rf.owner,
        purchase_date=rf.purchase_date.isoformat() if rf.purchase_date else "", jobs=jobs,
        total=total_amount(rf.jobs), printed_at=when(clock.now()))
