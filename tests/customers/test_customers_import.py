"""Importing the customer file from Excel: mapping, preview, per-row errors, all or nothing; the CLI."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.db.base import Base
from services.common.errors import PermissionDenied
from services.common.identifiers import make_vin
from services.customers.importing import ImportRejected
from services.customers.service import CustomerInput, VehicleInput
from services.customers.workbook import FIELDS, guess_mapping, read_workbook
from services.users.permissions import Actor, Role
from tests.cli_helpers import sign_in

HEADERS = ["客户名称", "手机号码", "车牌号", "车架号", "品牌", "车型", "购车日期", "行驶里程", "标签", "营销同意"]


def good_row(i: int) -> list:
    return [f"测试客户{i}", f"139{i:08d}", f"沪A{i:05d}", make_vin(f"LSVAB2BM0JN{i:06d}"), "上汽大众", "朗逸",
            "2023-05-01", 10000 + i, "导入,VIP" if i % 10 == 0 else "", "是" if i % 2 else "否"]


KNOWN_VIN = make_vin("LFV3A23C0H3098765")


def bad_rows() -> list[tuple[list, str]]:
    """Twenty rows, each with exactly one fault, and the column the report must name."""
    rows = []
    for k in range(5):  # wrong VIN check character
        r = good_row(5000 + k)
        vin = r[3]
        r[3] = vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]
        rows.append((r, "车架号"))
    for k in range(3):  # I is not used on plates
        r = good_row(5100 + k)
        r[2] = "京AI2345"
        rows.append((r, "车牌号"))
    for k in range(3):
        r = good_row(5200 + k)
        r[1] = "1381234"
        rows.append((r, "手机号码"))
    for k in range(3):
        r = good_row(5300 + k)
        r[0] = ""
        rows.append((r, "客户名称"))
    for k in range(2):
        r = good_row(5400 + k)
        r[6] = "去年春天"
        rows.append((r, "购车日期"))
    for k in range(2):  # the VIN of an earlier good row of the same file
        r = good_row(5500 + k)
        r[3] = good_row(k)[3]
        rows.append((r, "车架号"))
    for k in range(2):  # a VIN already in the customer file
        r = good_row(5600 + k)
        r[3] = KNOWN_VIN if k == 0 else make_vin("LFV3A23C0H3098766")
        rows.append((r, "车架号"))
    return rows


def workbook(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def snapshot(db) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


@pytest.fixture
def known(ctx, admin):
    ctx.customers.create_customer(admin, CustomerInput(name="老客户", mobile="13511112222"), vehicles=[
        VehicleInput(vin=KNOWN_VIN), VehicleInput(vin=make_vin("LFV3A23C0H3098766"))])


def test_headers_in_chinese_or_english_are_mapped():
    mapping = guess_mapping(HEADERS)
    assert mapping == {"name": 0, "mobile": 1, "plate": 2, "vin": 3, "brand": 4, "model": 5, "purchase_date": 6,
                       "odometer": 7, "tags": 8, "consent": 9}
    assert guess_mapping([f.label for f in FIELDS]) == {f.name: i for i, f in enumerate(FIELDS)}


def test_1000_good_and_20_bad_rows_report_exactly_the_20_and_import_nothing(ctx, admin, known):
    good = [good_row(i) for i in range(1000)]
    bad = bad_rows()
    rows = good[:500] + [r for r, _ in bad] + good[500:]
    expected = {502 + i: column for i, (_, column) in enumerate(bad)}  # header is row 1
    sheet = read_workbook(workbook(rows))
    mapping = guess_mapping(sheet.headers)

    preview = ctx.customers.preview_import(admin, sheet, mapping)
    assert {e.row: e.column for e in preview.errors} == expected
    assert len(preview.errors) == 20
    assert preview.new_customers == 1000 and preview.new_vehicles == 1000

    before = snapshot(ctx.db)
    with pytest.raises(ImportRejected) as err:
        ctx.customers.import_sheet(admin, sheet, mapping, file_name="old-dms.xlsx")
    assert sorted(e.row for e in err.value.errors) == sorted(expected)
    assert snapshot(ctx.db) == before  # not a row written, not even an audit entry

    # the same workbook without its bad rows goes in whole
    result = ctx.customers.import_sheet(admin, read_workbook(workbook(good)), mapping, file_name="old-dms.xlsx")
    assert (result.customers_created, result.vehicles_created, result.rows) == (1000, 1000, 1000)
    hit = ctx.customers.search(admin, "A00777")[0]
    assert hit.name == "测试客户777" and hit.mobile == "13900000777"
    c = ctx.customers.customer(admin, hit.customer_id)
    assert c.tags == () and c.marketing_consent is True and c.vehicles[0].last_odometer == 10777
    assert ctx.customers.customer(admin, ctx.customers.search(admin, "A00010")[0].customer_id).tags == ("VIP", "导入")
    [entry] = ctx.audit.entries(admin, action_prefix="customers.import")
    assert entry.details["created"] == 1000


def test_rows_of_one_customer_become_one_customer_with_two_vehicles(ctx, admin):
    a, b = good_row(1), good_row(2)
    b[0], b[1] = a[0], a[1]
    result = ctx.customers.import_sheet(admin, read_workbook(workbook([a, b])), guess_mapping(HEADERS))
    assert (result.customers_created, result.vehicles_created) == (1, 2)


def test_a_row_matching_a_customer_on_file_adds_the_vehicle_to_them(ctx, admin, known):
    r = good_row(3)
    r[0], r[1] = "老客户", "13511112222"
    result = ctx.customers.import_sheet(admin, read_workbook(workbook([r])), guess_mapping(HEADERS))
    assert (result.customers_created, result.customers_matched, result.vehicles_created) == (0, 1, 1)
    assert ctx.customers.search(admin, "A00003")[0].name == "老客户"


def test_export_then_import_gives_back_the_same_file(ctx, admin, known, empty_db):
    data = ctx.customers.export_workbook(admin, [f.label for f in FIELDS])
    ws = load_workbook(BytesIO(data)).active
    assert ws.max_row == 3  # header and two vehicles
    from app.context import AppContext
    from tests.conftest import FAST_HASHER

    other_db = empty_db.__class__(empty_db.engine_name, empty_db.tmp_path / "other")
    (empty_db.tmp_path / "other").mkdir()
    try:
        db2 = other_db.open()
        Base.metadata.create_all(db2.engine)
        ctx2 = AppContext(db2, ctx.clock, hasher=FAST_HASHER)
        sheet = read_workbook(data)
        result = ctx2.customers.import_sheet(Actor.system(), sheet, guess_mapping(sheet.headers))
        assert (result.customers_created, result.vehicles_created) == (1, 2)
        assert ctx2.customers.search(Actor.system(), KNOWN_VIN[-6:])[0].name == "老客户"
    finally:
        other_db.cleanup()


def test_importing_needs_the_edit_permission(ctx, admin):
    with pytest.raises(PermissionDenied):
        ctx.customers.preview_import(Actor.for_roles(None, "t", "t", [Role.TECHNICIAN]),
                                     read_workbook(workbook([good_row(1)])), guess_mapping(HEADERS))


def test_a_file_that_is_not_a_workbook_is_refused_plainly():
    from services.common.errors import ValidationError

    with pytest.raises(ValidationError):
        read_workbook("name,mobile\n张伟,13812341234\n".encode())


def test_cli_imports_and_exports_without_a_screen(empty_db, tmp_path, capsys):
    from app.cli import main
    from app.context import AppContext

    src = tmp_path / "in.xlsx"
    src.write_bytes(workbook([good_row(i) for i in range(5)]))
    url = empty_db.url()  # a new database: the command migrates it
    me = sign_in(tmp_path)
    assert main(["--db", url, "init", "--station", "测试站", "--admin", "admin", "--password-file", me[-1]]) == 0
    assert main(["--db", url, "--lang", "en", "import", "customers", str(src), *me]) == 0
    assert "Imported 5 customers" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(workbook([good_row(10), bad_rows()[5][0]]))
    assert main(["--db", url, "--lang", "en", "import", "customers", str(bad), *me]) == 1
    err = capsys.readouterr().err
    assert "Row 3, column 车牌号" in err
    out = tmp_path / "out.xlsx"
    assert main(["--db", url, "--lang", "en", "export", "customers", "-o", str(out), "--purpose", "备份", *me]) == 0
    assert load_workbook(out).active.max_row == 6
    ctx, _ = AppContext.open(url)
    try:
        entries = ctx.audit.entries(Actor.system(), action_prefix="customers.")
        assert [e.action for e in entries] == ["customers.export", "customers.import"]
        assert all(e.details["via"].startswith("cli") for e in entries)
        assert [e.username for e in entries] == ["admin", "admin"]  # the person signed in, not "system"
        assert entries[0].details["purpose"] == "备份"
    finally:
        ctx.close()


def test_export_writes_coded_values_in_chinese_and_reads_them_back(ctx, admin, empty_db):
    from datetime import date

    c = ctx.customers.create_customer(admin, CustomerInput(name="星辰物流有限公司", kind="company",
                                                           mobile="13600001111", credit_code="91310000775785552L"))
    ctx.customers.set_marketing_consent(admin, c.id, True, "wechat", date(2026, 1, 5))
    data = ctx.customers.export_workbook(admin, [f.label for f in FIELDS])
    ws = load_workbook(BytesIO(data)).active
    header = [cell.value for cell in ws[1]]
    row = {h: cell.value for h, cell in zip(header, ws[2], strict=True)}
    by_name = {f.name: f.label for f in FIELDS}
    assert row[by_name["kind"]] == "单位"
    assert row[by_name["consent"]] == "是" and row[by_name["consent_channel"]] == "微信"
    english = load_workbook(BytesIO(ctx.customers.export_workbook(admin, [f.label for f in FIELDS],
                                                                  language="en"))).active
    assert [cell.value for cell in english[2]][header.index(by_name["kind"])] == "company"

    from app.context import AppContext
    from tests.conftest import FAST_HASHER

    other = empty_db.__class__(empty_db.engine_name, empty_db.tmp_path / "zh")
    (empty_db.tmp_path / "zh").mkdir()
    try:
        db2 = other.open()
        Base.metadata.create_all(db2.engine)
        ctx2 = AppContext(db2, ctx.clock, hasher=FAST_HASHER)
        sheet = read_workbook(data)
        ctx2.customers.import_sheet(Actor.system(), sheet, guess_mapping(sheet.headers))
        hit = ctx2.customers.search(Actor.system(), "星辰物流")[0]
        back = ctx2.customers.customer(Actor.system(), hit.customer_id)
        assert back.kind == "company" and back.marketing_consent and back.consent_channel == "wechat"
    finally:
        other.cleanup()


def test_other_desks_save_while_a_large_import_reads_and_checks_its_rows(ctx, admin):
    """The import holds no write lock while it reads and checks the workbook: a customer saved at
    another desk meanwhile commits at once, and the import then gives that customer the row's car."""
    import threading

    rows = [good_row(i) for i in range(2000)]
    sheet = read_workbook(workbook(rows))
    pauses = {0: (threading.Event(), threading.Event()), len(rows): (threading.Event(), threading.Event())}

    def progress(done: int, total: int) -> None:
        if done in pauses:  # reading the first row; every row checked, the write not begun
            reached, go_on = pauses.pop(done)
            reached.set()
            assert go_on.wait(timeout=60)

    outcome: dict = {}
    steps = list(pauses.values())

    def run() -> None:
        try:
            outcome["result"] = ctx.customers.import_sheet(admin, sheet, guess_mapping(HEADERS), progress=progress)
        except BaseException as exc:  # noqa: BLE001 (handed to the test's thread)
            outcome["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    saved = []
    try:
        for (reached, go_on), (name, mobile) in zip(steps, [("前台客户", "13700001111"), ("测试客户7", "13900000007")],
                                                      strict=True):
            assert reached.wait(timeout=60)
            saved.append(ctx.customers.create_customer(admin, CustomerInput(name=name, mobile=mobile)))
            assert ctx.customers.search(admin, mobile)[0].customer_id == saved[-1].id  # committed, readable
            go_on.set()
    finally:
        for _, go_on in steps:
            go_on.set()
        worker.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert (result.customers_created, result.customers_matched, result.vehicles_created) == (1999, 1, 2000)
    car = ctx.customers.customer(admin, saved[1].id).vehicles
    assert [v.plate for v in car] == ["沪A00007"]
