"""Quality control: the technician's self-check (自检) and the inspector's final check (终检) with
its checklist and road test; a pass makes the car ready and, for the repair classes that need
one (机动车维修管理规定), numbers the completion certificate.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, QualityCheck
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.job_cards.cards import CardWork
from services.job_cards.codes import CERTIFICATE_CLASSES, CHECKLISTS, COMMON_CHECKS
from services.job_cards.data import JobCardInfo
from services.job_cards.inputs import clean
from services.station.numbering import next_number
from services.users.permissions import Actor, Permission


class QualityControl(CardWork):
    """Self-check and final check of a card in the workshop."""

    @staticmethod
    def _all_parts_issued(card: JobCard, lines) -> None:
        """No check passes while a charged part is not issued (a line the store does not supply is
        marked "customer's own part" or "not needed" first, with who and why)."""
        short = [ln for ln in lines if ln.kind == "part" and ln.approval in (None, "approved")
                 and (ln.supply or "stock") == "stock" and ln.issued_qty < ln.qty]
        if short:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} has parts not issued: {lines}. Issue them, or mark "
                                                  "the line as the customer's own part or not needed, with the "
                                                  "reason."),
                number=card.number, lines="; ".join(
                    f"{ln.line_ref} {ln.code} {ln.name} {ln.issued_qty.normalize():f}/{ln.qty.normalize():f}"
                    for ln in short))

    def checklist(self, job_type: str) -> list[str]:
        """The final inspection's checklist for a job type (English sources in context "Checklist")."""
        return list(CHECKLISTS.get(job_type, COMMON_CHECKS))

    def self_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                   checklist: Sequence[tuple[str, bool]] = (), reason: str = "") -> JobCardInfo:
        """The technician's self-check (自检). Passed, it sends the car to the final inspection."""
        if not actor.can(Permission.CLOCK_WORK):
            actor.require(Permission.EDIT_JOB_CARDS)
        return self._check(actor, card_id, version, "self", passed, checklist, reason, False, None, "")

    def final_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                    checklist: Sequence[tuple[str, bool]] = (), reason: str = "", *, road_test: bool = False,
                    road_test_km: int | None = None, road_test_note: str = "") -> JobCardInfo:
        """The inspector's final check (终检): pass → ready (with a completion certificate for the
        classes that need one), or back to work with the reason."""
        actor.require(Permission.QUALITY_CHECK)
        return self._check(actor, card_id, version, "final", passed, checklist, reason, road_test, road_test_km,
                           road_test_note)

    def _check(self, actor, card_id, version, stage, passed, checklist, reason, road_test, road_test_km,
               road_test_note) -> JobCardInfo:
        reason = clean(reason)
        items = [(str(i).strip(), bool(ok)) for i, ok in checklist]
        if not passed and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say what must be done again."), field="reason")
        if passed and any(not ok for _, ok in items):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Every checklist item must be ticked to pass."),
                                  field="checklist")
        if road_test_km is not None and not 0 <= int(road_test_km) < 1000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not a road test."),
                                  field="road_test_km", km=road_test_km)

        def work(s: Session, card: JobCard) -> None:
            expected = "in_progress" if stage == "self" else "quality_check"
            if card.status != expected:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it is not ready for this check."),
                    field="status", number=card.number, status=card.status)
            lines = self.cards.lines(s, card.id)
            if any(ln.approval == "pending" for ln in lines):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Added work still awaits the customer's "
                                                                        "approval."))
            if stage == "self":
                self.cards.require_assigned(s, actor, card)
            if passed:
                self._all_parts_issued(card, lines)
            now = self.clock.now()
            s.add(QualityCheck(job_card_id=card.id, stage=stage, passed=passed,
                               checklist=[{"item": i, "ok": ok} for i, ok in items], reason=reason,
                               road_test=bool(road_test), road_test_km=road_test_km,
                               road_test_note=clean(road_test_note), at=now, user_id=actor.user_id,
                               username=actor.username, display_name=actor.display_name))
            if stage == "self":
                if passed:
                    self.cards.set_status(s, card, actor, "quality_check")
                else:
                    self.cards.touch(card, actor)
                return
            if passed:
                self.cards.set_status(s, card, actor, "ready")
                card.completed_at = now
                if card.mileage_in is not None:
                    card.mileage_out = card.mileage_in + int(road_test_km or 0)
                if card.repair_class in CERTIFICATE_CLASSES and not card.certificate_number:
                    card.certificate_number = next_number(s, "certificate", self.clock.today())
                self.audit.record(s, actor, "job_card.qc_passed", "job_card", card.number, card.certificate_number)
            else:
                self.cards.set_status(s, card, actor, "in_progress", reason)
                self.audit.record(s, actor, "job_card.qc_back_to_work", "job_card", card.number, reason)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)
