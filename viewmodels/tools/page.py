"""The tool keeper's page: the lend/return desk driven by scans, the lists, the ledger, item details.

The desk works without a mouse: a badge scan starts lending to that person; item scans are lent
to them, one committed loan line each, on one loan slip; Esc (``end_visit``) ends the visit. With
no borrower at the desk, item scans are returns, in the condition chosen before the scan.

Signals:
    message(str, bool): a sentence for the keeper, and whether it was good news (green) or not (red).
    borrowerChanged(str): the borrower at the desk ("" when none: scans are returns).
    loanChanged(str): the loan number being filled ("" before the first item).
    conditionChanged(str): the condition the next return is taken in.
    overdueCountChanged(int): items overdue now.
    itemLoaded(object): an ``ItemDetail`` for the detail view.
    itemSaved(object): a ``ToolItemInfo`` after a save.
    slipReady(str, bytes): a loan slip's number and PDF.
    reportWritten(str): the path of a workbook written.
    failed(str): a refusal or error of a background action, in the user's language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from reports.tools.documents import (
    calibration_workbook,
    losses_workbook,
    overdue_workbook,
    render_loan_slip,
    utilisation_workbook,
)
from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.tools.service import (
    CALIBRATION_KINDS,
    CONDITIONS,
    HISTORY_EVENTS,
    KINDS,
    RESULTS,
    STATES,
    CalibrationInput,
    LendResult,
    ReturnResult,
    ToolItemInput,
    ToolService,
)
from services.users.permissions import Actor, Permission
from viewmodels.common.errors import describe
from viewmodels.common.permissions import Rights
from viewmodels.common.scanning import Scan, ScanQueue, retry_text

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_CTX = "ToolsModel"
_OVERDUE_BG = QBrush(QColor("#ffd9d9"))
_OVERDUE_FG = QBrush(QColor("#9b0000"))
_DUE_BG = QBrush(QColor("#fff1c2"))


def _t(context: str, text: str | None) -> str:
    return QCoreApplication.translate(context, text) if text else ""


def kind_name(code: str) -> str:
    return _t("ToolKind", KINDS.get(code, code))


def state_name(code: str) -> str:
    return _t("ToolState", STATES.get(code, code))


def condition_name(code: str | None) -> str:
    return _t("ToolCondition", CONDITIONS.get(code or "", code or ""))


class LocalTime:
    """Formats UTC times in the station's zone."""

    def __init__(self, zone) -> None:
        self.zone = zone

    def __call__(self, moment) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if moment else ""


@dataclass(frozen=True)
class Column:
    header: str  # English source, context "ToolsModel"
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of service rows; ``style(row)`` may colour a row."""

    def __init__(self, columns: Sequence[Column], style: Callable[[Any], str | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._style = style
        self.can_fetch_more = False
        self.fetch_more_requested: Callable[[], None] | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = col.value(row)
            return "" if v is None else str(v)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return (col.sort or col.value)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._style is not None and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            kind = self._style(row)
            if kind == "overdue":
                return _OVERDUE_BG if role == Qt.ItemDataRole.BackgroundRole else _OVERDUE_FG
            if kind == "due" and role == Qt.ItemDataRole.BackgroundRole:
                return _DUE_BG
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return _t(_CTX, self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.can_fetch_more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if self.can_fetch_more and self.fetch_more_requested is not None:
            self.can_fetch_more = False  # until the next page arrives
            self.fetch_more_requested()

    # ---- feeding --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def prepend_row(self, row: Any) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    def row(self, i: int) -> Any:
        return self._rows[i]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)


def item_table_model(today: Callable[[], date], parent: QObject | None = None) -> RowsModel:
    """The ledger: number, name, kind, brand, location, state, next due, borrower."""
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Item no."), lambda r: r.item_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Kind"), lambda r: kind_name(r.kind)),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Brand"), lambda r: r.brand),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Location"), lambda r: r.location),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Qty"), lambda r: r.quantity, align_right=True),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "State"), lambda r: state_name(r.state)),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Next due"), lambda r: r.next_due.isoformat() if r.next_due else ""),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Borrower"), lambda r: r.holder or ""),
    ], style=lambda r: "due" if r.next_due and r.next_due <= today() and r.state not in ("lost", "retired")
       else None, parent=parent)


def loan_table_model(local: LocalTime, parent: QObject | None = None) -> RowsModel:
    """Items out now; overdue rows in red."""
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Loan no."), lambda r: r.loan_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Item no."), lambda r: r.item_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Name"), lambda r: r.item_name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Borrower"), lambda r: r.borrower_name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Lent at"), lambda r: local(r.lent_at), sort=lambda r: r.lent_at),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Return by"), lambda r: local(r.expected_return),
               sort=lambda r: r.expected_return),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Job card"), lambda r: r.job_card_number or ""),
    ], style=lambda r: "overdue" if r.overdue else None, parent=parent)


def history_table_model(local: LocalTime, parent: QObject | None = None) -> RowsModel:
    def detail(h) -> str:
        if h.event == "returned":
            return condition_name(h.detail)
        if h.event in CALIBRATION_KINDS:
            return _t("ToolResult", RESULTS.get(h.detail, h.detail))
        if h.event in ("state", "created") and h.detail:
            return state_name(h.detail)
        return h.detail

    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "When"), lambda h: local(h.at), sort=lambda h: h.at),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Event"), lambda h: _t("ToolEvent", HISTORY_EVENTS.get(h.event, h.event))),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Who"), lambda h: h.who),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Reference"), lambda h: h.reference),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Result"), detail),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Note"), lambda h: h.note),
    ], parent=parent)


def calibration_table_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Date"), lambda c: c.performed_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Kind"), lambda c: _t("ToolCalibrationKind", CALIBRATION_KINDS.get(c.kind))),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Provider"), lambda c: c.provider),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Certificate no."), lambda c: c.certificate_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Result"), lambda c: _t("ToolResult", RESULTS.get(c.result))),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Next due"), lambda c: c.next_due.isoformat() if c.next_due else ""),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Cost"), lambda c: f"{c.cost:,.2f}" if c.cost is not None else "",
               align_right=True),
    ], parent=parent)


def incident_table_model(local: LocalTime, parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "When"), lambda r: local(r.reported_at), sort=lambda r: r.reported_at),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Item no."), lambda r: r.item_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Name"), lambda r: r.item_name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Condition"), lambda r: condition_name(r.kind)),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Borrower"), lambda r: r.borrower_name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Charge"), lambda r: f"{r.charge_amount:,.2f}" if r.charge_amount is not None
               else "", align_right=True),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Repair order"), lambda r: r.repair_order),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Note"), lambda r: r.note),
    ], style=lambda r: "overdue" if r.status == "open" else None, parent=parent)


@dataclass(frozen=True)
class DeskLine:
    """A line on the desk's list of this visit: what was just lent or returned."""

    action: str  # lent | returned
    item_number: str
    item_name: str
    detail: str


def desk_table_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Done"), lambda d: _t("ToolEvent", HISTORY_EVENTS.get(d.action))),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Item no."), lambda d: d.item_number),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Name"), lambda d: d.item_name),
        Column(QT_TRANSLATE_NOOP("ToolsModel", "Note"), lambda d: d.detail),
    ], style=lambda d: "overdue" if d.action == "returned" and d.detail else None, parent=parent)


@dataclass(frozen=True)
class _DeskState:
    """What the desk looked like when a scan was read (a later change must not apply to it)."""

    condition: str
    note: str
    expected: date | None
    job_card: str


REPORTS = ("overdue", "utilisation", "calibration", "losses")
PAGE = 200


class ToolsViewModel(QObject):
    message = Signal(str, bool)
    borrowerChanged = Signal(str)
    loanChanged = Signal(str)
    conditionChanged = Signal(str)
    overdueCountChanged = Signal(int)
    itemLoaded = Signal(object)
    itemSaved = Signal(object)
    slipReady = Signal(str, bytes)
    reportWritten = Signal(str)
    failed = Signal(str)
    listsRefreshed = Signal()
    ledgerLoaded = Signal()

    def __init__(self, service: ToolService, actor: Actor, tasks, *, lang: str = "zh_CN", prefix: str = "",
                 suffix: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.lang = lang
        self.local = LocalTime(service.clock.zone)
        self.rights = Rights(actor, lend=Permission.LEND_TOOLS, edit=Permission.EDIT_TOOLS)
        self.can_lend = self.rights.can("lend")
        self.can_edit = self.rights.can("edit")
        self.desk_model = desk_table_model(self)
        self.on_loan_model = loan_table_model(self.local, self)
        self.overdue_model = loan_table_model(self.local, self)
        self.ledger_model = item_table_model(service.clock.today, self)
        self.ledger_model.fetch_more_requested = self._fetch_more
        self.due_model = item_table_model(service.clock.today, self)
        self.incident_model = incident_table_model(self.local, self)
        self.history_model = history_table_model(self.local, self)
        self.calibration_model = calibration_table_model(self)
        self._lock = threading.Lock()
        self._borrower = None
        self._loan_number: str | None = None
        self._condition = "good"
        self._note = ""
        self._expected: date | None = None
        self._job_card = ""
        self._pending: dict[str, _DeskState] = {}
        self._ledger_query: dict[str, Any] = {"search": "", "state": None, "kind": None}
        self.last_message = ""
        self.queue = ScanQueue(self._handle_scan, prefix=prefix, suffix=suffix, parent=self)
        self.queue.accepted.connect(self._on_accepted)
        self.queue.rejected.connect(self._on_rejected)
        self.queue.retrying.connect(self._on_retrying)

    def why_not(self, action: str) -> str:
        """A tooltip for a widget of ``action`` ("lend" | "edit"): "" when allowed, else why not, in words."""
        return self.rights.why_not(action)

    # ---- desk state -------------------------------------------------------------------------
    @property
    def borrower_name(self) -> str:
        return self._borrower.display_name if self._borrower else ""

    @property
    def loan_number(self) -> str:
        return self._loan_number or ""

    @property
    def condition(self) -> str:
        return self._condition

    def set_condition(self, condition: str) -> None:
        if condition in CONDITIONS and condition != self._condition:
            self._condition = condition
            self.conditionChanged.emit(condition)

    def set_note(self, note: str) -> None:
        self._note = note

    def set_expected_return(self, day: date | None) -> None:
        """The day items are due back; None or today means the end of today."""
        self._expected = None if day is None or day == self.service.clock.today() else day

    def set_job_card(self, number: str) -> None:
        self._job_card = (number or "").strip()

    def end_visit(self) -> None:
        """Done with this borrower: the next item scans are returns."""
        with self._lock:
            self._borrower = None
            self._loan_number = None
        self.borrowerChanged.emit("")
        self.loanChanged.emit("")
        self.desk_model.set_rows([])
        self._say(self.tr("Scan a badge to lend, or scan items to take them back."), True)

    # ---- scans --------------------------------------------------------------------------------
    def submit_scan(self, raw: str) -> Scan | None:
        scan = self.queue.submit(raw)
        if scan is not None:
            self._pending[scan.key] = _DeskState(self._condition, self._note, self._expected, self._job_card)
        return scan

    def _handle_scan(self, scan: Scan):
        """Runs in the scan worker, one scan at a time in reading order."""
        # kept until the scan is answered: one held by a transient fault is tried again with it
        desk = self._pending.get(scan.key) or _DeskState("good", "", None, "")
        holder = self.service.badge_holder(self.actor, scan.code)
        if holder is not None:
            with self._lock:
                self._borrower = holder
                self._loan_number = None
            return holder
        with self._lock:
            borrower, number = self._borrower, self._loan_number
        if borrower is None:
            try:
                return self.service.return_item(self.actor, scan.code, scan.key, desk.condition, desk.note)
            except NotFound:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError",
                                                 "{code} is neither a staff badge nor an item on the ledger."),
                               code=scan.code) from None
        result = self.service.lend(self.actor, borrower.id, scan.code, scan.key, loan_number=number,
                                   expected_return=desk.expected, job_card_number=desk.job_card or None)
        with self._lock:
            self._loan_number = result.loan_number
        return result

    def _on_accepted(self, scan: Scan, result) -> None:
        self._pending.pop(scan.key, None)
        if isinstance(result, LendResult):
            self.desk_model.prepend_row(DeskLine("lent", result.item_number, result.item_name, ""))
            self.loanChanged.emit(result.loan_number)
            self._say(self.tr("{item} ({number}) lent to {name}, due back {when}.").format(
                item=result.item_name, number=result.item_number, name=result.borrower.display_name,
                when=self.local(result.expected_return)), True)
        elif isinstance(result, ReturnResult):
            detail = "" if result.condition == "good" else condition_name(result.condition)
            if result.late:
                detail = (detail + " " + self.tr("late")).strip()
            self.desk_model.prepend_row(DeskLine("returned", result.item_number, result.item_name, detail))
            text = self.tr("{item} ({number}) returned by {name}.").format(
                item=result.item_name, number=result.item_number, name=result.borrower_name)
            if result.condition != "good":
                text += " " + self.tr("Recorded as {condition}.").format(condition=condition_name(result.condition))
                if result.charge is not None:
                    text += " " + self.tr("Charge by the station's rule: ¥{amount}.").format(amount=f"{result.charge:,.2f}")
                self.set_condition("good")
                self._note = ""
            self._say(text, True)
        else:  # a borrower's badge
            self.desk_model.set_rows([])
            self.borrowerChanged.emit(result.display_name)
            self.loanChanged.emit("")
            self._say(self.tr("Lending to {name}: scan the items. Esc when done.").format(name=result.display_name),
                      True)
        self.refresh_lists()

    def _on_rejected(self, scan: Scan, reason: str) -> None:
        self._pending.pop(scan.key, None)
        self._say(reason, False)

    def _on_retrying(self, scan: Scan, fault: str, seconds: float) -> None:
        self._say(retry_text(fault, seconds, self.queue.waiting), False)

    def _say(self, text: str, ok: bool) -> None:
        self.last_message = text
        self.message.emit(text, ok)

    # ---- lists -------------------------------------------------------------------------------
    def refresh_lists(self) -> None:
        def load():
            return (self.service.on_loan(self.actor), self.service.overdue(self.actor),
                    self.service.calibration_due(self.actor, 30), self.service.incidents(self.actor))

        def done(result) -> None:
            on_loan, overdue, due, incidents = result
            self.on_loan_model.set_rows(on_loan)
            self.overdue_model.set_rows(overdue)
            self.due_model.set_rows(due)
            self.incident_model.set_rows(list(reversed(incidents)))
            self.overdueCountChanged.emit(len(overdue))
            self.listsRefreshed.emit()

        self.tasks.run("tools.lists", load, on_done=done, on_error=self._fail)

    def search_ledger(self, text: str = "", state: str | None = None, kind: str | None = None) -> None:
        self._ledger_query = {"search": text, "state": state or None, "kind": kind or None}

        def done(rows) -> None:
            self.ledger_model.set_rows(rows)
            self.ledger_model.can_fetch_more = len(rows) == PAGE
            self.ledger_model.fetch_more_requested = self._fetch_more
            self.ledgerLoaded.emit()

        self.tasks.run("tools.ledger", self.service.list_items, self.actor, limit=PAGE, on_done=done,
                       on_error=self._fail, **self._ledger_query)

    def _reload_ledger(self) -> None:
        q = self._ledger_query
        self.search_ledger(q["search"], q["state"], q["kind"])

    def _fetch_more(self) -> None:
        rows = self.ledger_model.rows
        if not rows:
            return

        def done(more) -> None:
            self.ledger_model.append_rows(more)
            self.ledger_model.can_fetch_more = len(more) == PAGE
            self.ledgerLoaded.emit()

        self.tasks.run("tools.ledger", self.service.list_items, self.actor, limit=PAGE,
                       after=rows[-1].item_number, on_done=done, on_error=self._fail, **self._ledger_query)

    def open_item(self, item_id: int) -> None:
        def done(detail) -> None:
            self.history_model.set_rows(detail.history)
            self.calibration_model.set_rows(detail.calibrations)
            self.itemLoaded.emit(detail)

        self.tasks.run("tools.item", self.service.item_detail, self.actor, item_id, on_done=done, on_error=self._fail)

    def open_item_by_code(self, code: str) -> None:
        def load():
            return self.service.item_detail(self.actor, self.service.find_item(self.actor, code).id)

        def done(detail) -> None:
            self.history_model.set_rows(detail.history)
            self.calibration_model.set_rows(detail.calibrations)
            self.itemLoaded.emit(detail)

        self.tasks.run("tools.item", load, on_done=done, on_error=self._fail)

    # ---- edits ----------------------------------------------------------------------------------
    # choices for the views, translated
    @staticmethod
    def kinds() -> list[tuple[str, str]]:
        return [(c, kind_name(c)) for c in KINDS]

    @staticmethod
    def states() -> list[tuple[str, str]]:
        return [(c, state_name(c)) for c in STATES]

    @staticmethod
    def conditions() -> list[tuple[str, str]]:
        return [(c, condition_name(c)) for c in CONDITIONS]

    @staticmethod
    def calibration_kinds() -> list[tuple[str, str]]:
        return [(c, _t("ToolCalibrationKind", n)) for c, n in CALIBRATION_KINDS.items()]

    @staticmethod
    def results() -> list[tuple[str, str]]:
        return [(c, _t("ToolResult", n)) for c, n in RESULTS.items()]

    def save_item(self, item_id: int | None, fields: dict, version: int | None = None) -> None:
        """Add (``item_id`` None) or change an item; ``fields`` are ``ToolItemInput``'s."""
        def work():
            data = ToolItemInput(**fields)
            if item_id is None:
                return self.service.add_item(self.actor, data)
            return self.service.update_item(self.actor, item_id, data, version or 0)

        def done(info) -> None:
            self.itemSaved.emit(info)
            self._say(self.tr("{name} ({number}) saved.").format(name=info.name, number=info.item_number), True)
            self._reload_ledger()
            self.open_item(info.id)

        self.tasks.run("tools.save", work, on_done=done, on_error=self._fail)

    def set_state(self, item_id: int, state: str, reason: str) -> None:
        def done(info) -> None:
            self._say(self.tr("{name} ({number}) is now: {state}.").format(
                name=info.name, number=info.item_number, state=state_name(info.state)), True)
            self._reload_ledger()
            self.refresh_lists()
            self.open_item(info.id)

        self.tasks.run("tools.state", self.service.set_state, self.actor, item_id, state, reason, on_done=done,
                       on_error=self._fail)

    def record_calibration(self, item_id: int, fields: dict) -> None:
        """Record a calibration, maintenance or repair; ``fields`` are ``CalibrationInput``'s."""
        def done(rec) -> None:
            self._say(self.tr("Calibration recorded; next due {day}.").format(
                day=rec.next_due.isoformat() if rec.next_due else "—"), True)
            self._reload_ledger()
            self.refresh_lists()
            self.open_item(item_id)

        self.tasks.run("tools.calibration", lambda: self.service.record_calibration(
            self.actor, item_id, CalibrationInput(**fields)), on_done=done, on_error=self._fail)

    def settle_incident(self, incident_id: int, charge: str, repair_order: str, note: str = "") -> None:
        def done(row) -> None:
            self._say(self.tr("Damage or loss of {number} settled.").format(number=row.item_number), True)
            self.refresh_lists()

        self.tasks.run("tools.settle", self.service.settle_incident, self.actor, incident_id, charge_amount=charge,
                       repair_order=repair_order, note=note, on_done=done, on_error=self._fail)

    # ---- documents ------------------------------------------------------------------------------
    def print_slip(self, number: str | None = None) -> None:
        number = number or self._loan_number
        if not number:
            self._say(self.tr("No loan to print: lend something first, or pick a loan in the list."), False)
            return

        def work() -> bytes:
            return render_loan_slip(self.service.loan_slip(self.actor, number), lang=self.lang)

        self.tasks.run("tools.slip", work, on_done=lambda pdf: self.slipReady.emit(number, pdf), on_error=self._fail)

    def export_report(self, which: str, path: str | Path, start: date | None = None, end: date | None = None) -> None:
        svc, actor, lang, clock = self.service, self.actor, self.lang, self.service.clock
        zone = str(clock.zone)

        def work() -> str:
            today = clock.today()
            if which == "overdue":
                data = overdue_workbook(svc.overdue(actor), clock.now(), zone=zone, lang=lang)
            elif which == "utilisation":
                first = start or today.replace(year=today.year - 1)
                last = end or today
                data = utilisation_workbook(svc.utilisation(actor, first, last), first, last, zone=zone, lang=lang)
            elif which == "calibration":
                data = calibration_workbook(svc.calibration_due(actor, 30), today, lang=lang)
            else:
                data = losses_workbook(svc.incidents(actor, start=start, end=end), start, end, zone=zone, lang=lang)
            Path(path).write_bytes(data)
            return str(path)

        def done(p: str) -> None:
            self.reportWritten.emit(p)
            self._say(self.tr("Report saved: {path}").format(path=p), True)

        self.tasks.run(f"tools.report.{which}", work, on_done=done, on_error=self._fail)

    def _fail(self, exc: BaseException) -> None:
        text = describe(exc)
        self.failed.emit(text)
        self._say(text, False)

    def shutdown(self) -> None:
        self.queue.shutdown()

