"""Receiving a delivery by scanning, and issuing parts to job cards by scanning.

Each scan goes through a ``ScanQueue``: committed at once, one at a time, in the order read,
off the UI thread, with the key it got when read. The page shows a running count, the last
scans, the note's lines against the order (over and under delivery), and the unknown codes,
which can be linked to a part (the held scan then counts, with its own key) or used to create one.

Issue mode: scanning a job card number (the picking copy's barcode) selects the job and shows its
picking list (each parts line: asked, issued, to issue); the part scans after it are issued to the
card's line for that part (the job card service's ``issue_part``). A part the card does not list,
or more than its line asks for, is refused with the card and the line named; the advisor may then
approve, with their password, adding it to the card as a charged line (``approve_refused``).
Undo takes back the last issue scan; a second press while an undo is on its way does nothing.

Signals:
    receiptChanged(): the current note (number, lines, count) changed.
    jobChanged(str): the job card that issue scans go to.
    scanDone(bool, str): a scan was taken (True) or refused (False), with the line to show.
    unknownCode(str): a scanned code names no part.
    pendingChanged(int): scans read but not yet committed.
    message(str): something to tell the storekeeper.
    documentReady(bytes): the goods-received note's PDF.
    approvalNeeded(str): an issue was refused for a reason the advisor can approve (the refusal's text).
    pickingChanged(): the picking list of the selected job card changed.
    suppliersChanged(): the list of suppliers to choose the note's supplier from is loaded.
    lineDecided(): a line's inspection was decided (accepted, or rejected into quarantine).
    quarantineChanged(): the list of rejected parts waiting in the quarantine bin was (re)loaded.

Before a note closes it needs its supplier, the supplier's delivery-note number (送货单号) and the
inspection of every line decided: accepted, or rejected with a reason (the rejected parts wait in
the quarantine bin). ``closing_problem`` says in words what is missing before the save dialog opens;
the service refuses the same and keeps what was typed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.parts.stock import NewPart, UnknownCode, fmt_qty
from viewmodels.common.errors import describe
from viewmodels.common.scanning import Scan, ScanQueue, retry_text, split_quantity
from viewmodels.parts.models import Column, LocalTime, RowsModel

JOB_PATTERN = r"^WT\d{6,}$"  # job card numbers (任务委托书) as numbering makes them: WT + yyyymm + serial

STATE_TEXT = {
    "ok": QT_TRANSLATE_NOOP("Receiving", "received"),
    "over": QT_TRANSLATE_NOOP("Receiving", "over the order"),
    "not_ordered": QT_TRANSLATE_NOOP("Receiving", "not on the order"),
    "undone": QT_TRANSLATE_NOOP("Receiving", "taken back"),
    "issued": QT_TRANSLATE_NOOP("Receiving", "issued"),
    "job": QT_TRANSLATE_NOOP("Receiving", "job card"),
    "added": QT_TRANSLATE_NOOP("Receiving", "added to the card and issued"),
}

SUPPLY_TEXT = {  # who supplies a job card's parts line
    "stock": QT_TRANSLATE_NOOP("Receiving", "from stock"),
    "own": QT_TRANSLATE_NOOP("Receiving", "customer's own part"),
    "not_needed": QT_TRANSLATE_NOOP("Receiving", "not needed"),
}

INSPECTION_TEXT = {  # receiving inspection (入库验收) of a line
    "pending": QT_TRANSLATE_NOOP("Receiving", "not inspected"),
    "passed": QT_TRANSLATE_NOOP("Receiving", "passed"),
    "failed": QT_TRANSLATE_NOOP("Receiving", "rejected"),
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
    nextQtyChanged = Signal(str)
    approvalNeeded = Signal(str)
    pickingChanged = Signal()
    suppliersChanged = Signal()
    lineDecided = Signal()
    quarantineChanged = Signal()

    def __init__(self, receiving, parts, actor, tasks, *, job_cards=None, prefix: str = "", suffix: str = "",
                 job_pattern: str = JOB_PATTERN, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local = LocalTime(receiving.clock.local)  # times in the station's zone, never the PC's
        self.receiving = receiving
        self.parts = parts
        self.job_cards = job_cards  # issue mode: parts go to a job card's lines through its service
        self.actor = actor
        self.tasks = tasks
        self.job_re = re.compile(job_pattern)
        self.mode = "receive"  # receive | issue
        self.receipt = None  # ReceiptInfo of the open note
        self._opened_here = None  # a note the scan worker opened for a first scan without one
        self.job_ref = ""
        self.count = Decimal(0)  # units on the note (receive) or issued this session (issue)
        self.unknown: dict[str, Scan] = {}  # code → the scan that was refused (counted once linked)
        self.next_qty = ""  # what the next box scanned holds (empty: one)
        self._qty_of: dict[str, str] = {}  # scan key → the quantity typed for it
        self.queue = ScanQueue(self._handle, prefix=prefix, suffix=suffix, parent=self)
        self.queue.accepted.connect(self._accepted)
        self.queue.rejected.connect(self._rejected)
        self.queue.pendingChanged.connect(self._pending)
        self.queue.retrying.connect(self._retrying)
        self._undo_wanted = False
        self._undo_running = False  # an undo is on its way: a second press does nothing
        self.refused: Scan | None = None  # the last issue scan refused for a reason the advisor can approve
        self.picking = None  # the selected job card's picking list (``PickingList``)
        self._in_flight = 0  # scans read and not yet answered (accepted or rejected)
        self._issue_keys: list[str] = []  # keys of this session's issue scans not taken back, oldest first
        self.suppliers: list = []  # SupplierInfo, for the note's supplier
        self.last_scans = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Code"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Qty"), lambda r: r.qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On note"), lambda r: r.total, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Result"), lambda r: r.text),
        ], self, local=self.local)
        self.lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Received"), lambda r: r.qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Ordered"), lambda r: r.ordered, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Over (+) / under (−)"), lambda r: r.difference, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Inspection"),
                   lambda r: _tr(INSPECTION_TEXT.get(r.inspection, r.inspection))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Rejected"), lambda r: r.rejected_qty or None, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Reason"), lambda r: r.reject_reason),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Inspected by"), lambda r: r.inspected_by),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Certificate"), lambda r: r.certificate_checked),
        ], self, local=self.local)
        self.picking_lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Line"), lambda r: r.line_ref),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.part_number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Asked"), lambda r: r.asked, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Issued"), lambda r: r.issued, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "To issue"), lambda r: r.to_issue, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Supply"),
                   lambda r: _tr(SUPPLY_TEXT.get(r.supply, r.supply))),
        ], self, local=self.local)
        # rejected parts waiting in the quarantine bin (待处理/隔离区) for a later decision
        self.quarantine = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Goods-received note"), lambda r: r.receipt_number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Supplier"), lambda r: r.supplier_name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "In quarantine"), lambda r: r.qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Reason"), lambda r: r.reason),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Inspected by"), lambda r: r.inspected_by),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Time"), lambda r: r.inspected_at),
        ], self, local=self.local)

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
    def set_next_qty(self, text: str) -> None:
        """The quantity the next box scanned holds (a carton of 24, 20 litres); then back to one."""
        self.next_qty = text.strip()

    @Slot(str)
    def submit(self, raw: str) -> None:
        """A scan as read from the scan field (or a burst caught elsewhere on the page)."""
        scan = self.queue.submit(raw)
        if scan is None:
            return
        self._in_flight += 1
        if self.next_qty and not self.job_re.match(scan.code):
            self._qty_of[scan.key] = self.next_qty  # the worker runs it after this returns
            self.next_qty = ""
            self.nextQtyChanged.emit("")

    def _handle(self, scan: Scan) -> Any:
        """Runs in the scan worker thread: commit one scan."""
        if self.mode == "issue":
            if self.job_re.match(scan.code):
                return ("job", (scan.code, self.job_cards.picking_list(self.actor, scan.code)))
            if not self.job_ref:
                from services.common.errors import ValidationError

                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan or enter the job card number first."))
            return self._issue(scan)
        receipt = self.receipt if self.receipt is not None and self.receipt.status == "open" else self._opened_here
        if receipt is None:
            # the storekeeper scans the first box of a delivery: open a note without an order for it
            receipt = self._opened_here = self.receiving.open_receipt(self.actor, order_number=None)
        typed, code = split_quantity(scan.code)
        qty = self._qty_of.get(scan.key) or typed or 1  # kept until answered: a held scan is tried again
        return ("receipt", self.receiving.scan(self.actor, receipt.id, code, scan.key, qty=qty))

    def _issue(self, scan: Scan, approval=None) -> tuple:
        """Runs in a worker: issue the scanned part to the card's line, then read the picking list again."""
        out = self.job_cards.issue_part(self.actor, self.job_ref, scan.code, scan_key=scan.key, approval=approval)
        return ("issue", (out, self.job_cards.picking_list(self.actor, self.job_ref)))

    def _set_picking(self, picking) -> None:
        self.picking = picking
        self.picking_lines.set_rows(picking.lines if picking is not None else ())
        self.pickingChanged.emit()

    def _answered(self) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if self._in_flight == 0 and self._undo_wanted:
            self._undo_wanted = False
            self._run_undo()

    def _accepted(self, scan: Scan, result: Any) -> None:
        self._qty_of.pop(scan.key, None)
        self._show_accepted(scan, result)
        self._answered()

    def _retrying(self, scan: Scan, fault: str, seconds: float) -> None:
        self.message.emit(retry_text(fault, seconds, self.queue.waiting))

    def _show_accepted(self, scan: Scan, result: Any) -> None:
        if self._opened_here is not None and (self.receipt is None or self.receipt.id != self._opened_here.id):
            self._set_receipt(self._opened_here)  # the note the first scan opened, now on screen
        kind, value = result
        if kind == "job":
            number, picking = value
            self.job_ref = number
            self.refused = None
            self.count = Decimal(0)
            self.countChanged.emit()
            self._set_picking(picking)
            self.jobChanged.emit(number)
            row = ScanRow(scan.code, number, "", None, None, "job", True, _tr(STATE_TEXT["job"]))
        elif kind == "issue":
            out, picking = value
            self._issue_keys.append(scan.key)
            self.count += out.qty
            self.countChanged.emit()
            self._set_picking(picking)
            state = "added" if out.added_line else "issued"
            row = ScanRow(scan.code, out.part_number, out.part_name, out.qty, out.on_hand_after, state,
                          True, f"{_tr(STATE_TEXT[state])} · {out.card_number} {out.line_ref} "
                                f"{fmt_qty(out.issued)}/{fmt_qty(out.asked)}")
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
        self._qty_of.pop(scan.key, None)
        exc = next((e for s, ok, e in reversed(self.queue.history) if s is scan and not ok), None)
        if isinstance(exc, UnknownCode):
            self.unknown[scan.code] = scan
            self.unknownCode.emit(scan.code)
        self.last_scans.prepend(ScanRow(scan.code, "", "", None, None, "refused", False, text), keep=50)
        self.scanDone.emit(False, text)
        if self.mode == "issue" and isinstance(exc, ValidationError) and exc.field in ("code", "qty") \
                and not isinstance(exc, UnknownCode):
            self.refused = scan  # not on the card, or more than it asks: the advisor may approve adding it
            self.approvalNeeded.emit(text)

    @Slot(str, str)
    def approve_refused(self, username: str, password: str) -> None:
        """The advisor approved (user name and password, checked by the service) adding the refused part
        to the card as a charged line; it is issued to that line with the refused scan's own key."""
        scan = self.refused
        if scan is None or not self.job_ref:
            return
        from services.job_cards.service import Approval

        def done(result) -> None:
            self.refused = None
            self._show_accepted(scan, result)

        self.tasks.run("receiving.approve_issue", self._issue, scan, Approval(username, password), on_done=done,
                       on_error=lambda e: self.scanDone.emit(False, describe(e)))

    def _pending(self, n: int) -> None:
        self.pendingChanged.emit(n)

    @Slot()
    def undo_last(self) -> None:
        """Take back the last scan of the note, or in issue mode the last issue scan (after every scan
        already read is committed). A press while an undo is already on its way does nothing: a
        double click takes back one scan."""
        if self._undo_running or self._undo_wanted:
            return
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
        self._undo_running = True

        def done(out) -> None:
            self._undo_running = False
            self._apply_outcome("", out)

        def failed(exc: BaseException) -> None:
            self._undo_running = False
            self.scanDone.emit(False, describe(exc))

        self.tasks.run("receiving.undo", self.receiving.undo_last, self.actor, self.receipt.id, key,
                       on_done=done, on_error=failed)

    def _undo_issue(self) -> None:
        if not self._issue_keys:
            self.scanDone.emit(False, _tr(QT_TRANSLATE_NOOP("Receiving", "Nothing to undo.")))
            return
        scan_key = self._issue_keys.pop()
        self._undo_running = True

        def work():
            out = self.job_cards.undo_issue(self.actor, scan_key, undo_key=uuid.uuid4().hex)
            return out, self.job_cards.picking_list(self.actor, out.card_number)

        def done(result) -> None:
            self._undo_running = False
            out, picking = result
            self.count += out.qty
            self.countChanged.emit()
            self._set_picking(picking)
            row = ScanRow("", out.part_number, out.part_name, out.qty, out.on_hand_after, "undone", True,
                          _tr(STATE_TEXT["undone"]))
            self.last_scans.prepend(row, keep=50)
            self.scanDone.emit(True, f"{out.part_number} {out.part_name} · {row.text}")

        def failed(exc: BaseException) -> None:
            self._undo_running = False
            self.scanDone.emit(False, describe(exc))

        self.tasks.run("receiving.undo_issue", work, on_done=done, on_error=failed)

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

    @Slot()
    def load_suppliers(self) -> None:
        def done(rows) -> None:
            self.suppliers = [x for x in rows if x.active]
            self.suppliersChanged.emit()

        self.tasks.run("receiving.suppliers", self.parts.suppliers, self.actor, on_done=done,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str)
    def set_header(self, supplier_id: int, delivery_note: str) -> None:
        """The note's supplier (0: none chosen) and the supplier's delivery-note number, saved at once."""
        r = self.receipt
        if r is None or r.status != "open":
            return
        supplier = supplier_id or None
        if supplier == r.supplier_id and delivery_note.strip() == r.delivery_note:
            return
        self.tasks.run("receiving.header", self.receiving.set_header, self.actor, r.id,
                       supplier_id=supplier if r.order_id is None else None, delivery_note=delivery_note,
                       on_done=self._set_receipt, on_error=lambda e: self.message.emit(describe(e)))

    def closing_problem(self, supplier_id: int, delivery_note: str) -> str:
        """What the note still needs before it can close, in words ("" when nothing)."""
        from services.parts.receiving import ReceiptIncomplete

        r = self.receipt
        if r is None:
            return ""
        missing = tuple(m for m, bad in (("supplier", not (supplier_id or r.supplier_id)),
                                          ("delivery_note", not delivery_note.strip()),
                                          ("inspection", bool(r.undecided))) if bad)
        if not missing:
            return ""
        from viewmodels.common.errors import translate_service

        return ReceiptIncomplete(r.number, missing, tuple(ln.number for ln in r.undecided)).message(translate_service)

    @Slot(int)
    def accept_line(self, row: int) -> None:
        """The line passed inspection and its certificate (合格证) was seen."""
        line = self.lines.row_object(row)
        if line is None:
            return

        def work():
            self.receiving.accept_line(self.actor, line.id)
            return self.receiving.set_line(self.actor, line.id, certificate_checked=True)

        self.tasks.run("receiving.decide", work, on_done=self._decided,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str, str)
    def reject_line(self, row: int, reason: str, qty: str = "") -> None:
        """The line (or ``qty`` of it) failed inspection, with the reason: it goes to the quarantine bin."""
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.decide", self.receiving.reject_line, self.actor, line.id, reason, qty.strip() or None,
                       scan_key=uuid.uuid4().hex, on_done=self._decided,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot()
    def load_quarantine(self) -> None:
        def done(rows) -> None:
            self.quarantine.set_rows(rows)
            self.quarantineChanged.emit()

        self.tasks.run("receiving.quarantine", self.receiving.quarantine, self.actor, on_done=done,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str, str)
    def release_quarantined(self, row: int, reason: str, qty: str = "") -> None:
        """A later decision: the parts of quarantine row ``row`` are fit after all and go into stock."""
        self._quarantine_decision(row, self.receiving.release_from_quarantine, reason, qty,
                                  QT_TRANSLATE_NOOP("Receiving", "{number}: {qty} released to stock"))

    @Slot(int, str, str)
    def return_quarantined(self, row: int, reason: str, qty: str = "") -> None:
        """A later decision: the parts of quarantine row ``row`` go back to the supplier (a supplier return)."""
        self._quarantine_decision(row, self.receiving.return_from_quarantine, reason, qty,
                                  QT_TRANSLATE_NOOP("Receiving", "{number}: {qty} returned to the supplier"))

    def _quarantine_decision(self, row: int, call, reason: str, qty: str, said: str) -> None:
        held = self.quarantine.row_object(row)
        if held is None:
            return

        def done(line) -> None:
            moved = held.qty - line.quarantined  # this decision's quantity
            self.message.emit(_tr(said).format(number=line.number, qty=fmt_qty(moved)))
            self.load_quarantine()
            self.refresh()

        self.tasks.run("receiving.quarantine_decision", call, self.actor, held.line_id, reason, qty.strip() or None,
                       scan_key=uuid.uuid4().hex, on_done=done, on_error=lambda e: self.message.emit(describe(e)))

    def _decided(self, line) -> None:
        if line.rejected_qty:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Receiving", "{number}: {qty} rejected, in the quarantine bin "
                                                                 "(not available)")).format(
                number=line.number, qty=fmt_qty(line.rejected_qty)))
        else:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Receiving", "{number}: accepted")).format(number=line.number))
        self.lineDecided.emit()
        self.refresh()

    @Slot(int, str)
    def set_invoice_price(self, row: int, price: str) -> None:
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.line", self.receiving.set_line, self.actor, line.id, invoice_price=price,
                       on_done=lambda _l: self.refresh(), on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str, str)
    def correct_line(self, row: int, qty: str, reason: str) -> None:
        """Set the received quantity of the note's line ``row``, with the reason."""
        line = self.lines.row_object(row)
        if line is None or self.receipt is None:
            return
        self.tasks.run("receiving.correct", self.receiving.correct_line, self.actor, self.receipt.id, line.id, qty,
                       reason, scan_key=uuid.uuid4().hex, on_done=lambda out: self._apply_outcome("", out),
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str)
    def set_bin(self, row: int, bin_code: str) -> None:
        line = self.lines.row_object(row)
        if line is None:
            return
        self.tasks.run("receiving.line", self.receiving.set_line, self.actor, line.id, bin_code=bin_code,
                       on_done=lambda _l: self.refresh(), on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int, str)
    def finish(self, supplier_id: int = 0, delivery_note: str | None = None) -> None:
        """Close the note (with the supplier and delivery-note number on screen) and make its PDF.
        A refused close keeps them and says what is missing; the note stays open."""
        if self.receipt is None:
            return
        from reports.parts.documents import goods_received_pdf

        receipt = self.receipt
        supplier = (supplier_id or None) if receipt.order_id is None else None

        def work():
            info = self.receiving.close_receipt(self.actor, receipt.id, supplier_id=supplier,
                                                delivery_note=delivery_note)
            return info, goods_received_pdf(info)

        def done(result) -> None:
            info, pdf = result
            self._set_receipt(info)
            self.documentReady.emit(pdf)

        def failed(exc: BaseException) -> None:
            self.message.emit(describe(exc))
            self.refresh()  # what was typed is saved: the screen shows it

        self.tasks.run("receiving.close", work, on_done=done, on_error=failed)

    @Slot()
    def reprint(self) -> None:
        """The goods-received note of the current note again (after a cancelled save, or a lost printout)."""
        if self.receipt is None:
            return
        from reports.parts.documents import goods_received_pdf

        number = self.receipt.number

        def work():
            return goods_received_pdf(self.receiving.receipt_document(self.actor, number))

        self.tasks.run("receiving.reprint", work, on_done=self.documentReady.emit,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(str)
    def open_note(self, number: str) -> None:
        """Open any goods-received note by its number (closed ones to print them again)."""
        self.tasks.run("receiving.open_note", self.receiving.receipt_document, self.actor, number,
                       on_done=self._set_receipt, on_error=lambda e: self.message.emit(describe(e)))

    def shutdown(self) -> None:
        self.queue.shutdown()
