"""Backups and restores on both engines: yesterday's backup brings back exactly yesterday's data;
a damaged, foreign or newer-schema file is refused and changes nothing."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from app.backup.restore import RestoreRefused, restore
from app.backup.store import BackupFailed, Backups, HintedDamage
from app.db.engine import open_database
from app.db.models.station import Station
from services.common.clock import FixedClock
from tests.backup.conftest import contents, stamp


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _drop_aside(db, restored) -> None:
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{restored.aside}" CASCADE'))


def test_restore_of_yesterdays_backup_brings_back_exactly_yesterdays_data(ctx, admin, tmp_path):
    stamp(ctx.db)
    clock = FixedClock(datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    ctx.users.create_user(admin, "li.na", "李娜", "pass-word-1", ["receptionist"])
    yesterday = contents(ctx.db)
    backup = Backups(ctx.db, tmp_path / "backups", clock).make()
    assert backup.path.exists() and backup.size > 0
    if os.name == "posix":
        assert backup.path.stat().st_mode & 0o777 == 0o600

    # today: more people, a renamed station
    ctx.users.create_user(admin, "wang.wei", "王伟", "pass-word-2", ["technician"])
    with ctx.db.write() as s:
        s.execute(Station.__table__.update().values(name="改名后的维修站"))
    assert contents(ctx.db) != yesterday

    url = _url(ctx.db)
    ctx.db.dispose()
    restored = restore(url, backup.path, clock)
    after = open_database(url)
    try:
        assert contents(after) == yesterday
        assert not restored.older_schema
        if after.is_sqlite:  # the database that was current is kept aside, whole
            kept = sqlite3.connect(restored.aside)
            assert kept.execute("SELECT name FROM station").fetchone() == ("改名后的维修站",)
            kept.close()
        else:
            with after.engine.connect() as conn:
                assert conn.execute(text(f'SELECT name FROM "{restored.aside}".station')).scalar() == "改名后的维修站"
    finally:
        _drop_aside(after, restored)
        after.dispose()


def _damage(path, pages=(3, 4, 5), seed=7):
    """Random bytes over a few pages in the middle of an SQLite file."""
    import random

    rng = random.Random(seed)
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as fh:
        for n in pages:
            fh.seek(min(n * page, size - page))
            fh.write(bytes(rng.randrange(256) for _ in range(page)))


@pytest.fixture
def good_backup(ctx, admin, tmp_path):
    stamp(ctx.db)
    return Backups(ctx.db, tmp_path / "backups").make()


def test_a_damaged_backup_is_refused_and_nothing_changes(ctx, admin, good_backup, tmp_path):
    before = contents(ctx.db)
    bad = tmp_path / ("bad" + good_backup.path.suffix)
    data = bytearray(good_backup.path.read_bytes())
    if ctx.db.is_sqlite:
        bad.write_bytes(bytes(data))
        _damage(bad)
    else:  # a dump cut short
        bad.write_bytes(bytes(data[: len(data) // 2]))
    url = _url(ctx.db)
    with pytest.raises(RestoreRefused) as refused:
        restore(url, bad)
    assert "damaged" in refused.value.message()
    assert contents(ctx.db) == before
    if ctx.db.is_sqlite:
        assert not list(ctx.db.sqlite_path.parent.glob("*.before-restore-*"))
    else:
        with ctx.db.engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar()
            assert not conn.execute(text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :aside"),
                                    {"aside": f"{schema}_before_restore%"}).all()


def test_a_newer_schema_or_a_foreign_file_is_refused(ctx, admin, good_backup, tmp_path):
    url = _url(ctx.db)
    before = contents(ctx.db)
    stamp(ctx.db, "base")  # make the live one look different, then back
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
    newer = Backups(ctx.db, tmp_path / "newer").make().path
    with pytest.raises(RestoreRefused) as refused:
        restore(url, newer)
    assert "newer version" in refused.value.message() and "9999_from_the_future" in refused.value.message()
    foreign = tmp_path / "notes.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(RestoreRefused) as refused:
        restore(url, foreign)
    assert "not a ServiceBay backup" in refused.value.message() or "another kind" in refused.value.message()
    with pytest.raises(RestoreRefused):
        restore(url, tmp_path / "no-such-file.sqlite3")
    assert contents(ctx.db) == before


def test_a_backup_of_a_damaged_database_fails_and_keeps_the_older_ones(tmp_path):
    path = tmp_path / "servicebay.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, note TEXT)")
    con.executemany("INSERT INTO stock (note) VALUES (?)", [("x" * 300,)] * 2000)
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")
    clock = FixedClock(datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    backups = Backups(db, tmp_path / "backups", clock)
    good = backups.make()
    db.dispose()
    _damage(path, pages=(40, 41, 42))
    db = open_database(f"sqlite:///{path}")
    clock.advance(days=1)
    with pytest.raises(HintedDamage) as failed:
        backups.make()
    message = failed.value.message()
    assert "damaged" in message and str(good.path) in message and "servicebay restore" in message
    assert [b.path for b in backups.list()] == [good.path]
    assert not list((tmp_path / "backups").glob(".*"))
    db.dispose()


def test_a_full_backup_folder_fails_cleanly(db, tmp_path, monkeypatch):
    from app.backup import postgres, sqlite_file

    def full(*_a, **_k):
        if db.is_sqlite:
            raise sqlite_file.CopyFailed("database or disk is full", disk_full=True)
        raise postgres.ToolFailed("pg_dump", "could not write to output file: No space left on device")

    monkeypatch.setattr(sqlite_file, "copy", full)
    monkeypatch.setattr(postgres, "dump", full)
    with pytest.raises(BackupFailed) as failed:
        Backups(db, tmp_path / "backups").make()
    assert "is full" in failed.value.message()
    assert not list((tmp_path / "backups").iterdir())


def test_without_postgresqls_tools_a_postgresql_backup_says_so_and_an_sqlite_one_needs_none(db, tmp_path,
                                                                                           monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump, nothing else either
    if db.is_sqlite:  # the SQLite copy is made by the program itself
        assert Backups(db, tmp_path / "backups").make().path.exists()
        return
    with pytest.raises(BackupFailed) as failed:
        Backups(db, tmp_path / "backups").make()
    assert "pg_dump" in failed.value.message() and "Install" in failed.value.message()


def test_backup_to_a_chosen_file(stamped, tmp_path):
    out = tmp_path / "usb" / "copy.bin"
    out.parent.mkdir()
    made = Backups(stamped, tmp_path / "backups").make(output=out)
    assert made.path == out and out.stat().st_size > 0
    assert Backups(stamped, tmp_path / "backups").list() == []  # not one of the rotated ones
    with stamped.read() as s:
        assert s.scalar(select(Station.id).limit(1)) is None
