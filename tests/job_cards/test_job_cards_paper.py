"""The job card on paper: every field of DOMAIN.md's list, A4 / A5 landscape / 241 mm continuous
stationery, pages numbered per copy, specifications kept inside their cells, signature boxes whole.

Read back as a reader would: text and character positions with pdfplumber, page sizes in points.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest

from reports.job_cards.documents import DocLine, DocMark, DocPayerTotal, JobCardDocument, render_job_card
from services.customers.service import CustomerInput, VehicleInput
from tests.job_cards.fixtures import make_station

MM = 72 / 25.4
SIZES = {"a4": (595.3, 841.9), "a5": (595.3, 419.5), "continuous": (683.1, 792.0)}  # points, 241 × 279.4 mm
LONG_SPEC = "适用于速腾2019款1.4T左前通风盘Φ312×25mm原厂包装"
SPECS = ["Φ312×25mm", "5W-40 4L", LONG_SPEC, "205/55R16 91V", ""]


def _flat(s: str) -> str:
    return "".join(s.split())


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_flat(p.extract_text() or "") for p in pdf.pages]


def _document(parts: int = 22, labour: int = 4) -> JobCardDocument:
    d = Decimal
    lines = [DocLine("labour", f"BY{i:03d}", f"更换机油机滤及检查项目{i}", qty=d("1.5"), price=d("160"), amount=d("240"),
                     payer="客户", technicians="张技师、王技师") for i in range(labour)]
    lines += [DocLine("part", f"5Q0698151B{i}", f"速腾左前刹车片总成{i}", SPECS[i % 5], "原厂", "套", d("1"), d("443.25"),
                      amount=d("443.25"), payer="客户", bin="A-01-04") for i in range(parts)]
    return JobCardDocument(
        "某某汽车服务站", "北京市朝阳区", "010-1234567", "JC2026000123", "", "开单", "2026-11-30 09:00", "李顾问", "维修", "",
        "陈志强", "139****5678", "王师傅", "", "京A12345", "LSVAU2A37N2123456", "上汽大众 帕萨特 2021", "白色",
        "EA211123456", "35000", "1/2", "2026-11-30 17:00", "1,800.00", True, False, "客户带走", "平安保险", "BA123",
        "3,000.00", "二级维护", "", "刹车时有异响", "前刹车片磨损", "行车记录仪", "备胎", "胎压", "",
        tuple(lines), (DocPayerTotal("客户", d("960"), d("9751.50"), d("0"), d("10711.50"), d("1232.30")),),
        d("10711.50"), d("1232.30"), d("6"), "壹万零柒佰壹拾壹元伍角", marks=(DocMark(0.2, 0.1, "划痕", "左前翼子板划痕"),),
        printed_at="2026-11-30 10:00", purchase_date="2021-05-01", insurance_due="2027-04-30",
        inspection_due="2027-05-01")


# ---- what the card says (real database) ------------------------------------------------------------------
@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def test_printed_card_holds_every_field_of_domain_md_for_the_car(ctx, station):
    c = ctx.customers.create_customer(station.admin, CustomerInput(name="周海燕", mobile="13700001111"), vehicles=[
        VehicleInput(vin="LFV2A21KXM4123457", plate="京B67890", brand="一汽大众", model="速腾", model_year=2020,
                     colour="星空蓝", engine_number="DJS098765", purchase_date=date(2020, 6, 18),
                     insurance_expiry=date(2027, 6, 17), inspection_due=date(2026, 12, 31), odometer_km=40000)])
    card = ctx.job_cards.open_card(station.advisor, station.intake(vehicle_id=c.vehicles[0].id, mileage_in=41000,
                                                                   estimate_amount=Decimal("1860")))
    pages = _pages(ctx.job_cards.job_card_pdf(station.advisor, card.number, copies=("customer", "workshop")))
    for page in (pages[0], next(p for p in pages if "车间联" in p)):
        for label, value in (("发动机号", "DJS098765"), ("颜色", "星空蓝"), ("购车日期", "2020-06-18"),
                             ("保险到期", "2027-06-17"), ("年检到期", "2026-12-31"), ("预估金额", "¥1,860.00"),
                             ("进厂里程(km)", "41000"), ("车牌号", "京B67890"), ("VIN", "LFV2A21KXM4123457"),
                             ("送修人", "王师傅"), ("服务顾问", "李顾问")):
            assert label in page and value in page, (label, value)
    assert "质检员签字" in next(p for p in pages if "车间联" in p)  # the workshop copy: technician, QC, advisor


def test_each_copy_numbers_its_own_pages_on_a_real_card(ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    pages = _pages(ctx.job_cards.job_card_pdf(station.advisor, card.number))
    assert [p for p in pages if "第1/1页" in p] == pages  # three one-page copies: each "第 1/1 页"
    assert len(pages) == 3


# ---- layout on each paper ---------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_the_card_lays_out_on_each_paper_inside_the_page(key):
    data = render_job_card(_document(), paper_key=key)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            w, h = SIZES[key]
            assert abs(page.width - w) < 1 and abs(page.height - h) < 1
            for ch in page.chars:  # nothing runs over the paper's edge (a dot-matrix head stops ~5 mm short)
                assert ch["x0"] >= 5 * MM and ch["x1"] <= page.width - 5 * MM, (key, ch["text"], ch["x1"])
        text = "".join(_flat(p.extract_text() or "") for p in pdf.pages)
    for needed in ("客户联", "车间联", "捡料联", "5Q0698151B21", "10,711.50", "客户签字", "服务顾问签字"):
        assert needed in text, (key, needed)


def test_pages_are_numbered_per_copy_and_continuations_name_their_copy():
    pages = _pages(render_job_card(_document()))
    labels = [(next(c for c in ("客户联", "车间联", "捡料联") if f"（{c}）第" in p),
               p.split("）第")[1].split("页")[0]) for p in pages]
    per_copy: dict[str, list[str]] = {}
    for copy, n in labels:
        per_copy.setdefault(copy, []).append(n)
    for copy, numbers in per_copy.items():
        total = len(numbers)
        assert numbers == [f"{i}/{total}" for i in range(1, total + 1)], (copy, numbers)
    # a 22-line card (4 labour + 22 parts) takes at most two pages a copy on A4
    assert all(len(n) <= 2 for n in per_copy.values()), per_copy
    continued = [p for p, (_c, n) in zip(pages, labels, strict=True) if not n.startswith("1/")]
    assert continued and all("（续）JC2026000123" in p for p in continued)


@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_a_long_spec_wraps_inside_its_cell_and_a_short_one_stays_whole(key):
    data = render_job_card(_document(parts=5), paper_key=key, copies=("customer",))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = next(p for p in pdf.pages if "风盘" in (p.extract_text() or ""))
        words = page.extract_words(keep_blank_chars=False)
        head = next(w for w in words if w["text"] == "规格")
        nxt = next(w for w in words if w["text"] == "属性" and abs(w["top"] - head["top"]) < 2)
        left, right = head["x0"] - 6, nxt["x0"] - 6  # the cell: 6 pt padding each side of its text
        lines = [ln for ln in page.extract_text_lines() if "风盘" in ln["text"] or "适用于速腾" in ln["text"]]
        spec_chars = [c for c in page.chars if left - 1 <= c["x0"] < right and c["top"] > head["bottom"]
                      and c["text"] in set(LONG_SPEC)]
        assert spec_chars
        for c in spec_chars:
            assert left <= c["x0"] and c["x1"] <= right + 0.5, (key, c["text"], c["x1"], right)
        assert lines  # the long spec took more than one line, all inside the column
        # "Φ312×25mm" on its own row is never split across two lines
        short = [c for c in page.chars if c["text"] == "Φ"]
        for phi in short:
            row = [c for c in page.chars if abs(c["top"] - phi["top"]) < 1 and c["x0"] >= phi["x0"]
                   and c["x0"] < right]
            assert "".join(c["text"] for c in row).startswith("Φ312×25mm"), (key, "".join(c["text"] for c in row))


@pytest.mark.parametrize("key", ["a4", "a5", "continuous"])
def test_no_border_crosses_the_date_in_a_signature_box(key):
    data = render_job_card(_document(parts=3), paper_key=key)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            dates = [w for w in page.extract_words() if w["text"].startswith("日期")]
            rules = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5] + \
                    [r for r in page.rects if r["height"] < 0.8]
            for d in dates:
                for ln in rules:
                    if ln["x0"] <= d["x0"] <= ln["x1"]:
                        assert not (d["top"] - 0.5 <= ln["top"] <= d["bottom"] + 1), (key, d, ln["top"])
                below = [ln["top"] for ln in rules if ln["x0"] <= d["x0"] <= ln["x1"] and ln["top"] > d["bottom"]]
                assert below and min(below) - d["bottom"] < 12 * MM  # the box's bottom closes under the date


def test_the_customer_signatures_stay_with_the_totals():
    for parts in range(8, 30, 3):  # wherever the page breaks, the signature box never stands alone
        pages = _pages(render_job_card(_document(parts=parts), copies=("customer",)))
        signed = [p for p in pages if "客户签字" in p]
        assert len(signed) == 1 and "合计" in signed[0] and "费用汇总" in signed[0], parts


def test_standard_and_sold_hours_both_show_when_they_differ(ctx, station):
    jc = ctx.job_cards
    card = jc.open_card(station.advisor, station.intake())
    card = jc.add_labour(station.advisor, card.id, card.version, "BY001", hours="1.2", hours_reason="底护板拆装")
    card = jc.add_labour(station.advisor, card.id, card.version, "DP001")
    pages = _pages(jc.job_card_pdf(station.advisor, card.number, copies=("customer", "workshop")))
    for page in pages:
        assert "1.2（标准0.8）" in page  # sold 1.2 h against the catalogue's 0.8 h
        assert "（标准1" not in page  # the alignment sold at its standard hour shows one figure
