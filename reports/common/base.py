"""What every printed document shares: a Chinese font that is embedded, styles, page furniture.

Chinese must render whether or not the PC has a Chinese font: the shipped WenQuanYi Micro Hei
(Apache-2.0) is registered once per process (~60 ms) and embedded as a subset; a PC's own
Chinese TrueType font may be configured instead; reportlab's built-in STSong-Light CID font is
the last resort (not embedded: the look then depends on the viewer). Renderers return bytes.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.graphics.barcode import code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "ServiceBaySans"
_SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"


@lru_cache(maxsize=4)
def register_font(preferred: str | None = None) -> str:
    """Register the Chinese font once and return its name for styles."""
    candidates = [p for p in (preferred, os.environ.get("SERVICEBAY_PDF_FONT"), str(_SHIPPED)) if p]
    for path in candidates:
        if not Path(path).exists():
            continue
        try:
            if path.lower().endswith(".ttc"):
                pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
            else:
                pdfmetrics.registerFont(TTFont(FONT, path))
            return FONT
        except Exception:  # a broken or unsupported font file: try the next
            continue
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    centre: ParagraphStyle


@lru_cache(maxsize=4)
def styles(font: str | None = None) -> Styles:
    font = font or register_font()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return Styles(
        font=font,
        title=ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4),
        heading=ParagraphStyle("heading", parent=base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        cell_right=ParagraphStyle("cell_right", parent=base, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        centre=ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
    )


def esc(text: object) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    s = "" if text is None else str(text)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grid_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float], *, header_rows: int = 1,
               st: Styles | None = None, right_cols: Iterable[int] = ()) -> Table:
    """A ruled table of Paragraph cells (so long Chinese text wraps), header shaded and repeated."""
    st = st or styles()
    right = set(right_cols)
    data = [
        [c if isinstance(c, Flowable) else Paragraph(esc(c), st.cell_right if j in right and i >= header_rows
                                                      else st.cell)
         for j, c in enumerate(row)]
        for i, row in enumerate(rows)
    ]
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


class Barcode128(Flowable):
    """A Code 128 barcode with its text under it (scanned back by the store and the technicians)."""

    def __init__(self, value: str, *, bar_height: float = 10 * mm, bar_width: float = 0.33 * mm,
                 font: str | None = None, show_text: bool = True) -> None:
        super().__init__()
        self.value = value
        self.font = font or register_font()
        self.show_text = show_text
        self.barcode = code128.Code128(value, barHeight=bar_height, barWidth=bar_width, humanReadable=False,
                                       quiet=True)
        self.width = self.barcode.width
        self.height = bar_height + (4 * mm if show_text else 0)

    def draw(self) -> None:
        text_h = 4 * mm if self.show_text else 0
        self.barcode.drawOn(self.canv, 0, text_h)
        if self.show_text:
            self.canv.setFont(self.font, 8)
            self.canv.drawCentredString(self.width / 2, 1 * mm, self.value)


PageCallback = Callable[[object, object], None]


def build_pdf(story: list, *, title: str, author: str = "ServiceBay", pagesize=A4,
              margins: tuple[float, float, float, float] = (15 * mm, 15 * mm, 15 * mm, 15 * mm),
              on_page: PageCallback | None = None, footer: str | None = None) -> bytes:
    """Lay out ``story`` on A4 (by default) and return the PDF's bytes; pages numbered "1 / N"."""
    buf = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, title=title, author=author, creator="ServiceBay")
    font = styles().font

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        w, _h = document.pagesize
        if footer:
            canvas.drawString(left, 8 * mm, footer)
        canvas.drawRightString(w - right, 8 * mm, f"{canvas.getPageNumber()}")
        canvas.restoreState()
        if on_page:
            on_page(canvas, document)

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buf.getvalue()
