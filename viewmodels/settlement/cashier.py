"""The cashier's desk: cards to settle or deliver, the statement of the chosen card, payments by
several methods, void and reissue, the delivery checklist, and the printed statement and certificate.

Every service call runs in a task; results come back as plain data and reach the view by signals.

Signals:
    statementChanged(object): the chosen card's live (or latest) ``StatementInfo``, or None.
    cardChosen(object): the chosen ``JobCardRow`` (None when the choice is cleared).
    tendersChanged(): the payments entered but not yet taken changed.
    changeDue(str): the change to give back after a cash payment ("" none).
    errorChanged(str): a message to show ("" clears it).
    messageChanged(str): what was just done, for the status line.
    printed(str): the path of a PDF just written (statement or certificate).
    busyChanged(bool): a call is running.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.common.amounts import read_number
from services.common.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from services.job_cards.listing import ListFilter
from services.settlement.data import (
    DELIVERY_CHECKS,
    KIND_NAMES,
    METHOD_NAMES,
    MONEY_METHODS,
    STATEMENT_STATUS_NAMES,
    Tender,
)
from services.settlement.service import Approval
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import TextRowsModel
from viewmodels.common.purpose import PurposeMemory, PurposeStore, purpose_to_print
from viewmodels.common.tasks import TaskRunner
from viewmodels.job_cards.listing import payer_name, status_name

# the methods the till takes for the customer's share, in the order the cashier sees them
TILL_METHODS = ("cash", "wechat", "alipay", "bank_card", "transfer", "coupon", "on_account")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def method_name(method: str) -> str:
    return translate("PaymentMethod", METHOD_NAMES.get(method, method))


def money(d: Decimal | None) -> str:
    return "" if d is None else f"{d:,.2f}"


@dataclass(frozen=True)
class PendingTender:
    method: str
    amount: Decimal
    tendered: Decimal | None
    reference: str


class CashierViewModel(QObject):
    statementChanged = Signal(object)
    cardChosen = Signal(object)
    tendersChanged = Signal()
    changeDue = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    printed = Signal(str)
    purposeNeeded = Signal(str)  # "statement" or "certificate": the first print on this PC says what it is for
    busyChanged = Signal(bool)

    def __init__(self, settlement, job_cards, actor, tasks: TaskRunner, *, output_dir: Path | None = None,
                 paper_for=None, purposes: PurposeStore | None = None, parent: QObject | None = None) -> None:
        """``paper_for(kind)``: the paper this PC prints ``kind`` on ("a4", "a5", "continuous").
        ``purposes``: this PC's last print purpose per document kind (``viewmodels.common.purpose``)."""
        super().__init__(parent)
        self.paper_for = paper_for or (lambda kind: "a4")
        self.purposes = purposes or PurposeMemory()
        self.settlement = settlement
        self.job_cards = job_cards
        self.actor = actor
        self.tasks = tasks
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_settle = actor.can(Permission.SETTLE_JOB_CARDS)
        self.card = None  # the chosen JobCardRow
        self.statement = None  # its StatementInfo
        self.tenders: list[PendingTender] = []
        self.cards = TextRowsModel([self.tr("Job card"), self.tr("Status"), self.tr("Plate"), self.tr("Customer"),
                                self.tr("Amount")], right=(4,), parent=self)
        self.shares = TextRowsModel([self.tr("Payer"), self.tr("Amount"), self.tr("Received"), self.tr("Owed")],
                                right=(1, 2, 3), parent=self)
        self.payments = TextRowsModel([self.tr("Kind"), self.tr("Method"), self.tr("Amount"), self.tr("Reference"),
                                   self.tr("Note")], right=(2,), parent=self)
        self.pending = TextRowsModel([self.tr("Method"), self.tr("Amount"), self.tr("Cash handed over"),
                                  self.tr("Reference")], right=(1, 2), parent=self)
        self._text = ""

    # ---- plumbing ---------------------------------------------------------------------------
    def _run(self, task: str, fn, /, *args, on_done, clears_error: bool = True, **kwargs) -> None:
        """``clears_error``: the person's own actions clear the last message when they succeed; a
        refresh of the list behind them does not (it used to wipe a refusal the moment it was shown)."""
        self.busyChanged.emit(True)

        def done(result) -> None:
            self.busyChanged.emit(False)
            if clears_error:
                self.errorChanged.emit("")
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busyChanged.emit(False)
            if isinstance(exc, ServiceError) and "status" in exc.params:
                exc.params = {**exc.params, "status": status_name(str(exc.params["status"]))}
            self.errorChanged.emit(describe(exc))

        self.tasks.run(f"cashier.{task}", partial(fn, *args, **kwargs), on_done=done, on_error=failed)

    # ---- the cards waiting at the desk ---------------------------------------------------------
    @Slot(str)
    def reload(self, text: str | None = None) -> None:
        """Cards ready to settle and cards settled but not yet delivered (optionally matching ``text``)."""
        if text is not None:
            self._text = text
        f = ListFilter(statuses=("ready", "settled"), text=self._text.strip())
        self._run("list", self.job_cards.list_cards, self.actor, f, limit=200, on_done=self._cards,
                  clears_error=False)

    def _cards(self, page) -> None:
        self.cards.set_rows([([r.number, status_name(r.status), r.plate, r.customer_name, money(r.total_amount)], r)
                             for r in page.rows])

    @Slot(int)
    def choose(self, row: int) -> None:
        card = self.cards.object_at(row)
        if card is None:
            return
        self.card = card
        self.tenders = []
        self._pending()
        self.cardChosen.emit(card)
        self._run("statement", self._statement_of, card.id, on_done=self._set_statement)

    def _statement_of(self, card_id: int):
        live = self.settlement.live_statement(self.actor, card_id)
        if live is not None:
            return live
        rows = self.settlement.statements_for_card(self.actor, card_id)
        return self.settlement.statement(self.actor, rows[-1].id) if rows else None

    def _set_statement(self, st) -> None:
        self.statement = st
        if st is None:
            self.shares.set_rows([])
            self.payments.set_rows([])
        else:
            self.shares.set_rows([([payer_name(p.payer), money(p.amount), money(p.received), money(p.balance)], p)
                                  for p in st.shares])
            self.payments.set_rows([([translate("PaymentKind", KIND_NAMES[p.kind]), method_name(p.method),
                                      money(p.amount), p.reference, p.reason], p) for p in st.payments])
        self.statementChanged.emit(st)

    def status_text(self, st) -> str:
        return translate("StatementStatus", STATEMENT_STATUS_NAMES.get(st.status, st.status))

    # ---- settling ------------------------------------------------------------------------------
    @Slot()
    def settle(self, next_km: int | None = None, next_date: date | None = None) -> None:
        if self.card is None:
            return
        card = self.card

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Statement {number} issued.").format(number=st.number))
            self.reload()

        self._run("settle", self.settlement.settle, self.actor, card.id, next_service_km=next_km or None,
                  next_service_date=next_date, on_done=done)

    @Slot(str)
    def void(self, reason: str) -> None:
        if self.statement is None:
            return

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Statement {number} voided.").format(number=st.number))

        self._run("void", self.settlement.void, self.actor, self.statement.id, reason, on_done=done)

    @Slot()
    def reissue(self) -> None:
        if self.statement is None:
            return

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Statement {number} issued.").format(number=st.number))

        self._run("reissue", self.settlement.reissue, self.actor, self.statement.id, on_done=done)

    # ---- payments ------------------------------------------------------------------------------
    @staticmethod
    def refund_methods() -> list[tuple[str, str]]:
        """Methods money comes in and goes back by (deposits, refunds)."""
        return [(m, method_name(m)) for m in TILL_METHODS if m in MONEY_METHODS]

    @staticmethod
    def till_methods() -> list[tuple[str, str]]:
        return [(m, method_name(m)) for m in TILL_METHODS]

    def add_tender(self, method: str, amount: str, tendered: str = "", reference: str = "") -> bool:
        """Put a method and amount on the payment being taken (checked again by the service on taking)."""
        try:  # the one reader of amounts: NaN, 1e40 and the like are refused here with the same sentence
            value = read_number(amount, field="amount")
            handed = read_number(tendered, field="tendered") if tendered.strip() else None
            if value is None:
                raise ValueError(amount)
        except (ValueError, ValidationError):
            self.errorChanged.emit(translate("ServiceError", "{value} is not an amount.").format(
                value=amount if not tendered.strip() else f"{amount} / {tendered}"))
            return False
        self.tenders.append(PendingTender(method, value, handed if method == "cash" else None, reference.strip()))
        self.errorChanged.emit("")
        self._pending()
        return True

    def remaining(self) -> Decimal:
        """What the customer still owes after the payments entered so far."""
        owed = self.statement.customer_balance if self.statement is not None else Decimal("0")
        return owed - sum((t.amount for t in self.tenders), Decimal("0"))

    @Slot()
    def clear_tenders(self) -> None:
        self.tenders = []
        self._pending()

    def _pending(self) -> None:
        self.pending.set_rows([([method_name(t.method), money(t.amount), money(t.tendered), t.reference], t)
                               for t in self.tenders])
        self.tendersChanged.emit()

    @Slot()
    def pay(self, partial_payment: bool = False, on_account: bool = False) -> None:
        if self.statement is None:
            return
        tenders = [Tender(t.method, t.amount, t.reference, t.tendered) for t in self.tenders]
        key = f"{self.statement.id}-{id(self)}-{len(self.statement.payments)}"

        def done(result) -> None:
            self.tenders = []
            self._pending()
            self._set_statement(result.statement)
            self.changeDue.emit(money(result.change) if result.change else "")
            self.messageChanged.emit(self.tr("{amount} taken on statement {number}.").format(
                amount=money(result.paid), number=result.statement.number))

        self._run("pay", self.settlement.pay, self.actor, self.statement.id, tenders, partial=partial_payment,
                  on_account=on_account, request_key=key, on_done=done)

    @Slot()
    def refund(self, amount: str, method: str, reason: str, supervisor: str = "", password: str = "") -> None:
        if self.statement is None:
            return
        approval = Approval(supervisor, password) if supervisor.strip() else None

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Refund recorded."))

        self._run("refund", self.settlement.refund, self.actor, self.statement.id, amount, method, reason,
                  approval=approval, on_done=done)

    def deposit(self, card_number: str, method: str, amount: str, tendered: str = "", reference: str = "") -> None:
        """A deposit (订金) on a card still with us, found by its number (the card need not be in the list)."""
        number = card_number.strip().upper()

        def work():
            page = self.job_cards.list_cards(self.actor, ListFilter(text=number), limit=5)
            card = next((r for r in page.rows if r.number == number), None)
            if card is None:
                from services.common.errors import NotFound

                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No job card numbered {number}."), number=number)
            return self.settlement.take_deposit(self.actor, card.id, Tender(method, amount.strip(), reference.strip(),
                                                                           tendered.strip() or None),
                                                request_key=f"dep-{id(self)}-{number}-{amount}-{len(self.tenders)}")

        def done(p) -> None:
            text = self.tr("Deposit of {amount} taken on job card {number}.").format(amount=money(p.amount),
                                                                                     number=number)
            if p.change:
                text += " " + self.tr("Change: {amount}").format(amount=money(p.change))
            self.messageChanged.emit(text)

        self._run("deposit", work, on_done=done)

    def record_invoice(self, invoice_number: str) -> None:
        """The number of the tax invoice the invoicing tool issued for the chosen statement, dated today."""
        if self.statement is None:
            return

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Invoice {invoice} recorded on statement {number}.").format(
                invoice=st.invoice_number, number=st.number))

        self._run("invoice", self.settlement.record_invoice, self.actor, self.statement.id, invoice_number,
                  self.settlement.clock.today(), on_done=done)

    # ---- delivery ------------------------------------------------------------------------------
    @staticmethod
    def delivery_checks() -> list[tuple[str, str]]:
        return [(k, translate("DeliveryCheck", v)) for k, v in DELIVERY_CHECKS.items()]

    def deliver(self, checks: dict[str, bool]) -> None:
        if self.card is None:
            return

        def done(st) -> None:
            self._set_statement(st)
            self.messageChanged.emit(self.tr("Job card {number} delivered: the car may leave.").format(
                number=st.card_number))
            self.reload()

        self._run("deliver", self.settlement.deliver, self.actor, self.card.id, checks, on_done=done)

    # ---- printing ------------------------------------------------------------------------------
    def last_purpose(self, which: str = "statement") -> str:
        return self.purposes.purpose_for(which)

    @Slot(str, str)
    def print_document(self, which: str = "statement", purpose: str = "") -> None:
        """Write the statement or the completion certificate to a PDF; ``printed`` gives the path. Both
        name the customer: each prints with ``purpose``, else with the one this PC last printed that
        document for; with neither, ``purposeNeeded(which)`` asks and nothing prints."""
        if self.statement is None:
            return
        purpose = purpose_to_print(self.purposes, which, purpose)
        if not purpose:
            self.purposeNeeded.emit(which)
            return
        number = self.statement.number
        lang = "en" if translate("PaymentMethod", "Cash") == "Cash" else "zh_CN"
        render = {"statement": self.settlement.statement_pdf, "certificate": self.settlement.certificate_pdf}[which]
        path = self.output_dir / f"{number}-{which}.pdf"
        paper = self.paper_for(which)  # "statement" or "certificate", each on the paper chosen for it

        def work() -> str:
            path.write_bytes(render(self.actor, number, translate, lang, paper=paper, purpose=purpose))
            return str(path)

        self._run("print", work, on_done=self.printed.emit)
