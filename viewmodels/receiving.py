"""Receiving a delivery by scanning, and issuing parts to job cards by scanning.

Each scan goes through a ``ScanQueue``: committed at once, one at a time, in the order read,
off the UI thread, with the key it got when read. The page shows a running count, the last
scans, the note's lines against the order (over and under delivery), and the unknown codes,
which can be linked to a part (the held scan then counts, with its own key) or used to create one.

Issue mode: scanning a job card number (the picking copy's barcode) selects the job; the part
scans after it are issued to that job.

Signals:
    receiptChanged(): the current note (number, lines, count) changed.
    jobChanged(str): the job card that issue scans go to.
    scanDone(bool, str): a scan was taken (True) or refused (False), with the line to show.
    unknownCode(str): a scanned code names no part.
    pendingChanged(int): scans read but not yet committed.
    message(str): something to tell the storekeeper.
    documentReady(bytes): the goods-received note's PDF.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from services.errors import QT_TRANSLATE_NOOP
from services.parts import NewPart, UnknownCode
from viewmodels.errors import describe
from viewmodels.parts_models import Column, RowsModel
from viewmodels.scanning import Scan, ScanQueue

JOB_PATTERN = r"^WT\d{6,}$"  # job card numbers (任务委托书) as numbering makes them: WT + yyyymm + serial

STATE_TEXT = {
    "ok": QT_TRANSLATE_NOOP("Receiving", "received"),
    "over": QT_TRANSLATE_NOOP("Receiving", "over the order"),
    "not_ordered": QT_TRANSLATE_NOOP("Receiving", "not on the order"),
    "undone": QT_TRANSLATE_NOOP("Receiving", "taken back"),
    "issued": QT_TRANSLATE_NOOP("Receiving", "issued"),
    "job": QT_TRANSLATE_NOOP("Receiving", "job card"),
}

INSPECTION_TEXT = {  # receiving inspection (入库验收) of a line
    "pending": QT_TRANSLATE_NOOP("Receiving", "not inspected"),
    "passed": QT_TRANSLATE_NOOP("Receiving", "passed"),
    "failed": QT_TRANSLATE_NOOP("Receiving", "failed"),
}


@dataclass(frozen=True)
class ScanRow:
    """One line of the last-scans list."""

    code: str
    number: str
    name: str
    qty: Decimal | None
    total: Decimal | None
    state: str
    ok: bool
    text: str


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Receiving", text)


class ReceivingViewModel(QObject):
    receiptChanged = Signal()
    jobChanged = Signal(str)
    scanDone = Signal(bool, str)
    unknownCode = Signal(str)
    pendingChanged = Signal(int)
    message = Signal(str)
    documentReady = Signal(bytes)
    countChanged = Signal()

    def __init__(self, receiving, parts, actor, tasks, *, prefix: str = "", suffix: str = "",
                 job_pattern: str = JOB_PATTERN, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.receiving = receiving
        self.parts = parts
        self.actor = actor
        self.tasks = tasks
        self.job_re = re.compile(job_pattern)
        self.mode = "receive"  # receive | issue
        self.receipt = None  # ReceiptInfo of the open note
        self._opened_here = None  # a note the scan worker opened for a first scan without one
        self.job_ref = ""
        self.count = Decimal(0)  # units on the note (receive) or issued this session (issue)
        self.unknown: dict[str, Scan] = {}  # code → the scan that was refused (counted once linked)
        self.queue = ScanQueue(self._handle, prefix=prefix, suffix=suffix, parent=self)
        self.queue.accepted.connect(self._accepted)
        self.queue.rejected.connect(self._rejected)
        self.queue.pendingChanged.connect(self._pending)
        self._undo_wanted = False
        self._in_flight = 0  # scans read and not yet answered (accepted or rejected)
        self._issue_keys: list[str] = []  # keys of this session's issue scans not taken back, oldest first
        self.last_scans = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Code"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Qty"), lambda r: r.qty, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On note"), lambda r: r.total, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Result"), lambda r: r.text),
        ], self)
        self.lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Received"), lambda r: r.qty, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Ordered"), lambda r: r.ordered, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Over (+) / under (−)"), lambda r: r.difference, right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Inspection"),
                   lambda r: _tr(INSPECTION_TEXT.get(r.inspection, r.inspection))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Certificate"), lambda r: r.certificate_checked),
        ], self)

    # ---- properties ------------------------------------------------------------------------------
    def _count_text(self) -> str:
        text = f"{self.count:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    countText = Property(str, _count_text, notify=countChanged)

    @property
    def receipt_number(self) -> str:
        return self.receipt.number if self.receipt else ""

    # ---- commands ---------------------------------------------------------------------------------
    @Slot(str)
    def set_mode(self, mode: str) -> None:
        self.mode = "issue" if mode == "issue" else "receive"
        self.count = Decimal(0)
        self.countChanged.emit()

    @Slot(str)
    def start_receipt(self, order_number: str = "") -> None:
        """Open a goods-received note (for the order typed or scanned, or without one)."""
        self.tasks.run("receiving.open", self.receiving.open_receipt, self.actor,
                       order_number=order_number.strip() or None, on_done=self._set_receipt,
                       on_error=lambda e: self.message.emit(describe(e)))

    def _set_receipt(self, info) -> None:
        self.receipt = info
        self._opened_here = None
        self.lines.set_rows(info.lines)
        if self.mode == "receive":  # a late refresh must not overwrite the issue count
            self.count = info.total_qty
            self.countChanged.emit()
        self.receiptChanged.emit()

    @Slot(str)
    def submit(self, raw: str) -> None:
        """A scan as read from the scan field (or a burst caught elsewhere on the page)."""
        if self.queue.submit(raw) is not None:
            self._in_flight += 1

    def _handle(self, scan: Scan) -> Any:
        """Runs in the scan worker thread: commit one scan."""
        if self.mode == "issue":
            if self.job_re.match(scan.code):
                return ("job", scan.code)
            if not self.job_ref:
                from services.errors import ValidationError

                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan or enter the job card number first."))
            return ("issue", self.parts.issue_to_job(self.actor, self.job_ref, code=scan.code, scan_key=scan.key))
        receipt = self.receipt if self.receipt is not None and self.receipt.status == "open" else self._opened_here
        if receipt is None:
            # the storekeeper scans the first box of a delivery: open a note without an order for it
            receipt = self._opened_here = self.receiving.open_receipt(self.actor, order_number=None)
        return ("receipt", self.receiving.scan(self.actor, receipt.id, scan.code, scan.key))

    def _answered(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight == 0 and self._undo_wanted:
            self._undo_wanted = False
            self._run_undo()

    def _accepted(self, scan: Scan, result: Any) -> None:
        self._show_accepted(scan, result)
        self._answered()

    def _show_accepted(self, scan: Scan, result: Any) -> None:
        if self._opened_here is not None and (self.receipt is None or self.receipt.id != self._opened_here.id):
            self._set_receipt(self._opened_here)  # the note the first scan opened, now on screen
        kind, value = result
        if kind == "job":
            self.job_ref = value
            self.count = Decimal(0)
            self.countChanged.emit()
            self.jobChanged.emit(value)
            row = ScanRow(scan.code, value, "", None, None, "job", True, _tr(STATE_TEXT["job"]))
        elif kind == "issue":
            self._issue_keys.append(scan.key)
            self.count += -value.qty
            self.countChanged.emit()
            row = ScanRow(scan.code, value.part_number, value.part_name, -value.qty, value.on_hand_after, "issued",
                          True, _tr(STATE_TEXT["issued"]))
        else:
            self._apply_outcome(scan.code, value)
            return
        self.last_scans.prepend(row, keep=50)
        self.scanDone.emit(True, f"{row.number} {row.name}")

    def _apply_outcome(self, code: str, out) -> None:
        self.count = out.total_qty
        self.countChanged.emit()
        ok = out.state in ("ok", "undone")
        row = ScanRow(code, out.number, out.name, out.qty, out.line_qty, out.state, ok, _tr(STATE_TEXT[out.state]))
        self.last_scans.prepend(row, keep=50)
        self.scanDone.emit(True, f"{out.number} {out.name} · {row.text}")
        self.refresh()

    def _rejected(self, scan: Scan, text: str) -> None:
        self._show_rejected(scan, text)
        self._answered()

    def _show_rejected(self, scan: Scan, text: str) -> None:
        exc = next((e for s, ok, e in reversed(self.queue.history) if s is scan and not ok), None)
        if isinstance(exc, UnknownCode):
            self.unknown[scan.code] = scan
            self.unknownCode.emit(scan.code)
        self.last_scans.prepend(ScanRow(scan.code, "", "", None, None, "refused", False, text), keep=50)
        self.scanDone.emit(False, text)

    def _pending(self, n: int) -> None:
        self.pendingChanged.emit(n)

    @Slot()
    def undo_last(self) -> None:
        """Take back the last scan of the note, or in issue mode the last issue scan (after every scan
        already read is committed)."""
        if self._in_flight:
            self._undo_wanted = True
            return
        self._run_undo()

    def _run_undo(self) -> None:
        if self.mode == "issue":
            self._undo_issue()
            return
        if self.receipt is None:
            return
        key = uuid.uuid4().hex
        self.tasks.run("receiving.undo", self.receiving.undo_last, self.actor, self.receipt.id, key,
                       on_done=lambda out: self._apply_outcome("", out),
                       on_error=lambda e: self.scanDone.emit(False, describe(e)))

    def _undo_issue(self) -> None:
        if not self._issue_keys:
            self.scanDone.emit(False, _tr(QT_TRANSLATE_NOOP("Receiving", "Nothing to undo.")))
            return
        scan_key = self._issue_keys.pop()

        def done(move) -> None:
            self.count -= move.qty
            self.countChanged.emit()
            row = ScanRow("", move.part_number, move.part_name, move.qty, move.on_hand_after, "undone", True,
                          _tr(STATE_TEXT["undone"]))
            self.last_scans.prepend(row, keep=50)
            self.scanDone.emit(True, f"{move.part_number} {move.part_name} · {row.text}")

        def failed(exc: BaseException) -> None:
            self.scanDone.emit(False, describe(exc))

        self.tasks.run("receiving.undo_issue", self.parts.undo_issue_scan, self.actor, scan_key,
                       undo_key=uuid.uuid4().hex, on_done=done, on_error=failed)

    @Slot(str, str)
    def link_code(self, code: str, part_number: str) -> None:
        """Give the part ``part_number`` the unknown ``code``; the held scan then counts."""
        def work():
            part = self.parts.find_by_code(self.actor, part_number)
            self.parts.link_barcode(self.actor, part.id, code)
            return self._count_held(code)

        self.tasks.run("receiving.link", work, on_done=self._linked,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(str, str, str)
    def create_part_for(self, code: str, number: str, name: str) -> None:
        """Create a part carrying the unknown ``code``; the held scan then counts."""
        def work():
            self.parts.create_part(self.actor, NewPart(number=number, name_zh=name, barcodes=[code]))
            return self._count_held(code)

        self.tasks.run("receiving.create", work, on_done=self._linked,
                       on_error=lambda e: self.message.emit(describe(e)))

    def _count_held(self, code: str):
        scan = self.unknown.get(code)
        if scan is None or self.receipt is None or self.mode != "receive":
            return (code, None)
        return (code, self.receiving.scan(self.actor, self.receipt.id, scan.code, scan.key))

    def _linked(self, result) -> None:
        code, outcome = result
        self.unknown.pop(code, None)
        self.unknownCode.emit("")
        if outcome is not None:
            self._apply_outcome(code, outcome)

    @Slot()
    def refresh(self) -> None:
        if self.receipt is None:
            return
        self.tasks.run("receiving.refresh", self.receiving.receipt, self.actor, self.receipt.id,
                       on_done=self._set_receipt)

    @Slot(int, str, bool)
    def inspect_line(self, row: int, result: str, certificate: bool) -> None:
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.line", self.receiving.set_line, self.actor, line.id, inspection=result,
                       certificate_checked=certificate, on_done=lambda _l: self.refresh(),
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str)
    def set_invoice_price(self, row: int, price: str) -> None:
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.line", self.receiving.set_line, self.actor, line.id, invoice_price=price,
                       on_done=lambda _l: self.refresh(), on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str)
    def set_bin(self, row: int, bin_code: str) -> None:
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.line", self.receiving.set_line, self.actor, line.id, bin_code=bin_code,
                       on_done=lambda _l: self.refresh(), on_error=lambda e: self.message.emit(describe(e)))

    @Slot()
    def finish(self) -> None:
        """Close the note and make its PDF (the goods-received note)."""
        if self.receipt is None:
            return
        from reports.parts_documents import goods_received_pdf

        def work():
            info = self.receiving.close_receipt(self.actor, self.receipt.id)
            return info, goods_received_pdf(info)

        def done(result) -> None:
            info, pdf = result
            self._set_receipt(info)
            self.documentReady.emit(pdf)

        self.tasks.run("receiving.close", work, on_done=done, on_error=lambda e: self.message.emit(describe(e)))

    def shutdown(self) -> None:
        self.queue.shutdown()
