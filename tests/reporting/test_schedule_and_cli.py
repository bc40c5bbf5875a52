"""The scheduled daily report (once a morning, whole or not at all) and the command line."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main as cli_main
from services.common.errors import ConflictError, PermissionDenied, ValidationError
from services.reporting.data import ReportingSettings
from services.users.permissions import Actor, Role
from tests.cli_helpers import sign_in
from tests.reporting.fixtures import at


def test_the_scheduled_report_is_written_once(ctx, month, admin, tmp_path):
    rep = ctx.reporting
    assert rep.scheduled_due(month.manager) is None  # no folder set: nothing is due
    assert rep.run_scheduled(month.manager) is None
    folder = tmp_path / "daily"
    folder.mkdir()
    saved = rep.save_settings(admin, ReportingSettings(schedule_folder=str(folder)))
    assert rep.settings(month.manager).schedule_folder == str(folder)
    ctx.clock.moment = at(2026, 11, 20, 7, 30)  # the morning after the 19th
    assert rep.scheduled_due(month.manager) == date(2026, 11, 19)
    first = rep.run_scheduled(month.manager)
    assert first.written and first.day == date(2026, 11, 19)
    path = folder / "daily-2026-11-19.xlsx"
    assert first.path == str(path) and sorted(p.name for p in folder.iterdir()) == [path.name]
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    assert wb["Summary"]["A1"].value == "Daily production report 2026-11-19"
    # a second start that morning (or another PC): nothing due, and asked directly it leaves the file alone
    before = path.stat().st_mtime_ns
    assert rep.scheduled_due(month.manager) is None and rep.run_scheduled(month.manager) is None
    again = rep.write_scheduled(month.manager, folder, date(2026, 11, 19))
    assert not again.written and path.stat().st_mtime_ns == before
    # the next morning the 20th is due
    ctx.clock.moment = at(2026, 11, 21, 8)
    assert rep.scheduled_due(month.manager) == date(2026, 11, 20)
    # a stale settings form is refused; a missing folder is said so
    with pytest.raises(ConflictError):
        rep.save_settings(admin, ReportingSettings(schedule_folder="", version=saved.version - 1))
    with pytest.raises(ValidationError):
        rep.write_scheduled(month.manager, tmp_path / "nowhere", date(2026, 11, 20))


def test_settings_are_for_those_who_edit_settings_and_are_audited(ctx, month, admin):
    info = ctx.users.create_user(admin, "desk9", "吴主管", "secret-pass-1", [Role.FRONT_DESK_SUPERVISOR])
    desk = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    with pytest.raises(PermissionDenied):
        ctx.reporting.save_settings(desk, ReportingSettings({"output": Decimal("1")}))
    with pytest.raises(ValidationError):
        ctx.reporting.save_settings(admin, ReportingSettings({"nonsense": Decimal("1")}))
    ctx.reporting.save_settings(month.manager, ReportingSettings({"output": Decimal("800000")}))
    assert ctx.reporting.settings(desk).targets == {"output": Decimal("800000")}
    [entry] = ctx.audit.entries(admin, action_prefix="reporting.")
    assert entry.action == "reporting.settings" and entry.username == "manager"


def _stamp(empty_db):
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    url = empty_db.url()
    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    return url


def test_cli_writes_the_reports(ctx, month, empty_db, tmp_path, capsys):
    ctx.db.dispose()
    url = _stamp(empty_db)
    me = sign_in(tmp_path, "manager", "secret-pass-1")
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "d.pdf"
    assert cli_main(["--db", url, "--lang", "en", "report", "monthly", "--month", "2026-11", "-o", str(xlsx),
                     *me]) == 0
    wb = load_workbook(xlsx)
    assert wb["Summary"]["A1"].value == "Monthly operating report 2026-11"
    assert cli_main(["--db", url, "--lang", "en", "report", "daily", "--date", "2026-11-12", "-o", str(pdf),
                     *me]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Daily production report 2026-11-12" in text and "11,210.00" in text
    assert cli_main(["--db", url, "report", "monthly", "--month", "11/2026", "-o", str(xlsx), *me]) == 2
    assert cli_main(["--db", url, "report", "daily", "-o", str(tmp_path / "x.csv"), *me]) == 2
    err = capsys.readouterr().err
    assert "11/2026" in err and "x.csv" in err
    # the same work as the app runs it in a worker process: its own database and services, Chinese
    from app.commands.reporting import write_daily, write_monthly

    path = write_monthly(url, month.manager, date(2026, 11, 1), str(tmp_path / "月报.xlsx"), "zh_CN")
    assert load_workbook(path)["汇总"]["A1"].value == "经营月报 2026-11"
    path = write_daily(url, month.manager, date(2026, 11, 12), str(tmp_path / "日报.pdf"), "zh_CN")
    assert "生产日报 2026-11-12" in "".join(p.extract_text() for p in PdfReader(path).pages)
