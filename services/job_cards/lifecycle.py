"""Moving a job card along its lifecycle (``states.TRANSITIONS``): the plain moves, sending it to
the workshop, and cancelling before work starts (the card stays: it may have been printed).
Quality checks and the estimate's conversion have their own parts (they record more than the move).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.job_cards.cards import CardWork
from services.job_cards.data import JobCardInfo
from services.job_cards.inputs import clean
from services.job_cards.states import NOT_STARTED, STATUSES, TRANSITIONS
from services.users.permissions import Actor, Permission


class Lifecycle(CardWork):
    """The moves of DESIGN.md's lifecycle, each checked against the state machine and the user's rights."""

    def transition(self, actor: Actor, card_id: int, version: int, to_status: str, reason: str = "") -> JobCardInfo:
        """Move a card along DESIGN.md's lifecycle. Cancel, quality check and the estimate's conversion
        have their own methods (they record more than the move)."""
        if to_status not in STATUSES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown status {value}."), field="status",
                                  value=to_status)
        if to_status == "settled":
            actor.require(Permission.SETTLE_JOB_CARDS)
        elif to_status in ("in_progress", "waiting_parts") and not actor.can(Permission.EDIT_JOB_CARDS):
            actor.require(Permission.CLOCK_WORK)
        elif to_status == "delivered" and not actor.can(Permission.SETTLE_JOB_CARDS):
            actor.require(Permission.EDIT_JOB_CARDS)
        else:
            actor.require(Permission.EDIT_JOB_CARDS)
        special = {"cancelled": "cancel", "quality_check": "self_check", "ready": "final_check", "open": None}

        def work(s: Session, card: JobCard) -> None:
            if to_status in special and special[to_status] and to_status in TRANSITIONS.get(card.status, ()):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action=special[to_status])
            if card.status == "quality_check" and to_status == "in_progress":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action="final_check")
            if to_status == "open" and card.status == "estimate":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Use {action} for this step."),
                                      action="convert_estimate")
            if to_status == "in_progress" and card.status == "waiting_approval" and any(
                    ln.approval == "pending" for ln in self.cards.lines(s, card.id)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Added work still awaits the customer's "
                                                                        "approval."))
            if card.status == "ready" and to_status == "in_progress":
                # reopening a ready car (parts to issue or return, more work): the desk's decision, with why
                actor.require(Permission.EDIT_JOB_CARDS)
                if not clean(reason):
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why job card {number} is "
                                                                            "reopened."),
                                          field="reason", number=card.number)
                card.completed_at = None
                self.audit.record(s, actor, "job_card.reopen", "job_card", card.number, clean(reason))
            if to_status == "dispatched" and not self.cards.lines(s, card.id):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Add the agreed work before sending the card "
                                                                        "to the workshop."))
            if to_status == "in_progress" and card.status == "dispatched":  # 开工
                self.cards.require_assigned(s, actor, card)
            self.cards.set_status(s, card, actor, to_status, clean(reason))
            if to_status == "delivered":
                self.audit.record(s, actor, "job_card.delivered", "job_card", card.number, None)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def dispatch(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """Send the card to the workshop (the workshop board assigns technician and bay later)."""
        return self.transition(actor, card_id, version, "dispatched")

    def cancel(self, actor: Actor, card_id: int, version: int, reason: str) -> JobCardInfo:
        """Cancel before work starts, with a reason; the card stays (it may have been printed)."""
        actor.require(Permission.CANCEL_JOB_CARDS)
        reason = clean(reason)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for cancelling."), field="reason")

        def work(s: Session, card: JobCard) -> None:
            if card.status not in NOT_STARTED:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Work on job card {number} has started "
                                                                        "({status}): it can no longer be cancelled."),
                                      field="status", number=card.number, status=card.status)
            issued = [ln.line_ref for ln in self.cards.lines(s, card.id) if ln.kind == "part" and ln.issued_qty > 0]
            if issued:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Parts have been issued to job card {number} "
                                                                        "(lines {lines}): return them to the store "
                                                                        "before cancelling."),
                                      number=card.number, lines=", ".join(issued))
            self.cards.set_status(s, card, actor, "cancelled", reason)
            card.cancel_reason = reason
            self.audit.record(s, actor, "job_card.cancel", "job_card", card.number, reason)
            if card.status != "estimate" and card.estimate_number != card.number:
                self.release_parts(s, actor, card)  # in the same transaction as the cancel

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)
