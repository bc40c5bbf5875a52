"""The insurer receivables workbook: one sheet per insurer's totals by age, one of the open jobs, and one
of every insurance job listed (assessed against repaired). Plain data in, xlsx bytes out."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from reports.claims.workbooks import MONEY, SubmissionSheet
from reports.common.cells import safe_row


def _value(v):
    return float(v) if isinstance(v, Decimal) else v


def _fill(ws, sheet: SubmissionSheet, totals: tuple[object, ...] | None) -> None:
    ws.title = (sheet.title[:31].replace("/", "-").replace(":", "-")) or "Sheet"
    ws.append(safe_row(ws, list(sheet.headers)))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in sheet.rows:
        ws.append(safe_row(ws, [_value(v) for v in row]))
    if totals is not None:
        ws.append(safe_row(ws, [_value(v) for v in totals]))
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for col in sheet.money_columns:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = MONEY
    for i, h in enumerate(sheet.headers, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(40, len(str(h)) * 2 + 4))
    ws.freeze_panes = "A2"


def render_sheets(sheets: list[tuple[SubmissionSheet, tuple[object, ...] | None]]) -> bytes:
    """A workbook of titled tables, one per sheet, each with its optional bold totals row."""
    wb = Workbook()
    for i, (sheet, totals) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        _fill(ws, sheet, totals)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
