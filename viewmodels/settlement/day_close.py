"""The cashier's day close on screen (日结): takings per method for a day, every payment, and the sheet.

Signals (besides ``TaskViewModel``'s):
    closeChanged(object): the ``DayClose`` shown, after ``load``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal

from services.settlement.data import KIND_NAMES
from viewmodels.common.models import TextRowsModel
from viewmodels.settlement.base import TaskViewModel, document_language, translate
from viewmodels.settlement.cashier import method_name, money


class DayCloseViewModel(TaskViewModel):
    closeChanged = Signal(object)

    def __init__(self, settlement, actor, tasks, output_dir, parent=None) -> None:
        super().__init__(actor, tasks, output_dir, parent)
        self.settlement = settlement
        self.close = None
        self.day = settlement.clock.today()
        self.cashier: str | None = None
        self.methods = TextRowsModel([self.tr("Method"), self.tr("Amount"), self.tr("Count")], right=(1, 2), parent=self)
        self.rows = TextRowsModel([self.tr("Time"), self.tr("Statement"), self.tr("Kind"), self.tr("Method"),
                               self.tr("By"), self.tr("Amount")], right=(5,), parent=self)

    def load(self, day: date | None = None, only_mine: bool | None = None) -> None:
        if day is not None:
            self.day = day
        if only_mine is not None:
            self.cashier = self.actor.username if only_mine else None
        self._run("load", self.settlement.day_close, self.actor, self.day, self.cashier, on_done=self._loaded)

    def _loaded(self, close) -> None:
        self.close = close
        local = self.settlement.clock.local
        self.methods.set_rows([([method_name(m), money(a), str(n)], m) for m, a, n in close.by_method])
        self.rows.set_rows([([local(p.at).strftime("%H:%M"), p.statement_number or "",
                              translate("PaymentKind", KIND_NAMES.get(p.kind, p.kind)), method_name(p.method),
                              p.display_name or p.username, money(p.amount)], p) for p in close.rows])
        self.closeChanged.emit(close)

    def summary(self) -> str:
        c = self.close
        if c is None:
            return ""
        return self.tr("Takings {total} (cash {cash}), refunds {refunds}, on account {account}.").format(
            total=money(c.money_total), cash=money(c.cash_in), refunds=money(c.refunds), account=money(c.on_account))

    def print_sheet(self) -> None:
        day, cashier = self.day, self.cashier
        self._write("print", f"day-close-{day.isoformat()}.pdf",
                    lambda: self.settlement.day_close_pdf(self.actor, day, cashier, translate, document_language()))
