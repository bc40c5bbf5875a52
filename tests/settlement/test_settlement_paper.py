"""The settlement statement on A4, A5 landscape and 241 mm continuous paper: inside the page, pages
numbered, the long brand/spec text wrapped inside its cell, the signature boxes whole and kept with
the money. Read back with pdfplumber (text, character positions, page size in points)."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

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
