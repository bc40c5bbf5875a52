"""The report as an Excel workbook (openpyxl, write-only: detail sheets are streamed row by row).

The summary sheet holds the figures and small tables with native charts over their cells; every other
table gets a sheet of its own with a bold, frozen header, an autofilter over its rows, number formats,
column widths and a totals row. Cells of text go through ``safe_row`` (no user text becomes a formula).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from copy import copy
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumRef, StrRef
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.common.cells import safe_cell
from reports.reporting.model import NUMBER_FORMATS, Book, Chart, Column, Summary, Table, Typed

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="E8EEF5")
TOTAL_FILL = PatternFill("solid", fgColor="F3F3F3")
RIGHT = Alignment(horizontal="right")
Progress = Callable[[int, int], None]


def sheet_name(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, "-")
    return text[:31] or "Sheet"


def _cell(ws, value, column: Column | None = None, *, font=None, fill=None):
    kind = column.kind if column is not None else "text"
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    c = WriteOnlyCell(ws, value=value)
    fmt = NUMBER_FORMATS.get(kind) if not isinstance(value, str) else None
    right = isinstance(value, str) and kind != "text"
    if fmt or font is not None or fill is not None or right:
        # a style is worked out once per look and copied after (setting each attribute per cell is what
        # makes a styled sheet slow to write)
        styles = ws.parent.__dict__.setdefault("_report_styles", {})  # this workbook's looks
        key = (fmt, id(font), id(fill), right)
        style = styles.get(key)
        if style is None:
            if fmt:
                c.number_format = fmt
            if font is not None:
                c.font = font
            if fill is not None:
                c.fill = fill
            if right:
                c.alignment = RIGHT
            styles[key] = copy(c._style)
        else:
            c._style = copy(style)
    return safe_cell(ws, c)


def _header(ws, columns) -> list:
    return [_cell(ws, c.title, font=BOLD, fill=HEADER_FILL) for c in columns]


def _rows(ws, table: Table, sums: list):
    for row in table.rows:
        for i, (col, v) in enumerate(zip(table.columns, row, strict=False)):
            if col.total and isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                sums[i] += v
        yield [_cell(ws, v, col) for col, v in zip(table.columns, row, strict=False)]


def _totals(ws, table: Table, sums: list) -> list:
    out = []
    for i, col in enumerate(table.columns):
        if i == 0:
            out.append(_cell(ws, table.totals, font=BOLD, fill=TOTAL_FILL))
        elif col.total:
            out.append(_cell(ws, sums[i], col, font=BOLD, fill=TOTAL_FILL))
        else:
            out.append(_cell(ws, None, fill=TOTAL_FILL))
    return out


def _table_sheet(wb: Workbook, table: Table) -> None:
    ws = wb.create_sheet(sheet_name(table.sheet))
    for i, col in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A3"
    ws.append([_cell(ws, table.heading, font=TITLE)])
    ws.append(_header(ws, table.columns))
    sums = [Decimal(0)] * len(table.columns)
    last = 2
    for row in _rows(ws, table, sums):
        ws.append(row)
        last += 1
    ws.auto_filter.ref = f"A2:{get_column_letter(len(table.columns))}{max(last, 2)}"
    if table.totals is not None:
        ws.append(_totals(ws, table, sums))
    if table.note:
        ws.append([])
        ws.append([_cell(ws, table.note)])


def _summary(wb: Workbook, summary: Summary) -> None:
    ws = wb.create_sheet(sheet_name(summary.sheet))
    widths: dict[int, float] = {}
    for block in summary.blocks:
        for i, col in enumerate(block.columns, start=1):
            widths[i] = max(widths.get(i, 0), col.width)
    for i, w in widths.items():
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.append([_cell(ws, summary.heading, font=TITLE)])
    for line in summary.lines:
        ws.append([_cell(ws, line)])
    row = 1 + len(summary.lines)
    places: list[tuple[int, int]] = []  # per block: the header row, the last data row
    for block in summary.blocks:
        ws.append([])
        ws.append([_cell(ws, block.heading, font=BOLD)])
        ws.append(_header(ws, block.columns))
        row += 3
        header = row
        sums = [Decimal(0)] * len(block.columns)
        for values in _rows(ws, block, sums):
            ws.append(values)
            row += 1
        places.append((header, row))
        if block.totals is not None:
            ws.append(_totals(ws, block, sums))
            row += 1
    anchor_row = 1
    for chart in summary.charts:
        header, last = places[chart.block]
        if last <= header:
            continue  # nothing to plot
        ws.add_chart(_chart(ws, chart, header, last, summary.blocks[chart.block]), f"J{anchor_row}")
        anchor_row += 18


def _chart(ws, spec: Chart, header: int, last: int, block: Table):
    chart = {"bar": BarChart, "line": LineChart, "pie": PieChart}[spec.kind]()
    chart.title = spec.title
    chart.width, chart.height = 18, 8.5
    for col in spec.value_cols:
        data = Reference(ws, min_col=col + 1, max_col=col + 1, min_row=header, max_row=last)
        chart.add_data(data, titles_from_data=True)
    categories = Reference(ws, min_col=spec.category_col + 1, max_col=spec.category_col + 1, min_row=header + 1,
                           max_row=last)
    text_categories = block.columns[spec.category_col].kind == "text"
    for series in chart.series:
        # names (job types, advisors) as text categories; days as numbers (dates)
        series.cat = (AxDataSource(strRef=StrRef(f=str(categories))) if text_categories
                      else AxDataSource(numRef=NumRef(f=str(categories))))
    if spec.kind != "pie":
        if spec.y_title:
            chart.y_axis.title = spec.y_title
        chart.y_axis.numFmt = NUMBER_FORMATS.get(block.columns[spec.value_cols[0]].kind, "General")
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.legend.position = "b"
    return chart


def render_workbook(book: Book, progress: Progress | None = None) -> bytes:
    wb = Workbook(write_only=True)
    total = 1 + len(book.sheets)
    _summary(wb, book.summary)
    if progress:
        progress(1, total)
    for i, table in enumerate(book.sheets, start=2):
        _table_sheet(wb, table)
        if progress:
            progress(i, total)
    wb.properties.title = book.title
    wb.properties.creator = "ServiceBay"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
