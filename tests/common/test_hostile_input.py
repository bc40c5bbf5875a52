"""Property: hostile input into the services' entry points is refused in words, and nothing is half written.

Hypothesis mixes ordinary text with what breaks drivers and parsers: NUL (PostgreSQL refuses it in
text), lone surrogates (no encoding carries them), U+10FFFF, huge and odd numbers ("1e16", "NaN",
"-0", 10**20, a hundred digits) and empty keys. Every call either succeeds with the data read back
intact, or raises one of the app's own errors (``ServiceError``) with a message; never a driver's or
Python's exception, and the tables it would write hold what they held before. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import time
import zipfile
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.db.models.customers import Customer
from app.db.models.parts import Part, StockMove
from app.db.models.tools import ToolItem
from services.common.errors import ServiceError
from services.customers.model import CustomerInput
from services.job_cards.listing import ListFilter
from services.parts.stock import NewPart
from services.tools.data import ToolItemInput

FAST = settings(max_examples=50, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

HOSTILE = ["\x00", "\ud800", "\udfff", "\U0010ffff", "\ufffe", "\u202e", "\t", "\n", "%", "_", "\\", "'", "\"",
           "　", "０", "沪", "A"]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=3)), max_size=6).map("".join)
numbers = st.one_of(
    st.sampled_from(["1e16", "1e40", "1e-40", "NaN", "-NaN", "sNaN", "-0", "Infinity", "-inf", "1e999999999",
                     "9" * 100, "0." + "0" * 60 + "1", "1,2,3", "１２．５", "\x00", "1\x00", "\ud800", "", " ",
                     "0x10", "1_000", "--1", "+-1"]),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(alphabet="0123456789.-+eE,", max_size=12),
)

# code hands the services Decimal, int or the text typed; a float is a programming error (TypeError)
typed_numbers = numbers.filter(lambda v: not isinstance(v, float))


def _count(ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def refused_or_done(call):
    """The call's result, or None when it was refused with one of the app's errors and a message."""
    try:
        return call()
    except ServiceError as exc:
        assert exc.message().strip(), f"{type(exc).__name__} without a message"
        return None


def storable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心")
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                               barcodes=["6901234567892"]))
    grn = ctx.parts_receiving.open_receipt(admin, supplier_id=sup.id)
    return sup, oil, grn


# ---- text into the searches and the sign-in --------------------------------------------------------


@FAST
@given(text=hostile_text)
def test_every_search_box_answers_or_refuses_in_words(ctx, admin, store, text):
    refused_or_done(lambda: ctx.users.authenticate(text, "whatever-1"))
    refused_or_done(lambda: ctx.customers.search(admin, text))
    refused_or_done(lambda: ctx.customers.find_duplicates(admin, mobile=text))
    refused_or_done(lambda: ctx.customers.find_duplicates(admin, vin=text))
    refused_or_done(lambda: ctx.parts.search(admin, text))
    refused_or_done(lambda: ctx.parts.find_by_code(admin, text))
    refused_or_done(lambda: ctx.tools.list_items(admin, search=text))
    refused_or_done(lambda: ctx.tools.find_item(admin, text))
    refused_or_done(lambda: ctx.job_cards.list_cards(admin, ListFilter(text=text)))
    refused_or_done(lambda: ctx.job_cards.find_vehicles(admin, text))
    refused_or_done(lambda: ctx.job_cards.card_by_number(admin, text))
    refused_or_done(lambda: ctx.job_cards.catalogue.lookup(admin, text, day=ctx.clock.today()))
    refused_or_done(lambda: ctx.claims.claims(admin, text=text))
    refused_or_done(lambda: ctx.settlement.statement_by_number(admin, text))
    refused_or_done(lambda: ctx.parts_stocktake.find(admin, text))


# ---- text saved: names, remarks, plates, part numbers ------------------------------------------------


@FAST
@given(name=hostile_text, notes=hostile_text)
def test_a_customer_is_saved_whole_or_refused_whole(ctx, admin, name, notes):
    before = _count(ctx, Customer)
    info = refused_or_done(lambda: ctx.customers.create_customer(admin, CustomerInput(name=name or "张三", notes=notes,
                                                                                       mobile="13800138000")))
    if info is None:
        assert _count(ctx, Customer) == before
        return
    assert storable(name) and storable(notes), "stored text that the database cannot hold"
    back = ctx.customers.customer(admin, info.id)
    assert back.notes.strip() == notes.strip()


@FAST
@given(number=hostile_text, name=hostile_text)
def test_a_part_is_saved_whole_or_refused_whole(ctx, admin, number, name):
    before = _count(ctx, Part)
    info = refused_or_done(lambda: ctx.parts.create_part(admin, NewPart(number, name or "滤清器")))
    if info is None:
        assert _count(ctx, Part) == before
    else:
        assert storable(info.number) and storable(info.name_zh)


@FAST
@given(name=hostile_text, code=hostile_text)
def test_a_tool_is_saved_whole_or_refused_whole(ctx, admin, name, code):
    before = _count(ctx, ToolItem)
    info = refused_or_done(lambda: ctx.tools.add_item(admin, ToolItemInput(name=name or "扳手", barcode=code,
                                                                            location=name)))
    if info is None:
        assert _count(ctx, ToolItem) == before


# ---- scans: codes, scan keys, quantities --------------------------------------------------------------


@FAST
@given(code=st.one_of(hostile_text, st.just("6901234567892")), key=st.one_of(hostile_text, st.just("")),
       qty=st.one_of(typed_numbers, st.just(1)))
def test_a_receiving_scan_books_once_or_nothing(ctx, admin, store, code, key, qty):
    _, _, grn = store
    before = _count(ctx, StockMove)
    first = refused_or_done(lambda: ctx.parts_receiving.scan(admin, grn.id, code, key, qty))
    after = _count(ctx, StockMove)
    assert after == before + (first is not None and not first.replayed)  # a key drawn again is a replay
    # the same scan again (a double press, a second PC): never a second move, never a raw error;
    # without a scan key (typed, or a scanner that sends none) it is a second box and is booked again
    second = refused_or_done(lambda: ctx.parts_receiving.scan(admin, grn.id, code, key, qty))
    if key:
        assert _count(ctx, StockMove) == after
    else:
        assert (second is None) == (first is None)
        assert _count(ctx, StockMove) == after + (second is not None)


@FAST
@given(code=st.one_of(hostile_text, st.just("6901234567892")), bin_code=st.one_of(hostile_text, st.just("A-01-03")),
       key=st.one_of(hostile_text, st.just("")), qty=st.one_of(typed_numbers, st.just(1)))
def test_a_stocktake_scan_counts_or_refuses(ctx, admin, store, code, bin_code, key, qty):
    if not hasattr(ctx, "_hostile_count"):
        ctx._hostile_count = ctx.parts_stocktake.start(admin, bin_prefix="A-01")
    sheet = ctx._hostile_count
    for _ in range(2):  # a double press
        refused_or_done(lambda: ctx.parts_stocktake.count(admin, sheet.id, code, bin_code=bin_code, qty=qty,
                                                          scan_key=key))
    refused_or_done(lambda: ctx.parts_stocktake.start(admin, bin_prefix=bin_code, category=code))


@FAST
@given(code=hostile_text, key=st.one_of(hostile_text, st.just("")))
def test_a_tool_desk_scan_lends_or_refuses(ctx, admin, code, key):
    from tests.tools.fixtures import make_station

    if not hasattr(ctx, "_hostile_station"):
        ctx._hostile_station = make_station(ctx, admin)
    station = ctx._hostile_station
    for barcode in (code, "T0005"):
        refused_or_done(lambda b=barcode: ctx.tools.lend(admin, station.borrower_id, b, key))
        refused_or_done(lambda b=barcode: ctx.tools.return_item(admin, b, key))
    refused_or_done(lambda: ctx.tools.borrower_by_badge(admin, code))


@FAST
@given(value=numbers)
def test_amounts_and_quantities_are_read_or_refused_in_words(ctx, admin, store, value):
    from services.common.amounts import read_money, read_quantity, read_rate

    for read in (read_money, read_quantity, read_rate):
        got = refused_or_done(lambda r=read: r(value))
        if got is not None:
            assert got.is_finite() and not got.is_signed() or got < 0, got  # "-0" reads as 0
    if isinstance(value, float):  # what openpyxl hands the readers; code never passes money as float
        return
    sup, oil, grn = store
    refused_or_done(lambda: ctx.parts_receiving.receive(admin, grn.id, oil.id, value, unit_cost=value))
    refused_or_done(lambda: ctx.parts.create_part(admin, NewPart("X" + str(abs(hash(str(value))))[:10], "测试",
                                                                 cost=value, retail_price=value)))


# ---- workbooks that are not -------------------------------------------------------------------------


def _xlsx(path, sheet: bytes | None = None, sheet_size: int = 0, corrupt: bool = False) -> None:
    """A minimal workbook; ``sheet_size`` bytes of blank XML in its sheet when given (a zip bomb)."""
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        b'+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
        b'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    head = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Part number</t></is></c></row>')
    tail = b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(head)
            if sheet is not None:
                f.write(sheet)
            chunk = b" " * (1 << 20)
            for _ in range(sheet_size >> 20):
                f.write(chunk)
            f.write(tail)


@pytest.mark.parametrize("kind", ["text", "empty", "truncated", "zip bomb", "not a sheet"])
def test_a_price_list_that_is_not_a_workbook_is_refused_in_words(ctx, admin, store, tmp_path, kind):
    path = tmp_path / "pricelist.xlsx"
    if kind == "text":
        path.write_text("零件号,价格\n06A115561B,30\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":  # a workbook cut in the middle of its sheet (a copy that stopped)
        rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>P%08d</t></is></c></row>' % (i, i, i)
                        for i in range(2, 20000))
        _xlsx(path, sheet=rows)
        data = path.read_bytes()
        start = data.index(b"xl/worksheets/sheet1.xml") + 200
        path.write_bytes(data[:start] + bytes(b ^ 0x5A for b in data[start:start + 2000]) + data[start + 2000:])
    elif kind == "zip bomb":  # 600 MB of sheet in a file of 600 kB
        _xlsx(path, sheet_size=600 << 20)
        assert path.stat().st_size < 1 << 20
    else:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "not a workbook")
    before = _count(ctx, Part)
    started = time.monotonic()
    with pytest.raises(ServiceError) as refused:
        ctx.parts_pricelist.import_file(admin, path, supplier_id=store[0].id)
    assert time.monotonic() - started < 10
    assert "pricelist.xlsx" in refused.value.message()
    assert _count(ctx, Part) == before


# ---- people, cars and job cards ---------------------------------------------------------------------


@FAST
@given(username=hostile_text, name=hostile_text, password=hostile_text)
def test_a_user_is_created_and_signs_in_whole_or_is_refused(ctx, admin, username, name, password):
    from app.db.models.users import User
    from services.users.permissions import Role

    before = _count(ctx, User)
    info = refused_or_done(lambda: ctx.users.create_user(admin, username, name or "王师傅", password + "-pass-12",
                                                         [Role.TECHNICIAN]))
    if info is None:
        assert _count(ctx, User) == before
        return
    assert storable(info.username) and storable(info.display_name)
    assert ctx.users.authenticate(info.username, password + "-pass-12").user_id == info.id
    refused_or_done(lambda: ctx.users.authenticate(info.username, password))


@FAST
@given(plate=hostile_text, colour=hostile_text)
def test_a_car_is_saved_whole_or_refused_whole(ctx, admin, plate, colour):
    from app.db.models.customers import Vehicle
    from services.customers.model import VehicleInput
    from tests.job_cards.fixtures import VIN

    before = (_count(ctx, Customer), _count(ctx, Vehicle))
    info = refused_or_done(lambda: ctx.customers.create_customer(
        admin, CustomerInput(name="陈志强", mobile="13912345678"),
        vehicles=[VehicleInput(vin=VIN, plate=plate, colour=colour, brand="上汽大众", model="帕萨特")]))
    if info is None:
        assert (_count(ctx, Customer), _count(ctx, Vehicle)) == before
        return
    with ctx.db.write() as s:  # the next example may save the same VIN again
        s.query(Vehicle).delete()


@FAST
@given(words=hostile_text, valuables=hostile_text, code=hostile_text, key=st.one_of(hostile_text, st.just("")),
       qty=st.one_of(typed_numbers, st.just(1)))
def test_a_job_card_keeps_its_remarks_or_refuses_and_its_parts_scans_book_once(ctx, admin, words, valuables, code,
                                                                              key, qty):
    from app.db.models.job_cards import JobCard
    from tests.job_cards.fixtures import make_station

    if not hasattr(ctx, "_hostile_cards"):
        ctx._hostile_cards = make_station(ctx, admin)
    st_ = ctx._hostile_cards
    before = _count(ctx, JobCard)
    card = refused_or_done(lambda: ctx.job_cards.open_card(st_.advisor, st_.intake(customer_words=words,
                                                                                   valuables=valuables)))
    if card is None:
        assert _count(ctx, JobCard) == before
        return
    assert storable(words + valuables), "a card holds text the database cannot hold"
    back = ctx.job_cards.card(admin, card.id)
    assert (back.customer_words.strip(), back.valuables.strip()) == (words.strip(), valuables.strip())
    moves = _count(ctx, StockMove)
    for scan in (code, "06L115562B"):
        first = refused_or_done(lambda c=scan: ctx.job_cards.issue_part(st_.storekeeper, card.number, c, qty=qty,
                                                                        scan_key=key))
        again = refused_or_done(lambda c=scan: ctx.job_cards.issue_part(st_.storekeeper, card.number, c, qty=qty,
                                                                        scan_key=key))
        assert again is None or first is not None
    assert _count(ctx, StockMove) >= moves
