"""A company's monthly account statement (对账单) as a PDF and as an Excel workbook.

From the plain ``AccountDocument`` (``services.settlement.printing.build_account`` fills it): the
station, the company, the month, one line per on-account amount (date, statement, job card,
plate, amount, settled, open), the total in figures and words, the payments received against it
and what is still open; signatures of both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.common.base import build_pdf, esc, grid_table, styles
from reports.settlement.statement import money
from reports.settlement.workbook import save, sheet, workbook


@dataclass(frozen=True)
class AccountDocLine:
    day: str
    statement: str
    card: str
    plate: str
    amount: Decimal
    settled: Decimal
    open: Decimal


@dataclass(frozen=True)
class AccountDocument:
    station_name: str
    station_address: str
    station_phone: str
    station_bank: str
    station_account: str
    number: str
    company: str
    credit_code: str
    month: str  # YYYY-MM
    issued_at: str
    lines: tuple[AccountDocLine, ...]
    payments: tuple[tuple[str, str, Decimal, str], ...]  # day, method (translated), amount, reference
    total: Decimal
    total_in_words: str
    settled: Decimal
    open: Decimal
    printed_at: str = ""


_L = {
    "zh_CN": {"title": "挂账对账单", "number": "对账单号", "company": "单位", "credit": "统一社会信用代码",
              "month": "对账月份", "issued": "出单日期", "day": "日期", "statement": "结算单号", "card": "委托书号",
              "plate": "车牌", "amount": "挂账金额", "settled": "已付", "open": "未付", "total": "合计",
              "words": "大写", "payments": "收款记录", "method": "付款方式", "reference": "凭证号",
              "bank": "开户行及账号", "sign": "单位确认（盖章）：                    维修站（盖章）：",
              "printed": "打印时间", "sheet": "对账单"},
    "en": {"title": "Account statement", "number": "Number", "company": "Company", "credit": "Credit code",
           "month": "Month", "issued": "Issued", "day": "Date", "statement": "Statement", "card": "Job card",
           "plate": "Plate", "amount": "On account", "settled": "Paid", "open": "Open", "total": "Total",
           "words": "In words", "payments": "Payments received", "method": "Method", "reference": "Reference",
           "bank": "Bank and account", "sign": "For the company (seal):                    For the station (seal):",
           "printed": "Printed", "sheet": "Account statement"},
}


def _labels(lang: str) -> dict[str, str]:
    return _L["en" if lang == "en" else "zh_CN"]


def render_account_pdf(doc: AccountDocument, *, lang: str = "zh_CN") -> bytes:
    t = _labels(lang)
    st = styles()
    story = [Paragraph(esc(doc.station_name), st.heading), Paragraph(esc(t["title"]), st.title),
             Paragraph(esc(f"{t['number']}: {doc.number}    {t['month']}: {doc.month}    {t['issued']}: "
                           f"{doc.issued_at}"), st.body),
             Paragraph(esc(f"{t['company']}: {doc.company}    {t['credit']}: {doc.credit_code}"), st.body),
             Spacer(1, 2 * mm)]
    rows = [[t["day"], t["statement"], t["card"], t["plate"], t["amount"], t["settled"], t["open"]]]
    rows += [[ln.day, ln.statement, ln.card, ln.plate, money(ln.amount), money(ln.settled), money(ln.open)]
             for ln in doc.lines]
    rows.append([t["total"], "", "", "", money(doc.total), money(doc.settled), money(doc.open)])
    story.append(grid_table(rows, [w * mm for w in (22, 34, 32, 24, 24, 22, 22)], right_cols=(4, 5, 6), st=st))
    story += [Spacer(1, 2 * mm),
              Paragraph(esc(f"{t['total']}: ¥{money(doc.total)}    {t['words']}: {doc.total_in_words}"), st.body)]
    if doc.payments:
        rows = [[t["day"], t["method"], t["amount"], t["reference"]]]
        rows += [[d, m, money(a), r] for d, m, a, r in doc.payments]
        story += [Paragraph(esc(t["payments"]), st.heading),
                  grid_table(rows, [30 * mm, 40 * mm, 30 * mm, 60 * mm], right_cols=(2,), st=st)]
    story += [Spacer(1, 3 * mm),
              Paragraph(esc(f"{t['bank']}: {doc.station_bank} {doc.station_account}    {doc.station_address} "
                            f"{doc.station_phone}"), st.body),
              Spacer(1, 12 * mm), Paragraph(esc(t["sign"]), st.body)]
    return build_pdf(story, title=f"{t['title']} {doc.number}", footer=f"{t['printed']}: {doc.printed_at}")


def render_account_xlsx(doc: AccountDocument, *, lang: str = "zh_CN") -> bytes:
    """One sheet: the heading lines, one row per on-account amount and a total row at the bottom."""
    t = _labels(lang)
    wb = workbook()
    rows = [[ln.day, ln.statement, ln.card, ln.plate, ln.amount, ln.settled, ln.open] for ln in doc.lines]
    rows.append([t["total"], "", "", "", doc.total, doc.settled, doc.open])
    top = [[f"{doc.station_name} {t['title']}"],
           [f"{t['number']}: {doc.number}", f"{t['month']}: {doc.month}"],
           [f"{t['company']}: {doc.company}", f"{t['credit']}: {doc.credit_code}"]]
    sheet(wb, t["sheet"], [t["day"], t["statement"], t["card"], t["plate"], t["amount"], t["settled"], t["open"]],
          rows, widths=(12, 18, 18, 12, 14, 14, 14), top=top)
    return save(wb)


__all__ = ["AccountDocLine", "AccountDocument", "render_account_pdf", "render_account_xlsx"]
