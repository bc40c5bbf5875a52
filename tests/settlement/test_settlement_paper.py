"""The settlement statement on A4, A5 landscape and 241 mm continuous paper: inside the page, pages
numbered, the long brand/spec text wrapped inside its cell, the signature boxes whole and kept with
the money. Read back with pdfplumber (text, character positions, page size in points)."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from app.i18n import Translate
from reports.settlement.statement import StatementDocLine, render_statement
from services.settlement.data import Tender
from tests.settlement.fixtures import ready_card

ZH = Translate("zh_CN")
MM = 72 / 25.4
SIZES = {"a4": (595.3, 841.9), "a5": (595.3, 419.5), "continuous": (683.1, 792.0)}
LONG_SPEC = "博世 适用于速腾2019款1.4T左前通风盘Φ312×25mm原厂包装"


@pytest.fixture
def paid(ctx, station):
    c = ready_card(ctx, station, payer_insurer=True)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "689.25")])
    return ctx.settlement.statement(station.advisor, st.id)


@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_statement_lays_out_inside_each_paper_numbered_and_signed(ctx, station, paid, key):
    data = ctx.settlement.statement_pdf(station.advisor, paid.number, ZH, paper=key)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        n = len(pdf.pages)
        text = ""
        for i, page in enumerate(pdf.pages, 1):
            w, h = SIZES[key]
            assert abs(page.width - w) < 1 and abs(page.height - h) < 1
            for ch in page.chars:
                assert ch["x0"] >= 5 * MM and ch["x1"] <= page.width - 5 * MM, (key, ch["text"])
            flat = "".join((page.extract_text() or "").split())
            assert f"第{i}/{n}页" in flat, (key, i)
            text += flat
    for needed in (paid.number, "机动车维修结算清单", "壹仟零玖元贰角伍分", "托修方签字", "收银员签字", "质量保证期"):
        assert needed in text, (key, needed)


@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_long_specs_wrap_inside_the_spec_column_and_signatures_stay_with_the_money(ctx, station, paid, key):
    doc = ctx.settlement.statement_document(station.advisor, paid.number, ZH)
    parts = tuple(StatementDocLine("part", f"5Q0698151B{i:02d}", f"速腾左前刹车片总成{i}", LONG_SPEC, "原厂", "套",
                                   Decimal(1), Decimal("443.25"), amount=Decimal("443.25"), payer="客户")
                  for i in range(18))
    data = render_statement(replace(doc, lines=parts + tuple(ln for ln in doc.lines if ln.kind != "part")),
                            paper=key)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        signed = [p for p in pdf.pages if "托修方签字" in (p.extract_text() or "")]
        assert len(signed) == 1 and "各付费方小计" in signed[0].extract_text()
        for page in pdf.pages:
            words = page.extract_words()
            head = next((w for w in words if w["text"] == "品牌/规格"), None)
            if head is None:
                continue
            nxt = next(w for w in words if w["text"] == "属性" and abs(w["top"] - head["top"]) < 2)
            left, right = head["x0"] - 6, nxt["x0"] - 6
            inside = [c for c in page.chars if left - 1 <= c["x0"] < right and c["top"] > head["bottom"]
                      and c["text"] in set(LONG_SPEC)]
            assert inside
            assert all(c["x1"] <= right + 0.5 for c in inside), key
            for phi in (c for c in page.chars if c["text"] == "Φ"):  # the size is never split over two lines
                row = "".join(c["text"] for c in page.chars if abs(c["top"] - phi["top"]) < 1
                              and phi["x0"] <= c["x0"] < right)
                assert row.startswith("Φ312×25mm"), (key, row)


# ---- the counter-sale statement and the completion certificate follow the paper too ----------------------
def _read(data: bytes, key: str) -> list[str]:
    """Each page's text (spaces removed), after checking the page's size and that no character is cut off
    or outside the printable area (5 mm from every edge)."""
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            w, h = SIZES[key]
            assert abs(page.width - w) < 1 and abs(page.height - h) < 1, key
            assert page.chars, key
            for ch in page.chars:
                assert ch["x0"] >= 5 * MM and ch["x1"] <= page.width - 5 * MM, (key, ch["text"], ch["x0"], ch["x1"])
                assert ch["top"] >= 5 * MM and ch["bottom"] <= page.height - 5 * MM, (key, ch["text"])
            pages.append("".join((page.extract_text() or "").split()))
    return pages


@pytest.fixture
def counter_sale(ctx, station):
    filter_id, oil_id = station.part_ids[:2]
    ctx.parts.adjust(station.admin, filter_id, 10, "opening stock", unit_cost="34.00")
    ctx.parts.adjust(station.admin, oil_id, 20, "opening stock", unit_cost="49.25")
    from services.settlement.counter import SaleLine

    return ctx.settlement.counter.sell(station.advisor, [SaleLine(filter_id, 2), SaleLine(oil_id, "1.5")],
                                       [Tender("wechat", "283.75")], customer_name="路过的王先生").statement


@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_counter_sale_statement_lays_out_on_each_paper(ctx, station, counter_sale, key):
    data = ctx.settlement.statement_pdf(station.advisor, counter_sale.number, ZH, paper=key)
    pages = _read(data, key)
    text = "".join(pages)
    for needed in (counter_sale.number, "机动车维修结算清单", "路过的王先生", "06L115562B", "G052195M4",
                   "283.75", "贰佰捌拾叁元柒角伍分", "托修方签字", "收银员签字"):
        assert needed in text, (key, needed)
    for i, page in enumerate(pages, 1):
        assert f"第{i}/{len(pages)}页" in page, (key, i)


@pytest.mark.parametrize(("key", "pages"), [("a4", 1), ("a5", 2), ("continuous", 1)])
def test_certificate_lays_out_on_each_paper_each_part_whole(ctx, station, paid, key, pages):
    data = ctx.settlement.certificate_pdf(station.advisor, paid.certificate_number, ZH, paper=key)
    read = _read(data, key)
    assert len(read) == pages, key
    text = "".join(read)
    for part in ("（托修方收执）", "（存根）"):
        assert text.count(part) == 1, (key, part)
    # each part, from its title to its signatures, on one page
    for page in read:
        for part in ("（托修方收执）", "（存根）"):
            if part in page:
                after = page[page.index(part):]
                for needed in (paid.certificate_number, "沪A12345", paid.vin, paid.card_number, paid.number,
                               "至2026-12-20或里程40,002公里", "经检验合格，准予出厂", "质量检验员:孙质检",
                               "承修方（盖章）"):
                    assert needed in after, (key, part, needed)


def test_the_cashier_prints_the_counter_sale_and_the_certificate_on_their_own_paper(qtbot, qloop, tasks, ctx,
                                                                                    station, paid, counter_sale,
                                                                                    tmp_path):
    from viewmodels.settlement.cashier import CashierViewModel
    from viewmodels.settlement.counter import CounterSaleViewModel

    papers = {"counter_sale": "a5", "certificate": "continuous", "statement": "a4"}
    counter = CounterSaleViewModel(ctx.settlement, station.advisor, tasks, tmp_path, paper_for=papers.get)
    counter.last = counter_sale
    with qtbot.waitSignal(counter.printed, timeout=15000) as printed:
        counter.print_last("handed to the customer")  # the sale names its buyer
    _read(Path(printed.args[0]).read_bytes(), "a5")

    cashier = CashierViewModel(ctx.settlement, ctx.job_cards, station.advisor, tasks, output_dir=tmp_path,
                               paper_for=papers.get)
    cashier.statement = paid
    with qtbot.waitSignal(cashier.printed, timeout=15000) as printed:
        cashier.print_document("certificate", "handed to the customer")  # the certificate names the owner
    assert "(stub)" in "".join(_read(Path(printed.args[0]).read_bytes(), "continuous"))  # no translators here
    with qtbot.waitSignal(cashier.printed, timeout=15000) as printed:
        cashier.print_document("statement", "handed to the customer")  # the statement names the customer
    _read(Path(printed.args[0]).read_bytes(), "a4")
