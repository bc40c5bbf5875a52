"""A report as plain data, every text already translated by the caller: a summary sheet of small tables
with charts over them, then one sheet per table. The workbook and the PDF are both made from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# how a column's values are written: number formats of the workbook, text of the PDF
# "number": a column of mixed numbers (each cell a ``Typed``), right-aligned
KINDS = ("text", "number", "money", "count", "ratio", "hours", "turns", "date", "datetime", "bool")
NUMBER_FORMATS = {
    "money": "#,##0.00",
    "count": "#,##0",
    "ratio": "0.0%",
    "hours": "#,##0.00",
    "turns": "0.00",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


@dataclass(frozen=True)
class Typed:
    """A cell whose kind differs from its column's (the figures table: money, counts and ratios in one column)."""

    value: object
    kind: str


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"
    width: float = 12
    total: bool = False  # summed in the totals row


@dataclass(frozen=True)
class Table:
    """A table: on the summary sheet a block, else a sheet of its own named ``sheet``.

    ``rows`` may be a generator (a detail sheet is streamed, never held whole); a row's cell is a value
    of the column's kind, or a text (a figure "not built" is written as those words, never as zero).
    ``totals`` is the label of a totals row (the sum of the ``total`` columns), or None.
    """

    sheet: str
    heading: str
    columns: tuple[Column, ...]
    rows: Iterable[tuple]
    totals: str | None = None
    note: str = ""
    in_pdf: bool = True  # the PDF leaves long detail tables out


@dataclass(frozen=True)
class Chart:
    """A native chart over a summary block: categories from one column, one series per value column."""

    kind: str  # bar | line | pie
    title: str
    block: int  # index into Summary.blocks
    category_col: int
    value_cols: tuple[int, ...]
    y_title: str = ""


@dataclass(frozen=True)
class Summary:
    sheet: str
    heading: str
    lines: tuple[str, ...]
    blocks: tuple[Table, ...]
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True)
class Book:
    title: str
    summary: Summary
    sheets: tuple[Table, ...] = field(default=())
    footer: str = ""
