"""The tools' reports: utilisation per item, the loan slip's data (借用单), and the consistency of
item states with the open loans (for ``servicebay check``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select

from app.db.models.station import Station
from app.db.models.tools import ToolItem, ToolLoan, ToolLoanLine
from app.db.models.users import User
from reports.tools.slip import LoanSlip, LoanSlipLine
from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.tools.data import UtilisationRow
from services.tools.records import ToolWork, day_start, local_text
from services.users.permissions import Actor, Permission


class ToolReports(ToolWork):
    """Figures and documents drawn from the ledger and the loan book."""

    def utilisation(self, actor: Actor, start: date, end: date) -> list[UtilisationRow]:
        """Loans per item between two station dates and the share of that time each item was out."""
        actor.require(Permission.VIEW_TOOLS)
        t0, t1 = day_start(self.clock, start), min(day_start(self.clock, end + timedelta(days=1)), self.clock.now())
        span = max((t1 - t0).total_seconds(), 1.0)
        loans: dict[int, int] = defaultdict(int)
        seconds: dict[int, float] = defaultdict(float)
        last: dict[int, datetime] = {}
        with self.db.read() as s:
            q = (select(ToolLoanLine.item_id, ToolLoanLine.lent_at, ToolLoanLine.returned_at)
                 .where(ToolLoanLine.lent_at < t1, or_(ToolLoanLine.returned_at.is_(None),
                                                       ToolLoanLine.returned_at > t0)))
            for item_id, lent_at, returned_at in s.execute(q):
                a, b = max(lent_at, t0), min(returned_at or t1, t1)
                if lent_at >= t0:
                    loans[item_id] += 1
                seconds[item_id] += max((b - a).total_seconds(), 0.0)
                if item_id not in last or lent_at > last[item_id]:
                    last[item_id] = lent_at
            items = s.execute(select(ToolItem.id, ToolItem.item_number, ToolItem.name, ToolItem.kind)
                              .order_by(ToolItem.item_number)).all()
        out = []
        for item_id, number, name, kind in items:
            secs = seconds.get(item_id, 0.0)
            out.append(UtilisationRow(
                item_id, number, name, kind, loans.get(item_id, 0),
                Decimal(str(secs / 3600)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
                Decimal(str(secs / span)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP), last.get(item_id)))
        out.sort(key=lambda r: (-r.loans, -r.hours_lent, r.item_number))
        return out

    def loan_slip(self, actor: Actor, number: str) -> LoanSlip:
        """The loan slip's data (借用单): borrower, items, times; rendered by ``reports.tools.documents``."""
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            loan = s.scalar(select(ToolLoan).where(ToolLoan.number == (number or "").strip()))
            if loan is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "There is no loan numbered {number}."),
                               number=number)
            u = s.get_one(User, loan.borrower_id)
            keeper = s.scalar(select(User.display_name).where(User.username == loan.lent_by)) or loan.lent_by or ""
            station = s.scalar(select(Station.name).limit(1)) or ""
            lines = [LoanSlipLine(item_number=i.item_number, name=i.name, specification=i.specification,
                                  barcode=i.barcode, quantity=i.quantity, lent_at=local_text(self.clock, ln.lent_at),
                                  expected_return=local_text(self.clock, ln.expected_return),
                                  returned_at=local_text(self.clock, ln.returned_at) if ln.returned_at else "",
                                  condition=ln.condition or "")
                     for ln, i in s.execute(select(ToolLoanLine, ToolItem).join(ToolItem, ToolItem.id == ToolLoanLine.item_id)
                                            .where(ToolLoanLine.loan_id == loan.id).order_by(ToolLoanLine.id))]
            return LoanSlip(station_name=station, number=loan.number, borrower_name=u.display_name,
                            borrower_badge=u.badge_code or "", borrower_username=u.username,
                            lent_at=local_text(self.clock, loan.lent_at), expected_return=local_text(self.clock, loan.expected_return),
                            job_card_number=loan.job_card_number or "", keeper_name=keeper, note=loan.note,
                            lines=lines, printed_at=local_text(self.clock, self.clock.now()))

    # ---- consistency -------------------------------------------------------------------------
    def consistency_problems(self) -> list[str]:
        """Item states that disagree with the open loans (for ``servicebay check``)."""
        problems: list[str] = []
        with self.db.read() as s:
            open_counts = dict(s.execute(select(ToolLoanLine.item_id, func.count())
                                         .where(ToolLoanLine.returned_at.is_(None))
                                         .group_by(ToolLoanLine.item_id)).all())
            for item_id, number, state in s.execute(select(ToolItem.id, ToolItem.item_number, ToolItem.state)):
                n = open_counts.get(item_id, 0)
                if n > 1:
                    problems.append(f"tools: {number} is on {n} open loans at once")
                if state == "on_loan" and n == 0:
                    problems.append(f"tools: {number} is marked on loan but no open loan has it")
                if state != "on_loan" and n:
                    problems.append(f"tools: {number} is on an open loan but its state is {state}")
            unclosed = s.scalar(select(func.count()).select_from(ToolLoan).where(
                ToolLoan.closed_at.is_(None),
                ~select(ToolLoanLine.id).where(ToolLoanLine.loan_id == ToolLoan.id,
                                               ToolLoanLine.returned_at.is_(None)).exists()))
            if unclosed:
                problems.append(f"tools: {unclosed} loans have every item back but are not closed")
        return problems
