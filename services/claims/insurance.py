"""Insurance jobs (定损理赔): an accident repair the insurer pays for, from the report to the insurer's money::

    register (insurer, 报案号, loss adjuster) ──▶ reported ──assess──▶ assessed ──(card settled)──▶ settled
          supplements (追加定损) while in repair ┘                 payments from the insurer ─▶ partly_paid ─▶ paid

The job follows its job card: the repair's amount is the card's (the live statement's once settled), and
what the insurer owes is the insurer payer's subtotal of the card's live statement (settlement shows the
customer's share at the till and the insurer's share as an insurer direct payment). Payments received from
an insurer are reconciled against its jobs, each at most what is still open on the job.

A card has at most one insurance job (``job_card_id`` unique); a report number is unique per insurer; a
remittance reference is unique per insurer (all in the database, so a second PC cannot do a step twice).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.claims import (
    InsuranceJob,
    InsurancePayment,
    InsurancePaymentLine,
    InsuranceSupplement,
    Insurer,
)
from app.db.models.job_cards import JobCard
from app.db.models.settlement import Statement, StatementLine
from services.claims.insurance_data import (
    AGE_BUCKETS,
    ZERO,
    AccidentCard,
    InsuranceJobInfo,
    InsurancePaymentInfo,
    InsurancePaymentPart,
    InsurerInfo,
    InsurerReceivable,
    ReceivablesReport,
    SupplementInfo,
    age_bucket,
)
from services.common.amounts import read_money
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


def clean(value: str | None) -> str:
    return (value or "").strip()


def _amount(value, field: str, negative_text: str, *, zero: bool = True) -> Decimal:
    """An amount the desk typed; a negative one is refused with ``negative_text`` (naming what it is)."""
    d = read_money(value, field=field, negative=True, zero=zero)
    if d < 0:
        raise ValidationError(negative_text, field=field, value=f"{d:,.2f}")
    return d


NEGATIVE = {
    "assessed": QT_TRANSLATE_NOOP("ServiceError", "The assessed amount cannot be negative ({value})."),
    "deductible": QT_TRANSLATE_NOOP("ServiceError", "The deductible cannot be negative ({value})."),
    "supplement": QT_TRANSLATE_NOOP("ServiceError", "A supplementary assessment cannot be negative ({value}): "
                                                    "correct the assessment instead."),
    "payment": QT_TRANSLATE_NOOP("ServiceError", "A payment from an insurer cannot be negative ({value})."),
}


class InsuranceDesk:
    """The insurance clerk's steps and lists."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    # ---- insurers -----------------------------------------------------------------------------
    def insurers(self, actor: Actor, *, active_only: bool = False) -> list[InsurerInfo]:
        actor.require(Permission.VIEW_INSURANCE)
        q = select(Insurer).order_by(Insurer.name)
        if active_only:
            q = q.where(Insurer.active.is_(True))
        with self.db.read() as s:
            return [InsurerInfo(i.id, i.name, i.phone, i.active) for i in s.scalars(q)]

    def add_insurer(self, actor: Actor, name: str, phone: str = "") -> InsurerInfo:
        actor.require(Permission.EDIT_INSURANCE)
        name = clean(name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the insurer's name."), field="name")
        if len(name) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An insurer's name has at most 64 characters."),
                                  field="name")
        with self.db.write() as s:
            if s.scalar(select(Insurer.id).where(Insurer.name == name)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Insurer {name} is on the list already."),
                                      field="name", name=name)
            i = Insurer(name=name, phone=clean(phone)[:32], active=True)
            s.add(i)
            s.flush()
            self.audit.record(s, actor, "insurance.add_insurer", "insurer", name)
            return InsurerInfo(i.id, i.name, i.phone, i.active)

    # ---- reading ------------------------------------------------------------------------------
    def _infos(self, s: Session, jobs: list[InsuranceJob], *, full: bool = False) -> list[InsuranceJobInfo]:
        if not jobs:
            return []
        card_ids = [j.job_card_id for j in jobs]
        names = {i: n for i, n in s.execute(select(Insurer.id, Insurer.name)
                                            .where(Insurer.id.in_({j.insurer_id for j in jobs})))}
        cards = {i: (st, total) for i, st, total in s.execute(
            select(JobCard.id, JobCard.status, JobCard.total_amount).where(JobCard.id.in_(card_ids)))}
        live = {r.live_card_id: r for r in s.execute(
            select(Statement.id, Statement.live_card_id, Statement.number, Statement.issued_at, Statement.total)
            .where(Statement.live_card_id.in_(card_ids)))}
        shares: dict[tuple[int, str], Decimal] = {}
        if live:
            for sid, payer, amount in s.execute(
                    select(StatementLine.statement_id, StatementLine.payer, func.sum(StatementLine.amount))
                    .where(StatementLine.statement_id.in_([r.id for r in live.values()]))
                    .group_by(StatementLine.statement_id, StatementLine.payer)):
                shares[(sid, payer)] = amount or ZERO
        supplements: dict[int, list[SupplementInfo]] = defaultdict(list)
        payments: dict[int, list[InsurancePaymentPart]] = defaultdict(list)
        if full:
            ids = [j.id for j in jobs]
            for x in s.scalars(select(InsuranceSupplement).where(InsuranceSupplement.job_id.in_(ids))
                               .order_by(InsuranceSupplement.assessed_on, InsuranceSupplement.id)):
                supplements[x.job_id].append(SupplementInfo(x.id, x.assessed_on, x.amount, x.reason, x.recorded_by))
            for job_id, ref, day, amount in s.execute(
                    select(InsurancePaymentLine.job_id, InsurancePayment.reference, InsurancePayment.received_on,
                           InsurancePaymentLine.amount)
                    .join(InsurancePayment, InsurancePayment.id == InsurancePaymentLine.payment_id)
                    .where(InsurancePaymentLine.job_id.in_(ids))
                    .order_by(InsurancePayment.received_on, InsurancePayment.id)):
                payments[job_id].append(InsurancePaymentPart(ref, day, amount))
        today = self.clock.today()
        out = []
        for j in jobs:
            card_status, card_total = cards.get(j.job_card_id, ("", ZERO))
            st = live.get(j.job_card_id)
            owed = shares.get((st.id, "insurer"), ZERO) if st else ZERO
            customer = shares.get((st.id, "customer"), ZERO) if st else ZERO
            repair = st.total if st else (card_total or ZERO)
            if j.assessed_amount is None:
                status = "reported"
            elif st is None:
                status = "assessed"
            elif j.paid_amount >= owed:
                status = "paid"
            elif j.paid_amount > 0:
                status = "partly_paid"
            else:
                status = "settled"
            age = (today - self.clock.local(st.issued_at).date()).days if st is not None else None
            out.append(InsuranceJobInfo(
                j.id, j.job_card_id, j.job_card_number, card_status, j.vehicle_id, j.plate, j.vin, j.customer_name,
                j.insurer_id, names.get(j.insurer_id, ""), j.report_number, j.adjuster_name, j.adjuster_phone,
                j.accident_date, j.assessed_amount, j.assessed_on, j.supplements_amount, j.deductible, repair,
                st.number if st else None, st.issued_at if st else None, owed, customer, j.paid_amount, status, age,
                j.opened_at, j.note, j.version, tuple(supplements.get(j.id, ())), tuple(payments.get(j.id, ()))))
        return out

    def job(self, actor: Actor, job_id: int) -> InsuranceJobInfo:
        actor.require(Permission.VIEW_INSURANCE)
        with self.db.read() as s:
            j = s.get(InsuranceJob, job_id)
            if j is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such insurance job."))
            return self._infos(s, [j], full=True)[0]

    def jobs(self, actor: Actor, *, statuses: tuple[str, ...] | None = None, insurer_id: int | None = None,
             text: str = "", limit: int = 500) -> list[InsuranceJobInfo]:
        """Insurance jobs, newest first; ``text`` finds a report or card number, a plate or a customer."""
        actor.require(Permission.VIEW_INSURANCE)
        q = select(InsuranceJob)
        if insurer_id is not None:
            q = q.where(InsuranceJob.insurer_id == insurer_id)
        t = clean(text)
        if t:
            like = f"%{t.upper()}%"
            q = q.where(or_(InsuranceJob.report_number.like(like), InsuranceJob.job_card_number.like(like),
                            InsuranceJob.plate.like(like), InsuranceJob.customer_name.like(f"%{t}%")))
        if statuses and set(statuses) <= {"settled", "partly_paid", "paid"}:
            q = q.where(InsuranceJob.job_card_id.in_(select(Statement.live_card_id)))
        with self.db.read() as s:
            if statuses and "paid" not in statuses:  # the open ones: older jobs are nearly all paid, skip them
                q = q.where(or_(InsuranceJob.assessed_amount.is_(None),
                                InsuranceJob.job_card_id.not_in(
                                    select(Statement.live_card_id).where(Statement.live_card_id.is_not(None))),
                                InsuranceJob.paid_amount < _insurer_share(InsuranceJob.job_card_id)))
            rows = s.scalars(q.order_by(InsuranceJob.opened_at.desc(), InsuranceJob.id.desc()).limit(limit)).all()
            infos = self._infos(s, list(rows))
        return [i for i in infos if not statuses or i.status in statuses]

    def accident_cards(self, actor: Actor, *, limit: int = 300) -> list[AccidentCard]:
        """Job cards of job type accident or with an insurer's line, with no insurance job yet, newest first."""
        actor.require(Permission.VIEW_INSURANCE)
        q = (select(JobCard.id, JobCard.number, JobCard.status, JobCard.plate, JobCard.customer_name,
                    JobCard.opened_at, JobCard.insurer, JobCard.claim_number, JobCard.assessed_amount,
                    JobCard.total_amount)
             .outerjoin(InsuranceJob, InsuranceJob.job_card_id == JobCard.id)
             .where(InsuranceJob.id.is_(None), JobCard.status.not_in(("cancelled", "estimate")),
                    or_(JobCard.job_type == "accident", JobCard.payers.like("%,insurer,%")))
             .order_by(JobCard.opened_at.desc(), JobCard.id.desc()).limit(limit))
        with self.db.read() as s:
            return [AccidentCard(*r[:9], r[9] or ZERO) for r in s.execute(q)]

    # ---- steps --------------------------------------------------------------------------------
    def _get(self, s: Session, job_id: int, version: int | None) -> InsuranceJob:
        j = s.get(InsuranceJob, job_id, with_for_update=True)
        if j is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such insurance job."))
        if version is not None and j.version != version:
            raise conflict_error(j)
        return j

    def _settled(self, s: Session, j: InsuranceJob) -> bool:
        return s.scalar(select(Statement.id).where(Statement.live_card_id == j.job_card_id)) is not None

    def register(self, actor: Actor, job_card_id: int, insurer_id: int, report_number: str, *,
                 adjuster_name: str = "", adjuster_phone: str = "", accident_date: date | None = None,
                 note: str = "") -> InsuranceJobInfo:
        """The insurance job of an accident card: the insurer, its report number (报案号), the loss adjuster."""
        actor.require(Permission.EDIT_INSURANCE)
        ref = clean(report_number).upper()
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the insurer's report number (报案号)."),
                                  field="report_number")
        if len(ref) > 40:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A report number has at most 40 characters."),
                                  field="report_number")
        if accident_date is not None and accident_date > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The accident date {day} is in the future."),
                                  field="accident_date", day=accident_date.isoformat())
        with self.db.write() as s:
            card = s.get(JobCard, job_card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            insurer = s.get(Insurer, insurer_id)
            if insurer is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the insurer."), field="insurer")
            if card.status in ("cancelled", "estimate"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} is {status}: an insurance "
                                                                        "job is opened for a car we repair."),
                                      card=card.number, status=card.status)
            existing = s.scalar(select(InsuranceJob.report_number).where(InsuranceJob.job_card_id == card.id))
            if existing is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} is insurance job {ref} "
                                                                        "already."), card=card.number, ref=existing)
            other = s.scalar(select(InsuranceJob.job_card_number).where(InsuranceJob.insurer_id == insurer.id,
                                                                        InsuranceJob.report_number == ref))
            if other is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{insurer} report number {ref} is recorded "
                                                                        "already, on job card {card}."),
                                      field="report_number", insurer=insurer.name, ref=ref, card=other)
            j = InsuranceJob(job_card_id=card.id, job_card_number=card.number, vehicle_id=card.vehicle_id,
                             plate=card.plate, vin=card.vin, customer_name=card.customer_name, insurer_id=insurer.id,
                             report_number=ref, adjuster_name=clean(adjuster_name)[:64],
                             adjuster_phone=clean(adjuster_phone)[:32], accident_date=accident_date,
                             opened_at=self.clock.now(), opened_by=actor.username, note=clean(note)[:255],
                             updated_by=actor.username)
            s.add(j)
            s.flush()
            self.audit.record(s, actor, "insurance.register", "insurance_job", ref, f"{insurer.name} {card.number}")
            return self._infos(s, [j], full=True)[0]

    def assess(self, actor: Actor, job_id: int, version: int, amount, deductible="0", *,
               assessed_on: date | None = None, adjuster_name: str | None = None,
               adjuster_phone: str | None = None) -> InsuranceJobInfo:
        """The loss adjuster's assessment (定损金额) and the customer's deductible; changed until settlement."""
        actor.require(Permission.EDIT_INSURANCE)
        value = _amount(amount, "assessed_amount", NEGATIVE["assessed"])
        own = _amount(deductible if deductible not in (None, "") else "0", "deductible", NEGATIVE["deductible"])
        day = assessed_on or self.clock.today()
        if day > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The assessment date {day} is in the future."),
                                  field="assessed_on", day=day.isoformat())
        with self.db.write() as s:
            j = self._get(s, job_id, version)
            if self._settled(s, j):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} is settled: its assessment "
                                                                        "can no longer change."),
                                      card=j.job_card_number)
            if own > value + j.supplements_amount:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The deductible {deductible} is more than "
                                                                        "the assessed {assessed}."),
                                      field="deductible", deductible=f"{own:,.2f}",
                                      assessed=f"{value + j.supplements_amount:,.2f}")
            before = j.assessed_amount
            j.assessed_amount, j.deductible, j.assessed_on = value, own, day
            if adjuster_name is not None:
                j.adjuster_name = clean(adjuster_name)[:64]
            if adjuster_phone is not None:
                j.adjuster_phone = clean(adjuster_phone)[:32]
            j.updated_by = actor.username
            self.audit.record(s, actor, "insurance.assess", "insurance_job", j.report_number,
                              f"{before} → {value}, deductible {own}", amount=value)
            s.flush()
            return self._infos(s, [j], full=True)[0]

    def supplement(self, actor: Actor, job_id: int, version: int, amount, reason: str, *,
                   assessed_on: date | None = None) -> InsuranceJobInfo:
        """A supplementary assessment (追加定损): hidden damage the adjuster agreed to add."""
        actor.require(Permission.EDIT_INSURANCE)
        value = _amount(amount, "amount", NEGATIVE["supplement"], zero=False)
        why = clean(reason)
        if not why:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write why the adjuster added to the "
                                                                    "assessment."), field="reason")
        day = assessed_on or self.clock.today()
        if day > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The assessment date {day} is in the future."),
                                  field="assessed_on", day=day.isoformat())
        with self.db.write() as s:
            j = self._get(s, job_id, version)
            if j.assessed_amount is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Record the adjuster's first assessment "
                                                                        "before a supplementary one."))
            if self._settled(s, j):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} is settled: its assessment "
                                                                        "can no longer change."),
                                      card=j.job_card_number)
            s.add(InsuranceSupplement(job_id=j.id, assessed_on=day, amount=value, reason=why[:255],
                                      recorded_at=self.clock.now(), recorded_by=actor.username))
            j.supplements_amount = j.supplements_amount + value
            j.updated_by = actor.username
            self.audit.record(s, actor, "insurance.supplement", "insurance_job", j.report_number, why[:100],
                              amount=value)
            s.flush()
            return self._infos(s, [j], full=True)[0]

    def record_payment(self, actor: Actor, insurer_id: int, reference: str, received_on: date, allocations,
                       note: str = "") -> InsurancePaymentInfo:
        """Money from an insurer, reconciled against the jobs it pays (each at most what is still open)."""
        actor.require(Permission.EDIT_INSURANCE)
        ref = clean(reference).upper()
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the remittance reference of the payment."),
                                  field="reference")
        allocations = list(allocations)
        if not allocations:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the insurance jobs this payment pays."))
        if len({jid for jid, _ in allocations}) != len(allocations):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An insurance job appears twice in one payment."))
        if received_on > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The payment date {day} is in the future."),
                                  field="received_on", day=received_on.isoformat())
        amounts = [(jid, _amount(a, "amount", NEGATIVE["payment"], zero=False)) for jid, a in allocations]
        with self.db.write() as s:
            insurer = s.get(Insurer, insurer_id)
            if insurer is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the insurer."), field="insurer")
            if s.scalar(select(InsurancePayment.id).where(InsurancePayment.insurer_id == insurer.id,
                                                          InsurancePayment.reference == ref)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{insurer} payment {ref} has already been "
                                                                        "recorded."), insurer=insurer.name, ref=ref)
            total = sum((a for _, a in amounts), ZERO)
            payment = InsurancePayment(insurer_id=insurer.id, reference=ref, received_on=received_on, amount=total,
                                       recorded_at=self.clock.now(), recorded_by=actor.username,
                                       note=clean(note)[:255])
            s.add(payment)
            s.flush()
            done = []
            for jid, amount in amounts:
                j = self._get(s, jid, None)
                if j.insurer_id != insurer.id:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Insurance job {ref} is not {insurer}'s."),
                                          ref=j.report_number, insurer=insurer.name)
                info = self._infos(s, [j])[0]
                if info.statement_number is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} is not settled yet: the "
                                                                            "insurer owes nothing on {ref} until "
                                                                            "then."),
                                          card=j.job_card_number, ref=j.report_number)
                if amount > info.open:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{amount} for report {ref} is more than "
                                                                            "the {owed} the insurer still owes on "
                                                                            "it."),
                                          field="amount", amount=f"{amount:,.2f}", ref=j.report_number,
                                          owed=f"{info.open:,.2f}")
                s.add(InsurancePaymentLine(payment_id=payment.id, job_id=j.id, amount=amount))
                j.paid_amount = j.paid_amount + amount
                j.updated_by = actor.username
                done.append((j.report_number, amount))
            self.audit.record(s, actor, "insurance.payment", "insurance_payment", ref,
                              f"{insurer.name}: {len(done)} jobs", amount=total)
            return InsurancePaymentInfo(payment.id, insurer.name, ref, received_on, total, tuple(done))

    # ---- receivables --------------------------------------------------------------------------
    def receivables(self, actor: Actor) -> ReceivablesReport:
        """What each insurer owes on settled jobs, with the open amounts by age since the statement."""
        actor.require(Permission.VIEW_INSURANCE)
        with self.db.read() as s:
            jobs = s.scalars(
                select(InsuranceJob)
                .where(InsuranceJob.job_card_id.in_(select(Statement.live_card_id)
                                                    .where(Statement.live_card_id.is_not(None))),
                       InsuranceJob.paid_amount < _insurer_share(InsuranceJob.job_card_id))
                .order_by(InsuranceJob.opened_at, InsuranceJob.id)).all()
            rows = [i for i in self._infos(s, list(jobs)) if i.open > 0]
        rows.sort(key=lambda i: (i.settled_at, i.id))
        n = len(AGE_BUCKETS)
        per: dict[int, dict] = {}
        for r in rows:
            p = per.setdefault(r.insurer_id, {"name": r.insurer, "jobs": 0, "owed": ZERO, "paid": ZERO,
                                              "buckets": [ZERO] * n, "oldest": 0})
            p["jobs"] += 1
            p["owed"] += r.insurer_owed
            p["paid"] += r.paid
            p["buckets"][age_bucket(r.age_days or 0)] += r.open
            p["oldest"] = max(p["oldest"], r.age_days or 0)
        insurers = tuple(sorted((InsurerReceivable(iid, p["name"], p["jobs"], p["owed"], p["paid"],
                                                   p["owed"] - p["paid"], tuple(p["buckets"]), p["oldest"])
                                 for iid, p in per.items()), key=lambda x: (-x.open, x.insurer)))
        totals = tuple(sum((x.buckets[i] for x in insurers), ZERO) for i in range(n))
        return ReceivablesReport(self.clock.today(), insurers, tuple(rows), sum(totals, ZERO), totals)


def _insurer_share(card_id_column):
    """The insurer's subtotal of a card's live statement, as a correlated scalar (0 when none)."""
    return (select(func.coalesce(func.sum(StatementLine.amount), 0))
            .join(Statement, Statement.id == StatementLine.statement_id)
            .where(Statement.live_card_id == card_id_column, StatementLine.payer == "insurer")
            .scalar_subquery())
