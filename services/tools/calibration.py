"""Calibration, maintenance and repair of items (计量器具检定): recording what was done, and the
items falling due.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from app.db.models.tools import ToolCalibration, ToolItem, ToolLoanLine
from app.db.models.users import User
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.tools.codes import CALIBRATION_KINDS, RESULTS
from services.tools.data import CalibrationInput, CalibrationRecord, ToolItemRow
from services.tools.records import ToolWork, calibration_record, get_item, holder_name, read_money
from services.users.permissions import Actor, Permission


class Calibration(ToolWork):
    """Calibrations and maintenance of the ledger's items."""

    def record_calibration(self, actor: Actor, item_id: int, data: CalibrationInput) -> CalibrationRecord:
        """A calibration, maintenance or repair done: a pass sets the next due date and frees the item."""
        actor.require(Permission.EDIT_TOOLS)
        if data.kind not in CALIBRATION_KINDS or data.result not in RESULTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind or result of calibration."))
        if data.performed_on > self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The date {day} is in the future."),
                                  field="performed_on", day=data.performed_on.isoformat())
        cost = read_money(data.cost)
        with self.db.write() as s:
            item = get_item(s, item_id, lock=True)
            if item.state == "on_loan":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is on loan to {borrower}: take it back first."),
                    name=item.name, number=item.item_number, borrower=holder_name(s, item.id) or "?")
            if item.state in ("lost", "retired"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is written off; it has no calibrations."),
                    name=item.name, number=item.item_number)
            next_due = data.next_due
            if next_due is None and item.calibration_interval_days and data.result != "fail":
                next_due = data.performed_on + timedelta(days=item.calibration_interval_days)
            rec = ToolCalibration(item_id=item.id, kind=data.kind, performed_on=data.performed_on,
                                  provider=data.provider.strip(), certificate_number=data.certificate_number.strip(),
                                  result=data.result, next_due=next_due, cost=cost, note=data.note.strip(),
                                  recorded_by=actor.username)
            s.add(rec)
            before = item.state
            if data.result == "fail":
                item.state = "repair"
                item.state_reason = data.note.strip() or data.certificate_number.strip() or data.kind
            else:
                if data.kind == "calibration" or next_due is not None:
                    item.last_calibrated = data.performed_on
                    item.next_due = next_due
                if item.state in ("calibration", "repair"):
                    item.state = "available"
                    item.state_reason = ""
            item.updated_by = actor.username
            s.flush()
            self.audit.record(s, actor, "tool.state" if before != item.state else "tool.calibration", "tool_item",
                              item.id, f"{item.item_number}: {data.kind} {data.result} {data.certificate_number}",
                              details={"before": before, "after": item.state, "reason": data.certificate_number,
                                       "next_due": next_due.isoformat() if next_due else None,
                                       "at": self.clock.now().isoformat()},
                              amount=cost)
            return calibration_record(rec)

    def calibration_due(self, actor: Actor, within_days: int = 30) -> list[ToolItemRow]:
        """Items whose calibration or maintenance falls due within ``within_days`` (or is past due)."""
        actor.require(Permission.VIEW_TOOLS)
        until = self.clock.today() + timedelta(days=within_days)
        open_line = aliased(ToolLoanLine)
        q = (select(ToolItem.id, ToolItem.item_number, ToolItem.barcode, ToolItem.name, ToolItem.kind,
                    ToolItem.brand, ToolItem.location, ToolItem.quantity, ToolItem.state, ToolItem.next_due,
                    User.display_name)
             .outerjoin(open_line, and_(open_line.item_id == ToolItem.id, open_line.returned_at.is_(None)))
             .outerjoin(User, User.id == open_line.borrower_id)
             .where(ToolItem.next_due.is_not(None), ToolItem.next_due <= until,
                    ToolItem.state.notin_(("lost", "retired")))
             .order_by(ToolItem.next_due, ToolItem.item_number))
        with self.db.read() as s:
            return [ToolItemRow(*r) for r in s.execute(q)]
