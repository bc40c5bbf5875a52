"""Demo insurance jobs (定损理赔) and the 三包 watch's cars, run by the claims step (``app/demo/claims.py``).

Insurers: the five the demo's cards name, with their service lines. Every accident card becomes an
insurance job in the state its age gives it: the newest open cards are reported and not yet assessed,
the others assessed (a quarter with a supplementary assessment, most with the repair a little over or
under the assessment, many with a deductible); a settled card's insurer owes its statement's insurer
subtotal, paid by the insurer's monthly remittance a month or two after the statement, a few partly
paid, and a few old ones still disputed (open over 180 days).

三包: the cars with the most warranty repairs inside their 三包 period get one problem (the same fault
code) on all of them, the busiest one a serious safety fault once: one step short of the thresholds.
A warranty repair longer than 5 days gets its loan car from day 6 to the day the car was ready.

Rows go in with SQLAlchemy Core with explicit ids. Deterministic for a seed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, insert, or_, select, update

from app.db.models.claims import (
    InsuranceJob,
    InsurancePayment,
    InsurancePaymentLine,
    InsuranceSupplement,
    Insurer,
    SanbaoCompensation,
    WarrantyClaim,
)
from app.db.models.customers import OdometerReading, Vehicle
from app.db.models.job_cards import JobCard
from app.db.models.settlement import Statement, StatementLine

BATCH = 2000
FEN = Decimal("0.01")
ZERO = Decimal("0.00")
INSURERS = [("中国人保", "95518", "RB"), ("平安保险", "95511", "PA"), ("太平洋保险", "95500", "TP"),
            ("中华联合", "95585", "ZH"), ("大地保险", "95590", "DD")]
ADJUSTERS = ["王定损", "李查勘", "赵理赔", "孙定损", "周查勘", "吴定损"]
SUPPLEMENT_REASONS = ["拆检发现水箱框架变形", "拆检发现冷凝器受损", "前大灯支架断裂", "左前减震器漏油",
                      "安全气囊电脑需更换"]
DEDUCTIBLES = [ZERO, ZERO, ZERO, Decimal("200.00"), Decimal("300.00"), Decimal("500.00"), Decimal("1000.00")]


def _money(d: Decimal) -> Decimal:
    return d.quantize(FEN, ROUND_HALF_UP)


def generate_insurance(ctx, rng, progress) -> list[str]:
    db, clock = ctx.db, ctx.clock
    now = clock.now()
    with db.read() as s:
        if s.scalar(select(InsuranceJob.id).limit(1)) is not None:
            return ["insurance: kept the existing insurance jobs"]
        known = {n: i for i, n in s.execute(select(Insurer.id, Insurer.name))}
        cards = s.execute(
            select(JobCard.id, JobCard.number, JobCard.vehicle_id, JobCard.plate, JobCard.vin, JobCard.customer_name,
                   JobCard.insurer, JobCard.claim_number, JobCard.opened_at, JobCard.completed_at, JobCard.status,
                   JobCard.total_amount)
            .where(JobCard.status.not_in(("cancelled", "estimate")),
                   or_(JobCard.job_type == "accident", JobCard.payers.like("%,insurer,%")))
            .order_by(JobCard.opened_at, JobCard.id)).all()
        ids = [c.id for c in cards]
        live = {}
        for i in range(0, len(ids), 5000):
            live.update({r.live_card_id: r for r in s.execute(
                select(Statement.live_card_id, Statement.issued_at, Statement.total,
                       func.sum(case((StatementLine.payer == "insurer", StatementLine.amount), else_=0))
                       .label("insurer"),
                       func.sum(case((StatementLine.payer == "customer", StatementLine.amount), else_=0))
                       .label("customer"))
                .join(StatementLine, StatementLine.statement_id == Statement.id)
                .where(Statement.live_card_id.in_(ids[i:i + 5000]))
                .group_by(Statement.id, Statement.live_card_id, Statement.issued_at, Statement.total))})
        first_id = (s.scalar(select(func.max(Insurer.id))) or 0) + 1
    insurers = []
    for name, phone, _code in INSURERS:
        if name not in known:
            known[name] = first_id + len(insurers)
            insurers.append(dict(id=known[name], name=name, phone=phone, active=True, created_at=now, updated_at=now))
    codes = {known[n]: c for n, _p, c in INSURERS}
    names = [n for n, _p, _c in INSURERS]
    jobs, supplements, payments, payment_lines = [], [], [], []
    remit: dict[tuple[int, str], list[tuple[int, Decimal, object]]] = defaultdict(list)
    used: set[tuple[int, str]] = set()
    made: Counter = Counter()
    open_cards = [c for c in cards if c.status not in ("settled", "delivered")]
    unassessed = {c.id for c in open_cards[len(open_cards) // 2:]}  # the newest wait for the adjuster
    # a short demo (the small one spans weeks) runs the insurers' calendar faster, so every state shows
    f = min(1.0, max(0.1, (now - cards[0].opened_at).days / 200)) if cards else 1.0
    for job_id, c in enumerate(cards, start=1):
        insurer_id = known.get(c.insurer) or known[names[job_id % len(names)]]
        ref = (c.claim_number or f"BA{rng.randrange(10**9, 10**10)}").upper()
        while (insurer_id, ref) in used:
            ref = f"BA{rng.randrange(10**9, 10**10)}"
        used.add((insurer_id, ref))
        opened = min(c.opened_at + timedelta(hours=rng.randrange(1, 6)), now)
        st = live.get(c.id)
        repair = st.total if st else (c.total_amount or ZERO)
        row = dict(id=job_id, job_card_id=c.id, job_card_number=c.number, vehicle_id=c.vehicle_id, plate=c.plate,
                   vin=c.vin, customer_name=c.customer_name, insurer_id=insurer_id, report_number=ref,
                   adjuster_name=rng.choice(ADJUSTERS), adjuster_phone=f"139{rng.randrange(10**7, 10**8)}",
                   accident_date=clock.local(c.opened_at).date() - timedelta(days=rng.randrange(0, 4)),
                   assessed_amount=None, assessed_on=None, supplements_amount=ZERO, deductible=ZERO,
                   paid_amount=ZERO, opened_at=opened, opened_by="", note="", version=1, updated_by=None,
                   created_at=opened, updated_at=opened)
        if c.id not in unassessed and repair > 0:
            base = _money(repair * Decimal(rng.choice(("0.85", "0.9", "0.95", "1.0", "1.0", "1.03"))))
            extra = ZERO
            if rng.random() < 0.25:
                extra = _money(repair * Decimal(rng.choice(("0.05", "0.1", "0.15"))))
                supplements.append(dict(id=len(supplements) + 1, job_id=job_id,
                                        assessed_on=clock.local(opened).date() + timedelta(days=1), amount=extra,
                                        reason=rng.choice(SUPPLEMENT_REASONS), recorded_at=opened,
                                        recorded_by="", created_at=opened, updated_at=opened))
            own = min(rng.choice(DEDUCTIBLES), base)
            if st is not None:  # settled: the deductible is what the customer paid of the accident repair
                own = min(own, st.customer or ZERO)
            row.update(assessed_amount=base, assessed_on=clock.local(opened).date(), supplements_amount=extra,
                       deductible=own, version=2 + (extra > 0))
        if st is not None and (st.insurer or ZERO) > 0:
            owed = st.insurer
            age = (now - st.issued_at).days
            roll = rng.random()
            if age > 200 * f and roll < 0.03:
                paid = ZERO  # disputed with the insurer: still open
            elif age > 45 * f or (age > 20 * f and roll < 0.5):
                paid = owed if roll > 0.08 else _money(owed * Decimal("0.6"))
            else:
                paid = ZERO
            if paid > 0:
                at = min(st.issued_at + timedelta(days=rng.randrange(20, 45) * f), now)
                remit[(insurer_id, f"{clock.local(at):%Y%m}")].append((job_id, paid, at))
                row["paid_amount"] = paid
        jobs.append(row)
        made["settled" if st is not None else ("assessed" if row["assessed_amount"] is not None else "reported")] += 1
    for (insurer_id, month), items in sorted(remit.items()):
        last = max(at for _, _, at in items)
        pid = len(payments) + 1
        payments.append(dict(id=pid, insurer_id=insurer_id, reference=f"{codes.get(insurer_id, 'IN')}{month}",
                             received_on=clock.local(last).date(), amount=sum((a for _, a, _ in items), ZERO),
                             recorded_at=last, recorded_by="", note="", created_at=last, updated_at=last))
        for job_id, amount, _ in items:
            payment_lines.append(dict(id=len(payment_lines) + 1, payment_id=pid, job_id=job_id, amount=amount,
                                      created_at=last, updated_at=last))
    compensations, near = _sanbao(ctx, rng)
    moved = _day_five(ctx)
    with db.write() as s:
        for model, rows in ((Insurer, insurers), (InsuranceJob, jobs), (InsuranceSupplement, supplements),
                            (InsurancePayment, payments), (InsurancePaymentLine, payment_lines),
                            (SanbaoCompensation, compensations)):
            for i in range(0, len(rows), BATCH):
                s.execute(insert(model), rows[i:i + BATCH])
        for card_id, old, new in moved:
            card = s.execute(select(JobCard.vehicle_id, JobCard.mileage_in).where(JobCard.id == card_id)).one()
            s.execute(update(OdometerReading).where(OdometerReading.vehicle_id == card.vehicle_id,
                                                    OdometerReading.read_at == old)
                      .values(read_at=new))
            s.execute(update(JobCard).where(JobCard.id == card_id).values(opened_at=new))
        for claim_id, system, code, serious in near:
            s.execute(update(WarrantyClaim).where(WarrantyClaim.id == claim_id)
                      .values(system=system, fault_code=code, serious_safety=serious))
        if db.engine.dialect.name == "postgresql":
            for model in (Insurer, InsuranceJob, InsuranceSupplement, InsurancePayment, InsurancePaymentLine,
                          SanbaoCompensation):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             func.coalesce(select(func.max(model.id)).scalar_subquery(), 1))))
    if progress:
        progress("insurance", len(jobs), len(jobs))
    paid_jobs = sum(1 for j in jobs if j["paid_amount"] > 0)
    return [f"insurance: {len(jobs)} insurance jobs (" + ", ".join(f"{k} {v}" for k, v in sorted(made.items()))
            + f", {paid_jobs} paid or partly paid), {len(payments)} insurer payments, {len(supplements)} supplements",
            f"三包: {len(near)} claims set to one problem per car, {len(moved)} cars in their 5th repair day, "
            f"{len(compensations)} loan cars"]


def _day_five(ctx, limit: int = 2) -> list[tuple]:
    """Up to ``limit`` warranty cars still in the workshop put in their 5th repair day (the 6th brings the
    loan car), when nothing else happened to the car in between: (card id, old opened_at, new opened_at)."""
    now = ctx.clock.now()
    new = now - timedelta(days=4, hours=20)
    with ctx.db.read() as s:
        rows = s.execute(
            select(JobCard.id, JobCard.vehicle_id, JobCard.opened_at, Vehicle.created_at, Vehicle.purchase_date)
            .join(Vehicle, Vehicle.id == JobCard.vehicle_id)
            .where(JobCard.completed_at.is_(None), JobCard.status.not_in(("cancelled", "estimate")),
                   JobCard.payers.like("%,warranty,%"), JobCard.opened_at > new, Vehicle.created_at < new,
                   Vehicle.purchase_date.is_not(None))
            .order_by(JobCard.opened_at.desc(), JobCard.id)).all()
        out = []
        for r in rows:
            busy = s.scalar(select(func.count()).select_from(JobCard).where(
                JobCard.vehicle_id == r.vehicle_id, JobCard.id != r.id, JobCard.opened_at >= new))
            readings = s.scalar(select(func.count()).select_from(OdometerReading).where(
                OdometerReading.vehicle_id == r.vehicle_id, OdometerReading.read_at >= new,
                OdometerReading.read_at != r.opened_at))
            if not busy and not readings and ctx.clock.local(new).date() >= r.purchase_date:
                out.append((r.id, r.opened_at, new))
            if len(out) == limit:
                break
    return out


def _sanbao(ctx, rng) -> tuple[list[dict], list[tuple]]:
    """Loan cars for the long warranty repairs; the cars with the most appraised claims one step short."""
    db, clock = ctx.db, ctx.clock
    now = clock.now()
    with db.read() as s:
        cards = s.execute(
            select(JobCard.id, JobCard.number, JobCard.vehicle_id, JobCard.opened_at, JobCard.completed_at,
                   Vehicle.purchase_date, Vehicle.delivery_date, Vehicle.sanbao_months)
            .join(Vehicle, Vehicle.id == JobCard.vehicle_id)
            .where(JobCard.status.not_in(("cancelled", "estimate")), JobCard.payers.like("%,warranty,%"))
            .order_by(JobCard.opened_at, JobCard.id)).all()
        claims = s.execute(select(WarrantyClaim.id, WarrantyClaim.vehicle_id, WarrantyClaim.system,
                                  WarrantyClaim.fault_code)
                           .where(WarrantyClaim.appraised_at.is_not(None))
                           .order_by(WarrantyClaim.repair_opened_at, WarrantyClaim.id)).all()
    compensations = []
    for c in cards:
        end = c.completed_at or now
        if end - c.opened_at > timedelta(days=5):
            first = clock.local(c.opened_at + timedelta(days=5)).date()
            last = max(first, clock.local(end).date())
            at = min(c.opened_at + timedelta(days=5, hours=1), now)
            compensations.append(dict(id=len(compensations) + 1, vehicle_id=c.vehicle_id, job_card_id=c.id,
                                      job_card_number=c.number, kind="loan_car", start_on=first, end_on=last,
                                      amount=ZERO, note="备用车", recorded_at=at, recorded_by="",
                                      created_at=at, updated_at=at))
    if not compensations and cards:
        # no warranty repair ran past 5 days (a small demo): the longest one still had the customer lent a car
        # while it waited for its parts, from its second day on, as a station does when the customer asks
        c = max(cards, key=lambda c: ((c.completed_at or now) - c.opened_at, c.id))
        first = clock.local(c.opened_at).date() + timedelta(days=1)
        last = max(first, clock.local(c.completed_at or now).date())
        at = min(c.opened_at + timedelta(days=1, hours=1), now)
        compensations.append(dict(id=1, vehicle_id=c.vehicle_id, job_card_id=c.id, job_card_number=c.number,
                                  kind="loan_car", start_on=first, end_on=last, amount=ZERO,
                                  note="备用车（等待配件期间，客户要求）", recorded_at=at, recorded_by="",
                                  created_at=at, updated_at=at))
    per_vehicle: dict[int, list] = defaultdict(list)
    for cl in claims:
        per_vehicle[cl.vehicle_id].append(cl)
    busiest = sorted((v for v, rows in per_vehicle.items() if len(rows) >= 2),
                     key=lambda v: (-len(per_vehicle[v]), v))[:3]
    near = []
    for n, vid in enumerate(busiest):
        rows = per_vehicle[vid][:4]  # four repairs of one problem: the fifth would reach the threshold
        system, code = rows[0].system or "engine", rows[0].fault_code or "P0217"
        for i, cl in enumerate(rows):
            near.append((cl.id, system, code, n == 0 and i == 0))  # one serious safety repair: one short of two
    return compensations, near
