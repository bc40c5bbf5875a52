"""SQLite writers that wait take turns in order of arrival (app/db/turns.py), and the queue never stops a write.

Each "PC" here is its own ``Database`` on one file (its own engine and connections, as a second process
would have); threads stand for the processes. The first one holds the write lock in an open transaction
while the others arrive one after the other; the order in which their rows are written is the order in
which they got the lock.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, text

from app.db.engine import open_database
from app.db.turns import _SLOT, IMPATIENT_NS, STALE_NS, WriteTurns
from services.common.errors import StorageError


@pytest.fixture
def path(tmp_path, monkeypatch):
    # a waiter starved of CPU for a moment (a loaded CI machine) must keep its place in these tests
    monkeypatch.setattr("app.db.turns.STALE_NS", 30_000_000_000)
    path = tmp_path / "station.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.write() as s:
        s.execute(text("CREATE TABLE arrivals (id INTEGER PRIMARY KEY, who TEXT NOT NULL)"))
    db.dispose()
    return path


class Writer(threading.Thread):
    """One PC saving one row; ``error`` holds what its save raised."""

    def __init__(self, path, who: str, busy_timeout_ms: int = 5000) -> None:
        super().__init__(daemon=True)
        self.db = open_database(f"sqlite:///{path}", busy_timeout_ms=busy_timeout_ms)
        self.who = who
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.db.write() as s:
                s.execute(text("INSERT INTO arrivals (who) VALUES (:w)"), {"w": self.who})
        except BaseException as exc:  # noqa: BLE001 (the outcome is what the test checks)
            self.error = exc


def _waiters(turns: WriteTurns) -> int:
    now = time.monotonic_ns()
    view = turns.view
    return sum(1 for i in range(len(view) // _SLOT.size)
               if (slot := _SLOT.unpack_from(view, i * _SLOT.size))[0] and now - slot[2] < STALE_NS)


def _wait_for(condition, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the waiting writers never showed in the queue"
        time.sleep(0.002)


def _order(path) -> list[str]:
    db = open_database(f"sqlite:///{path}")
    with db.read() as s:
        order = list(s.scalars(text("SELECT who FROM arrivals ORDER BY id")))
    db.dispose()
    return order


def test_writers_that_wait_get_the_file_in_the_order_they_came(path):
    holder = open_database(f"sqlite:///{path}")
    observer = WriteTurns(path.with_name(path.name + "-turns"))
    writers = [Writer(path, f"pc{i}") for i in range(1, 6)]
    with holder.write() as s:  # the first PC is saving: everyone else waits
        s.execute(text("INSERT INTO arrivals (who) VALUES ('pc0')"))
        for n, w in enumerate(writers, start=1):
            w.start()
            _wait_for(lambda n=n: observer.waiting() and _waiters(observer) == n)  # it queued behind the others
    for w in writers:
        w.join(10)
        assert w.error is None, w.error
    # without the queue whoever looked first after each commit won: any order of pc1…pc5
    assert _order(path) == ["pc0", "pc1", "pc2", "pc3", "pc4", "pc5"]
    assert _waiters(observer) == 0  # each left the queue with its turn
    for w in writers:
        w.db.dispose()
    holder.dispose()
    observer.close()


def test_a_writer_that_arrives_while_others_wait_queues_behind_them(path):
    holder = open_database(f"sqlite:///{path}")
    observer = WriteTurns(path.with_name(path.name + "-turns"))
    first = Writer(path, "waiting")
    with holder.write() as s:
        s.execute(text("INSERT INTO arrivals (who) VALUES ('holder')"))
        first.start()
        _wait_for(lambda: observer.waiting())
    # the lock is free now, and the waiting writer may not have looked yet: a newcomer must not slip in
    late = Writer(path, "late")
    late.start()
    for w in (first, late):
        w.join(10)
        assert w.error is None, w.error
    assert _order(path) == ["holder", "waiting", "late"]
    for w in (first, late):
        w.db.dispose()
    holder.dispose()
    observer.close()


def test_a_waiter_that_stopped_looking_is_passed_over(path, monkeypatch):
    """A process killed while it waited leaves its place in the file: once stale, nobody waits for it."""
    monkeypatch.setattr("app.db.turns.STALE_NS", STALE_NS)  # the real staleness here
    turns = WriteTurns(path.with_name(path.name + "-turns"))
    assert not turns.waiting() and not turns.path.exists()  # nobody has waited: no queue file yet
    assert turns.join() is not None and turns.path.exists()  # the first who waits makes it
    assert _waiters(turns) == 1
    for i in range(64):
        _SLOT.pack_into(turns.view, i * _SLOT.size, 0, 0, 0)
    _SLOT.pack_into(turns.view, 5 * _SLOT.size, 999, 1, time.monotonic_ns())  # came first, looked just now
    ticket = turns.join()
    assert ticket is not None and not ticket.first()  # it waits behind the one who came first
    _SLOT.pack_into(turns.view, 5 * _SLOT.size, 999, 1, time.monotonic_ns() - STALE_NS - 1)  # ... who stopped
    assert ticket.first()
    ticket.leave()
    assert not turns.waiting()  # the stale place counts for nobody
    holder = open_database(f"sqlite:///{path}")
    w = Writer(path, "next")
    with holder.write() as s:
        s.execute(text("INSERT INTO arrivals (who) VALUES ('holder')"))
        w.start()
        _wait_for(lambda: _waiters(turns) == 1)
    w.join(10)
    assert w.error is None and _order(path) == ["holder", "next"]
    w.db.dispose()
    holder.dispose()
    turns.close()


def test_a_queue_that_never_moves_does_not_stop_a_write(path):
    """Someone older in the queue keeps looking but never writes (a frozen page, a broken program): after
    IMPATIENT_NS a writer tries the file anyway and saves."""
    turns = WriteTurns(path.with_name(path.name + "-turns"))
    stuck = turns.join()
    assert stuck is not None
    stop = threading.Event()

    def keep_looking() -> None:
        while not stop.is_set():
            stuck.first()
            time.sleep(0.005)

    looker = threading.Thread(target=keep_looking, daemon=True)
    looker.start()
    began = time.monotonic_ns()
    w = Writer(path, "patient")
    w.start()
    w.join(10)
    stop.set()
    looker.join()
    assert w.error is None, w.error
    assert _order(path) == ["patient"]
    assert time.monotonic_ns() - began >= IMPATIENT_NS  # it did wait its turn first
    w.db.dispose()
    turns.close()


def test_past_the_busy_timeout_the_writer_gets_the_busy_message_and_leaves_the_queue(path):
    holder = open_database(f"sqlite:///{path}")
    observer = WriteTurns(path.with_name(path.name + "-turns"))
    w = Writer(path, "refused", busy_timeout_ms=300)
    with holder.write() as s:
        s.execute(text("INSERT INTO arrivals (who) VALUES ('holder')"))
        w.start()
        w.join(10)
    assert isinstance(w.error, StorageError), w.error
    assert "busy" in str(w.error).lower() or "locked" in str(w.error).lower() or "忙" in str(w.error), str(w.error)
    observer.waiting()
    assert _waiters(observer) == 0
    assert _order(path) == ["holder"]
    w.db.dispose()
    holder.dispose()
    observer.close()


def test_without_a_place_for_the_queue_writers_still_wait_and_save(path, tmp_path):
    turns = WriteTurns(tmp_path / "no-such-folder" / "x-turns")
    assert turns.join() is None and not turns.waiting()
    holder = open_database(f"sqlite:///{path}")
    w = Writer(path, "second")
    w.db.turns._unavailable = True  # as if the file could not be made: the writer looks at the file as before
    tried = threading.Event()
    event.listen(w.db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: tried.set() if statement.startswith("BEGIN IMMEDIATE") else None)
    with holder.write() as s:
        s.execute(text("INSERT INTO arrivals (who) VALUES ('first')"))
        w.start()
        assert tried.wait(10)  # it found the file busy while the first PC saved
    w.join(10)
    assert w.error is None and _order(path) == ["first", "second"]
    assert not path.with_name(path.name + "-turns").exists()
    w.db.dispose()
    holder.dispose()
