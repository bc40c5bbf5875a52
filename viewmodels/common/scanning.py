"""Scans, committed one at a time in the order they were read, off the UI thread.

A scan gets its unique key the moment it is read: the service stores it with the stock move or
loan it makes, so replaying a scan after a crash (or a double Enter) cannot count it twice. The
queue runs the area's handler for each scan in a single worker thread, strictly in order, and
reports each as accepted or rejected; the view then beeps and flashes green or red.

Signals:
    accepted(object, object): the Scan and whatever the handler returned.
    rejected(object, str): the Scan and the reason, in the user's language.
    pendingChanged(int): scans read but not committed yet.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from services.common.barcodes import clean_scan
from viewmodels.common.errors import describe


@dataclass(frozen=True)
class Scan:
    code: str
    raw: str
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))


HISTORY = 500


class ScanQueue(QObject):
    accepted = Signal(object, object)
    rejected = Signal(object, str)
    pendingChanged = Signal(int)

    def __init__(self, handler: Callable[[Scan], Any], *, prefix: str = "", suffix: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self.prefix = prefix
        self.suffix = suffix
        self._queue: deque[Scan] = deque()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="servicebay-scan")
        self._worker: asyncio.Task | None = None
        # the last scans and their outcomes (a day at the counter would otherwise grow it without end)
        self.history: deque[tuple[Scan, bool, Any]] = deque(maxlen=HISTORY)
        self.handled = 0  # scans handled since the page opened, accepted or refused

    def set_handler(self, handler: Callable[[Scan], Any]) -> None:
        self._handler = handler

    @property
    def pending(self) -> int:
        return len(self._queue) + (1 if self._worker and not self._worker.done() else 0)

    def submit(self, raw: str) -> Scan | None:
        """Queue a scan as read; returns it, or None when nothing is left after cleaning."""
        code = clean_scan(raw, self.prefix, self.suffix)
        if not code:
            return None
        scan = Scan(code=code, raw=raw)
        self._queue.append(scan)
        self.pendingChanged.emit(len(self._queue))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_event_loop().create_task(self._drain())
        return scan

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._queue:
            scan = self._queue[0]
            try:
                result = await loop.run_in_executor(self._executor, self._handler, scan)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a refused scan is shown, the queue goes on
                self._queue.popleft()
                self.history.append((scan, False, exc))
                self.handled += 1
                self.rejected.emit(scan, describe(exc))
            else:
                self._queue.popleft()
                self.history.append((scan, True, result))
                self.handled += 1
                self.accepted.emit(scan, result)
            self.pendingChanged.emit(len(self._queue))

    def shutdown(self) -> None:
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)


_QTY_FIRST = re.compile(r"^(\d+(?:\.\d+)?)\s*[*×]\s*(\S.*)$")
_QTY_LAST = re.compile(r"^(\S.*?)\s*[*×]\s*(\d+(?:\.\d+)?)$")


def split_quantity(code: str) -> tuple[str | None, str]:
    """A scan or typed code with a quantity: ``24*CODE`` (or ``CODE*24``) → ("24", "CODE");
    a plain code → (None, code). The quantity is read (whole or decimal) by the service."""
    m = _QTY_FIRST.match(code)
    if m:
        return m.group(1), m.group(2).strip()
    m = _QTY_LAST.match(code)
    if m:
        return m.group(2), m.group(1).strip()
    return None, code
