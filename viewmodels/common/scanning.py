"""Scans, committed one at a time in the order they were read, off the UI thread.

A scan gets its unique key the moment it is read: the service stores it with the stock move or
loan it makes, so replaying a scan after a crash (or a double Enter) cannot count it twice. The
queue runs the area's handler for each scan in a single worker thread, strictly in order, and
reports each as accepted or rejected; the view then beeps and flashes green or red.

A transient fault of the database (busy past its timeout, a lost connection: ``StorageError.transient``)
does not refuse the scan: it stays first in the queue and is tried again after 1, 2, 4, 8, then every
10 seconds, with the scans read meanwhile waiting behind it in order, for up to two minutes; then it is
refused with the fault's message. Trying again is safe because the key goes with it: a scan whose commit
did reach the database before the connection dropped finds its move and is not counted twice. A
handler keeps what it needs of a scan (a typed quantity) until the scan is answered, not just tried.

Signals:
    accepted(object, object): the Scan and whatever the handler returned.
    rejected(object, str): the Scan and the reason, in the user's language.
    pendingChanged(int): scans read but not committed yet.
    retrying(object, str, float): the Scan held by a transient fault, the fault in the user's language
        and the seconds until the next try.
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

from PySide6.QtCore import QCoreApplication, QObject, Signal

from services.common.barcodes import clean_scan
from services.common.errors import StorageError
from viewmodels.common.errors import describe


@dataclass(frozen=True)
class Scan:
    code: str
    raw: str
    key: str = field(default_factory=lambda: uuid.uuid4().hex)
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))


HISTORY = 500
# seconds between tries of a scan held by a transient fault; the last figure repeats until RETRY_FOR is used up
RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0, 10.0)
RETRY_FOR = 120.0


class ScanQueue(QObject):
    accepted = Signal(object, object)
    rejected = Signal(object, str)
    pendingChanged = Signal(int)
    retrying = Signal(object, str, float)

    def __init__(self, handler: Callable[[Scan], Any], *, prefix: str = "", suffix: str = "",
                 parent: QObject | None = None, retry_delays: tuple[float, ...] = RETRY_DELAYS,
                 retry_for: float = RETRY_FOR) -> None:
        super().__init__(parent)
        self._handler = handler
        self.retry_delays = retry_delays
        self.retry_for = retry_for
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
    def waiting(self) -> int:
        """Scans read and not answered yet, the one being tried included."""
        return len(self._queue)

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
        tries = 0  # of the scan at the head, held by transient faults
        waited = 0.0
        while self._queue:
            scan = self._queue[0]
            try:
                result = await loop.run_in_executor(self._executor, self._handler, scan)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a refused scan is shown, the queue goes on
                if isinstance(exc, StorageError) and exc.transient and waited < self.retry_for:
                    delay = self.retry_delays[min(tries, len(self.retry_delays) - 1)]
                    tries += 1
                    waited += delay
                    self.retrying.emit(scan, describe(exc), delay)
                    await asyncio.sleep(delay)
                    continue
                tries, waited = 0, 0.0
                self._queue.popleft()
                self.history.append((scan, False, exc))
                self.handled += 1
                self.rejected.emit(scan, describe(exc))
            else:
                tries, waited = 0, 0.0
                self._queue.popleft()
                self.history.append((scan, True, result))
                self.handled += 1
                self.accepted.emit(scan, result)
            self.pendingChanged.emit(len(self._queue))

    def shutdown(self) -> None:
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)


def retry_text(fault: str, seconds: float, waiting: int) -> str:
    """What the counter shows while a scan is held by a transient fault: the fault, that nothing is lost."""
    return QCoreApplication.translate(
        "Scanning", "{fault} The scan is kept and tried again in {seconds} s; {n} scan(s) waiting.").format(
        fault=fault, seconds=f"{seconds:g}", n=waiting)


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
