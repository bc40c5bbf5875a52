"""``servicebay print repair-file`` and ``servicebay health-record export/backfill`` on a real database."""

from __future__ import annotations

import json
from io import BytesIO

from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main as cli_main
from tests.cli_helpers import sign_in
from tests.job_cards.fixtures import VIN
from tests.repair_file.fixtures import settle


def test_the_cli_prints_the_file_and_exports_the_month(ctx, station, stamped_url, tmp_path, capsys):
    a = settle(ctx, station)
    ctx.clock.advance(days=3)
    b = settle(ctx, station, deliver=False, mileage_in=36000)
    who = sign_in(tmp_path)
    pdf = tmp_path / "file.pdf"
    assert cli_main(["--db", stamped_url, "--lang", "zh_CN", "print", "repair-file", VIN, "-o", str(pdf), "--purpose", "交客户本人", *who]) == 0
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf.read_bytes())).pages)
    assert a.number in text and b.number in text and "机动车维修档案" in text

    out = tmp_path / "health.json"
    assert cli_main(["--db", stamped_url, "--lang", "zh_CN", "health-record", "export", "--from", "2026-11-01",
                     "--to", "2026-11-30", "-o", str(out), *who]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))["records"]
    assert [r["costlistcode"] for r in records] == [a.number, b.number]
    assert "2" in capsys.readouterr().out
    xlsx = tmp_path / "health.xlsx"
    assert cli_main(["--db", stamped_url, "health-record", "export", "--from", "2026-11-01", "--to", "2026-11-30",
                     "-o", str(xlsx), *who]) == 0
    rows = list(load_workbook(xlsx)["维修记录"].iter_rows(values_only=True))
    assert [r[8] for r in rows[1:]] == [a.number, b.number]
    assert cli_main(["--db", stamped_url, "health-record", "backfill", *who]) == 0  # nothing left to make
    assert "0" in capsys.readouterr().out
    assert cli_main(["--db", stamped_url, "check"]) == 0


def test_the_cli_prints_the_file_only_with_a_purpose_and_records_it(ctx, station, stamped_url, tmp_path, capsys):
    from services.common.identifiers import normalise_vin
    from tests.print_purpose_helpers import refused_then_printed

    a = settle(ctx, station)
    pdf = tmp_path / "file.pdf"
    entry = refused_then_printed(capsys, stamped_url, ["repair-file", VIN], pdf, sign_in(tmp_path), "repair file",
                                 "repair_file.print")
    assert entry.entity_id == normalise_vin(VIN)
    assert a.number in "".join(p.extract_text() for p in PdfReader(BytesIO(pdf.read_bytes())).pages)
