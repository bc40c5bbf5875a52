"""The stocktake page: the list of counts (any permitted person opens one, whoever started it), a new
count by bin prefix or category, blind counting by scanning (a bin label selects the bin, then the
parts in it; ``24*CODE`` or the quantity field counts a box at once), corrections with a reason,
hand-over for review, recount of the differences, approval with a note, and posting after a
preview that says what it will do (uncounted lines are left unchanged unless written off).

Signals:
    stocktakeChanged(): the current stocktake's state changed.
    binChanged(str): the bin being counted.
    scanDone(bool, str): a counting scan taken or refused, with the line to show.
    message(str): an error or a note.
    previewReady(object): the ``PostingPreview`` of the current count, to confirm posting.
    posted(object): the ``PostingResult`` after posting.
    nextQtyChanged(str): the quantity the next scan counts ("" once used).
    documentReady(str, bytes): a PDF (``sheet`` or ``variances``) of the current count.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.parts.stocktake_records import STATUS_NAMES
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.scanning import Scan, ScanQueue, retry_text, split_quantity
from viewmodels.parts.models import Column, LocalTime, RowsModel

BIN_PATTERN = r"^[A-Z]{1,2}-\d{2}-\d{2}$"  # bin labels: A-01-03


def status_text(status: str) -> str:
    return QCoreApplication.translate("StocktakeStatus", STATUS_NAMES.get(status, status))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Stocktake", text)


class StocktakeViewModel(QObject):
    stocktakeChanged = Signal()
    binChanged = Signal(str)
    scanDone = Signal(bool, str)
    message = Signal(str)
    previewReady = Signal(object)
    posted = Signal(object)
    nextQtyChanged = Signal(str)
    documentReady = Signal(str, bytes)
    countsChanged = Signal()

    def __init__(self, stocktake, actor, tasks, *, prefix: str = "", suffix: str = "", station=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local = LocalTime(stocktake.clock.local)  # times in the station's zone, never the PC's
        self.service = stocktake
        self.actor = actor
        self.tasks = tasks
        self.station = station  # the station service: its name heads the documents
        self.can_approve = actor.can(Permission.APPROVE_STOCKTAKE)  # review, approve and post
        self.current = None  # StocktakeInfo
        self.bin_code = ""
        self.next_qty = ""  # what the next counting scan counts (empty: one)
        self._qty_of: dict[str, str] = {}  # scan key → the quantity typed for it
        self.bin_re = re.compile(BIN_PATTERN)
        self.queue = ScanQueue(self._handle, prefix=prefix, suffix=suffix, parent=self)
        self.queue.accepted.connect(self._accepted)
        self.queue.rejected.connect(self._rejected)
        self.queue.retrying.connect(self._retrying)
        self._count_keys: list[str] = []  # keys of this session's counting scans not taken back, oldest first
        self._in_flight = 0
        self._undo_wanted = False
        self.counts = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Stocktake"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bins / category"), lambda r: r.scope),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Status"), lambda r: status_text(r.status)),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Lines"), lambda r: r.lines, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted"), lambda r: r.counted_lines, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Started by"), lambda r: r.created_by),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted by"), lambda r: "、".join(r.counted_by)),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Approved by"), lambda r: r.approved_by),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Started"), lambda r: r.created_at),
        ], self, local=self.local)
        self.sheet = RowsModel([  # blind: counted quantities only
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Unit"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted"), lambda r: r.counted if r.was_counted else None,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Recount"), lambda r: r.recount, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "To recount"), lambda r: r.needs_recount),
        ], self, local=self.local)
        self.variances = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Expected"), lambda r: r.expected, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Counted"),
                   lambda r: _tr(QT_TRANSLATE_NOOP("Stocktake", "not counted")) if r.uncounted else r.counted,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Difference"), lambda r: None if r.uncounted else r.variance,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Value"), lambda r: None if r.uncounted else r.value,
                   align_right=True),
        ], self, local=self.local)

    # ---- the list of counts ----------------------------------------------------------------------
    @Slot()
    def load_counts(self) -> None:
        self.tasks.run("stocktake.list", self.service.stocktakes, self.actor, on_done=self._counts_loaded,
                       on_error=lambda e: self.message.emit(describe(e)))

    def _counts_loaded(self, rows) -> None:
        self.counts.set_rows(rows)
        self.countsChanged.emit()

    @Slot(int)
    def open_row(self, row: int) -> None:
        info = self.counts.row_object(row)
        if info is not None:
            self.open_count(info.id)

    @Slot(int)
    def open_count(self, stocktake_id: int) -> None:
        """Open a count from the list (to count, review, approve or post it)."""
        self.tasks.run("stocktake.open", self.service.stocktake, self.actor, stocktake_id,
                       on_done=self._opened, on_error=lambda e: self.message.emit(describe(e)))

    def _opened(self, info) -> None:
        if self.current is None or self.current.id != info.id:
            self.bin_code = ""
            self.binChanged.emit("")
            self._count_keys.clear()
            self.variances.set_rows([])
        self._set(info)

    @Slot(str, str)
    def start(self, bin_prefix: str, category: str) -> None:
        self.tasks.run("stocktake.start", self.service.start, self.actor, bin_prefix=bin_prefix, category=category,
                       on_done=self._started, on_error=lambda e: self.message.emit(describe(e)))

    def _started(self, info) -> None:
        self._opened(info)
        self.load_counts()

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

    # ---- counting ------------------------------------------------------------------------------------
    @Slot(str)
    def set_next_qty(self, text: str) -> None:
        """The quantity the next counting scan counts (a box of 24, 4.5 litres); then back to one."""
        self.next_qty = text.strip()

    @Slot(str)
    def submit(self, raw: str) -> None:
        scan = self.queue.submit(raw)
        if scan is None:
            return
        self._in_flight += 1
        if self.next_qty and not self.bin_re.match(scan.code.upper()):
            self._qty_of[scan.key] = self.next_qty  # the worker runs it after this returns
            self.next_qty = ""
            self.nextQtyChanged.emit("")

    def _answered(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight == 0 and self._undo_wanted:
            self._undo_wanted = False
            self._run_undo()

    def _rejected(self, scan: Scan, text: str) -> None:
        self._qty_of.pop(scan.key, None)
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
            self.scanDone.emit(False, _tr(QT_TRANSLATE_NOOP("Stocktake", "Nothing to undo.")))
            return
        scan_key = self._count_keys.pop()

        def done(out) -> None:
            line = out.line
            counted = line.recount if line.recount is not None else line.counted
            self.scanDone.emit(True, _tr(QT_TRANSLATE_NOOP("Stocktake", "Taken back: {number} {name} · {counted}"))
                               .format(number=line.number, name=line.name, counted=_qty(counted)))
            self.refresh()

        self.tasks.run("stocktake.undo", self.service.undo_count, self.actor, self.current.id, scan_key,
                       on_done=done, on_error=lambda e: self.scanDone.emit(False, describe(e)))

    def _handle(self, scan: Scan) -> Any:
        if self.bin_re.match(scan.code.upper()):
            return ("bin", scan.code.upper())
        if self.current is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Open or start a stocktake first."))
        if not self.bin_code:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan the bin label first."))
        typed, code = split_quantity(scan.code)
        qty = self._qty_of.get(scan.key) or typed or 1  # kept until answered: a held scan is tried again
        return ("count", self.service.count(self.actor, self.current.id, code, bin_code=self.bin_code, qty=qty,
                                            scan_key=scan.key))

    def _accepted(self, scan: Scan, result: Any) -> None:
        self._qty_of.pop(scan.key, None)
        self._show_accepted(scan, result)
        self._answered()

    def _retrying(self, scan: Scan, fault: str, seconds: float) -> None:
        self.message.emit(retry_text(fault, seconds, self.queue.waiting))

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
        self.scanDone.emit(True, f"{line.number} {line.name} +{_qty(value.qty)} · {_qty(counted)}")
        # the header and the list say how many lines are counted (and "counting" after the first): read
        # them again; a burst of scans supersedes the earlier reads by name, so this is one read per burst
        self._reload()
        self.refresh()

    @Slot(int, str, str)
    def correct(self, row: int, qty: str, reason: str) -> None:
        """Set the counted quantity of the sheet's line ``row``, with the reason."""
        line = self.sheet.row_object(row)
        if line is None or self.current is None:
            return

        def done(out) -> None:
            self.scanDone.emit(True, _tr(QT_TRANSLATE_NOOP("Stocktake", "Corrected: {number} {name} · {counted}"))
                               .format(number=out.line.number, name=out.line.name,
                                       counted=_qty(out.line.recount if out.line.recount is not None
                                                    else out.line.counted)))
            self.refresh()

        self.tasks.run("stocktake.correct", self.service.correct, self.actor, self.current.id, line.id, qty, reason,
                       on_done=done, on_error=lambda e: self.message.emit(describe(e)))

    # ---- review, approval, posting ----------------------------------------------------------------
    @Slot()
    def show_differences(self) -> None:
        if self.current is None:
            return
        self.tasks.run("stocktake.var", self.service.variances, self.actor, self.current.id, only_differences=True,
                       on_done=self.variances.set_rows, on_error=lambda e: self.message.emit(describe(e)))

    def _step(self, fn, name: str, *args, **kwargs) -> None:
        if self.current is None:
            return
        self.tasks.run(name, fn, self.actor, self.current.id, *args, **kwargs,
                       on_done=lambda _r: self._reload(differences=True),
                       on_error=lambda e: self.message.emit(describe(e)))

    def _reload(self, *, differences: bool = False) -> None:
        if self.current is None:
            return
        self.tasks.run("stocktake.reload", self.service.stocktake, self.actor, self.current.id, on_done=self._set)
        self.load_counts()
        if differences and self.can_approve:
            self.show_differences()

    @Slot(str)
    def hand_over(self, note: str = "") -> None:
        self._step(self.service.hand_over, "stocktake.hand_over", note)

    @Slot()
    def request_recount(self) -> None:
        self._step(self.service.request_recount, "stocktake.recount")

    @Slot(str)
    def approve(self, note: str = "") -> None:
        self._step(self.service.approve, "stocktake.approve", note)

    @Slot(str)
    def cancel(self, reason: str) -> None:
        self._step(self.service.cancel, "stocktake.cancel", reason)

    @Slot()
    def preview_posting(self) -> None:
        """Ask what posting would do; ``previewReady`` carries it for the person to confirm."""
        if self.current is None:
            return
        self.tasks.run("stocktake.preview", self.service.preview, self.actor, self.current.id,
                       on_done=self.previewReady.emit, on_error=lambda e: self.message.emit(describe(e)))

    def post(self, write_off: tuple[int, ...] = (), write_off_uncounted: bool = False, reason: str = "") -> None:
        """Post the approved count; uncounted lines are left unchanged unless written off here."""
        if self.current is None:
            return

        def done(result) -> None:
            self.posted.emit(result)
            self.message.emit(_tr(QT_TRANSLATE_NOOP(
                "Stocktake", "Posted {number}: {moves} differences booked ({value}), {written} uncounted lines "
                             "written off, {left} left unchanged.")).format(
                number=result.info.number, moves=len(result.posted) - result.written_off,
                value=f"¥{result.value:,.2f}", written=result.written_off, left=result.left_unchanged))
            self._reload(differences=True)

        self.tasks.run("stocktake.post", self.service.post, self.actor, self.current.id, write_off=tuple(write_off),
                       write_off_uncounted=write_off_uncounted, reason=reason, on_done=done,
                       on_error=lambda e: self.message.emit(describe(e)))

    # ---- documents -------------------------------------------------------------------------------------
    @Slot()
    def print_sheet(self) -> None:
        """The blind count sheet (by bin, with signature lines) of the current count."""
        if self.current is None:
            return
        from reports.parts.documents import stocktake_sheet_pdf

        info = self.current

        def work():
            return stocktake_sheet_pdf(info, self.service.sheet(self.actor, info.id), self._station_name())

        self.tasks.run("stocktake.pdf", work, on_done=lambda pdf: self.documentReady.emit("sheet", pdf),
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot()
    def print_variances(self) -> None:
        """The variance report: book, moved since the snapshot, expected, counted, difference and value."""
        if self.current is None:
            return
        from reports.parts.documents import variance_pdf

        info = self.current

        def work():
            return variance_pdf(self.service.stocktake(self.actor, info.id),
                                self.service.variances(self.actor, info.id), self._station_name())

        self.tasks.run("stocktake.pdf", work, on_done=lambda pdf: self.documentReady.emit("variances", pdf),
                       on_error=lambda e: self.message.emit(describe(e)))

    def _station_name(self) -> str:
        return self.station.settings().name if self.station is not None else ""

    def shutdown(self) -> None:
        self.queue.shutdown()


def _qty(q) -> str:
    text = f"{q:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
