"""The invoice export (开票数据导出): one row per statement line for the station's invoicing tool,
with the buyer, the tax-inclusive amount, the rate, net and tax, and the tax classification code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reports.settlement.workbook import save, sheet, workbook

_HEADERS = {
    "zh_CN": ("结算单号", "结算日期", "付款方", "购买方名称", "购买方纳税人识别号", "行号", "项目名称",
              "规格型号", "单位", "数量", "单价(含税)", "折扣", "金额(含税)", "税率", "不含税金额", "税额",
              "税收分类编码", "税收分类名称", "发票号码", "开票日期"),
    "en": ("Statement", "Settled on", "Payer", "Buyer", "Buyer's credit code", "Line", "Item", "Specification",
           "Unit", "Quantity", "Unit price (incl. tax)", "Discount", "Amount (incl. tax)", "Tax rate",
           "Net amount", "Tax", "Tax classification code", "Tax classification", "Invoice number",
           "Invoice date"),
}
_SHEET = {"zh_CN": "开票明细", "en": "Invoice lines"}


def render_invoice_export(rows: Sequence[Sequence[Any]], *, lang: str = "zh_CN") -> bytes:
    """``rows`` in the order of the headers above; returns the .xlsx bytes."""
    key = "en" if lang == "en" else "zh_CN"
    wb = workbook()
    sheet(wb, _SHEET[key], _HEADERS[key], rows,
          widths=(18, 12, 12, 28, 22, 6, 28, 16, 6, 10, 14, 10, 14, 8, 14, 12, 22, 16, 16, 12))
    return save(wb)


__all__ = ["render_invoice_export"]
