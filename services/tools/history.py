"""Who has what right now, what is overdue, and the story of a borrower or of an item (loans and
returns, calibrations, damage and state changes).
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import select

from app.db.models.tools import ToolAttachment, ToolCalibration, ToolLoan, ToolLoanLine
from app.db.models.users import AuditEntry
from services.tools.data import AttachmentInfo, HistoryEntry, ItemDetail, LoanLineRow, OpenLoanRow
from services.tools.records import (
    ToolWork,
    calibration_record,
    get_item,
    item_info,
    loan_lines_query,
    open_loans_query,
)
from services.users.permissions import Actor, Permission


class LoanHistory(ToolWork):
    """Reading the loan book and an item's history."""

    def on_loan(self, actor: Actor, *, borrower_id: int | None = None, loan_number: str | None = None,
                limit: int = 5000) -> list[OpenLoanRow]:
        """Who has what right now, oldest first."""
        actor.require(Permission.VIEW_TOOLS)
        now = self.clock.now()
        q = open_loans_query().order_by(ToolLoanLine.lent_at, ToolLoanLine.id).limit(limit)
        if borrower_id is not None:
            q = q.where(ToolLoanLine.borrower_id == borrower_id)
        if loan_number:
            q = q.where(ToolLoan.number == loan_number)
        with self.db.read() as s:
            return [OpenLoanRow(*r, overdue=r[9] < now)  # type: ignore[misc]  # r: every field but overdue
                    for r in s.execute(q)]

    def overdue(self, actor: Actor, *, limit: int = 5000) -> list[OpenLoanRow]:
        """Items not back by their expected return, by the station's clock; longest overdue first."""
        actor.require(Permission.VIEW_TOOLS)
        now = self.clock.now()
        q = (open_loans_query().where(ToolLoanLine.expected_return < now)
             .order_by(ToolLoanLine.expected_return, ToolLoanLine.id).limit(limit))
        with self.db.read() as s:
            return [OpenLoanRow(*r, overdue=True) for r in s.execute(q)]  # type: ignore[misc]  # (as above)

    def borrower_history(self, actor: Actor, borrower_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        actor.require(Permission.VIEW_TOOLS)
        q = (loan_lines_query().where(ToolLoanLine.borrower_id == borrower_id)
             .order_by(ToolLoanLine.lent_at.desc(), ToolLoanLine.id.desc()).limit(limit))
        with self.db.read() as s:
            return [LoanLineRow(*r) for r in s.execute(q)]

    def item_loans(self, actor: Actor, item_id: int, *, limit: int = 500) -> list[LoanLineRow]:
        actor.require(Permission.VIEW_TOOLS)
        q = (loan_lines_query().where(ToolLoanLine.item_id == item_id)
             .order_by(ToolLoanLine.lent_at.desc(), ToolLoanLine.id.desc()).limit(limit))
        with self.db.read() as s:
            return [LoanLineRow(*r) for r in s.execute(q)]

    def item_detail(self, actor: Actor, item_id: int, *, limit: int = 500) -> ItemDetail:
        """The item with its whole story: loans and returns, calibrations, damage and state changes."""
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            info = item_info(s, get_item(s, item_id))
            calibrations = [calibration_record(c) for c in s.scalars(
                select(ToolCalibration).where(ToolCalibration.item_id == item_id)
                .order_by(ToolCalibration.performed_on.desc(), ToolCalibration.id.desc()))]
            attachments = [AttachmentInfo(a.id, a.kind, a.file_name, a.stored_path, a.blob_ref)
                           for a in s.scalars(select(ToolAttachment).where(ToolAttachment.item_id == item_id)
                                              .order_by(ToolAttachment.id))]
            history: list[HistoryEntry] = []
            for r in s.execute(loan_lines_query().where(ToolLoanLine.item_id == item_id)
                               .order_by(ToolLoanLine.lent_at.desc()).limit(limit)):
                line = LoanLineRow(*r)
                history.append(HistoryEntry(line.lent_at, "lent", line.borrower_name, line.loan_number, "",
                                            line.job_card_number or ""))
                if line.returned_at:
                    history.append(HistoryEntry(line.returned_at, "returned", line.borrower_name, line.loan_number,
                                                line.condition or "good", line.note))
            for c in calibrations:
                at = datetime.combine(c.performed_on, time(12), tzinfo=self.clock.zone).astimezone(UTC)
                history.append(HistoryEntry(at, c.kind, c.provider, c.certificate_number, c.result, c.note))
            for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "tool_item",
                                                        AuditEntry.entity_id == str(item_id),
                                                        AuditEntry.action.in_(("tool.state", "tool.create")))
                               .order_by(AuditEntry.id.desc()).limit(limit)):
                d = a.details or {}
                at = datetime.fromisoformat(d["at"]) if d.get("at") else a.created_at
                history.append(HistoryEntry(at, "created" if a.action == "tool.create" else "state",
                                            a.username or "", "", d.get("after", ""), d.get("reason", "")))
            history.sort(key=lambda h: h.at, reverse=True)
            return ItemDetail(info, history, calibrations, attachments)
