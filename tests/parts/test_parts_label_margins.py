"""Labels stay inside what printers can print: on the A4 sheet of 3 × 8 nothing comes nearer than
5 mm to the paper's edge (office printers leave ~4–5 mm blank), on a 60 × 40 mm thermal label
nothing nearer than 2.5 mm; text stays inside its own label; every barcode still scans."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

import pdfplumber

from reports.parts.labels import SHEET_LABEL_W, THERMAL, mixed_labels_pdf, thermal_labels_pdf
from tests.document_helpers import decode_pdf

MM = 72 / 25.4


@dataclass(frozen=True)
class Label:
    number: str
    name_zh: str
    brand: str = "博世"
    quality: str = "genuine"
    bin_code: str = "A-01-03"
    retail_price: Decimal | None = Decimal("1288.00")


@dataclass(frozen=True)
class Bin:
    code: str
    description: str = "机油滤清器 货架"


PARTS = [Label(f"L4F0-698-151-A{i}", "速腾左前通风刹车盘总成（原厂包装）超长名称测试") for i in range(24)]
BINS = [Bin("A-01-03"), Bin("C-10-12")]


def _marks(page):
    """Every character and every bar (the barcode's filled rectangles) on the page."""
    return [(c["x0"], c["x1"], c["top"], c["bottom"], c["text"]) for c in page.chars] + \
           [(r["x0"], r["x1"], r["top"], r["bottom"], "▮") for r in page.rects]


def test_sheet_labels_keep_5mm_from_the_paper_edge_and_text_in_its_label():
    data = mixed_labels_pdf(PARTS, BINS)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            left = (page.width - 3 * SHEET_LABEL_W) / 2
            for x0, x1, top, bottom, text in _marks(page):
                assert x0 >= 5 * MM - 0.5 and x1 <= page.width - 5 * MM + 0.5, (text, x0, x1)
                assert top >= 5 * MM - 0.5 and bottom <= page.height - 5 * MM + 0.5, (text, top, bottom)
            for ch in page.chars:  # no text runs into the next label's column
                col = int((ch["x0"] - left) // SHEET_LABEL_W)
                assert ch["x1"] <= left + (col + 1) * SHEET_LABEL_W - 2 * MM, ch["text"]
    # 15-character numbers need the narrowest module (0.25 mm, 2 dots of a 203 dpi printer): read at 300 dpi
    codes = [c for page in decode_pdf(data, code128_only=True, dpi=300) for c in page]
    assert sorted(codes) == sorted([p.number for p in PARTS] + [b.code for b in BINS])


def test_thermal_labels_keep_their_margin_and_scan():
    data = thermal_labels_pdf(PARTS[:2], BINS)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert abs(page.width - THERMAL[0]) < 0.5 and abs(page.height - THERMAL[1]) < 0.5
            for x0, x1, top, bottom, text in _marks(page):
                assert x0 >= 2.5 * MM - 0.3 and x1 <= page.width - 2.5 * MM + 0.3, (text, x0, x1)
                assert top >= 2.5 * MM - 0.3 and bottom <= page.height - 2.5 * MM + 0.3, (text, top, bottom)
    assert decode_pdf(data, code128_only=True) == [[PARTS[0].number], [PARTS[1].number], ["A-01-03"], ["C-10-12"]]
