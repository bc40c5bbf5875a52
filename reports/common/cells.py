"""Workbook cells that never carry a formula from user data (CSV/formula injection).

A customer named ``=HYPERLINK("http://x","y")`` or a note ``=cmd|' /C calc'!A0`` must reach the
sheet as the text the person typed. openpyxl turns any string starting with ``=`` into a formula
cell; Excel and LibreOffice also evaluate text starting with ``+``, ``-`` or ``@`` once a user
edits the cell or saves the sheet as CSV, and full-width ``＝＋－＠`` (typed with a Chinese IME)
or a leading tab/CR are the usual ways round a naive filter.

Such text is written as an explicit string cell (``t="inlineStr"``, never ``<f>``) with Excel's
quote prefix (``quotePrefix``: the cell stays text when edited, as if typed with a leading
apostrophe). The text itself is not changed, so reading the workbook back gives what was written.
Numbers, dates and ``None`` pass through untouched: a negative amount stays a number.

Every workbook the product writes appends its rows through :func:`safe_row`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

#: What makes a spreadsheet treat text as a formula (or the start of one).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def is_formula_like(value: Any) -> bool:
    """True for text a spreadsheet could evaluate: it starts with one of :data:`FORMULA_PREFIXES`."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def _guard(cell: Cell) -> Cell:
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def safe_cell(ws: Any, value: Any) -> Any:
    """``value`` ready for ``ws.append``: formula-like text becomes a guarded text cell.

    Cells made by the caller (for a font or a number format) are guarded in place.
    """
    if isinstance(value, Cell):
        return _guard(value) if is_formula_like(value.value) else value
    if is_formula_like(value):
        return _guard(WriteOnlyCell(ws, value=value))
    return value


def safe_row(ws: Any, values: Iterable[Any]) -> list[Any]:
    """A row for ``ws.append`` in which no user text can become a formula."""
    return [safe_cell(ws, v) for v in values]


def safe_text(value: Any) -> Any:
    """For a value written outside openpyxl (a CSV file, the clipboard): formula-like text gets a
    leading apostrophe, the convention Excel and LibreOffice read as "this is text"."""
    return "'" + value if is_formula_like(value) else value
