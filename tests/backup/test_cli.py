"""``servicebay backup``, ``restore``, ``check`` and ``diagnostics`` as an administrator types them."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from app import instance
from app.cli import main
from tests.backup.conftest import contents
from tests.backup.test_backup_restore import _damage


@pytest.fixture
def station(tmp_path, monkeypatch):
    """A station's own SQLite file, made by the CLI (migrations and all), with its own data folder."""
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    path = tmp_path / "station" / "servicebay.sqlite3"
    pw = tmp_path / "pw.txt"
    pw.write_text("admin-pass-1\n", encoding="utf-8")
    url = f"sqlite:///{path}"
    assert main(["--db", url, "--lang", "en", "init", "--station", "测试站", "--admin", "boss",
                 "--password-file", str(pw)]) == 0
    return url, path


def _rename_station(path, name):
    con = sqlite3.connect(path)
    con.execute("UPDATE station SET name = ?", (name,))
    con.commit()
    con.close()


def _station_name(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name FROM station").fetchone()[0]
    finally:
        con.close()


def test_backup_change_restore_gives_back_the_backed_up_data(station, tmp_path, capsys):
    url, path = station
    out = tmp_path / "usb" / "yesterday.sqlite3"
    out.parent.mkdir()
    assert main(["--db", url, "--lang", "en", "backup", "-o", str(out)]) == 0
    assert "Backup written and checked" in capsys.readouterr().out
    assert main(["--db", url, "--lang", "en", "backup"]) == 0  # into the data folder's backups
    assert len(list((tmp_path / "home" / "backups").glob("servicebay-*.sqlite3"))) == 1
    _rename_station(path, "今天改的名字")

    assert main(["--db", url, "--lang", "en", "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "before-restore" in said
    assert _station_name(path) == "测试站"
    aside = next(path.parent.glob("servicebay.sqlite3.before-restore-*"))
    assert _station_name(aside) == "今天改的名字"
    assert main(["--db", url, "--lang", "en", "check"]) == 0


def test_restore_is_refused_while_servicebay_has_the_database_open(station, tmp_path, capsys):
    url, path = station
    out = tmp_path / "b.sqlite3"
    assert main(["--db", url, "backup", "-o", str(out)]) == 0
    held = instance.acquire(url)
    assert isinstance(held, instance.InstanceLock)
    try:
        assert main(["--db", url, "--lang", "en", "restore", str(out)]) == 1
    finally:
        held.release()
    assert "Close it" in capsys.readouterr().err
    assert not list(path.parent.glob("*.before-restore-*"))


def test_a_corrupt_file_is_refused_and_nothing_changes(station, tmp_path, capsys):
    url, path = station
    bad = tmp_path / "bad.sqlite3"
    assert main(["--db", url, "backup", "-o", str(bad)]) == 0
    _damage(bad, pages=(2, 3, 4))
    from app.db.engine import open_database

    db = open_database(url)
    before = contents(db)
    db.dispose()
    assert main(["--db", url, "--lang", "en", "restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "nothing was changed" in err and "Traceback" not in err
    db = open_database(url)
    assert contents(db) == before
    db.dispose()
    assert not list(path.parent.glob("*.before-restore-*"))


def test_check_of_a_file_with_garbage_pages_names_the_last_good_backup(station, tmp_path, capsys):
    url, path = station
    assert main(["--db", url, "backup"]) == 0
    good = next((tmp_path / "home" / "backups").glob("servicebay-*.sqlite3"))
    # more rows, so that the middle of the file holds table pages
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, x TEXT)")
    con.executemany("INSERT INTO filler (x) VALUES (?)", [("x" * 500,)] * 3000)
    con.commit()
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    _damage(path, pages=(pages // 2, pages // 2 + 1, pages // 2 + 2))
    capsys.readouterr()
    assert main(["--db", url, "--lang", "en", "check"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(good) in err and f'servicebay restore "{good}"' in err
    assert "Traceback" not in err
    assert main(["--db", url, "--lang", "en", "backup"]) == 1  # a damaged file is not backed up over a good one
    assert list((tmp_path / "home" / "backups").glob("servicebay-*.sqlite3")) == [good]


def test_diagnostic_report_has_versions_settings_without_password_and_revision(station, tmp_path, monkeypatch):
    url, path = station
    from app.settings import LocalSettings

    settings = LocalSettings(database_url="postgresql+psycopg://station:s3cret-pw@db.local/servicebay")
    settings.save()
    from app.logging_setup import setup_logging

    setup_logging()
    import logging

    logging.getLogger("test").info("a line for the report")
    zip_path = tmp_path / "report.zip"
    try:
        assert main(["--db", url, "diagnostics", "-o", str(zip_path)]) == 0
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_servicebay", False):
                h.close()
                logging.getLogger().removeHandler(h)
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        versions = zf.read("versions.txt").decode()
        saved = json.loads(zf.read("settings.json"))
        database = zf.read("database.txt").decode()
        everything = b"".join(zf.read(n) for n in names)
    assert "logs/servicebay.log" in names
    for name in ("Python", "Qt", "PySide6", "SQLAlchemy"):
        assert f"{name}: " in versions
    assert "s3cret-pw" not in everything.decode("utf-8", "replace")
    assert saved["database_url"].startswith("postgresql+psycopg://station:***@db.local")
    assert "database's revisions: 0" in database and f"{path.name} " in database


def test_backup_and_restore_commands_on_either_engine(ctx, admin, tmp_path, monkeypatch, capsys):
    """The same two commands on SQLite and, through pg_dump/pg_restore of the schema, on PostgreSQL."""
    from tests.backup.conftest import stamp

    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    stamp(ctx.db)
    url = ctx.db.url.render_as_string(hide_password=False)
    before = contents(ctx.db)
    out = tmp_path / ("station.sqlite3" if ctx.db.is_sqlite else "station.dump")
    assert main(["--db", url, "--lang", "en", "backup", "-o", str(out)]) == 0
    ctx.users.create_user(admin, "new.one", "新人", "pass-word-9", ["receptionist"])
    assert contents(ctx.db) != before
    ctx.db.dispose()
    assert main(["--db", url, "--lang", "en", "restore", "--wait", "0", str(out)]) == 0
    aside = capsys.readouterr().out.split("kept as ")[-1].strip().rstrip(".")
    try:
        assert contents(ctx.db) == before
    finally:
        if not ctx.db.is_sqlite:
            from sqlalchemy import text

            with ctx.db.engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{aside}" CASCADE'))
        ctx.db.dispose()
