"""The health record export as an Excel workbook: one sheet per table the adapter names (records,
work items, parts), a bold header row, text cells guarded against formulas."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from reports.common.cells import safe_row


def render_sheets(sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]], *, title: str = "") -> bytes:
    """``sheets``: (title, headers, rows) each; returns the .xlsx bytes."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, headers, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append(safe_row(ws, headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(safe_row(ws, row))
        for i, header in enumerate(headers):
            ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = max(10, min(40, 2 * len(str(header)) + 4))
        ws.freeze_panes = "A2"
    if title:
        wb.properties.title = title
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
