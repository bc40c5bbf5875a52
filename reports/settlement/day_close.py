"""The cashier's day close sheet (收银日结单): takings per method, then every payment and statement."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.common.base import build_pdf, esc, grid_table, styles
from reports.settlement.statement import money


@dataclass(frozen=True)
class DayCloseDocument:
    station_name: str
    day: str
    cashier: str  # name or "all"
    by_method: tuple[tuple[str, Decimal, int], ...]  # translated method, amount, count
    payments: tuple[tuple[str, str, str, str, str, Decimal, str], ...]  # time, statement, kind, method, user, amount, note
    statements: tuple[tuple[str, str, Decimal, Decimal], ...]  # number, status (translated), total, taken today
    money_total: Decimal
    cash_in: Decimal
    refunds: Decimal
    on_account: Decimal
    printed_at: str = ""


_L = {
    "zh_CN": {"title": "收银日结单", "day": "日期", "cashier": "收银员", "method": "付款方式", "amount": "金额",
              "count": "笔数", "total": "实收合计", "cash": "其中现金", "refunds": "退款", "on_account": "挂账",
              "payments": "收款明细", "time": "时间", "statement": "结算单号", "kind": "类别", "user": "经手人",
              "note": "备注", "statements": "当日结算单", "status": "状态", "stotal": "结算金额",
              "taken": "当日实收", "sign": "收银员签字：            财务签字：", "printed": "打印时间"},
    "en": {"title": "Cashier's day close", "day": "Day", "cashier": "Cashier", "method": "Method",
           "amount": "Amount", "count": "Count", "total": "Takings", "cash": "of which cash", "refunds": "Refunds",
           "on_account": "On account", "payments": "Payments", "time": "Time", "statement": "Statement",
           "kind": "Kind", "user": "By", "note": "Note", "statements": "Statements of the day", "status": "Status",
           "stotal": "Total", "taken": "Taken today", "sign": "Cashier:            Accounts:",
           "printed": "Printed"},
}


def render_day_close(doc: DayCloseDocument, *, lang: str = "zh_CN") -> bytes:
    t = _L["en" if lang == "en" else "zh_CN"]
    st = styles()
    story = [Paragraph(esc(doc.station_name), st.heading), Paragraph(esc(t["title"]), st.title),
             Paragraph(esc(f"{t['day']}: {doc.day}    {t['cashier']}: {doc.cashier}"), st.body), Spacer(1, 2 * mm)]
    rows = [[t["method"], t["amount"], t["count"]]]
    rows += [[m, money(a), str(n)] for m, a, n in doc.by_method]
    story.append(grid_table(rows, [60 * mm, 40 * mm, 25 * mm], right_cols=(1, 2), st=st))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(esc(f"{t['total']}: ¥{money(doc.money_total)}    {t['cash']}: ¥{money(doc.cash_in)}    "
                               f"{t['refunds']}: ¥{money(doc.refunds)}    {t['on_account']}: "
                               f"¥{money(doc.on_account)}"), st.body))
    if doc.payments:
        rows = [[t["time"], t["statement"], t["kind"], t["method"], t["user"], t["amount"], t["note"]]]
        rows += [[a, b, c, d, e, money(f), g] for a, b, c, d, e, f, g in doc.payments]
        story += [Paragraph(esc(t["payments"]), st.heading),
                  grid_table(rows, [w * mm for w in (18, 32, 14, 26, 20, 24, 46)], right_cols=(5,), st=st)]
    if doc.statements:
        rows = [[t["statement"], t["status"], t["stotal"], t["taken"]]]
        rows += [[n, s, money(a), money(b)] for n, s, a, b in doc.statements]
        story += [Paragraph(esc(t["statements"]), st.heading),
                  grid_table(rows, [40 * mm, 30 * mm, 35 * mm, 35 * mm], right_cols=(2, 3), st=st)]
    story += [Spacer(1, 10 * mm), Paragraph(esc(t["sign"]), st.body)]
    return build_pdf(story, title=f"{t['title']} {doc.day}", footer=f"{t['printed']}: {doc.printed_at}")


__all__ = ["DayCloseDocument", "render_day_close"]
