"""Settlement (结算): the statement of a job card that passed final inspection, payments, delivery.

The card's part of the lifecycle (DESIGN.md)::

    ready ──settle──▶ settled ──deliver──▶ delivered
                        │  ▲
                   void │  │ reissue   (a voided statement stays readable, marked 作废)
                        ▼  │
                     (no live statement)

One user action is one transaction: the statement, its number, its lines and the card's move to
settled commit together; so do a payment and its audit entry, and a delivery and the card's move
to delivered. The card row is locked (``FOR UPDATE``) first, so two PCs settling one card get one
statement and a clear refusal; the statement number is taken from the gap-free sequence inside
the same transaction (``services.station.numbering``), so a refusal or a crash leaves no gap.

Money: the statement sums its own line snapshot per payer (customer, insurer, manufacturer
warranty, internal, fleet account); the customer's share is what the till collects. Payments belong
to the card (a void and reissue keep them) and settle one payer's share each; refunds are negative
payments with a reason and a supervisor's approval.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.customers import Customer
from app.db.models.job_cards import JobCard, JobStatusChange
from app.db.models.settlement import Delivery, Payment, Statement, StatementLine
from services.common.clock import Clock
from services.common.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    DuplicateRecord,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationError,
    conflict_error,
)
from services.job_cards.service import CLOSED, TRANSITIONS
from services.settlement.amounts import parse_amount
from services.settlement.data import (
    DELIVERY_CHECKS,
    METHODS,
    MONEY_METHODS,
    PAYER_METHODS,
    ZERO,
    PayerShare,
    PaymentInfo,
    PaymentResult,
    StatementInfo,
    StatementLineInfo,
    StatementRow,
    Tender,
)
from services.station.numbering import next_number
from services.station.settings import PAYERS
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

# a card without a repair class takes the guarantee of the lightest class of its kind (DOMAIN.md:
# 一级维护 for maintenance, 小修 for everything else: the statutory minimum, 2,000 km or 10 days)
DEFAULT_CLASS = {"maintenance": "level1_maintenance"}
FALLBACK_CLASS = "minor_repair"
MAX_KM = 3_000_000


@dataclass(frozen=True)
class Approval:
    """A supervisor's credentials, typed at the cashier's PC, for a refund."""

    username: str
    password: str


def _clean(text: str | None) -> str:
    return (text or "").strip()


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _fmt(d: Decimal) -> str:
    return f"{d:,.2f}"


class SettlementService:
    """Statements, payments and delivery over the job cards.

    ``job_cards`` reads the card (its public ``card`` method); ``station`` gives the guarantee
    periods; ``users`` checks a supervisor's approval of a refund. ``service_interval`` is the
    station's default next-service interval (km, months) printed when the advisor gives none;
    ``follow_up_days`` when the customer-relations call falls due after delivery; each of
    ``on_delivered`` is called ``(actor, card_id, follow_up_due)`` after a delivery commits (the
    customer-relations area makes its call task there); each of ``on_settled`` ``(actor, card_id,
    statement_id)`` after a statement of a job card is issued or reissued (the repair file area queues
    the health record there).
    """

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, job_cards, station, users, parts=None,
                 service_interval: tuple[int, int] = (5000, 6), follow_up_days: int = 3,
                 on_delivered: Iterable[Callable[[Actor, int, date], None]] = (),
                 on_settled: Iterable[Callable[[Actor, int, int], None]] = ()) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.job_cards = job_cards
        self.station = station
        self.users = users
        self.service_interval = service_interval
        self.follow_up_days = follow_up_days
        self.on_delivered = list(on_delivered)
        self.on_settled = list(on_settled)
        self.parts = parts

    # ---- the pieces the service delegates to -------------------------------------------------
    @cached_property
    def counter(self):
        """Counter sales of parts (配件销售): ``services.settlement.counter``."""
        from services.settlement.counter import CounterSales

        return CounterSales(self, self.parts)

    @cached_property
    def accounts(self):
        """Fleet accounts (对账单, ageing): ``services.settlement.accounts``."""
        from services.settlement.accounts import FleetAccounts

        return FleetAccounts(self)

    @cached_property
    def invoices(self):
        """The export for the invoicing tool and the tax classification codes: ``services.settlement.invoices``."""
        from services.settlement.invoices import Invoices

        return Invoices(self)

    # ---- the card's moves, in the caller's transaction ---------------------------------------
    def _move_card(self, s: Session, card: JobCard, actor: Actor, to_status: str, reason: str = "") -> None:
        if to_status not in TRANSITIONS.get(card.status, frozenset()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it cannot become {target} now."),
                field="status", number=card.number, status=card.status, target=to_status)
        now = self.clock.now()
        s.add(JobStatusChange(job_card_id=card.id, from_status=card.status, to_status=to_status, at=now,
                              user_id=actor.user_id, username=actor.username, reason=reason))
        card.status = to_status
        card.open_rank = 0 if to_status in CLOSED else 1
        card.updated_by = actor.username
        card.updated_at = now

    def _lock_card(self, s: Session, card_id: int, version: int | None) -> JobCard:
        card = s.get(JobCard, card_id, with_for_update=True, populate_existing=True)
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
        if version is not None and card.version != version:
            raise conflict_error(card, self.clock.zone.key)
        return card

    @staticmethod
    def _live(s: Session, card_id: int) -> Statement | None:
        return s.scalar(select(Statement).where(Statement.live_card_id == card_id))

    # ---- settling --------------------------------------------------------------------------------
    def settle(self, actor: Actor, card_id: int, version: int | None = None, *, next_service_km: int | None = None,
               next_service_date: date | None = None) -> StatementInfo:
        """Issue the statement of a card that passed the final inspection; the card becomes settled."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        return self._issue(actor, card_id, version, None, next_service_km, next_service_date)

    def reissue(self, actor: Actor, statement_id: int, *, next_service_km: int | None = None,
                next_service_date: date | None = None) -> StatementInfo:
        """A new statement (new number) for the card of a voided one; the voided one stays as it was."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        with self.db.read() as s:
            old = s.get(Statement, statement_id)
            if old is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
            if old.job_card_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} was a counter sale: "
                                                                        "sell the parts again instead."),
                                      number=old.number)
            if old.status != "voided":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} is not void: void it "
                                                                        "first, with the reason."), number=old.number)
            card_id = old.job_card_id
        return self._issue(actor, card_id, None, statement_id, next_service_km, next_service_date)

    def _check_next_service(self, km: int | None, day: date | None) -> None:
        if km is not None and not 0 < int(km) < MAX_KM:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="next_service_km", km=km)
        if day is not None and day <= self.clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The next service falls after today."),
                                  field="next_service_date")

    def _issue(self, actor: Actor, card_id: int, version: int | None, replaces_id: int | None,
               next_km: int | None, next_day: date | None) -> StatementInfo:
        self._check_next_service(next_km, next_day)
        info = self.job_cards.card(actor, card_id)  # the card as its own service sees it (lines, money)
        periods = self.station.guarantee_periods()
        try:
            with self.db.write() as s:
                card = self._lock_card(s, card_id, version)
                live = self._live(s, card.id)
                if live is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is settled already: "
                                                                            "statement {statement}."),
                                          field="status", number=card.number, statement=live.number)
                if replaces_id is None and card.status != "ready":
                    if card.status in ("settled", "delivered"):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The statement of job card {number} "
                                                                                "was voided: reissue it."),
                                              field="status", number=card.number)
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "Job card {number} has not passed the final inspection "
                                                          "({status}): it cannot be settled yet."),
                        field="status", number=card.number, status=card.status)
                if replaces_id is not None and card.status not in ("settled", "delivered"):
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: there is "
                                                                            "nothing to reissue."),
                                          number=card.number, status=card.status)
                if card.version != info.version:  # changed between our read and the lock
                    raise conflict_error(card, self.clock.zone.key)
                st = self._new_statement(s, actor, card, info, periods, replaces_id, next_km, next_day)
                if replaces_id is None:
                    self._move_card(s, card, actor, "settled")
                self.audit.record(s, actor, "settlement.reissue" if replaces_id else "settlement.issue", "statement",
                                  st.number, f"{card.number} {card.plate}", amount=st.total,
                                  details={"job_card": card.number, "customer_due": str(st.customer_due)}
                                  | ({"replaces": s.get(Statement, replaces_id).number} if replaces_id else {}))
                statement_id = st.id
        except StaleRecord:
            with self.db.read() as s:
                raise conflict_error(s.get(JobCard, card_id), self.clock.zone.key) from None
        except DuplicateRecord:
            # the other PC's statement for this card committed first (the unique live card)
            with self.db.read() as s:
                live = self._live(s, card_id)
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is settled already: "
                                                                        "statement {statement}."),
                                      number=info.number, statement=live.number if live else "?") from None
        for hook in self.on_settled:
            hook(actor, card_id, statement_id)
        return self.statement(actor, statement_id)

    def _new_statement(self, s: Session, actor: Actor, card: JobCard, info, periods, replaces_id, next_km,
                       next_day) -> Statement:
        lines = [ln for ln in info.lines if ln.counts]
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} has no work to settle."),
                                  number=card.number)
        done = self.clock.local(card.completed_at).date() if card.completed_at else self.clock.today()
        km_out = card.mileage_out if card.mileage_out is not None else card.mileage_in
        repair_class = card.repair_class or DEFAULT_CLASS.get(card.job_type, FALLBACK_CLASS)
        g_km, g_days = periods.get(repair_class, (None, None))
        interval_km, interval_months = self.service_interval
        if next_km is None and km_out is not None:
            next_km = km_out + interval_km
        if next_day is None:
            next_day = add_months(done, interval_months)
        sums = {k: ZERO for k in ("labour", "parts", "other", "discount", "total", "net", "tax")}
        customer_due = ZERO
        hours = Decimal("0.000")
        bucket = {"labour": "labour", "part": "parts"}
        for ln in lines:
            sums[bucket.get(ln.kind, "other")] += ln.amount
            sums["discount"] += ln.discount_amount
            sums["total"] += ln.amount
            sums["net"] += ln.net
            sums["tax"] += ln.tax
            if ln.kind == "labour":
                hours += ln.qty
            if ln.payer == "customer":
                customer_due += ln.amount
        st = Statement(
            number=next_number(s, "statement", self.clock.today()), job_card_id=card.id, live_card_id=card.id,
            status="issued", replaces_id=replaces_id, issued_at=self.clock.now(), issued_by=actor.username,
            cashier_name=actor.display_name, card_number=card.number, customer_id=card.customer_id,
            customer_name=card.customer_name, customer_phone=card.customer_phone, driver_name=card.driver_name,
            driver_phone=card.driver_phone, plate=card.plate, vin=card.vin, vehicle_desc=card.vehicle_desc,
            job_type=card.job_type, repair_class=repair_class, advisor_name=card.advisor_name,
            opened_at=card.opened_at, completed_at=card.completed_at, mileage_in=card.mileage_in,
            mileage_out=km_out, certificate_number=card.certificate_number, old_parts=card.old_parts,
            insurer=card.insurer, claim_number=card.claim_number, tax_rate=info.tax_rate, hours=hours,
            customer_due=customer_due, guarantee_km=g_km, guarantee_days=g_days,
            guarantee_until=done + timedelta(days=g_days) if g_days else None,
            guarantee_until_km=(km_out + g_km) if g_km and km_out is not None else None,
            next_service_km=next_km, next_service_date=next_day, **sums)
        s.add(st)
        s.flush()
        for pos, ln in enumerate(lines, 1):
            techs = "、".join(t.name for t in ln.technicians)
            s.add(StatementLine(statement_id=st.id, position=pos, kind=ln.kind, payer=ln.payer, code=ln.code,
                                name=ln.name, spec=ln.spec, quality=ln.quality, unit=ln.unit, qty=ln.qty,
                                price=ln.price, discount=ln.discount, gross=ln.gross,
                                discount_amount=ln.discount_amount, amount=ln.amount, net=ln.net, tax=ln.tax,
                                technicians=techs[:255]))
        s.flush()
        return st

    # ---- void --------------------------------------------------------------------------------------
    def void(self, actor: Actor, statement_id: int, reason: str) -> StatementInfo:
        """Void a statement with the reason; it stays readable (marked 作废) and the audit log names who
        and why. Payments stay with the card and count on the statement that replaces it."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        reason = _clean(reason)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for voiding the statement."),
                                  field="reason")
        with self.db.write() as s:
            st = s.get(Statement, statement_id, with_for_update=True)
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
            if st.status == "voided":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} is void already."),
                                      number=st.number)
            if st.kind == "counter":
                self.counter.reverse(s, actor, st, reason)
            st.status = "voided"
            st.live_card_id = None
            st.voided_at = self.clock.now()
            st.voided_by = actor.username
            st.void_reason = reason
            self.audit.record(s, actor, "settlement.void", "statement", st.number, reason, amount=st.total,
                              details={"job_card": st.card_number, "reason": reason})
        return self.statement(actor, statement_id)

    # ---- payments ----------------------------------------------------------------------------------
    def _approve_refund(self, actor: Actor, approval: Approval | None) -> str:
        if actor.can(Permission.APPROVE_DISCOUNTS):
            return actor.username
        if approval is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "A refund needs a supervisor's approval."))
        supervisor = self.users.approve(approval.username, approval.password)
        if supervisor.user_id == actor.user_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "A refund is approved by someone else."))
        if not supervisor.can(Permission.APPROVE_DISCOUNTS):
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "{user} may not approve a refund."),
                                   user=supervisor.display_name)
        return supervisor.username

    @staticmethod
    def _paid_on(st: Statement):
        """The payments that count on a statement: its card's (a void and reissue keep them), or, for a
        counter sale without a card, its own."""
        return Payment.job_card_id == st.job_card_id if st.job_card_id is not None else Payment.statement_id == st.id

    def _lock(self, s: Session, st: Statement) -> JobCard | None:
        """Lock what a payment on ``st`` changes: its job card, or a counter sale's statement itself."""
        if st.job_card_id is None:
            s.refresh(st, with_for_update=True)
            return None
        card = self._lock_card(s, st.job_card_id, None)
        s.refresh(st)
        return card

    @classmethod
    def _received_on(cls, s: Session, st: Statement, payer: str | None = None,
                     methods: Iterable[str] | None = None) -> Decimal:
        q = select(func.sum(Payment.amount)).where(cls._paid_on(st))
        if payer is not None:
            q = q.where(Payment.payer == payer)
        if methods is not None:
            q = q.where(Payment.method.in_(list(methods)))
        return s.scalar(q) or ZERO

    @staticmethod
    def _received(s: Session, card_id: int, payer: str | None = None, methods: Iterable[str] | None = None) -> Decimal:
        q = select(func.sum(Payment.amount)).where(Payment.job_card_id == card_id)
        if payer is not None:
            q = q.where(Payment.payer == payer)
        if methods is not None:
            q = q.where(Payment.method.in_(list(methods)))
        return s.scalar(q) or ZERO

    @staticmethod
    def _share(s: Session, st: Statement, payer: str) -> Decimal:
        return s.scalar(select(func.sum(StatementLine.amount)).where(StatementLine.statement_id == st.id,
                                                                     StatementLine.payer == payer)) or ZERO

    def _payment(self, actor: Actor, card: JobCard | None, st: Statement | None, kind: str, payer: str, method: str,
                 amount: Decimal, **kw) -> Payment:
        return Payment(job_card_id=card.id if card else None, statement_id=st.id if st else None,
                       customer_id=card.customer_id if card else (st.customer_id if st else None),
                       kind=kind, payer=payer, method=method, amount=amount, at=self.clock.now(),
                       user_id=actor.user_id, username=actor.username, display_name=actor.display_name, **kw)

    @staticmethod
    def _check_tenders(tenders: Sequence[Tender], allowed: frozenset[str]) -> list[tuple[Tender, Decimal,
                                                                                          Decimal | None]]:
        if not tenders:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter at least one payment."), field="amount")
        out = []
        for t in tenders:
            if t.method not in METHODS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown payment method {value}."),
                                      field="method", value=t.method)
            if t.method not in allowed:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{method} cannot pay this share."),
                                      field="method", method=t.method)
            amount = parse_amount(t.amount)
            tendered = None
            if t.tendered not in (None, ""):
                if t.method != "cash":
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only cash is handed over with change."),
                                          field="tendered")
                tendered = parse_amount(t.tendered, "tendered")
                if tendered < amount:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "The cash handed over, {tendered}, is less than the cash "
                                                          "amount, {amount}."),
                        field="tendered", tendered=_fmt(tendered), amount=_fmt(amount))
            out.append((t, amount, tendered))
        return out

    def take_deposit(self, actor: Actor, card_id: int, tender: Tender, *, request_key: str | None = None) -> PaymentInfo:
        """A deposit (订金) taken at reception; it counts against the customer's share when settled."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        ((t, amount, tendered),) = self._check_tenders([tender], MONEY_METHODS)
        change = tendered - amount if tendered is not None else None
        try:
            with self.db.write() as s:
                if request_key and s.scalar(select(Payment.id).where(Payment.request_key == f"{request_key}:0")):
                    pid = s.scalar(select(Payment.id).where(Payment.request_key == f"{request_key}:0"))
                else:
                    card = self._lock_card(s, card_id, None)
                    if card.status in ("estimate", "settled", "delivered", "cancelled"):
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: a "
                                                                                "deposit is taken while the car is "
                                                                                "with us."),
                                              number=card.number, status=card.status)
                    p = self._payment(actor, card, None, "deposit", "customer", t.method, amount, tendered=tendered,
                                      change=change, reference=_clean(t.reference),
                                      request_key=f"{request_key}:0" if request_key else None)
                    s.add(p)
                    s.flush()
                    self.audit.record(s, actor, "settlement.deposit", "job_card", card.number, t.method, amount=amount)
                    pid = p.id
        except DuplicateRecord:
            return self.take_deposit(actor, card_id, tender, request_key=request_key)
        with self.db.read() as s:
            return self._payment_info(s, s.get(Payment, pid))

    def pay(self, actor: Actor, statement_id: int, tenders: Sequence[Tender], *, payer: str = "customer",
            partial: bool = False, on_account: bool = False, request_key: str | None = None) -> PaymentResult:
        """Record a payment of one payer's share by one or more methods, all in one transaction.

        Less than owed is refused unless ``partial`` (the rest stays owed) or ``on_account`` (the rest
        goes on the company's account); more than owed is refused (cash over the amount is
        ``tendered`` and gives change). ``request_key`` makes a double press pay once.
        """
        actor.require(Permission.SETTLE_JOB_CARDS)
        if payer not in PAYERS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown payer {value}."), field="payer",
                                  value=payer)
        allowed = frozenset(MONEY_METHODS | {"coupon", "on_account"} if payer == "customer"
                            else MONEY_METHODS | {PAYER_METHODS[payer]})
        checked = self._check_tenders(tenders, allowed)
        if request_key:
            done = self._replay(actor, statement_id, request_key)
            if done is not None:
                return done
        paid = sum((a for _, a, _ in checked), ZERO)
        change = sum(((tn - a) for t, a, tn in checked if tn is not None), ZERO)
        try:
            with self.db.write() as s:
                st = s.get(Statement, statement_id)
                if st is None:
                    raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
                card = self._lock(s, st)
                if st.status != "issued":
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} is void: take the "
                                                                            "payment on the statement that replaced "
                                                                            "it."), number=st.number)
                owed = self._share(s, st, payer) - self._received_on(s, st, payer)
                if owed <= 0:
                    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Nothing is owed on statement {number}."),
                                          field="amount", number=st.number)
                if paid > owed:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "{paid} is more than the {owed} owed. For cash, enter what "
                                                          "the customer hands over as tendered: the change is worked "
                                                          "out."),
                        field="amount", paid=_fmt(paid), owed=_fmt(owed))
                rest = owed - paid
                uses_account = on_account or any(t.method == "on_account" for t, _, _ in checked)
                if rest > 0 and not (partial or on_account):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("ServiceError", "{paid} is less than the {owed} owed. Mark it as a part "
                                                          "payment, or put the rest on account."),
                        field="amount", paid=_fmt(paid), owed=_fmt(owed))
                if uses_account:
                    self.check_account(s, st.customer_id, st.customer_name)
                rows = [self._payment(actor, card, st, "payment", payer, t.method, a, tendered=tn,
                                      change=(tn - a) if tn is not None else None, reference=_clean(t.reference))
                        for t, a, tn in checked]
                if on_account and rest > 0:
                    rows.append(self._payment(actor, card, st, "payment", payer, "on_account", rest))
                for i, row in enumerate(rows):
                    row.request_key = f"{request_key}:{i}" if request_key else None
                    s.add(row)
                s.flush()
                self.audit.record(s, actor, "settlement.payment", "statement", st.number,
                                  ", ".join(f"{r.method} {r.amount}" for r in rows), amount=sum(
                                      (r.amount for r in rows), ZERO),
                                  details={"payer": payer, "partial": bool(partial and rest > 0 and not on_account),
                                           "change": str(change)})
                counted = sum((r.amount for r in rows), ZERO)
        except DuplicateRecord:
            done = self._replay(actor, statement_id, request_key) if request_key else None
            if done is None:
                raise
            return done
        return PaymentResult(self.statement(actor, statement_id), change, counted)

    def _replay(self, actor: Actor, statement_id: int, request_key: str) -> PaymentResult | None:
        with self.db.read() as s:
            rows = s.execute(select(Payment.change, Payment.amount)
                             .where(Payment.request_key.like(f"{request_key}:%"))).all()
        if not rows:
            return None
        return PaymentResult(self.statement(actor, statement_id), sum((c or ZERO for c, _ in rows), ZERO),
                             sum((a for _, a in rows), ZERO))

    def refund(self, actor: Actor, statement_id: int, amount: Any, method: str, reason: str, *,
               approval: Approval | None = None) -> StatementInfo:
        """Give money back to the customer, with the reason and a supervisor's approval; never more than
        the customer paid on the card."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        reason = _clean(reason)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Give the reason for the refund."), field="reason")
        value = parse_amount(amount)
        if method not in MONEY_METHODS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{method} cannot pay this share."),
                                  field="method", method=method)
        approved_by = self._approve_refund(actor, approval)
        with self.db.write() as s:
            st = s.get(Statement, statement_id)
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
            card = self._lock(s, st)
            paid = self._received_on(s, st, "customer", MONEY_METHODS)
            if value > paid:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A refund of {amount} is more than the {paid} "
                                                                        "paid."),
                                      field="amount", amount=_fmt(value), paid=_fmt(paid))
            s.add(self._payment(actor, card, st, "refund", "customer", method, -value, reason=reason,
                                approved_by=approved_by))
            self.audit.record(s, actor, "settlement.refund", "statement", st.number, reason, amount=value,
                              approved_by=approved_by, details={"method": method})
        return self.statement(actor, statement_id)

    @staticmethod
    def check_account(s: Session, customer_id: int | None, name: str) -> None:
        """Refuse putting money on account for anyone but a company customer."""
        customer = s.get(Customer, customer_id) if customer_id is not None else None
        if customer is None or customer.kind != "company":
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{customer} has no account with us: only a company "
                                                  "customer pays on account."),
                field="method", customer=name or "?")

    # ---- delivery ----------------------------------------------------------------------------------
    def deliver(self, actor: Actor, card_id: int, checks: Mapping[str, bool], *, note: str = "") -> StatementInfo:
        """Hand the car back (交车): every checklist item ticked, the customer's share paid (or on account);
        the card becomes delivered and leaves the board; the customer-relations call falls due."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        missing = [k for k in DELIVERY_CHECKS if not checks.get(k)]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Go through every item of the delivery checklist "
                                                                    "with the customer."), field="checks")
        due = self.clock.today() + timedelta(days=self.follow_up_days)
        with self.db.write() as s:
            card = self._lock_card(s, card_id, None)
            if card.status == "delivered":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} was delivered already."),
                                      field="status", number=card.number)
            if card.status != "settled":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: settle it "
                                                                        "before the car leaves."),
                                      field="status", number=card.number, status=card.status)
            st = self._live(s, card.id)
            if st is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The statement of job card {number} was "
                                                                        "voided: reissue it."), number=card.number)
            owed = st.customer_due - self._received(s, card.id, "customer")
            if owed > 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ServiceError", "{owed} is still owed on statement {number}: take the payment "
                                                      "or put it on account before the car leaves."),
                    field="balance", owed=_fmt(owed), number=st.number)
            s.add(Delivery(job_card_id=card.id, statement_id=st.id, delivered_at=self.clock.now(),
                           username=actor.username, delivered_by=card.advisor_name or actor.display_name,
                           checklist=[{"item": k, "ok": True} for k in DELIVERY_CHECKS], note=_clean(note)[:255],
                           follow_up_due=due))
            self._move_card(s, card, actor, "delivered")
            self.audit.record(s, actor, "settlement.delivered", "job_card", card.number, st.number)
            statement_id = st.id
        for hook in self.on_delivered:
            hook(actor, card_id, due)
        return self.statement(actor, statement_id)

    # ---- invoices -----------------------------------------------------------------------------------
    def record_invoice(self, actor: Actor, statement_id: int, invoice_number: str, invoice_date: date) -> StatementInfo:
        """The number and date of the tax invoice the station's invoicing tool issued for a statement."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        number = _clean(invoice_number)
        if not number or len(number) > 40:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the invoice number."),
                                  field="invoice_number")
        with self.db.write() as s:
            st = s.get(Statement, statement_id, with_for_update=True)
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
            if st.status != "issued":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Statement {number} is void: record the "
                                                                        "invoice on the statement that replaced "
                                                                        "it."), number=st.number)
            before = st.invoice_number
            st.invoice_number, st.invoice_date = number, invoice_date
            self.audit.record(s, actor, "settlement.invoice", "statement", st.number, number,
                              details={"before": before, "date": invoice_date.isoformat()})
        return self.statement(actor, statement_id)

    # ---- reading ------------------------------------------------------------------------------------
    def statement(self, actor: Actor, statement_id: int) -> StatementInfo:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            st = s.get(Statement, statement_id)
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such statement."))
            return self._info(s, st)

    def statement_by_number(self, actor: Actor, number: str) -> StatementInfo:
        """A statement by its number, or the live (else the latest) statement of a job card number."""
        actor.require(Permission.VIEW_JOB_CARDS)
        number = _clean(number).upper()
        with self.db.read() as s:
            st = s.scalar(select(Statement).where(Statement.number == number))
            if st is None:
                st = s.scalar(select(Statement).where(Statement.card_number == number)
                              .order_by((Statement.status == "issued").desc(), Statement.id.desc()).limit(1))
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No statement numbered {number}."), number=number)
            return self._info(s, st)

    def live_statement(self, actor: Actor, card_id: int) -> StatementInfo | None:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            st = self._live(s, card_id)
            return self._info(s, st) if st is not None else None

    def statements_for_card(self, actor: Actor, card_id: int) -> list[StatementRow]:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return [self._row(r) for r in s.execute(self._rows_query().where(Statement.job_card_id == card_id)
                                                    .order_by(Statement.id))]

    def deposits(self, actor: Actor, card_id: int) -> list[PaymentInfo]:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return [self._payment_info(s, p) for p in s.scalars(
                select(Payment).where(Payment.job_card_id == card_id).order_by(Payment.at, Payment.id))]

    @staticmethod
    def _rows_query():
        return select(Statement.id, Statement.number, Statement.status, Statement.issued_at, Statement.card_number,
                      Statement.plate, Statement.customer_name, Statement.total, Statement.customer_due,
                      Statement.job_card_id)

    @staticmethod
    def _row(r) -> StatementRow:
        return StatementRow(*r)

    def list_statements(self, actor: Actor, *, day_from: date | None = None, day_to: date | None = None,
                        text: str = "", limit: int = 200) -> list[StatementRow]:
        """Statements newest first, by the station's local issue day and a number/plate/name prefix."""
        actor.require(Permission.VIEW_JOB_CARDS)
        q = self._rows_query().order_by(Statement.issued_at.desc(), Statement.id.desc()).limit(limit)
        if day_from is not None:
            q = q.where(Statement.issued_at >= self._start_of(day_from))
        if day_to is not None:
            q = q.where(Statement.issued_at < self._start_of(day_to + timedelta(days=1)))
        text = _clean(text).upper()
        if text:
            q = q.where(Statement.number.startswith(text) | Statement.card_number.startswith(text)
                        | Statement.plate.startswith(text) | Statement.customer_name.startswith(_clean(text)))
        with self.db.read() as s:
            return [self._row(r) for r in s.execute(q)]

    def _start_of(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=self.clock.zone)

    def _payment_info(self, s: Session, p: Payment) -> PaymentInfo:
        number = s.scalar(select(Statement.number).where(Statement.id == p.statement_id)) if p.statement_id else None
        return PaymentInfo(p.id, p.kind, p.payer, p.method, p.amount, p.tendered, p.change, p.reference, p.at,
                           p.username, p.display_name, p.reason, p.approved_by, number)

    def _info(self, s: Session, st: Statement) -> StatementInfo:
        lines = tuple(StatementLineInfo(ln.position, ln.kind, ln.payer, ln.code, ln.name, ln.spec, ln.quality,
                                        ln.unit, ln.qty, ln.price, ln.discount, ln.gross, ln.discount_amount,
                                        ln.amount, ln.net, ln.tax, ln.technicians)
                      for ln in s.scalars(select(StatementLine).where(StatementLine.statement_id == st.id)
                                          .order_by(StatementLine.position)))
        numbers = {st.id: st.number} if st.job_card_id is None else {
            i: n for i, n in s.execute(select(Statement.id, Statement.number)
                                       .where(Statement.job_card_id == st.job_card_id))}
        payments = list(s.scalars(select(Payment).where(self._paid_on(st))
                                  .order_by(Payment.at, Payment.id)))
        received: dict[str, Decimal] = {}
        for p in payments:
            received[p.payer] = received.get(p.payer, ZERO) + p.amount
        shares = []
        payers = sorted({ln.payer for ln in lines} | set(received),
                        key=lambda p: PAYERS.index(p) if p in PAYERS else 99)
        for payer in payers:
            mine = [ln for ln in lines if ln.payer == payer]

            def total(kind: str | None, attr: str = "amount", mine=mine) -> Decimal:
                return sum((getattr(ln, attr) for ln in mine if kind is None or ln.kind == kind), ZERO)

            amount = total(None)
            got = received.get(payer, ZERO)
            # a fleet's, insurer's or manufacturer's share is owed by them, not at the till
            shares.append(PayerShare(payer, total("labour"), total("part"), total("other"),
                                     total(None, "discount_amount"), amount, total(None, "tax"), got, amount - got))
        replaced_by = s.scalar(select(Statement.number).where(Statement.replaces_id == st.id))
        card_status = delivered_at = None
        if st.job_card_id is not None:
            card_status = s.scalar(select(JobCard.status).where(JobCard.id == st.job_card_id))
            delivered_at = s.scalar(select(Delivery.delivered_at).where(Delivery.job_card_id == st.job_card_id))
        pay_infos = tuple(PaymentInfo(p.id, p.kind, p.payer, p.method, p.amount, p.tendered, p.change, p.reference,
                                      p.at, p.username, p.display_name, p.reason, p.approved_by,
                                      numbers.get(p.statement_id)) for p in payments)
        return StatementInfo(
            st.id, st.number, st.status, st.job_card_id, st.card_number, numbers.get(st.replaces_id), replaced_by,
            st.issued_at, st.issued_by, st.cashier_name, st.customer_id, st.customer_name, st.customer_phone,
            st.driver_name, st.driver_phone, st.plate, st.vin, st.vehicle_desc, st.job_type, st.repair_class,
            st.advisor_name, st.opened_at, st.completed_at, st.mileage_in, st.mileage_out, st.certificate_number,
            st.old_parts, st.insurer, st.claim_number, st.tax_rate, st.labour, st.parts, st.other, st.discount,
            st.total, st.net, st.tax, st.hours, st.guarantee_km, st.guarantee_days, st.guarantee_until,
            st.guarantee_until_km, st.next_service_km, st.next_service_date, st.voided_at, st.voided_by,
            st.void_reason, st.invoice_number, st.invoice_date, lines, tuple(shares), pay_infos, card_status or "",
            delivered_at, st.kind)

    # ---- documents ----------------------------------------------------------------------------------
    def statement_document(self, actor: Actor, number: str, translate=None):
        from services.settlement.printing import build_statement

        return build_statement(self, actor, number, translate)

    def statement_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                      paper: str = "a4", purpose: str = "") -> bytes:
        """The statement on paper. It names the customer: each print is audit-logged, with its ``purpose``
        (why the personal data is printed, asked by the screen)."""
        from reports.settlement.statement import render_statement

        data = render_statement(self.statement_document(actor, number, translate), lang=lang, paper=paper)
        purpose = " ".join((purpose or "").split())[:200]
        details = {"document": "statement"} | ({"purpose": purpose} if purpose else {})
        with self.db.write() as s:
            self.audit.record(s, actor, "settlement.print", "statement", number,
                              f"{number}: {purpose}" if purpose else number, details=details)
        return data

    def day_close(self, actor: Actor, day: date, cashier: str | None = None):
        """The cashier's day close (``services.settlement.cashier``)."""
        from services.settlement.cashier import day_close

        return day_close(self, actor, day, cashier)

    def day_close_pdf(self, actor: Actor, day: date, cashier: str | None = None, translate=None,
                      lang: str = "zh_CN") -> bytes:
        from reports.settlement.day_close import render_day_close
        from services.settlement.printing import build_day_close

        return render_day_close(build_day_close(self, actor, self.day_close(actor, day, cashier), translate),
                                lang=lang)

    def certificate_pdf(self, actor: Actor, number: str, translate=None, lang: str = "zh_CN",
                        paper: str = "a4", purpose: str = "") -> bytes:
        """The completion certificate on paper. It names the owner with the plate and VIN: each print is
        audit-logged, with its ``purpose`` (why the personal data is printed), as the statement's."""
        from reports.settlement.certificate import render_certificate
        from services.settlement.printing import build_certificate

        doc = build_certificate(self, actor, number, translate)
        data = render_certificate(doc, lang=lang, paper_key=paper)
        purpose = " ".join((purpose or "").split())[:200]
        details = {"document": "certificate"} | ({"purpose": purpose} if purpose else {})
        with self.db.write() as s:
            self.audit.record(s, actor, "settlement.print", "certificate", doc.number,
                              f"{doc.number}: {purpose}" if purpose else doc.number, details=details)
        return data


__all__ = ["Approval", "ConflictError", "SettlementService", "Tender", "parse_amount"]
