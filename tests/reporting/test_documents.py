"""The monthly and daily reports as a workbook and a PDF: read back, they hold the service's figures;
the charts point at the right cells; LibreOffice opens the workbook."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from services.reporting.definitions import KPIS
from tests.reporting.test_figures import EXPECTED

D = Decimal
NOV = date(2026, 11, 1)


def _rows(ws):
    return [tuple(c for c in r) for r in ws.iter_rows(values_only=True)]


def _block(ws, heading: str) -> list[tuple]:
    """The rows of a summary block: from its header row to the first empty row."""
    rows = _rows(ws)
    start = next(i for i, r in enumerate(rows) if r and r[0] == heading) + 1
    out = []
    for r in rows[start:]:
        if not any(v is not None for v in r):
            break
        out.append(r)
    return out


def _charts(data: bytes) -> list[tuple[str, list[dict]]]:
    """Each chart of the workbook (in order): its kind and, per series, the cells of its title, categories
    and values."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = sorted((n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)),
                       key=lambda n: int(re.search(r"\d+", n).group()))
        for name in names:
            xml = z.read(name).decode("utf-8")
            kind = re.search(r"<(bar|line|pie)Chart>", xml).group(1)
            series = []
            for ser in re.findall(r"<ser>(.*?)</ser>", xml, re.S):
                def ref(tag, ser=ser):
                    m = re.search(rf"<{tag}>.*?<f>([^<]+)</f>", ser, re.S)
                    return m.group(1) if m else None
                series.append({"title": ref("tx"), "cat": ref("cat"), "val": ref("val")})
            out.append((kind, series))
    return out


def _cells(wb, ref: str) -> list:
    sheet, cells = ref.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    block = ws[cells.replace("$", "")]
    if not isinstance(block, tuple):
        return [block.value]
    return [c.value for row in block for c in (row if isinstance(row, tuple) else (row,))]


@pytest.fixture
def workbook(ctx, month):
    done = []
    data = ctx.reporting.monthly_workbook(month.manager, NOV, progress=lambda i, n: done.append((i, n)))
    assert done[-1][0] == done[-1][1] == 10  # three months gathered, the summary and six sheets written
    return data


def test_monthly_workbook_holds_the_service_figures(ctx, month, workbook):
    wb = load_workbook(io.BytesIO(workbook))
    assert wb.sheetnames == ["Summary", "Comparison", "Output", "Technicians", "Complaints", "Statements",
                             "Definitions"]
    summary = wb["Summary"]
    assert summary["A1"].value == "Monthly operating report 2026-11"
    figures = {r[0]: r[1] for r in _block(summary, "Figures of the month")[1:]}
    service = {v.code: v for v in ctx.reporting.figures(month.manager, date(2026, 11, 1), date(2026, 11, 30))}
    for k in KPIS:
        name = f"{k.name_zh} {k.name}"
        if k.code in EXPECTED:
            assert D(str(figures[name])) == service[k.code].value == EXPECTED[k.code][0], k.code
        else:
            assert figures[name] == "not built"
    by_type = {r[0]: r[1:6] for r in _block(summary, "Output by job type")[1:]}
    assert by_type["Maintenance"] == (6, 1440, 2160, 150, 3750)
    assert by_type["Total"][0] == 24 and D(str(by_type["Total"][4])) == D("33630.00")
    advisors = _block(summary, "Advisor ranking")
    assert advisors[1][:4] == (1, "李顾问", 12, 22800) and advisors[2][:4] == (2, "王顾问", 12, 10830)
    assert advisors[1][6] == 1900 and advisors[2][6] == D("902.50")

    statements = wb["Statements"]
    rows = _rows(statements)
    assert rows[1][0] == "Statement" and len(rows) == 2 + 24 + 1
    assert rows[-1][0] == "Total" and D(str(rows[-1][10])) == D("33630.00")
    assert statements.freeze_panes == "A3" and statements.auto_filter.ref == "A2:M26"
    assert statements["H3"].number_format == "#,##0.00" and statements["C3"].number_format == "yyyy-mm-dd hh:mm"
    assert isinstance(statements["C3"].value, datetime)
    assert statements.column_dimensions["F"].width == 18

    definitions = _rows(wb["Definitions"])
    assert len(definitions) == 2 + len(KPIS)
    fill = next(r for r in definitions if r[7] == "fill_rate")
    assert fill[2] == "part lines served from stock at first request ÷ lines requested" and fill[6] == 0.9

    comparison = {r[0]: r[1:4] for r in _rows(wb["Comparison"])[2:]}
    assert comparison["产值 Output"][:2] == (33630, 999)
    techs = {r[0]: r[1:] for r in _rows(wb["Technicians"])[2:]}
    assert techs["张技师"][:3] == (24, 18, 15) and techs["Total"][:3] == (40, 26, 30)


def test_the_summary_charts_point_at_the_right_cells(ctx, month, workbook):
    wb = load_workbook(io.BytesIO(workbook))
    charts = _charts(workbook)
    assert [kind for kind, _s in charts] == ["bar", "bar", "line", "bar"]
    (_k1, by_type), (_k2, by_payer), (_k3, by_day), (_k4, advisors) = charts
    # output by job type: a series each for labour, parts and other, over the job types
    assert [_cells(wb, s["title"]) for s in by_type] == [["Labour"], ["Parts"], ["Other"]]
    assert all(s["title"].startswith("'Summary'!") for s in by_type)
    assert _cells(wb, by_type[0]["cat"]) == ["Maintenance", "Repair", "Accident", "Warranty", "Internal", "Rework"]
    assert _cells(wb, by_type[0]["val"]) == [1440, 3840, 4800, 1920, 480, 480]  # labour, three weeks
    assert _cells(wb, by_type[1]["val"]) == [2160, 5160, 10200, 2880, 120, 0]
    # output by payer: the totals column
    assert _cells(wb, by_payer[0]["title"]) == ["Total"]
    assert dict(zip(_cells(wb, by_payer[0]["cat"]), _cells(wb, by_payer[0]["val"]), strict=True)) == {
        "Customer": 13350, "Insurer": 14400, "Manufacturer warranty": 4800, "Internal": 1080}
    # output by day: thirty days, the three settlement days carry it all
    days = _cells(wb, by_day[0]["cat"])
    values = _cells(wb, by_day[0]["val"])
    assert len(days) == 30 and days[0] == datetime(2026, 11, 1, tzinfo=None)  # noqa: DTZ001 (a cell's date) and sum(values) == 33630
    assert {d.day: v for d, v in zip(days, values, strict=True) if v} == {5: 11210, 12: 11210, 19: 11210}
    # the advisors' output
    assert _cells(wb, advisors[0]["cat"]) == ["李顾问", "王顾问"]
    assert _cells(wb, advisors[0]["val"]) == [22800, 10830]


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_monthly_pdf_prints_the_same_figures(ctx, month):
    text = _pdf_text(ctx.reporting.monthly_pdf(month.manager, NOV))
    assert "Monthly operating report 2026-11" in text
    for figure in ("33,630.00", "1,401.25", "17,509.33", "65.0%", "71.4%", "9.59", "not built"):
        assert figure in text, figure
    assert "李顾问" in text and "22,800.00" in text


def test_monthly_in_chinese(ctx, month):
    from app.i18n import Translate

    tr = Translate("zh_CN")
    wb = load_workbook(io.BytesIO(ctx.reporting.monthly_workbook(month.manager, NOV, tr)))
    assert wb.sheetnames[0] == tr("Reporting", "Summary")
    assert "经营月报" in wb.worksheets[0]["A1"].value


def test_daily_report_workbook_and_pdf(ctx, month):
    day = date(2026, 11, 12)
    report = ctx.reporting.daily(month.manager, day)
    assert report.received == 7 and report.delivered == 8  # the accident car came in on the 9th, left the 12th
    figures = {v.code: v.value for v in report.figures}
    assert figures["output"] == D("11210.00") and figures["visits"] == 8
    mtd = {v.code: v.value for v in report.month_to_date}
    assert mtd["output"] == D("22420.00") and mtd["visits"] == 16
    wb = load_workbook(io.BytesIO(ctx.reporting.daily_workbook(month.manager, day)))
    rows = {r[0]: r[1:3] for r in _block(wb["Summary"], "Figures of the day")[1:]}
    assert rows["产值 Output"] == (11210, 22420) and rows["台次 Visits"] == (8, 16)
    assert len(_rows(wb["Statements"])) == 2 + 8 + 1
    text = _pdf_text(ctx.reporting.daily_pdf(month.manager, day))
    assert "Daily production report 2026-11-12" in text and "11,210.00" in text and "22,420.00" in text


def test_libreoffice_converts_the_workbook(ctx, month, workbook, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    src = tmp_path / "monthly.xlsx"
    src.write_bytes(workbook)
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path / "out"), str(src)], capture_output=True, timeout=180)
    assert done.returncode == 0, done.stderr
    converted = tmp_path / "out" / "monthly.pdf"
    assert converted.exists() and converted.stat().st_size > 0
    assert "33630" in _pdf_text(converted.read_bytes()).replace(",", "")


def test_the_files_report_their_steps_over_gathering_and_writing(ctx, month):
    nov = date(2026, 11, 20)
    steps: list[tuple[int, int]] = []
    ctx.reporting.monthly_workbook(month.manager, nov, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(d, 10) for d in range(1, 11)]  # 3 months gathered, the summary and 6 sheets written
    steps.clear()
    ctx.reporting.monthly_pdf(month.manager, nov, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(d, 5) for d in range(1, 6)]  # 3 months, the tables drawn, the pages laid out
    steps.clear()
    ctx.reporting.daily_workbook(month.manager, nov, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(d, 6) for d in range(1, 7)]


def test_money_numerators_keep_their_two_places_in_the_pdf_and_the_workbook(ctx, month):
    """A margin's numerator and denominator are money: 18,000.00 and 650.00, not 18,000 and 650."""
    from dataclasses import replace

    from services.reporting import documents

    report = ctx.reporting.monthly(month.manager, date(2026, 11, 20), with_statements=False)
    assert report.figure("parts_margin").denominator == Decimal("650.00")  # whole yuan: the case that lost them
    figures = tuple(replace(f, numerator=Decimal("18000.00")) if f.code == "parts_margin" else f
                    for f in report.figures)
    report = replace(report, figures=figures)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(documents.monthly_pdf(report))).pages)
    cells = text[text.index("Parts margin\n"):].split("\n")[1:4]  # value, numerator, denominator
    assert [c.strip() for c in cells] == ["17,509.33", "18,000.00", "650.00"]
    ws = load_workbook(io.BytesIO(documents.monthly_workbook(report)))["Summary"]
    [row] = [r for r in ws.iter_rows() if r[0].value and "Parts margin" in str(r[0].value)
             and "rate" not in str(r[0].value)]
    assert [c.number_format for c in row[3:5]] == ["#,##0.00", "#,##0.00"]
    comeback = [r for r in ws.iter_rows() if r[0].value and "Comeback" in str(r[0].value)][0]
    assert comeback[3].number_format == "#,##0"  # counts stay whole
