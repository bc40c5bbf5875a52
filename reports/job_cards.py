"""Job card documents: the job card (customer, workshop and picking copies), the pre-inspection
sheet with the damage diagram, and the estimate.

Renderers take the plain data objects below (``services.job_cards_print`` fills them) and return
PDF bytes. Each copy carries a Code 128 barcode of the card number so the store and the
technicians can scan it. Times arrive formatted in the station's zone. Chinese by default;
``lang="en"`` gives English headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from reports.base import Barcode128, build_pdf, esc, grid_table, styles

COPIES = ("customer", "workshop", "picking")


@dataclass(frozen=True)
class DocLine:
    kind: str  # labour | part | other
    code: str
    name: str
    spec: str = ""
    quality: str = ""  # already translated (原厂 / 同质 / 修复)
    unit: str = ""
    qty: Decimal = Decimal("0")
    price: Decimal = Decimal("0")
    discount: Decimal = Decimal("0")
    amount: Decimal = Decimal("0")
    payer: str = ""  # already translated
    technicians: str = ""
    pending: bool = False  # added work awaiting approval
    bin: str = ""


@dataclass(frozen=True)
class DocPayerTotal:
    payer: str  # translated
    labour: Decimal
    parts: Decimal
    other: Decimal
    amount: Decimal
    tax: Decimal


@dataclass(frozen=True)
class DocMark:
    x: float  # 0..1 across (left → right)
    y: float  # 0..1 down (front → rear)
    label: str  # translated kind
    note: str = ""


@dataclass(frozen=True)
class JobCardDocument:
    station_name: str
    station_address: str
    station_phone: str
    number: str
    estimate_number: str
    status: str  # translated
    opened_at: str
    advisor: str
    job_type: str  # translated
    appointment_number: str
    customer_name: str
    customer_phone: str
    driver_name: str
    driver_phone: str
    plate: str
    vin: str
    vehicle: str
    colour: str
    engine_number: str
    mileage_in: str
    fuel: str  # "1/2" or "80%"
    promised_at: str
    estimate_amount: str
    customer_waits: bool
    wash: bool
    old_parts: str  # translated
    insurer: str
    claim_number: str
    assessed_amount: str
    repair_class: str  # translated
    rework_of: str  # original card number, "" if not a rework
    customer_words: str
    diagnosis: str
    valuables: str
    accessories: str
    warning_lights: str  # translated, joined
    damage_note: str
    lines: tuple[DocLine, ...] = ()
    payer_totals: tuple[DocPayerTotal, ...] = ()
    total: Decimal = Decimal("0")
    total_tax: Decimal = Decimal("0")
    total_hours: Decimal = Decimal("0")
    total_in_words: str = ""
    pending_total: Decimal = Decimal("0")
    marks: tuple[DocMark, ...] = ()
    printed_at: str = ""
    certificate_number: str = ""


_L = {
    "zh_CN": {
        "job_card": "任务委托书", "estimate": "维修估价单", "pre_inspection": "接车预检单",
        "copy_customer": "客户联", "copy_workshop": "车间联", "copy_picking": "捡料联",
        "rework": "返修", "rework_of": "原委托书", "number": "委托书号", "estimate_number": "估价单号",
        "opened_at": "进厂时间", "advisor": "服务顾问", "job_type": "维修类型", "appointment": "预约单号",
        "customer": "托修方（车主）", "phone": "电话", "driver": "送修人", "plate": "车牌号", "vin": "VIN",
        "vehicle": "品牌车型", "colour": "颜色", "engine": "发动机号", "mileage": "进厂里程(km)", "fuel": "油量/电量",
        "promised": "约定交车时间", "estimate_amount": "预估金额", "waits": "客户等候", "wash": "洗车",
        "old_parts": "旧件处理", "insurer": "保险公司", "claim": "报案号", "assessed": "定损金额",
        "repair_class": "维修类别", "words": "客户描述（原话）", "diagnosis": "故障诊断", "valuables": "贵重物品",
        "accessories": "随车附件", "lights": "故障灯", "yes": "是", "no": "否",
        "labour": "维修项目", "parts": "维修材料", "other": "其他费用", "no_": "序号", "code": "项目代码",
        "name": "名称", "hours": "工时", "rate": "工时单价", "discount": "折扣", "amount": "金额", "payer": "付费方",
        "technicians": "技师", "part_no": "配件编号", "spec": "规格", "quality": "属性", "unit": "单位",
        "qty": "数量", "price": "单价", "bin": "库位", "charge": "费用项目",
        "payer_totals": "费用汇总（含税）", "tax": "其中税额", "total": "合计", "in_words": "大写金额",
        "pending": "待客户确认的增项", "total_hours": "总工时",
        "sign_customer": "客户签字：", "sign_advisor": "服务顾问签字：", "sign_tech": "技师签字：",
        "sign_store": "领料人：", "sign_keeper": "仓管员：", "sign_date": "日期：",
        "printed": "打印时间", "damage": "车身外观损伤标记", "mark": "标记", "position": "位置", "kind": "损伤类型", "note": "说明",
        "front": "车头", "rear": "车尾", "damage_note": "外观说明", "no_marks": "未发现外观损伤",
        "estimate_note": "本估价单为预估，实际费用以结算单为准；增加项目需经客户同意。",
        "customer_note": "请核对以上项目及金额；车内贵重物品请随身带走。",
        "certificate": "合格证号",
    },
    "en": {
        "job_card": "Job card", "estimate": "Estimate", "pre_inspection": "Pre-inspection sheet",
        "copy_customer": "Customer copy", "copy_workshop": "Workshop copy", "copy_picking": "Picking copy",
        "rework": "REWORK", "rework_of": "Original job card", "number": "Job card no.",
        "estimate_number": "Estimate no.", "opened_at": "Opened", "advisor": "Service advisor",
        "job_type": "Job type", "appointment": "Appointment", "customer": "Customer", "phone": "Phone",
        "driver": "Driver", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle", "colour": "Colour",
        "engine": "Engine no.", "mileage": "Mileage in (km)", "fuel": "Fuel / charge", "promised": "Promised",
        "estimate_amount": "Estimate", "waits": "Customer waits", "wash": "Wash", "old_parts": "Old parts",
        "insurer": "Insurer", "claim": "Claim no.", "assessed": "Assessed amount", "repair_class": "Repair class",
        "words": "Customer's own words", "diagnosis": "Diagnosis", "valuables": "Valuables",
        "accessories": "Accessories", "lights": "Warning lights", "yes": "yes", "no": "no",
        "labour": "Labour", "parts": "Parts", "other": "Other charges", "no_": "No.", "code": "Code",
        "name": "Name", "hours": "Hours", "rate": "Rate", "discount": "Discount", "amount": "Amount",
        "payer": "Payer", "technicians": "Technicians", "part_no": "Part no.", "spec": "Spec",
        "quality": "Quality", "unit": "Unit", "qty": "Qty", "price": "Price", "bin": "Bin", "charge": "Charge",
        "payer_totals": "Totals by payer (tax incl.)", "tax": "of which tax", "total": "Total",
        "in_words": "In words", "pending": "Added work awaiting approval", "total_hours": "Total hours",
        "sign_customer": "Customer:", "sign_advisor": "Service advisor:", "sign_tech": "Technician:",
        "sign_store": "Collected by:", "sign_keeper": "Storekeeper:", "sign_date": "Date:",
        "printed": "Printed", "damage": "Exterior damage", "mark": "Mark", "position": "Position", "kind": "Kind", "note": "Note",
        "front": "Front", "rear": "Rear", "damage_note": "Exterior note", "no_marks": "No exterior damage found",
        "estimate_note": "This is an estimate; the statement shows the final amount. Added work needs your "
                         "approval.",
        "customer_note": "Please check the work and amounts; take valuables with you.",
        "certificate": "Certificate no.",
    },
}


def _money(d: Decimal | None) -> str:
    return "" if d is None else f"{d:,.2f}"


def _qty(d: Decimal) -> str:
    s = f"{d:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _pct(d: Decimal) -> str:
    return "" if not d else f"{_qty(d * 100)}%"


class _Renderer:
    def __init__(self, doc: JobCardDocument, lang: str) -> None:
        self.doc = doc
        self.t = _L["en" if lang == "en" else "zh_CN"]
        self.st = styles()
        self.width = 180 * mm

    def p(self, text: str, style=None) -> Paragraph:
        return Paragraph(esc(text), style or self.st.cell)

    def yes_no(self, v: bool) -> str:
        return self.t["yes"] if v else self.t["no"]

    def header(self, title: str, copy: str | None) -> list:
        d, t, st = self.doc, self.t, self.st
        head = f"{title}" + (f"（{t['copy_' + copy]}）" if copy and self.t is _L["zh_CN"] else
                             f" — {t['copy_' + copy]}" if copy else "")
        left = [Paragraph(esc(d.station_name), st.heading),
                self.p(f"{d.station_address}  {d.station_phone}".strip(), st.small),
                Paragraph(esc(head), st.title)]
        if d.rework_of:
            left.append(Paragraph(f'<font color="#c00000"><b>{esc(t["rework"])}</b></font> '
                                  f'{esc(t["rework_of"])}: {esc(d.rework_of)}', st.body))
        number = d.number
        barcode = Barcode128(number, bar_height=11 * mm, bar_width=0.34 * mm)
        table = Table([[left, barcode]], colWidths=[self.width - 62 * mm, 62 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table, Spacer(1, 2 * mm)]

    def info_grid(self, pairs: list[tuple[str, str]], columns: int = 3) -> Table:
        rows, row = [], []
        for label, value in pairs:
            row += [self.p(label), self.p(value)]
            if len(row) == columns * 2:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (columns * 2 - len(row)))
        label_w = 22 * mm
        value_w = (self.width - columns * label_w) / columns
        table = Table(rows, colWidths=[label_w, value_w] * columns)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f9")),
            *[("BACKGROUND", (2 * i, 0), (2 * i, -1), colors.HexColor("#f2f5f9")) for i in range(columns)],
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def vehicle_block(self) -> list:
        d, t = self.doc, self.t
        pairs = [(t["number"], d.number), (t["opened_at"], d.opened_at), (t["advisor"], d.advisor),
                 (t["customer"], d.customer_name), (t["phone"], d.customer_phone), (t["job_type"], d.job_type),
                 (t["driver"], d.driver_name), (t["phone"], d.driver_phone), (t["appointment"], d.appointment_number),
                 (t["plate"], d.plate), (t["vin"], d.vin), (t["vehicle"], d.vehicle),
                 (t["mileage"], d.mileage_in), (t["fuel"], d.fuel), (t["promised"], d.promised_at)]
        if d.estimate_number and d.estimate_number != d.number:
            pairs.append((t["estimate_number"], d.estimate_number))
        if d.insurer or d.claim_number:
            pairs += [(t["insurer"], d.insurer), (t["claim"], d.claim_number), (t["assessed"], d.assessed_amount)]
        return [self.info_grid(pairs), Spacer(1, 2 * mm)]

    def intake_block(self) -> list:
        d, t = self.doc, self.t
        pairs = [(t["words"], d.customer_words), (t["diagnosis"], d.diagnosis)]
        rows = [[self.p(a), self.p(b)] for a, b in pairs]
        rows.append([self.p(t["valuables"] + " / " + t["accessories"]),
                     self.p(" / ".join(x for x in (d.valuables, d.accessories) if x))])
        rows.append([self.p(t["lights"]), self.p(d.warning_lights)])
        rows.append([self.p(t["old_parts"]), self.p(f"{d.old_parts}    {t['waits']}: {self.yes_no(d.customer_waits)}"
                                                    f"    {t['wash']}: {self.yes_no(d.wash)}    "
                                                    f"{t['repair_class']}: {d.repair_class}")])
        table = Table(rows, colWidths=[34 * mm, self.width - 34 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f9")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [table, Spacer(1, 2 * mm)]

    def lines_tables(self, *, prices: bool) -> list:
        d, t, st = self.doc, self.t, self.st
        out: list = []
        labour = [ln for ln in d.lines if ln.kind == "labour"]
        parts = [ln for ln in d.lines if ln.kind == "part"]
        other = [ln for ln in d.lines if ln.kind == "other"]
        mark = lambda ln: (" *" if ln.pending else "")  # noqa: E731
        if labour:
            out.append(Paragraph(esc(t["labour"]), st.heading))
            if prices:
                rows = [[t["no_"], t["code"], t["name"], t["hours"], t["rate"], t["discount"], t["amount"], t["payer"],
                         t["technicians"]]]
                rows += [[i, ln.code, ln.name + mark(ln), _qty(ln.qty), _money(ln.price), _pct(ln.discount),
                          _money(ln.amount), ln.payer, ln.technicians] for i, ln in enumerate(labour, 1)]
                widths = [9, 18, 45, 12, 17, 13, 20, 20, 26]
                right = (3, 4, 5, 6)
            else:
                rows = [[t["no_"], t["code"], t["name"], t["hours"], t["technicians"]]]
                rows += [[i, ln.code, ln.name + mark(ln), _qty(ln.qty), ln.technicians]
                         for i, ln in enumerate(labour, 1)]
                widths, right = [9, 25, 90, 16, 40], (3,)
            out.append(grid_table(rows, [w * mm for w in widths], right_cols=right, st=st))
        if parts:
            out.append(Paragraph(esc(t["parts"]), st.heading))
            if prices:
                rows = [[t["no_"], t["part_no"], t["name"], t["spec"], t["quality"], t["unit"], t["qty"], t["price"],
                         t["amount"], t["payer"]]]
                rows += [[i, ln.code, ln.name + mark(ln), ln.spec, ln.quality, ln.unit, _qty(ln.qty),
                          _money(ln.price), _money(ln.amount), ln.payer] for i, ln in enumerate(parts, 1)]
                widths, right = [9, 25, 36, 20, 13, 11, 13, 18, 19, 16], (6, 7, 8)
            else:
                rows = [[t["no_"], t["part_no"], t["name"], t["spec"], t["quality"], t["unit"], t["qty"], t["bin"]]]
                rows += [[i, ln.code, ln.name + mark(ln), ln.spec, ln.quality, ln.unit, _qty(ln.qty), ln.bin]
                         for i, ln in enumerate(parts, 1)]
                widths, right = [9, 30, 50, 30, 16, 12, 15, 18], (6,)
            out.append(grid_table(rows, [w * mm for w in widths], right_cols=right, st=st))
        if other and prices:
            out.append(Paragraph(esc(t["other"]), st.heading))
            rows = [[t["no_"], t["charge"], t["name"], t["discount"], t["amount"], t["payer"]]]
            rows += [[i, ln.code, ln.name + mark(ln), _pct(ln.discount), _money(ln.amount), ln.payer]
                     for i, ln in enumerate(other, 1)]
            out.append(grid_table(rows, [w * mm for w in (9, 30, 76, 17, 24, 24)], right_cols=(3, 4), st=st))
        return out

    def totals_block(self) -> list:
        d, t, st = self.doc, self.t, self.st
        rows = [[t["payer"], t["labour"], t["parts"], t["other"], t["amount"], t["tax"]]]
        rows += [[p.payer, _money(p.labour), _money(p.parts), _money(p.other), _money(p.amount), _money(p.tax)]
                 for p in d.payer_totals]
        rows.append([t["total"], "", "", "", _money(d.total), _money(d.total_tax)])
        out = [Paragraph(esc(t["payer_totals"]), st.heading),
               grid_table(rows, [w * mm for w in (40, 28, 28, 28, 30, 26)], right_cols=(1, 2, 3, 4, 5), st=st),
               Spacer(1, 1.5 * mm),
               self.p(f"{t['total']}: ¥{_money(d.total)}    {t['in_words']}: {d.total_in_words}    "
                      f"{t['total_hours']}: {_qty(d.total_hours)}", st.body)]
        if d.pending_total:
            out.append(self.p(f"* {t['pending']}: ¥{_money(d.pending_total)}", st.small))
        return out

    def signatures(self, labels: list[str]) -> Table:
        cells = [Paragraph(f"{esc(lbl)}<br/><br/><br/>{esc(self.t['sign_date'])}", self.st.body) for lbl in labels]
        table = Table([cells], colWidths=[self.width / len(labels)] * len(labels), rowHeights=[18 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        return table

    # ---- documents ---------------------------------------------------------------------------
    def job_card_copy(self, copy: str) -> list:
        t = self.t
        story = self.header(t["job_card"], copy)
        if copy == "picking":
            d = self.doc
            story.append(self.info_grid([(t["number"], d.number), (t["plate"], d.plate), (t["vin"], d.vin),
                                         (t["advisor"], d.advisor), (t["vehicle"], d.vehicle),
                                         (t["opened_at"], d.opened_at)]))
            story += self.lines_tables(prices=False)[-2:] if any(ln.kind == "part" for ln in d.lines) else []
            story += [Spacer(1, 4 * mm), self.signatures([t["sign_store"], t["sign_keeper"]])]
            return story
        story += self.vehicle_block() + self.intake_block()
        if copy == "customer":
            story += self.lines_tables(prices=True) + self.totals_block()
            story += [Spacer(1, 2 * mm), self.p(t["customer_note"], self.st.small), Spacer(1, 3 * mm),
                      KeepTogether(self.signatures([t["sign_customer"], t["sign_advisor"]]))]
        else:
            story += self.lines_tables(prices=False)
            story += [Spacer(1, 4 * mm), KeepTogether(self.signatures([t["sign_tech"], t["sign_advisor"]]))]
        return story

    def estimate(self) -> list:
        t, d = self.t, self.doc
        story = self.header(t["estimate"], None)
        story += self.vehicle_block()
        story.append(self.info_grid([(t["words"], d.customer_words), (t["diagnosis"], d.diagnosis)], columns=1))
        story += self.lines_tables(prices=True) + self.totals_block()
        story += [Spacer(1, 2 * mm), self.p(t["estimate_note"], self.st.small), Spacer(1, 3 * mm),
                  self.signatures([t["sign_customer"], t["sign_advisor"]])]
        return story

    def pre_inspection(self) -> list:
        t, d = self.t, self.doc
        story = self.header(t["pre_inspection"], None) + self.vehicle_block()
        story.append(Paragraph(esc(t["damage"]), self.st.heading))
        diagram = damage_diagram(d.marks, front=t["front"], rear=t["rear"], font=self.st.font)
        if d.marks:
            rows = [[t["mark"], t["kind"], t["note"]]]  # the number is the circle on the diagram
            rows += [[str(i), m.label, m.note] for i, m in enumerate(d.marks, 1)]
            legend = grid_table(rows, [12 * mm, 30 * mm, 50 * mm], st=self.st)
        else:
            legend = self.p(t["no_marks"])
        side = Table([[diagram, legend]], colWidths=[85 * mm, 95 * mm])
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [side, Spacer(1, 2 * mm)]
        if d.damage_note:
            story.append(self.p(f"{t['damage_note']}: {d.damage_note}", self.st.body))
        story += self.intake_block()
        story += [Spacer(1, 3 * mm), self.signatures([t["sign_customer"], t["sign_advisor"]])]
        return story


def damage_diagram(marks, *, front: str, rear: str, font: str, width: float = 80 * mm,
                   height: float = 110 * mm) -> Drawing:
    """A simple car seen from above (front at the top), with numbered circles where damage is."""
    dr = Drawing(width, height)
    body_x, body_y, body_w, body_h = width * 0.2, height * 0.08, width * 0.6, height * 0.84
    grey = colors.HexColor("#555555")
    # wheels
    for wx in (body_x - 3 * mm, body_x + body_w - 1 * mm):
        for wy in (body_y + body_h * 0.12, body_y + body_h * 0.72):
            dr.add(Rect(wx, wy, 4 * mm, body_h * 0.14, rx=1 * mm, ry=1 * mm, fillColor=grey, strokeColor=grey))
    # body, bonnet line, windscreen, rear window, roof
    dr.add(Rect(body_x, body_y, body_w, body_h, rx=9 * mm, ry=12 * mm, fillColor=colors.white,
                strokeColor=colors.black, strokeWidth=1.2))
    top = body_y + body_h
    dr.add(Line(body_x + 3 * mm, top - body_h * 0.24, body_x + body_w - 3 * mm, top - body_h * 0.24,
                strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.14, top - body_h * 0.38, body_w * 0.72, body_h * 0.12, rx=3 * mm, ry=3 * mm,
                fillColor=colors.HexColor("#dde8f3"), strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.16, body_y + body_h * 0.14, body_w * 0.68, body_h * 0.1, rx=3 * mm, ry=3 * mm,
                fillColor=colors.HexColor("#dde8f3"), strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.12, body_y + body_h * 0.24, body_w * 0.76, body_h * 0.38, rx=2 * mm,
                ry=2 * mm, fillColor=None, strokeColor=colors.HexColor("#999999"), strokeDashArray=[2, 2]))
    # mirrors
    for mx in (body_x - 4 * mm, body_x + body_w):
        dr.add(Rect(mx, top - body_h * 0.36, 4 * mm, 2.5 * mm, fillColor=grey, strokeColor=grey))
    dr.add(String(width / 2, height - 4 * mm, front, fontName=font, fontSize=8, textAnchor="middle"))
    dr.add(String(width / 2, 1 * mm, rear, fontName=font, fontSize=8, textAnchor="middle"))
    for i, m in enumerate(marks, 1):
        cx = body_x - 4 * mm + float(m.x) * (body_w + 8 * mm)
        cy = top + 2 * mm - float(m.y) * (body_h + 4 * mm)
        dr.add(Circle(cx, cy, 3 * mm, fillColor=colors.HexColor("#ffdddd"), strokeColor=colors.HexColor("#c00000"),
                      strokeWidth=1))
        dr.add(String(cx, cy - 1.2 * mm, str(i), fontName=font, fontSize=7.5, textAnchor="middle",
                      fillColor=colors.HexColor("#c00000")))
    return dr


def render_job_card(doc: JobCardDocument, *, copies: tuple[str, ...] = COPIES, lang: str = "zh_CN") -> bytes:
    """The job card: one copy after the other (customer, workshop, picking), each from a new page."""
    r = _Renderer(doc, lang)
    story: list = []
    for i, copy in enumerate(copies):
        if i:
            story.append(PageBreak())
        story += r.job_card_copy(copy)
    footer = f"{r.t['printed']}: {doc.printed_at}  {doc.number}"
    return build_pdf(story, title=f"{r.t['job_card']} {doc.number}", footer=footer)


def render_estimate(doc: JobCardDocument, *, lang: str = "zh_CN") -> bytes:
    r = _Renderer(doc, lang)
    return build_pdf(r.estimate(), title=f"{r.t['estimate']} {doc.number}",
                     footer=f"{r.t['printed']}: {doc.printed_at}  {doc.number}")


def render_pre_inspection(doc: JobCardDocument, *, lang: str = "zh_CN") -> bytes:
    r = _Renderer(doc, lang)
    return build_pdf(r.pre_inspection(), title=f"{r.t['pre_inspection']} {doc.number}",
                     footer=f"{r.t['printed']}: {doc.printed_at}  {doc.number}")


__all__ = ["COPIES", "DocLine", "DocMark", "DocPayerTotal", "JobCardDocument", "damage_diagram",
           "render_estimate", "render_job_card", "render_pre_inspection"]
