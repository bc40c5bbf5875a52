"""The store's workbooks written in another process, so the UI process never holds their rows.

A year of the store's reports over 100k parts builds hundreds of thousands of objects; in a worker
thread of the app, Python's full garbage collections over that heap held the GIL for up to seconds
and froze the window. These module-level functions run under ``TaskRunner.run_in_process``: they
open their own ``Database`` from the URL, compute the report there, write the file and return only
its path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from services.common.clock import Clock
from services.parts.reports import PartsReports
from services.users.audit import AuditLog
from services.users.permissions import Actor


def _reports(url: str, clock: Clock | None):
    from app.db.engine import open_database

    db = open_database(url)
    return db, PartsReports(db, AuditLog(db), clock or Clock())


def write_store_workbook(url: str, actor: Actor, start: date, end: date, path: str, *, slow_months: int = 6,
                         clock: Clock | None = None) -> str:
    """Every store report of the period in one workbook at ``path`` (the CLI's ``export store``)."""
    from reports.parts.workbooks import store_workbook

    db, reports = _reports(url, clock)
    try:
        data = reports.store_reports(actor, start, end, slow_months=slow_months)
        Path(path).write_bytes(store_workbook(data))
        return path
    finally:
        db.dispose()


def write_report_workbook(url: str, actor: Actor, kind: str, start: date, end: date, months: int, path: str, *,
                          clock: Clock | None = None) -> str:
    """One store report (``kind`` as on the reports screen) as a workbook at ``path``."""
    from reports.parts.workbooks import report_xlsx

    db, reports = _reports(url, clock)
    try:
        data = report_data(reports, actor, kind, start, end, months)
        Path(path).write_bytes(report_xlsx(kind, data))
        return path
    finally:
        db.dispose()


def report_data(reports: PartsReports, actor: Actor, kind: str, start: date, end: date, months: int):
    """The data of one report of the reports screen."""
    if kind == "value":
        return reports.stock_value(actor)
    if kind == "turns":
        return reports.turns(actor, start, end)
    if kind == "slow":
        return reports.slow_stock(actor, months)
    if kind == "below_minimum":
        return reports.below_minimum(actor)
    if kind == "fill_rate":
        return reports.fill_rate_by_month(actor, start, end)
    if kind == "channels":
        return reports.sales_by_channel(actor, start, end)
    raise KeyError(kind)
