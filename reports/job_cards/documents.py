"""Job card documents: the job card (customer, workshop and picking copies), the pre-inspection
sheet with the damage diagram, and the estimate.

Renderers take the plain data objects below (``services.job_cards.printing`` fills them) and return
PDF bytes. Each copy carries a Code 128 barcode of the card number so the store and the
technicians can scan it. Times arrive formatted in the station's zone. Chinese by default;
``lang="en"`` gives English headings.

Every document lays out on A4, A5 landscape or 241 mm continuous paper (``paper=``): widths are
shares of the printable width, and the code and specification columns are sized to their longest
token so "Φ312×25mm" never splits (a longer text wraps between tokens inside its cell). Pages are
numbered within each copy ("客户联 第 1/2 页"); the signatures stay with the totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, esc, grid_table, styles
from reports.common.paper import Paper, Section, build_sections_pdf, paper, text_width, wrapped
from reports.job_cards.diagram import damage_diagram
from reports.job_cards.words import _L

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
    standard_hours: Decimal | None = None  # labour: the catalogue's hours, shown beside the sold ones when they differ


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
    purchase_date: str = ""
    insurance_due: str = ""
    inspection_due: str = ""


def _money(d: Decimal | None) -> str:
    return "" if d is None else f"{d:,.2f}"


def _qty(d: Decimal) -> str:
    s = f"{d:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _pct(d: Decimal) -> str:
    return "" if not d else f"{_qty(d * 100)}%"


class _Renderer:
    def __init__(self, doc: JobCardDocument, lang: str, pap: Paper | None = None) -> None:
        self.doc = doc
        self.t = _L["en" if lang == "en" else "zh_CN"]
        self.st = styles()
        self.paper = pap or paper("a4")
        self.width = self.paper.width

    def p(self, text: str, style=None) -> Paragraph:
        return Paragraph(esc(text), style or self.st.cell)

    def yes_no(self, v: bool) -> str:
        return self.t["yes"] if v else self.t["no"]

    def fit(self, header: list[str], rows: list[list], spec: list, width: float | None = None) -> list[float]:
        """Column widths filling the printable width. ``spec`` per column: a number (a share of
        what is left), or ("fit", min_mm, max_mm): as wide as the column's longest text, within limits.
        No column is narrower than its heading on one line."""
        size, font = self.st.cell.fontSize, self.st.font
        width = width or self.width
        pad = 13.0  # the cell padding, 6 pt each side, and a little air
        head_w = [text_width(h, font, size) + pad for h in header]
        widths: list[float | None] = []
        for j, sp in enumerate(spec):
            if isinstance(sp, tuple):
                longest = max((text_width(r[j], font, size) for r in rows), default=0) + pad
                widths.append(max(head_w[j], sp[1] * mm, min(longest, sp[2] * mm)))
            else:
                widths.append(None)
        shares = {j: float(sp) for j, sp in enumerate(spec) if not isinstance(sp, tuple)}
        left = width - sum(w for w in widths if w is not None)
        total_share = sum(shares.values()) or 1.0
        for j, share in shares.items():
            widths[j] = max(head_w[j], left * share / total_share)
        out = [float(w or 0) for w in widths]
        over = sum(out) - width
        if over > 0.5:  # the headings or fitted columns took too much: take it from the widest
            k = max(range(len(out)), key=lambda j: out[j])
            out[k] -= over
        return out

    def table(self, header: list[str], rows: list[list], spec: list, *, right=(), wrap=(),
              width: float | None = None) -> Table:
        """A ruled table whose ``wrap`` columns break between tokens inside their cells."""
        widths = self.fit(header, rows, spec, width)
        data = [header] + [[wrapped(c, widths[j], self.st.cell_right if j in right else self.st.cell) if j in wrap
                            else c for j, c in enumerate(r)] for r in rows]
        return grid_table(data, widths, right_cols=right, st=self.st)

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
        barcode = Barcode128(d.number, bar_height=11 * mm, bar_width=0.34 * mm)
        table = Table([[left, barcode]], colWidths=[self.width - 62 * mm, 62 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [Section(head), table, Spacer(1, 2 * mm)]

    def info_grid(self, pairs: list[tuple[str, str]], columns: int = 3) -> Table:
        rows, row = [], []
        for label, value in pairs:
            row += [self.p(label), self.p(value)]
            if len(row) == columns * 2:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (columns * 2 - len(row)))
        # every label on one line ("约定交车时间", "托修方（车主）", "保险公司"); the values share what is
        # left by their length, so a 17-character VIN stays on one line
        font, size = self.st.font, self.st.cell.fontSize
        label_w = [max(text_width(pairs[k][0], font, size) for k in range(i, len(pairs), columns)) + 13
                   for i in range(columns)]
        need = [min(max((text_width(pairs[k][1], font, size) for k in range(i, len(pairs), columns)),
                        default=0) + 13, 150) for i in range(columns)]
        need = [max(n, 40.0) for n in need]
        free = self.width - sum(label_w)
        value_w = [free * n / sum(need) for n in need]
        table = Table(rows, colWidths=[w for pair in zip(label_w, value_w, strict=True) for w in pair])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
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
                 (t["engine"], d.engine_number), (t["colour"], d.colour), (t["purchase"], d.purchase_date),
                 (t["insurance_due"], d.insurance_due), (t["inspection_due"], d.inspection_due),
                 (t["mileage"], d.mileage_in), (t["fuel"], d.fuel), (t["promised"], d.promised_at),
                 (t["estimate_amount"], f"¥{d.estimate_amount}" if d.estimate_amount else "")]
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
        label_w = 34 * mm
        table = Table(rows, colWidths=[label_w, self.width - label_w])
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

        def hours(ln: DocLine) -> str:  # "1.5（标准 1.2）": sold hours, and the catalogue's when they differ
            if ln.standard_hours is None or ln.standard_hours == ln.qty:
                return _qty(ln.qty)
            return t["hours_std"].format(sold=_qty(ln.qty), std=_qty(ln.standard_hours))
        code = ("fit", 14, 34)
        if labour:
            out.append(Paragraph(esc(t["labour"]), st.heading))
            if prices:
                head = [t["no_"], t["code"], t["name"], t["hours"], t["rate"], t["discount"], t["amount"], t["payer"],
                        t["technicians"]]
                rows = [[str(i), ln.code, ln.name + mark(ln), hours(ln), _money(ln.price), _pct(ln.discount),
                         _money(ln.amount), ln.payer, ln.technicians] for i, ln in enumerate(labour, 1)]
                spec = [("fit", 7, 9), code, 4.5, ("fit", 10, 30), ("fit", 14, 20), ("fit", 10, 14),
                        ("fit", 16, 22), ("fit", 12, 22), 2.6]
                out.append(self.table(head, rows, spec, right=(3, 4, 5, 6), wrap=(1, 2, 7, 8)))
            else:
                head = [t["no_"], t["code"], t["name"], t["hours"], t["technicians"]]
                rows = [[str(i), ln.code, ln.name + mark(ln), hours(ln), ln.technicians]
                        for i, ln in enumerate(labour, 1)]
                out.append(self.table(head, rows, [("fit", 7, 9), code, 9, ("fit", 10, 30), 4],
                                      right=(3,), wrap=(1, 2, 3, 4)))
        if parts:
            out.append(Paragraph(esc(t["parts"]), st.heading))
            spec_col = ("fit", 12, 42)
            if prices:
                head = [t["no_"], t["part_no"], t["name"], t["spec"], t["quality"], t["unit"], t["qty"], t["price"],
                        t["amount"], t["payer"]]
                rows = [[str(i), ln.code, ln.name + mark(ln), ln.spec, ln.quality, ln.unit, _qty(ln.qty),
                         _money(ln.price), _money(ln.amount), ln.payer] for i, ln in enumerate(parts, 1)]
                spec = [("fit", 7, 9), code, 1, spec_col, ("fit", 9, 14), ("fit", 8, 11), ("fit", 9, 14),
                        ("fit", 14, 20), ("fit", 16, 22), ("fit", 12, 22)]
                out.append(self.table(head, rows, spec, right=(6, 7, 8), wrap=(1, 2, 3, 9)))
            else:
                head = [t["no_"], t["part_no"], t["name"], t["spec"], t["quality"], t["unit"], t["qty"], t["bin"]]
                rows = [[str(i), ln.code, ln.name + mark(ln), ln.spec, ln.quality, ln.unit, _qty(ln.qty), ln.bin]
                        for i, ln in enumerate(parts, 1)]
                spec = [("fit", 7, 9), code, 1, spec_col, ("fit", 9, 14), ("fit", 8, 11), ("fit", 9, 14),
                        ("fit", 12, 24)]
                out.append(self.table(head, rows, spec, right=(6,), wrap=(1, 2, 3, 7)))
        if other and prices:
            out.append(Paragraph(esc(t["other"]), st.heading))
            head = [t["no_"], t["charge"], t["name"], t["discount"], t["amount"], t["payer"]]
            rows = [[str(i), ln.code, ln.name + mark(ln), _pct(ln.discount), _money(ln.amount), ln.payer]
                    for i, ln in enumerate(other, 1)]
            out.append(self.table(head, rows, [("fit", 7, 9), ("fit", 16, 40), 1, ("fit", 10, 14), ("fit", 16, 22),
                                               ("fit", 12, 22)], right=(3, 4), wrap=(1, 2, 5)))
        return out

    def totals_block(self) -> list:
        d, t, st = self.doc, self.t, self.st
        head = [t["payer"], t["labour"], t["parts"], t["other"], t["amount"], t["tax"]]
        rows = [[p.payer, _money(p.labour), _money(p.parts), _money(p.other), _money(p.amount), _money(p.tax)]
                for p in d.payer_totals]
        rows.append([t["total"], "", "", "", _money(d.total), _money(d.total_tax)])
        out = [Paragraph(esc(t["payer_totals"]), st.heading),
               self.table(head, rows, [4, 2.8, 2.8, 2.8, 3, 2.6], right=(1, 2, 3, 4, 5)),
               Spacer(1, 1.5 * mm),
               self.p(f"{t['total']}: ¥{_money(d.total)}    {t['in_words']}: {d.total_in_words}    "
                      f"{t['total_hours']}: {_qty(d.total_hours)}", st.body)]
        if d.pending_total:
            out.append(self.p(f"* {t['pending']}: ¥{_money(d.pending_total)}", st.small))
        return out

    def signatures(self, labels: list[str]) -> Table:
        """Boxes to sign in: the label at the top, room to sign, the date on its own line inside the box."""
        cells = [[self.p(lbl, self.st.body), Spacer(1, 7 * mm), self.p(self.t["sign_date"], self.st.body)]
                 for lbl in labels]
        table = Table([cells], colWidths=[self.width / len(labels)] * len(labels))
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    def damage_block(self, *, width: float, height: float) -> list:
        t, d = self.t, self.doc
        diagram = damage_diagram(d.marks, front=t["front"], rear=t["rear"], font=self.st.font, width=width,
                                 height=height)
        if d.marks:
            rows = [[str(i), m.label, m.note] for i, m in enumerate(d.marks, 1)]
            legend = self.table([t["mark"], t["kind"], t["note"]], rows, [("fit", 9, 12), ("fit", 14, 30), 1],
                                wrap=(2,), width=self.width - width - 8 * mm)
        else:
            legend = self.p(t["no_marks"])
        side = Table([[diagram, legend]], colWidths=[width + 4 * mm, self.width - width - 4 * mm])
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out = [KeepTogether([Paragraph(esc(t["damage"]), self.st.heading), side]), Spacer(1, 2 * mm)]
        if d.damage_note:
            out.append(self.p(f"{t['damage_note']}: {d.damage_note}", self.st.body))
        return out

    # ---- documents ---------------------------------------------------------------------------
    def job_card_copy(self, copy: str) -> list:
        t = self.t
        story = self.header(t["job_card"], copy)
        if copy == "picking":
            d = self.doc
            story.append(self.info_grid([(t["number"], d.number), (t["plate"], d.plate), (t["vin"], d.vin),
                                         (t["advisor"], d.advisor), (t["vehicle"], d.vehicle),
                                         (t["opened_at"], d.opened_at)]))
            story += self.lines_tables(prices=False)[-2:] if any(ln.kind == "part" for ln in self.doc.lines) else []
            story += [Spacer(1, 4 * mm), KeepTogether(self.signatures([t["sign_store"], t["sign_keeper"]]))]
            return story
        story += self.vehicle_block() + self.intake_block()
        if copy == "customer":
            story += self.lines_tables(prices=True)
            # the totals, the note and the signatures stay on one page: never a signature box alone
            story.append(KeepTogether(self.totals_block() + [
                Spacer(1, 2 * mm), self.p(t["customer_note"], self.st.small), Spacer(1, 3 * mm),
                self.signatures([t["sign_customer"], t["sign_advisor"]])]))
        else:
            story += self.damage_block(width=44 * mm, height=60 * mm)
            story += self.lines_tables(prices=False)
            story += [Spacer(1, 4 * mm), KeepTogether(self.signatures([t["sign_tech"], t["sign_qc"],
                                                                       t["sign_advisor"]]))]
        return story

    def estimate(self) -> list:
        t, d = self.t, self.doc
        story = self.header(t["estimate"], None)
        story += self.vehicle_block()
        story.append(self.info_grid([(t["words"], d.customer_words), (t["diagnosis"], d.diagnosis)], columns=1))
        story += self.lines_tables(prices=True)
        story.append(KeepTogether(self.totals_block() + [
            Spacer(1, 2 * mm), self.p(t["estimate_note"], self.st.small), Spacer(1, 3 * mm),
            self.signatures([t["sign_customer"], t["sign_advisor"]])]))
        return story

    def pre_inspection(self) -> list:
        t = self.t
        story = self.header(t["pre_inspection"], None) + self.vehicle_block()
        story += self.damage_block(width=80 * mm, height=110 * mm)
        story += self.intake_block()
        story += [Spacer(1, 3 * mm), KeepTogether(self.signatures([t["sign_customer"], t["sign_advisor"]]))]
        return story

    def build(self, story, title: str) -> bytes:
        t = self.t
        return build_sections_pdf(story, self.paper, title=f"{title} {self.doc.number}", page_label=t["page"],
                                  continued=t["continued"] + f"  {self.doc.number}",
                                  footer=f"{t['printed']}: {self.doc.printed_at}  {self.doc.number}")


def render_job_card(doc: JobCardDocument, *, copies: tuple[str, ...] = COPIES, lang: str = "zh_CN",
                    paper_key: str = "a4") -> bytes:
    """The job card: one copy after the other (customer, workshop, picking), each from a new page and
    numbered on its own; ``paper_key`` is "a4", "a5" (landscape) or "continuous" (241 mm)."""
    r = _Renderer(doc, lang, paper(paper_key))

    def story() -> list:
        out: list = []
        for i, copy in enumerate(copies):
            if i:
                out.append(PageBreak())
            out += r.job_card_copy(copy)
        return out

    return r.build(story, r.t["job_card"])


def render_estimate(doc: JobCardDocument, *, lang: str = "zh_CN", paper_key: str = "a4") -> bytes:
    r = _Renderer(doc, lang, paper(paper_key))
    return r.build(r.estimate, r.t["estimate"])


def render_pre_inspection(doc: JobCardDocument, *, lang: str = "zh_CN", paper_key: str = "a4") -> bytes:
    r = _Renderer(doc, lang, paper(paper_key))
    return r.build(r.pre_inspection, r.t["pre_inspection"])


__all__ = ["COPIES", "DocLine", "DocMark", "DocPayerTotal", "JobCardDocument", "damage_diagram",
           "render_estimate", "render_job_card", "render_pre_inspection"]
