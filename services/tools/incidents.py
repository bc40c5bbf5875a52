"""Damage and loss (incidents): the station's rule for each condition (a charge on the purchase
cost, a repair), the incidents reported, and settling one with the charge agreed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.tools import ToolIncident, ToolItem, ToolLoan, ToolLoanLine, ToolRule
from app.db.models.users import User
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.tools.codes import DEFAULT_RULES
from services.tools.data import IncidentRow
from services.tools.records import ToolWork, day_start, read_money
from services.users.permissions import Actor, Permission


def charge_rule(s: Session, condition: str) -> tuple[int, bool]:
    """The station's rule for an item returned in ``condition``: (percent of cost charged, send to repair)."""
    row = s.scalar(select(ToolRule).where(ToolRule.condition == condition))
    return (row.charge_percent, row.repair) if row else DEFAULT_RULES[condition]


class Incidents(ToolWork):
    """The rules for damage and loss, and the incidents they open."""

    def set_rule(self, actor: Actor, condition: str, charge_percent: int, repair: bool) -> None:
        actor.require(Permission.EDIT_TOOLS)
        if condition not in DEFAULT_RULES or not 0 <= int(charge_percent) <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A charge is 0 to 100 percent of the cost."))
        with self.db.write() as s:
            row = s.scalar(select(ToolRule).where(ToolRule.condition == condition))
            before = (row.charge_percent, row.repair) if row else DEFAULT_RULES[condition]
            if row is None:
                s.add(ToolRule(condition=condition, charge_percent=int(charge_percent), repair=repair))
            else:
                row.charge_percent, row.repair = int(charge_percent), repair
            self.audit.record(s, actor, "tool.rule", "tool_rule", condition,
                              details={"before": list(before), "after": [int(charge_percent), repair]})

    def incidents(self, actor: Actor, *, start: date | None = None, end: date | None = None,
                  status: str | None = None) -> list[IncidentRow]:
        """Damage and losses (reported between ``start`` and ``end``, station dates, inclusive)."""
        actor.require(Permission.VIEW_TOOLS)
        q = (select(ToolIncident.id, ToolItem.id, ToolItem.item_number, ToolItem.name, ToolItem.cost,
                    func.coalesce(User.display_name, ""), func.coalesce(ToolLoan.number, ""), ToolIncident.kind,
                    ToolIncident.reported_at, ToolIncident.charge_amount, ToolIncident.repair_order,
                    ToolIncident.status, ToolIncident.note)
             .join(ToolItem, ToolItem.id == ToolIncident.item_id)
             .outerjoin(User, User.id == ToolIncident.borrower_id)
             .outerjoin(ToolLoanLine, ToolLoanLine.id == ToolIncident.loan_line_id)
             .outerjoin(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
             .order_by(ToolIncident.reported_at, ToolIncident.id))
        if start:
            q = q.where(ToolIncident.reported_at >= day_start(self.clock, start))
        if end:
            q = q.where(ToolIncident.reported_at < day_start(self.clock, end + timedelta(days=1)))
        if status:
            q = q.where(ToolIncident.status == status)
        with self.db.read() as s:
            return [IncidentRow(*tuple(r)) for r in s.execute(q)]

    def settle_incident(self, actor: Actor, incident_id: int, *, charge_amount: Any = None, repair_order: str = "",
                        note: str = "") -> IncidentRow:
        """Close an incident with the charge agreed and the repair order (audited with the amount)."""
        actor.require(Permission.EDIT_TOOLS)
        charge = read_money(charge_amount)
        with self.db.write() as s:
            inc = s.get(ToolIncident, incident_id)
            if inc is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The damage or loss record was not found."))
            before = str(inc.charge_amount) if inc.charge_amount is not None else None
            inc.charge_amount = charge
            inc.repair_order = (repair_order or "").strip()
            if note.strip():
                inc.note = note.strip()
            inc.status = "settled"
            inc.settled_at = self.clock.now()
            inc.settled_by = actor.username
            self.audit.record(s, actor, "tool.charge", "tool_incident", inc.id, inc.repair_order or None,
                              details={"before": before, "after": str(charge) if charge is not None else None},
                              amount=charge)
        return next(r for r in self.incidents(actor) if r.id == incident_id)
