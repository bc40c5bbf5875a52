"""Labels decode with a real barcode reader; documents say what they should; workbooks read back."""

from __future__ import annotations

import io
import uuid
from datetime import timedelta
from decimal import Decimal as D

import openpyxl
import pdfplumber
import pytest
from pypdf import PdfReader

from app.cli import main as cli_main
from reports.parts.documents import goods_received_pdf, purchase_order_pdf, stocktake_sheet_pdf
from reports.parts.labels import mixed_labels_pdf, part_labels_pdf, thermal_labels_pdf
from reports.parts.workbooks import purchase_order_xlsx, store_workbook
from services.parts.stock import NewPart
from services.station.settings import StationSettings
from tests.cli_helpers import sign_in
from tests.conftest import ADMIN_PASSWORD
from tests.document_helpers import decode_pdf


def _decode(pdf_path) -> list[str]:
    """Render the PDF at 300 dpi and read every Code 128 barcode, page by page.

    300 dpi as a 300-dpi thermal or office laser printer prints it: at 200 dpi a 0.33 mm module is
    2.6 pixels, and zxing-cpp misreads the bin labels' '-' (zbar used to pass them).
    """
    return [code for page in decode_pdf(pdf_path, code128_only=True, dpi=300) for code in page]


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return "".join(text.split())  # narrow table cells wrap: compare without line breaks and spaces


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", address="长春市东风大街8号")
    parts = [
        ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", brand="大众", cost=D("30.00"),
                                             retail_price=D("58.00"), bin="A-01-03", min_stock=D(5), quota=D(10))),
        ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", brand="大众", cost=D("210.00"),
                                             retail_price=D("380.00"), bin="B-02-01")),
        ctx.parts.create_part(admin, NewPart("L4F0-698-151-AB", "后刹车盘总成（左）", brand="奥迪", cost=D("560.00"),
                                             bin="C-10-12")),
    ]
    return sup, parts


def test_cli_printed_labels_decode_back_to_their_part_numbers(tmp_path):
    from app.context import AppContext
    from services.users.permissions import Actor

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    cli_ctx, _ = AppContext.open(url)  # a database as the app makes it: by migrations
    system = Actor.system()
    cli_ctx.station.set_up(StationSettings(name="测试站"), "admin", "管理员", ADMIN_PASSWORD, today=cli_ctx.clock.today())
    for number, name in (("06A115561B", "机油滤清器"), ("1K0698151A", "前刹车片"), ("L4F0-698-151-AB", "后刹车盘总成（左）")):
        cli_ctx.parts.create_part(system, NewPart(number, name, bin="A-01-03"))
    cli_ctx.close()
    out = tmp_path / "labels.pdf"
    code = cli_main(["--db", url, "print", "labels", "--parts", "06A115561B,1K0698151A,L4F0-698-151-AB", "-o", str(out),
                     *sign_in(tmp_path)])
    assert code == 0
    assert sorted(_decode(out)) == sorted(["06A115561B", "1K0698151A", "L4F0-698-151-AB"])
    assert "机油滤清器" in _text(out.read_bytes())


def test_thermal_and_bin_labels_decode(ctx, admin, store, tmp_path):
    labels = ctx.parts.label_data(admin, ["06A115561B", "L4F0-698-151-AB"])
    bins = ctx.parts.bin_label_data(admin, ["A-01-03", "C-10-12"])
    pdf = tmp_path / "thermal.pdf"
    pdf.write_bytes(thermal_labels_pdf(labels, bins))
    assert _decode(pdf) == ["06A115561B", "L4F0-698-151-AB", "A-01-03", "C-10-12"]
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(mixed_labels_pdf(ctx.parts.label_data(admin, ["06A115561B", "1K0698151A", "L4F0-698-151-AB"]),
                                       bins))
    assert sorted(_decode(sheet)) == sorted(["06A115561B", "1K0698151A", "L4F0-698-151-AB", "A-01-03",
                                                      "C-10-12"])
    many = part_labels_pdf(ctx.parts.label_data(admin, ["1K0698151A"], copies=30))
    assert len(PdfReader(io.BytesIO(many)).pages) == 2  # sheets of 3 × 8


def test_goods_received_note_and_purchase_order_say_what_was_bought(ctx, admin, store):
    sup, (oil, pads, disc) = store
    order = ctx.parts_purchasing.create_order(admin, sup.id, [(oil.id, 2, D("31.00")), (pads.id, 1, None)],
                                              kind="urgent")
    order = ctx.parts_purchasing.send_order(admin, order.id, order.version)
    text = _text(purchase_order_pdf(ctx.parts_purchasing.order(admin, order.id)))
    assert "采购订单" in text and "紧急订单" in text and "一汽大众配件中心" in text and "272.00" in text
    grn = ctx.parts_receiving.open_receipt(admin, order_number=order.number)
    for _ in range(3):
        ctx.parts_receiving.scan(admin, grn.id, "06A115561B", uuid.uuid4().hex)
    line = ctx.parts_receiving.receipt(admin, grn.id).lines[0]
    ctx.parts_receiving.set_line(admin, line.id, inspection="passed", certificate_checked=True)
    info = ctx.parts_receiving.close_receipt(admin, grn.id, supplier_invoice="No.04417789", delivery_note="SH-7781")
    text = _text(goods_received_pdf(info))
    for needle in ("入库单", grn.number, "长春市东风大街8号", "机油滤清器", "原厂", "已查验", "合格", "+1", "93.00",
                   "未到货", "1K0698151A", "No.04417789"):
        assert needle in text, needle
    wb = openpyxl.load_workbook(io.BytesIO(purchase_order_xlsx(ctx.parts_purchasing.order(admin, order.id))))
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("订单号", "零件号", "名称", "数量")
    assert rows[1][1] == "06A115561B" and rows[1][3] == 2 and not rows[1][7]


def test_stocktake_sheet_is_blind(ctx, admin, store):
    _sup, (oil, _pads, _disc) = store
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 17)
    st = ctx.parts_stocktake.start(admin, bin_prefix="A")
    text = _text(stocktake_sheet_pdf(st, ctx.parts_stocktake.sheet(admin, st.id)))
    assert "盘点表" in text and "A-01-03" in text and "机油滤清器" in text
    assert "17" not in text.replace(st.number, "")  # the book quantity is not printed


def test_store_workbook_reads_back(ctx, admin, store, clock):
    _sup, (oil, pads, disc) = store
    grn = ctx.parts_receiving.open_receipt(admin)
    ctx.parts_receiving.receive(admin, grn.id, oil.id, 10, unit_cost=D("30.00"))
    ctx.parts_receiving.receive(admin, grn.id, disc.id, 1, unit_cost=D("560.00"))
    ctx.parts.reserve(admin, "WT202611000001", 1, oil.id, 2)
    ctx.parts.issue_to_job(admin, "WT202611000001", oil.id, 2)
    ctx.parts.counter_sale(admin, oil.id, 1, D("58.00"))
    clock.advance(days=200)
    end = clock.today()
    data = ctx.parts_reports.store_reports(admin, end - timedelta(days=364), end, slow_months=6)
    wb = openpyxl.load_workbook(io.BytesIO(store_workbook(data)))
    assert wb.sheetnames[:2] == ["库存金额", "库存明细"]
    total = [r for r in wb["库存金额"].iter_rows(values_only=True) if r[0] == "合计"][0]
    assert D(str(total[2])) == D("770.00")  # 7 × 30.00 + 560.00
    slow = list(wb["呆滞件(6个月)"].iter_rows(values_only=True))
    assert [r[0] for r in slow[1:-2]] == ["06A115561B", "L4F0-698-151-AB"]
    channels = {r[0]: r for r in list(wb["销售渠道"].iter_rows(values_only=True))[1:]}
    assert D(str(channels["柜台销售"][3])) == D("58.00") and D(str(channels["车间维修"][4])) == D("60.00")
    fill = list(wb["配件一次满足率"].iter_rows(values_only=True))
    assert fill[1][1:3] == (1, 1)
    below = [r[0] for r in wb["低于最低库存"].iter_rows(values_only=True)][1:]
    assert below == []  # 7 on hand ≥ 5


def test_price_list_import_reports_changes(ctx, admin, store, tmp_path):
    _sup, (oil, pads, disc) = store
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("价格表")
    ws.append(["零件号", "名称", "成本价", "零售价", "品牌", "条码", "替代件号"])
    ws.append(["06A115561B", "机油滤清器", 30, 62.5, "大众", None, None])  # retail 58 → 62.50
    ws.append(["1K0698151A", "前刹车片", "210.00", "380.00", "大众", None, None])  # unchanged
    ws.append(["06A115561C", "机油滤清器(新)", 31, 64, "大众", "6901234567892", None])
    ws.append(["06A 115 561 B", "重复", 1, 1, None, None, None])  # the same number twice
    ws.append(["X1", "坏价格", "abc", 1, None, None, None])
    path = tmp_path / "pricelist.xlsx"
    wb.save(path)
    refused = ctx.parts_pricelist.import_file(admin, path, supplier_id=_sup.id)  # bad rows: nothing written
    assert not refused.saved and ctx.parts.part(admin, oil.id).retail_price == D("58.00")
    result = ctx.parts_pricelist.import_file(admin, path, supplier_id=_sup.id, skip_bad=True)
    assert result.saved and result.skipped == 2
    assert (result.rows, result.new, result.changed, result.unchanged, len(result.errors)) == (5, 1, 1, 1, 2)
    assert ctx.parts.part(admin, oil.id).retail_price == D("62.50")
    assert ctx.parts.find_by_code(admin, "6901234567892").number == "06A115561C"
    change = next(c for c in result.changes if c.kind == "changed")
    assert (change.old_retail, change.new_retail) == (D("58.00"), D("62.50"))
