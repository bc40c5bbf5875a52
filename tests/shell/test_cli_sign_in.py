"""The command line signs a person in before it reads personal data or changes data."""

from __future__ import annotations

import os
import stat

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.context import AppContext
from app.signin import SIGN_IN_REFUSED
from services.customers.service import CustomerInput
from services.station.settings import StationSettings
from services.users.permissions import Actor, Role
from tests.cli_helpers import sign_in
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER


@pytest.fixture
def station(tmp_path, clock):
    """A station file with a customer, an information clerk (may export) and a technician (may not)."""
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    ctx, _ = AppContext.open(url, clock=clock)
    ctx = AppContext(ctx.db, clock, hasher=FAST_HASHER)
    try:
        admin = ctx.station.set_up(StationSettings(name="测试站"), "admin", "管理员", ADMIN_PASSWORD,
                                   today=clock.today())
        ctx.users.create_user(admin, "clerk", "信息员", "clerk-pass-7", [Role.INFORMATION_CLERK])
        ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
        ctx.customers.create_customer(admin, CustomerInput(name="张伟", mobile="13812341234"))
    finally:
        ctx.close()
    return url


def _exports(url) -> list:
    ctx, _ = AppContext.open(url)
    try:
        return ctx.audit.entries(Actor.system(), action_prefix="customers.export")
    finally:
        ctx.close()


def test_export_without_sign_in_writes_nothing_and_says_how(station, tmp_path, capsys):
    out = tmp_path / "customers.xlsx"
    code = main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out)])
    assert code == SIGN_IN_REFUSED != 0
    assert "Sign in first: add --user NAME --password-file FILE" in capsys.readouterr().err
    assert not out.exists()
    assert _exports(station) == []


def test_export_with_a_wrong_password_writes_nothing(station, tmp_path, capsys):
    out = tmp_path / "customers.xlsx"
    code = main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out),
                 *sign_in(tmp_path, "clerk", "not-her-pass-1")])
    assert code == SIGN_IN_REFUSED
    assert "Sign-in refused: The user name or password is wrong. Nothing was written." in capsys.readouterr().err
    assert not out.exists()
    assert _exports(station) == []


def test_export_by_a_role_without_the_right_writes_nothing(station, tmp_path, capsys):
    out = tmp_path / "customers.xlsx"
    code = main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out),
                 *sign_in(tmp_path, "tech01", "spanner-42")])
    assert code == 1
    assert "Export the customer file" in capsys.readouterr().err  # the permission in words, not its code
    assert not out.exists()


def test_export_with_the_right_password_is_written_privately_and_names_the_clerk(station, tmp_path, capsys):
    out = tmp_path / "customers.xlsx"
    code = main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out), "--purpose", "年检提醒",
                 *sign_in(tmp_path, "clerk", "clerk-pass-7")])
    assert code == 0, capsys.readouterr().err
    ws = load_workbook(out).active
    assert ws.cell(2, 1).value == "张伟"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    [entry] = _exports(station)
    assert entry.username == "clerk" and entry.details["purpose"] == "年检提醒"
    assert entry.details["via"].startswith("cli")


def test_on_a_terminal_the_user_name_and_password_are_asked_for(station, tmp_path, monkeypatch, capsys):
    import app.signin

    asked = []
    monkeypatch.setattr(app.signin, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "clerk")
    monkeypatch.setattr(app.signin.getpass, "getpass", lambda prompt: asked.append(prompt) or "clerk-pass-7")
    out = tmp_path / "customers.xlsx"
    assert main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out)]) == 0
    assert asked == ["User name: ", "Password for clerk: "]
    assert [e.username for e in _exports(station)] == ["clerk"]


def test_every_import_export_and_print_command_takes_a_sign_in():
    from app.cli import _parser

    parser = _parser()
    sub = parser._subparsers._group_actions[0].choices
    commands = []
    for verb in ("import", "export", "print"):
        group = sub[verb]._subparsers._group_actions[0].choices
        for name, p in group.items():
            commands.append((verb, name))
            assert any("--user" in a.option_strings for a in p._actions), f"{verb} {name}"
    assert ("export", "customers") in commands and ("print", "job-card") in commands and len(commands) >= 10


def test_demo_on_a_set_up_station_needs_an_administrator(station, tmp_path, capsys):
    assert main(["--db", station, "--lang", "en", "demo"]) == SIGN_IN_REFUSED
    assert main(["--db", station, "--lang", "en", "demo", *sign_in(tmp_path, "clerk", "clerk-pass-7")]) == \
        SIGN_IN_REFUSED
    assert "needs an administrator" in capsys.readouterr().err


def test_a_user_who_must_change_the_password_is_sent_to_the_desktop(station, tmp_path, capsys, clock):
    ctx, _ = AppContext.open(station, clock=clock)
    try:
        admin = ctx.users.authenticate("admin", ADMIN_PASSWORD)
        clerk = next(u for u in ctx.users.list_users(admin) if u.username == "clerk")
        ctx.users.require_password_change(admin, clerk.id)
    finally:
        ctx.close()
    out = tmp_path / "customers.xlsx"
    code = main(["--db", station, "--lang", "en", "export", "customers", "-o", str(out),
                 *sign_in(tmp_path, "clerk", "clerk-pass-7")])
    assert code == SIGN_IN_REFUSED and not out.exists()
    assert "must choose a new password first" in capsys.readouterr().err
