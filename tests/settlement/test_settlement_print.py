"""Settlement documents, tested by what they say: text extracted from the statement, the certificate
and the day close, in Chinese as printed; and the ``servicebay print`` commands."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from pypdf import PdfReader

from app.cli import main as cli_main
from app.i18n import Translate
from services.settlement.data import Tender
from tests.cli_helpers import sign_in
from tests.settlement.fixtures import open_with_work, ready_card, through_qc

ZH = Translate("zh_CN")


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


@pytest.fixture
def paid(ctx, station):
    """A settled card with an insurer's line, paid by cash (with change) and WeChat."""
    c = ready_card(ctx, station, payer_insurer=True)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "300.00", tendered="500"),
                                                Tender("wechat", "389.25")])
    return ctx.settlement.statement(station.advisor, st.id)


def test_statement_pdf_shows_every_fee_each_payers_subtotal_the_words_and_the_guarantee(ctx, station, paid):
    data = ctx.settlement.statement_pdf(station.advisor, paid.number, ZH)
    text = _text(data)
    for needed in ("机动车维修结算清单", paid.number, paid.card_number, "沪A12345", "陈志强", paid.vin,
                   "测试汽车服务有限公司维修站", "上海市浦东新区张江路1号", "91310000775785552L",
                   paid.certificate_number):
        assert needed in text, needed
    # the fee table: diagnosis, materials, labour, and the total with its words
    for fee, amount in (("诊断费", "50.00"), ("材料费", "511.25"), ("工时费", "448.00"), ("合计", "1,009.25")):
        assert fee in text and amount in text, fee
    assert "壹仟零玖元贰角伍分" in text
    # labour and materials itemised apart
    for needed in ("维修材料", "06L115562B", "机油滤清器", "G052195M4", "443.25", "原厂",
                   "维修项目（工时）", "BY001", "更换机油机滤", "KT020", "空调系统检修", "320.00", "2.8"):
        assert needed in text, needed
    # per-payer subtotals, received and owed
    assert "各付费方小计" in text
    assert "客户128.00511.2550.000.00689.25689.250.00" in text
    assert "保险公司320.000.000.000.00320.000.00320.00" in text
    assert "现金" in text and "微信支付" in text and "实收500.00，找零200.00" in text
    # the guarantee of level-2 maintenance and the next service
    assert "自竣工出厂之日起30日或行驶5,000公里，以先到者为准：至2026-12-20或里程40,002公里。" in text
    assert "里程40,002公里或2027-05-20，以先到者为准。" in text
    assert "■旧配件已确认并由托修方收回" in text or "■" in text
    assert "作废" not in text
    assert len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_a_voided_statement_stays_readable_marked_void_with_the_reason(ctx, station, paid):
    ctx.settlement.void(station.advisor, paid.id, "客户要求开公司抬头")
    text = _text(ctx.settlement.statement_pdf(station.advisor, paid.number, ZH))
    assert "作废" in text and "客户要求开公司抬头" in text and "1,009.25" in text


def test_statement_prints_on_continuous_paper_241mm_wide(ctx, station, paid):
    data = ctx.settlement.statement_pdf(station.advisor, paid.number, ZH, paper="continuous")
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 241
    assert "壹仟零玖元贰角伍分" in _text(data)


def test_certificate_names_the_car_the_class_the_inspector_and_the_guarantee(ctx, station, paid):
    text = _text(ctx.settlement.certificate_pdf(station.advisor, paid.certificate_number, ZH))
    for needed in ("机动车维修竣工出厂合格证", paid.certificate_number, "沪A12345", paid.vin, paid.card_number,
                   paid.number, "孙质检", "经检验合格，准予出厂", "至2026-12-20或里程40,002公里"):
        assert needed in text, needed


def test_no_certificate_for_a_class_that_needs_none(ctx, station):
    from services.common.errors import ValidationError

    c = ready_card(ctx, station, repair_class="minor_repair")
    with pytest.raises(ValidationError) as e:
        ctx.settlement.certificate_pdf(station.advisor, c.number)
    assert "no completion certificate" in str(e.value)


def test_day_close_totals_takings_per_method(ctx, station, paid):
    c = open_with_work(ctx, station, mileage_in=36000)
    ctx.settlement.take_deposit(station.advisor, c.id, Tender("alipay", "100.00"))
    close = ctx.settlement.day_close(station.advisor, date(2026, 11, 20))
    assert [(m, a, n) for m, a, n in close.by_method] == [("cash", Decimal("300.00"), 1),
                                                          ("wechat", Decimal("389.25"), 1),
                                                          ("alipay", Decimal("100.00"), 1)]
    assert close.money_total == Decimal("789.25") and close.cash_in == Decimal("300.00")
    assert (paid.number, "issued", Decimal("1009.25"), Decimal("689.25")) in close.statements
    text = _text(ctx.settlement.day_close_pdf(station.advisor, date(2026, 11, 20), translate=ZH))
    assert "收银日结单" in text and "实收合计:¥789.25" in text and "订金" in text
    assert ctx.settlement.day_close(station.advisor, date(2026, 11, 21)).money_total == 0


def test_cli_prints_statement_and_certificate(ctx, station, paid, empty_db, tmp_path, capsys):
    url = empty_db.url()
    ctx.db.dispose()
    # the fixture's schema was made from the models: mark it as at the newest migrations for the CLI
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    me = sign_in(tmp_path)  # printing reads personal data: the CLI signs a person in
    out = tmp_path / "statement.pdf"
    assert cli_main(["--db", url, "--lang", "zh_CN", "print", "statement", paid.number, "-o", str(out), "--purpose", "交客户本人", *me]) == 0
    text = _text(out.read_bytes())
    assert paid.number in text and "壹仟零玖元贰角伍分" in text and "客户" in text
    cert = tmp_path / "cert.pdf"
    assert cli_main(["--db", url, "print", "certificate", paid.card_number, "-o", str(cert), "--purpose", "交客户本人", *me]) == 0
    assert paid.certificate_number in _text(cert.read_bytes())
    assert cli_main(["--db", url, "print", "statement", "JS000", "-o", str(tmp_path / "x.pdf"), "--purpose", "交客户本人", *me]) == 1
    assert "JS000" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
    day = tmp_path / "day.pdf"
    assert cli_main(["--db", url, "print", "day-close", "--day", "2026-11-20", "-o", str(day), *me]) == 0
    assert "689.25" in _text(day.read_bytes())


def test_statement_of_a_rework_free_to_the_customer_owes_nothing(ctx, station, paid):
    jc = ctx.job_cards
    c = jc.open_rework(station.advisor, paid.job_card_id, station.intake(mileage_in=35100))
    c = jc.add_labour(station.advisor, c.id, c.version, "BY001")
    c = through_qc(ctx, station, c)
    st = ctx.settlement.settle(station.advisor, c.id)
    assert st.customer_balance == 0 and [p.payer for p in st.shares] == ["internal"]


def test_cli_statement_and_certificate_need_a_purpose_and_record_it(ctx, station, paid, stamped_url, tmp_path,
                                                                   capsys):
    from tests.print_purpose_helpers import refused_then_printed

    me = sign_in(tmp_path)
    out = tmp_path / "statement.pdf"
    entry = refused_then_printed(capsys, stamped_url, ["statement", paid.number], out, me, "settlement statement",
                                 "settlement.print")
    assert (entry.entity_id, entry.details["document"]) == (paid.number, "statement")
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    assert paid.number in text and "沪A12345" in text
    cert = tmp_path / "certificate.pdf"
    entry = refused_then_printed(capsys, stamped_url, ["certificate", paid.card_number], cert, me,
                                 "completion certificate", "settlement.print", purpose="车管所年检")
    assert (entry.entity, entry.entity_id, entry.details["document"]) == ("certificate", paid.certificate_number,
                                                                           "certificate")
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(cert)).pages)
    assert paid.certificate_number in text and "沪A12345" in text


def test_a_certificate_print_is_audited_with_its_purpose(ctx, station, paid):
    data = ctx.settlement.certificate_pdf(station.advisor, paid.number, purpose="  交 车主本人 ")
    assert data.startswith(b"%PDF")
    [entry] = [e for e in ctx.audit.entries(station.admin, entity="certificate", entity_id=paid.certificate_number)
               if e.action == "settlement.print"]
    assert entry.username == "advisor" and entry.details == {"document": "certificate", "purpose": "交 车主本人"}
