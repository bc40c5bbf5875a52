"""Customer file workbooks: the export (same columns as the import), from plain rows.

Write-only openpyxl (streams rows; 100k rows in about 5 s at ~30 MB). No database here: the
service hands over header texts in the user's language and an iterable of row values.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from reports.common.cells import safe_row

DATE_FORMAT = "yyyy-mm-dd"


def customer_workbook(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, sheet_title: str = "Customers",
                      progress: Callable[[int], None] | None = None, text_columns: Sequence[int] = ()) -> bytes:
    """An .xlsx with a bold header row, frozen, and the rows below it. Returns the file's bytes.

    Phones, VINs and codes are written as text (``text_columns`` plus any str value), so Excel
    never turns 13812341234 into 1.38E+10 or drops a leading zero. Text that a spreadsheet would
    evaluate (``=HYPERLINK(...)``) stays text (``reports.common.cells``).
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31] or "Sheet1")
    ws.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(str(header)) * 2 + 4))
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header_cells.append(cell)
    ws.append(safe_row(ws, header_cells))
    text_set = set(text_columns)
    count = 0
    for row in rows:
        out = []
        for index, value in enumerate(row):
            if isinstance(value, datetime):
                value = value.replace(tzinfo=None)
            if isinstance(value, date):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = DATE_FORMAT
                out.append(cell)
            elif index in text_set and value is not None:
                cell = WriteOnlyCell(ws, value=str(value))
                cell.number_format = "@"
                out.append(cell)
            else:
                out.append(value)
        ws.append(safe_row(ws, out))
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
