"""The store's printed documents: purchase order (采购订单), goods-received note (入库单), stocktake sheet (盘点表).

Rendered from the plain data objects the parts services return; Chinese by default.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from reports.common.base import Barcode128, build_pdf, esc, grid_table, styles

QUALITY = {"genuine": "原厂", "equivalent": "同质", "reconditioned": "修复"}
INSPECTION = {"pending": "待检", "passed": "合格", "failed": "不合格"}
STATUS = {"draft": "草稿", "sent": "已发出", "partial": "部分到货", "received": "已到齐", "cancelled": "已取消"}


def _q(v: Decimal | None) -> str:
    if v is None:
        return ""
    text = f"{v:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _m(v: Decimal | None) -> str:
    return "" if v is None else f"{v:,.2f}"


def _header(title: str, number: str, rows: Sequence[tuple[str, str]]) -> list:
    st = styles()
    info = Table([[Paragraph(esc(a), st.body), Paragraph(esc(b), st.body)] for a, b in rows],
                 colWidths=[28 * mm, 100 * mm])
    head = Table([[info, Barcode128(number, bar_height=11 * mm)]], colWidths=[130 * mm, 50 * mm])
    head.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [Paragraph(esc(title), st.title), head, Spacer(1, 4 * mm)]


def purchase_order_pdf(order: Any, station_name: str = "") -> bytes:
    st = styles()
    rows = [("订单号", order.number), ("供应商", order.supplier_name), ("地址", order.supplier_address),
            ("联系人", order.supplier_contact), ("类型", "紧急订单" if order.kind == "urgent" else "常规订单"),
            ("状态", STATUS.get(order.status, order.status)),
            ("订货日期", str(order.ordered_on or "")), ("预计到货", str(order.expected_on or ""))]
    story = _header(f"{station_name} 采购订单".strip(), order.number, rows)
    table: list[list[object]] = [["序号", "零件号", "名称", "规格", "单位", "数量", "单价", "金额", "任务委托书"]]
    for i, ln in enumerate(order.lines, 1):
        table.append([i, ln.number, ln.name, ln.spec, ln.unit, _q(ln.qty), _m(ln.price), _m(ln.amount),
                      ln.job_ref or ""])
    table.append(["", "", "合计", "", "", _q(sum((ln.qty for ln in order.lines), Decimal(0))), "", _m(order.total), ""])
    # amounts up to ¥99,999,999.99 fit on one line: a total must never wrap ("2,419,116.6 / 0")
    story.append(grid_table(table, [8 * mm, 26 * mm, 36 * mm, 20 * mm, 9 * mm, 14 * mm, 21 * mm, 28 * mm, 18 * mm],
                            right_cols=(5, 6, 7)))
    story += [Spacer(1, 8 * mm), Paragraph("采购员：__________　　审核：__________　　供应商确认：__________", st.body)]
    return build_pdf(story, title=f"采购订单 {order.number}", footer=order.number)


def goods_received_pdf(receipt: Any, station_name: str = "") -> bytes:
    """入库单 with the purchase record DOMAIN.md names: date, supplier and address, part, spec, certificate."""
    st = styles()
    rows = [("入库单号", receipt.number), ("日期", receipt.created_at.strftime("%Y-%m-%d %H:%M")),
            ("供应商", receipt.supplier_name), ("供应商地址", receipt.supplier_address),
            ("采购订单", receipt.order_number or "无订单"),
            ("送货单号", receipt.delivery_note), ("发票号", receipt.supplier_invoice),
            ("收货人", receipt.received_by_name or receipt.received_by)]
    story = _header(f"{station_name} 入库单".strip(), receipt.number, rows)
    table = [["零件号", "名称", "规格", "品牌", "类别", "单位", "实收", "订货", "差异", "单价", "金额", "检验", "合格证",
              "位置"]]
    for ln in receipt.lines:
        price = ln.invoice_price if ln.invoice_price is not None else ln.unit_cost
        diff = ln.difference
        table.append([ln.number, ln.name, ln.spec, ln.brand, QUALITY.get(ln.quality, ln.quality), ln.unit, _q(ln.qty),
                      _q(ln.ordered), ("+" if diff and diff > 0 else "") + _q(diff) if diff is not None else "",
                      _m(price), _m(ln.value), INSPECTION.get(ln.inspection, ln.inspection),
                      "已查验" if ln.certificate_checked else "未查验", ln.bin_code])
    table.append(["合计", "", "", "", "", "", _q(receipt.total_qty), "", "", "", _m(receipt.total_value), "", "", ""])
    story.append(grid_table(table, [28 * mm, 40 * mm, 24 * mm, 16 * mm, 12 * mm, 10 * mm, 13 * mm, 13 * mm, 13 * mm,
                                    18 * mm, 20 * mm, 15 * mm, 15 * mm, 20 * mm], right_cols=(6, 7, 8, 9, 10)))
    if receipt.missing:
        story += [Spacer(1, 4 * mm), Paragraph("未到货（欠交）", st.heading)]
        story.append(grid_table([["零件号", "名称", "欠交数量"]] + [[n, nm, _q(q)] for n, nm, q in receipt.missing],
                                [30 * mm, 80 * mm, 25 * mm], right_cols=(2,)))
    rejected = [ln for ln in receipt.lines if ln.rejected_qty]
    if rejected:  # what went to the quarantine bin instead of the shelf
        story += [Spacer(1, 4 * mm), Paragraph("检验不合格（已移入待处理区，不计库存）", st.heading)]
        story.append(grid_table([["零件号", "名称", "拒收数量", "原因", "检验人"]] + [
            [ln.number, ln.name, _q(ln.rejected_qty), ln.reject_reason, ln.inspected_by] for ln in rejected],
            [30 * mm, 60 * mm, 20 * mm, 90 * mm, 30 * mm], right_cols=(2,)))
    receiver = receipt.received_by_name or receipt.received_by
    story += [Spacer(1, 8 * mm), Paragraph(f"收货人：{esc(receiver)}　　检验员：__________　　库管员：__________",
                                           st.body)]
    return build_pdf(story, title=f"入库单 {receipt.number}", footer=receipt.number, pagesize=landscape(A4))


def stocktake_sheet_pdf(info: Any, lines: Sequence[Any], station_name: str = "") -> bytes:
    """A blind counting sheet by bin: parts with empty columns to write the count in, and signatures."""
    st = styles()
    rows = [("盘点单号", info.number), ("范围", " ".join(t for t in (info.scope_bin and f"位置 {info.scope_bin}*",
                                                                 info.scope_category) if t) or "全部"),
            ("行数", str(info.lines)), ("制单", info.created_by)]
    story = _header(f"{station_name} 盘点表".strip(), info.number, rows)
    table = [["位置", "零件号", "名称", "单位", "实盘数量", "复盘数量", "盘点人"]]
    bin_rows = []
    last_bin = None
    for ln in lines:
        if ln.bin_code != last_bin:  # each bin starts with its own row: counted shelf by shelf
            last_bin = ln.bin_code
            bin_rows.append(len(table))
            table.append([f"位置 {ln.bin_code}", "", "", "", "", "", ""])
        table.append(["", ln.number, ln.name, ln.unit, "", "", ""])
    grid = grid_table(table, [24 * mm, 32 * mm, 56 * mm, 12 * mm, 20 * mm, 20 * mm, 18 * mm])
    grid.setStyle([("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")) for r in bin_rows]
                  + [("SPAN", (0, r), (-1, r)) for r in bin_rows])
    story.append(grid)
    story += [Spacer(1, 8 * mm),
              Paragraph("盘点人：__________　　监盘人：__________　　复核人：__________　　日期：__________", st.body),
              Spacer(1, 4 * mm),
              Paragraph("审批（配件主管）：__________　　财务：__________", st.body)]
    return build_pdf(story, title=f"盘点表 {info.number}", footer=info.number)


def variance_pdf(info: Any, variances: Sequence[Any], station_name: str = "") -> bytes:
    """盘点差异表: book, moved since the snapshot, expected, counted, difference and value; lines nobody
    counted are marked 未盘 (and 已核销 once written off); who approved and posted it, and why."""
    st = styles()
    rows = [("盘点单号", info.number),
            ("范围", " ".join(t for t in (info.scope_bin and f"位置 {info.scope_bin}*", info.scope_category) if t)
             or "全部"),
            ("盘点人", "、".join(getattr(info, "counted_by", ()) or ())), ("审批", info.approved_by or ""),
            ("审批意见", getattr(info, "approval_note", "") or "")]
    if getattr(info, "posted_by", None):
        rows.append(("过账", info.posted_by + (f"（{info.post_note}）" if getattr(info, "post_note", "") else "")))
    story = _header(f"{station_name} 盘点差异表".strip(), info.number, rows)
    table = [["位置", "零件号", "名称", "账面", "期间变动", "应有", "实盘", "差异", "单价", "差异金额"]]
    gains = losses = Decimal("0.00")
    uncounted = 0
    for v in variances:
        if getattr(v, "uncounted", False):
            uncounted += 1
            table.append([v.bin_code, v.number, v.name, _q(v.snapshot), _q(v.moved_since), _q(v.expected), "未盘",
                          "", _m(v.unit_cost), ""])
            continue
        if v.value > 0:
            gains += v.value
        else:
            losses += v.value
        table.append([v.bin_code, v.number, v.name, _q(v.snapshot), _q(v.moved_since), _q(v.expected), _q(v.counted),
                      ("+" if v.variance > 0 else "") + _q(v.variance), _m(v.unit_cost), _m(v.value)])
    table.append(["合计", "", f"盘盈 {_m(gains)}", "", f"盘亏 {_m(losses)}", "", "", "", "", _m(gains + losses)])
    story.append(grid_table(table, [16 * mm, 24 * mm, 34 * mm, 13 * mm, 15 * mm, 13 * mm, 13 * mm, 13 * mm, 17 * mm,
                                    22 * mm], right_cols=(3, 4, 5, 6, 7, 8, 9)))
    if uncounted:
        story += [Spacer(1, 3 * mm), Paragraph(esc(f"未盘点 {uncounted} 行：过账时保持账面数量，除非逐行确认或注明原因核销。"),
                                               st.body)]
    story += [Spacer(1, 8 * mm), Paragraph("盘点人：__________　　复核人：__________　　审批：__________", st.body)]
    return build_pdf(story, title=f"盘点差异 {info.number}", footer=info.number)
