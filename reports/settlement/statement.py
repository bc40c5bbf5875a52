"""The settlement statement (结算单 / 机动车维修结算清单, JT/T 1133 layout) on A4, A5 landscape or 241 mm
continuous paper.

The renderer takes the plain ``StatementDocument`` below (``services.settlement.printing`` fills it,
every coded value already in the reader's language) and returns PDF bytes: the repairer, the
customer and the car, the fee table with the amount in words, the materials, labour and other
charges apart, the subtotals per payer, the payments, the guarantee period, the next service, the
old-parts choice and the signatures. A voided statement prints with 作废 across every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, esc, styles
from reports.common.paper import CONTINUOUS, Paper, Section, build_sections_pdf, text_width, wrapped
from reports.common.paper import paper as paper_of

# the fee table of JT/T 1133, in this order
FEES = ("diagnosis", "inspection", "materials", "labour", "outside_work", "other")


@dataclass(frozen=True)
class StatementDocLine:
    kind: str  # labour | part | other
    code: str
    name: str  # for other charges: the charge's name
    spec: str = ""
    quality: str = ""  # translated
    unit: str = ""
    qty: Decimal = Decimal("0")
    price: Decimal = Decimal("0")
    discount_amount: Decimal = Decimal("0")
    amount: Decimal = Decimal("0")
    payer: str = ""  # translated
    technicians: str = ""


@dataclass(frozen=True)
class StatementDocShare:
    payer: str  # translated
    labour: Decimal
    parts: Decimal
    other: Decimal
    discount: Decimal
    amount: Decimal
    received: Decimal
    balance: Decimal


@dataclass(frozen=True)
class StatementDocPayment:
    at: str
    kind: str  # translated
    method: str  # translated
    amount: Decimal
    reference: str = ""
    note: str = ""  # change given, refund reason


@dataclass(frozen=True)
class StatementDocument:
    station_name: str
    station_address: str
    station_phone: str
    station_bank: str
    station_account: str
    station_credit_code: str
    station_licence: str
    number: str
    issued_at: str
    cashier: str
    advisor: str
    customer_name: str
    customer_phone: str
    driver_name: str
    driver_phone: str
    plate: str
    vin: str
    vehicle: str
    job_type: str  # translated
    repair_class: str  # translated
    opened_at: str
    completed_at: str
    mileage_in: str
    mileage_out: str
    card_number: str
    certificate_number: str
    insurer: str
    claim_number: str
    fees: tuple[tuple[str, Decimal], ...]  # (FEES key, amount)
    lines: tuple[StatementDocLine, ...]
    shares: tuple[StatementDocShare, ...]
    payments: tuple[StatementDocPayment, ...]
    total: Decimal
    tax: Decimal
    tax_rate: str  # "13%"
    discount: Decimal
    hours: Decimal
    total_in_words: str
    received: Decimal
    customer_balance: Decimal
    guarantee: str  # the sentence, translated and filled
    next_service: str  # the sentence, translated and filled
    old_parts: tuple[tuple[str, bool], ...]  # (translated choice, chosen)
    voided: bool = False
    void_note: str = ""
    replaces: str = ""
    invoice: str = ""
    printed_at: str = ""


_L = {
    "zh_CN": {
        "title": "机动车维修结算清单", "number": "结算单号", "issued": "结算日期", "cashier": "收银员",
        "advisor": "服务顾问", "repairer": "承修方", "address": "地址", "phone": "电话", "bank": "开户银行",
        "account": "账号", "credit": "统一社会信用代码", "licence": "备案号", "customer": "托修方",
        "driver": "送修人", "plate": "车牌号", "vin": "VIN", "vehicle": "车型", "job_type": "维修类型",
        "repair_class": "维修类别", "in": "进厂日期", "out": "竣工日期", "km_in": "进厂里程(km)",
        "km_out": "出厂里程(km)", "card": "委托书（合同）号", "certificate": "合格证号", "insurer": "保险公司",
        "claim": "报案号", "fees": "费用汇总", "fee": "费用项目", "amount": "金额", "total": "合计",
        "in_words": "大写金额", "tax": "其中税额", "discount": "优惠金额", "materials": "维修材料",
        "no": "序号", "part_no": "配件编号", "name": "名称", "spec": "品牌/规格", "quality": "属性", "unit": "单位",
        "qty": "数量", "price": "单价", "payer": "付费方", "labour": "维修项目（工时）", "item": "项目",
        "code": "项目代码", "hours": "工时", "rate": "工时单价", "technicians": "维修技师", "total_hours": "总工时",
        "other": "其他费用", "charge": "费用项目", "shares": "各付费方小计",
        "s_labour": "工时费", "s_parts": "材料费", "s_other": "其他", "received": "已收", "balance": "未收",
        "payments": "收款记录", "at": "时间", "kind": "类别", "method": "付款方式", "reference": "凭证号",
        "note": "备注", "received_total": "实收金额", "due": "应收未收", "guarantee": "质量保证期",
        "next": "下次保养", "old_parts": "旧配件", "sign_customer": "托修方签字：", "sign_cashier": "收银员签字：",
        "sign_repairer": "承修方（盖章）：", "date": "日期：", "void": "作废", "replaces": "本单替代",
        "invoice": "发票号", "printed": "打印时间", "copy": "第一联 客户联", "page": "第 {page}/{pages} 页",
        "fee_diagnosis": "诊断费", "fee_inspection": "检测费", "fee_materials": "材料费", "fee_labour": "工时费",
        "fee_outside_work": "外加工费", "fee_other": "其他费用",
        "notice": "请核对以上项目及金额。维修质量保证期内，因维修质量原因造成的故障，承修方免费返修。",
    },
    "en": {
        "title": "Vehicle repair settlement statement", "number": "Statement no.", "issued": "Settled",
        "cashier": "Cashier", "advisor": "Service advisor", "repairer": "Repairer", "address": "Address",
        "phone": "Phone", "bank": "Bank", "account": "Account", "credit": "Credit code", "licence": "Licence",
        "customer": "Customer", "driver": "Driver", "plate": "Plate", "vin": "VIN", "vehicle": "Vehicle",
        "job_type": "Job type", "repair_class": "Repair class", "in": "Date in", "out": "Completed",
        "km_in": "Mileage in (km)", "km_out": "Mileage out (km)", "card": "Job card (contract)",
        "certificate": "Certificate no.", "insurer": "Insurer", "claim": "Claim no.", "fees": "Fees",
        "fee": "Fee", "amount": "Amount", "total": "Total", "in_words": "In words", "tax": "of which tax",
        "discount": "Discount", "materials": "Materials", "no": "No.", "part_no": "Part no.", "name": "Name",
        "spec": "Brand / spec", "quality": "Quality", "unit": "Unit", "qty": "Qty", "price": "Price",
        "payer": "Payer", "labour": "Labour", "item": "Item", "code": "Code", "hours": "Hours", "rate": "Rate",
        "technicians": "Technicians", "total_hours": "Total hours", "other": "Other charges", "charge": "Charge",
        "shares": "Subtotals by payer", "s_labour": "Labour", "s_parts": "Materials", "s_other": "Other",
        "received": "Received", "balance": "Owed", "payments": "Payments", "at": "Time", "kind": "Kind",
        "method": "Method", "reference": "Reference", "note": "Note", "received_total": "Received",
        "due": "Still owed", "guarantee": "Quality guarantee", "next": "Next service", "old_parts": "Old parts",
        "sign_customer": "Customer:", "sign_cashier": "Cashier:", "sign_repairer": "Repairer (stamp):",
        "date": "Date:", "void": "VOID", "replaces": "Replaces", "invoice": "Invoice no.", "printed": "Printed",
        "copy": "Copy 1 — customer", "page": "Page {page} of {pages}",
        "fee_diagnosis": "Diagnosis", "fee_inspection": "Inspection", "fee_materials": "Materials",
        "fee_labour": "Labour", "fee_outside_work": "Outside work", "fee_other": "Other",
        "notice": "Please check the work and amounts. A failure caused by the repair inside the guarantee period "
                  "is repaired again free of charge.",
    },
}


def money(d: Decimal | None) -> str:
    return "" if d is None else f"{d:,.2f}"


def qty(d: Decimal) -> str:
    s = f"{d:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


class _Renderer:
    def __init__(self, doc: StatementDocument, lang: str, pap: Paper) -> None:
        self.doc = doc
        self.t = _L["en" if lang == "en" else "zh_CN"]
        self.st = styles()
        self.width = pap.width

    def p(self, text: str, style=None) -> Paragraph:
        return Paragraph(esc(text), style or self.st.cell)

    def cols(self, *parts: float) -> list[float]:
        """Column widths as fractions of the printable width (so A4 and 241 mm paper both fit)."""
        total = sum(parts)
        return [self.width * x / total for x in parts]

    def grid(self, rows, parts, right=(), wrap=()) -> Table:
        """A ruled table like ``grid_table``, but short plain cells (amounts, codes, quantities) are
        drawn as strings, not Paragraphs: half the statement's cells, and most of its render time."""
        right = set(right)
        widths = self.cols(*parts)
        # no heading wraps ("序号" on A5): a narrow column takes what it lacks from the widest
        for j, head in enumerate(rows[0]):
            need = text_width(str(head), self.st.font, 8.5) + 13 - widths[j]
            if need > 0:
                k = max(range(len(widths)), key=lambda i: widths[i])
                widths[j] += need
                widths[k] -= need
        data, styles_ = [], []
        for i, row in enumerate(rows):
            out = []
            for j, cell in enumerate(row):
                text = "" if cell is None else str(cell)
                fits = len(text) * 5.2 < widths[j] - 12 and text.isascii()
                if i and j in wrap:  # codes and specs break between tokens, inside the cell
                    out.append(wrapped(text, widths[j], self.st.cell))
                elif i and fits:
                    out.append(text)
                    if j in right:
                        styles_.append(("ALIGN", (j, i), (j, i), "RIGHT"))
                else:
                    out.append(Paragraph(esc(text), self.st.cell_right if j in right and i else self.st.cell))
            data.append(out)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONT", (0, 0), (-1, -1), self.st.font, 8.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *styles_,
        ]))
        return t

    def info(self, pairs: list[tuple[str, str]], columns: int = 3) -> Table:
        rows, row = [], []
        for label, value in pairs:
            row += [self.p(label), self.p(value)]
            if len(row) == columns * 2:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (columns * 2 - len(row)))
        table = Table(rows, colWidths=self.cols(*([1.0, 1.9] * columns)))
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            *[("BACKGROUND", (2 * i, 0), (2 * i, -1), colors.HexColor("#f2f5f9")) for i in range(columns)],
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return table

    def header(self) -> list:
        d, t, st = self.doc, self.t, self.st
        left = [Paragraph(esc(d.station_name), st.heading),
                self.p(f"{t['address']}: {d.station_address}  {t['phone']}: {d.station_phone}", st.small),
                self.p(f"{t['bank']}: {d.station_bank}  {t['account']}: {d.station_account}", st.small),
                self.p(f"{t['credit']}: {d.station_credit_code}  {t['licence']}: {d.station_licence}", st.small),
                Paragraph(esc(t["title"]), st.title)]
        if d.voided:
            left.append(Paragraph(f'<font color="#c00000"><b>{esc(t["void"])}</b> {esc(d.void_note)}</font>',
                                  st.body))
        if d.replaces:
            left.append(self.p(f"{t['replaces']}: {d.replaces}", st.small))
        right = [Barcode128(d.number, bar_height=10 * mm, bar_width=0.3 * mm), self.p(t["copy"], st.small)]
        table = Table([[left, right]], colWidths=[self.width - 58 * mm, 58 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table, Spacer(1, 2 * mm)]

    def parties(self) -> list:
        d, t = self.doc, self.t
        pairs = [(t["number"], d.number), (t["issued"], d.issued_at), (t["card"], d.card_number),
                 (t["customer"], d.customer_name), (t["phone"], d.customer_phone), (t["advisor"], d.advisor),
                 (t["driver"], d.driver_name), (t["phone"], d.driver_phone), (t["job_type"], d.job_type),
                 (t["plate"], d.plate), (t["vehicle"], d.vehicle), (t["repair_class"], d.repair_class),
                 (t["vin"], d.vin), (t["in"], d.opened_at), (t["out"], d.completed_at),
                 (t["km_in"], d.mileage_in), (t["km_out"], d.mileage_out), (t["certificate"], d.certificate_number)]
        if d.insurer or d.claim_number:
            pairs += [(t["insurer"], d.insurer), (t["claim"], d.claim_number)]
        if d.invoice:
            pairs.append((t["invoice"], d.invoice))
        return [self.info(pairs), Spacer(1, 2 * mm)]

    def fees(self) -> list:
        d, t, st = self.doc, self.t, self.st
        head = [t["fee"]] + [t["fee_" + key] for key, _ in d.fees] + [t["total"]]
        row = [t["amount"]] + [money(v) for _, v in d.fees] + [money(d.total)]
        n = len(d.fees)
        table = self.grid([head, row], [1.3] + [1.0] * n + [1.2], right=range(1, n + 2))
        words = self.p(f"{t['in_words']}: {d.total_in_words}    (¥{money(d.total)};  {t['tax']} {d.tax_rate}: "
                       f"{money(d.tax)};  {t['discount']}: {money(d.discount)})", st.body)
        return [Paragraph(esc(t["fees"]), st.heading), table, Spacer(1, 1 * mm), words]

    def tables(self) -> list:
        d, t, st = self.doc, self.t, self.st
        out: list = []
        parts = [ln for ln in d.lines if ln.kind == "part"]
        labour = [ln for ln in d.lines if ln.kind == "labour"]
        other = [ln for ln in d.lines if ln.kind == "other"]
        rows: list[list[object]]
        if parts:
            rows = [[t["no"], t["part_no"], t["name"], t["spec"], t["quality"], t["unit"], t["qty"], t["price"],
                     t["amount"], t["payer"]]]
            rows += [[i, ln.code, ln.name, ln.spec, ln.quality, ln.unit, qty(ln.qty), money(ln.price),
                      money(ln.amount), ln.payer] for i, ln in enumerate(parts, 1)]
            rows.append(["", t["total"], "", "", "", "", "", "", money(sum((ln.amount for ln in parts),
                                                                           Decimal("0"))), ""])
            out += [Paragraph(esc(t["materials"]), st.heading),
                    self.grid(rows, [0.8, 2.4, 3.0, 2.2, 1.0, 0.9, 1.0, 1.5, 1.7, 1.3], right=(6, 7, 8),
                              wrap=(1, 2, 3))]
        if labour:
            rows = [[t["no"], t["code"], t["item"], t["hours"], t["rate"], t["amount"], t["payer"], t["technicians"]]]
            rows += [[i, ln.code, ln.name, qty(ln.qty), money(ln.price), money(ln.amount), ln.payer, ln.technicians]
                     for i, ln in enumerate(labour, 1)]
            rows.append(["", t["total_hours"], "", qty(d.hours), "", money(sum((ln.amount for ln in labour),
                                                                                Decimal("0"))), "", ""])
            out += [Paragraph(esc(t["labour"]), st.heading),
                    self.grid(rows, [0.8, 1.8, 4.0, 1.1, 1.4, 1.7, 1.6, 2.2], right=(3, 4, 5))]
        if other:
            rows = [[t["no"], t["charge"], t["name"], t["amount"], t["payer"]]]
            rows += [[i, ln.code, ln.name, money(ln.amount), ln.payer] for i, ln in enumerate(other, 1)]
            out += [Paragraph(esc(t["other"]), st.heading), self.grid(rows, [0.8, 2.5, 6.0, 1.8, 1.8], right=(3,))]
        return out

    def money_block(self) -> list:
        d, t, st = self.doc, self.t, self.st
        rows = [[t["payer"], t["s_labour"], t["s_parts"], t["s_other"], t["discount"], t["amount"], t["received"],
                 t["balance"]]]
        rows += [[s.payer, money(s.labour), money(s.parts), money(s.other), money(s.discount), money(s.amount),
                  money(s.received), money(s.balance)] for s in d.shares]
        out = [Paragraph(esc(t["shares"]), st.heading), self.grid(rows, [2.0] + [1.3] * 7, right=range(1, 8))]
        if d.payments:
            rows = [[t["at"], t["kind"], t["method"], t["amount"], t["reference"], t["note"]]]
            rows += [[p.at, p.kind, p.method, money(p.amount), p.reference, p.note] for p in d.payments]
            out += [Paragraph(esc(t["payments"]), st.heading),
                    self.grid(rows, [2.0, 1.0, 1.8, 1.4, 1.8, 3.0], right=(3,))]
        out.append(Spacer(1, 1 * mm))
        out.append(self.p(f"{t['received_total']}: ¥{money(d.received)}    {t['due']}: ¥{money(d.customer_balance)}",
                          st.body))
        return out

    def terms(self) -> list:
        d, t, st = self.doc, self.t, self.st
        boxes = "    ".join(("■ " if chosen else "□ ") + name for name, chosen in d.old_parts)
        rows = [[self.p(t["guarantee"]), self.p(d.guarantee)],
                [self.p(t["next"]), self.p(d.next_service)],
                [self.p(t["old_parts"]), self.p(boxes)]]
        table = Table(rows, colWidths=self.cols(1.0, 6.0))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f5f9")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [Spacer(1, 2 * mm), table, Spacer(1, 1.5 * mm), self.p(t["notice"], st.small), Spacer(1, 2 * mm)]

    def signatures(self) -> Table:
        """The label at the top, room to sign, the date on its own line inside the box."""
        t = self.t
        labels = [t["sign_customer"], t["sign_cashier"], t["sign_repairer"]]
        cells = [[self.p(lbl, self.st.body), Spacer(1, 7 * mm), self.p(t["date"], self.st.body)] for lbl in labels]
        table = Table([cells], colWidths=[self.width / 3] * 3)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    def story(self) -> list:
        # the money, the terms and the signatures stay together: never a signature box alone on a page
        return ([Section("")] + self.header() + self.parties() + self.fees() + self.tables()
                + [KeepTogether(self.money_block() + self.terms() + [self.signatures()])])


def void_stamp(text: str, font: str):
    """Draws ``text`` large and red across the page (a voided document stays readable underneath)."""

    def draw(canvas, document) -> None:
        w, h = document.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.8, 0, 0, alpha=0.25))
        canvas.setFont(font, min(110, w / 5.5))
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -30, text)
        canvas.restoreState()

    return draw


def render_statement(doc: StatementDocument, *, lang: str = "zh_CN", paper: str = "a4") -> bytes:
    """The statement as PDF bytes; ``paper`` is "a4", "a5" (landscape) or "continuous" (241 mm)."""
    pap = paper_of(paper)
    r = _Renderer(doc, lang, pap)
    return build_sections_pdf(r.story, pap, title=f"{r.t['title']} {doc.number}", page_label=r.t["page"],
                              on_page=void_stamp(r.t["void"], r.st.font) if doc.voided else None,
                              footer=f"{r.t['printed']}: {doc.printed_at}  {doc.number}")



__all__ = ["CONTINUOUS", "FEES", "StatementDocLine", "StatementDocPayment", "StatementDocShare", "StatementDocument",
           "money", "qty", "render_statement", "void_stamp"]
