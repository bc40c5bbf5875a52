"""The ledger (台帐): items added, corrected, sent to calibration or repair or written off, their
attachments, finding an item by barcode, and the ledger's pages.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.models.tools import ToolAttachment, ToolItem, ToolLoanLine
from app.db.models.users import User
from services.common.errors import QT_TRANSLATE_NOOP, StaleRecord, ValidationError, conflict_error
from services.tools.codes import ITEM_PREFIX, KINDS, STATES
from services.tools.data import AttachmentInfo, ToolItemInfo, ToolItemInput, ToolItemRow
from services.tools.records import ToolWork, by_barcode, get_item, holder_name, info_of, item_info, read_money
from services.users.permissions import Actor, Permission


class Ledger(ToolWork):
    """The keeper's ledger of tools, equipment and technical documents."""

    def _validate(self, s: Session, data: ToolItemInput, item_id: int | None) -> ToolItemInput:
        name = (data.name or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the item's name."), field="name")
        if data.kind not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of item: {kind}."), field="kind",
                                  kind=data.kind)
        if data.quantity is None or int(data.quantity) < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A set has at least one piece."),
                                  field="quantity")
        if data.calibration_interval_days is not None and int(data.calibration_interval_days) < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A calibration interval is at least one day."),
                                  field="calibration_interval_days")
        number = (data.item_number or "").strip().upper()
        if not number:
            number = self._next_item_number(s, data.kind)
        barcode = (data.barcode or "").strip() or number
        clash = s.scalar(select(ToolItem).where(or_(ToolItem.item_number == number, ToolItem.barcode == barcode,
                                                    ToolItem.barcode == number, ToolItem.item_number == barcode)))
        if clash is not None and clash.id != item_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "The number or barcode {code} is already used by {name} ({number})."),
                field="barcode", code=barcode if clash.barcode == barcode else number, name=clash.name,
                number=clash.item_number)
        return replace(data, name=name, item_number=number, barcode=barcode, cost=read_money(data.cost),
                       quantity=int(data.quantity), specification=data.specification.strip(),
                       brand=data.brand.strip(), models=data.models.strip(), location=data.location.strip())

    def _next_item_number(self, s: Session, kind: str) -> str:
        prefix = ITEM_PREFIX[kind]
        last = s.scalar(select(func.max(ToolItem.item_number)).where(ToolItem.item_number.like(f"{prefix}-%")))
        n = int(last.split("-")[1]) + 1 if last and last.split("-")[1].isdigit() else 1
        return f"{prefix}-{n:05d}"

    def add_item(self, actor: Actor, data: ToolItemInput) -> ToolItemInfo:
        actor.require(Permission.EDIT_TOOLS)
        with self.db.write() as s:
            data = self._validate(s, data, None)
            next_due = data.next_due
            if next_due is None and data.calibration_interval_days:
                next_due = self.clock.today() + timedelta(days=int(data.calibration_interval_days))
            item = ToolItem(
                item_number=data.item_number, barcode=data.barcode, name=data.name, kind=data.kind,
                specification=data.specification, brand=data.brand, models=data.models, location=data.location,
                quantity=data.quantity, purchase_date=data.purchase_date, cost=data.cost, state="available",
                calibration_interval_days=data.calibration_interval_days, next_due=next_due, notes=data.notes,
                updated_by=actor.username,
            )
            s.add(item)
            s.flush()
            self.audit.record(s, actor, "tool.create", "tool_item", item.id, f"{item.item_number} {item.name}",
                              details={"at": self.clock.now().isoformat()}, amount=item.cost)
            return info_of(item)

    def update_item(self, actor: Actor, item_id: int, data: ToolItemInput, version: int) -> ToolItemInfo:
        actor.require(Permission.EDIT_TOOLS)
        try:
            with self.db.write() as s:
                item = get_item(s, item_id)
                if item.version != version:
                    raise conflict_error(item, str(self.clock.zone))
                data = self._validate(s, data, item.id)
                fields = ("item_number", "barcode", "name", "kind", "specification", "brand", "models", "location",
                          "quantity", "purchase_date", "cost", "calibration_interval_days", "next_due", "notes")
                changes = {f: [str(getattr(item, f)), str(getattr(data, f))] for f in fields
                           if getattr(item, f) != getattr(data, f)}
                for f in fields:
                    setattr(item, f, getattr(data, f))
                item.updated_by = actor.username
                s.flush()
                if changes:
                    self.audit.record(s, actor, "tool.update", "tool_item", item.id, item.item_number,
                                      details=changes, amount=item.cost if "cost" in changes else None)
                return info_of(item)
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(get_item(s, item_id), str(self.clock.zone)) from None

    def set_state(self, actor: Actor, item_id: int, state: str, reason: str = "") -> ToolItemInfo:
        """Send an item to calibration or repair, back to available, or write it off as lost or retired."""
        actor.require(Permission.EDIT_TOOLS)
        if state not in STATES or state == "on_loan":
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An item goes on loan only by lending it."),
                                  field="state")
        with self.db.write() as s:
            item = get_item(s, item_id, lock=True)
            if item.state == "on_loan":
                holder = holder_name(s, item.id)
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{name} ({number}) is on loan to {borrower}: take it back first."),
                    name=item.name, number=item.item_number, borrower=holder or "?")
            if state in ("repair", "calibration", "lost", "retired") and not reason.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for the change."),
                                      field="reason")
            before = item.state
            item.state = state
            item.state_reason = reason.strip()
            item.updated_by = actor.username
            s.flush()
            self.audit.record(s, actor, "tool.state", "tool_item", item.id, f"{item.item_number}: {before} → {state}",
                              details={"before": before, "after": state, "reason": reason.strip(),
                                       "at": self.clock.now().isoformat()},
                              amount=item.cost if state in ("lost", "retired") else None)
            return info_of(item)

    def add_attachment(self, actor: Actor, item_id: int, file_name: str, stored_path: str = "",
                       kind: str = "manual", blob_ref: str | None = None) -> AttachmentInfo:
        actor.require(Permission.EDIT_TOOLS)
        if not (file_name or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the file name."), field="file_name")
        with self.db.write() as s:
            get_item(s, item_id)
            a = ToolAttachment(item_id=item_id, kind=kind, file_name=file_name.strip(), stored_path=stored_path,
                               blob_ref=blob_ref, added_by=actor.username)
            s.add(a)
            s.flush()
            return AttachmentInfo(a.id, a.kind, a.file_name, a.stored_path, a.blob_ref)

    def find_item(self, actor: Actor, code: str) -> ToolItemInfo:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            item = by_barcode(s, code)
            return item_info(s, item)

    def item(self, actor: Actor, item_id: int) -> ToolItemInfo:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return item_info(s, get_item(s, item_id))

    def list_items(self, actor: Actor, *, search: str = "", state: str | None = None, kind: str | None = None,
                   after: str | None = None, limit: int = 200) -> list[ToolItemRow]:
        """Ledger lines in item-number order, a page at a time (keyset: ``after`` the last number seen)."""
        actor.require(Permission.VIEW_TOOLS)
        open_line = aliased(ToolLoanLine)
        q = (select(ToolItem.id, ToolItem.item_number, ToolItem.barcode, ToolItem.name, ToolItem.kind,
                    ToolItem.brand, ToolItem.location, ToolItem.quantity, ToolItem.state, ToolItem.next_due,
                    User.display_name)
             .outerjoin(open_line, and_(open_line.item_id == ToolItem.id, open_line.returned_at.is_(None)))
             .outerjoin(User, User.id == open_line.borrower_id)
             .order_by(ToolItem.item_number).limit(limit))
        if state == "due":
            q = q.where(ToolItem.next_due <= self.clock.today(), ToolItem.state.notin_(("lost", "retired")))
        elif state:
            q = q.where(ToolItem.state == state)
        if kind:
            q = q.where(ToolItem.kind == kind)
        if after:
            q = q.where(ToolItem.item_number > after)
        text = (search or "").strip()
        if text:
            like = f"%{text}%"
            q = q.where(or_(ToolItem.name.like(like), ToolItem.item_number.like(f"%{text.upper()}%"),
                            ToolItem.barcode.like(like), ToolItem.brand.like(like), ToolItem.models.like(like),
                            ToolItem.location.like(like), ToolItem.specification.like(like)))
        with self.db.read() as s:
            return [ToolItemRow(*r) for r in s.execute(q)]

    def count_by_state(self, actor: Actor) -> dict[str, int]:
        actor.require(Permission.VIEW_TOOLS)
        with self.db.read() as s:
            return {st: n for st, n in s.execute(select(ToolItem.state, func.count()).group_by(ToolItem.state))}
