"""The completion certificate (机动车维修竣工出厂合格证) for 整车修理, 总成修理 and 二级维护.

The quality inspector's final check issues it (its number comes from the job card); the car may
not leave without it, and the owner may refuse to pay for such work without it (机动车维修管理规定).
Two parts on one A4 page: the owner's certificate and the station's stub, each with the number.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, build_pdf, esc, styles


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


def _part(doc: CertificateDocument, t: dict, which: str) -> list:
    st = styles()
    width = 180 * mm

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
    grid = Table(rows, colWidths=[30 * mm, 60 * mm, 30 * mm, 60 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f9")),
                              ("BACKGROUND", (2, 0), (2, -2), colors.HexColor("#f2f5f9")),
                              ("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    sign = Table([[Paragraph(esc(f"{t['inspector']}: {doc.inspector}"), st.body),
                   Paragraph(esc(f"{t['repairer']}: {doc.station_name}<br/>{t['licence']}: {doc.station_licence}")
                             .replace("&lt;br/&gt;", "<br/>"), st.body)]],
                 colWidths=[width / 2, width / 2], rowHeights=[20 * mm])
    sign.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [head, Spacer(1, 2 * mm), grid, Spacer(1, 3 * mm), Paragraph(esc(t["text"]), st.body), Spacer(1, 3 * mm),
            sign]


def render_certificate(doc: CertificateDocument, *, lang: str = "zh_CN") -> bytes:
    t = _L["en" if lang == "en" else "zh_CN"]
    story = _part(doc, t, "owner") + [Spacer(1, 10 * mm), Paragraph("- " * 60, styles().small),
                                      Spacer(1, 6 * mm)] + _part(doc, t, "stub")
    return build_pdf(story, title=f"{t['title']} {doc.number}", footer=f"{t['printed']}: {doc.printed_at}")


__all__ = ["CertificateDocument", "render_certificate"]
