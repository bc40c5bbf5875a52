"""A price list is read and checked with no transaction open: the store keeps scanning meanwhile."""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal as D

import pytest
from openpyxl import Workbook

import services.parts.pricelist as pricelist_module
from services.parts.stock import NewPart

ROWS = 20_000
OIL_EAN = "6901234567892"


def write_big_list(path, rows: int = ROWS) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("价格表")
    ws.append(["零件号", "名称", "品牌", "类别", "单位", "成本价", "零售价"])
    for i in range(rows):
        ws.append([f"5Q0{i:07d}", f"速腾前刹车片{i % 50}", "大众", "制动", "套", 100 + i % 900, 180 + i % 1500])
    wb.save(path)


@pytest.fixture
def oil(ctx, admin):
    return ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                                barcodes=[OIL_EAN]))


def _run_while_reading(ctx, admin, path, *, dry_run: bool, during) -> object:
    """Run the price list in a thread; call ``during()`` here once the thread is reading the workbook,
    while the thread waits for it to return. Returns the import's result."""
    reading = threading.Event()
    done_meanwhile = threading.Event()
    out: dict[str, object] = {}

    def progress(rows: int, _total: int) -> None:
        if rows < ROWS and not reading.is_set():  # called every 5,000 rows read, mid-workbook
            reading.set()
            done_meanwhile.wait(60)

    def work() -> None:
        try:
            sup = ctx.parts.create_supplier(admin, "一汽大众配件中心") if not dry_run else None
            out["result"] = ctx.parts_pricelist.import_file(admin, path, dry_run=dry_run, progress=progress,
                                                            supplier_id=sup.id if sup else None)
        except BaseException as exc:  # handed to the test's thread
            out["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    try:
        assert reading.wait(120), "the price list never reported reading"
        during()
    finally:
        done_meanwhile.set()
        thread.join(120)
    assert not thread.is_alive()
    if "error" in out:
        raise out["error"]  # type: ignore[misc]
    return out["result"]


def test_a_receiving_scan_commits_while_a_large_price_list_preview_is_read(ctx, admin, oil, tmp_path):
    book = tmp_path / "pricelist.xlsx"
    write_big_list(book)
    grn = ctx.parts_receiving.open_receipt(admin)
    scanned = []

    def scan() -> None:  # before: "database is locked" after 5 s, the preview holding the write lock
        scanned.append(ctx.parts_receiving.scan(admin, grn.id, OIL_EAN, uuid.uuid4().hex))

    result = _run_while_reading(ctx, admin, book, dry_run=True, during=scan)
    assert len(scanned) == 1
    assert ctx.parts.part(admin, oil.id).on_hand == D("1.000")  # the scan counted while the list was read
    assert (result.rows, result.new, result.changed, len(result.errors)) == (ROWS, ROWS, 0, 0)
    assert ctx.parts.search(admin, "5Q0") == []  # a preview saves nothing


def test_an_adjustment_commits_while_a_large_price_list_import_reads_its_workbook(ctx, admin, oil, tmp_path):
    book = tmp_path / "pricelist.xlsx"
    write_big_list(book)

    def adjust() -> None:
        ctx.parts.adjust(admin, oil.id, 3, "found on the shelf")

    result = _run_while_reading(ctx, admin, book, dry_run=False, during=adjust)
    assert ctx.parts.part(admin, oil.id).on_hand == D("3.000")
    assert result.new == ROWS
    assert ctx.parts.find_by_code(admin, "5Q00019999").retail_price == D("679.00")  # 180 + 19999 % 1500
    assert ctx.parts.verify() == []


def test_a_part_created_between_the_preview_read_and_the_write_is_compared_not_inserted_twice(
        ctx, admin, oil, tmp_path, monkeypatch):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("价格表")
    ws.append(["零件号", "名称", "成本价", "零售价"])
    ws.append(["5Q0615301F", "前制动盘", 200, 360])
    ws.append(["06A115561B", "机油滤清器", 30, 62])
    book = tmp_path / "small.xlsx"
    wb.save(book)
    real = pricelist_module._existing
    calls = []

    def master_read(s):
        found = real(s)
        calls.append(len(found))
        if len(calls) == 1:  # another PC adds the disc after the import compared the list, before it writes
            ctx.parts.create_part(admin, NewPart("5Q0615301F", "前制动盘", cost=D("200.00"),
                                                 retail_price=D("340.00")))
        return found

    monkeypatch.setattr(pricelist_module, "_existing", master_read)
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心")
    result = ctx.parts_pricelist.import_file(admin, book, supplier_id=sup.id)
    assert calls == [1, 2]  # read for the comparison, and again inside the write
    assert (result.new, result.changed) == (0, 2)  # the disc is now a price change, not a second disc
    disc = ctx.parts.find_by_code(admin, "5Q0615301F")
    assert disc.retail_price == D("360.00")
    assert ctx.parts.part(admin, oil.id).retail_price == D("62.00")
