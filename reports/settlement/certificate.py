"""The completion certificate (机动车维修竣工出厂合格证) for 整车修理, 总成修理 and 二级维护.

The quality inspector's final check issues it (its number comes from the job card); the car may
not leave without it, and the owner may refuse to pay for such work without it (机动车维修管理规定).
Two parts, the owner's certificate and the station's stub, each with the number, laid out for the
paper chosen for certificates at this PC: both on one page of A4 or 241 mm continuous paper, one
part a page on A5 landscape (each part is kept whole, never split over a page).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, build_pdf, esc, styles
from reports.common.paper import Paper, paper


@dataclass(frozen=True)
class CertificateDocument:
    station_name: str
    station_address: str
    station_phone: str
    station_licence: str
    number: str
    customer_name: str
    plate: str
    vehicle: str
    vin: str
    engine_number: str
    repair_class: str  # translated
    card_number: str
    statement_number: str
    opened_at: str
    completed_at: str
    mileage_out: str
    guarantee: str  # the sentence, translated and filled
    inspector: str
    printed_at: str = ""


_L = {
    "zh_CN": {
        "title": "机动车维修竣工出厂合格证", "owner": "（托修方收执）", "stub": "（存根）", "number": "合格证编号",
        "customer": "托修方", "plate": "车牌号", "vehicle": "车型", "vin": "VIN", "engine": "发动机号",
        "class": "维修类别", "card": "维修合同编号", "statement": "结算单号", "in": "进厂日期",
        "out": "竣工出厂日期", "km": "出厂里程(km)", "guarantee": "质量保证期", "inspector": "质量检验员",
        "repairer": "承修方（盖章）", "licence": "备案号",
        "text": "该车按维修合同维修，经检验合格，准予出厂。",
        "printed": "打印时间",
    },
    "en": {
        "title": "Vehicle repair completion certificate", "owner": "(customer's copy)", "stub": "(stub)",
        "number": "Certificate no.", "customer": "Customer", "plate": "Plate", "vehicle": "Vehicle", "vin": "VIN",
        "engine": "Engine no.", "class": "Repair class", "card": "Contract (job card)",
        "statement": "Statement no.", "in": "Date in", "out": "Completed and released", "km": "Mileage out (km)",
        "guarantee": "Quality guarantee", "inspector": "Quality inspector", "repairer": "Repairer (stamp)",
        "licence": "Licence", "text": "The vehicle was repaired under the contract, inspected and passed, and is "
                                      "released.",
        "printed": "Printed",
    },
}


def _part(doc: CertificateDocument, t: dict, which: str, pap: Paper) -> list:
    st = styles()
    width = pap.width
    compact = pap.height < 150 * mm  # A5 landscape: a part must fit its page

    def p(text: str):
        return Paragraph(esc(text), st.cell)

    head = Table([[[Paragraph(esc(f"{t['title']}{t[which]}"), st.title),
                    Paragraph(esc(doc.station_name), st.centre)],
                   Barcode128(doc.number, bar_height=9 * mm, bar_width=0.3 * mm)]],
                 colWidths=[width - 55 * mm, 55 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    pairs = [(t["number"], doc.number), (t["customer"], doc.customer_name), (t["plate"], doc.plate),
             (t["vehicle"], doc.vehicle), (t["vin"], doc.vin), (t["engine"], doc.engine_number),
             (t["class"], doc.repair_class), (t["card"], doc.card_number), (t["statement"], doc.statement_number),
             (t["in"], doc.opened_at), (t["out"], doc.completed_at), (t["km"], doc.mileage_out)]
    rows = [[p(pairs[i][0]), p(pairs[i][1]), p(pairs[i + 1][0]), p(pairs[i + 1][1])] for i in range(0, len(pairs), 2)]
    rows.append([p(t["guarantee"]), p(doc.guarantee), "", ""])
    grid = Table(rows, colWidths=[width * 1 / 6, width * 2 / 6, width * 1 / 6, width * 2 / 6])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f9")),
                              ("BACKGROUND", (2, 0), (2, -2), colors.HexColor("#f2f5f9")),
                              ("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              *([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
                                if compact else [])]))
    sign = Table([[Paragraph(esc(f"{t['inspector']}: {doc.inspector}"), st.body),
                   Paragraph(esc(f"{t['repairer']}: {doc.station_name}<br/>{t['licence']}: {doc.station_licence}")
                             .replace("&lt;br/&gt;", "<br/>"), st.body)]],
                 colWidths=[width / 2, width / 2], rowHeights=[(14 if compact else 20) * mm])
    sign.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    gap = 1.5 if compact else 3
    return [KeepTogether([head, Spacer(1, gap * mm), grid, Spacer(1, gap * mm), Paragraph(esc(t["text"]), st.body),
                          Spacer(1, gap * mm), sign])]


class CutLine(Table):
    """The dashed line to cut the stub off along, as wide as the page's text."""

    def __init__(self, width: float) -> None:
        super().__init__([[""]], colWidths=[width], rowHeights=[1])
        self.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.grey, None, (3, 3))]))


def render_certificate(doc: CertificateDocument, *, lang: str = "zh_CN", paper_key: str = "a4") -> bytes:
    """The certificate as PDF bytes; ``paper_key`` is "a4", "a5" (landscape) or "continuous" (241 mm)."""
    t = _L["en" if lang == "en" else "zh_CN"]
    pap = paper(paper_key)
    owner = _part(doc, t, "owner", pap)
    # the stub follows on the same page when it fits there whole, else on the next page
    story = owner + [CondPageBreak(pap.height / 2.2), Spacer(1, 6 * mm), CutLine(pap.width), Spacer(1, 6 * mm)] \
        + _part(doc, t, "stub", pap)
    return build_pdf(story, title=f"{t['title']} {doc.number}", footer=f"{t['printed']}: {doc.printed_at}",
                     pagesize=pap.size, margins=pap.margins)


__all__ = ["CertificateDocument", "render_certificate"]
