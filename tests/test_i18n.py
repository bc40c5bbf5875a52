"""Chinese first: every string on screen has its zh_CN translation, and the shipped .qm are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parent.parent


def _i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_compiled():
    problems = _i18n_tool().check()
    assert problems == []


def test_chinese_is_loaded_for_screens_and_qt_own_dialogs(qapp):
    from app import i18n

    translators = i18n.install(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("SignInDialog", "Sign in") == "登录"
        assert QCoreApplication.translate("Role", "Storekeeper") == "仓库管理员"
        # qtbase's own strings, e.g. a standard dialog button
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "Sign in"


def test_service_refusals_reach_the_user_in_chinese(qapp):
    from app import i18n
    from services.errors import ValidationError
    from services.identifiers import check_plate
    from viewmodels.errors import describe

    translators = i18n.install(qapp, "zh_CN")
    try:
        try:
            check_plate("京AI2345")
        except ValidationError as exc:
            assert describe(exc) == "车牌在发牌机关代号之后不使用字母 I 和 O：京AI2345。"
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)


def test_cli_speaks_chinese_by_default(tmp_path, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path))
    pw = tmp_path / "pw.txt"
    pw.write_text("admin-pass-1\n", encoding="utf-8")
    assert main(["init", "--station", "测试站", "--admin", "boss", "--password-file", str(pw)]) == 0
    assert "已建立维修站 测试站；请以 boss 登录。" in capsys.readouterr().out
    assert main(["init", "--station", "测试站", "--admin", "boss", "--password-file", str(pw)]) == 1
    assert "维修站已经建立。" in capsys.readouterr().err
