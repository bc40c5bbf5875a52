"""A counter sale of parts (配件销售) on screen: parts by code, an optional buyer, one payment, and the
statement printed.

Signals (besides ``TaskViewModel``'s):
    linesChanged(): the lines of the sale being made changed (``total`` with them).
    sold(object): the ``PaymentResult`` of the sale just made.
    purposeNeeded(str): "counter_sale": the statement names the buyer and this PC has no purpose for it yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal, Slot

from services.common.amounts import MAX_QUANTITY, read_number
from services.common.errors import ValidationError
from services.common.money import round_cny
from services.settlement.counter import SaleLine
from services.settlement.data import Tender
from viewmodels.common.models import TextRowsModel
from viewmodels.common.purpose import PurposeMemory, PurposeStore, purpose_to_print
from viewmodels.settlement.base import TaskViewModel, document_language, translate
from viewmodels.settlement.cashier import method_name, money

SALE_METHODS = ("wechat", "alipay", "cash", "bank_card", "transfer")


@dataclass(frozen=True)
class PendingLine:
    part: object  # SalePart
    qty: Decimal

    @property
    def amount(self) -> Decimal:
        return round_cny(self.qty * self.part.price)


class CounterSaleViewModel(TaskViewModel):
    linesChanged = Signal()
    sold = Signal(object)
    purposeNeeded = Signal(str)  # "counter_sale": the first print of a named buyer's sale says what it is for

    def __init__(self, settlement, actor, tasks, output_dir, parent=None, paper_for=None,
                 purposes: PurposeStore | None = None) -> None:
        """``paper_for(kind)``: the paper this PC prints ``kind`` on ("a4", "a5", "continuous");
        a counter sale's statement is the kind "counter_sale". ``purposes``: this PC's last print
        purpose per document kind (``viewmodels.common.purpose``)."""
        super().__init__(actor, tasks, output_dir, parent)
        self.purposes = purposes or PurposeMemory()
        self.paper_for = paper_for or (lambda kind: "a4")
        self.settlement = settlement
        self.counter = settlement.counter
        self.pending: list[PendingLine] = []
        self.last = None  # the StatementInfo of the last sale
        self.companies: list[tuple[int, str]] = []
        self._keys = 0
        self.lines = TextRowsModel([self.tr("Part number"), self.tr("Name"), self.tr("Quantity"), self.tr("Price"),
                                self.tr("Amount"), self.tr("In stock")], right=(2, 3, 4, 5), parent=self)

    @staticmethod
    def methods() -> list[tuple[str, str]]:
        return [(m, method_name(m)) for m in SALE_METHODS]

    def load_companies(self, on_done) -> None:
        def done(rows) -> None:
            self.companies = rows
            on_done(rows)

        self._run("companies", self.settlement.accounts.companies, self.actor, on_done=done)

    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.pending), Decimal("0.00"))

    def add(self, code: str, qty: str = "1") -> None:
        """Look the code up (part number or barcode) and add it; the same part again adds quantity."""
        code = code.strip()
        if not code:
            return
        try:  # the one reader of quantities: NaN, 1e40 and the like are refused here, never multiplied out
            q = read_number(qty or "1", field="qty", what="quantity", maximum=MAX_QUANTITY)
            if q is None:
                raise ValueError(qty)
        except (ValueError, ValidationError):
            self.errorChanged.emit(translate("ServiceError", "{value} is not a quantity.").format(value=qty))
            return

        def done(part) -> None:
            for i, ln in enumerate(self.pending):
                if ln.part.id == part.id:
                    self.pending[i] = PendingLine(part, ln.qty + q)
                    break
            else:
                self.pending.append(PendingLine(part, q))
            self._show()

        self._run("find", self.counter.find_part, self.actor, code, on_done=done)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.pending):
            del self.pending[row]
            self._show()

    def clear(self) -> None:
        self.pending = []
        self._show()

    def _show(self) -> None:
        self.lines.set_rows([([ln.part.number, ln.part.name, f"{ln.qty.normalize():f}", money(ln.part.price),
                               money(ln.amount), f"{ln.part.on_hand.normalize():f}"], ln) for ln in self.pending])
        self.linesChanged.emit()

    def sell(self, method: str, amount: str, tendered: str = "", reference: str = "", *, buyer: str = "",
             company_id: int | None = None, on_account: bool = False) -> None:
        lines = [SaleLine(ln.part.id, ln.qty) for ln in self.pending]
        tenders = [Tender(method, amount.strip(), reference.strip(), tendered.strip() or None)] \
            if amount.strip() else []
        self._keys += 1
        key = f"sale-{id(self)}-{self._keys}"

        def done(result) -> None:
            self.last = result.statement
            self.pending = []
            self._show()
            text = self.tr("Sale {number}: {total} taken.").format(number=result.statement.number,
                                                                   total=money(result.statement.total))
            if result.change:
                text += " " + self.tr("Change: {amount}").format(amount=money(result.change))
            self.messageChanged.emit(text)
            self.sold.emit(result)

        self._run("sell", self.counter.sell, self.actor, lines, tenders, customer_id=company_id,
                  customer_name=buyer.strip(), on_account=on_account, request_key=key, on_done=done)

    def last_purpose(self) -> str:
        return self.purposes.purpose_for("counter_sale")

    def names_buyer(self) -> bool:
        """The last sale's statement names its buyer (a person's name, a customer on file): personal data."""
        return self.last is not None and bool(self.last.customer_id or (self.last.customer_name or "").strip())

    @Slot()
    @Slot(str)
    def print_last(self, purpose: str = "") -> None:
        """The last sale's statement as a PDF; ``printed`` gives the path. One that names the buyer prints
        with ``purpose``, else with the one this PC last printed a counter sale for; with neither,
        ``purposeNeeded("counter_sale")`` asks and nothing prints. A walk-in sale without a buyer's name
        carries no personal data and prints at once."""
        if self.last is None:
            return
        extra = {}
        if self.names_buyer() or purpose.strip():
            purpose = purpose_to_print(self.purposes, "counter_sale", purpose)
            if not purpose:
                self.purposeNeeded.emit("counter_sale")
                return
            extra = {"purpose": purpose}
        number, paper = self.last.number, self.paper_for("counter_sale")
        self._write("print", f"{number}-statement.pdf",
                    lambda: self.settlement.statement_pdf(self.actor, number, translate, document_language(),
                                                          paper=paper, **extra))
