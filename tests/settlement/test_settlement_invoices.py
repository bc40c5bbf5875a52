"""The invoice export for the station's invoicing tool, the tax classification codes, and the invoice
number recorded back against a statement."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from app.i18n import Translate
from services.common.errors import ValidationError
from services.settlement.data import Tender
from tests.cli_helpers import sign_in
from tests.settlement.fixtures import ready_card

ZH = Translate("zh_CN")
DAY = date(2026, 11, 20)


@pytest.fixture
def settled(ctx, station):
    c = ready_card(ctx, station, payer_insurer=True)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "689.25")])
    return st


def _rows(data: bytes) -> list[tuple]:
    return list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))


def test_export_has_a_row_per_line_with_its_tax_code_and_rate(ctx, station, settled):
    inv = ctx.settlement.invoices
    inv.set_tax_code(station.admin, "part", "1090416030000000000", "汽车零部件")
    rows = _rows(inv.xlsx(station.advisor, DAY, DAY, ZH))
    header, body = rows[0], rows[1:]
    assert header[:3] == ("结算单号", "结算日期", "付款方") and "税收分类编码" in header
    col = {name: i for i, name in enumerate(header)}
    # an other charge without a name of its own is exported by its kind's name
    names = [ln.name or {"diagnosis": "诊断费"}[ln.code] for ln in settled.lines]
    assert [r[col["项目名称"]] for r in body] == names
    assert {r[col["结算单号"]] for r in body} == {settled.number}
    by_kind = dict(zip(names, (ln.kind for ln in settled.lines), strict=True))
    for r in body:
        kind = by_kind[r[col["项目名称"]]]
        assert r[col["税收分类编码"]] == {"labour": "2020000000000000000", "part": "1090416030000000000",
                                        "other": "2020000000000000000"}[kind]
        assert Decimal(str(r[col["税率"]])) == Decimal("0.13")
    total = sum(Decimal(str(r[col["金额(含税)"]])) for r in body)
    assert total == settled.total == Decimal("1009.25")
    net_tax = sum(Decimal(str(r[col["不含税金额"]])) + Decimal(str(r[col["税额"]])) for r in body)
    assert net_tax == total
    assert {r[col["付款方"]] for r in body} == {"客户", "保险公司"}


def test_recorded_invoice_numbers_show_and_can_be_left_out(ctx, station, settled):
    inv = ctx.settlement.invoices
    st = ctx.settlement.record_invoice(station.advisor, settled.id, " 24312000000012345678 ", date(2026, 11, 21))
    assert (st.invoice_number, st.invoice_date) == ("24312000000012345678", date(2026, 11, 21))
    lines = inv.lines(station.advisor, DAY, DAY)
    assert {ln.invoice_number for ln in lines} == {"24312000000012345678"}
    assert inv.lines(station.advisor, DAY, DAY, uninvoiced_only=True) == []
    with pytest.raises(ValidationError):
        ctx.settlement.record_invoice(station.advisor, settled.id, "  ", DAY)
    # a voided statement is not exported, and takes no invoice
    ctx.settlement.void(station.advisor, settled.id, "开票信息有误")
    assert inv.lines(station.advisor, DAY, DAY) == []
    with pytest.raises(ValidationError) as e:
        ctx.settlement.record_invoice(station.advisor, settled.id, "1", DAY)
    assert "record the invoice on the statement that replaced it" in str(e.value)


def test_bad_tax_codes_and_periods_are_refused(ctx, station, settled):
    inv = ctx.settlement.invoices
    with pytest.raises(ValidationError) as e:
        inv.set_tax_code(station.admin, "part", "10904")
    assert "19 digits" in str(e.value)
    with pytest.raises(ValidationError):
        inv.set_tax_code(station.admin, "fuel", "1090416030000000000")
    with pytest.raises(ValidationError):
        inv.lines(station.advisor, DAY, date(2026, 11, 1))
    assert inv.tax_codes()["part"].code == ""


def test_cli_exports_invoices_and_sets_a_code(ctx, station, settled, stamped_url, tmp_path, capsys):
    from app.cli import main as cli_main

    me = sign_in(tmp_path)  # the CLI signs a person in

    assert cli_main(["--db", stamped_url, "--lang", "zh_CN", "tax-codes", "--set", "part", "1090416030000000000",
                     "汽车零部件", *me]) == 0
    out = tmp_path / "inv.xlsx"
    assert cli_main(["--db", stamped_url, "export", "invoices", "--from", "2026-11-01", "--to", "2026-11-30",
                     "-o", str(out), *me]) == 0
    rows = _rows(out.read_bytes())
    assert len(rows) == 1 + len(settled.lines) and "1090416030000000000" in [c for r in rows for c in r]
    assert cli_main(["--db", stamped_url, "export", "invoices", "--from", "2026-11-xx", "-o", str(out), *me]) == 2
    assert "2026-11-xx" in capsys.readouterr().err
