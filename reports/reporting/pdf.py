"""The report as a PDF (reportlab): the summary's figures and tables with its charts, then the tables
marked for print. Fonts and page furniture from ``reports/common/base.py``."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from reports.common.base import build_pdf, esc, grid_table, styles
from reports.reporting.model import Book, Chart, Column, Table, Typed

PAGE = landscape(A4)
MARGIN = 12 * mm
SERIES = (colors.HexColor("#3a6ea5"), colors.HexColor("#e08a2c"), colors.HexColor("#5a9e4b"))


def text(value, column: Column) -> str:
    """A cell as printed: money with thousands, ratios as percentages; words (a state) as they are."""
    kind = column.kind
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "✓" if value else "—"
    if kind == "money":
        return f"{Decimal(value):,.2f}"
    if kind == "count":
        return f"{int(value):,}"
    if kind == "ratio":
        return f"{Decimal(value) * 100:.1f}%"
    if kind in ("hours", "turns"):
        return f"{Decimal(value):,.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _number(v) -> float:
    if isinstance(v, Typed):
        v = v.value
    return float(v) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) else 0.0


def _table(table: Table, rows: list[tuple], width: float):
    total = sum(c.width for c in table.columns) or 1
    widths = [width * c.width / total for c in table.columns]
    data = [[c.title for c in table.columns]]
    data += [[text(v, c) for c, v in zip(table.columns, row, strict=False)] for row in rows]
    if table.totals is not None:
        sums = []
        for i, c in enumerate(table.columns):
            if i == 0:
                sums.append(table.totals)
            elif c.total:
                sums.append(text(sum((r[i] for r in rows if isinstance(r[i], (int, Decimal))
                                      and not isinstance(r[i], bool)), Decimal(0)), c))
            else:
                sums.append("")
        data.append(sums)
    right = [i for i, c in enumerate(table.columns) if c.kind not in ("text", "date", "datetime")]
    return grid_table(data, widths, right_cols=right)


def _chart(spec: Chart, block: Table, rows: list[tuple], font: str) -> Drawing | None:
    if not rows:
        return None
    d = Drawing(250 * mm, 70 * mm)
    cls = VerticalBarChart if spec.kind in ("bar", "pie") else HorizontalLineChart
    chart = cls()
    chart.x, chart.y, chart.width, chart.height = 18 * mm, 12 * mm, 225 * mm, 48 * mm
    chart.data = [[float(_number(r[c])) for r in rows]
                  for c in spec.value_cols]
    chart.categoryAxis.categoryNames = [text(r[spec.category_col], block.columns[spec.category_col]) for r in rows]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    if len(rows) > 16:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
    for i in range(len(spec.value_cols)):
        target = chart.bars if cls is VerticalBarChart else chart.lines
        target[i].fillColor = SERIES[i % len(SERIES)]
        target[i].strokeColor = SERIES[i % len(SERIES)]
    d.add(chart)
    d.add(String(18 * mm, 64 * mm, spec.title, fontName=font, fontSize=9))
    if len(spec.value_cols) > 1:
        legend = Legend()
        legend.x, legend.y = 120 * mm, 66 * mm
        legend.fontName, legend.fontSize = font, 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], block.columns[c].title)
                                 for i, c in enumerate(spec.value_cols)]
        d.add(legend)
    return d


def render_pdf(book: Book, progress=None) -> bytes:
    """``progress(done, total)``: the tables drawn (1 of 2), the pages laid out (2 of 2)."""
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list = [Paragraph(esc(book.summary.heading), st.title)]
    story += [Paragraph(esc(line), st.small) for line in book.summary.lines]
    blocks = [list(b.rows) for b in book.summary.blocks]
    for block, rows in zip(book.summary.blocks, blocks, strict=True):
        if not block.in_pdf:
            continue
        story += [CondPageBreak(40 * mm), Paragraph(esc(block.heading), st.heading), _table(block, rows, width)]
    for spec in book.summary.charts:
        drawing = _chart(spec, book.summary.blocks[spec.block], blocks[spec.block], st.font)
        if drawing is not None:
            story += [Spacer(1, 4 * mm), CondPageBreak(72 * mm), drawing]
    for table in book.sheets:
        if not table.in_pdf:
            continue
        rows = list(table.rows)
        story += [CondPageBreak(40 * mm), Paragraph(esc(table.heading), st.heading), _table(table, rows, width)]
        if table.note:
            story.append(Paragraph(esc(table.note), st.small))
    if progress:
        progress(1, 2)
    out = build_pdf(story, title=book.title, pagesize=PAGE, margins=(MARGIN, MARGIN, MARGIN, MARGIN),
                    footer=book.footer)
    if progress:
        progress(2, 2)
    return out
