"""Starting the app: version, first run without a screen, bad databases, errors to the log."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from argparse import Namespace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.gui import Session, show_error
from app.logging_setup import setup_logging
from app.settings import LocalSettings


def _run_cli(*args, home, timeout=300):
    """The CLI as a person runs it, in the test's own data folder and never on a database the PC names."""
    env = {**os.environ, "SERVICEBAY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SERVICEBAY_DB", None)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def test_version_is_printed(tmp_path):
    result = _run_cli("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"ServiceBay {__version__}"


def test_init_without_a_screen_then_sign_in(tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text("station-pass-9\n", encoding="utf-8")
    result = _run_cli("--lang", "en", "init", "--station", "星辰维修站", "--admin", "boss", "--password-file",
                      str(pw), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Station 星辰维修站 created; sign in as boss." in result.stdout
    assert (tmp_path / "servicebay.sqlite3").exists()

    from app.context import AppContext

    ctx, _ = AppContext.open(f"sqlite:///{tmp_path / 'servicebay.sqlite3'}")
    try:
        assert ctx.users.authenticate("boss", "station-pass-9").username == "boss"
        assert ctx.station.settings().name == "星辰维修站"
    finally:
        ctx.close()


def test_init_with_a_weak_password_says_why_and_creates_nothing(tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text("abc\n", encoding="utf-8")
    result = _run_cli("init", "--station", "站", "--admin", "boss", "--password-file", str(pw), home=tmp_path)
    assert result.returncode == 1
    assert "密码至少 8 个字符。" in result.stderr
    from app.context import AppContext

    ctx, _ = AppContext.open(f"sqlite:///{tmp_path / 'servicebay.sqlite3'}")
    try:
        assert not ctx.station.is_set_up()
    finally:
        ctx.close()


def test_cli_on_a_corrupt_file_says_so_in_chinese(tmp_path):
    bad = tmp_path / "servicebay.sqlite3"
    bad.write_bytes(b"not a database at all" * 50)
    result = _run_cli("check", home=tmp_path)
    assert result.returncode == 2
    assert "数据库文件已损坏" in result.stderr
    assert bad.read_bytes() == b"not a database at all" * 50


async def _start(url: str, tmp_path) -> int:
    args = Namespace(db=url, lang=None)
    return await Session(QApplication.instance(), args, LocalSettings(), tmp_path / "log").run()


def _run_session(qtbot, qloop, url, tmp_path):
    task = qloop.create_task(_start(url, tmp_path))

    def box():
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None, timeout=15000)
    shown = box()
    text = shown.text()
    shown.accept()
    qtbot.waitUntil(task.done, timeout=5000)
    return task.result(), text


def test_unreachable_server_shows_a_clear_message(qtbot, qloop, tmp_path):
    pytest.importorskip("psycopg")
    code, text = _run_session(qtbot, qloop, "postgresql+psycopg://postgres@127.0.0.1:1/servicebay", tmp_path)
    assert code == 2
    assert "cannot be reached" in text


def test_read_only_file_shows_a_clear_message_and_loses_nothing(qtbot, qloop, tmp_path):
    from app.context import AppContext

    path = tmp_path / "servicebay.sqlite3"
    ctx, _ = AppContext.open(f"sqlite:///{path}")
    ctx.close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        code, text = _run_session(qtbot, qloop, f"sqlite:///{path}", tmp_path)
    finally:
        path.chmod(0o644)
    assert code == 2
    assert "read-only" in text
    assert path.read_bytes() == before


def test_second_copy_on_the_same_file_is_told_and_stops(qtbot, qloop, tmp_path):
    from app import instance

    url = f"sqlite:///{tmp_path / 'servicebay.sqlite3'}"
    first = instance.acquire(url)
    try:
        code, text = _run_session(qtbot, qloop, url, tmp_path)
    finally:
        first.release()
    assert code == 1
    assert "already open" in text


def test_an_unexpected_error_reaches_the_user_and_the_log(qtbot, tmp_path):
    log_path = setup_logging(tmp_path)
    try:
        raise RuntimeError("printer spooler exploded")
    except RuntimeError as exc:
        logging.getLogger("servicebay.test").error("unhandled error", exc_info=exc)
        show_error(None, exc, log_path)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "RuntimeError" in box.text()
    assert str(log_path) in box.informativeText()
    box.accept()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "printer spooler exploded" in logged and "Traceback" in logged
    for h in list(logging.getLogger().handlers):
        if getattr(h, "_servicebay", False):
            logging.getLogger().removeHandler(h)
            h.close()


def test_task_runner_cancels_the_older_task_of_a_name_and_reports_progress(qtbot, tasks):
    import threading

    release = threading.Event()
    results: list[str] = []
    progress: list[tuple[str, int, int]] = []
    tasks.progress.connect(lambda name, done, total: progress.append((name, done, total)))

    def slow(text, task=None):
        release.wait(5)
        task.check()
        return text

    def quick(text, task=None):
        for i in range(3):
            task.report(i + 1, 3)
        return text

    tasks.run("search", slow, "zh", on_done=results.append)
    with qtbot.waitSignal(tasks.finished, timeout=5000):
        tasks.run("search", quick, "zhang", on_done=results.append)
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert results == ["zhang"]  # the stale search never lands
    assert progress == [("search", 1, 3), ("search", 2, 3), ("search", 3, 3)]


def test_task_errors_go_to_on_error(qtbot, tasks):
    errors = []

    def boom():
        raise ValueError("bad")

    with qtbot.waitSignal(tasks.failed):
        tasks.run("x", boom, on_error=errors.append)
    assert isinstance(errors[0], ValueError)
    asyncio.get_event_loop()  # the loop is still usable


def test_a_result_arriving_after_its_page_closed_is_dropped_quietly(qtbot, tasks):
    from PySide6.QtCore import QObject, Signal

    class Model(QObject):
        changed = Signal(int)

        def set_rows(self, n: int) -> None:
            self.setObjectName(str(n))  # touches the C++ object

    model = Model()
    import shiboken6

    shiboken6.delete(model)  # the page (and its model) went away while the query ran
    with qtbot.waitSignal(tasks.finished):
        task = tasks.run("late", lambda: 3, on_done=model.set_rows)
    qtbot.waitUntil(task.done)
    assert task.exception() is None  # nothing left to surface from a finaliser later
