"""Fleet accounts on screen: what each company owes by age, its monthly account statements (对账单),
payments against them, and the statement printed or exported to Excel.

Signals (besides ``TaskViewModel``'s):
    companyChosen(int): the company whose statements are listed (its customer id).
    accountChanged(object): the chosen ``AccountStatementInfo`` (None when cleared).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal

from services.settlement.data import Tender
from viewmodels.common.models import TextRowsModel
from viewmodels.settlement.base import TaskViewModel, document_language, translate
from viewmodels.settlement.cashier import method_name, money

# how a company pays its account statement
ACCOUNT_METHODS = ("transfer", "wechat", "alipay", "bank_card", "cash")


class AccountsViewModel(TaskViewModel):
    companyChosen = Signal(int)
    accountChanged = Signal(object)

    def __init__(self, settlement, actor, tasks, output_dir, parent=None) -> None:
        super().__init__(actor, tasks, output_dir, parent)
        self.settlement = settlement
        self.accounts = settlement.accounts
        self.company_id: int | None = None
        self.account = None
        self._keys = 0
        self.ageing = TextRowsModel([self.tr("Company"), self.tr("0–30 days"), self.tr("31–60 days"),
                                 self.tr("61–90 days"), self.tr("Over 90 days"), self.tr("Total"),
                                 self.tr("Not on a statement yet")], right=(1, 2, 3, 4, 5, 6), parent=self)
        self.statements = TextRowsModel([self.tr("Account statement"), self.tr("Month"), self.tr("Total"),
                                     self.tr("Paid"), self.tr("Open")], right=(2, 3, 4), parent=self)
        self.lines = TextRowsModel([self.tr("Date"), self.tr("Statement"), self.tr("Plate"), self.tr("On account"),
                                self.tr("Paid"), self.tr("Open")], right=(3, 4, 5), parent=self)

    @staticmethod
    def methods() -> list[tuple[str, str]]:
        return [(m, method_name(m)) for m in ACCOUNT_METHODS]

    def default_month(self) -> date:
        """Last month: account statements are made when a month is over."""
        today = self.settlement.clock.today()
        return date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)

    # ---- ageing -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._run("ageing", self.accounts.ageing, self.actor, on_done=self._ageing)

    def _ageing(self, rows) -> None:
        self.ageing.set_rows([([r.customer_name, money(r.current), money(r.days_31_60), money(r.days_61_90),
                                money(r.over_90), money(r.total), money(r.uncollected)], r) for r in rows])
        if self.company_id is None and rows:
            self.choose_company(rows[0].customer_id)

    def choose_row(self, row: int) -> None:
        r = self.ageing.object_at(row)
        if r is not None:
            self.choose_company(r.customer_id)

    def choose_company(self, customer_id: int) -> None:
        self.company_id = customer_id
        self.companyChosen.emit(customer_id)
        self._set_account(None)
        self._run("statements", self.accounts.accounts, self.actor, customer_id, on_done=self._statements)

    def company_name(self) -> str:
        for row in range(self.ageing.rowCount()):
            r = self.ageing.object_at(row)
            if r.customer_id == self.company_id:
                return r.customer_name
        return ""

    def _statements(self, rows) -> None:
        self.statements.set_rows([([r.number, f"{r.month:%Y-%m}", money(r.total), money(r.settled),
                                    money(r.total - r.settled)], r) for r in rows])

    # ---- account statements -----------------------------------------------------------------
    def choose_statement(self, row: int) -> None:
        r = self.statements.object_at(row)
        if r is not None:
            self._run("account", self.accounts.account, self.actor, r.id, on_done=self._set_account)

    def _set_account(self, acc) -> None:
        self.account = acc
        local = self.settlement.clock.local
        self.lines.set_rows([] if acc is None else [
            ([local(ln.charged_at).strftime("%Y-%m-%d"), ln.statement_number or "", ln.plate or "",
              money(ln.amount), money(ln.settled), money(ln.open)], ln) for ln in acc.lines])
        self.accountChanged.emit(acc)

    def make_statement(self, month: date) -> None:
        if self.company_id is None:
            return

        def done(acc) -> None:
            self._set_account(acc)
            self.messageChanged.emit(self.tr("Account statement {number} for {month}: {total}.").format(
                number=acc.number, month=f"{acc.month:%Y-%m}", total=money(acc.total)))
            self._refresh_lists()

        self._run("make", self.accounts.make, self.actor, self.company_id, month, on_done=done)

    def _refresh_lists(self) -> None:
        if self.company_id is not None:
            self._run("statements", self.accounts.accounts, self.actor, self.company_id, on_done=self._statements)
        self._run("ageing", self.accounts.ageing, self.actor, on_done=self._ageing)

    def pay(self, method: str, amount: str, reference: str = "") -> None:
        if self.account is None:
            return
        self._keys += 1
        key = f"acct-{self.account.id}-{id(self)}-{self._keys}"

        def done(acc) -> None:
            self._set_account(acc)
            self.messageChanged.emit(self.tr("{amount} received against {number}; {open} still open.").format(
                amount=money(acc.payments[-1].amount) if acc.payments else amount.strip(), number=acc.number,
                open=money(acc.open)))
            self._refresh_lists()

        self._run("pay", self.accounts.pay, self.actor, self.account.id, Tender(method, amount.strip(),
                                                                                reference.strip()),
                  request_key=key, on_done=done)

    def print_statement(self) -> None:
        if self.account is not None:
            acc_id, number = self.account.id, self.account.number
            self._write("print", f"{number}.pdf",
                        lambda: self.accounts.pdf(self.actor, acc_id, translate, document_language()))

    def export_statement(self) -> None:
        """Write the account statement as .xlsx; ``messageChanged`` names the file."""
        if self.account is None:
            return
        acc_id, number = self.account.id, self.account.number
        path = self.output_dir / f"{number}.xlsx"

        def work() -> str:
            path.write_bytes(self.accounts.xlsx(self.actor, acc_id, translate, document_language()))
            return str(path)

        self._run("export", work, on_done=lambda p: self.messageChanged.emit(
            self.tr("Saved as {path}").format(path=p)))
