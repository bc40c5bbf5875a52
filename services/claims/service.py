"""Warranty claims and the 三包 watch: ``ClaimService`` is the area's one door (``ctx.claims``).

The work is done by the package's modules: ``claims`` (a claim's life from the card's warranty lines
to the manufacturer's payment, the old parts, the open claims), ``sanbao`` (the 三包 watch per
vehicle), ``compensation`` (loan cars and transport compensation under 三包), ``insurance`` (insurance
jobs, 定损理赔: assessment, supplements, deductible, the insurers' payments and receivables),
``printing`` and ``insurance_printing`` (old-part tags, the submission, open-claims and receivables
workbooks), ``layout`` (the manufacturer's submission columns, kept in the station's settings) and
``photos`` (the appraisal's photos, kept in the database).
"""

from __future__ import annotations

from datetime import date

from app.db.engine import Database
from services.claims.claims import Claims
from services.claims.compensation import Compensations
from services.claims.data import (
    ClaimInfo,
    ClaimLineInfo,
    ClaimPhotoInfo,
    OpenClaimsReport,
    PaymentInfo,
    SanbaoReport,
    SanbaoRules,
    SanbaoWarning,
    WarrantyCard,
)
from services.claims.insurance import InsuranceDesk
from services.claims.insurance_data import (
    AccidentCard,
    CompensationInfo,
    InsuranceJobInfo,
    InsurancePaymentInfo,
    InsurerInfo,
    ReceivablesReport,
)
from services.claims.layout import SubmissionLayout, SubmissionLayouts
from services.claims.photos import ClaimPhotos
from services.claims.sanbao import SanbaoWatch
from services.common.clock import Clock
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class ClaimService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, station=None,
                 sanbao_rules: SanbaoRules | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self._claims = Claims(db, audit, clock)
        self._sanbao = SanbaoWatch(db, clock, sanbao_rules)
        self._insurance = InsuranceDesk(db, audit, clock)
        self._compensations = Compensations(db, audit, clock)
        self._layouts = SubmissionLayouts(db, audit, clock)
        self._photos = ClaimPhotos(db, audit, clock)

    # ---- claims ---------------------------------------------------------------------------------
    def warranty_cards(self, actor: Actor) -> list[WarrantyCard]:
        return self._claims.warranty_cards(actor)

    def claims(self, actor: Actor, *, statuses: tuple[str, ...] | None = None, text: str = "") -> list[ClaimInfo]:
        return self._claims.claims(actor, statuses=statuses, text=text)

    def claim(self, actor: Actor, claim_id: int) -> ClaimInfo:
        return self._claims.claim(actor, claim_id)

    def create(self, actor: Actor, job_card_id: int) -> ClaimInfo:
        return self._claims.create(actor, job_card_id)

    def appraise(self, actor: Actor, claim_id: int, version: int, *, system: str, fault_code: str, cause: str,
                 serious_safety: bool = False, replacement: str = "") -> ClaimInfo:
        return self._claims.appraise(actor, claim_id, version, system=system, fault_code=fault_code, cause=cause,
                                     serious_safety=serious_safety, replacement=replacement)

    def submit(self, actor: Actor, claim_id: int, version: int, manufacturer_number: str) -> ClaimInfo:
        return self._claims.submit(actor, claim_id, version, manufacturer_number)

    def decide(self, actor: Actor, claim_id: int, version: int, approved_amount, note: str = "") -> ClaimInfo:
        return self._claims.decide(actor, claim_id, version, approved_amount, note)

    def record_payment(self, actor: Actor, reference: str, received_on: date, allocations, note: str = "") -> PaymentInfo:
        return self._claims.record_payment(actor, reference, received_on, list(allocations), note)

    def return_old_part(self, actor: Actor, tag: str, reference: str) -> ClaimLineInfo:
        return self._claims.return_old_part(actor, tag, reference)

    def open_claims(self, actor: Actor) -> OpenClaimsReport:
        return self._claims.open_claims(actor)

    # ---- documents ------------------------------------------------------------------------------
    def tags_pdf(self, actor: Actor, claim_id: int, translate=None) -> bytes:
        """The old-part tags of the claim's replaced parts (A4, cut out and wired to each part)."""
        from services.claims.printing import tags_pdf

        claim = self.claim(actor, claim_id)
        name = self.station.settings().name if self.station is not None else ""
        with self.db.write() as s:
            self.audit.record(s, actor, "claims.print_tags", "warranty_claim", claim.number)
        return tags_pdf(claim, self.clock, name, translate)

    def submission_workbook(self, actor: Actor, claim_ids: list[int], translate=None) -> bytes:
        """The appraised drafts as the manufacturer's import sheet (xlsx); the claims are marked exported."""
        from services.claims.printing import submission_workbook

        layout = self._layouts.layout(actor)
        return submission_workbook(self._claims.for_export(actor, list(claim_ids)), self.clock, translate, layout)

    # ---- the submission's layout (the manufacturer's columns) -----------------------------------
    def submission_layout(self, actor: Actor) -> SubmissionLayout:
        """The manufacturer's workbook layout the station saved, else the built-in one."""
        return self._layouts.layout(actor)

    def save_submission_layout(self, actor: Actor, columns, *, sheet: str = "",
                               version: int | None = None) -> SubmissionLayout:
        """Which column holds which field under which header (the warranty clerk or the administrator)."""
        return self._layouts.save(actor, list(columns), sheet=sheet, version=version)

    def reset_submission_layout(self, actor: Actor, *, version: int | None = None) -> SubmissionLayout:
        return self._layouts.reset(actor, version=version)

    # ---- the appraisal's photos -----------------------------------------------------------------
    def photos(self, actor: Actor, claim_id: int) -> list[ClaimPhotoInfo]:
        return self._photos.photos(actor, claim_id)

    def add_photo(self, actor: Actor, claim_id: int, file_name: str, data: bytes, caption: str = "") -> ClaimPhotoInfo:
        """Attach a JPEG or PNG (kept in the database: every PC sees it); other files are refused."""
        return self._photos.add(actor, claim_id, file_name, data, caption)

    def add_photo_file(self, actor: Actor, claim_id: int, path, caption: str = "") -> ClaimPhotoInfo:
        return self._photos.add_file(actor, claim_id, path, caption)

    def photo_data(self, actor: Actor, photo_id: int) -> tuple[ClaimPhotoInfo, bytes]:
        return self._photos.photo_data(actor, photo_id)

    def remove_photo(self, actor: Actor, photo_id: int) -> None:
        self._photos.remove(actor, photo_id)

    def open_claims_workbook(self, actor: Actor, translate=None) -> bytes:
        from services.claims.printing import open_claims_workbook

        return open_claims_workbook(self.open_claims(actor), translate)

    # ---- 三包 -----------------------------------------------------------------------------------
    def sanbao(self, actor: Actor, vehicle_id: int) -> SanbaoReport:
        return self._sanbao.report(actor, vehicle_id)

    def sanbao_warnings(self, actor: Actor, vehicle_id: int) -> list[SanbaoWarning]:
        """The 三包 triggers the car has reached, for reception to show when it comes in."""
        return self._sanbao.warnings(actor, vehicle_id)

    def sanbao_watch(self, actor: Actor) -> list[SanbaoReport]:
        if not actor.can(Permission.VIEW_CLAIMS):
            actor.require(Permission.VIEW_REPORTS)
        return self._sanbao.watch(actor)

    def compensations(self, actor: Actor, vehicle_id: int) -> list[CompensationInfo]:
        """The loan cars and transport compensation given to a vehicle's owner under 三包."""
        return self._compensations.for_vehicle(actor, vehicle_id)

    def record_compensation(self, actor: Actor, job_card: int | str, kind: str, start_on: date, end_on: date,
                            amount, note: str = "") -> CompensationInfo:
        """A loan car or transport compensation for a repair (the job card's id or number)."""
        return self._compensations.record(actor, job_card, kind, start_on, end_on, amount, note)

    # ---- insurance jobs (定损理赔) ---------------------------------------------------------------
    def insurers(self, actor: Actor, *, active_only: bool = False) -> list[InsurerInfo]:
        return self._insurance.insurers(actor, active_only=active_only)

    def add_insurer(self, actor: Actor, name: str, phone: str = "") -> InsurerInfo:
        return self._insurance.add_insurer(actor, name, phone)

    def accident_cards(self, actor: Actor) -> list[AccidentCard]:
        return self._insurance.accident_cards(actor)

    def insurance_jobs(self, actor: Actor, *, statuses: tuple[str, ...] | None = None, insurer_id: int | None = None,
                       text: str = "") -> list[InsuranceJobInfo]:
        return self._insurance.jobs(actor, statuses=statuses, insurer_id=insurer_id, text=text)

    def insurance_job(self, actor: Actor, job_id: int) -> InsuranceJobInfo:
        return self._insurance.job(actor, job_id)

    def register_insurance(self, actor: Actor, job_card_id: int, insurer_id: int, report_number: str,
                           **details) -> InsuranceJobInfo:
        return self._insurance.register(actor, job_card_id, insurer_id, report_number, **details)

    def assess(self, actor: Actor, job_id: int, version: int, amount, deductible="0", **details) -> InsuranceJobInfo:
        return self._insurance.assess(actor, job_id, version, amount, deductible, **details)

    def supplement(self, actor: Actor, job_id: int, version: int, amount, reason: str, **details) -> InsuranceJobInfo:
        return self._insurance.supplement(actor, job_id, version, amount, reason, **details)

    def record_insurer_payment(self, actor: Actor, insurer_id: int, reference: str, received_on: date, allocations,
                               note: str = "") -> InsurancePaymentInfo:
        return self._insurance.record_payment(actor, insurer_id, reference, received_on, allocations, note)

    def receivables(self, actor: Actor) -> ReceivablesReport:
        return self._insurance.receivables(actor)

    def receivables_workbook(self, actor: Actor, translate=None) -> bytes:
        """The insurers' receivables by age, the open jobs and the last insurance jobs (xlsx)."""
        from services.claims.insurance_printing import receivables_workbook

        report = self.receivables(actor)
        return receivables_workbook(report, self.insurance_jobs(actor), self.clock.local, translate)
