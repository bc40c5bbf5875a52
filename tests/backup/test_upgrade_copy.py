"""The copy before a schema upgrade goes through the backups' code: kept in the backup folder and
rotated with the rest; when it cannot be made, the upgrade does not start and the file stays as it was."""

from __future__ import annotations

import pytest

from app.backup import postgres, sqlite_file
from app.backup.store import BEFORE_UPGRADE, Backups
from app.context import AppContext
from app.db.engine import DatabaseUnavailable
from app.db.migrate import current_revisions, head_revisions
from tests.test_database import _upgrade_to


def test_the_copy_before_an_upgrade_is_a_checked_backup_in_the_backup_folder(empty_db, tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    db = empty_db.open()
    _upgrade_to(db, "0001_users_audit")
    db.dispose()
    ctx, result = AppContext.open(empty_db.url())
    try:
        assert result.after == head_revisions()
        kept = Backups(ctx.db).list()
        assert [b.path for b in kept] == [result.backup]
        assert kept[0].label == BEFORE_UPGRADE and result.backup.parent == tmp_path / "home" / "backups"
    finally:
        ctx.close()


def test_a_full_disk_during_the_copy_stops_the_upgrade_and_changes_nothing(empty_db, tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICEBAY_HOME", str(tmp_path / "home"))
    db = empty_db.open()
    _upgrade_to(db, "0001_users_audit")
    db.dispose()

    def full(*_a, **_k):
        raise sqlite_file.CopyFailed("database or disk is full", disk_full=True)

    def full_dump(_target, path):
        path.write_bytes(b"PGDMP partial")
        raise postgres.ToolFailed("pg_dump", "could not write to file: No space left on device")

    monkeypatch.setattr(sqlite_file, "copy", full)
    monkeypatch.setattr(postgres, "dump", full_dump)
    with pytest.raises(DatabaseUnavailable) as refused:
        AppContext.open(empty_db.url())
    assert refused.value.kind == "backup" and "is full" in refused.value.detail
    db = empty_db.open()
    assert current_revisions(db) == {"0001_users_audit"}
    folder = tmp_path / "home" / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []  # no partial copy left behind
