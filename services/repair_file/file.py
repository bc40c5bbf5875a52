"""The vehicle's repair file (一车一档): every job on a VIN with what the regulations list for it.

机动车维修管理规定 and the 三包 rules: time in and out, mileage, the customer's own words, the
inspection result, the work items with their hours and the people who did them, the replaced
parts with names, numbers and quality grade, the quality inspector and the completion certificate,
the settlement statement with its number and amount, the quality guarantee, claims. A settled
job's lines are those of its live statement (what was signed); a job still in the workshop shows
its agreed lines. Cancelled cards and estimates are not repairs and are not on file.

The file only reads: the job card, settlement and claims tables, one read transaction per VIN.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models.claims import WarrantyClaim
from app.db.models.customers import Customer, Vehicle
from app.db.models.job_cards import JobCard, JobLine, QualityCheck
from app.db.models.settlement import Delivery, Statement, StatementLine
from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.common.identifiers import normalise_vin
from services.repair_file.data import FileClaim, FileJob, FileLine, RepairFile

NOT_ON_FILE = ("estimate", "cancelled")


def _techs(value) -> str:
    if not value:
        return ""
    return "、".join(t.get("name", "") for t in value if isinstance(t, dict) and t.get("name"))


def vehicle_ids(s: Session, vin: str) -> list[int]:
    return list(s.scalars(select(Vehicle.id).where(Vehicle.vin == vin)))


def read_file(s: Session, vin_text: str) -> RepairFile:
    vin = normalise_vin(vin_text)
    vehicle = s.scalar(select(Vehicle).where(Vehicle.vin == vin))
    cards = list(s.scalars(
        select(JobCard).where(or_(JobCard.vin == vin, JobCard.vehicle_id == vehicle.id) if vehicle is not None
                              else JobCard.vin == vin, JobCard.status.not_in(NOT_ON_FILE))
        .order_by(JobCard.opened_at.desc(), JobCard.id.desc())))
    if vehicle is None and not cards:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No vehicle with VIN {vin}."), vin=vin)
    jobs = read_jobs(s, cards)
    owner = s.get(Customer, vehicle.owner_id) if vehicle is not None else None
    desc = " ".join(str(p) for p in (vehicle.brand, vehicle.model, vehicle.model_year or "") if p).strip() \
        if vehicle is not None else (cards[0].vehicle_desc if cards else "")
    return RepairFile(vin=vin, plate=(vehicle.plate if vehicle is not None else cards[0].plate) or "",
                      vehicle=desc, engine_number=vehicle.engine_number if vehicle is not None else "",
                      owner=owner.name if owner is not None else (cards[0].customer_name if cards else ""),
                      purchase_date=vehicle.purchase_date if vehicle is not None else None, jobs=tuple(jobs))


def read_jobs(s: Session, cards: list[JobCard]) -> list[FileJob]:
    """The file's entries for ``cards`` (in their order), with a handful of queries for all of them."""
    ids = [c.id for c in cards]
    if not ids:
        return []
    statements: dict[int, list[Statement]] = defaultdict(list)
    for st in s.scalars(select(Statement).where(Statement.job_card_id.in_(ids)).order_by(Statement.id)):
        statements[st.job_card_id].append(st)
    live = {cid: next((st for st in sts if st.status == "issued"), None) for cid, sts in statements.items()}
    live_ids = [st.id for st in live.values() if st is not None]
    st_lines: dict[int, list[StatementLine]] = defaultdict(list)
    if live_ids:
        for ln in s.scalars(select(StatementLine).where(StatementLine.statement_id.in_(live_ids))
                            .order_by(StatementLine.statement_id, StatementLine.position)):
            st_lines[ln.statement_id].append(ln)
    card_lines: dict[int, list[JobLine]] = defaultdict(list)
    open_ids = [cid for cid in ids if live.get(cid) is None]
    if open_ids:
        for jl in s.scalars(select(JobLine).where(JobLine.job_card_id.in_(open_ids))
                            .order_by(JobLine.job_card_id, JobLine.position, JobLine.id)):
            if jl.approval in (None, "approved") and jl.supply == "stock":
                card_lines[jl.job_card_id].append(jl)
    inspectors: dict[int, str] = {}
    for cid, name in s.execute(select(QualityCheck.job_card_id, QualityCheck.display_name)
                               .where(QualityCheck.job_card_id.in_(ids), QualityCheck.stage == "final",
                                      QualityCheck.passed.is_(True)).order_by(QualityCheck.at)):
        inspectors[cid] = name  # the last passed final check
    delivered = dict(s.execute(select(Delivery.job_card_id, Delivery.delivered_at)
                               .where(Delivery.job_card_id.in_(ids))).all())
    claims: dict[int, list[FileClaim]] = defaultdict(list)
    for c in s.scalars(select(WarrantyClaim).where(WarrantyClaim.job_card_id.in_(ids))):
        claims[c.job_card_id].append(FileClaim("warranty", c.number, c.status, c.manufacturer_number or "",
                                               c.approved_amount if c.approved_amount is not None
                                               else c.claimed_amount))
    rework_ids = {c.rework_of_id for c in cards if c.rework_of_id}
    rework_numbers = dict(s.execute(select(JobCard.id, JobCard.number).where(JobCard.id.in_(rework_ids))).all()) \
        if rework_ids else {}

    out = []
    for card in cards:
        issued = live.get(card.id)
        if issued is not None:
            lines = tuple(FileLine(ln.kind, ln.code, ln.name, ln.spec, ln.quality, ln.unit, ln.qty, ln.amount,
                                   ln.payer, ln.technicians) for ln in st_lines[issued.id])
        else:
            lines = tuple(FileLine(ln.kind, ln.code, ln.name, ln.spec, ln.quality, ln.unit, ln.qty, ln.amount,
                                   ln.payer, _techs(ln.technicians)) for ln in card_lines[card.id])
        techs: list[str] = []
        for fl in lines:
            for name in (fl.technicians or "").split("、"):
                if name and name not in techs:
                    techs.append(name)
        file_claims = list(claims[card.id])
        if card.claim_number or card.insurer:
            file_claims.append(FileClaim("insurance", card.claim_number, "", card.insurer, card.assessed_amount))
        out.append(FileJob(
            card_id=card.id, card_number=card.number, status=card.status, job_type=card.job_type,
            repair_class=(issued.repair_class if issued is not None else None) or card.repair_class,
            opened_at=card.opened_at, completed_at=card.completed_at, delivered_at=delivered.get(card.id),
            mileage_in=card.mileage_in, mileage_out=issued.mileage_out if issued is not None else card.mileage_out,
            customer_words=card.customer_words, diagnosis=card.diagnosis, advisor=card.advisor_name, lines=lines,
            technicians=tuple(techs), inspector=inspectors.get(card.id, ""),
            certificate_number=card.certificate_number or "", statement_number=issued.number if issued is not None else "",
            statement_total=issued.total if issued is not None else None,
            voided_statements=tuple(x.number for x in statements[card.id] if x.status == "voided"),
            guarantee_days=issued.guarantee_days if issued is not None else None,
            guarantee_km=issued.guarantee_km if issued is not None else None,
            guarantee_until=issued.guarantee_until if issued is not None else None,
            guarantee_until_km=issued.guarantee_until_km if issued is not None else None,
            old_parts=card.old_parts, rework_of=rework_numbers.get(card.rework_of_id, ""),
            claims=tuple(file_claims)))
    return out


def total_amount(jobs) -> Decimal:
    return sum((j.statement_total for j in jobs if j.statement_total is not None), Decimal("0"))
