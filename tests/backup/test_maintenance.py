"""A restore on PostgreSQL locks the other PCs out: it marks the station as under maintenance, the other
apps' session check sees it and signs them out with "Data is being restored…", sign-ins are refused until it
ends; a mark left by a restore that died is cleared by the administrator once it is stale."""

from __future__ import annotations

import shutil
import socket
from argparse import Namespace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import insert, select, text

from app.backup import maintenance, postgres
from app.backup.restore import restore
from app.backup.store import Backups
from app.context import AppContext
from app.db.engine import open_database
from app.db.models.station import StationMaintenance
from services.common.errors import ConflictError
from services.users.sessions import UnderMaintenance
from tests.backup.conftest import stamp
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER

WAIT = 10_000


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


@pytest.mark.engine("postgresql")  # one app per SQLite file: the lock-out is PostgreSQL's
def test_a_postgresql_restore_signs_the_other_pcs_out_and_refuses_sign_ins_until_it_ends(ctx, admin, tmp_path,
                                                                                         monkeypatch):
    if shutil.which("pg_dump") is None:
        pytest.skip("needs PostgreSQL's client tools")
    stamp(ctx.db)
    backup = Backups(ctx.db, tmp_path / "backups", ctx.clock).make()
    url = _url(ctx.db)
    other = AppContext(open_database(url), ctx.clock, hasher=FAST_HASHER)  # the PC at the front desk
    try:
        other.users.authenticate("admin", ADMIN_PASSWORD)  # signed in before the restore
        assert other.users.guard.maintenance() is None
        seen = {}

        def after_mark() -> None:  # the mark is committed; nothing else has changed yet
            seen["marked"] = other.users.guard.maintenance()
            with pytest.raises(UnderMaintenance) as refused:
                other.users.authenticate("admin", ADMIN_PASSWORD)
            seen["refusal"] = refused.value.message()

        real_restore = postgres.restore

        def pg_restore(target, path) -> None:  # the schema is being replaced: its tables are not there
            seen["replacing"] = other.users.guard.maintenance()
            with pytest.raises(UnderMaintenance):
                other.users.authenticate("admin", ADMIN_PASSWORD)
            real_restore(target, path)

        monkeypatch.setattr(postgres, "restore", pg_restore)
        ctx.db.dispose()
        done = restore(url, backup.path, ctx.clock, after_mark=after_mark)

        assert seen["marked"].host == socket.gethostname() and seen["marked"].started_at == ctx.clock.now()
        assert seen["marked"].note == str(backup.path)
        assert seen["refusal"].startswith("Data is being restored…")
        assert seen["replacing"] is not None and seen["replacing"].started_at is None
        # over: the mark is gone from the restored schema and from the one kept aside, and people sign in
        assert other.users.guard.maintenance() is None
        assert other.users.authenticate("admin", ADMIN_PASSWORD).username == "admin"
        with other.db.engine.connect() as conn:
            assert conn.execute(text(f'SELECT count(*) FROM "{done.aside}".station_maintenance')).scalar() == 0
    finally:
        other.close()
        with ctx.db.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{done.aside}" CASCADE'))


@pytest.mark.engine("postgresql")  # PostgreSQL's mark
def test_a_refused_restore_clears_its_mark(ctx, admin, tmp_path):
    if shutil.which("pg_restore") is None:
        pytest.skip("needs PostgreSQL's client tools")
    stamp(ctx.db)
    backup = Backups(ctx.db, tmp_path / "backups", ctx.clock).make()
    url = _url(ctx.db)

    def pc_switched_off() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        restore(url, backup.path, ctx.clock, after_mark=pc_switched_off)
    assert ctx.users.guard.maintenance() is None  # cleared on the way out; the database untouched
    assert ctx.users.authenticate("admin", ADMIN_PASSWORD).username == "admin"


def _schema(db) -> str | None:
    return None if db.is_sqlite else postgres.Target.of(db.url).schema


def _mark(db, started_at, host="前台电脑") -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(StationMaintenance.__table__).values(
            reason="restore", started_at=started_at, host=host, note="x.dump", created_at=started_at,
            updated_at=started_at))


def test_a_stale_mark_is_cleared_by_the_administrator_and_a_young_one_is_not(ctx, admin, capsys):
    from app.cli import main

    now = ctx.clock.now()
    _mark(ctx.db, now - timedelta(hours=7))
    with pytest.raises(UnderMaintenance) as refused:
        ctx.users.authenticate("admin", ADMIN_PASSWORD)
    assert "servicebay restore --end-maintenance" in refused.value.message()  # the way out, named
    _mark(ctx.db, now - timedelta(minutes=20), host="收银台")
    with pytest.raises(ConflictError):  # that restore may still be running
        maintenance.end_stale(ctx.db.engine, _schema(ctx.db), ctx.clock)
    with ctx.db.engine.begin() as conn:
        conn.execute(StationMaintenance.__table__.delete().where(StationMaintenance.host == "收银台"))

    assert main(["--db", _url(ctx.db), "--lang", "en", "restore", "--end-maintenance"]) == 0
    assert "Cleared the mark of the restore started on 前台电脑" in capsys.readouterr().out
    with ctx.db.read() as s:
        assert s.scalars(select(StationMaintenance)).all() == []
    assert ctx.users.authenticate("admin", ADMIN_PASSWORD).username == "admin"


def test_the_session_check_signs_out_with_data_being_restored(qtbot, qloop, qapp, ctx, admin, tmp_path,
                                                              monkeypatch):
    """The other PC's app: its session check sees the mark, signs out and says so; the sign-in waits for the end."""
    from app.gui import Session
    from app.settings import LocalSettings
    from tests.backup.test_restore_gui import _sign_in, _top
    from views.shell.sign_in import SignInDialog

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    session = Session(qapp, Namespace(db=_url(ctx.db), lang=None), LocalSettings(), tmp_path / "log")
    session.ctx = ctx
    session._warmed_up = True
    session.maintenance_check_ms = 50
    loop = qloop.create_task(session._session_loop())
    try:
        _sign_in(qtbot, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: session._window is not None and session._window.isVisible(), timeout=WAIT)
        _mark(ctx.db, ctx.clock.now())  # another PC starts a restore
        qtbot.waitUntil(lambda: _top(QMessageBox, "maintenanceSignOut") is not None, timeout=WAIT)
        box = _top(QMessageBox, "maintenanceSignOut")
        assert box.text().startswith("Data is being restored…") and "前台电脑" in box.text()
        assert session._window is None  # signed out
        box.accept()
        qtbot.waitUntil(lambda: _top(SignInDialog) is not None, timeout=WAIT)
        dialog = _top(SignInDialog)
        dialog.vm.sign_in("admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Data is being restored…"), timeout=WAIT)
        assert dialog.isVisible()

        with ctx.db.engine.begin() as conn:  # the restore ends
            conn.execute(StationMaintenance.__table__.delete())
        _sign_in(qtbot, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: session._window is not None and session._window.isVisible(), timeout=WAIT)
        session._window.close()
        qtbot.waitUntil(loop.done, timeout=WAIT)
    finally:
        if not loop.done():
            loop.cancel()
        session.tasks.shutdown()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                w.close()
