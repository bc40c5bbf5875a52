"""Reading printed documents back as a scanner would, with Python wheels only (no poppler, no zbar).

Pages are rendered with pypdfium2 (the app's own print-preview renderer) and barcodes read with
zxing-cpp, so the README's test command needs nothing from the system's package manager.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def render_pages(pdf: bytes | Path, dpi: int = 200) -> list:
    """Every page of ``pdf`` as a greyscale PIL image at ``dpi``."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    doc = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in doc]
    finally:
        doc.close()


def barcodes_on(image, *, code128_only: bool = False) -> list[str]:
    """The texts of the barcodes on one page, top to bottom, then left to right."""
    formats = zxingcpp.BarcodeFormat.Code128 if code128_only else None
    found = zxingcpp.read_barcodes(image, formats=formats) if formats else zxingcpp.read_barcodes(image)
    found = sorted(found, key=lambda b: (b.position.top_left.y, b.position.top_left.x))
    return [b.text for b in found]


def decode_pdf(pdf: bytes | Path, *, code128_only: bool = False, dpi: int = 200) -> list[list[str]]:
    """The barcodes on each page of ``pdf`` rendered at ``dpi``, page by page."""
    return [barcodes_on(page, code128_only=code128_only) for page in render_pages(pdf, dpi)]
