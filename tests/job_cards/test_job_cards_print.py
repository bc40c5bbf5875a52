"""Job card documents, tested by what they say: text extracted from the PDF, the barcode scanned back."""

from __future__ import annotations

import io
from decimal import Decimal

import pdfplumber
import pytest
from pypdf import PdfReader

from app.cli import main as cli_main
from services.job_cards.service import DamageMark
from tests.cli_helpers import sign_in, stamp_heads
from tests.document_helpers import decode_pdf
from tests.job_cards.fixtures import PLATE, VIN, make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)

def _text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(page.extract_text() or "") for page in pdf.pages]


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.fixture
def card(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake(
        damage_marks=(DamageMark(Decimal("0.2"), Decimal("0.1"), "scratch", "左前翼子板划痕"),
                      DamageMark(Decimal("0.8"), Decimal("0.7"), "dent", "右后门凹陷"))))
    c = jc.add_labour(station.advisor, c.id, c.version, "BY001")
    c = jc.add_labour(station.advisor, c.id, c.version, "ZD010", technicians=["张技师", "王技师"])
    for pid, qty in zip(station.part_ids, ("1", "4.5", "1"), strict=True):
        c = jc.add_part(station.advisor, c.id, c.version, pid, qty)
    return c


def test_job_card_pdf_says_number_plate_vin_lines_and_totals_in_real_chinese(ctx, station, card):
    data = ctx.job_cards.job_card_pdf(station.advisor, card.number)
    pages = _text(data)
    full = _flat("\n".join(pages))
    for copy in ("客户联", "车间联", "捡料联"):
        assert copy in full
    customer = _flat(pages[0])
    for needed in (card.number, PLATE, VIN, "任务委托书", "陈志强", "刹车时有异响，方向盘抖动", "更换机油机滤",
                   "更换前刹车片", "机油滤清器", "全合成机油5W-40", "前刹车片", "06L115562B", "G052195M4",
                   "5Q0698151B", "128.00", "240.00", "68.00", "443.25", "420.00"):
        assert _flat(needed) in customer, needed
    total = card.totals.amount
    assert total == Decimal("1299.25")
    assert "1,299.25" in customer and "壹仟贰佰玖拾玖元贰角伍分" in customer
    assert f"{card.totals.tax:,.2f}" in customer
    # the picking copy lists the parts, not the labour, and no prices
    picking = _flat(pages[-1])
    assert "06L115562B" in picking and "更换机油机滤" not in picking and "443.25" not in picking
    # the font is embedded: the Chinese is text, not boxes
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            fobj = f.get_object()
            fonts.add(fobj["/BaseFont"])
            if "/DescendantFonts" in fobj or fobj.get("/Subtype") == "/TrueType":
                desc = fobj["/FontDescriptor"] if "/FontDescriptor" in fobj else None
                if desc is not None:
                    assert "/FontFile2" in desc.get_object()
    assert any("ServiceBaySans" in str(f) or "WenQuanYi" in str(f) or "+" in str(f) for f in fonts)


def test_barcode_on_each_copy_decodes_to_the_card_number(ctx, station, card):
    pages = decode_pdf(ctx.job_cards.job_card_pdf(station.advisor, card.number), code128_only=True)
    assert len(pages) >= 3
    for codes in pages:
        assert codes in ([], [card.number])  # no other Code 128 on any page
    # customer, workshop and picking copies each carry the card number
    assert sum(codes == [card.number] for codes in pages) >= 3


def test_pre_inspection_sheet_has_the_damage_marks(ctx, station, card):
    pages = _text(ctx.job_cards.pre_inspection_pdf(station.advisor, card.number))
    text = _flat("".join(pages))
    assert "接车预检单" in text and card.number in text and PLATE in text
    assert "左前翼子板划痕" in text and "右后门凹陷" in text and "车头" in text
    assert "行车记录仪" in text


def test_estimate_before_a_card_prints_its_own_number(ctx, station):
    jc = ctx.job_cards
    e = jc.open_card(station.advisor, station.intake(), estimate=True)
    e = jc.add_labour(station.advisor, e.id, e.version, "KT020")
    e = jc.add_other(station.advisor, e.id, e.version, "diagnosis", "80.00", name="电脑检测")
    text = _flat("".join(_text(jc.estimate_pdf(station.advisor, e.number))))
    assert "维修估价单" in text and e.number in text and "空调系统检修" in text and "电脑检测" in text
    assert "400.00" in text and "贰佰" not in text and "肆佰元整" in text


def test_cli_prints_job_card_and_estimate_and_catalogue(ctx, station, card, tmp_path, empty_db):
    url = empty_db.url()
    ctx.db.dispose()
    # the fixture's schema was made from the models: mark it as at the newest migrations for the CLI

    stamp_heads(url)
    out = tmp_path / "card.pdf"
    me = sign_in(tmp_path)
    assert cli_main(["--db", url, "print", "job-card", card.number, "-o", str(out), "--purpose", "交客户本人", *me]) == 0
    assert card.number in _flat("".join(_text(out.read_bytes())))
    out2 = tmp_path / "estimate.pdf"
    assert cli_main(["--db", url, "print", "estimate", card.number, "-o", str(out2), "--purpose", "交客户本人", *me]) == 0
    assert "1,299.25" in _flat("".join(_text(out2.read_bytes())))
    assert cli_main(["--db", url, "print", "job-card", "WT000", "-o", str(out), "--purpose", "交客户本人", *me]) == 1
    assert cli_main(["--db", url, "print", "pre-inspection", card.number, "-o", str(out), "--purpose", "交客户本人", *me]) == 0
    xlsx = tmp_path / "labour.xlsx"
    assert cli_main(["--db", url, "--lang", "en", "export", "labour-catalogue", "-o", str(xlsx), *me]) == 0
    assert cli_main(["--db", url, "import", "labour-catalogue", str(xlsx), *me]) == 0


def _pypdf_text(path) -> str:
    return _flat("".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


def test_cli_prints_of_the_customers_data_need_a_purpose_and_record_it(ctx, station, card, tmp_path, capsys,
                                                                        empty_db):
    from tests.print_purpose_helpers import refused_then_printed

    url = empty_db.url()
    ctx.db.dispose()
    stamp_heads(url)
    me = sign_in(tmp_path)
    for cmd, document, kind in (("job-card", "job card", "job_card"), ("estimate", "estimate", "estimate"),
                                ("pre-inspection", "pre-inspection sheet", "pre_inspection")):
        out = tmp_path / f"{cmd}.pdf"
        entry = refused_then_printed(capsys, url, [cmd, card.number], out, me, document, "job_card.print",
                                     purpose="保险理赔 平安财险")
        assert entry.details["document"] == kind and entry.username == "admin"
        assert PLATE in _pypdf_text(out), cmd
