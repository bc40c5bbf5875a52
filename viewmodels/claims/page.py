"""The warranty desk (索赔): finished cards with warranty lines to claim, the claims with their
appraisal, old-part tags, submission workbook, manufacturer's number, decision and payments, the
open claims with age and amounts, and the 三包 watch.

Signals:
    cardsChanged(): the cards waiting for a claim were reloaded.
    claimsChanged(): the claim list was reloaded.
    currentChanged(object): the ``ClaimInfo`` shown (None when nothing is chosen).
    openChanged(object): the ``OpenClaimsReport``.
    watchChanged(): the 三包 watch was reloaded.
    created(object): a claim just made from a card.
    documentReady(str): the path of a PDF to preview (old-part tags).
    exported(str): the path of a workbook just written.
    errorChanged(str), messageChanged(str), busyChanged(bool).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor

from services.claims.data import (
    REPLACEMENT_NAMES,
    REPLACEMENTS,
    STATUS_NAMES,
    SYSTEM_NAMES,
    SYSTEMS,
    ClaimInfo,
    SanbaoReport,
)
from services.claims.insurance_data import COMPENSATION_KINDS, COMPENSATION_NAMES
from services.users.permissions import Permission
from viewmodels.claims.desk import DeskTasks
from viewmodels.common.models import Column, LocalTime, RowColours, RowsModel, translated
from viewmodels.common.tasks import TaskRunner

FILTERS = {"open": ("draft", "submitted", "approved", "partly_approved"), "all": None}


def money(d) -> str:
    return "" if d is None else f"{d:,.2f}"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _warned(report) -> RowColours | None:
    return RowColours(foreground=QColor("#b00020")) if getattr(report, "warnings", ()) else None


class ClaimsViewModel(DeskTasks, QObject):
    cardsChanged = Signal()
    claimsChanged = Signal()
    currentChanged = Signal(object)
    openChanged = Signal(object)
    watchChanged = Signal()
    compensationsChanged = Signal(object)  # the chosen car's loan cars and transport compensation
    created = Signal(object)
    documentReady = Signal(str)
    exported = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, claims, actor, tasks: TaskRunner, *, clock, output_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = claims
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_edit = actor.can(Permission.EDIT_CLAIMS)
        self.can_appraise = actor.can(Permission.APPRAISE_CLAIMS)
        self.filter = "open"
        self.current: ClaimInfo | None = None
        self.report = None
        local = LocalTime(clock.local)
        self.cards = RowsModel([
            Column(QT_TRANSLATE_NOOP("Claims", "Job card"), lambda w: w.number),
            Column(QT_TRANSLATE_NOOP("Claims", "Plate"), lambda w: w.plate),
            Column(QT_TRANSLATE_NOOP("Claims", "Customer"), lambda w: w.customer_name),
            Column(QT_TRANSLATE_NOOP("Claims", "Finished"), lambda w: w.completed_at),
            Column(QT_TRANSLATE_NOOP("Claims", "Warranty amount"), lambda w: money(w.warranty_amount),
                   sort=lambda w: w.warranty_amount, align_right=True),
        ], self, context="Claims", local=local)
        self.claims = RowsModel([
            Column(QT_TRANSLATE_NOOP("Claims", "Claim"), lambda c: c.number),
            Column(QT_TRANSLATE_NOOP("Claims", "Status"),
                   lambda c: translated("ClaimStatus", STATUS_NAMES.get(c.status, c.status))),
            Column(QT_TRANSLATE_NOOP("Claims", "Age (days)"), lambda c: c.age_days, align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Job card"), lambda c: c.job_card_number),
            Column(QT_TRANSLATE_NOOP("Claims", "Plate"), lambda c: c.plate),
            Column(QT_TRANSLATE_NOOP("Claims", "Manufacturer no."), lambda c: c.manufacturer_number or ""),
            Column(QT_TRANSLATE_NOOP("Claims", "Claimed"), lambda c: money(c.claimed_amount),
                   sort=lambda c: c.claimed_amount, align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Approved"), lambda c: money(c.approved_amount),
                   sort=lambda c: c.approved_amount or 0, align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Paid"), lambda c: money(c.paid_amount),
                   sort=lambda c: c.paid_amount, align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Outstanding"), lambda c: money(c.outstanding),
                   sort=lambda c: c.outstanding, align_right=True),
        ], self, context="Claims", local=local)
        self.lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("Claims", "Code"), lambda ln: ln.code),
            Column(QT_TRANSLATE_NOOP("Claims", "Name"), lambda ln: ln.name),
            Column(QT_TRANSLATE_NOOP("Claims", "Quantity"), lambda ln: f"{ln.qty.normalize():f}", align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Amount"), lambda ln: money(ln.amount), align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Old-part tag"), lambda ln: ln.tag or ""),
            Column(QT_TRANSLATE_NOOP("Claims", "Old part"), lambda ln: {
                "kept": QCoreApplication.translate("Claims", "kept for return"), "returned": QCoreApplication.translate("Claims", "returned {ref}").format(
                    ref=ln.return_reference)}.get(ln.old_part_status or "", "")),
        ], self, context="Claims")
        self.watch = RowsModel([
            Column(QT_TRANSLATE_NOOP("Claims", "Plate"), lambda r: r.plate),
            Column(QT_TRANSLATE_NOOP("Claims", "VIN"), lambda r: r.vin),
            Column(QT_TRANSLATE_NOOP("Claims", "Owner"), lambda r: r.customer_name),
            Column(QT_TRANSLATE_NOOP("Claims", "三包 until"), lambda r: r.period_end),
            Column(QT_TRANSLATE_NOOP("Claims", "Repairs"), lambda r: len(r.repairs), align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Repair days"), lambda r: r.total_days, align_right=True),
            Column(QT_TRANSLATE_NOOP("Claims", "Warnings"), lambda r: len(r.warnings) or "", align_right=True),
        ], self, context="Claims", style=_warned)
        self._busy = 0

    # ---- choices for the appraisal -------------------------------------------------------------
    @staticmethod
    def systems() -> list[tuple[str, str]]:
        return [(key, translated("VehicleSystem", SYSTEM_NAMES[key])) for key in SYSTEMS]

    @staticmethod
    def replacements() -> list[tuple[str, str]]:
        return [(key, translated("Replacement", REPLACEMENT_NAMES[key])) for key in REPLACEMENTS]

    # ---- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run("claims.cards", self.service.warranty_cards, self.actor, on_done=self._cards)
        self.refresh_claims()
        self.refresh_open()

    def _cards(self, rows) -> None:
        self.cards.set_rows(rows)
        self.cardsChanged.emit()

    def set_filter(self, key: str) -> None:
        self.filter = key if key in FILTERS else "open"
        self.refresh_claims()

    def refresh_claims(self) -> None:
        self._run("claims.list", self.service.claims, self.actor, statuses=FILTERS[self.filter],
                  on_done=self._claims)

    def _claims(self, rows) -> None:
        self.claims.set_rows(rows)
        self.claimsChanged.emit()
        if self.current is not None and any(c.id == self.current.id for c in rows):
            self.choose_id(self.current.id)
        elif rows and self.current is None:
            self.choose_id(rows[0].id)

    def refresh_open(self) -> None:
        self._run("claims.open", self.service.open_claims, self.actor, on_done=self._open)

    def _open(self, report) -> None:
        self.report = report
        self.openChanged.emit(report)

    def open_summary(self) -> str:
        r = self.report
        if r is None:
            return ""
        return QCoreApplication.translate("Claims", "{count} open claims: claimed {claimed}, approved {approved}, paid {paid}, "
                             "outstanding {outstanding}").format(count=r.count, claimed=money(r.claimed),
                                                                  approved=money(r.approved), paid=money(r.paid),
                                                                  outstanding=money(r.outstanding))

    def choose(self, row: int) -> None:
        claim = self.claims.row_object(row)
        if claim is not None:
            self.choose_id(claim.id)

    def choose_id(self, claim_id: int) -> None:
        self._run("claims.claim", self.service.claim, self.actor, claim_id, on_done=self._show)

    def _show(self, claim) -> None:
        c = self.current
        if claim is not None and c is not None and claim.id == c.id and claim.version < c.version:
            return  # a read begun before this PC's last change came back after it: keep the newer one
        self.current = claim
        self.lines.set_rows(claim.lines if claim is not None else [])
        self.currentChanged.emit(claim)

    def current_row(self) -> int:
        return next((i for i, c in enumerate(self.claims.rows) if self.current is not None
                     and c.id == self.current.id), -1)

    def describe_current(self) -> str:
        c = self.current
        if c is None:
            return ""
        parts = [f"{c.number}  ·  {translated('ClaimStatus', STATUS_NAMES.get(c.status, c.status))}",
                 f"{c.job_card_number}  {c.plate}  {c.vin}  {c.vehicle_desc}  {c.customer_name}",
                 QCoreApplication.translate("Claims", "Claimed {claimed} (labour {labour}, parts {parts}, other {other})").format(
                     claimed=money(c.claimed_amount), labour=money(c.labour_amount), parts=money(c.parts_amount),
                     other=money(c.other_amount))]
        if c.appraised:
            parts.append(QCoreApplication.translate("Claims", "Appraisal by {who}: {system}, fault {code}: {cause}").format(
                who=c.appraised_by, system=translated("VehicleSystem", SYSTEM_NAMES.get(c.system, c.system)),
                code=c.fault_code, cause=c.cause))
        else:
            parts.append(QCoreApplication.translate("Claims", "Waiting for the technical supervisor's appraisal."))
        if c.approved_amount is not None:
            parts.append(QCoreApplication.translate("Claims", "Approved {approved}, paid {paid}, outstanding {outstanding}").format(
                approved=money(c.approved_amount), paid=money(c.paid_amount), outstanding=money(c.outstanding)))
        if c.decision_note:
            parts.append(c.decision_note)
        return "\n".join(parts)

    # ---- steps ---------------------------------------------------------------------------------
    def make_claim(self, row: int) -> None:
        card = self.cards.row_object(row)
        if card is None:
            self.errorChanged.emit(QCoreApplication.translate("Claims", "Choose a job card first."))
            return
        self._run("claims.create", self.service.create, self.actor, card.job_card_id, on_done=self._created)

    def _created(self, claim) -> None:
        self.current = claim
        self._say(QCoreApplication.translate("Claims", "Claim {number} made from job card {card}: {amount}.").format(
            number=claim.number, card=claim.job_card_number, amount=money(claim.claimed_amount)))
        self.created.emit(claim)
        self._show(claim)
        self.refresh()

    def _changed(self, text: str):
        def done(claim) -> None:
            self._say(text.format(number=claim.number))
            self._show(claim)
            self.refresh_claims()
            self.refresh_open()
        return done

    def _need_current(self) -> ClaimInfo | None:
        if self.current is None:
            self.errorChanged.emit(QCoreApplication.translate("Claims", "Choose a claim first."))
        return self.current

    def appraise(self, system: str, fault_code: str, cause: str, serious_safety: bool, replacement: str) -> None:
        c = self._need_current()
        if c is not None:
            self._run("claims.appraise", self.service.appraise, self.actor, c.id, c.version, system=system,
                      fault_code=fault_code, cause=cause, serious_safety=serious_safety, replacement=replacement,
                      on_done=self._changed(QCoreApplication.translate("Claims", "Claim {number} appraised.")))

    def submit(self, manufacturer_number: str) -> None:
        c = self._need_current()
        if c is not None:
            self._run("claims.submit", self.service.submit, self.actor, c.id, c.version, manufacturer_number,
                      on_done=self._changed(QCoreApplication.translate("Claims", "Claim {number} submitted.")))

    def decide(self, approved_amount: str, note: str) -> None:
        c = self._need_current()
        if c is not None:
            self._run("claims.decide", self.service.decide, self.actor, c.id, c.version, approved_amount, note,
                      on_done=self._changed(QCoreApplication.translate("Claims", "The manufacturer's answer on {number} recorded.")))

    def record_payment(self, reference: str, amount: str) -> None:
        c = self._need_current()
        if c is None:
            return

        def done(payment) -> None:
            self._say(QCoreApplication.translate("Claims", "Payment {ref} of {amount} reconciled.").format(ref=payment.reference,
                                                                                  amount=money(payment.amount)))
            self.choose_id(c.id)
            self.refresh_claims()
            self.refresh_open()

        self._run("claims.payment", self.service.record_payment, self.actor, reference, self.clock.today(),
                  [(c.id, amount)], on_done=done)

    def return_old_part(self, tag: str, reference: str) -> None:
        def done(line) -> None:
            self._say(QCoreApplication.translate("Claims", "Old part {tag} returned in {ref}.").format(tag=line.tag,
                                                                              ref=line.return_reference))
            if self.current is not None:
                self.choose_id(self.current.id)

        self._run("claims.return", self.service.return_old_part, self.actor, tag, reference, on_done=done)

    # ---- documents -----------------------------------------------------------------------------
    def print_tags(self) -> None:
        c = self._need_current()
        if c is None:
            return
        path = self.output_dir / f"{c.number}-tags.pdf"

        def write(data: bytes) -> None:
            path.write_bytes(data)
            self.documentReady.emit(str(path))

        self._run("claims.tags", self.service.tags_pdf, self.actor, c.id, _tr, on_done=write)

    def export_submission(self) -> None:
        """The workbook of every appraised draft on the list (or the chosen one), for the manufacturer."""
        drafts = [c.id for c in self.claims.rows if c.status == "draft" and c.appraised_at is not None]
        if not drafts and self.current is not None:
            drafts = [self.current.id]
        path = self.output_dir / f"claims-{self.clock.today():%Y%m%d}.xlsx"

        def write(data: bytes) -> None:
            path.write_bytes(data)
            self._say(QCoreApplication.translate("Claims", "Submission workbook written: {path}").format(path=path))
            self.exported.emit(str(path))
            self.refresh_claims()

        self._run("claims.export", self.service.submission_workbook, self.actor, drafts, _tr, on_done=write)

    def export_open(self) -> None:
        path = self.output_dir / f"open-claims-{self.clock.today():%Y%m%d}.xlsx"

        def write(data: bytes) -> None:
            path.write_bytes(data)
            self._say(QCoreApplication.translate("Claims", "Open claims written: {path}").format(path=path))
            self.exported.emit(str(path))

        self._run("claims.export_open", self.service.open_claims_workbook, self.actor, _tr, on_done=write)

    # ---- 三包 ----------------------------------------------------------------------------------
    def refresh_watch(self) -> None:
        self._run("claims.watch", self.service.sanbao_watch, self.actor, on_done=self._watch)

    def _watch(self, reports) -> None:
        self.watch.set_rows(reports)
        self.watchChanged.emit()

    def watch_text(self, row: int) -> str:
        report: SanbaoReport | None = self.watch.row_object(row)
        if report is None:
            return ""
        lines = [w.message(_tr) for w in report.warnings] or [QCoreApplication.translate("Claims", "No 三包 trigger reached.")]
        lines.append("")
        for sy, code, n in report.by_problem:
            lines.append(QCoreApplication.translate("Claims", "{system}, fault {code}: {count} repairs").format(
                system=translated("VehicleSystem", SYSTEM_NAMES.get(sy, sy)), code=code, count=n))
        for rep in report.repairs:
            lines.append(QCoreApplication.translate("Claims", "{card}: {days} repair days").format(card=rep.job_card_number,
                                                                            days=rep.days))
        return "\n".join(lines)

    # ---- 三包 compensation (loan car, transport) -------------------------------------------------
    @staticmethod
    def compensation_kinds() -> list[tuple[str, str]]:
        return [(key, translated("Compensation", COMPENSATION_NAMES[key])) for key in COMPENSATION_KINDS]

    def watch_cards(self, row: int) -> list[str]:
        """The job cards of the chosen car's 三包 repairs, newest first (what a compensation is given for)."""
        report: SanbaoReport | None = self.watch.row_object(row)
        return [rep.job_card_number for rep in reversed(report.repairs)] if report is not None else []

    def choose_watch(self, row: int) -> None:
        report: SanbaoReport | None = self.watch.row_object(row)
        if report is not None:
            self._run("claims.compensations", self.service.compensations, self.actor, report.vehicle_id,
                      on_done=self.compensationsChanged.emit)

    @staticmethod
    def compensation_text(items) -> str:
        lines = [QCoreApplication.translate("Claims", "{kind} for {card}: {start} to {end} ({days} days), "
                                                      "{amount}  {note}").format(
            kind=translated("Compensation", COMPENSATION_NAMES.get(c.kind, c.kind)), card=c.job_card_number,
            start=c.start_on, end=c.end_on, days=c.days, amount=money(c.amount), note=c.note).rstrip()
            for c in items]
        return "\n".join(lines) or QCoreApplication.translate("Claims", "No loan car or transport compensation "
                                                                        "given.")

    def record_compensation(self, row: int, card_number: str, kind: str, start_on, end_on, amount: str,
                            note: str) -> None:
        if not card_number:
            self.errorChanged.emit(QCoreApplication.translate("Claims", "Choose the repair the compensation is "
                                                                        "for."))
            return

        def done(c) -> None:
            self._say(QCoreApplication.translate("Claims", "Compensation for {card} recorded.").format(
                card=c.job_card_number))
            self.choose_watch(row)

        self._run("claims.compensate", self.service.record_compensation, self.actor, card_number, kind, start_on,
                  end_on, amount, note, on_done=done)
