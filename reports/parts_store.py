"""The store's workbooks (write-only openpyxl: 100k rows in seconds at a few tens of MB).

Store reports (stock value, turns, slow stock, below minimum, fill rate, sales by channel), the
purchase order for the manufacturer's system, and the price-list change report.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

BOLD = Font(bold=True)
MONEY = "#,##0.00"
QTY = "0.###"
PCT = "0.00%"
CHANNELS = {"workshop": "车间维修", "internal": "内部", "warranty": "索赔", "counter": "柜台销售"}


def _sheet(wb: Workbook, title: str, header: list[str], rows: Iterable[list[Any]],
           formats: dict[int, str] | None = None, widths: list[int] | None = None) -> None:
    ws = wb.create_sheet(title)
    if widths:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    head = []
    for text in header:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = BOLD
        head.append(cell)
    ws.append(head)
    formats = formats or {}
    for row in rows:
        if formats:
            out = []
            for i, v in enumerate(row):
                if i in formats and v is not None:
                    c = WriteOnlyCell(ws, value=v)
                    c.number_format = formats[i]
                    out.append(c)
                else:
                    out.append(v)
            ws.append(out)
        else:
            ws.append(row)


def _bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _value(wb: Workbook, v: Any) -> None:
    _sheet(wb, "库存金额", ["类别", "在库品种", "库存金额"],
           [[c or "（未分类）", n, val] for c, n, val in v.by_category] + [["合计", len(v.rows), v.total]],
           {2: MONEY}, [18, 10, 16])
    _sheet(wb, "库存明细", ["零件号", "名称", "类别", "单位", "在库数量", "平均成本", "库存金额", "最后出库"],
           ([r.number, r.name, r.category, r.unit, r.on_hand, r.avg_cost, r.value,
             r.last_issue.replace(tzinfo=None) if r.last_issue else None] for r in v.rows),
           {4: QTY, 5: MONEY, 6: MONEY}, [16, 24, 12, 6, 10, 12, 14, 18])


def _turns(wb: Workbook, turns: Any) -> None:
    _sheet(wb, "库存周转率", ["类别", "出库成本", "平均库存", "周转率(次/年)"],
           ([t.category or "（未分类）", t.issue_cost, t.average_stock, t.turns] for t in turns),
           {1: MONEY, 2: MONEY}, [18, 14, 14, 14])


def _slow(wb: Workbook, slow: Any) -> None:
    _sheet(wb, f"呆滞件({slow.months}个月)", ["零件号", "名称", "类别", "在库数量", "平均成本", "库存金额", "最后出库"],
           [[r.number, r.name, r.category, r.on_hand, r.avg_cost, r.value,
             r.last_issue.replace(tzinfo=None) if r.last_issue else None] for r in slow.rows]
           + [["合计", "", "", None, None, slow.slow_value, None],
              ["占库存金额", "", "", None, None, slow.share, None]],
           {3: QTY, 4: MONEY, 5: MONEY}, [16, 24, 12, 10, 12, 14, 18])


def _below_minimum(wb: Workbook, rows: Any) -> None:
    _sheet(wb, "低于最低库存", ["零件号", "名称", "在库", "已预留", "在途", "最低库存", "储备定额"],
           ([r.number, r.name, r.on_hand, r.reserved, r.on_order, r.min_stock, r.quota] for r in rows),
           {2: QTY, 3: QTY, 4: QTY, 5: QTY, 6: QTY}, [16, 24, 8, 8, 8, 10, 10])


def _fill_rate(wb: Workbook, rows: Any) -> None:
    _sheet(wb, "配件一次满足率", ["月份", "需求行数", "一次满足行数", "满足率"],
           ([f.month, f.lines, f.served, f.rate] for f in rows), {3: PCT}, [10, 10, 12, 10])


def _channels(wb: Workbook, rows: Any) -> None:
    _sheet(wb, "销售渠道", ["渠道", "行数", "数量", "销售额", "成本", "毛利"],
           ([CHANNELS.get(c.channel, c.channel), c.lines, c.qty, c.revenue, c.cost, c.margin] for c in rows),
           {2: QTY, 3: MONEY, 4: MONEY, 5: MONEY}, [12, 8, 10, 14, 14, 14])


REPORTS = {"value": _value, "turns": _turns, "slow": _slow, "below_minimum": _below_minimum,
           "fill_rate": _fill_rate, "channels": _channels}


def report_xlsx(kind: str, data: Any) -> bytes:
    """One of the store's reports on its own (what the screen shows), as the store workbook lays it out."""
    wb = Workbook(write_only=True)
    REPORTS[kind](wb, data)
    return _bytes(wb)


def store_workbook(data: Any) -> bytes:
    wb = Workbook(write_only=True)
    _value(wb, data.value)
    _turns(wb, data.turns)
    _slow(wb, data.slow)
    _below_minimum(wb, data.below_minimum)
    _fill_rate(wb, data.fill_rate)
    _channels(wb, data.channels)
    return _bytes(wb)


def purchase_order_xlsx(order: Any) -> bytes:
    """The order as rows for the manufacturer's ordering system: part number, quantity, price, job."""
    wb = Workbook(write_only=True)
    _sheet(wb, order.number, ["订单号", "零件号", "名称", "数量", "单价", "金额", "类型", "任务委托书"],
           ([order.number, ln.number, ln.name, ln.qty, ln.price, ln.amount,
             "紧急" if order.kind == "urgent" else "常规", ln.job_ref or ""] for ln in order.lines),
           {3: QTY, 4: MONEY, 5: MONEY}, [16, 16, 24, 8, 12, 12, 8, 16])
    return _bytes(wb)


def pricelist_changes_xlsx(result: Any) -> bytes:
    wb = Workbook(write_only=True)
    _sheet(wb, "新增", ["零件号", "名称", "成本价", "零售价"],
           ([c.number, c.name, c.new_cost, c.new_retail] for c in result.changes if c.kind == "new"),
           {2: MONEY, 3: MONEY}, [16, 24, 12, 12])
    _sheet(wb, "价格变动", ["零件号", "名称", "原成本价", "新成本价", "原零售价", "新零售价", "零售价变动"],
           ([c.number, c.name, c.old_cost, c.new_cost, c.old_retail, c.new_retail,
             (c.new_retail - c.old_retail) if c.old_retail is not None else None]
            for c in result.changes if c.kind == "changed"),
           {2: MONEY, 3: MONEY, 4: MONEY, 5: MONEY, 6: MONEY}, [16, 24, 12, 12, 12, 12, 12])
    _sheet(wb, "错误", ["行", "说明"], ([e.row, e.message] for e in result.errors), None, [8, 60])
    return _bytes(wb)
