"""A warranty claim's life (索赔): made from the warranty lines of a finished job card, appraised by
the technical supervisor (索赔鉴定), exported for the manufacturer and its claim number recorded,
decided, and paid::

    draft ──(appraisal, export)── submit ──▶ submitted ──decide──▶ approved ─────┐
                                                        ├──────▶ partly_approved ─┼─ payments ─▶ paid
                                                        └──────▶ rejected        ─┘

Every step is one transaction and one history row (``ClaimEvent``). A card has at most one claim,
a manufacturer's claim number one claim, a remittance reference one payment (all unique in the
database, so a double press or a second PC cannot do a step twice).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.claims import (
    ClaimEvent,
    ClaimLine,
    ClaimPayment,
    ClaimPaymentLine,
    ClaimPhoto,
    WarrantyClaim,
)
from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard, JobLine
from services.claims.data import (
    OPEN_STATUSES,
    REPLACEMENTS,
    SYSTEMS,
    ClaimEventInfo,
    ClaimInfo,
    ClaimLineInfo,
    ClaimPhotoInfo,
    OpenClaimsReport,
    PaymentInfo,
    WarrantyCard,
)
from services.common.amounts import read_money
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.station.numbering import next_number
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

ZERO = Decimal("0.00")
WARRANTY = "warranty"


def clean(value: str | None) -> str:
    return (value or "").strip()


class Claims:
    """The claim's steps and the lists the warranty clerk works from."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    # ---- reading ------------------------------------------------------------------------------
    def _info(self, s: Session, c: WarrantyClaim, *, full: bool = True) -> ClaimInfo:
        lines: tuple[ClaimLineInfo, ...] = ()
        events: tuple[ClaimEventInfo, ...] = ()
        photos: tuple[ClaimPhotoInfo, ...] = ()
        if full:
            photos = tuple(ClaimPhotoInfo(p.id, p.claim_id, p.file_name, p.mime, p.size, p.width, p.height, p.caption,
                                          p.added_at, p.added_by)
                           for p in s.scalars(select(ClaimPhoto).where(ClaimPhoto.claim_id == c.id)
                                              .order_by(ClaimPhoto.added_at, ClaimPhoto.id)))
            lines = tuple(ClaimLineInfo(ln.id, ln.kind, ln.code, ln.name, ln.qty, ln.price, ln.amount, ln.tag,
                                        ln.old_part_status, ln.return_reference)
                          for ln in s.scalars(select(ClaimLine).where(ClaimLine.claim_id == c.id)
                                              .order_by(ClaimLine.position, ClaimLine.id)))
            events = tuple(ClaimEventInfo(e.at, e.action, e.from_status, e.to_status, e.username, e.note)
                           for e in s.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == c.id)
                                              .order_by(ClaimEvent.at, ClaimEvent.id)))
        age = (self.clock.today() - self.clock.local(c.opened_at).date()).days
        return ClaimInfo(c.id, c.number, c.job_card_id, c.job_card_number, c.vehicle_id, c.vin, c.plate,
                         c.vehicle_desc, c.customer_name, c.mileage, c.repair_opened_at, c.repair_completed_at,
                         c.customer_words, c.status, c.opened_at, c.labour_amount, c.parts_amount, c.other_amount,
                         c.claimed_amount, c.approved_amount, c.paid_amount, c.system, c.fault_code, c.cause,
                         c.serious_safety, c.replacement, c.appraised_by, c.appraised_at, c.exported_at,
                         c.manufacturer_number, c.submitted_at, c.decision_note, c.version, age, lines, events,
                         c.purchase_date, photos)

    def claim(self, actor: Actor, claim_id: int) -> ClaimInfo:
        actor.require(Permission.VIEW_CLAIMS)
        with self.db.read() as s:
            c = s.get(WarrantyClaim, claim_id)
            if c is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such warranty claim."))
            return self._info(s, c)

    def claims(self, actor: Actor, *, statuses: tuple[str, ...] | None = None, text: str = "",
               limit: int = 500) -> list[ClaimInfo]:
        """Claims, newest first; ``text`` finds a claim, card or manufacturer number, a plate or a VIN's tail."""
        actor.require(Permission.VIEW_CLAIMS)
        q = select(WarrantyClaim)
        if statuses:
            q = q.where(WarrantyClaim.status.in_(statuses))
        t = clean(text).upper()
        if t:
            like = f"%{t}%"
            q = q.where(or_(WarrantyClaim.number.like(like), WarrantyClaim.job_card_number.like(like),
                            WarrantyClaim.manufacturer_number.like(like), WarrantyClaim.plate.like(like),
                            WarrantyClaim.vin.like(like)))
        with self.db.read() as s:
            rows = s.scalars(q.order_by(WarrantyClaim.opened_at.desc(), WarrantyClaim.id.desc()).limit(limit)).all()
            return [self._info(s, c, full=False) for c in rows]

    def warranty_cards(self, actor: Actor, *, limit: int = 300) -> list[WarrantyCard]:
        """Finished job cards with warranty lines and no claim yet, oldest first."""
        actor.require(Permission.VIEW_CLAIMS)
        amount = func.sum(JobLine.amount)
        q = (select(JobCard.id, JobCard.number, JobCard.status, JobCard.plate, JobCard.vin, JobCard.customer_name,
                    JobCard.opened_at, JobCard.completed_at, amount, func.count(JobLine.id))
             .join(JobLine, JobLine.job_card_id == JobCard.id)
             .outerjoin(WarrantyClaim, WarrantyClaim.job_card_id == JobCard.id)
             .where(JobLine.payer == WARRANTY, WarrantyClaim.id.is_(None), JobCard.status != "cancelled",
                    JobCard.completed_at.is_not(None))
             .group_by(JobCard.id, JobCard.number, JobCard.status, JobCard.plate, JobCard.vin,
                       JobCard.customer_name, JobCard.opened_at, JobCard.completed_at)
             .order_by(JobCard.completed_at, JobCard.id).limit(limit))
        with self.db.read() as s:
            return [WarrantyCard(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or ZERO, r[9])
                    for r in s.execute(q)]

    # ---- steps --------------------------------------------------------------------------------
    def _get(self, s: Session, claim_id: int, version: int | None) -> WarrantyClaim:
        c = s.get(WarrantyClaim, claim_id, with_for_update=True)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such warranty claim."))
        if version is not None and c.version != version:
            raise conflict_error(c)
        return c

    def _event(self, s: Session, c: WarrantyClaim, actor: Actor, action: str, before: str | None,
               note: str = "") -> None:
        s.add(ClaimEvent(claim_id=c.id, at=self.clock.now(), action=action, from_status=before, to_status=c.status,
                         username=actor.username, note=note[:255]))
        c.updated_by = actor.username

    def create(self, actor: Actor, job_card_id: int) -> ClaimInfo:
        """The claim made from the card's warranty lines; each replaced part gets its old-part tag."""
        actor.require(Permission.EDIT_CLAIMS)
        with self.db.write() as s:
            card = s.get(JobCard, job_card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            existing = s.scalar(select(WarrantyClaim.number).where(WarrantyClaim.job_card_id == card.id))
            if existing:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} already has warranty claim "
                                                                        "{number}."), card=card.number,
                                      number=existing)
            if card.status == "cancelled" or card.completed_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} has not passed its final "
                                                                        "inspection: claim the work once it is "
                                                                        "done."), card=card.number)
            lines = s.scalars(select(JobLine).where(JobLine.job_card_id == card.id, JobLine.payer == WARRANTY)
                              .order_by(JobLine.position, JobLine.id)).all()
            if not lines:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {card} has no line paid by the "
                                                                        "manufacturer's warranty."), card=card.number)
            vehicle = s.get(Vehicle, card.vehicle_id)
            now = self.clock.now()
            number = next_number(s, "claim", self.clock.today())
            sums = {"labour": ZERO, "part": ZERO, "other": ZERO}
            for ln in lines:
                sums[ln.kind] = sums.get(ln.kind, ZERO) + ln.amount
            c = WarrantyClaim(number=number, job_card_id=card.id, job_card_number=card.number,
                              vehicle_id=card.vehicle_id, vin=card.vin, plate=card.plate,
                              vehicle_desc=card.vehicle_desc, customer_name=card.customer_name,
                              mileage=card.mileage_in,
                              purchase_date=(vehicle.purchase_date or vehicle.delivery_date) if vehicle else None,
                              repair_opened_at=card.opened_at, repair_completed_at=card.completed_at,
                              customer_words=card.customer_words, status="draft", opened_at=now,
                              opened_by=actor.username, labour_amount=sums["labour"], parts_amount=sums["part"],
                              other_amount=sums["other"], claimed_amount=sum(sums.values(), ZERO),
                              updated_by=actor.username)
            s.add(c)
            s.flush()
            n_part = 0
            for i, ln in enumerate(lines, start=1):
                tag = None
                if ln.kind == "part":
                    n_part += 1
                    tag = f"{number}-{n_part:02d}"
                s.add(ClaimLine(claim_id=c.id, job_line_id=ln.id, position=i, kind=ln.kind, code=ln.code,
                                name=ln.name, qty=ln.qty, price=ln.price, amount=ln.amount, tag=tag,
                                old_part_status="kept" if tag else None))
            self._event(s, c, actor, "created", None, card.number)
            self.audit.record(s, actor, "claims.create", "warranty_claim", number, card.number,
                              amount=c.claimed_amount)
            s.flush()
            return self._info(s, c)

    def appraise(self, actor: Actor, claim_id: int, version: int, *, system: str, fault_code: str, cause: str,
                 serious_safety: bool = False, replacement: str = "") -> ClaimInfo:
        """The technical supervisor's appraisal (索赔鉴定): the system, the fault code, the cause."""
        actor.require(Permission.APPRAISE_CLAIMS)
        if system not in SYSTEMS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the system at fault."), field="system")
        if replacement not in REPLACEMENTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose what was replaced."), field="replacement")
        code = clean(fault_code).upper()
        if not code:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the manufacturer's fault code."),
                                  field="fault_code")
        if len(code) > 32:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A fault code has at most 32 characters."),
                                  field="fault_code")
        if not clean(cause):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write the cause of the failure."), field="cause")
        with self.db.write() as s:
            c = self._get(s, claim_id, version)
            if c.status != "draft":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has been submitted; its "
                                                                        "appraisal can no longer change."),
                                      number=c.number)
            c.system, c.fault_code, c.cause = system, code, clean(cause)
            c.serious_safety, c.replacement = bool(serious_safety), replacement
            c.appraised_by, c.appraised_at = actor.display_name, self.clock.now()
            self._event(s, c, actor, "appraised", c.status, f"{system} {code}")
            self.audit.record(s, actor, "claims.appraise", "warranty_claim", c.number, f"{system} {code}")
            s.flush()
            return self._info(s, c)

    def for_export(self, actor: Actor, claim_ids: list[int]) -> list[ClaimInfo]:
        """The claims of a submission workbook (appraised drafts); marks them exported."""
        actor.require(Permission.EDIT_CLAIMS)
        if not claim_ids:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the claims to submit."))
        with self.db.write() as s:
            out = []
            for cid in claim_ids:
                c = self._get(s, cid, None)
                if c.status != "draft":
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has already been "
                                                                            "submitted."), number=c.number)
                if c.appraised_at is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has no appraisal yet: "
                                                                            "the technical supervisor appraises it "
                                                                            "first."), number=c.number)
                c.exported_at = self.clock.now()
                c.updated_by = actor.username
                out.append(c)
            s.flush()
            return [self._info(s, c) for c in out]

    def submit(self, actor: Actor, claim_id: int, version: int, manufacturer_number: str) -> ClaimInfo:
        """The manufacturer's claim number, recorded once the claim has been submitted to it."""
        actor.require(Permission.EDIT_CLAIMS)
        ref = clean(manufacturer_number).upper()
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the claim number the manufacturer gave."),
                                  field="manufacturer_number")
        if len(ref) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A claim number has at most 64 characters."),
                                  field="manufacturer_number")
        with self.db.write() as s:
            c = self._get(s, claim_id, version)
            if c.status != "draft":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has already been "
                                                                        "submitted."), number=c.number)
            if c.appraised_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has no appraisal yet: the "
                                                                        "technical supervisor appraises it first."),
                                      number=c.number)
            other = s.scalar(select(WarrantyClaim.number).where(WarrantyClaim.manufacturer_number == ref))
            if other:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The manufacturer's number {ref} is already "
                                                                        "recorded on claim {number}."),
                                      ref=ref, number=other)
            c.manufacturer_number, c.status = ref, "submitted"
            c.submitted_at, c.submitted_by = self.clock.now(), actor.username
            self._event(s, c, actor, "submitted", "draft", ref)
            self.audit.record(s, actor, "claims.submit", "warranty_claim", c.number, ref, amount=c.claimed_amount)
            s.flush()
            return self._info(s, c)

    def decide(self, actor: Actor, claim_id: int, version: int, approved_amount, note: str = "") -> ClaimInfo:
        """The manufacturer's answer: the whole amount (approved), part of it, or nothing (rejected)."""
        actor.require(Permission.EDIT_CLAIMS)
        amount = read_money(approved_amount, field="approved_amount")
        with self.db.write() as s:
            c = self._get(s, claim_id, version)
            if c.status != "submitted":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only a submitted claim gets the "
                                                                        "manufacturer's answer; {number} is {status}."),
                                      number=c.number, status=c.status)
            if amount > c.claimed_amount:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The approved amount {amount} is more than "
                                                                        "the claim's {claimed}."),
                                      field="approved_amount", amount=f"{amount:,.2f}",
                                      claimed=f"{c.claimed_amount:,.2f}")
            if amount == 0 and not clean(note):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write the manufacturer's reason for the "
                                                                        "rejection."), field="note")
            c.approved_amount = amount
            c.status = ("approved" if amount == c.claimed_amount else "rejected" if amount == 0
                        else "partly_approved")
            c.decided_at, c.decision_note = self.clock.now(), clean(note)[:255]
            self._event(s, c, actor, "decided", "submitted", f"{amount} {clean(note)}")
            self.audit.record(s, actor, "claims.decide", "warranty_claim", c.number, c.status, amount=amount)
            s.flush()
            return self._info(s, c)

    def record_payment(self, actor: Actor, reference: str, received_on: date,
                       allocations: list[tuple[int, object]], note: str = "") -> PaymentInfo:
        """Money from the manufacturer, reconciled against the claims it pays (each at most what is owed)."""
        actor.require(Permission.EDIT_CLAIMS)
        ref = clean(reference).upper()
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the remittance reference of the payment."),
                                  field="reference")
        if not allocations:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the claims this payment pays."))
        if len({cid for cid, _ in allocations}) != len(allocations):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A claim appears twice in one payment."))
        amounts = [(cid, read_money(a, field="amount", zero=False)) for cid, a in allocations]
        with self.db.write() as s:
            if s.scalar(select(ClaimPayment.id).where(ClaimPayment.reference == ref)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Payment {ref} has already been recorded."),
                                      ref=ref)
            now = self.clock.now()
            total = sum((a for _, a in amounts), ZERO)
            payment = ClaimPayment(reference=ref, received_on=received_on, amount=total, recorded_at=now,
                                   recorded_by=actor.username, note=clean(note)[:255])
            s.add(payment)
            s.flush()
            done = []
            for cid, amount in amounts:
                c = self._get(s, cid, None)
                if c.status not in ("approved", "partly_approved"):
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} is {status}: only an "
                                                                            "approved claim is paid."),
                                          number=c.number, status=c.status)
                owed = (c.approved_amount or ZERO) - c.paid_amount
                if amount > owed:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{amount} for claim {number} is more "
                                                                            "than the {owed} still owed on it."),
                                          amount=f"{amount:,.2f}", number=c.number, owed=f"{owed:,.2f}")
                s.add(ClaimPaymentLine(payment_id=payment.id, claim_id=c.id, amount=amount))
                c.paid_amount = c.paid_amount + amount
                before = c.status
                if c.paid_amount == c.approved_amount:
                    c.status, c.paid_at = "paid", now
                self._event(s, c, actor, "payment", before, f"{ref} {amount}")
                done.append((c.number, amount))
            self.audit.record(s, actor, "claims.payment", "warranty_payment", ref, f"{len(done)} claims",
                              amount=total)
            return PaymentInfo(payment.id, ref, received_on, total, tuple(done))

    # ---- old parts (旧件回收) -------------------------------------------------------------------------
    def return_old_part(self, actor: Actor, tag: str, reference: str) -> ClaimLineInfo:
        """A tagged old part leaves for the manufacturer in return shipment ``reference`` (scanned by its tag)."""
        actor.require(Permission.EDIT_CLAIMS)
        code, ref = clean(tag).upper(), clean(reference)
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the return shipment's reference."),
                                  field="reference")
        with self.db.write() as s:
            ln = s.scalar(select(ClaimLine).where(ClaimLine.tag == code).with_for_update())
            if ln is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No old part carries tag {tag}."), tag=code)
            if ln.old_part_status == "returned":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Old part {tag} left already, in shipment "
                                                                        "{reference}."), tag=code,
                                      reference=ln.return_reference)
            ln.old_part_status, ln.returned_at, ln.return_reference = "returned", self.clock.now(), ref[:64]
            c = s.get(WarrantyClaim, ln.claim_id)
            self._event(s, c, actor, "old_part_returned", c.status, f"{code} {ref}")
            s.flush()
            return ClaimLineInfo(ln.id, ln.kind, ln.code, ln.name, ln.qty, ln.price, ln.amount, ln.tag,
                                 ln.old_part_status, ln.return_reference)

    # ---- the open claims ----------------------------------------------------------------------
    def open_claims(self, actor: Actor) -> OpenClaimsReport:
        """Every claim the manufacturer has not settled, oldest first, with its age and what is owed."""
        actor.require(Permission.VIEW_CLAIMS)
        with self.db.read() as s:
            rows = s.scalars(select(WarrantyClaim).where(WarrantyClaim.status.in_(OPEN_STATUSES))
                             .order_by(WarrantyClaim.opened_at, WarrantyClaim.id)).all()
            infos = tuple(self._info(s, c, full=False) for c in rows)
        by_status: dict[str, tuple[int, Decimal]] = {}
        for c in infos:
            n, owed = by_status.get(c.status, (0, ZERO))
            by_status[c.status] = (n + 1, owed + c.outstanding)
        return OpenClaimsReport(self.clock.today(), infos, len(infos), sum((c.claimed_amount for c in infos), ZERO),
                                sum((c.approved_amount or ZERO for c in infos), ZERO),
                                sum((c.paid_amount for c in infos), ZERO), sum((c.outstanding for c in infos), ZERO),
                                by_status)
