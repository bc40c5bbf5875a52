"""Restoring a backup from the settings page: the administrator chooses one, reads what it replaces, restores;
the app starts again at the sign-in on the restored data, and the database that was in use is kept aside."""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.backup.store import Backups
from app.gui import Session
from app.settings import LocalSettings
from tests.backup.conftest import stamp
from tests.conftest import ADMIN_PASSWORD
from views.shell.sign_in import SignInDialog

WAIT = 10_000


def _top(kind, name: str | None = None):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
                 and (name is None or w.objectName() == name)), None)


def _sign_in(qtbot, username: str, password: str):
    qtbot.waitUntil(lambda: _top(SignInDialog) is not None, timeout=WAIT)
    dialog = _top(SignInDialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.vm.sign_in(username, password)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)




# the restore screen is driven on SQLite; PostgreSQL's restore (pg_restore and the lock-out mark) is test_maintenance.py's
@pytest.mark.engine("sqlite")
def test_admin_restores_yesterdays_backup_from_the_settings_page(qtbot, qloop, qapp, ctx, admin,
                                                                 tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    stamp(ctx.db)
    folder = tmp_path / "home" / "backups"
    backup = Backups(ctx.db, folder, ctx.clock).make()
    ctx.users.create_user(admin, "wang.wei", "王伟", "pass-word-2", ["technician"])  # made after the backup
    database = ctx.db.sqlite_path
    url = f"sqlite:///{database}"
    ctx.db.dispose()

    session = Session(qapp, Namespace(db=url, lang=None), LocalSettings(), tmp_path / "log")
    from app.context import AppContext

    session.ctx, _ = AppContext.open(url)
    session._warmed_up = True  # no warm-up, no daily backup: this test is about the restore
    loop = qloop.create_task(session._session_loop())
    try:
        _sign_in(qtbot, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: session._window is not None and session._window.isVisible(), timeout=WAIT)
        window = session._window
        window.open_area("settings")
        tab = window.current_page().backup_tab
        assert tab.restore.isVisibleTo(tab)  # an administrator's button

        # a damaged file and one of a newer ServiceBay are refused in the CLI's words; nothing can be restored
        import shutil
        import sqlite3

        from tests.backup.test_backup_restore import _damage

        damaged, newer = tmp_path / "damaged.sqlite3", tmp_path / "newer.sqlite3"
        shutil.copy(backup.path, damaged)
        _damage(damaged)
        shutil.copy(backup.path, newer)
        con = sqlite3.connect(newer)
        con.execute("INSERT INTO alembic_version VALUES ('0999_from_the_future')")
        con.commit()
        con.close()
        qtbot.mouseClick(tab.restore, Qt.MouseButton.LeftButton)
        dialog = tab.restore_dialog
        qtbot.waitUntil(lambda: dialog.backups.count() == 1, timeout=WAIT)
        assert backup.name in dialog.backups.item(0).text()
        for chosen, words in ((damaged, "is damaged"), (newer, "made by a newer version of ServiceBay")):
            monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, f=chosen, **k: (str(f), ""))
            qtbot.mouseClick(dialog.other, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda w=words: w in dialog.confirmation.text(), timeout=WAIT)
            assert "Nothing was changed" in dialog.confirmation.text() or "nothing was changed" in \
                dialog.confirmation.text()
            assert not dialog.go.isEnabled()

        # the folder's backup: checked, then a confirmation naming what it replaces and where the current one goes
        dialog.backups.setCurrentRow(0)
        qtbot.waitUntil(dialog.go.isEnabled, timeout=WAIT)
        words = dialog.confirmation.text()
        assert str(backup.path) in words and str(database) in words and "kept aside" in words
        assert f"{database.name}.before-restore-" in words
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: _top(QMessageBox, "restoreDone") is not None, timeout=WAIT)
        done = _top(QMessageBox, "restoreDone")
        assert "Restored" in done.text() and "before-restore-" in done.text()
        done.accept()
        qtbot.waitUntil(lambda: _top(SignInDialog) is not None, timeout=WAIT)  # signed out, at the sign-in

        names = [u.username for u in session.ctx.users.list_users(admin)]
        assert "wang.wei" not in names and "admin" in names  # the change made after the backup is gone
        aside = list(database.parent.glob(f"{database.name}.before-restore-*"))
        assert len(aside) == 1
        kept = sqlite3.connect(aside[0])
        try:  # the database that was in use, kept whole
            assert kept.execute("SELECT count(*) FROM users WHERE username = 'wang.wei'").fetchone() == (1,)
        finally:
            kept.close()
        _top(SignInDialog).reject()
        qtbot.waitUntil(loop.done, timeout=WAIT)
        assert loop.result() == 0
    finally:
        if not loop.done():
            loop.cancel()
        session.tasks.shutdown()
        session.ctx.close()


def test_only_an_administrator_sees_restore(qtbot, ctx, admin, tasks, tmp_path, monkeypatch):
    from app.gui import build_main_window

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    ctx.users.create_user(admin, "zhang.jl", "张经理", "pass-word-3", ["station_manager"])
    manager = ctx.users.authenticate("zhang.jl", "pass-word-3")
    for actor, shown in ((manager, False), (admin, True)):
        window = build_main_window(ctx, actor, tasks, LocalSettings(), restore_backup=lambda path: None)
        qtbot.addWidget(window)
        window.open_area("settings")
        tab = window.current_page().backup_tab
        assert tab.restore.isVisibleTo(tab) is shown
        window.close()
