"""Job cards (任务委托书): reception, lines, the lifecycle, quality check, totals per payer.

``JobCardService`` is the area's one door (``ctx.job_cards``); the work is done by its parts,
each a module of this package:

- ``cards``: the unit of work on one card (a stale version is a conflict) and its reading;
- ``reception``: reception warnings, opening a card or estimate, the intake, rework, the
  estimate's conversion;
- ``lines``: labour, parts and other charges, discounts and their approval, added work;
- ``lifecycle``: the moves of the state machine (``states``), dispatch, cancel;
- ``quality``: self-check and final check (refused while a charged part is not issued), the
  completion certificate;
- ``issuing``: parts issued to the card's lines, returned and taken back at the parts counter, the
  picking list, lines marked "customer's own part" or "not needed";
- ``integrity``: ``servicebay check``'s look at the cards against their lines, reservations and moves;
- ``listing``, ``printing``, ``catalogue``, ``links``, ``totals``: the list, the documents, the
  labour catalogue, the seam to the customer file and stock, the money rules.

The lifecycle of DESIGN.md is a state machine: every transition is checked against
``TRANSITIONS``, refused with a reason when out of order, and written to the status history
with the user and the time. Lines carry a payer each; totals are tax-inclusive per line,
rounded half up, with net and tax derived per line (``services.job_cards.totals``). Every change
names the card version it was made on: a second PC saving the same card gets a conflict.

Estimates (估价单) are cards in status ``estimate`` with a GJ number until the customer agrees;
they then get a job card number (WT…) and their parts lines reserve stock.

The names other areas import from here (statuses, codes, the plain data) are re-exported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.job_cards import LabourOperation
from services.common.clock import Clock
from services.job_cards.cards import AssignmentRule, CardStore
from services.job_cards.catalogue import LabourCatalogue
from services.job_cards.codes import (
    APPROVAL_CHANNELS,
    CERTIFICATE_CLASSES,
    CHECKLISTS,
    DAMAGE_KINDS,
    DEFAULT_PAYER,
    FUEL_LEVELS,
    MAX_HOURS,
    MAX_QTY,
    OLD_PARTS,
    OTHER_KINDS,
    REPAIR_CLASSES,
    WARNING_LIGHTS,
)
from services.job_cards.data import (
    Approval,
    DamageMark,
    Intake,
    JobCardInfo,
    JobLineInfo,
    QualityCheckInfo,
    ReceptionWarning,
    StatusChangeInfo,
    Technician,
)
from services.job_cards.inputs import ZERO
from services.job_cards.issuing import IssueOutcome, PartsCounter, PickingList, PickLine
from services.job_cards.lifecycle import Lifecycle
from services.job_cards.lines import LineEditor
from services.job_cards.links import Links
from services.job_cards.listing import ListFilter, ListPage, list_cards, timeline_entries
from services.job_cards.quality import QualityControl
from services.job_cards.reception import Reception
from services.job_cards.states import (
    CLOSED,
    EDITABLE,
    MOVES,
    NOT_STARTED,
    STATUS_NAMES,
    STATUSES,
    TRANSITIONS,
    WORK_STARTED,
    actions_for,
)
from services.job_cards.totals import Totals
from services.station.settings import JOB_TYPE_NAMES, JOB_TYPES, PAYER_NAMES, PAYERS
from services.users import privacy
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

__all__ = [
    "APPROVAL_CHANNELS", "CERTIFICATE_CLASSES", "CHECKLISTS", "CLOSED", "DAMAGE_KINDS", "DEFAULT_PAYER", "EDITABLE",
    "FUEL_LEVELS", "JOB_TYPES", "JOB_TYPE_NAMES", "MAX_HOURS", "MAX_QTY", "MOVES", "NOT_STARTED", "OLD_PARTS",
    "OTHER_KINDS", "PAYERS", "PAYER_NAMES", "REPAIR_CLASSES", "STATUSES", "STATUS_NAMES", "TRANSITIONS",
    "WARNING_LIGHTS", "WORK_STARTED", "ZERO", "Approval", "DamageMark", "Intake", "JobCardInfo", "JobCardService",
    "IssueOutcome", "JobLineInfo", "ListFilter", "ListPage", "PickLine", "PickingList", "QualityCheckInfo", "ReceptionWarning", "StatusChangeInfo",
    "Technician", "Totals", "actions_for",
]


class JobCardService:
    """Job cards from reception to quality check. ``station`` gives rates and guarantee periods;
    ``users`` checks a supervisor's approval; ``customers`` and ``parts`` are reached via ``Links``;
    ``assignment_rule`` (the workshop board's) decides who may start a card and self-check it.

    A facade: each method hands the call to the part that does it (see the module's docstring)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, station, users, customers=None,
                 parts=None, assignment_rule: AssignmentRule | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self.users = users
        self.links = Links(customers, parts)
        self.catalogue = LabourCatalogue(db, audit)
        self._cards = CardStore(db, audit, clock, station, assignment_rule)
        self._line_editor = LineEditor(self._cards, self.links, users)
        self._reception = Reception(self._cards, self.links, lines=self._line_editor)
        self._lifecycle = Lifecycle(self._cards, self.links)
        self._quality = QualityControl(self._cards, self.links)
        self._counter = PartsCounter(self._cards, self.links, users, self._line_editor)

    # ---- reading ------------------------------------------------------------------------------
    def card(self, actor: Actor, card_id: int) -> JobCardInfo:
        return self._cards.card(actor, card_id)

    def card_by_number(self, actor: Actor, number: str) -> JobCardInfo:
        """A job card by its number, or an estimate by its estimate number."""
        return self._cards.card_by_number(actor, number)

    # ---- reception ----------------------------------------------------------------------------
    def reception_warnings(self, actor: Actor, vehicle_id: int, mileage: int | None = None, *,
                           exclude_card_id: int | None = None) -> list[ReceptionWarning]:
        """An open card, a repair guarantee still running, a lower mileage, an unusual plate (``Reception``)."""
        return self._reception.reception_warnings(actor, vehicle_id, mileage, exclude_card_id=exclude_card_id)

    def open_card(self, actor: Actor, intake: Intake, *, estimate: bool = False, rework_of: int | None = None,
                  advisor: Actor | None = None, request_key: str | None = None,
                  parts: Sequence[tuple[int, Decimal]] = (),
                  within: Callable[[Session, int, str], None] | None = None) -> JobCardInfo:
        """Receive a car: a new job card (or an estimate) for a vehicle of the customer file.
        ``request_key`` (made by the desk) lets a retry after a crash find the card instead of making two.
        ``parts``: parts lines to open the card with, (part id, quantity), each reserving its stock;
        ``within(session, card_id, card_number)`` runs in the card's transaction before those lines
        (an appointment gives back its reservations there, so they move to the card)."""
        return self._reception.open_card(actor, intake, estimate=estimate, rework_of=rework_of, advisor=advisor,
                                         request_key=request_key, parts=parts, within=within)

    def update_intake(self, actor: Actor, card_id: int, version: int, intake: Intake) -> JobCardInfo:
        return self._reception.update_intake(actor, card_id, version, intake)

    def change_promised_time(self, actor: Actor, card_id: int, version: int, promised_at: datetime,
                             reason: str) -> JobCardInfo:
        """Promise the customer another time, with why (audited with the old and the new time)."""
        return self._reception.change_promised_time(actor, card_id, version, promised_at, reason)

    def open_rework(self, actor: Actor, original_id: int, intake: Intake) -> JobCardInfo:
        """A rework (返修): a new card linked to the original, flagged, lines charged internally by default."""
        return self._reception.open_rework(actor, original_id, intake)

    def convert_estimate(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """The customer agreed: the estimate becomes a job card with its own number; parts are reserved."""
        return self._reception.convert_estimate(actor, card_id, version)

    # ---- lines --------------------------------------------------------------------------------
    def operation_for(self, s: Session, code: str, family: str, day: date) -> LabourOperation | None:
        """The catalogue version in force on ``day``: the model family's own row first, then the default."""
        return self._line_editor.operation_for(s, code, family, day)

    def add_labour(self, actor: Actor, card_id: int, version: int, code: str, *, hours: Any = None,
                   hours_reason: str = "", payer: str | None = None, discount: Any = 0,
                   technicians: Sequence = (), approval: Approval | None = None, model_family: str | None = None,
                   name: str | None = None) -> JobCardInfo:
        """A labour line from the catalogue at the rate in force for the job type and payer."""
        return self._line_editor.add_labour(actor, card_id, version, code, hours=hours, hours_reason=hours_reason,
                                      payer=payer, discount=discount, technicians=technicians, approval=approval,
                                      model_family=model_family, name=name)

    def add_part(self, actor: Actor, card_id: int, version: int, part_id: int, qty: Any, *,
                 price: Any = None, payer: str | None = None, discount: Any = 0,
                 approval: Approval | None = None) -> JobCardInfo:
        """A parts line from the parts master, reserved in stock as it is added (job cards, not estimates)."""
        return self._line_editor.add_part(actor, card_id, version, part_id, qty, price=price, payer=payer,
                                    discount=discount, approval=approval)

    def add_other(self, actor: Actor, card_id: int, version: int, kind: str, amount: Any, *, name: str = "",
                  payer: str | None = None, discount: Any = 0, approval: Approval | None = None) -> JobCardInfo:
        """Another charge: diagnosis, inspection, outside work, towing."""
        return self._line_editor.add_other(actor, card_id, version, kind, amount, name=name, payer=payer,
                                     discount=discount, approval=approval)

    def update_line(self, actor: Actor, card_id: int, version: int, line_id: int, *, qty: Any = None,
                    price: Any = None, discount: Any = None, payer: str | None = None, hours_reason: str | None = None,
                    technicians: Sequence | None = None, approval: Approval | None = None) -> JobCardInfo:
        """Change a line: hours or quantity, price, discount, payer, technicians."""
        return self._line_editor.update_line(actor, card_id, version, line_id, qty=qty, price=price, discount=discount,
                                       payer=payer, hours_reason=hours_reason, technicians=technicians,
                                       approval=approval)

    def remove_line(self, actor: Actor, card_id: int, version: int, line_id: int) -> JobCardInfo:
        return self._line_editor.remove_line(actor, card_id, version, line_id)

    def decide_added_work(self, actor: Actor, card_id: int, version: int, line_ids: Iterable[int], approved: bool,
                          channel: str, at: datetime | None = None) -> JobCardInfo:
        """Record the customer's answer to added work, with the time and the channel (phone, WeChat...)."""
        return self._line_editor.decide_added_work(actor, card_id, version, line_ids, approved, channel, at)

    def mark_supply(self, actor: Actor, card_id: int, version: int, line_id: int, supply: str,
                    reason: str = "") -> JobCardInfo:
        """A parts line the store does not supply: "own" (the customer's own part) or "not_needed", with
        why; "stock" again undoes it. Marked lines are not charged, and their reservation is released."""
        return self._counter.mark_supply(actor, card_id, version, line_id, supply, reason)

    # ---- the parts counter --------------------------------------------------------------------
    def issue_part(self, actor: Actor, number: str, code: str, *, qty: Any = 1, scan_key: str | None = None,
                   approval: Approval | None = None) -> IssueOutcome:
        """Issue a scanned part to the card's line for it; refused (card and line named) when the card does
        not list it or has all it asks for, unless an advisor's ``approval`` adds it as a charged line."""
        return self._counter.issue(actor, number, code, qty=qty, scan_key=scan_key, approval=approval)

    def return_part(self, actor: Actor, number: str, code: str, *, qty: Any = 1, scan_key: str | None = None,
                    line_ref: str | None = None, reason: str = "") -> IssueOutcome:
        """Parts back to the store from the card; the line's issued quantity goes down."""
        return self._counter.return_part(actor, number, code, qty=qty, scan_key=scan_key, line_ref=line_ref,
                                         reason=reason)

    def undo_issue(self, actor: Actor, scan_key: str, *, undo_key: str | None = None) -> IssueOutcome:
        """Take back the issue one scan made (once: the ledger refuses a second reversal)."""
        return self._counter.undo_issue(actor, scan_key, undo_key=undo_key)

    def picking_list(self, actor: Actor, number: str) -> PickingList:
        """The card's parts lines: asked, issued, to issue, bin."""
        return self._counter.picking_list(actor, number)

    def verify(self) -> list[str]:
        """``servicebay check``: every card against its lines, reservations and issue moves; gap-free numbers."""
        from services.job_cards.integrity import verify

        return verify(self.db)

    # ---- lifecycle ----------------------------------------------------------------------------
    def transition(self, actor: Actor, card_id: int, version: int, to_status: str, reason: str = "") -> JobCardInfo:
        """Move a card along DESIGN.md's lifecycle. Cancel, quality check and the estimate's conversion
        have their own methods (they record more than the move)."""
        return self._lifecycle.transition(actor, card_id, version, to_status, reason)

    def dispatch(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """Send the card to the workshop (the workshop board assigns technician and bay later)."""
        return self._lifecycle.dispatch(actor, card_id, version)

    def cancel(self, actor: Actor, card_id: int, version: int, reason: str) -> JobCardInfo:
        """Cancel before work starts, with a reason; the card stays (it may have been printed)."""
        return self._lifecycle.cancel(actor, card_id, version, reason)

    # ---- quality control ----------------------------------------------------------------------
    def checklist(self, job_type: str) -> list[str]:
        """The final inspection's checklist for a job type (English sources in context "Checklist")."""
        return self._quality.checklist(job_type)

    def self_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                   checklist: Sequence[tuple[str, bool]] = (), reason: str = "") -> JobCardInfo:
        """The technician's self-check (自检). Passed, it sends the car to the final inspection."""
        return self._quality.self_check(actor, card_id, version, passed, checklist, reason)

    def final_check(self, actor: Actor, card_id: int, version: int, passed: bool,
                    checklist: Sequence[tuple[str, bool]] = (), reason: str = "", *, road_test: bool = False,
                    road_test_km: int | None = None, road_test_note: str = "") -> JobCardInfo:
        """The inspector's final check (终检): pass → ready (with a completion certificate for the
        classes that need one), or back to work with the reason."""
        return self._quality.final_check(actor, card_id, version, passed, checklist, reason, road_test=road_test,
                                         road_test_km=road_test_km, road_test_note=road_test_note)

    # ---- the list and the timeline -----------------------------------------------------------------
    def list_cards(self, actor: Actor, f: ListFilter | None = None, *, after: tuple | None = None,
                   limit: int = 100) -> ListPage:
        """A page of the job card list: open cards first, newest first; ``after`` = the last page's key."""
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return list_cards(s, self.clock.zone, f or ListFilter(), after, limit)

    def timeline(self, actor: Actor, customer_id: int) -> list:
        """A customer's job cards as timeline entries (the customer file's ``TimelineSource``)."""
        return timeline_entries(self.db, actor, customer_id)

    def find_vehicles(self, actor: Actor, text: str) -> list:
        """Cars by plate, VIN (whole or last digits), owner's name or phone, from the customer file."""
        actor.require(Permission.VIEW_JOB_CARDS)
        return self.links.find_vehicles(actor, text)

    # ---- documents (reportlab loads on the first one) ------------------------------------------
    def document(self, actor: Actor, number: str, translate=None):
        """The card or estimate as ``reports.job_cards.documents`` prints it (values in the reader's language)."""
        from services.job_cards.printing import build_document

        return build_document(self, actor, number, translate)

    def job_card_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                     copies: tuple[str, ...] = ("customer", "workshop", "picking"), paper: str = "a4",
                     purpose: str = "") -> bytes:
        """``paper``: "a4", "a5" (landscape) or "continuous" (241 mm dot-matrix stationery). ``purpose``:
        why the customer's personal data is printed (个人信息保护法), recorded with the print."""
        from reports.job_cards.documents import render_job_card

        doc = self.document(actor, number, translate)
        self._audit_print(actor, doc, "job_card", copies, purpose)
        return render_job_card(doc, copies=copies, lang=lang, paper_key=paper)

    def estimate_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                     paper: str = "a4", purpose: str = "") -> bytes:
        from reports.job_cards.documents import render_estimate

        doc = self.document(actor, number, translate)
        self._audit_print(actor, doc, "estimate", purpose=purpose)
        return render_estimate(doc, lang=lang, paper_key=paper)

    def pre_inspection_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                           paper: str = "a4", purpose: str = "") -> bytes:
        from reports.job_cards.documents import render_pre_inspection

        doc = self.document(actor, number, translate)
        self._audit_print(actor, doc, "pre_inspection", purpose=purpose)
        return render_pre_inspection(doc, lang=lang, paper_key=paper)

    def _audit_print(self, actor: Actor, doc, kind: str, copies: tuple[str, ...] = (), purpose: str = "") -> None:
        """A printed card carries the customer's name, phone and car: who printed which, what for, and how
        it showed them."""
        purpose = " ".join((purpose or "").split())[:200]
        details = {"document": kind, "copies": list(copies),
                   "phones": "full" if privacy.sees_full_phone(actor) else "masked"}
        if purpose:
            details["purpose"] = purpose
        with self.db.write() as s:
            self.audit.record(s, actor, "job_card.print", "job_card", doc.number or doc.estimate_number,
                              f"{kind} {doc.number or doc.estimate_number}" + (f": {purpose}" if purpose else ""),
                              details=details)

    # ---- the other areas' view ------------------------------------------------------------------
    def issued_parts(self, actor: Actor, number: str) -> list:
        """What the store has issued to the card (net of returns), per part."""
        actor.require(Permission.VIEW_JOB_CARDS)
        return self.links.issued(number)
