"""Lending (工具借用) and returning by scan.

Each item scan is committed at once as a loan line carrying the scan's unique key, so a replayed
scan returns what the first one did instead of lending twice. Items come back by scan with their
condition; a damaged, incomplete or lost item opens an incident under the station's rule
(``incidents.charge_rule``). Items due for calibration, in calibration or repair, lost or retired
are refused with the reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.tools import ToolIncident, ToolItem, ToolLoan, ToolLoanLine
from app.db.models.users import User
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.station.numbering import next_number
from services.tools.codes import CONDITIONS
from services.tools.data import Borrower, LendResult, ReturnResult
from services.tools.incidents import charge_rule
from services.tools.records import ToolWork, by_barcode, expected_return_at, local_text
from services.users.permissions import Actor, Permission


class Lending(ToolWork):
    """The loan book: borrowers by badge, lending and returning."""

    def borrower_by_badge(self, actor: Actor, badge: str) -> Borrower:
        """The staff member whose badge was scanned; an unknown or disabled badge is refused."""
        actor.require(Permission.LEND_TOOLS)
        found = self.badge_holder(actor, badge)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No one on the staff has the badge {code}."),
                           code=(badge or "").strip())
        return found

    def badge_holder(self, actor: Actor, badge: str) -> Borrower | None:
        actor.require(Permission.LEND_TOOLS)
        code = (badge or "").strip()
        if not code:
            return None
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.badge_code == code))
            if u is None:
                return None
            if not u.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name}'s account is disabled: nothing can be lent to them."),
                    name=u.display_name)
            return Borrower(u.id, u.username, u.display_name, u.badge_code or "")

    def staff(self, actor: Actor) -> list[Borrower]:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return [Borrower(u.id, u.username, u.display_name, u.badge_code or "")
                    for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name))]

    # ---- lending ------------------------------------------------------------------------------
    def lend(self, actor: Actor, borrower_id: int, barcode: str, scan_key: str, *, loan_number: str | None = None,
             expected_return: date | datetime | None = None, job_card_number: str | None = None,
             note: str = "") -> LendResult:
        """Lend one scanned item to a borrower, on a new loan or on ``loan_number`` (same desk visit).

        A scan key already stored returns the first result (``replayed``) and changes nothing.
        """
        actor.require(Permission.LEND_TOOLS)
        if not scan_key:
            raise _no_scan_key()
        now = self.clock.now()
        expected = expected_return_at(self.clock, expected_return)
        with self.db.write() as s:
            done = s.scalar(select(ToolLoanLine).where(ToolLoanLine.scan_key == scan_key))
            if done is not None:
                return replace(self._lend_result(s, done), replayed=True)
            user = s.get(User, borrower_id)
            if user is None or not user.active:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "The borrower is not on the staff (any more)."))
            item = by_barcode(s, barcode, lock=True)
            self._check_lendable(s, item)
            if expected <= now:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The expected return {when} is already past."),
                                      field="expected_return", when=local_text(self.clock, expected))
            loan = None
            if loan_number:
                loan = s.scalar(select(ToolLoan).where(ToolLoan.number == loan_number).with_for_update())
                if loan is not None and loan.borrower_id != borrower_id:
                    loan = None  # another borrower's slip: start a new one
            if loan is None:
                loan = ToolLoan(number=next_number(s, "tool_loan", self.clock.today()), borrower_id=borrower_id,
                                lent_at=now, expected_return=expected,
                                job_card_number=(job_card_number or "").strip() or None,
                                lent_by=actor.username, note=note)
                s.add(loan)
                s.flush()
            else:
                loan.closed_at = None
                loan.expected_return = max(loan.expected_return, expected)
            line = ToolLoanLine(loan_id=loan.id, item_id=item.id, borrower_id=borrower_id, lent_at=now,
                                expected_return=expected, scan_key=scan_key)
            s.add(line)
            item.state = "on_loan"
            item.state_reason = ""
            item.updated_by = actor.username
            s.flush()
            return self._lend_result(s, line)

    def lend_items(self, actor: Actor, badge: str, barcodes: list[str], scan_keys: list[str], **kw) -> list[LendResult]:
        """Lend several items in one go (the CLI and imports): one loan, stops at the first refusal."""
        borrower = self.borrower_by_badge(actor, badge)
        out: list[LendResult] = []
        number = kw.pop("loan_number", None)
        for code, key in zip(barcodes, scan_keys, strict=True):
            r = self.lend(actor, borrower.id, code, key, loan_number=number, **kw)
            number = r.loan_number
            out.append(r)
        return out

    def _check_lendable(self, s: Session, item: ToolItem) -> None:
        params = {"name": item.name, "number": item.item_number, "reason": item.state_reason or "-"}
        if item.state == "lost":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is recorded as lost and cannot be lent."),
                **params)
        if item.state == "retired":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is retired and cannot be lent."), **params)
        if item.state == "on_loan":
            row = s.execute(select(User.display_name, ToolLoanLine.lent_at, ToolLoan.number)
                            .join(User, User.id == ToolLoanLine.borrower_id)
                            .join(ToolLoan, ToolLoan.id == ToolLoanLine.loan_id)
                            .where(ToolLoanLine.item_id == item.id, ToolLoanLine.returned_at.is_(None))).first()
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError",
                                  "{name} ({number}) is already on loan to {borrower} since {since} ({loan}): "
                                  "return it first."),
                borrower=row[0] if row else "?", since=local_text(self.clock, row[1]) if row else "?",
                loan=row[2] if row else "?", **params)
        if item.state == "calibration":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is out for calibration ({reason}) and cannot be "
                                                  "lent."), **params)
        if item.state == "repair":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is in repair ({reason}) and cannot be lent."),
                **params)
        if item.next_due is not None and item.next_due <= self.clock.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) was due for calibration on {due} and cannot be "
                                                  "lent until it is calibrated."),
                due=item.next_due.isoformat(), **params)

    def _lend_result(self, s: Session, line: ToolLoanLine) -> LendResult:
        loan = s.get_one(ToolLoan, line.loan_id)
        item = s.get_one(ToolItem, line.item_id)
        u = s.get_one(User, line.borrower_id)
        return LendResult(loan.id, loan.number, line.id, item.id, item.item_number, item.name,
                          Borrower(u.id, u.username, u.display_name, u.badge_code or ""), line.expected_return)

    def return_item(self, actor: Actor, barcode: str, scan_key: str, condition: str = "good",
                    note: str = "") -> ReturnResult:
        """Take a scanned item back with its condition; damage or loss opens an incident by the station's rule."""
        actor.require(Permission.LEND_TOOLS)
        if not scan_key:
            raise _no_scan_key()
        if condition not in CONDITIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown condition: {condition}."),
                                  field="condition", condition=condition)
        note = (note or "").strip()
        now = self.clock.now()
        with self.db.write() as s:
            done = s.scalar(select(ToolLoanLine).where(ToolLoanLine.return_scan_key == scan_key))
            if done is not None:
                return replace(self._return_result(s, done, None, False), replayed=True)
            item = by_barcode(s, barcode, lock=True)
            line = s.scalar(select(ToolLoanLine).where(ToolLoanLine.item_id == item.id,
                                                       ToolLoanLine.returned_at.is_(None)))
            if line is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is not on loan, so it cannot be returned."),
                    name=item.name, number=item.item_number)
            line.returned_at = now
            line.return_scan_key = scan_key
            line.returned_to = actor.username
            line.condition = condition
            line.return_note = note
            loan = s.get_one(ToolLoan, line.loan_id)
            borrower = s.get_one(User, line.borrower_id)
            incident = None
            before = item.state
            if condition == "good":
                item.state = "available"
                item.state_reason = ""
            else:
                percent, repair = charge_rule(s, condition)
                charge = None
                if percent and item.cost is not None:
                    charge = (item.cost * Decimal(percent) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                item.state = "lost" if condition == "lost" else ("repair" if repair else "available")
                item.state_reason = note or loan.number
                incident = ToolIncident(item_id=item.id, loan_line_id=line.id, borrower_id=borrower.id,
                                        kind=condition, reported_at=now, reported_by=actor.username, note=note,
                                        charge_amount=charge)
                s.add(incident)
                s.flush()
                self.audit.record(s, actor, f"tool.{condition}", "tool_item", item.id,
                                  f"{item.item_number} {item.name}: {condition}, {borrower.display_name}, {loan.number}",
                                  details={"before": before, "after": item.state, "incident": incident.id,
                                           "borrower": borrower.username, "note": note},
                                  amount=charge)
            item.updated_by = actor.username
            s.flush()
            still_open = s.scalar(select(func.count()).select_from(ToolLoanLine)
                                  .where(ToolLoanLine.loan_id == loan.id, ToolLoanLine.returned_at.is_(None)))
            if not still_open:
                loan.closed_at = now
            s.flush()
            return self._return_result(s, line, incident, not still_open)

    def _return_result(self, s: Session, line: ToolLoanLine, incident: ToolIncident | None,
                       closed: bool) -> ReturnResult:
        loan = s.get_one(ToolLoan, line.loan_id)
        item = s.get_one(ToolItem, line.item_id)
        u = s.get_one(User, line.borrower_id)
        if incident is None and line.condition not in (None, "good"):
            incident = s.scalar(select(ToolIncident).where(ToolIncident.loan_line_id == line.id))
        return ReturnResult(line.id, loan.number, item.id, item.item_number, item.name, u.display_name,
                            line.condition or "good", bool(line.returned_at and line.returned_at > line.expected_return),
                            incident.id if incident else None, incident.charge_amount if incident else None,
                            closed or loan.closed_at is not None)


def _no_scan_key() -> ValidationError:
    """A scan reaches the desk with the key that makes a second press harmless; without one it is refused."""
    return ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This scan arrived without its scan number, so a "
                                                             "double scan could not be told apart. Nothing was "
                                                             "saved; scan the item again."), field="scan_key")
