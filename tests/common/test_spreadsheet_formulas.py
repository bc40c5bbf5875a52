"""No workbook the product writes carries a formula from user data (formula / CSV injection)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from types import SimpleNamespace

import pytest
from openpyxl import Workbook, load_workbook

from reports.common.cells import is_formula_like, safe_row, safe_text
from reports.parts.workbooks import pricelist_changes_xlsx
from reports.tools.documents import losses_workbook
from services.customers.service import CustomerInput
from services.customers.workbook import FIELDS, guess_mapping, read_workbook

HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "=cmd|' /C calc'!A0"
PAYLOADS = [HYPERLINK, DDE, "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)"]


def cells_by_value(data: bytes) -> dict[object, object]:
    """Every non-empty cell of every sheet, by its value (as openpyxl reads the file back)."""
    wb = load_workbook(BytesIO(data))
    return {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}


def assert_text_not_formula(cell) -> None:
    assert cell.data_type == "s", f"{cell.value!r} was written as {cell.data_type!r}"
    assert cell.quotePrefix  # stays text when someone edits it in Excel


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_is_written_as_text_exactly_as_typed(payload):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    ws.append(safe_row(ws, [payload, "张伟"]))
    buf = BytesIO()
    wb.save(buf)
    cell = cells_by_value(buf.getvalue())[payload]
    assert_text_not_formula(cell)
    assert "<f>" not in _sheet_xml(buf.getvalue())


def _sheet_xml(data: bytes) -> str:
    import zipfile

    with zipfile.ZipFile(BytesIO(data)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_plain_text_and_numbers_are_left_alone():
    assert not is_formula_like("张伟") and not is_formula_like(-5) and not is_formula_like(None)
    assert safe_text("-5") == "'-5" and safe_text("张伟") == "张伟" and safe_text(-5) == -5
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    ws.append(safe_row(ws, ["张伟", -5, Decimal("-12.50"), date(2026, 1, 2)]))
    buf = BytesIO()
    wb.save(buf)
    row = next(load_workbook(BytesIO(buf.getvalue())).active.iter_rows())
    assert [c.data_type for c in row] == ["s", "n", "n", "d"]
    assert row[1].value == -5 and row[2].value == -12.5
    assert not row[0].quotePrefix


def test_customer_named_like_a_formula_is_exported_as_that_text_and_imports_back(ctx, admin):
    ctx.customers.create_customer(admin, CustomerInput(name=HYPERLINK, mobile="13812341234", address=DDE,
                                                       notes="@SUM(1+1)"))
    data = ctx.customers.export_workbook(admin, [f.label for f in FIELDS])
    cells = cells_by_value(data)
    for payload in (HYPERLINK, DDE, "@SUM(1+1)"):
        assert_text_not_formula(cells[payload])
    assert "<f>" not in _sheet_xml(data)
    # the file still reads back as what was typed (the import sees the name, not a formula result)
    sheet = read_workbook(data)
    mapping = guess_mapping(sheet.headers)
    _, values = sheet.rows[0]
    assert (values[mapping["name"]], values[mapping["address"]]) == (HYPERLINK, DDE)


def test_tool_losses_workbook_keeps_a_formula_like_note_as_text_and_numbers_as_numbers():
    row = SimpleNamespace(reported_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC), item_number="T-1",
                          item_name=DDE, kind="lost", borrower_name="-李四", loan_number="L-1",
                          item_cost=Decimal("100.00"), charge_amount=Decimal("-20.00"), repair_order="",
                          status="open", note=HYPERLINK)
    data = losses_workbook([row], date(2026, 11, 1), date(2026, 11, 30))
    cells = cells_by_value(data)
    for payload in (DDE, HYPERLINK, "-李四"):
        assert_text_not_formula(cells[payload])
    assert cells[-20].data_type == "n"  # a negative charge is still a number


def test_price_list_change_report_keeps_formula_like_part_names_as_text():
    change = SimpleNamespace(kind="new", number="06A115561B", name=HYPERLINK, new_cost=Decimal("10"),
                             new_retail=Decimal("-1.5"))
    error = SimpleNamespace(row=3, message=DDE)
    data = pricelist_changes_xlsx(SimpleNamespace(changes=[change], errors=[error], warnings=[], rows=2, new=0,
                                                  changed=1, unchanged=0, saved=True, skipped=1, clerk=HYPERLINK,
                                                  supplier=""))
    cells = cells_by_value(data)
    assert_text_not_formula(cells[HYPERLINK])
    assert_text_not_formula(cells[DDE])
    assert cells[-1.5].data_type == "n"
