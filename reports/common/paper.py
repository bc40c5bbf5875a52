"""Paper sizes, page numbers per copy, and text that wraps between tokens inside a table cell.

Stations print on A4, on A5 turned landscape, and on 241 mm continuous stationery (9.5 × 11 in,
241 × 279.4 mm) in dot-matrix printers that still make multi-part forms. A document is laid out
for one of them by its key ("a4", "a5", "continuous"); widths come from ``Paper.width``.

A document made of copies (the job card's customer, workshop and picking copies) numbers its pages
per copy ("客户联 第 1/2 页", starting again at 1 for the next copy) and names the copy at the top of
each continuation page: :func:`build_sections_pdf` lays it out twice, the first time to learn on
which page each copy starts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from reports.common.base import esc, styles


@dataclass(frozen=True)
class Paper:
    key: str
    size: tuple[float, float]  # points, (width, height)
    margins: tuple[float, float, float, float]  # left, right, top, bottom
    scale: float = 1.0  # type size against A4 (A5 is set a little smaller)

    @property
    def width(self) -> float:
        """The width a flowable has between the margins (the layout frame keeps 6 pt each side)."""
        return self.size[0] - self.margins[0] - self.margins[1] - 12

    @property
    def height(self) -> float:
        return self.size[1] - self.margins[2] - self.margins[3] - 12


#: 241 mm continuous stationery: 9.5 × 11 inches
CONTINUOUS = (241 * mm, 279.4 * mm)
PAPERS: dict[str, Paper] = {
    "a4": Paper("a4", A4, (15 * mm, 15 * mm, 15 * mm, 15 * mm)),
    "a5": Paper("a5", landscape(A5), (10 * mm, 10 * mm, 12 * mm, 12 * mm), 0.9),
    # the tractor holes take ~12 mm each side; dot-matrix printers cannot print the last 8 mm
    "continuous": Paper("continuous", CONTINUOUS, (14 * mm, 14 * mm, 12 * mm, 14 * mm)),
}
PAPER_KEYS = tuple(PAPERS)


def paper(key: str | None) -> Paper:
    """The paper of ``key``; A4 for an unknown or missing key."""
    return PAPERS.get(key or "a4", PAPERS["a4"])


# ---- text that wraps between tokens, never over the cell's edge ------------------------------------------
_TOKENS = re.compile(r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: between words and Chinese characters,
    so "Φ312×25mm" stays whole when it fits on a line; a token wider than the whole line is cut."""
    lines: list[str] = []
    for para in str(text).split("\n"):
        line = ""
        for tok in _TOKENS.findall(para):
            if stringWidth(line + tok, font, size) <= width:
                line += tok
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = "" if tok.isspace() else tok
            while stringWidth(line, font, size) > width and len(line) > 1:  # one token too long: cut it
                cut = len(line)
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines or [""]


def wrapped(text: str, width: float, style=None) -> Paragraph:
    """A cell Paragraph of ``text`` wrapped by :func:`wrap_lines` for a cell ``width`` wide
    (the table's padding, 6 pt each side, included)."""
    style = style or styles().cell
    lines = wrap_lines(text, style.fontName, style.fontSize, max(width - 12.5, 4))
    return Paragraph("<br/>".join(esc(ln) for ln in lines), style)


def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(str(text), font, size)


# ---- copies numbered on their own ---------------------------------------------------------------------
class Section(Flowable):
    """Marks where a copy starts; takes no room."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        pass


def build_sections_pdf(story: Callable[[], list], pap: Paper, *, title: str, page_label: str = "第 {page}/{pages} 页",
                       footer: str = "", continued: str = "{section}（续）", on_page=None) -> bytes:
    """Lay out the flowables ``story()`` makes (copies opened by :class:`Section` markers) on ``pap``;
    each page says "<copy> 第 i/n 页" counted within its copy, and a continuation page names its copy
    at the top. The numbers are drawn once every page is laid out (the page count of a copy is known
    only then), so the document is laid out once."""
    font = styles().font
    buf = io.BytesIO()
    left, right, top, bottom = pap.margins
    doc = SimpleDocTemplate(buf, pagesize=pap.size, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, title=title, author="ServiceBay", creator="ServiceBay")
    starts: list[tuple[int, str]] = []

    def after(flowable) -> None:
        if isinstance(flowable, Section):
            starts.append((doc.page, flowable.label))

    def furniture(canvas, n: int, plan: dict[int, tuple[str, int, int]]) -> None:
        section, page, pages = plan.get(n, ("", n, n))
        w, h = pap.size
        canvas.saveState()
        canvas.setFont(font, 7.5)
        y = max(bottom - 6 * mm, 5 * mm)
        if footer:
            canvas.drawString(left, y, footer)
        canvas.drawRightString(w - right, y, f"{section}  {page_label.format(page=page, pages=pages)}".strip())
        if section and page > 1:
            canvas.setFont(font, 8.5)
            canvas.drawString(left, h - top + 3 * mm, continued.format(section=section))
        canvas.restoreState()

    class DeferredCanvas(Canvas):
        """Keeps each finished page until the end, then adds the page numbers and writes them."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            marks = starts or [(1, "")]
            plan: dict[int, tuple[str, int, int]] = {}
            for i, (first, label) in enumerate(marks):
                last = marks[i + 1][0] - 1 if i + 1 < len(marks) else total
                for n in range(first, last + 1):
                    plan[n] = (label, n - first + 1, last - first + 1)
            for n, state in enumerate(self._kept, 1):
                self.__dict__.update(state)
                furniture(self, n, plan)
                Canvas.showPage(self)
            Canvas.save(self)

    doc.afterFlowable = after  # type: ignore[method-assign]
    stamp = (lambda canvas, document: on_page(canvas, document)) if on_page else (lambda canvas, document: None)
    doc.build(story(), onFirstPage=stamp, onLaterPages=stamp, canvasmaker=DeferredCanvas)
    return buf.getvalue()


__all__ = ["CONTINUOUS", "PAPERS", "PAPER_KEYS", "Paper", "Section", "build_sections_pdf", "paper", "text_width",
           "wrap_lines", "wrapped"]
