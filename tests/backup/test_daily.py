"""After start: the quick check stops writes on a damaged file; the daily backup is made when due."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from app.backup.daily import after_start, backup_if_due
from app.backup.store import Backups
from app.db.engine import open_database
from services.common.clock import FixedClock
from services.common.errors import DatabaseDamaged
from tests.backup.test_backup_restore import _damage


def test_daily_backup_only_when_the_last_is_a_day_old(stamped, tmp_path):
    clock = FixedClock(datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
    folder = tmp_path / "backups"
    first = after_start(stamped, clock, folder)
    if not stamped.is_sqlite:  # a PostgreSQL server is backed up on the server, not by every PC
        assert first.made is None and not folder.exists()
        return
    assert first.made is not None and first.damage is None
    clock.advance(hours=23)
    assert backup_if_due(stamped, clock, folder) is None
    clock.advance(hours=1)
    assert backup_if_due(stamped, clock, folder) is not None
    assert len(Backups(stamped, folder, clock).list()) == 2  # two days, one each


def test_a_damaged_file_found_after_start_stops_writes_naming_the_last_good_backup(tmp_path):
    path = tmp_path / "servicebay.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE stock_moves (id INTEGER PRIMARY KEY, note TEXT)")
    con.executemany("INSERT INTO stock_moves (note) VALUES (?)", [("x" * 400,)] * 3000)
    con.commit()
    con.close()
    clock = FixedClock(datetime(2026, 11, 20, 2, 0, tzinfo=UTC))
    folder = tmp_path / "backups"
    db = open_database(f"sqlite:///{path}")
    good = Backups(db, folder, clock).make()
    db.dispose()
    _damage(path, pages=(100, 101, 102))
    db = open_database(f"sqlite:///{path}")  # the start itself does not notice (it reads no table)
    try:
        clock.advance(days=2)
        report = after_start(db, clock, folder)
        assert report.damage is not None and report.made is None
        with pytest.raises(DatabaseDamaged) as refused:
            with db.write() as s:
                s.exec_driver_sql("INSERT INTO stock_moves (note) VALUES ('new scan')")
        message = refused.value.message()
        assert str(good.path) in message and "servicebay restore" in message
        assert [b.path for b in Backups(db, folder, clock).list()] == [good.path]
    finally:
        db.dispose()
