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

from reports.base import register_font

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
    """Draw a Code 128 of ``value`` centred in the box (x, y, width, height), quiet zones included."""
    bar_w = 0.33 * mm
    bc = code128.Code128(value, barHeight=height, barWidth=bar_w, humanReadable=False, quiet=True)
    if bc.width > width:
        bar_w = max(0.25 * mm, bar_w * width / bc.width)
        bc = code128.Code128(value, barHeight=height, barWidth=bar_w, humanReadable=False, quiet=True)
    bc.drawOn(c, x + (width - bc.width) / 2, y)


def _part_label(c, label: Any, x: float, y: float, w: float, h: float, font: str, lang: str) -> None:
    pad = 3 * mm
    inner = w - 2 * pad
    c.setFont(font, 10)
    c.drawString(x + pad, y + h - pad - 9, _fit(label.name_zh, font, 10, inner))
    c.setFont(font, 7)
    quality = (QUALITY_ZH if lang == "zh_CN" else QUALITY_EN).get(label.quality, label.quality)
    line2 = "  ".join(t for t in (label.brand, quality, f"{'位置' if lang == 'zh_CN' else 'Bin'} {label.bin_code}"
                                                      if label.bin_code else "") if t)
    c.drawString(x + pad, y + h - pad - 18, _fit(line2, font, 7, inner))
    if label.retail_price:
        c.drawRightString(x + w - pad, y + h - pad - 18, f"¥{label.retail_price:,.2f}")
    bar_h = max(8 * mm, h - 24 - 9 * mm - pad)
    _barcode(c, label.number, x + pad / 2, y + pad + 4 * mm, w - pad, bar_h)
    c.setFont(font, 8)
    c.drawCentredString(x + w / 2, y + pad, label.number)


def _bin_label(c, label: Any, x: float, y: float, w: float, h: float, font: str, lang: str) -> None:
    pad = 3 * mm
    c.setFont(font, 16)
    c.drawCentredString(x + w / 2, y + h - pad - 14, label.code)
    if label.description:
        c.setFont(font, 7)
        c.drawCentredString(x + w / 2, y + h - pad - 22, _fit(label.description, font, 7, w - 2 * pad))
    _barcode(c, label.code, x + pad / 2, y + pad + 2 * mm, w - pad, max(8 * mm, h - 26 - 5 * mm - pad))


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
        draw = _part_label if kind == "part" else _bin_label
        draw(c, label, x, y, SHEET_LABEL_W, SHEET_LABEL_H, font, lang)
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
    for lb in parts:
        _part_label(c, lb, 0, 0, w, h, font, lang)
        c.showPage()
    for lb in bins:
        _bin_label(c, lb, 0, 0, w, h, font, lang)
        c.showPage()
    c.save()
    return buf.getvalue()
