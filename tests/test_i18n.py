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
    from services.common.errors import ValidationError
    from services.common.identifiers import check_plate
    from viewmodels.common.errors import describe

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


def _help(capsys, argv) -> str:
    import pytest

    from app.cli import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_cli_help_speaks_the_pcs_language(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path))  # no settings file: zh_CN, the default
    text = _help(capsys, ["--help"])
    assert text.startswith("用法：servicebay")
    assert "创建维修站及其管理员" in text and "显示本帮助并退出" in text and "选项" in text
    assert "create the station" not in text and "show this help" not in text
    # an area's command, several levels down
    text = _help(capsys, ["print", "job-card", "--help"])
    assert "用法：servicebay print job-card" in text and "--user" in text
    # English when asked
    text = _help(capsys, ["--lang", "en", "--help"])
    assert text.startswith("usage: servicebay") and "create the station and its administrator" in text


def test_every_cli_help_text_has_its_chinese(tmp_path, monkeypatch):
    import argparse

    from app.cli import Output, _parser

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path))
    out = Output("zh_CN")
    untranslated: list[str] = []

    def walk(parser, seen):
        if id(parser) in seen:
            return
        seen.add(id(parser))
        for action in parser._actions:
            text = action.help
            if text and text is not argparse.SUPPRESS and out.tr(text) == text == out.tr(text, "argparse"):
                untranslated.append(text)
            if isinstance(action, argparse._SubParsersAction):
                untranslated.extend(c.help for c in action._choices_actions if c.help and out.tr(c.help) == c.help)
                for sub in action.choices.values():
                    walk(sub, seen)

    walk(_parser(), set())
    assert untranslated == []


def test_cli_usage_errors_speak_chinese(tmp_path, monkeypatch, capsys):
    import argparse

    import pytest

    from app.cli import main

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path))
    gettext_before = argparse._
    with pytest.raises(SystemExit):
        main(["demo", "--scale", "huge"])
    assert "错误：参数 --scale：无效的选择：'huge'" in capsys.readouterr().err
    assert argparse._ is gettext_before  # argparse is given back as it was (pytest reads its own options with it)
