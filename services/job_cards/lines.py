"""A job card's lines: labour from the catalogue, parts from stock, other charges; their discounts
(a supervisor approves one above the advisor's limit) and the customer's answer to added work.

Each line carries its payer; a parts line reserves stock as it is added (on job cards, not on
estimates) and releases it when removed or declined, in the same transaction as the line. Lines
added once work has started wait for the customer's approval.

A price below the catalogue or list price (the part's price for the payer, the labour rate in
force) is a discount too: the reduction counts against the person's discount limit and above it
needs a supervisor's approval, like a discount. Every price change is in the audit log with the
approver.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import ROUND_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, JobLine, LabourOperation
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from services.common.money import to_decimal
from services.job_cards.cards import CardStore, CardWork
from services.job_cards.codes import APPROVAL_CHANNELS, DEFAULT_PAYER, MAX_HOURS, MAX_QTY, OTHER_KINDS
from services.job_cards.data import Approval, JobCardInfo
from services.job_cards.inputs import ZERO, clean, pct, read_amount, read_discount, read_positive
from services.job_cards.links import Links, part_for_line
from services.job_cards.states import EDITABLE, WORK_STARTED
from services.job_cards.totals import line_money
from services.station.settings import PAYERS
from services.users.permissions import Actor, Permission


class LineEditor(CardWork):
    """Adds, changes and removes lines. ``users`` checks a supervisor's approval of a discount."""

    def __init__(self, cards: CardStore, links: Links, users) -> None:
        super().__init__(cards, links)
        self.users = users

    # ---- discounts ----------------------------------------------------------------------------
    def _approve_discount(self, actor: Actor, discount: Decimal, approval: Approval | None, *,
                          price: Decimal | None = None, list_price: Decimal | None = None) -> str | None:
        """None when the actor may grant ``discount`` alone, else the approving supervisor's user name.

        With ``price`` below ``list_price`` the reduction of the price counts too: the discount
        checked is the whole way from the list price to what the line charges. The limit is the one
        in force now (an administrator may have changed it since the actor signed in)."""
        limit = actor.current_discount_limit()
        if price is not None and list_price is not None and ZERO < list_price and price < list_price:
            discount = (1 - price * (1 - discount) / list_price).quantize(Decimal("0.0001"), ROUND_UP)
            if discount > limit and approval is None:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("ServiceError", "{price} is {discount} below the list price of {list}, above "
                                                      "your limit of {limit}: a supervisor must approve it."),
                    price=price, discount=pct(discount), list=list_price, limit=pct(limit))
        if discount <= limit:
            return None
        if approval is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "A discount of {discount} is above your limit of {limit}: a "
                                                  "supervisor must approve it."),
                discount=pct(discount), limit=pct(limit))
        supervisor = self.users.approve(approval.username, approval.password)
        if supervisor.user_id == actor.user_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "A discount is approved by someone else."))
        if not supervisor.can(Permission.APPROVE_DISCOUNTS) or discount > supervisor.discount_limit:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("ServiceError", "{user} may not approve a discount of {discount}."),
                user=supervisor.display_name, discount=pct(discount))
        return supervisor.username

    def _list_price(self, s: Session, card: JobCard, kind: str, part_id: int | None, payer: str) -> Decimal | None:
        """What the catalogue or price list asks for a line: the part's price for the payer, the labour
        rate in force; None for other charges (they have no list)."""
        if kind == "part" and part_id is not None:
            return part_for_line(s, part_id).price_for(payer)
        if kind == "labour":
            return self.station.labour_rate_on(self.clock.local(card.opened_at).date(), card.job_type, payer,
                                               session=s)
        return None

    def _audit_price(self, s: Session, actor: Actor, card: JobCard, ln: JobLine, old: Decimal | None,
                     list_price: Decimal | None, approved_by: str | None) -> None:
        self.audit.record(s, actor, "job_card.price", "job_card", card.number, f"{ln.code} {ln.name}",
                          details={"line": ln.line_ref, "old": None if old is None else str(old),
                                   "new": str(ln.price), "list": None if list_price is None else str(list_price)},
                          approved_by=approved_by, amount=ln.price)

    def _audit_discount(self, s: Session, actor: Actor, card: JobCard, ln: JobLine, approved_by: str | None) -> None:
        if ln.discount > 0 or approved_by:
            m = line_money(ln.qty, ln.price, ln.discount, self.cards.tax_rate(s, card))
            self.audit.record(s, actor, "job_card.discount", "job_card", card.number,
                              f"{ln.code} {ln.name} {pct(ln.discount)}",
                              details={"line": ln.line_ref, "discount": str(ln.discount), "limit":
                                       str(actor.current_discount_limit())},
                              approved_by=approved_by, amount=m.discount_amount)

    # ---- lines --------------------------------------------------------------------------------
    def _editable_lines(self, card: JobCard) -> None:
        if card.status not in EDITABLE:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: its lines can no "
                                                                    "longer change."),
                                  number=card.number, status=card.status)

    def _payer(self, payer: str | None, card: JobCard) -> str:
        payer = payer or DEFAULT_PAYER.get(card.job_type, "customer")
        if payer not in PAYERS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown payer {value}."), field="payer",
                                  value=payer)
        return payer

    def _technicians(self, techs: Sequence[tuple[str, Any]] | Sequence[str]) -> list[dict]:
        names = [(t if isinstance(t, str) else t[0]).strip() for t in techs]
        if any(not n for n in names):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name every technician."), field="technicians")
        if not names:
            return []
        if all(isinstance(t, str) for t in techs):
            # equal shares; the last absorbs the rounding so they add up to 1
            each = (Decimal(1) / len(names)).quantize(Decimal("0.0001"))
            shares = [each] * (len(names) - 1) + [Decimal(1) - each * (len(names) - 1)]
        else:
            shares = [to_decimal(t[1]) for t in techs]  # type: ignore[index]
        if any(x <= 0 for x in shares) or sum(shares) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The technicians' shares of the hours add up to "
                                                                    "100%."), field="technicians")
        return [{"name": n, "share": str(x)} for n, x in zip(names, shares, strict=True)]

    def _new_line(self, card: JobCard, **values: Any) -> JobLine:
        card.line_seq = (card.line_seq or 0) + 1
        ln = JobLine(job_card_id=card.id, line_ref=f"L{card.line_seq}", position=card.line_seq, **values)
        ln.amount = line_money(ln.qty, ln.price, ln.discount, ZERO).amount
        if card.status in WORK_STARTED and values.get("approval") is None:
            ln.approval = "pending"  # added work waits for the customer's approval
        return ln

    def after_lines(self, s: Session, card: JobCard, actor: Actor) -> None:
        """The card's amount and payers follow its lines (in the same transaction)."""
        self._after_lines(s, card, actor)

    def _after_lines(self, s: Session, card: JobCard, actor: Actor) -> None:
        s.flush()
        lines = self.cards.lines(s, card.id)
        for ln in lines:
            amount = line_money(ln.qty, ln.price, ln.discount, ZERO).amount
            if ln.amount != amount:
                ln.amount = amount
        t = self.cards.totals(lines, self.cards.tax_rate(s, card))
        card.total_amount = t.amount
        payers = sorted({ln.payer for ln in lines}, key=lambda p: PAYERS.index(p) if p in PAYERS else 99)
        card.payers = "," + ",".join(payers) + "," if payers else ""
        self.cards.touch(card, actor)

    def operation_for(self, s: Session, code: str, family: str, day: date) -> LabourOperation | None:
        """The catalogue version in force on ``day``: the model family's own row first, then the default."""
        code = clean(code).upper()
        for fam in ((family, "") if family else ("",)):
            row = s.scalar(select(LabourOperation).where(
                LabourOperation.code == code, LabourOperation.model_family == fam, LabourOperation.valid_from <= day,
                LabourOperation.active.is_(True)).order_by(LabourOperation.valid_from.desc()).limit(1))
            if row is not None:
                return row
        return None

    def add_labour(self, actor: Actor, card_id: int, version: int, code: str, *, hours: Any = None,
                   hours_reason: str = "", payer: str | None = None, discount: Any = 0,
                   technicians: Sequence = (), approval: Approval | None = None, model_family: str | None = None,
                   name: str | None = None) -> JobCardInfo:
        """A labour line from the catalogue: its standard hours (editable with a reason) at the rate in
        force for the job type and payer; both are kept on the line as sold."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = read_discount(discount)
        approved_by = self._approve_discount(actor, d, approval)
        techs = self._technicians(technicians)
        hours_in = read_positive(hours, "hours", MAX_HOURS) if hours not in (None, "") else None

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            p = self._payer(payer, card)
            day = self.clock.local(card.opened_at).date()
            family = model_family if model_family is not None else card.vehicle_desc.split(" ")[1] \
                if len(card.vehicle_desc.split(" ")) > 1 else ""
            op = self.operation_for(s, code, family, day)
            if op is None and not name:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "Operation {code} is not in the labour catalogue."),
                               code=clean(code).upper())
            std = op.hours if op is not None else None
            sold = hours_in if hours_in is not None else std
            if sold is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the hours."), field="hours")
            if std is not None and sold != std and not clean(hours_reason):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "The catalogue gives {std} hours for {code}; say why this line "
                                                      "sells {hours}."),
                    field="hours_reason", std=std.normalize(), code=op.code, hours=sold.normalize())
            rate = self.station.labour_rate_on(day, card.job_type, p, session=s)
            ln = self._new_line(card, kind="labour", payer=p, code=op.code if op else clean(code).upper(),
                                name=op.name_zh if op else clean(name), spec="", quality=None, unit="h", qty=sold,
                                price=rate, discount=d, standard_hours=std,
                                hours_reason=clean(hours_reason) or None, operation_id=op.id if op else None,
                                technicians=techs, discount_approved_by=approved_by)
            s.add(ln)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def add_part(self, actor: Actor, card_id: int, version: int, part_id: int, qty: Any, *,
                 price: Any = None, payer: str | None = None, discount: Any = 0,
                 approval: Approval | None = None) -> JobCardInfo:
        """A parts line from the parts master, reserved in stock in the same transaction (job cards,
        not estimates). A price below the part's list price counts against the discount limit."""
        actor.require(Permission.EDIT_JOB_CARDS)
        q = read_positive(qty, "qty", MAX_QTY)
        d = read_discount(discount)
        price_in = read_amount(price, "price") if price not in (None, "") else None
        with self.db.read() as s:
            card = self.cards.get(s, card_id)
            list_price = part_for_line(s, part_id).price_for(self._payer(payer, card))
        approved_by = self._approve_discount(actor, d, approval, price=price_in, list_price=list_price)

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            ln, list_price = self.new_part_line(s, actor, card, part_id, q, price=price_in, payer=payer, discount=d,
                                                approved_by=approved_by)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)
            if price_in is not None:
                self._audit_price(s, actor, card, ln, None, list_price, approved_by)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def new_part_line(self, s: Session, actor: Actor, card: JobCard, part_id: int, qty: Decimal, *,
                      price: Decimal | None = None, payer: str | None = None, discount: Decimal = ZERO,
                      approved_by: str | None = None, note: str = "",
                      agreed: bool = False) -> tuple[JobLine, Decimal]:
        """Add a parts line and reserve its stock, in the card's transaction (not on an estimate).
        Returns the line and the part's list price for its payer. ``agreed``: charged at once, even
        once work has started (the advisor approved it at the parts counter)."""
        p = self._payer(payer, card)
        part = part_for_line(s, part_id)
        list_price = part.price_for(p)
        ln = self._new_line(card, kind="part", payer=p, code=part.number, name=part.name, spec=part.spec,
                            quality=part.quality, unit=part.unit, qty=qty,
                            price=price if price is not None else list_price, discount=discount, part_id=part.id,
                            discount_approved_by=approved_by, note=note)
        if agreed:
            ln.approval = None
        s.add(ln)
        s.flush()
        if card.status != "estimate":
            self.links.reserve_in(s, actor, card.number, ln.line_ref, part.id, qty)
        return ln, list_price

    def add_other(self, actor: Actor, card_id: int, version: int, kind: str, amount: Any, *, name: str = "",
                  payer: str | None = None, discount: Any = 0, approval: Approval | None = None) -> JobCardInfo:
        """Another charge: diagnosis, inspection, outside work, towing."""
        actor.require(Permission.EDIT_JOB_CARDS)
        if kind not in OTHER_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of charge {value}."), field="kind",
                                  value=kind)
        value = read_amount(amount, "amount")
        if value <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A charge is more than zero."), field="amount")
        d = read_discount(discount)
        approved_by = self._approve_discount(actor, d, approval)

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            ln = self._new_line(card, kind="other", payer=self._payer(payer, card), code=kind,
                                name=clean(name), unit="", qty=Decimal(1), price=value, discount=d,
                                discount_approved_by=approved_by)
            s.add(ln)
            self._after_lines(s, card, actor)
            self._audit_discount(s, actor, card, ln, approved_by)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def update_line(self, actor: Actor, card_id: int, version: int, line_id: int, *, qty: Any = None,
                    price: Any = None, discount: Any = None, payer: str | None = None, hours_reason: str | None = None,
                    technicians: Sequence | None = None, approval: Approval | None = None) -> JobCardInfo:
        """Change a line: hours or quantity (a parts line's reservation follows in the same
        transaction), price, discount, payer, technicians. A price below the list price, with the
        line's discount, counts against the discount limit; every price change is audited."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = read_discount(discount) if discount is not None else None
        price_in = read_amount(price, "price") if price is not None else None
        techs = self._technicians(technicians) if technicians is not None else None
        approved_by = None
        list_price = None
        if d is not None or price_in is not None:
            with self.db.read() as s:
                card = self.cards.get(s, card_id)
                ln = s.get(JobLine, line_id)
                if ln is None or ln.job_card_id != card.id:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such line on this job card."))
                new_payer = self._payer(payer, card) if payer is not None else ln.payer
                list_price = self._list_price(s, card, ln.kind, ln.part_id, new_payer)
                new_price = price_in if price_in is not None else ln.price
                new_discount = d if d is not None else ln.discount
            approved_by = self._approve_discount(actor, new_discount, approval, price=new_price,
                                                 list_price=list_price)

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            ln = s.get(JobLine, line_id)
            if ln is None or ln.job_card_id != card.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such line on this job card."))
            new_qty = None
            if qty is not None:
                new_qty = read_positive(qty, "hours" if ln.kind == "labour" else "qty",
                                    MAX_HOURS if ln.kind == "labour" else MAX_QTY)
                reason = clean(hours_reason) if hours_reason is not None else (ln.hours_reason or "")
                if ln.kind == "labour" and ln.standard_hours is not None and new_qty != ln.standard_hours \
                        and not reason:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "The catalogue gives {std} hours for {code}; say why this "
                                                          "line sells {hours}."),
                        field="hours_reason", std=ln.standard_hours.normalize(), code=ln.code,
                        hours=new_qty.normalize())
                if ln.kind == "part" and new_qty < ln.issued_qty:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} has {issued} issued: "
                                                          "return the parts to the store before asking for {qty}."),
                        field="qty", line=ln.line_ref, number=card.number, issued=ln.issued_qty.normalize(),
                        qty=new_qty.normalize())
                ln.qty = new_qty
                ln.hours_reason = reason or None
            if price_in is not None and price_in != ln.price:
                old = ln.price
                ln.price = price_in
                self._audit_price(s, actor, card, ln, old, list_price, approved_by)
            if payer is not None:
                ln.payer = self._payer(payer, card)
                if ln.kind == "labour":
                    ln.price = self.station.labour_rate_on(self.clock.local(card.opened_at).date(), card.job_type,
                                                           ln.payer, session=s)
            if techs is not None:
                ln.technicians = techs
            if d is not None:
                ln.discount = d
            if d is not None or price_in is not None:
                ln.discount_approved_by = approved_by
            self._after_lines(s, card, actor)
            if d is not None:
                self._audit_discount(s, actor, card, ln, approved_by)
            if ln.kind == "part" and new_qty is not None and ln.part_id is not None and card.status != "estimate" \
                    and ln.supply == "stock" and ln.approval != "declined":
                self.links.reserve_in(s, actor, card.number, ln.line_ref, ln.part_id, new_qty)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def remove_line(self, actor: Actor, card_id: int, version: int, line_id: int) -> JobCardInfo:
        """Take a line off; a parts line's reservation is released in the same transaction. A line
        the store has issued parts to stays until they are returned."""
        actor.require(Permission.EDIT_JOB_CARDS)

        def work(s: Session, card: JobCard) -> None:
            self._editable_lines(card)
            ln = s.get(JobLine, line_id)
            if ln is None or ln.job_card_id != card.id:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such line on this job card."))
            if ln.kind == "part" and ln.issued_qty > 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} has {issued} issued: return "
                                                      "the parts to the store before removing it."),
                    line=ln.line_ref, number=card.number, issued=ln.issued_qty.normalize())
            if ln.kind == "part" and card.status != "estimate":
                self.links.release_in(s, actor, card.number, ln.line_ref)
            s.delete(ln)
            self._after_lines(s, card, actor)
            self.audit.record(s, actor, "job_card.line_removed", "job_card", card.number, f"{ln.code} {ln.name}",
                              amount=ln.price)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def decide_added_work(self, actor: Actor, card_id: int, version: int, line_ids: Iterable[int], approved: bool,
                          channel: str, at: datetime | None = None) -> JobCardInfo:
        """Record the customer's answer to added work, with the time and the channel (phone, WeChat...)."""
        actor.require(Permission.EDIT_JOB_CARDS)
        if channel not in APPROVAL_CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say how the customer answered."),
                                  field="channel")
        when = at or self.clock.now()
        ids = set(line_ids)

        def work(s: Session, card: JobCard) -> None:
            lines = [ln for ln in self.cards.lines(s, card.id) if ln.id in ids]
            if not lines or any(ln.approval != "pending" for ln in lines):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only added work awaiting the customer's "
                                                                        "approval can be approved or declined."))
            if not approved:
                for ln in lines:
                    if ln.kind == "part" and ln.issued_qty > 0:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("ServiceError", "Line {line} of job card {number} has {issued} issued: "
                                                              "return the parts to the store before declining it."),
                            line=ln.line_ref, number=card.number, issued=ln.issued_qty.normalize())
                    if ln.kind == "part" and card.status != "estimate":
                        self.links.release_in(s, actor, card.number, ln.line_ref)
            for ln in lines:
                ln.approval = "approved" if approved else "declined"
                ln.approval_at = when
                ln.approval_channel = channel
            self._after_lines(s, card, actor)
            self.audit.record(s, actor, "job_card.added_work_" + ("approved" if approved else "declined"),
                              "job_card", card.number, ", ".join(f"{ln.code} {ln.name}" for ln in lines),
                              details={"channel": channel, "at": when.isoformat()})

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)
