"""Faults of the database leave Database.write()/read() as the app's own errors, in the user's words.

Each fault is made for real on each engine: a second connection holding the write lock (SQLite's
BEGIN IMMEDIATE, PostgreSQL's table lock) against a short busy timeout, a key saved twice, a
server backend terminated under an open transaction.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, insert, select, text

from app.db.base import Base
from app.db.engine import open_database
from app.db.models.parts import Bin, PartBarcode
from app.i18n import Translate
from services.common.errors import (
    ConflictError,
    ConnectionLost,
    DatabaseBusy,
    DiskFull,
    DuplicateRecord,
    ReadOnlyDatabase,
    RecordInUse,
    StorageError,
)
from tests.conftest import pg_url
from viewmodels.common.errors import describe

ZH = Translate("zh_CN")


def _zh(exc) -> str:
    return exc.message(ZH)


def _bins(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Bin.code).order_by(Bin.code)))


def test_a_key_saved_twice_is_a_duplicate_record_and_nothing_is_saved(db):
    with db.write() as s:
        s.execute(insert(Bin).values(code="A-01-03"))
    with pytest.raises(DuplicateRecord) as caught:
        with db.write() as s:
            s.execute(insert(Bin).values(code="B-02-01"))
            s.execute(insert(Bin).values(code="A-01-03"))
    assert isinstance(caught.value, ConflictError)
    assert caught.value.message() == ("This record already exists: another PC or an earlier entry saved the same "
                                      "one. Nothing was saved; refresh and check.")
    assert _zh(caught.value) == "该记录已存在：另一台电脑或之前的录入已保存了相同的记录。未保存任何内容；请刷新后核对。"
    assert _bins(db) == ["A-01-03"]  # the whole unit of work was rolled back


def test_a_reference_to_a_missing_record_is_refused_in_words(db):
    with pytest.raises(RecordInUse) as caught:
        with db.write() as s:
            s.execute(insert(PartBarcode).values(part_id=999_999, code="6923456789017"))
    assert "refers to was removed" in caught.value.message()
    assert _zh(caught.value).startswith("此记录引用的记录已被删除")


def _hold_write_lock(holder, session) -> None:
    """Take the database's write lock on ``session`` the way another PC's save would hold it."""
    if holder.is_sqlite:
        session.execute(text("SELECT 1"))  # the write transaction began IMMEDIATE: the file's write lock
    else:
        session.execute(text("LOCK TABLE bins IN ACCESS EXCLUSIVE MODE"))


def test_a_database_held_by_another_connection_is_busy_after_the_timeout(db, empty_db):
    holder = empty_db.open()
    quick = open_database(empty_db.url(), busy_timeout_ms=200)
    empty_db.opened.append(quick)
    with holder.write() as held:
        _hold_write_lock(holder, held)
        with pytest.raises(DatabaseBusy) as caught:
            with quick.write() as s:
                s.execute(insert(Bin).values(code="A-01-03"))
    busy = caught.value
    assert busy.transient and isinstance(busy, StorageError)
    assert busy.message() == "The database is busy on another PC. Nothing was saved; try again in a moment."
    assert _zh(busy) == "数据库正被另一台电脑占用，未保存任何内容；请稍后再试。"
    # the lock is gone with the other transaction: the same save goes through
    with quick.write() as s:
        s.execute(insert(Bin).values(code="A-01-03"))
    assert _bins(db) == ["A-01-03"]


def test_a_read_during_a_migrations_table_lock_is_busy_on_postgresql_and_reads_beside_it_on_sqlite(db, empty_db):
    holder = empty_db.open()
    quick = open_database(empty_db.url(), busy_timeout_ms=200)
    empty_db.opened.append(quick)
    with db.write() as s:
        s.execute(insert(Bin).values(code="A-01-03"))
    with holder.write() as held:
        _hold_write_lock(holder, held)
        if db.is_sqlite:  # WAL: readers read the last committed state beside the writer
            assert _bins(quick) == ["A-01-03"]
            return
        with pytest.raises(DatabaseBusy) as caught:
            _bins(quick)
    assert caught.value.message() == "The database is busy on another PC. Try again in a moment."


def _cut_connection(db, session) -> None:
    """The connection under ``session`` dies: PostgreSQL's backend is terminated by the server;
    SQLite's connection is closed under the driver (a file on a share that went away)."""
    if db.is_sqlite:
        session.connection().connection.dbapi_connection.close()
        return
    pid = session.scalar(text("SELECT pg_backend_pid()"))
    admin = create_engine(pg_url())
    try:
        with admin.begin() as conn:
            assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        admin.dispose()


def test_a_connection_lost_in_the_middle_of_a_save_says_so_and_the_next_save_works(db):
    with pytest.raises(ConnectionLost) as caught:
        with db.write() as s:
            s.execute(insert(Bin).values(code="A-01-03"))
            _cut_connection(db, s)
            s.execute(insert(Bin).values(code="B-02-01"))
    lost = caught.value
    assert lost.transient
    assert lost.message() == ("The connection to the database was lost. Nothing was saved; check the network "
                              "and try again.")
    assert _zh(lost) == "与数据库的连接已断开，未保存任何内容；请检查网络后重试。"
    with db.write() as s:  # a fresh connection from the pool
        s.execute(insert(Bin).values(code="C-10-12"))
    assert _bins(db) == ["C-10-12"]


def test_a_connection_lost_during_a_read_says_so_without_speaking_of_saving(db):
    with pytest.raises(ConnectionLost) as caught:
        with db.read() as s:
            _cut_connection(db, s)
            s.execute(select(Bin.code)).all()
    assert caught.value.message() == "The connection to the database was lost. Check the network and try again."


def test_a_read_only_database_refuses_the_save_in_words(db, empty_db):
    fault = empty_db.open()  # its connections carry the read-only switch: thrown away afterwards
    with pytest.raises(ReadOnlyDatabase) as caught:
        with fault.write() as s:
            s.execute(text("PRAGMA query_only = ON") if fault.is_sqlite else text("SET TRANSACTION READ ONLY"))
            s.execute(insert(Bin).values(code="A-01-03"))
    fault.dispose()
    assert caught.value.message() == ("The database is read-only. Nothing can be saved; ask the administrator to "
                                      "make it writable.")
    assert _bins(db) == []


def test_a_full_disk_refuses_the_save_and_keeps_what_was_there(tmp_path):
    # SQLite's page limit stands in for the disk (a PostgreSQL server's disk cannot be filled here)
    db = open_database(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    Base.metadata.create_all(db.engine)
    try:
        with db.write() as s:
            s.execute(insert(Bin).values(code="A-01-03"))
        with pytest.raises(DiskFull) as caught:
            with db.write() as s:
                pages = s.scalar(text("PRAGMA page_count"))
                s.execute(text(f"PRAGMA max_page_count = {pages + 1}"))
                s.execute(insert(Bin), [{"code": f"X-{i:05d}", "description": "货架" * 60} for i in range(2000)])
        assert caught.value.message() == ("The disk that holds the database is full. Nothing was saved; free some "
                                          "space (or ask the administrator) and try again.")
        assert _zh(caught.value) == "存放数据库的磁盘已满，未保存任何内容；请腾出空间（或联系管理员）后重试。"
    finally:
        db.dispose()
    again = open_database(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    try:
        assert _bins(again) == ["A-01-03"]
    finally:
        again.dispose()


def test_pages_show_the_fault_in_chinese(qapp):
    """describe(), as every page calls it, says the app's words for a fault: no driver name in sight."""
    from app.db.errors import LOST_WRITE
    from app.i18n import load_translators

    translators = load_translators("zh_CN")
    for tr in translators:
        qapp.installTranslator(tr)
    try:
        assert describe(ConnectionLost(LOST_WRITE)) == "与数据库的连接已断开，未保存任何内容；请检查网络后重试。"
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
