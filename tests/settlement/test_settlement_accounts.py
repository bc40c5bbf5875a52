"""Fleet accounts: on-account amounts collected into a company's monthly account statement (对账单),
printed and exported to Excel, paid against, and aged."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pdfplumber
import pytest

from app.i18n import Translate
from services.common.errors import NotFound, ValidationError
from services.settlement.data import Tender
from tests.cli_helpers import sign_in
from tests.settlement.fixtures import company_vehicle, ready_card

ZH = Translate("zh_CN")
COMPANY = "上海顺达物流有限公司"


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


@pytest.fixture
def fleet(ctx, station, clock):
    """A company with a card settled on account on 20 Nov (689.25, 89.25 paid in cash: 600.00 on account)
    and another on 5 Dec (689.25 all on account)."""
    company_id, vehicle_id = company_vehicle(ctx, station)
    a = ready_card(ctx, station, vehicle_id=vehicle_id, mileage_in=81000)
    st_a = ctx.settlement.settle(station.advisor, a.id)
    ctx.settlement.pay(station.advisor, st_a.id, [Tender("cash", "89.25")], on_account=True)
    clock.advance(days=15)
    b = ready_card(ctx, station, vehicle_id=vehicle_id, mileage_in=82500)
    st_b = ctx.settlement.settle(station.advisor, b.id)
    ctx.settlement.pay(station.advisor, st_b.id, [Tender("on_account", "689.25")])
    return company_id, st_a, st_b


def test_november_statement_collects_only_novembers_on_account_amounts(ctx, station, fleet):
    company_id, st_a, st_b = fleet
    acc = ctx.settlement.accounts.make(station.advisor, company_id, date(2026, 11, 1))
    assert acc.number.startswith("DZ202612")
    assert [(ln.statement_number, ln.amount) for ln in acc.lines] == [(st_a.number, Decimal("600.00"))]
    assert acc.total == Decimal("600.00") and acc.open == Decimal("600.00")
    # made once: asking again gives the same statement back
    assert ctx.settlement.accounts.make(station.advisor, company_id, date(2026, 11, 15)).id == acc.id
    dec = ctx.settlement.accounts.make(station.advisor, company_id, date(2026, 12, 1))
    assert [(ln.statement_number, ln.amount) for ln in dec.lines] == [(st_b.number, Decimal("689.25"))]


def test_payments_against_the_account_statement_settle_it_oldest_first(ctx, station, fleet, clock):
    company_id, st_a, st_b = fleet
    accounts = ctx.settlement.accounts
    # an amount charged in November but collected late goes into December's statement
    acc = accounts.make(station.advisor, company_id, date(2026, 12, 1))
    assert [ln.amount for ln in acc.lines] == [Decimal("600.00"), Decimal("689.25")]
    acc = accounts.pay(station.advisor, acc.id, Tender("transfer", "700.00", "银行回单 0042"), request_key="k1")
    assert [(ln.settled, ln.open) for ln in acc.lines] == [(Decimal("600.00"), Decimal("0.00")),
                                                           (Decimal("100.00"), Decimal("589.25"))]
    # a double press records it once
    assert accounts.pay(station.advisor, acc.id, Tender("transfer", "700.00"), request_key="k1").open == \
        Decimal("589.25")
    with pytest.raises(ValidationError) as e:
        accounts.pay(station.advisor, acc.id, Tender("transfer", "600.00"))
    assert "more than the 589.25 owed" in str(e.value)
    with pytest.raises(ValidationError):
        accounts.pay(station.advisor, acc.id, Tender("on_account", "10.00"))
    acc = accounts.pay(station.advisor, acc.id, Tender("wechat", "589.25"))
    assert acc.open == 0 and [(p.method, p.amount) for p in acc.payments] == [
        ("transfer", Decimal("700.00")), ("wechat", Decimal("589.25"))]
    with pytest.raises(ValidationError) as e:
        accounts.pay(station.advisor, acc.id, Tender("cash", "1.00"))
    assert "paid already" in str(e.value)
    entry = ctx.audit.entries(station.admin, entity="account_statement", entity_id=acc.number)[0]
    assert entry.action == "settlement.account_payment" and entry.amount == Decimal("589.25")
    # the cashier's day close counts the company's payments with the takings of their methods
    close = ctx.settlement.day_close(station.advisor, clock.today())
    assert close.money_total == Decimal("1289.25") and close.on_account == Decimal("689.25")
    assert [(r.kind, r.statement_number) for r in close.rows if r.kind == "account"] == [
        ("account", acc.number), ("account", acc.number)]


def test_ageing_counts_what_each_company_owes_by_days_since_charged(ctx, station, fleet, clock):
    company_id, _a, _b = fleet
    accounts = ctx.settlement.accounts
    acc = accounts.make(station.advisor, company_id, date(2026, 11, 1))
    accounts.pay(station.advisor, acc.id, Tender("transfer", "410.75"))
    # 25 Jan 2027: the November charge is 66 days old, the December one 51
    (row,) = accounts.ageing(station.advisor, date(2027, 1, 25))
    assert row.customer_name == COMPANY
    assert (row.current, row.days_31_60, row.days_61_90, row.over_90) == (
        Decimal("0"), Decimal("689.25"), Decimal("189.25"), Decimal("0"))
    assert row.total == Decimal("878.50") and row.uncollected == Decimal("689.25")
    (row,) = accounts.ageing(station.advisor, date(2026, 12, 10))
    assert row.current == Decimal("878.50")
    (row,) = accounts.ageing(station.advisor, date(2027, 3, 1))
    assert row.over_90 == Decimal("189.25") and row.days_61_90 == Decimal("689.25")


def test_bad_account_statements_are_refused(ctx, station, fleet):
    company_id, _a, _b = fleet
    accounts = ctx.settlement.accounts
    with pytest.raises(ValidationError) as e:
        accounts.make(station.advisor, company_id, date(2027, 1, 1))
    assert "2027-01 has not begun" in str(e.value)
    with pytest.raises(ValidationError) as e:
        accounts.make(station.advisor, company_id, date(2026, 10, 1))
    assert "nothing on account up to the end of 2026-10" in str(e.value)
    with pytest.raises(ValidationError):
        accounts.make(station.advisor, station.customer_id, date(2026, 11, 1))  # a private customer
    with pytest.raises(NotFound):
        accounts.company(station.advisor, "无此公司")
    assert accounts.company(station.advisor, "上海顺达")[1] == COMPANY


def test_account_statement_pdf_and_workbook_say_the_lines_and_the_total(ctx, station, fleet):
    company_id, st_a, st_b = fleet
    accounts = ctx.settlement.accounts
    acc = accounts.make(station.advisor, company_id, date(2026, 12, 1))
    accounts.pay(station.advisor, acc.id, Tender("transfer", "289.25"))
    text = _text(accounts.pdf(station.advisor, acc.id, ZH))
    for needed in ("挂账对账单", acc.number, COMPANY, "91310000775785552L", "2026-12", st_a.number, st_b.number,
                   "600.00", "689.25", "1,289.25", "壹仟贰佰捌拾玖元贰角伍分", "1,000.00", "银行转账"):
        assert needed in text, needed
    wb = openpyxl.load_workbook(io.BytesIO(accounts.xlsx(station.advisor, acc.id, ZH)))
    ws = wb.active
    rows = [r for r in ws.iter_rows(values_only=True)]
    header = rows.index(("日期", "结算单号", "委托书号", "车牌", "挂账金额", "已付", "未付"))
    body = rows[header + 1:]
    assert [(r[1], r[3], Decimal(str(r[4]))) for r in body[:-1]] == [
        (st_a.number, "沪B54321", Decimal("600.00")), (st_b.number, "沪B54321", Decimal("689.25"))]
    assert body[-1][0] == "合计" and [Decimal(str(v)) for v in body[-1][4:]] == [
        Decimal("1289.25"), Decimal("289.25"), Decimal("1000.00")]


def test_cli_prints_and_exports_the_account_statement(ctx, station, fleet, stamped_url, tmp_path, capsys):
    from app.cli import main as cli_main

    me = sign_in(tmp_path)  # the CLI signs a person in

    _company, st_a, _b = fleet
    pdf = tmp_path / "dz.pdf"
    assert cli_main(["--db", stamped_url, "--lang", "zh_CN", "print", "account-statement", "--company", COMPANY,
                     "--month", "2026-11", "-o", str(pdf), *me]) == 0
    assert st_a.number in _text(pdf.read_bytes())
    xlsx = tmp_path / "dz.xlsx"
    assert cli_main(["--db", stamped_url, "print", "account-statement", "--company", "上海顺达", "--month",
                     "2026-11", "-o", str(xlsx), *me]) == 0
    assert st_a.number in [c for r in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for c in r]
    assert cli_main(["--db", stamped_url, "print", "account-statement", "--company", COMPANY, "--month", "2026-13",
                     "-o", str(tmp_path / "x.pdf"), *me]) == 1
    assert "2026-13" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
