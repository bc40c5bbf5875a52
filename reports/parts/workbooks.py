"""The store's workbooks (write-only openpyxl: 100k rows in seconds at a few tens of MB).

Store reports (stock value, turns, slow stock, below minimum, fill rate, sales by channel), the
purchase order for the manufacturer's system, and the price-list change report.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from reports.common.cells import safe_row

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
    ws.append(safe_row(ws, head))
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
            ws.append(safe_row(ws, out))
        else:
            ws.append(safe_row(ws, row))


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


# the change report's sheets and headers when the caller gives none (the station's language)
PRICELIST_LABELS = {
    "summary": "概要", "new": "新增", "changed": "价格变动", "warnings": "警告", "errors": "错误",
    "number": "零件号", "name": "名称", "cost": "成本价", "retail": "零售价", "old_cost": "原成本价",
    "new_cost": "新成本价", "old_retail": "原零售价", "new_retail": "新零售价", "retail_change": "零售价变动",
    "row": "行", "problem": "说明", "item": "项目", "value": "内容", "clerk": "导入人", "file": "文件",
    "supplier": "供应商", "outcome": "结果", "rows": "读取行数", "n_new": "新增配件", "n_changed": "价格变动",
    "n_unchanged": "未变", "n_warnings": "警告(超过×3或÷3)", "n_errors": "错误行", "n_skipped": "跳过行数",
    "saved": "已导入", "saved_skipping": "已导入;有错误或未确认警告的行已跳过",
    "refused": "未导入:价格表有错误行或未确认的警告", "preview": "预览:未保存",
}


def pricelist_changes_xlsx(result: Any, labels: dict[str, str] | None = None,
                           message: Callable[[Any], str] | None = None, *, file_name: str = "",
                           dry_run: bool = False) -> bytes:
    """The price list's change report: a summary naming the clerk, new parts, price changes, warnings, errors.

    ``labels``: sheet names and headers in the user's language (``services.parts.pricelist.report_labels``);
    ``message``: a row's problem in the user's language (``RowError.translated``).
    """
    t = {**PRICELIST_LABELS, **(labels or {})}
    say = message or (lambda e: e.message)
    if dry_run:
        outcome = t["preview"]
    elif not result.saved:
        outcome = t["refused"]
    else:
        outcome = t["saved_skipping"] if result.skipped else t["saved"]
    wb = Workbook(write_only=True)
    _sheet(wb, t["summary"], [t["item"], t["value"]], [
        [t["clerk"], result.clerk], [t["file"], file_name], [t["supplier"], result.supplier],
        [t["outcome"], outcome], [t["rows"], result.rows], [t["n_new"], result.new],
        [t["n_changed"], result.changed], [t["n_unchanged"], result.unchanged],
        [t["n_warnings"], len(result.warnings)], [t["n_errors"], len(result.errors)],
        [t["n_skipped"], result.skipped if result.saved else result.rows]], None, [24, 40])
    _sheet(wb, t["new"], [t["number"], t["name"], t["cost"], t["retail"]],
           ([c.number, c.name, c.new_cost, c.new_retail] for c in result.changes if c.kind == "new"),
           {2: MONEY, 3: MONEY}, [16, 24, 12, 12])
    changed_header = [t["number"], t["name"], t["old_cost"], t["new_cost"], t["old_retail"], t["new_retail"],
                      t["retail_change"]]

    def changed(kind: str):
        return ([c.number, c.name, c.old_cost, c.new_cost, c.old_retail, c.new_retail,
                 (c.new_retail - c.old_retail) if c.old_retail is not None and c.new_retail is not None else None]
                for c in result.changes if c.kind == kind)

    money = {2: MONEY, 3: MONEY, 4: MONEY, 5: MONEY, 6: MONEY}
    _sheet(wb, t["changed"], changed_header, changed("changed"), money, [16, 24, 12, 12, 12, 12, 12])
    _sheet(wb, t["warnings"], [t["row"], t["problem"]], ([w.row, say(w)] for w in result.warnings), None, [8, 70])
    _sheet(wb, t["errors"], [t["row"], t["problem"]], ([e.row, say(e)] for e in result.errors), None, [8, 60])
    return _bytes(wb)
