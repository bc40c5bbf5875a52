"""Tools, equipment and technical documents: the ledger (台帐), loans (工具借用), calibration, incidents.

The tool and documentation keeper (工具资料管理员) lends by scanning: the borrower's badge, then
each item's asset barcode; each item scan is committed at once as a loan line carrying the scan's
unique key, so a replayed scan returns what the first one did instead of lending twice. Items
come back by scan with their condition; a damaged, incomplete or lost item opens an incident
under the station's rule (a charge on the purchase cost, a repair). Items due for calibration, in
calibration or repair, lost or retired are refused with the reason.

``ToolService`` is the area's one door (``ctx.tools``); the work is done by its parts, each a
module of this package: ``ledger`` (items), ``lending`` (loans and returns), ``history`` (who has
what, an item's story), ``calibration``, ``incidents`` (damage, loss, charges and their rules),
``reporting`` (utilisation, the loan slip, consistency); ``records`` holds what they share.
The names other areas import from here (codes, the plain data) are re-exported.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.db.engine import Database
from reports.tools.slip import LoanSlip
from services.common.clock import Clock
from services.tools.calibration import Calibration
from services.tools.codes import (
    CALIBRATION_KINDS,
    CONDITIONS,
    DEFAULT_RULES,
    HISTORY_EVENTS,
    ITEM_PREFIX,
    KINDS,
    LENDABLE,
    RESULTS,
    STATES,
)
from services.tools.data import (
    AttachmentInfo,
    Borrower,
    CalibrationInput,
    CalibrationRecord,
    HistoryEntry,
    IncidentRow,
    ItemDetail,
    LendResult,
    LoanLineRow,
    OpenLoanRow,
    ReturnResult,
    ToolItemInfo,
    ToolItemInput,
    ToolItemRow,
    UtilisationRow,
)
from services.tools.history import LoanHistory
from services.tools.incidents import Incidents
from services.tools.ledger import Ledger
from services.tools.lending import Lending
from services.tools.records import end_of_day
from services.tools.reporting import ToolReports
from services.users.audit import AuditLog
from services.users.permissions import Actor

__all__ = [
    "CALIBRATION_KINDS", "CONDITIONS", "DEFAULT_RULES", "HISTORY_EVENTS", "ITEM_PREFIX", "KINDS", "LENDABLE",
    "RESULTS", "STATES", "AttachmentInfo", "Borrower", "CalibrationInput", "CalibrationRecord", "HistoryEntry",
    "IncidentRow", "ItemDetail", "LendResult", "LoanLineRow", "OpenLoanRow", "ReturnResult", "ToolItemInfo",
    "ToolItemInput", "ToolItemRow", "ToolService", "UtilisationRow",
]


class ToolService:
    """The keeper's ledger and loan book. Every method takes the signed-in ``Actor`` first.

    A facade: each method hands the call to the part that does it (see the module's docstring)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self._ledger = Ledger(db, audit, clock)
        self._lending = Lending(db, audit, clock)
        self._history = LoanHistory(db, audit, clock)
        self._calibration = Calibration(db, audit, clock)
        self._incidents = Incidents(db, audit, clock)
        self._reports = ToolReports(db, audit, clock)

    # ---- time -------------------------------------------------------------------------------
    def end_of_day(self, day: date | None = None) -> datetime:
        """The end of the station's day (local 23:59:59) as a UTC time: the default expected return."""
        return end_of_day(self.clock, day)

    # ---- the ledger ----------------------------------------------------------------------------
    def add_item(self, actor: Actor, data: ToolItemInput) -> ToolItemInfo:
        return self._ledger.add_item(actor, data)

    def update_item(self, actor: Actor, item_id: int, data: ToolItemInput, version: int) -> ToolItemInfo:
        return self._ledger.update_item(actor, item_id, data, version)

    def set_state(self, actor: Actor, item_id: int, state: str, reason: str = "") -> ToolItemInfo:
        """Send an item to calibration or repair, back to available, or write it off as lost or retired."""
        return self._ledger.set_state(actor, item_id, state, reason)

    def add_attachment(self, actor: Actor, item_id: int, file_name: str, stored_path: str = "",
                       kind: str = "manual", blob_ref: str | None = None) -> AttachmentInfo:
        return self._ledger.add_attachment(actor, item_id, file_name, stored_path, kind, blob_ref)

    def find_item(self, actor: Actor, code: str) -> ToolItemInfo:
        """The item with this barcode or item number."""
        return self._ledger.find_item(actor, code)

    def item(self, actor: Actor, item_id: int) -> ToolItemInfo:
        return self._ledger.item(actor, item_id)

    def list_items(self, actor: Actor, *, search: str = "", state: str | None = None, kind: str | None = None,
                   after: str | None = None, limit: int = 200) -> list[ToolItemRow]:
        """Ledger lines in item-number order, a page at a time (keyset: ``after`` the last number seen)."""
        return self._ledger.list_items(actor, search=search, state=state, kind=kind, after=after, limit=limit)

    def count_by_state(self, actor: Actor) -> dict[str, int]:
        return self._ledger.count_by_state(actor)

    # ---- borrowers, lending and returning -------------------------------------------------------
    def borrower_by_badge(self, actor: Actor, badge: str) -> Borrower:
        """The staff member whose badge was scanned; an unknown or disabled badge is refused."""
        return self._lending.borrower_by_badge(actor, badge)

    def badge_holder(self, actor: Actor, badge: str) -> Borrower | None:
        return self._lending.badge_holder(actor, badge)

    def staff(self, actor: Actor) -> list[Borrower]:
        return self._lending.staff(actor)

    def lend(self, actor: Actor, borrower_id: int, barcode: str, scan_key: str, *, loan_number: str | None = None,
             expected_return: date | datetime | None = None, job_card_number: str | None = None,
             note: str = "") -> LendResult:
        """Lend one scanned item to a borrower, on a new loan or on ``loan_number`` (same desk visit).

        A scan key already stored returns the first result (``replayed``) and changes nothing.
        """
        return self._lending.lend(actor, borrower_id, barcode, scan_key, loan_number=loan_number,
                                  expected_return=expected_return, job_card_number=job_card_number, note=note)

    def lend_items(self, actor: Actor, badge: str, barcodes: list[str], scan_keys: list[str], **kw) -> list[LendResult]:
        """Lend several items in one go (the CLI and imports): one loan, stops at the first refusal."""
        return self._lending.lend_items(actor, badge, barcodes, scan_keys, **kw)

    def return_item(self, actor: Actor, barcode: str, scan_key: str, condition: str = "good",
                    note: str = "") -> ReturnResult:
        """Take a scanned item back with its condition; damage or loss opens an incident by the station's rule."""
        return self._lending.return_item(actor, barcode, scan_key, condition, note)

    # ---- who has what ------------------------------------------------------------------------
    def on_loan(self, actor: Actor, *, borrower_id: int | None = None, loan_number: str | None = None,
                limit: int = 5000) -> list[OpenLoanRow]:
        """Who has what right now, oldest first."""
        return self._history.on_loan(actor, borrower_id=borrower_id, loan_number=loan_number, limit=limit)

    def overdue(self, actor: Actor, *, limit: int = 5000) -> list[OpenLoanRow]:
        """Items not back by their expected return, by the station's clock; longest overdue first."""
        return self._history.overdue(actor, limit=limit)

    def borrower_history(self, actor: Actor, borrower_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        return self._history.borrower_history(actor, borrower_id, limit=limit)

    def item_loans(self, actor: Actor, item_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        return self._history.item_loans(actor, item_id, limit=limit)

    def item_detail(self, actor: Actor, item_id: int, *, limit: int = 500) -> ItemDetail:
        """The item with its whole story: loans and returns, calibrations, damage and state changes."""
        return self._history.item_detail(actor, item_id, limit=limit)

    # ---- calibration and maintenance ------------------------------------------------------
    def record_calibration(self, actor: Actor, item_id: int, data: CalibrationInput) -> CalibrationRecord:
        """A calibration, maintenance or repair done: a pass sets the next due date and frees the item."""
        return self._calibration.record_calibration(actor, item_id, data)

    def calibration_due(self, actor: Actor, within_days: int = 30) -> list[ToolItemRow]:
        """Items whose calibration or maintenance falls due within ``within_days`` (or is past due)."""
        return self._calibration.calibration_due(actor, within_days)

    # ---- incidents and their rules --------------------------------------------------------------
    def set_rule(self, actor: Actor, condition: str, charge_percent: int, repair: bool) -> None:
        """The station's rule for a condition: the percent of cost charged, and whether the item goes to repair."""
        self._incidents.set_rule(actor, condition, charge_percent, repair)

    def incidents(self, actor: Actor, *, start: date | None = None, end: date | None = None,
                  status: str | None = None) -> list[IncidentRow]:
        """Damage and losses (reported between ``start`` and ``end``, station dates, inclusive)."""
        return self._incidents.incidents(actor, start=start, end=end, status=status)

    def settle_incident(self, actor: Actor, incident_id: int, *, charge_amount: Any = None, repair_order: str = "",
                        note: str = "") -> IncidentRow:
        """Close an incident with the charge agreed and the repair order (audited with the amount)."""
        return self._incidents.settle_incident(actor, incident_id, charge_amount=charge_amount,
                                               repair_order=repair_order, note=note)

    # ---- reports -------------------------------------------------------------------------------
    def utilisation(self, actor: Actor, start: date, end: date) -> list[UtilisationRow]:
        """Loans per item between two station dates and the share of that time each item was out."""
        return self._reports.utilisation(actor, start, end)

    def loan_slip(self, actor: Actor, number: str) -> LoanSlip:
        """The loan slip's data (借用单): borrower, items, times; rendered by ``reports.tools.documents``."""
        return self._reports.loan_slip(actor, number)

    def consistency_problems(self) -> list[str]:
        """Item states that disagree with the open loans (for ``servicebay check``)."""
        return self._reports.consistency_problems()
