"""Grandfather-father-son over a simulated year: a backup a day, 7 daily, 4 weekly, 12 monthly kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.backup.rotation import to_keep
from app.backup.store import Backups
from app.db.base import Base
from app.db.engine import open_database
from services.common.clock import FixedClock
from tests.backup.conftest import stamp


def test_the_kept_set_after_a_year_of_daily_backups_is_the_policys():
    zone = FixedClock(datetime(2026, 1, 1, tzinfo=UTC))
    days = [datetime(2026, 1, 1, 18, 0, tzinfo=UTC) + timedelta(days=i) for i in range(365)]
    kept: set[datetime] = set()
    for day in days:  # pruned after each day, as the app does
        kept = to_keep(kept | {day}, lambda t: t, zone.local)
    last = days[-1]  # 2026-12-31 18:00 UTC = 2027-01-01 02:00 in Shanghai
    local = sorted(zone.local(t) for t in kept)
    dailies = [t for t in local if zone.local(last) - t < timedelta(days=7)]
    assert len(dailies) == 7
    weeks = {tuple(t.isocalendar())[:2] for t in local}
    months = {(t.year, t.month) for t in local}
    assert len(months) == 12 and len(weeks) >= 4
    # the first day of each of the last 12 months survives only as the newest of that month: the month's last day
    older = [t for t in local if t.date() < zone.local(last).date() - timedelta(days=35)]
    assert all((t + timedelta(days=1)).day == 1 for t in older), older
    assert len(kept) <= 7 + 4 + 12


def test_a_year_of_real_backups_keeps_the_right_files(tmp_path):
    """Real files through Backups.make, with the clock moved a day at a time, on an SQLite file (rotation is
    the same code on PostgreSQL: 365 pg_dumps would only slow the suite)."""
    stamped = open_database(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    Base.metadata.create_all(stamped.engine)
    stamp(stamped)
    clock = FixedClock(datetime(2026, 1, 1, 18, 0, tzinfo=UTC))
    stamped.clock = clock
    backups = Backups(stamped, tmp_path / "backups", clock)
    made = []
    for _ in range(365):
        made.append(backups.make().taken_at)
        clock.advance(days=1)
    on_disk = {b.taken_at for b in backups.list()}
    assert on_disk == to_keep(made, lambda t: t, clock.local)
    assert len(on_disk) == len({clock.local(t).date() for t in on_disk})  # one per day at most
    newest = sorted(on_disk)[-7:]
    assert newest == made[-7:]  # the last 7 days all there
    months = {(clock.local(t).year, clock.local(t).month) for t in on_disk}
    assert len(months) == 12
    assert backups.last_good().taken_at == made[-1]
    assert not list((tmp_path / "backups").glob(".*partial"))
