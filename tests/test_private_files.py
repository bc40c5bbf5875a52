"""A second OS user of the PC cannot read the data folder, database, WAL, backups, settings or logs."""

from __future__ import annotations

import logging
import os
import stat
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from app.backup.store import Backups
from app.checks import run_checks
from app.context import AppContext
from app.db.engine import open_database, sqlite_url
from app.logging_setup import setup_logging
from app.paths import data_dir, log_dir, loose_data_files
from app.settings import LocalSettings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses the profile's ACL")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def usual_umask():
    """Most desktops run with umask 022, which would leave new files readable by everyone."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "ServiceBay"  # not there yet: the app makes it
    monkeypatch.setenv("SERVICEBAY_HOME", str(folder))
    return folder


def test_database_wal_backup_settings_and_log_are_for_this_user_only(home):
    with usual_umask():
        db = open_database(sqlite_url(data_dir() / "servicebay.sqlite3"))
        try:
            with db.write() as s:  # a write leaves the WAL and its index next to the file
                s.execute(text("CREATE TABLE t (x TEXT)"))
                s.execute(text("INSERT INTO t VALUES ('13812341234')"))
            path = db.sqlite_path
            wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
            assert wal.exists() and shm.exists()
            backup = Backups(db).make(label="before-upgrade").path
            LocalSettings().save()
            log_file = setup_logging()
            logging.getLogger("test").warning("张伟 13812341234")
            files = (path, wal, shm, backup, home / "settings.json", log_file)
            modes = {f.name: mode(f) for f in files}  # the WAL goes when the last connection closes
            loose = loose_data_files(path)
        finally:
            db.dispose()
            for h in list(logging.getLogger().handlers):
                if getattr(h, "_servicebay", False):
                    h.close()
                    logging.getLogger().removeHandler(h)

    assert mode(home) == 0o700
    assert mode(log_dir()) == 0o700 and mode(backup.parent) == 0o700
    assert modes == {f.name: 0o600 for f in files}
    assert "13812341234" in log_file.read_text(encoding="utf-8")
    assert loose == []


def test_check_names_a_database_file_other_users_can_read(home):
    with usual_umask():
        ctx, _ = AppContext.open(sqlite_url(data_dir() / "servicebay.sqlite3"))
    try:
        assert not [p for p in run_checks(ctx) if p.startswith("files:")]
        ctx.db.sqlite_path.chmod(0o644)  # as an older version or a copy by hand would have left it
        home.chmod(0o755)
        problems = [p for p in run_checks(ctx) if p.startswith("files:")]
    finally:
        ctx.close()
    assert len(problems) == 2
    assert any("servicebay.sqlite3" in p and "mode 644" in p and "chmod 600" in p for p in problems)
    assert any(f"folder {home} " in p and "chmod 700" in p for p in problems)
