"""``servicebay claims open`` and ``servicebay claims receivables``: the workbooks written by the CLI for a
signed-in person, read back."""

from __future__ import annotations

from openpyxl import load_workbook

from app.cli import main as cli_main
from tests.claims.fixtures import accident_card, warranty_card
from tests.cli_helpers import sign_in


def _stamp(url: str) -> None:
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()


def test_the_cli_writes_the_open_claims_and_the_insurer_receivables(ctx, desk, empty_db, tmp_path, capsys):
    st = desk.st
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, st).id)
    pingan = ctx.claims.add_insurer(desk.clerk, "平安保险")
    card = accident_card(ctx, st, mileage_in=35100)
    job = ctx.claims.register_insurance(desk.clerk, card.id, pingan.id, "BA-77")
    ctx.claims.assess(desk.clerk, job.id, job.version, "940", "200")
    ctx.settlement.settle(st.advisor, card.id)
    url = empty_db.url()
    ctx.db.dispose()
    _stamp(url)
    me = sign_in(tmp_path)

    out = tmp_path / "open.xlsx"
    assert cli_main(["--db", url, "--lang", "en", "claims", "open", "-o", str(out), *me]) == 0
    rows = [[c.value for c in r] for r in load_workbook(out).active.iter_rows()]
    assert rows[1][0] == claim.number and rows[-1][0] == "Total"
    assert "1 open claims" in capsys.readouterr().out

    out = tmp_path / "receivables.xlsx"
    assert cli_main(["--db", url, "--lang", "zh_CN", "claims", "receivables", "-o", str(out), *me]) == 0
    wb = load_workbook(out)
    summary = [[c.value for c in r] for r in wb.worksheets[0].iter_rows()]
    assert summary[1][:5] == ["平安保险", 1, 740.0, 0.0, 740.0]
    assert "740.00" in capsys.readouterr().out
    # no one signed in, nothing written
    assert cli_main(["--db", url, "claims", "receivables", "-o", str(tmp_path / "x.xlsx"), "--user", "admin",
                     "--password-file", str(tmp_path / "missing")]) != 0
    assert not (tmp_path / "x.xlsx").exists()
