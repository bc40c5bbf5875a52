"""The store's reports on screen: stock value, turns, slow and obsolete stock, below minimum, fill rate
(配件一次满足率) and sales by channel. Each is computed off the UI thread and shown as a table; what is
shown is what "Export to Excel" writes.

Signals:
    reportReady(str, str): a report's key and its summary line, once its table is filled.
    saved(str): a workbook was written to this path.
    message(str): an error or a note.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP
from services.parts.exports import report_data, write_report_workbook
from services.parts.reports import COST_REPORTS
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.parts.models import Column, LocalTime, RowsModel

REPORT_TITLES = {
    "value": QT_TRANSLATE_NOOP("PartsReports", "Stock value"),
    "turns": QT_TRANSLATE_NOOP("PartsReports", "Stock turns"),
    "slow": QT_TRANSLATE_NOOP("PartsReports", "Slow and obsolete stock"),
    "below_minimum": QT_TRANSLATE_NOOP("PartsReports", "Below minimum"),
    "fill_rate": QT_TRANSLATE_NOOP("PartsReports", "Fill rate"),
    "channels": QT_TRANSLATE_NOOP("PartsReports", "Sales by channel"),
}
CHANNEL_NAMES = {"workshop": QT_TRANSLATE_NOOP("PartsReports", "Workshop"),
                 "internal": QT_TRANSLATE_NOOP("PartsReports", "Internal"),
                 "warranty": QT_TRANSLATE_NOOP("PartsReports", "Warranty"),
                 "counter": QT_TRANSLATE_NOOP("PartsReports", "Counter")}
PERIOD_REPORTS = ("turns", "fill_rate", "channels")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PartsReports", text)


def _pct(value) -> str:
    return "" if value is None else f"{value * 100:.2f}%"


def _c(header: str, get, right: bool = False) -> Column:
    return Column(header, get, align_right=right, context="PartsReports")


class PartsReportsViewModel(QObject):
    reportReady = Signal(str, str)
    saved = Signal(str)
    message = Signal(str)

    def __init__(self, reports, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local = LocalTime(reports.clock.local)  # times in the station's zone, never the PC's
        self.reports = reports
        self.actor = actor
        self.tasks = tasks
        today = reports.clock.today()
        self.end = today
        self.start = date(today.year - 1, today.month, 1)  # the last twelve months and this one
        self.months = 6
        self.data: dict[str, Any] = {}
        # reports made of purchase costs only for the roles that buy; the service refuses them to the others
        costs = actor.can(Permission.VIEW_COSTS)
        self.kinds = tuple(k for k in REPORT_TITLES if costs or k not in COST_REPORTS)
        self.models = {
            "value": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Part number"), lambda r: r.number),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Name"), lambda r: r.name),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Category"), lambda r: r.category),
                _c(QT_TRANSLATE_NOOP("PartsReports", "On hand"), lambda r: r.on_hand, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Average cost"), lambda r: r.avg_cost, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Value"), lambda r: r.value, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Last issue"), lambda r: r.last_issue),
            ], self, local=self.local),
            "turns": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Category"), lambda r: r.category),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Cost of issues"), lambda r: r.issue_cost, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Average stock"), lambda r: r.average_stock, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Turns a year"), lambda r: r.turns, True),
            ], self, local=self.local),
            "slow": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Part number"), lambda r: r.number),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Name"), lambda r: r.name),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Category"), lambda r: r.category),
                _c(QT_TRANSLATE_NOOP("PartsReports", "On hand"), lambda r: r.on_hand, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Average cost"), lambda r: r.avg_cost, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Value"), lambda r: r.value, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Last issue"), lambda r: r.last_issue),
            ], self, local=self.local),
            "below_minimum": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Part number"), lambda r: r.number),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Name"), lambda r: r.name),
                _c(QT_TRANSLATE_NOOP("PartsReports", "On hand"), lambda r: r.on_hand, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Reserved"), lambda r: r.reserved, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "On order"), lambda r: r.on_order, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Minimum"), lambda r: r.min_stock, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Quota"), lambda r: r.quota, True),
            ], self, local=self.local),
            "fill_rate": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Month"), lambda r: r.month),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Lines requested"), lambda r: r.lines, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Served from stock"), lambda r: r.served, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Fill rate"), lambda r: _pct(r.rate), True),
            ], self, local=self.local),
            "channels": RowsModel([
                _c(QT_TRANSLATE_NOOP("PartsReports", "Channel"),
                   lambda r: _tr(CHANNEL_NAMES.get(r.channel, r.channel))),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Lines"), lambda r: r.lines, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Qty"), lambda r: r.qty, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Sales"), lambda r: r.revenue, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Cost"), lambda r: r.cost, True),
                _c(QT_TRANSLATE_NOOP("PartsReports", "Margin"), lambda r: r.margin, True),
            ], self, local=self.local),
        }

    @Slot(object, object)
    def set_period(self, start: date, end: date) -> None:
        self.start, self.end = start, end

    @Slot(int)
    def set_months(self, months: int) -> None:
        self.months = max(1, int(months))

    def _compute(self, kind: str):
        return report_data(self.reports, self.actor, kind, self.start, self.end, self.months)

    def _rows(self, kind: str, data) -> list:
        if kind in ("value", "slow"):
            return list(data.rows)
        return list(data)

    def summary(self, kind: str) -> str:
        data = self.data.get(kind)
        if data is None:
            return ""
        if kind == "value":
            # the moment it stands for: a month-end's value is read, printed and filed with its date
            moment = self.reports.clock.local(self.reports.clock.now())
            return _tr(QT_TRANSLATE_NOOP("PartsReports", "{n} parts in stock, worth {total}, as of {moment}")).format(
                n=len(data.rows), total=f"{data.total:,.2f}", moment=f"{moment:%Y-%m-%d %H:%M}")
        if kind == "slow":
            return _tr(QT_TRANSLATE_NOOP("PartsReports", "{n} parts without an issue for {months} months, worth {value} ({share} of the stock)")).format(
                n=len(data.rows), months=data.months, value=f"{data.slow_value:,.2f}", share=_pct(data.share) or "—")
        if kind == "below_minimum":
            return _tr(QT_TRANSLATE_NOOP("PartsReports", "{n} parts below their minimum stock")).format(n=len(data))
        if kind == "fill_rate":
            lines = sum(f.lines for f in data)
            served = sum(f.served for f in data)
            rate = f"{served * 100 / lines:.2f}%" if lines else "—"
            return _tr(QT_TRANSLATE_NOOP("PartsReports", "{served} of {lines} lines served from stock: {rate}")).format(served=served, lines=lines,
                                                                                    rate=rate)
        if kind == "channels":
            total = sum((c.revenue for c in data), 0)
            return _tr(QT_TRANSLATE_NOOP("PartsReports", "Sales {start} to {end}: {total}")).format(start=self.start, end=self.end, total=f"{total:,.2f}")
        return _tr(QT_TRANSLATE_NOOP("PartsReports", "{start} to {end}")).format(start=self.start, end=self.end)

    @Slot(str)
    def run(self, kind: str) -> None:
        """Compute one report in a worker thread and fill its table."""
        def done(data) -> None:
            self.data[kind] = data
            self.models[kind].set_rows(self._rows(kind, data))
            self.reportReady.emit(kind, self.summary(kind))

        self.tasks.run(f"parts.report.{kind}", self._compute, kind, on_done=done,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(str, str)
    def export(self, kind: str, path: str) -> None:
        """Write the report (of the period and months shown) to an Excel workbook."""
        data = self.data.get(kind)
        if data is None or not path:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("PartsReports", "Run the report first.")))
            return
        # the workbook is written in another process: its rows never weigh on this one's garbage collector
        self.tasks.run_in_process(f"parts.report.{kind}.xlsx", write_report_workbook, self.reports.database_url,
                                  self.actor, kind, self.start, self.end, self.months, path, clock=self.reports.clock,
                                  on_done=self.saved.emit, on_error=lambda e: self.message.emit(describe(e)))
