"""Parts issued to a job card's lines (发料), returned from them (退料), and what the store still owes.

Every issue is against a parts line of the card: the part scanned must be on the card, and no
line gets more than it asks for. A part the card does not list, or more than a line asks, is
refused with the card and the line named; with the advisor's approval (their password typed at
the counter, recorded and audited) it becomes a new line of the card, charged. Returns and the
undo of a scan reduce the line's issued quantity. The card's row is locked for each of these,
and the move, the reservation and the line's issued quantity commit together.

Gates: nothing is issued or returned once the car is ready (待交车) or later, nor to an
estimate or a cancelled card: the card is reopened first. A line the store does not supply is
marked "customer's own part" or "not needed", with who and why (``mark_supply``); the self-check
and the final check refuse a card while a charged part is not issued (``services.job_cards.quality``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, JobLine
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from services.job_cards.cards import CardStore, CardWork
from services.job_cards.codes import MAX_QTY
from services.job_cards.data import Approval, JobCardInfo
from services.job_cards.inputs import clean, read_positive
from services.job_cards.lines import LineEditor
from services.job_cards.links import Links, part_bins
from services.users.permissions import Actor, Permission

# a card the store may issue to or take parts back from
ISSUING = frozenset({"open", "dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check"})
SUPPLIES = ("stock", "own", "not_needed")
CHANNEL_BY_PAYER = {"warranty": "warranty", "internal": "internal"}


@dataclass(frozen=True)
class IssueOutcome:
    """One issue, return or undo at the counter, against one line of a card."""

    card_number: str
    line_ref: str
    part_id: int
    part_number: str
    part_name: str
    qty: Decimal  # this move: + issued, − returned or taken back
    issued: Decimal  # the line's issued quantity after it
    asked: Decimal  # what the line asks for
    on_hand_after: Decimal | None
    scan_key: str | None
    added_line: bool = False  # the advisor approved a new line for it
    replayed: bool = False


@dataclass(frozen=True)
class PickLine:
    """One parts line of the picking list (捡料单): asked, issued, still to issue."""

    line_ref: str
    part_id: int | None
    part_number: str
    name: str
    unit: str
    bin_code: str
    asked: Decimal
    issued: Decimal
    supply: str
    approval: str | None

    @property
    def to_issue(self) -> Decimal:
        if self.supply != "stock" or self.approval not in (None, "approved"):
            return Decimal(0)
        return max(self.asked - self.issued, Decimal(0))


@dataclass(frozen=True)
class PickingList:
    card_number: str
    status: str
    plate: str
    lines: tuple[PickLine, ...]


class PartsCounter(CardWork):
    """The store's side of a job card: issue, return, undo, the picking list; and the desk's marks of
    lines the store does not supply."""

    def __init__(self, cards: CardStore, links: Links, users, lines: LineEditor) -> None:
        super().__init__(cards, links)
        self.users = users
        self.lines = lines

    # ---- reading -------------------------------------------------------------------------------
    def picking_list(self, actor: Actor, number: str) -> PickingList:
        """The card's parts lines with what each asks for and what the store has issued to it."""
        actor.require(Permission.VIEW_JOB_CARDS)
        card_id = self.cards.id_by_number(number)
        with self.db.read() as s:
            card = self.cards.get(s, card_id)
            lines = [ln for ln in self.cards.lines(s, card.id) if ln.kind == "part"]
            bins = part_bins(s, [ln.part_id for ln in lines if ln.part_id is not None])
            return PickingList(card.number, card.status, card.plate, tuple(
                PickLine(ln.line_ref, ln.part_id, ln.code, ln.name, ln.unit, bins.get(ln.part_id, ""), ln.qty,
                         ln.issued_qty, ln.supply or "stock", ln.approval) for ln in lines))

    # ---- the counter ---------------------------------------------------------------------------
    def issue(self, actor: Actor, number: str, code: str, *, qty: Any = 1, scan_key: str | None = None,
              approval: Approval | None = None) -> IssueOutcome:
        """Issue the part ``code`` names to the card numbered ``number``, against its line for that part.

        Refused, naming the card and the line, when the card does not list the part or its lines
        have all they ask for; with ``approval`` (an advisor's credentials) the part is added to
        the card as a new, charged line and issued to it."""
        actor.require(Permission.ISSUE_PARTS)
        q = read_positive(qty, "qty", MAX_QTY)
        card_id = self.cards.id_by_number(number)
        approver = self._advisor(actor, approval) if approval is not None else None

        def work(s: Session, card: JobCard) -> IssueOutcome:
            earlier = self._replay(s, card, scan_key)
            if earlier is not None:
                return earlier
            self._may_move_parts(card)
            part_id = self.links.resolve_code(s, code)
            lines = [ln for ln in self.cards.lines(s, card.id) if ln.kind == "part" and ln.part_id == part_id]
            line = next((ln for ln in lines if self._open_qty(ln) >= q), None)
            added = False
            if line is None:
                if approver is None:
                    self._refuse(s, card, part_id, lines, q)
                line, _list = self.lines.new_part_line(
                    s, actor, card, part_id, q, agreed=True, approved_by=approver.username,
                    note=f"added at the parts counter, approved by {approver.display_name}")
                self.lines.after_lines(s, card, actor)
                self.audit.record(s, actor, "job_card.line_added_at_issue", "job_card", card.number,
                                  f"{line.line_ref} {line.code} {line.name} ×{q.normalize()}",
                                  details={"line": line.line_ref, "qty": str(q)}, approved_by=approver.username,
                                  amount=line.price)
                added = True
            move = self.links.issue_in(s, actor, card.number, line.line_ref, part_id, q, scan_key=scan_key,
                                       channel=CHANNEL_BY_PAYER.get(line.payer, "workshop"))
            line.issued_qty = line.issued_qty + q
            return IssueOutcome(card.number, line.line_ref, part_id, move.part_number, move.part_name, q,
                                line.issued_qty, line.qty, move.on_hand_after, scan_key, added)

        return self.cards.write(card_id, None, work)

    def return_part(self, actor: Actor, number: str, code: str, *, qty: Any = 1, scan_key: str | None = None,
                    line_ref: str | None = None, reason: str = "") -> IssueOutcome:
        """Take parts back from a card's line (the last line of that part with parts issued, unless
        ``line_ref`` names one); the line's issued quantity goes down by as much."""
        actor.require(Permission.ISSUE_PARTS)
        q = read_positive(qty, "qty", MAX_QTY)
        card_id = self.cards.id_by_number(number)

        def work(s: Session, card: JobCard) -> IssueOutcome:
            earlier = self._replay(s, card, scan_key)
            if earlier is not None:
                return earlier
            self._may_move_parts(card)
            part_id = self.links.resolve_code(s, code) if not line_ref else None
            lines = [ln for ln in self.cards.lines(s, card.id) if ln.kind == "part" and ln.issued_qty > 0
                     and (ln.line_ref == line_ref if line_ref else ln.part_id == part_id)]
            line = next((ln for ln in reversed(lines) if ln.issued_qty >= q), None)
            if line is None:
                held = sum((ln.issued_qty for ln in lines), Decimal(0))
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Job card {number} holds {held} of {part}; {qty} cannot come "
                                                      "back to the store."),
                    field="qty", number=card.number, held=held.normalize(), part=line_ref or clean(code),
                    qty=q.normalize())
            move = self.links.return_in(s, actor, card.number, line.line_ref, line.part_id, q, scan_key=scan_key,
                                        reason=clean(reason))
            line.issued_qty = line.issued_qty - q
            return IssueOutcome(card.number, line.line_ref, line.part_id, move.part_number, move.part_name, -q,
                                line.issued_qty, line.qty, move.on_hand_after, scan_key)

        return self.cards.write(card_id, None, work)

    def undo_issue(self, actor: Actor, scan_key: str, *, undo_key: str | None = None) -> IssueOutcome:
        """Take back exactly the issue the scan ``scan_key`` made; its line has that much less issued.
        The move is locked and the ledger takes one reversal of it: a second undo is refused."""
        actor.require(Permission.ISSUE_PARTS)
        if not scan_key:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing to undo."))
        with self.db.read() as s:
            found = self.links.scanned_move(s, scan_key)
        if found is None or not found[0]:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "That scan was not an issue to a job card; "
                                                                    "nothing was taken back."))
        card_id = self.cards.id_by_number(found[0])

        def work(s: Session, card: JobCard) -> IssueOutcome:
            earlier = self._replay(s, card, undo_key)
            if earlier is not None:
                return earlier
            self._may_move_parts(card)
            move = self.links.undo_issue_in(s, actor, scan_key, undo_key)
            line = self._line(s, card, found[1])
            if line is not None:
                line.issued_qty = line.issued_qty - move.qty
            return IssueOutcome(card.number, found[1] or "", move.part_id, move.part_number, move.part_name,
                                -move.qty, line.issued_qty if line else Decimal(0), line.qty if line else Decimal(0),
                                move.on_hand_after, undo_key)

        return self.cards.write(card_id, None, work)

    # ---- the desk: lines the store does not supply ----------------------------------------------
    def mark_supply(self, actor: Actor, card_id: int, version: int, line_id: int, supply: str,
                    reason: str = "") -> JobCardInfo:
        """Mark a parts line "customer's own part" (own) or "not needed", with why; or back to "stock".

        A marked line is not charged and not issued: its reservation is released in the same
        transaction. Parts already issued to it go back to the store first."""
        actor.require(Permission.EDIT_JOB_CARDS)
        if supply not in SUPPLIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown supply {value}."), field="supply",
                                  value=supply)
        reason = clean(reason)
        if supply != "stock" and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the store does not supply this part."),
                                  field="reason")

        def work(s: Session, card: JobCard) -> None:
            self.lines._editable_lines(card)
            ln = s.get(JobLine, line_id)
            if ln is None or ln.job_card_id != card.id or ln.kind != "part":
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such parts line on this job card."))
            if supply != "stock" and ln.issued_qty > 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} has {issued} issued: return "
                                                      "the parts to the store first."),
                    line=ln.line_ref, number=card.number, issued=ln.issued_qty.normalize())
            old = ln.supply
            ln.supply = supply
            ln.supply_by = actor.display_name if supply != "stock" else None
            ln.supply_reason = reason if supply != "stock" else None
            if card.status != "estimate" and ln.part_id is not None:
                if supply == "stock" and ln.approval != "declined":
                    self.links.reserve_in(s, actor, card.number, ln.line_ref, ln.part_id, ln.qty)
                else:
                    self.links.release_in(s, actor, card.number, ln.line_ref)
            self.lines.after_lines(s, card, actor)
            self.audit.record(s, actor, "job_card.line_supply", "job_card", card.number,
                              f"{ln.line_ref} {ln.code} {ln.name}: {old} → {supply}",
                              details={"line": ln.line_ref, "supply": supply, "reason": reason})

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    # ---- rules -----------------------------------------------------------------------------------
    @staticmethod
    def _open_qty(ln: JobLine) -> Decimal:
        """What a line may still receive: charged lines the store supplies, up to what they ask."""
        if (ln.supply or "stock") != "stock" or ln.approval not in (None, "approved"):
            return Decimal(0)
        return ln.qty - ln.issued_qty

    def _may_move_parts(self, card: JobCard) -> None:
        if card.status not in ISSUING:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: parts are no longer issued to it or "
                                                  "taken back from it. Reopen the card first."),
                field="status", number=card.number, status=card.status)

    def _refuse(self, s: Session, card: JobCard, part_id: int, lines: list[JobLine], qty: Decimal) -> None:
        from services.job_cards.links import part_for_line

        part = part_for_line(s, part_id)
        if not lines:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} does not list {part} {name}: nothing was issued. "
                                                  "The advisor can approve adding it to the card."),
                field="code", number=card.number, part=part.number, name=part.name)
        asked = sum((ln.qty for ln in lines if self._open_qty(ln) > 0 or ln.issued_qty > 0), Decimal(0))
        issued = sum((ln.issued_qty for ln in lines), Decimal(0))
        refs = ", ".join(ln.line_ref for ln in lines)
        held = [ln for ln in lines if (ln.supply or "stock") != "stock" or ln.approval not in (None, "approved")]
        if held and len(held) == len(lines):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} ({part}) is not issued from "
                                                  "stock (customer's own part, not needed, or awaiting the "
                                                  "customer's approval): nothing was issued."),
                field="line", number=card.number, line=refs, part=part.number)
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} asks for {asked} {part}; {issued} "
                                              "issued already, so {qty} more is refused. The advisor can approve "
                                              "adding it to the card."),
            field="qty", number=card.number, line=refs, asked=asked.normalize(), part=part.number,
            issued=issued.normalize(), qty=qty.normalize())

    def _advisor(self, actor: Actor, approval: Approval) -> Actor:
        """The advisor whose typed password approves adding a part to a card at the counter."""
        advisor = self.users.approve(approval.username, approval.password)
        if advisor.user_id == actor.user_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "A part is added to a card by the advisor, not "
                                                                     "by the person issuing it."))
        if not advisor.can(Permission.EDIT_JOB_CARDS):
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "{user} may not add lines to job cards."),
                                   user=advisor.display_name)
        return advisor

    def _line(self, s: Session, card: JobCard, line_ref: str | None) -> JobLine | None:
        if not line_ref:
            return None
        return next((ln for ln in self.cards.lines(s, card.id) if ln.line_ref == line_ref), None)

    def _replay(self, s: Session, card: JobCard, scan_key: str | None) -> IssueOutcome | None:
        """The outcome of a scan committed before (a replay after a crash): nothing moves again."""
        move = self.links.replayed_move(s, scan_key)
        if move is None:
            return None
        found = self.links.scanned_move(s, scan_key)
        line = self._line(s, card, found[1] if found else None)
        return IssueOutcome(card.number, line.line_ref if line else "", move.part_id, move.part_number,
                            move.part_name, -move.qty, line.issued_qty if line else Decimal(0),
                            line.qty if line else Decimal(0), move.on_hand_after, scan_key, replayed=True)
