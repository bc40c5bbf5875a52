"""The printed appointment list, tested by what it says; ``servicebay print appointments``; the KPI workbook."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pdfplumber

from app.cli import main as cli_main
from reports.crm.kpis import KpiSheet, render_kpi_workbook
from services.crm.data import AppointmentInput
from tests.cli_helpers import sign_in, stamp_heads
from tests.crm.fixtures import at


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


def _book(ctx, centre, advisor, hh, mm):
    return ctx.crm.book(centre.booker, AppointmentInput(vehicle_id=centre.st.vehicle_id, advisor_id=advisor.user_id,
                                                        starts_at=at(2026, 11, 23, hh, mm), request="更换刹车片",
                                                        expected_hours=Decimal("1.5")))


def test_cli_prints_the_days_appointments_per_advisor(ctx, centre, empty_db, tmp_path, capsys):
    a = _book(ctx, centre, centre.advisor, 9, 0)
    _book(ctx, centre, centre.advisor2, 10, 30)
    url = empty_db.url()
    ctx.db.dispose()

    stamp_heads(url)
    me = sign_in(tmp_path)
    out = tmp_path / "appointments.pdf"
    assert cli_main(["--db", url, "--lang", "zh_CN", "print", "appointments", "--date", "2026-11-23", "-o", str(out),
                     "--purpose", "接待台核对预约", *me]) == 0
    text = _text(out.read_bytes())
    assert "预约登记表2026-11-23" in text and a.number in text and "沪A12345" in text
    assert "服务顾问:李顾问(1台)" in text and "服务顾问:王顾问(1台)" in text and "09:00" in text
    # the capacity is the roster's: the station's one technician, no team, the usual 8-hour day
    assert "车间已约工时:3/82台" in text and "已预约" in text
    assert cli_main(["--db", url, "print", "appointments", "--date", "23/11", "-o", str(tmp_path / "x.pdf"), "--purpose", "交客户本人", *me]) == 2
    assert "23/11" in capsys.readouterr().err


def test_kpi_workbook_reads_back():
    data = render_kpi_workbook(KpiSheet("2026-11-01 – 2026-11-30",
                                        (("预约率", 2, 4, Decimal("0.5"), Decimal("0.5")),),
                                        (("=维修质量", 3),), (("车间", 3),),
                                        ("指标", "完成数", "总数", "比率", "目标", "问题类别", "责任部门", "数量")))
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[1] == ["指标", "完成数", "总数", "比率", "目标"]
    assert rows[2] == ["预约率", 2, 4, 0.5, 0.5]
    assert ["=维修质量", 3] in [r[:2] for r in rows]  # user text never becomes a formula
    assert rows[0][0] == "2026-11-01 – 2026-11-30"


def test_cli_appointment_list_needs_a_purpose_and_records_it(ctx, centre, empty_db, tmp_path, capsys):
    from pypdf import PdfReader

    from tests.print_purpose_helpers import refused_then_printed

    a = _book(ctx, centre, centre.advisor, 9, 0)
    url = empty_db.url()
    ctx.db.dispose()
    stamp_heads(url)
    out = tmp_path / "appointments.pdf"
    entry = refused_then_printed(capsys, url, ["appointments", "--date", "2026-11-23"], out, sign_in(tmp_path),
                                 "appointment list", "crm.print", purpose="接待台核对预约")
    assert (entry.entity, entry.entity_id, entry.details["document"]) == ("appointment_list", "2026-11-23",
                                                                         "appointments")
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    assert a.number in text and "沪A12345" in text
