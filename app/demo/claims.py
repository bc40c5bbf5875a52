"""Demo warranty claims: every finished warranty card of the demo becomes a claim, in the status its age
gives it (the last two wait in the warranty clerk's list). Claims of the last two weeks are drafts (some not yet appraised), of the last six weeks
submitted, older ones decided by the manufacturer (most approved in full, some partly, a few
rejected), and those decided more than a month ago paid by a monthly remittance. Replaced parts
carry their old-part tag; older ones have left in a monthly return shipment.

Rows go in with SQLAlchemy Core in batches with explicit ids. Deterministic for a seed. Runs after
the job cards step.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, insert, select

from app.db.models.claims import ClaimEvent, ClaimLine, ClaimPayment, ClaimPaymentLine, WarrantyClaim
from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.station import DocumentSequence
from app.db.models.users import User, UserRole

BATCH = 2000
FEN = Decimal("0.01")
ZERO = Decimal("0.00")
# (system, fault code, cause) the technical supervisor writes for the demo's warranty work
FAULTS = [
    ("engine", "P0217", "水泵密封圈失效，冷却液渗漏"),
    ("engine", "P0128", "节温器常开，冷却液温度偏低"),
    ("electrical", "B1A00", "车身控制模块软件故障"),
    ("brakes", "C0035", "轮速传感器信号中断"),
    ("air_conditioning", "B10A2", "空调压缩机电磁离合器烧蚀"),
]
REJECT_REASONS = ["超出保修里程", "人为损坏，不属于质量问题", "旧件未按时返还"]


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    from app.demo.claims_insurance import generate_insurance

    done = _warranty(ctx, rng, progress)
    return done + generate_insurance(ctx, rng, progress)


def _warranty(ctx, rng, progress) -> list[str]:
    db, clock = ctx.db, ctx.clock
    with db.read() as s:
        if s.scalar(select(WarrantyClaim.id).limit(1)) is not None:
            return ["claims: kept the existing claims"]
        cards = s.execute(
            select(JobCard.id, JobCard.number, JobCard.vehicle_id, JobCard.vin, JobCard.plate, JobCard.vehicle_desc,
                   JobCard.customer_name, JobCard.mileage_in, JobCard.opened_at, JobCard.completed_at,
                   JobCard.customer_words)
            .where(JobCard.completed_at.is_not(None), JobCard.status != "cancelled",
                   JobCard.payers.like("%,warranty,%"))
            .order_by(JobCard.completed_at, JobCard.id)).all()
        card_ids = [c.id for c in cards]
        lines: dict[int, list] = defaultdict(list)
        for i in range(0, len(card_ids), 5000):
            for ln in s.execute(select(JobLine.id, JobLine.job_card_id, JobLine.kind, JobLine.code, JobLine.name,
                                       JobLine.qty, JobLine.price, JobLine.amount)
                                .where(JobLine.job_card_id.in_(card_ids[i:i + 5000]), JobLine.payer == "warranty")
                                .order_by(JobLine.position, JobLine.id)):
                lines[ln.job_card_id].append(ln)
        bought = {vid: p or d for vid, p, d in s.execute(
            select(Vehicle.id, Vehicle.purchase_date, Vehicle.delivery_date)
            .where(Vehicle.id.in_(select(JobCard.vehicle_id).where(JobCard.payers.like("%,warranty,%")))))}
        clerks = [r[0] for r in s.execute(select(User.username).join(UserRole, UserRole.user_id == User.id)
                                          .where(UserRole.role == "warranty_clerk").order_by(User.id))] or ["admin"]
        appraisers = [(r[0], r[1]) for r in s.execute(
            select(User.username, User.display_name).join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == "technical_supervisor").order_by(User.id))] or [("admin", "管理员")]
    # the last two finished warranty cards wait in the warranty clerk's list, not claimed yet
    cards = [c for c in cards if lines.get(c.id)][:-2]
    if not cards:
        return ["claims: no finished warranty job cards (run the job cards step first)"]
    now = clock.now()
    # a short demo (the small one spans weeks) runs the claims' calendar faster, so every status shows
    f = min(1.0, max(0.1, (now - cards[0].completed_at).days / 200))

    def days(n: float) -> timedelta:
        return timedelta(days=n * f)

    year_seq: dict[str, int] = {}
    claims, claim_lines, events, payments, payment_lines = [], [], [], [], []
    by_month: dict[str, list[tuple[int, Decimal, object]]] = defaultdict(list)
    line_id = event_id = 0
    made = defaultdict(int)
    for claim_id, c in enumerate(cards, start=1):
        opened = min(c.completed_at + timedelta(hours=rng.randrange(2, 72)), now)
        year = f"{clock.local(opened):%Y}"
        year_seq[year] = year_seq.get(year, 0) + 1
        number = f"SP{year}{year_seq[year]:04d}"
        age = (now - opened).days
        clerk = rng.choice(clerks)
        sums = defaultdict(lambda: ZERO)
        n_part = 0
        for pos, ln in enumerate(lines[c.id], start=1):
            sums[ln.kind] += ln.amount
            tag = None
            if ln.kind == "part":
                n_part += 1
                tag = f"{number}-{n_part:02d}"
            line_id += 1
            returned = tag is not None and age > 45 * f
            claim_lines.append(dict(
                id=line_id, claim_id=claim_id, job_line_id=ln.id, position=pos, kind=ln.kind, code=ln.code,
                name=ln.name, qty=ln.qty, price=ln.price, amount=ln.amount, tag=tag,
                old_part_status=("returned" if returned else "kept") if tag else None,
                returned_at=opened + days(30) if returned else None,
                return_reference=f"FH{clock.local(opened + days(30)):%Y%m}" if returned else "",
                created_at=opened, updated_at=opened))
        claimed = sum(sums.values(), ZERO)
        codes = {ln.code for ln in lines[c.id]}
        system, code, cause = (FAULTS[0] if "SP070" in codes else FAULTS[1] if "SP071" in codes
                               else rng.choice(FAULTS))
        row = dict(id=claim_id, number=number, job_card_id=c.id, job_card_number=c.number, vehicle_id=c.vehicle_id,
                   vin=c.vin, plate=c.plate, vehicle_desc=c.vehicle_desc, customer_name=c.customer_name,
                   mileage=c.mileage_in, purchase_date=bought.get(c.vehicle_id), repair_opened_at=c.opened_at,
                   repair_completed_at=c.completed_at, customer_words=c.customer_words or "", status="draft",
                   opened_at=opened, opened_by=clerk, labour_amount=sums["labour"], parts_amount=sums["part"],
                   other_amount=sums["other"], claimed_amount=claimed, approved_amount=None, paid_amount=ZERO,
                   system="", fault_code="", cause="", serious_safety=False, replacement="", appraised_by=None,
                   appraised_at=None, exported_at=None, manufacturer_number=None, submitted_at=None,
                   submitted_by=None, decided_at=None, decision_note="", paid_at=None, version=1, updated_by=clerk,
                   created_at=opened, updated_at=opened)
        history = [(opened, "created", None, "draft", clerk, c.number)]
        if age > 3 * f or rng.random() < 0.5:
            at = opened + timedelta(hours=rng.randrange(1, 48))
            who, name = rng.choice(appraisers)
            row.update(system=system, fault_code=code, cause=cause, appraised_by=name,
                       appraised_at=at, replacement="main_part" if sums["part"] > 500 else "")
            history.append((at, "appraised", "draft", "draft", who, f"{system} {code}"))
        if age > 14 * f and row["appraised_at"] is not None:
            at = max(opened + days(rng.randrange(3, 10)), row["appraised_at"])
            row.update(status="submitted", exported_at=at, submitted_at=at, submitted_by=clerk,
                       manufacturer_number=f"SVW{clock.local(at):%y%m}{claim_id:06d}")
            history.append((at, "submitted", "draft", "submitted", clerk, row["manufacturer_number"]))
        if age > 42 * f and row["status"] == "submitted":
            at = row["submitted_at"] + days(rng.randrange(14, 30))
            roll = rng.random()
            if roll < 0.08:
                approved, status, note = ZERO, "rejected", rng.choice(REJECT_REASONS)
            elif roll < 0.3:
                approved = (claimed * Decimal(rng.choice(("0.6", "0.75", "0.8", "0.9")))).quantize(FEN, ROUND_HALF_UP)
                status, note = "partly_approved", "配件按结算价计算，工时按标准工时"
            else:
                approved, status, note = claimed, "approved", ""
            row.update(status=status, approved_amount=approved, decided_at=at, decision_note=note)
            history.append((at, "decided", "submitted", status, clerk, f"{approved} {note}".strip()))
            paid_on = at + days(rng.randrange(20, 40))
            if status != "rejected" and paid_on < now:
                month = f"{clock.local(paid_on):%Y%m}"
                by_month[month].append((claim_id, approved, paid_on))
                row.update(status="paid", paid_amount=approved, paid_at=paid_on)
                history.append((paid_on, "payment", status, "paid", clerk, f"RM{month} {approved}"))
        for at, action, before, after, who, note in history:
            event_id += 1
            events.append(dict(id=event_id, claim_id=claim_id, at=at, action=action, from_status=before,
                               to_status=after, username=who, note=note[:255], created_at=at, updated_at=at))
        row["version"] = len(history)
        claims.append(row)
        made[row["status"]] += 1
    pay_id = pline_id = 0
    for month, items in sorted(by_month.items()):
        pay_id += 1
        last = max(at for _, _, at in items)
        payments.append(dict(id=pay_id, reference=f"RM{month}", received_on=clock.local(last).date(),
                             amount=sum((a for _, a, _ in items), ZERO), recorded_at=last, recorded_by=clerks[0],
                             note="", created_at=last, updated_at=last))
        for cid, amount, _ in items:
            pline_id += 1
            payment_lines.append(dict(id=pline_id, payment_id=pay_id, claim_id=cid, amount=amount, created_at=last,
                                      updated_at=last))
    with db.write() as s:
        for model, rows in ((WarrantyClaim, claims), (ClaimLine, claim_lines), (ClaimEvent, events),
                            (ClaimPayment, payments), (ClaimPaymentLine, payment_lines)):
            for i in range(0, len(rows), BATCH):
                s.execute(insert(model), rows[i:i + BATCH])
            if progress:
                progress("claims", len(rows), len(rows))
        for year, seq in year_seq.items():
            existing = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == "claim",
                                                               DocumentSequence.period == year))
            if existing is None:
                s.add(DocumentSequence(kind="claim", period=year, prefix="SP", next_value=seq + 1))
            else:
                existing.next_value = max(existing.next_value, seq + 1)
        if db.engine.dialect.name == "postgresql":
            for model in (WarrantyClaim, ClaimLine, ClaimEvent, ClaimPayment, ClaimPaymentLine):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             func.coalesce(select(func.max(model.id)).scalar_subquery(), 1))))
    return [f"claims: {len(claims)} warranty claims ("
            + ", ".join(f"{k} {v}" for k, v in sorted(made.items())) + f"), {len(payments)} manufacturer payments"]
