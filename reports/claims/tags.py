"""Old-part tags (旧件标签): one tag per replaced part of a warranty claim, tied to the part until the
manufacturer takes it back (旧件回收). Two tags across and four down an A4 sheet, to cut out and
wire to the part; the Code 128 barcode encodes the tag code, scanned when the part is shipped back.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from reports.common.base import register_font

COLS, ROWS = 2, 4
TAG_W, TAG_H = 95 * mm, 68 * mm


@dataclass(frozen=True)
class OldPartTag:
    tag: str  # the code the barcode carries
    fields: tuple[tuple[str, str], ...]  # (label, value) already translated: claim, card, VIN, part...


@dataclass(frozen=True)
class TagSheet:
    title: str  # "旧件标签" / "Old-part tag"
    station: str
    tags: tuple[OldPartTag, ...]


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _tag(c, tag: OldPartTag, sheet: TagSheet, x: float, y: float, font: str) -> None:
    pad = 4 * mm
    inner = TAG_W - 2 * pad
    c.setDash(3, 2)
    c.rect(x, y, TAG_W, TAG_H)  # the cutting line
    c.setDash()
    c.circle(x + TAG_W - pad - 2 * mm, y + TAG_H - pad - 2 * mm, 2 * mm)  # the hole for the wire
    c.setFont(font, 11)
    c.drawString(x + pad, y + TAG_H - pad - 9, _fit(f"{sheet.title}  {sheet.station}", font, 11, inner - 8 * mm))
    c.setFont(font, 8)
    line_y = y + TAG_H - pad - 22
    for label, value in tag.fields:
        c.drawString(x + pad, line_y, _fit(f"{label}: {value}", font, 8, inner))
        line_y -= 10
    bar_h = 12 * mm
    bar_w = 0.35 * mm
    bc = code128.Code128(tag.tag, barHeight=bar_h, barWidth=bar_w, humanReadable=False, quiet=True)
    if bc.width > inner:
        bc = code128.Code128(tag.tag, barHeight=bar_h, barWidth=max(0.25 * mm, bar_w * inner / bc.width),
                             humanReadable=False, quiet=True)
    bc.drawOn(c, x + (TAG_W - bc.width) / 2, y + pad + 4 * mm)
    c.setFont(font, 9)
    c.drawCentredString(x + TAG_W / 2, y + pad, tag.tag)


def render_tags(sheet: TagSheet) -> bytes:
    font = register_font()
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(sheet.title)
    c.setCreator("ServiceBay")
    page_w, page_h = A4
    left = (page_w - COLS * TAG_W) / 2
    top = page_h - (page_h - ROWS * TAG_H) / 2
    per_page = COLS * ROWS
    tags: Sequence[OldPartTag] = sheet.tags
    for i, tag in enumerate(tags):
        if i and i % per_page == 0:
            c.showPage()
        n = i % per_page
        col, row = n % COLS, n // COLS
        _tag(c, tag, sheet, left + col * TAG_W, top - (row + 1) * TAG_H, font)
    c.showPage()
    c.save()
    return buf.getvalue()
