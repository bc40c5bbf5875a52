"""Turns for SQLite writers that wait: the one that has waited longest goes next.

SQLite has no queue for its write lock. A writer that finds the file busy can only look again, and
whoever looks first after a commit wins: with 8 processes scanning into one file, a scan lost that
lottery 30 to 50 times in a row now and then (p99 about 0.6 s, at times over a second). Here the
waiting writers of every process on this PC write their arrival into a small shared file beside the
database (``<file>-turns``, memory-mapped like SQLite's own ``-shm``); only the oldest live waiter
tries the lock, the others wait for their turn, and a writer that arrives while others wait queues
behind them instead of slipping in. The wait becomes about one commit per writer ahead.

It is advice, never a lock: a waiter that stops looking (killed, frozen) is passed over once its
last look is ``STALE_NS`` old; a writer that has waited ``IMPATIENT_NS`` tries whatever the queue
says; and if the file cannot be made or mapped, every writer just looks again as before. SQLite's
write lock is what keeps the data whole. WAL files work only between processes of one computer
(SQLite's shared memory), so this file, like ``-shm``, is never shared over a network.
"""

from __future__ import annotations

import itertools
import mmap
import os
import struct
import threading
import time
from pathlib import Path

SLOTS = 64
_SLOT = struct.Struct("<qqq")  # owner (0: free), arrival, last look: nanoseconds of the monotonic clock
SIZE = SLOTS * _SLOT.size
_ALL = struct.Struct("<" + "qqq" * SLOTS)  # the whole queue in one read
#: a waiter whose last look is older than this is gone (killed, stopped): the queue passes it over
STALE_NS = 300_000_000
#: a waiter not yet first tries the lock anyway once it has waited this long (the queue is only advice)
IMPATIENT_NS = 1_500_000_000

_owners = itertools.count(1)


class Ticket:
    """One waiting writer's place in the queue (see ``WriteTurns.join``)."""

    def __init__(self, turns: WriteTurns, slot: int, owner: int, arrival: int) -> None:
        self._turns = turns
        self.slot = slot
        self.owner = owner
        self.arrival = arrival

    def first(self) -> bool:
        """Whether no live waiter arrived before this one (and say that this one is still waiting)."""
        view = self._turns.view
        now = time.monotonic_ns()
        owner, _arrival, _seen = _SLOT.unpack_from(view, self.slot * _SLOT.size)
        if owner != self.owner:  # another waiter took the slot (two claimed it at once): claim one again
            slot = self._turns.claim(self.owner, self.arrival, now)
            if slot is None:
                return True  # no room in the queue: look as everyone did before
            self.slot = slot
        else:
            _SLOT.pack_into(view, self.slot * _SLOT.size, self.owner, self.arrival, now)
        mine = (self.arrival, self.owner)
        values = _ALL.unpack_from(view)
        for i in range(0, 3 * SLOTS, 3):
            owner, arrival, seen = values[i], values[i + 1], values[i + 2]
            if owner and owner != self.owner and now - seen < STALE_NS and (arrival, owner) < mine:
                return False
        return True

    def leave(self) -> None:
        view = self._turns._map
        if view is None:  # the database was closed meanwhile: the queue file is gone from this process
            return
        if _SLOT.unpack_from(view, self.slot * _SLOT.size)[0] == self.owner:
            _SLOT.pack_into(view, self.slot * _SLOT.size, 0, 0, 0)


class WriteTurns:
    """The queue of waiting writers of one SQLite file, shared by the processes of this PC."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._map: mmap.mmap | None = None
        self._unavailable = False
        self._lock = threading.Lock()

    @property
    def view(self) -> mmap.mmap:
        assert self._map is not None
        return self._map

    def _mapped(self) -> bool:
        if self._map is not None:
            return True
        if self._unavailable:
            return False
        with self._lock:
            if self._map is None and not self._unavailable:
                try:
                    fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
                    try:
                        if os.fstat(fd).st_size < SIZE:
                            os.ftruncate(fd, SIZE)
                        self._map = mmap.mmap(fd, SIZE)
                    finally:
                        os.close(fd)
                except (OSError, ValueError):
                    self._unavailable = True  # a read-only folder, a strange file system: look as before
        return self._map is not None

    def waiting(self) -> bool:
        """Whether some writer of this file is waiting now (a newcomer then queues behind it)."""
        if self._map is None and not self.path.exists():
            return False  # nobody has ever waited for this file: the queue is made by the first who waits
        if not self._mapped():
            return False
        values = _ALL.unpack_from(self.view)
        now = time.monotonic_ns()
        return any(values[i] and now - values[i + 2] < STALE_NS for i in range(0, 3 * SLOTS, 3))

    def claim(self, owner: int, arrival: int, now: int) -> int | None:
        view = self.view
        start = owner % SLOTS
        for k in range(SLOTS):
            i = (start + k) % SLOTS
            held, _arrival, seen = _SLOT.unpack_from(view, i * _SLOT.size)
            if not held or now - seen >= STALE_NS:
                _SLOT.pack_into(view, i * _SLOT.size, owner, arrival, now)
                return i
        return None

    def join(self) -> Ticket | None:
        """Queue a waiting writer; None when there is no queue (then it looks as everyone did before)."""
        if not self._mapped():
            return None
        owner = ((os.getpid() & 0xFFFFF) << 32) | (next(_owners) & 0xFFFFFFFF)
        now = time.monotonic_ns()
        slot = self.claim(owner, now, now)
        return None if slot is None else Ticket(self, slot, owner, now)

    def close(self) -> None:
        with self._lock:
            if self._map is not None:
                self._map.close()
                self._map = None
