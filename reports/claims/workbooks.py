"""The claims' workbooks: the submission to the manufacturer (one row per claimed line, with the
claim's vehicle, repair and appraisal repeated, as manufacturers' import sheets want them) and the
open-claims list with age and amounts."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from reports.common.cells import safe_row

MONEY = "#,##0.00"


@dataclass(frozen=True)
class SubmissionSheet:
    title: str  # sheet name
    headers: tuple[str, ...]  # translated by the caller
    rows: tuple[tuple[object, ...], ...]  # values in the headers' order; Decimal amounts
    money_columns: tuple[int, ...] = ()  # 0-based


def render_table_workbook(sheet: SubmissionSheet, *, totals: tuple[object, ...] | None = None) -> bytes:
    """A titled table: bold header row, money columns as numbers with two places, frozen header."""
    wb = Workbook()
    ws = wb.active
    ws.title = (sheet.title[:31].replace("/", "-").replace(":", "-")) or "Sheet"
    ws.append(safe_row(ws, list(sheet.headers)))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    money = set(sheet.money_columns)
    for row in sheet.rows:
        ws.append(safe_row(ws, [float(v) if isinstance(v, Decimal) else v for v in row]))
    if totals is not None:
        ws.append(safe_row(ws, [float(v) if isinstance(v, Decimal) else v for v in totals]))
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for col in money:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = MONEY
    for i, h in enumerate(sheet.headers, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(40, len(str(h)) * 2 + 4))
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
