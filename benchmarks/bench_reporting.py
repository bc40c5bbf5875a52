"""Reporting benchmarks on the decade data: the station manager's dashboard figures (target 300 ms p95) and
the monthly operating workbook of the last full month (target 5 s), next to a bare write-only workbook of
the same cells (openpyxl, no formats, no charts: the floor).

``python benchmarks/bench_reporting.py DB_URL`` prints the figures.
"""

from __future__ import annotations

import io
import sys
from datetime import timedelta

from benchmarks.bench_job_cards import _actor, _measure


def _bare_workbook(book) -> bytes:
    """The same cells, as plain values, in a write-only workbook with nothing else."""
    from openpyxl import Workbook

    from reports.reporting.model import Typed

    def plain(v):
        return v.value if isinstance(v, Typed) else v

    wb = Workbook(write_only=True)
    for table in (*book.summary.blocks, *book.sheets):
        ws = wb.create_sheet()
        ws.append([c.title for c in table.columns])
        for row in table.rows:
            ws.append([plain(v) for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def bench_reporting(ctx, runs: int = 20) -> dict:
    from reports.reporting.workbook import render_workbook
    from services.reporting.book import monthly_book

    actor = _actor()
    rep = ctx.reporting
    today = ctx.clock.today()
    month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)

    def dashboard():
        # what the manager's dashboard loads: today's and this month's figures, and the lists that need action
        rep.dashboard(actor, today, "manager")

    def month_figures():
        rep.figures(actor, today.replace(day=1), today)

    report = rep.monthly(actor, month)
    cells = sum(len(list(t.rows)) * len(t.columns) for t in (*monthly_book(report, lambda c, t: t).summary.blocks,
                                                              *monthly_book(report, lambda c, t: t).sheets))
    workbook_runs = max(3, runs // 5)

    def bare():
        # the same cells: the report's tables materialised once, written plainly
        return _bare_workbook(monthly_book(report, lambda c, t: t))

    return {
        "dashboard": _measure(dashboard, runs),
        "month_figures": _measure(month_figures, runs),
        "monthly_workbook": _measure(lambda: rep.monthly_workbook(actor, month), workbook_runs, warm=1),
        "render_only": _measure(lambda: render_workbook(monthly_book(report, lambda c, t: t)), workbook_runs, warm=1),
        "bare_workbook": _measure(bare, workbook_runs, warm=1),
        "month": f"{month:%Y-%m}", "statements": len(report.statements), "cells": cells,
    }


if __name__ == "__main__":
    from app.context import AppContext

    ctx, _ = AppContext.open(sys.argv[1], migrate=False)
    print(bench_reporting(ctx))
