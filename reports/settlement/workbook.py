"""A plain workbook for settlement exports: bold frozen header, money as numbers with two decimals,
codes and numbers as text (so Excel keeps a 19-digit tax code and leading zeros), dates as dates."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

MONEY_FORMAT = "#,##0.00"


def sheet(wb: Workbook, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
          widths: Sequence[int] = (), top: Sequence[Sequence[Any]] = ()) -> None:
    """Add a write-only sheet: ``top`` lines (a title, the company) above a bold header and the rows."""
    ws = wb.create_sheet(title[:31] or "Sheet1")
    ws.freeze_panes = f"A{len(top) + 2}"
    for index, header in enumerate(headers, start=1):
        width = widths[index - 1] if index <= len(widths) else max(10, min(40, len(str(header)) * 2 + 4))
        ws.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    for line in top:
        cells = []
        for value in line:
            cell = WriteOnlyCell(ws, value=value)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, datetime):
                value = value.replace(tzinfo=None)
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, Decimal):
                cell.number_format = MONEY_FORMAT if value == value.quantize(Decimal("0.01")) else "0.000"
            elif isinstance(value, str):
                cell.number_format = "@"
            out.append(cell)
        ws.append(out)


def workbook() -> Workbook:
    return Workbook(write_only=True)


def save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
