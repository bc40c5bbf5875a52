"""The stocktake page: start a count by bin prefix or category, count blind by scanning (a bin label
selects the bin, then the parts in it), recount the differences, approve and post.

Signals:
    stocktakeChanged(): the current stocktake's state changed.
    binChanged(str): the bin being counted.
    scanDone(bool, str): a counting scan taken or refused, with the line to show.
    message(str): an error or a note.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.errors import QT_TRANSLATE_NOOP, ValidationError
from viewmodels.errors import describe
from viewmodels.parts_models import Column, RowsModel
from viewmodels.scanning import Scan, ScanQueue

BIN_PATTERN = r"^[A-Z]{1,2}-\d{2}-\d{2}$"  # bin labels: A-01-03


class StocktakeViewModel(QObject):
    stocktakeChanged = Signal()
    binChanged = Signal(str)
    scanDone = Signal(bool, str)
    message = Signal(str)

    def __init__(self, stocktake, actor, tasks, *, prefix: str = "", suffix: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = stocktake
        self.actor = actor
        self.tasks = tasks
        self.current = None  # StocktakeInfo
        self.bin_code = ""
        self.bin_re = re.compile(BIN_PATTERN)
        self.queue = ScanQueue(self._handle, prefix=prefix, suffix=suffix, parent=self)
        self.queue.accepted.connect(self._accepted)
        self.queue.rejected.connect(self._rejected)
        self._count_keys: list[str] = []  # keys of this session's counting scans not taken back, oldest first
        self._in_flight = 0
        self._undo_wanted = False
        self.sheet = RowsModel([  # blind: counted quantities only
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted"), lambda r: r.counted, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Recount"), lambda r: r.recount, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "To recount"), lambda r: r.needs_recount),
        ], self)
        self.variances = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Expected"), lambda r: r.expected, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted"), lambda r: r.counted, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Difference"), lambda r: r.variance, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Value"), lambda r: r.value, right=True),
        ], self)

    @Slot(str, str)
    def start(self, bin_prefix: str, category: str) -> None:
        self.tasks.run("stocktake.start", self.service.start, self.actor, bin_prefix=bin_prefix, category=category,
                       on_done=self._set, on_error=lambda e: self.message.emit(describe(e)))

    def _set(self, info) -> None:
        self.current = info
        self.stocktakeChanged.emit()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.current is None:
            return
        self.tasks.run("stocktake.sheet", self.service.sheet, self.actor, self.current.id,
                       on_done=self.sheet.set_rows, on_error=lambda e: self.message.emit(describe(e)))

    @Slot(str)
    def submit(self, raw: str) -> None:
        if self.queue.submit(raw) is not None:
            self._in_flight += 1

    def _answered(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight == 0 and self._undo_wanted:
            self._undo_wanted = False
            self._run_undo()

    def _rejected(self, scan: Scan, text: str) -> None:
        self.scanDone.emit(False, text)
        self._answered()

    @Slot()
    def undo_last(self) -> None:
        """Take back the last counting scan (after every scan already read is committed)."""
        if self._in_flight:
            self._undo_wanted = True
            return
        self._run_undo()

    def _run_undo(self) -> None:
        if self.current is None or not self._count_keys:
            self.scanDone.emit(False, QCoreApplication.translate("Stocktake", QT_TRANSLATE_NOOP(
                "Stocktake", "Nothing to undo.")))
            return
        scan_key = self._count_keys.pop()

        def done(out) -> None:
            line = out.line
            counted = line.recount if line.recount is not None else line.counted
            self.scanDone.emit(True, QCoreApplication.translate("Stocktake", QT_TRANSLATE_NOOP(
                "Stocktake", "Taken back: {number} {name} · {counted}")).format(
                number=line.number, name=line.name, counted=counted.normalize()))
            self.refresh()

        self.tasks.run("stocktake.undo", self.service.undo_count, self.actor, self.current.id, scan_key,
                       on_done=done, on_error=lambda e: self.scanDone.emit(False, describe(e)))

    def _handle(self, scan: Scan) -> Any:
        if self.bin_re.match(scan.code.upper()):
            return ("bin", scan.code.upper())
        if self.current is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Start a stocktake first."))
        if not self.bin_code:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan the bin label first."))
        return ("count", self.service.count(self.actor, self.current.id, scan.code, bin_code=self.bin_code,
                                            scan_key=scan.key))

    def _accepted(self, scan: Scan, result: Any) -> None:
        self._show_accepted(scan, result)
        self._answered()

    def _show_accepted(self, scan: Scan, result: Any) -> None:
        kind, value = result
        if kind == "bin":
            self.bin_code = value
            self.binChanged.emit(value)
            self.scanDone.emit(True, value)
            return
        line = value.line
        if not value.replayed:
            self._count_keys.append(scan.key)
        counted = line.recount if line.recount is not None else line.counted
        self.scanDone.emit(True, f"{line.number} {line.name} · {counted.normalize()}")
        self.refresh()

    @Slot()
    def show_differences(self) -> None:
        if self.current is None:
            return
        self.tasks.run("stocktake.var", self.service.variances, self.actor, self.current.id, only_differences=True,
                       on_done=self.variances.set_rows, on_error=lambda e: self.message.emit(describe(e)))

    def _step(self, fn, name: str) -> None:
        if self.current is None:
            return
        self.tasks.run(name, fn, self.actor, self.current.id,
                       on_done=lambda _r: self._reload(), on_error=lambda e: self.message.emit(describe(e)))

    def _reload(self) -> None:
        self.tasks.run("stocktake.reload", lambda: next(i for i in self.service.stocktakes(self.actor)
                                                         if i.id == self.current.id), on_done=self._set)
        self.show_differences()

    @Slot()
    def request_recount(self) -> None:
        self._step(self.service.request_recount, "stocktake.recount")

    @Slot()
    def approve(self) -> None:
        self._step(self.service.approve, "stocktake.approve")

    @Slot()
    def post(self) -> None:
        self._step(self.service.post, "stocktake.post")

    def shutdown(self) -> None:
        self.queue.shutdown()
