"""Part and bin labels with Code 128 barcodes: A4 label sheets (3 × 8) and single 60 × 40 mm thermal labels.

The barcode of a part label encodes the part number (the store scans it back at issue and
stocktake); a bin label encodes the bin code. Bars are never narrower than a scanner (and
zbar at 200 dpi) can resolve: long codes get a narrower module only down to 0.25 mm.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from reports.common.base import register_font

SHEET_COLS, SHEET_ROWS = 3, 8
SHEET_LABEL_W, SHEET_LABEL_H = 70 * mm, 37 * mm
THERMAL = (60 * mm, 40 * mm)

QUALITY_ZH = {"genuine": "原厂", "equivalent": "同质", "reconditioned": "修复"}
QUALITY_EN = {"genuine": "Genuine", "equivalent": "Equivalent", "reconditioned": "Reconditioned"}


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _barcode(c, value: str, x: float, y: float, width: float, height: float) -> None:
    """Draw a Code 128 of ``value`` centred in the box (x, y, width, height): the bars inside the box;
    the quiet zones (blank, 10 modules each side) may reach into the label's margin, which is blank too."""
    bar_w = 0.375 * mm
    bc = code128.Code128(value, barHeight=height, barWidth=bar_w, humanReadable=False, quiet=True)
    bars = bc.width - bc.lquiet - bc.rquiet
    if bars > width:
        bar_w = max(0.25 * mm, bar_w * width / bars)
        bc = code128.Code128(value, barHeight=height, barWidth=bar_w, humanReadable=False, quiet=True)
    bc.drawOn(c, x + (width - bc.width) / 2, y)


Inset = tuple[float, float, float, float]  # left, right, top, bottom


def _part_label(c, label: Any, x: float, y: float, w: float, h: float, font: str, lang: str, inset: Inset) -> None:
    """Name, brand/quality/bin and price, the barcode and its number, all inside the inset box."""
    left, right, top, bottom = inset
    x0, x1, y_top = x + left, x + w - right, y + h - top
    inner = x1 - x0
    c.setFont(font, 10)
    c.drawString(x0, y_top - 8.5, _fit(label.name_zh, font, 10, inner))
    c.setFont(font, 7)
    quality = (QUALITY_ZH if lang == "zh_CN" else QUALITY_EN).get(label.quality, label.quality)
    line2 = "  ".join(t for t in (label.brand, quality, f"{'位置' if lang == 'zh_CN' else 'Bin'} {label.bin_code}"
                                                      if label.bin_code else "") if t)
    price = f"¥{label.retail_price:,.2f}" if label.retail_price else ""
    room = inner - (stringWidth(price, font, 7) + 2 * mm if price else 0)
    c.drawString(x0, y_top - 17, _fit(line2, font, 7, room))
    if price:
        c.drawRightString(x1, y_top - 17, price)
    number_h = 3.6 * mm
    bar_top = y_top - 17 - 2.5 * mm
    bar_bottom = y + bottom + number_h
    _barcode(c, label.number, x0, bar_bottom, inner, max(6 * mm, bar_top - bar_bottom))
    c.setFont(font, 8)
    c.drawCentredString((x0 + x1) / 2, y + bottom + 2.2, _fit(label.number, font, 8, inner))  # descent: 0.24 em


def _bin_label(c, label: Any, x: float, y: float, w: float, h: float, font: str, lang: str, inset: Inset) -> None:
    left, right, top, bottom = inset
    x0, x1, y_top = x + left, x + w - right, y + h - top
    inner = x1 - x0
    size = 16
    while size > 9 and stringWidth(label.code, font, size) > inner:
        size -= 1
    c.setFont(font, size)
    c.drawCentredString((x0 + x1) / 2, y_top - size * 0.85, label.code)
    below = y_top - size * 0.85 - 2 * mm
    if label.description:
        c.setFont(font, 7)
        c.drawCentredString((x0 + x1) / 2, below - 6, _fit(label.description, font, 7, inner))
        below -= 9
    bar_bottom = y + bottom
    _barcode(c, label.code, x0, bar_bottom, inner, max(6 * mm, below - 1 * mm - bar_bottom))


#: the least distance from the paper's edge to anything printed: office printers leave ~4–5 mm
#: unprinted; on the sheet of 3 × 8 labels (which runs to the edge) the edge labels' insets grow to it
SHEET_EDGE = 5 * mm
LABEL_PAD = 3 * mm
#: a 60 × 40 mm thermal label: 2.5 mm all round (the print head's tolerance and the die-cut's)
THERMAL_MARGIN = 2.5 * mm


def _sheet(items: Sequence[tuple[str, Any]], lang: str, title: str) -> bytes:
    font = register_font()
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(title)
    c.setCreator("ServiceBay")
    page_w, page_h = A4
    left = (page_w - SHEET_COLS * SHEET_LABEL_W) / 2
    top = page_h - (page_h - SHEET_ROWS * SHEET_LABEL_H) / 2
    per_page = SHEET_COLS * SHEET_ROWS
    for i, (kind, label) in enumerate(items):
        if i and i % per_page == 0:
            c.showPage()
        n = i % per_page
        col, row = n % SHEET_COLS, n // SHEET_COLS
        x = left + col * SHEET_LABEL_W
        y = top - (row + 1) * SHEET_LABEL_H
        inset = (max(LABEL_PAD, SHEET_EDGE - x), max(LABEL_PAD, SHEET_EDGE - (page_w - x - SHEET_LABEL_W)),
                 max(LABEL_PAD, SHEET_EDGE - (page_h - y - SHEET_LABEL_H)), max(LABEL_PAD, SHEET_EDGE - y))
        draw = _part_label if kind == "part" else _bin_label
        draw(c, label, x, y, SHEET_LABEL_W, SHEET_LABEL_H, font, lang, inset)
    c.showPage()
    c.save()
    return buf.getvalue()


def part_labels_pdf(labels: Sequence[Any], *, lang: str = "zh_CN") -> bytes:
    """Part labels on A4 sheets of 3 × 8 (70 × 37 mm)."""
    return _sheet([("part", lb) for lb in labels], lang, "配件标签" if lang == "zh_CN" else "Part labels")


def bin_labels_pdf(labels: Sequence[Any], *, lang: str = "zh_CN") -> bytes:
    return _sheet([("bin", lb) for lb in labels], lang, "位置标签" if lang == "zh_CN" else "Bin labels")


def mixed_labels_pdf(parts: Sequence[Any], bins: Sequence[Any], *, lang: str = "zh_CN") -> bytes:
    return _sheet([("part", lb) for lb in parts] + [("bin", lb) for lb in bins], lang,
                  "标签" if lang == "zh_CN" else "Labels")


def thermal_labels_pdf(parts: Sequence[Any], bins: Sequence[Any] = (), *, lang: str = "zh_CN") -> bytes:
    """One 60 × 40 mm label a page, for a thermal label printer."""
    font = register_font()
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=THERMAL, pageCompression=1)
    c.setTitle("标签" if lang == "zh_CN" else "Labels")
    w, h = THERMAL
    inset = (THERMAL_MARGIN,) * 4
    for lb in parts:
        _part_label(c, lb, 0, 0, w, h, font, lang, inset)
        c.showPage()
    for lb in bins:
        _bin_label(c, lb, 0, 0, w, h, font, lang, inset)
        c.showPage()
    c.save()
    return buf.getvalue()
