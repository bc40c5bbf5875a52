"""Tool documents: the loan slip (借用单) PDF and the keeper's Excel reports.

Renderers take plain data (the dataclasses below, or any objects with the named attributes that
``services.tools.service`` hands out) and return bytes. Times arrive in UTC and are shown in the
station's zone. Chinese by default; ``lang="en"`` gives English headings.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, build_pdf, esc, grid_table, styles
from reports.common.cells import safe_row
from reports.common.paper import paper, text_width, wrapped
from reports.tools.slip import LoanSlip, LoanSlipLine  # noqa: F401  (the slip's data, re-exported)

_LABELS = {
    "zh_CN": {
        "slip": "工具借用单", "number": "借用单号", "borrower": "借用人", "badge": "工牌号", "lent_at": "借出时间",
        "expected": "应还时间", "job_card": "任务委托书号", "keeper": "经办（工具资料管理员）", "note": "备注",
        "no": "序号", "item_number": "编号", "name": "名称", "spec": "规格", "barcode": "条码", "qty": "数量",
        "returned": "归还时间", "condition": "归还状况", "sign_borrower": "借用人签字：",
        "sign_keeper": "管理员签字：", "sign_return": "归还确认签字：", "date": "日期：",
        "printed": "打印时间", "rule": "借用人对所借工具、设备和资料负保管责任；损坏、缺件或丢失按本站规定处理。",
        "kind": "类别", "state": "状态", "brand": "品牌", "location": "存放位置", "holder": "借用人",
        "loans": "借出次数", "hours": "借出时长（小时）", "utilisation": "利用率", "last_lent": "最近借出",
        "overdue_by": "逾期（小时）", "next_due": "下次校准/保养日期", "days_left": "剩余天数",
        "reported": "登记时间", "charge": "赔偿金额", "repair_order": "维修单号", "status": "处理状态",
        "cost": "购置价", "loan": "借用单号", "period": "期间", "as_of": "截至",
        "sheet_utilisation": "工具利用率", "sheet_overdue": "逾期未还", "sheet_calibration": "校准到期",
        "sheet_losses": "损坏与丢失",
        "title_utilisation": "工具借用次数与利用率", "title_overdue": "逾期未还工具清单",
        "title_calibration": "30天内到期的校准与保养", "title_losses": "工具损坏与丢失记录",
        "total": "合计",
    },
    "en": {
        "slip": "Tool loan slip", "number": "Loan no.", "borrower": "Borrower", "badge": "Badge", "lent_at": "Lent at",
        "expected": "Return by", "job_card": "Job card", "keeper": "Tool keeper", "note": "Note",
        "no": "No.", "item_number": "Item no.", "name": "Name", "spec": "Specification", "barcode": "Barcode",
        "qty": "Qty", "returned": "Returned", "condition": "Condition", "sign_borrower": "Borrower's signature:",
        "sign_keeper": "Keeper's signature:", "sign_return": "Returned, signature:", "date": "Date:",
        "printed": "Printed", "rule": "The borrower is responsible for the items lent; damage, missing pieces or "
                                      "loss are handled by the station's rule.",
        "kind": "Kind", "state": "State", "brand": "Brand", "location": "Location", "holder": "Borrower",
        "loans": "Loans", "hours": "Hours lent", "utilisation": "Utilisation", "last_lent": "Last lent",
        "overdue_by": "Overdue (hours)", "next_due": "Next due", "days_left": "Days left",
        "reported": "Reported", "charge": "Charge", "repair_order": "Repair order", "status": "Status",
        "cost": "Cost", "loan": "Loan no.", "period": "Period", "as_of": "As of",
        "sheet_utilisation": "Utilisation", "sheet_overdue": "Overdue", "sheet_calibration": "Calibration due",
        "sheet_losses": "Damage and loss",
        "title_utilisation": "Loans per item and utilisation", "title_overdue": "Items overdue",
        "title_calibration": "Calibration and maintenance due within 30 days", "title_losses": "Damage and loss",
        "total": "Total",
    },
}
KIND_NAMES = {
    "zh_CN": {"hand": "手动工具", "special": "专用工具", "equipment": "设备", "measuring": "量具/检测仪器",
              "document": "技术资料"},
    "en": {"hand": "Hand tool", "special": "Special tool", "equipment": "Equipment", "measuring": "Measuring instrument",
           "document": "Technical document"},
}
STATE_NAMES = {
    "zh_CN": {"available": "在库", "on_loan": "借出", "calibration": "校准中", "repair": "维修中", "lost": "丢失",
              "retired": "报废"},
    "en": {"available": "Available", "on_loan": "On loan", "calibration": "In calibration", "repair": "In repair",
           "lost": "Lost", "retired": "Retired"},
}
CONDITION_NAMES = {
    "zh_CN": {"good": "完好", "damaged": "损坏", "incomplete": "缺件", "lost": "丢失"},
    "en": {"good": "Good", "damaged": "Damaged", "incomplete": "Incomplete", "lost": "Lost"},
}
STATUS_NAMES = {"zh_CN": {"open": "待处理", "settled": "已处理"}, "en": {"open": "Open", "settled": "Settled"}}


def _labels(lang: str) -> dict[str, str]:
    return _LABELS.get(lang, _LABELS["zh_CN"])


def _names(table: dict[str, dict[str, str]], lang: str, code: str | None) -> str:
    if not code:
        return ""
    return table.get(lang, table["zh_CN"]).get(code, code)


# ---- the loan slip ------------------------------------------------------------------------------


def _fit(texts: Iterable[object], font: str, size: float = 8.5) -> float:
    """The width a cell column needs to hold the widest of ``texts`` on one line (6 pt padding each side)."""
    return max((text_width(str(t), font, size) for t in texts if t not in (None, "")), default=0) + 13


def render_loan_slip(slip: LoanSlip, *, lang: str = "zh_CN") -> bytes:
    """The A4 loan slip: header with the loan number's Code 128, borrower, items, signature lines.

    Every table is exactly as wide as the page's text, so their edges line up: the header's barcode
    with the tables' right edge, the signature lines under the borrower block's columns. Headings,
    numbers and times are never broken over two lines; the item's name takes the room left over and
    wraps between words.
    """
    L = _labels(lang)
    st = styles()
    font = st.font
    width = paper("a4").width
    story: list = []
    barcode = Barcode128(slip.number, bar_height=12 * mm)
    head = Table(
        [[Paragraph(esc(slip.station_name), st.heading), barcode],
         [Paragraph(f"<b>{esc(L['slip'])}</b>", st.title), ""]],
        # the bars end at the tables' right edge; the white quiet zone after them lies in the margin
        colWidths=[width - (barcode.width + 6 - barcode.barcode.rquiet), barcode.width + 6 - barcode.barcode.rquiet],
        hAlign="LEFT")
    head.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (1, 0), (1, 0), -barcode.barcode.rquiet),
                              ("SPAN", (0, 1), (1, 1))]))
    story.append(head)
    story.append(Spacer(1, 3 * mm))

    # the borrower block and the signatures share their four columns: label, value, label, value
    left_labels = [L["number"], L["badge"], L["lent_at"], L["keeper"]]
    right_labels = [L["borrower"], L["job_card"], L["expected"], L["note"]]
    sign_font = 9.5
    label_w = max(_fit(left_labels + right_labels, font),
                  _fit([L["sign_borrower"], L["sign_keeper"], L["sign_return"], L["date"]], font, sign_font))
    value_w = (width - 2 * label_w) / 2
    columns = [label_w, value_w, label_w, value_w]
    info = [
        [L["number"], slip.number, L["borrower"], f"{slip.borrower_name}"],
        [L["badge"], slip.borrower_badge, L["job_card"], slip.job_card_number or "—"],
        [L["lent_at"], slip.lent_at, L["expected"], slip.expected_return],
        [L["keeper"], slip.keeper_name, L["note"], slip.note or ""],
    ]
    table = grid_table(info, columns, header_rows=0, st=st)
    table.hAlign = "LEFT"
    story.append(table)
    story.append(Spacer(1, 4 * mm))

    heads = [L["no"], L["item_number"], L["name"], L["spec"], L["qty"], L["expected"], L["returned"], L["condition"]]
    body = [[i, ln.item_number, ln.name, ln.specification, ln.quantity, ln.expected_return, ln.returned_at,
             _names(CONDITION_NAMES, lang, ln.condition)] for i, ln in enumerate(slip.lines, 1)]
    cols = list(zip(*([heads] + body), strict=True))
    widths = [_fit(col, font) for col in cols]
    widths[3] = min(widths[3], 32 * mm)  # a long specification wraps between its tokens
    widths[1] = min(widths[1], 34 * mm)
    widths[2] = 0
    widths[2] = max(width - sum(widths), _fit([heads[2]], font))
    if sum(widths) > width:  # very long codes: the fixed columns give up room in proportion
        over = sum(widths) - width
        flexible = [1, 3, 2]
        room = sum(widths[j] for j in flexible)
        for j in flexible:
            widths[j] -= over * widths[j] / room
    rows: list[Sequence[object]] = [heads]
    for row in body:
        rows.append([c if j not in (1, 3) else wrapped(str(c), widths[j], st.cell) for j, c in enumerate(row)])
    items = grid_table(rows, widths, st=st, right_cols=[4])
    items.hAlign = "LEFT"
    story.append(items)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(esc(L["rule"]), ParagraphStyle("rule", parent=st.small, leftIndent=6, rightIndent=6)))
    story.append(Spacer(1, 10 * mm))
    sign = Table([[L["sign_borrower"], "", L["sign_keeper"], ""], [L["date"], "", L["date"], ""],
                  ["", "", "", ""], [L["sign_return"], "", L["date"], ""]],
                 colWidths=columns, rowHeights=[12 * mm, 8 * mm, 6 * mm, 12 * mm], hAlign="LEFT")
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), sign_font),
                              ("LINEBELOW", (1, 0), (1, 1), 0.5, "black"), ("LINEBELOW", (3, 0), (3, 1), 0.5, "black"),
                              ("LINEBELOW", (1, 3), (1, 3), 0.5, "black"), ("LINEBELOW", (3, 3), (3, 3), 0.5, "black"),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(sign)
    footer = f"{L['printed']} {slip.printed_at}" if slip.printed_at else None
    pap = paper("a4")
    return build_pdf(story, title=f"{L['slip']} {slip.number}", footer=footer, pagesize=pap.size, margins=pap.margins)


# ---- workbooks ------------------------------------------------------------------------------------

_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="E8EEF5")


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(zone).replace(tzinfo=None)  # Excel has no time zones: station time


def _sheet_bytes(title: str, sheet: str, subtitle: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
                 widths: Sequence[int], formats: dict[int, str] | None = None) -> bytes:
    """A one-sheet workbook in write-only mode (streams rows: ~100k rows in seconds at little memory)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A4"
    t = WriteOnlyCell(ws, title)
    t.font = Font(bold=True, size=14)
    ws.append(safe_row(ws, [t]))
    ws.append(safe_row(ws, [subtitle]))
    cells = []
    for h in headers:
        c = WriteOnlyCell(ws, h)
        c.font, c.fill = _HEAD_FONT, _HEAD_FILL
        c.alignment = Alignment(horizontal="center")
        cells.append(c)
    ws.append(safe_row(ws, cells))
    formats = formats or {}
    for row in rows:
        out = []
        for j, v in enumerate(row):
            if isinstance(v, Decimal):
                v = float(v) if j in formats else v
            if j in formats and v is not None:
                c = WriteOnlyCell(ws, v)
                c.number_format = formats[j]
                out.append(c)
            else:
                out.append(v)
        ws.append(safe_row(ws, out))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def utilisation_workbook(rows: Iterable, start: date, end: date, *, zone: str = "Asia/Shanghai",
                         lang: str = "zh_CN") -> bytes:
    """Loans per item and the share of the period each item was out (rows: ``UtilisationRow``)."""
    L, z = _labels(lang), ZoneInfo(zone)
    data = ([r.item_number, r.item_name, _names(KIND_NAMES, lang, r.kind), r.loans, r.hours_lent, r.utilisation,
             _local(r.last_lent, z)] for r in rows)
    return _sheet_bytes(L["title_utilisation"], L["sheet_utilisation"], f"{L['period']}: {start} – {end}",
                        [L["item_number"], L["name"], L["kind"], L["loans"], L["hours"], L["utilisation"],
                         L["last_lent"]], data, [14, 32, 16, 10, 16, 12, 18],
                        {4: "0.0", 5: "0.0%", 6: "yyyy-mm-dd hh:mm"})


def overdue_workbook(rows: Iterable, now: datetime, *, zone: str = "Asia/Shanghai", lang: str = "zh_CN") -> bytes:
    """Items not back by their expected return (rows: ``OpenLoanRow``), longest overdue first."""
    L, z = _labels(lang), ZoneInfo(zone)
    data = ([r.loan_number, r.item_number, r.item_name, r.borrower_name, _local(r.lent_at, z),
             _local(r.expected_return, z),
             Decimal(str((now - r.expected_return).total_seconds() / 3600)).quantize(Decimal("0.1")),
             r.job_card_number or ""] for r in rows)
    return _sheet_bytes(L["title_overdue"], L["sheet_overdue"],
                        f"{L['as_of']}: {now.astimezone(z):%Y-%m-%d %H:%M}",
                        [L["loan"], L["item_number"], L["name"], L["holder"], L["lent_at"], L["expected"],
                         L["overdue_by"], L["job_card"]], data, [16, 14, 30, 12, 18, 18, 14, 16],
                        {4: "yyyy-mm-dd hh:mm", 5: "yyyy-mm-dd hh:mm", 6: "0.0"})


def calibration_workbook(rows: Iterable, today: date, *, days: int = 30, lang: str = "zh_CN") -> bytes:
    """Calibration and maintenance due within ``days`` (rows: ``ToolItemRow``); past due shows negative days."""
    L = _labels(lang)
    title = L["title_calibration"] if days == 30 else L["title_calibration"].replace("30", str(days))
    data = ([r.item_number, r.name, _names(KIND_NAMES, lang, r.kind), r.location, _names(STATE_NAMES, lang, r.state),
             r.holder or "", r.next_due, (r.next_due - today).days] for r in rows)
    return _sheet_bytes(title, L["sheet_calibration"], f"{L['as_of']}: {today}",
                        [L["item_number"], L["name"], L["kind"], L["location"], L["state"], L["holder"],
                         L["next_due"], L["days_left"]], data, [14, 30, 16, 14, 10, 12, 18, 10],
                        {6: "yyyy-mm-dd"})


def losses_workbook(rows: Iterable, start: date | None, end: date | None, *, zone: str = "Asia/Shanghai",
                    lang: str = "zh_CN") -> bytes:
    """Damage and loss with the charge and repair order (rows: ``IncidentRow``), with a total charge."""
    L, z = _labels(lang), ZoneInfo(zone)
    total = Decimal("0")

    def gen():
        nonlocal total
        for r in rows:
            total += r.charge_amount or Decimal("0")
            yield [_local(r.reported_at, z), r.item_number, r.item_name, _names(CONDITION_NAMES, lang, r.kind),
                   r.borrower_name, r.loan_number, r.item_cost, r.charge_amount, r.repair_order,
                   _names(STATUS_NAMES, lang, r.status), r.note]
        yield [L["total"], None, None, None, None, None, None, total, None, None, None]

    period = f"{L['period']}: {start or ''} – {end or ''}"
    return _sheet_bytes(L["title_losses"], L["sheet_losses"], period,
                        [L["reported"], L["item_number"], L["name"], L["condition"], L["holder"], L["loan"],
                         L["cost"], L["charge"], L["repair_order"], L["status"], L["note"]], gen(),
                        [18, 14, 28, 10, 12, 16, 12, 12, 16, 10, 30],
                        {0: "yyyy-mm-dd hh:mm", 6: "#,##0.00", 7: "#,##0.00"})
