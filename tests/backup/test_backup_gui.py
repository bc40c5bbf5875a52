"""The Backups tab of the settings page and the home page's warning, as the station manager sees them."""

from __future__ import annotations

import zipfile
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from app.backup.store import Backups
from app.gui import build_main_window
from app.settings import LocalSettings
from tests.backup.conftest import stamp

WAIT = 15_000


@pytest.fixture
def local_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    return LocalSettings()


def test_back_up_now_choose_a_folder_and_save_a_report(qtbot, ctx, admin, tasks, local_settings, tmp_path,
                                                       monkeypatch):
    stamp(ctx.db)
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.open_area("settings")
    tab = window.current_page().backup_tab
    qtbot.waitUntil(lambda: tab.last.text() != "", timeout=WAIT)
    assert tab.last.text() == "No backup yet."
    assert tab.folder.text() == str(tmp_path / "home" / "backups")

    qtbot.mouseClick(tab.back_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written and checked" in tab.message.text(), timeout=WAIT)
    made = Backups(ctx.db, tmp_path / "home" / "backups").list()
    assert len(made) == 1 and made[0].name in tab.last.text() and "MB" in tab.last.text()

    chosen = tmp_path / "second-disk"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    qtbot.mouseClick(tab.choose, Qt.MouseButton.LeftButton)
    assert tab.folder.text() == str(chosen)
    assert LocalSettings.load().backup_folder == str(chosen)  # this PC's setting, saved
    qtbot.waitUntil(lambda: tab.last.text() == "No backup yet.", timeout=WAIT)  # none there yet
    ctx.clock.advance(days=1)
    qtbot.mouseClick(tab.back_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(chosen) in tab.last.text(), timeout=WAIT)

    report = tmp_path / "report.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(tab.report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "report saved" in tab.message.text(), timeout=WAIT)
    with zipfile.ZipFile(report) as zf:
        assert {"versions.txt", "settings.json", "database.txt"} <= set(zf.namelist())
        assert str(chosen) in zf.read("database.txt").decode()


def test_home_warns_when_the_last_good_backup_is_older_than_two_days(qtbot, ctx, admin, tasks, local_settings,
                                                                     tmp_path):
    stamp(ctx.db)
    made = Backups(ctx.db, tmp_path / "home" / "backups", ctx.clock).make()
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.tiles != {} or page.message.text() != "", timeout=WAIT)
    page.vm.refresh()
    qtbot.waitUntil(lambda: "in_workshop" in page.tiles, timeout=WAIT)
    assert "backup" not in page.tiles  # made just now

    ctx.clock.advance(days=2, hours=1)
    page.vm.refresh()
    if not ctx.db.is_sqlite:  # the server's backups are the server's business: no tile on the PCs
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
        assert "backup" not in page.tiles
        return
    qtbot.waitUntil(lambda: "backup" in page.tiles, timeout=WAIT)
    assert page.value_of("backup") == "2"
    lines = " ".join(lbl.text() for lbl in page.tiles["backup"].findChildren(QLabel))
    assert made.name in lines
    assert ctx.clock.now() - made.taken_at > timedelta(days=2)


def test_the_app_backs_up_after_start_and_says_when_the_file_is_damaged(qtbot, qapp, qloop, tmp_path, monkeypatch):
    import sqlite3
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.context import AppContext
    from app.db.engine import open_database
    from app.gui import Session
    from tests.backup.test_backup_restore import _damage

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    path = tmp_path / "servicebay.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE stock_moves (id INTEGER PRIMARY KEY, note TEXT)")
    con.executemany("INSERT INTO stock_moves (note) VALUES (?)", [("x" * 400,)] * 3000)
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    folder = tmp_path / "home" / "backups"

    def start() -> Session:
        session = Session(qapp, Namespace(db=url, lang=None), LocalSettings(), tmp_path / "log")
        session.ctx = AppContext(open_database(url))
        session._after_start()
        return session

    first = start()
    try:
        qtbot.waitUntil(lambda: len(list(folder.glob("servicebay-*.sqlite3"))) == 1, timeout=WAIT)
    finally:
        first.tasks.shutdown()
        first._backup_timer.stop()
        first.ctx.close()

    _damage(path, pages=(100, 101, 102))
    second = start()
    try:
        def box():
            return next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QMessageBox) and w.objectName() == "damagedDatabase" and w.isVisible()), None)

        qtbot.waitUntil(lambda: box() is not None, timeout=WAIT)
        good = next(folder.glob("servicebay-*.sqlite3"))
        assert str(good) in box().text()
        assert second.ctx.db.writes_stopped is not None
        box().close()
    finally:
        second.tasks.shutdown()
        second._backup_timer.stop()
        second.ctx.close()


def test_with_no_backup_yet_the_home_tile_says_so_without_a_count(qtbot, ctx, admin, tasks, local_settings):
    """A new station has no backup: the tile must not claim "0 days since the last good backup"."""
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    page = window.current_page()
    if not ctx.db.is_sqlite:
        # a PostgreSQL server is backed up on the server: the PC shows no tile about its own copies
        qtbot.waitUntil(lambda: bool(page.tiles), timeout=WAIT)
        assert "backup" not in page.tiles
        return
    qtbot.waitUntil(lambda: "backup" in page.tiles, timeout=WAIT)
    assert page.value_of("backup") == "—"
    lines = " ".join(lbl.text() for lbl in page.tiles["backup"].findChildren(QLabel))
    assert "No backup has been made yet." in lines
    # its Open goes where a backup is made: the settings' Backups tab, not the settings' first tab
    qtbot.mouseClick(page.tiles["backup"].findChild(QPushButton), Qt.MouseButton.LeftButton)
    settings = window.current_page()
    assert settings.tabs.currentWidget() is settings.backup_tab
