"""Tool documents say what happened: the loan slip's text and barcode, the workbooks' cells, the CLI."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main as cli_main
from reports.tools.documents import (
    calibration_workbook,
    losses_workbook,
    overdue_workbook,
    render_loan_slip,
    utilisation_workbook,
)
from tests.cli_helpers import sign_in
from tests.document_helpers import decode_pdf
from tests.tools.fixtures import make_station


def key() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def lent(ctx, admin):
    st = make_station(ctx, admin)
    results = ctx.tools.lend_items(st.keeper, "E10001", ["T0001", "T0002", "T0003"], [key(), key(), key()],
                                   job_card_number="WT202611000012")
    return st, results[0].loan_number


def test_the_loan_slip_shows_borrower_and_items_in_chinese_and_its_barcode_scans(ctx, lent, tmp_path):
    st, number = lent
    slip = ctx.tools.loan_slip(st.keeper, number)
    pdf = render_loan_slip(slip)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for expected in ("工具借用单", "王师傅", "E10001", "扭力扳手", "专用正时工具 EA888", "故障诊断仪 ODIS", number,
                     "WT202611000012", "2026-11-20 23:59", "借用人签字", "管理员签字", "刘保管"):
        assert expected in text, expected
    assert decode_pdf(pdf)[0] == [number]


def test_the_slip_in_english_has_english_headings(ctx, lent):
    st, number = lent
    text = PdfReader(io.BytesIO(render_loan_slip(ctx.tools.loan_slip(st.keeper, number), lang="en"))).pages[0]\
        .extract_text()
    assert "Tool loan slip" in text and "Borrower's signature" in text and "王师傅" in text


def _cells(data: bytes) -> list[list]:
    ws = load_workbook(io.BytesIO(data)).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_workbooks_read_back_with_their_rows(ctx, lent, clock, admin):
    st, number = lent
    svc = ctx.tools
    start = clock.today()
    svc.return_item(st.keeper, "T0001", key())
    clock.advance(days=1, hours=2)
    svc.return_item(st.keeper, "T0002", key(), "lost", "遗失在试车途中")
    overdue = _cells(overdue_workbook(svc.overdue(admin), clock.now()))
    assert overdue[0][0] == "逾期未还工具清单"
    assert overdue[2][:4] == ["借用单号", "编号", "名称", "借用人"]
    assert overdue[3][:4] == [number, "T0003", "故障诊断仪 ODIS", "王师傅"]
    assert overdue[3][6] == pytest.approx(12.5, abs=0.1)  # due 23:59:59, now 12:30 the next day
    util = _cells(utilisation_workbook(svc.utilisation(admin, start, clock.today()), start, clock.today()))
    by_number = {r[0]: r for r in util[3:]}
    assert by_number["T0003"][3] == 1 and by_number["T0005"][3] == 0
    assert by_number["T0003"][5] == pytest.approx(26 / 36.5, abs=0.001)  # out since 10:30 of a 36.5 h period
    cal = _cells(calibration_workbook(svc.calibration_due(admin, 30), clock.today()))
    assert cal[0][0] == "30天内到期的校准与保养"
    assert [r[0] for r in cal[3:]] == ["T0004"] and cal[3][7] == -4
    losses = _cells(losses_workbook(svc.incidents(admin), start, clock.today()))
    assert losses[3][1:6] == ["T0002", "专用正时工具 EA888", "丢失", "王师傅", number]
    assert losses[-1][0] == "合计"


def test_losses_total_sums_the_charges(ctx, lent, admin):
    st, _ = lent
    ctx.tools.return_item(st.keeper, "T0003", key(), "lost")
    rows = _cells(losses_workbook(ctx.tools.incidents(admin), None, None))
    assert rows[-1][7] == pytest.approx(float(Decimal("38000.00")))


def test_cli_exports_and_prints_with_the_same_services(ctx, lent, tmp_path, empty_db):
    st, number = lent
    url = empty_db.url()
    ctx.db.dispose()
    # the fixture's schema was made from the models: mark it as at the newest migrations for the CLI
    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    pdf, xlsx = tmp_path / "slip.pdf", tmp_path / "cal.xlsx"
    me = sign_in(tmp_path)
    assert cli_main(["--db", url, "--lang", "zh_CN", "print", "loan-slip", number, "-o", str(pdf), *me]) == 0
    assert "王师傅" in PdfReader(str(pdf)).pages[0].extract_text()
    assert cli_main(["--db", url, "export", "tools-calibration", "--days", "4000", "-o", str(xlsx), *me]) == 0
    assert [r[0] for r in _cells(xlsx.read_bytes())[3:]] == ["T0004", "T0001"]
    for what in ("tools-overdue", "tools-utilisation", "tools-losses"):
        out = tmp_path / f"{what}.xlsx"
        assert cli_main(["--db", url, "export", what, "-o", str(out), *me]) == 0
        assert load_workbook(out).active.max_row >= 3
    assert cli_main(["--db", url, "print", "loan-slip", "JY000", "-o", str(pdf), *me]) == 1
    assert cli_main(["--db", url, "check"]) == 0
