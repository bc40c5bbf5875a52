"""The audit log tab: who changed what, newest first, 200 entries at a time.

The log may hold millions of rows: the model only ever holds the pages loaded so far, and the
next page is asked for with ``before_id`` (keyset paging on the entry id, newest first).

Signals:
    loaded(int, bool): rows now in the table, and whether "More" may find older entries.
    errorChanged(str): a refusal to show ("" clears it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot

from services.users.audit_words import ENTITY_TEXT, action_text, details_lines, entity_text
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner
from viewmodels.settings.page import describe_rate_kind

PAGE_SIZE = 200
# settings whose entry names its record by codes (services/station/settings.py): the rate table's kind
_RATE_KINDS = {"numbering_rule": "numbering", "guarantee_period": "guarantee", "tax_rate": "tax",
               "labour_rate": "labour"}


def record_text(entity: str, entity_id: str | None) -> str:
    """The record an entry names, in words: "user 3" → "用户 3"; a rate's codes by the settings' own words."""
    kind = _RATE_KINDS.get(entity)
    if kind and entity_id:
        parts = entity_id.split(":")
        # tax and labour rates end with the day they apply from
        day = parts.pop() if kind in ("tax", "labour") and len(parts) > 1 else ""
        words = describe_rate_kind(":".join([kind, *parts]))
        return f"{words} {day}".strip()
    return entity_text(entity, entity_id, QCoreApplication.translate)


class AuditTableModel(QAbstractTableModel):
    RecordRole = Qt.ItemDataRole.UserRole

    def __init__(self, local: Callable[[datetime], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._local = local
        self._rows: list = []
        self._headers = [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("What"), self.tr("Summary"),
                         self.tr("Approved by"), self.tr("Amount")]

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def record(self, row: int):
        return self._rows[row]

    def last_id(self) -> int | None:
        return self._rows[-1].id if self._rows else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        if role == self.RecordRole:
            return e
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return e.action  # the code, for searching by it
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return self._local(e.at).strftime("%Y-%m-%d %H:%M:%S") if e.at else ""
        if col == 1:
            return e.username or ""
        if col == 2:
            return action_text(e.action, QCoreApplication.translate)
        if col == 3:
            return record_text(e.entity, e.entity_id)
        if col == 4:
            return e.summary or ""
        if col == 5:
            return e.approved_by or ""
        if col == 6:
            return "" if e.amount is None else str(e.amount)
        return None


class AuditViewModel(QObject):
    loaded = Signal(int, bool)
    errorChanged = Signal(str)

    def __init__(self, audit, actor, tasks: TaskRunner, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self.actor = actor
        self._tasks = tasks
        self._clock = clock
        self.entries = AuditTableModel(clock.local, self)
        self.has_more = False
        self._filters: dict = {}
        self._generation = 0  # a reload started after a "More" wins over that More's late answer
        self._busy = False

    def action_choices(self) -> list[tuple[str, str]]:
        """(label, action prefix) for the known areas; "" is every action."""
        return [
            (self.tr("All actions"), ""),
            (self.tr("Users"), "user."),
            (self.tr("Station"), "station."),
            (self.tr("Labour rates"), "labour_rate."),
            (self.tr("VAT rates"), "tax_rate."),
            (self.tr("Guarantee periods"), "guarantee."),
            (self.tr("Numbering"), "numbering."),
            (self.tr("Discounts"), "job_card.discount"),
            (self.tr("Prices on job cards"), "job_card.price"),
            (self.tr("Job cards"), "job_card."),
            (self.tr("Part prices"), "part.prices"),
            (self.tr("Parts"), "part."),
            (self.tr("Stock"), "stock."),
            (self.tr("Stocktake"), "stocktake."),
            (self.tr("Purchasing"), "purchase."),
            (self.tr("Goods received"), "receipt."),
            (self.tr("Supplier returns"), "supplier."),
            (self.tr("Customers"), "customer."),
            (self.tr("Customer import and export"), "customers."),
            (self.tr("Vehicles"), "vehicle."),
            (self.tr("Tools"), "tool."),
            (self.tr("Labour operations"), "labour."),
            (self.tr("Settlement"), "settlement."),
            (self.tr("Customer relations"), "crm."),
            (self.tr("Workshop"), "workshop."),
        ]

    @staticmethod
    def entity_code(text: str) -> str:
        """The record type a person typed, in words of either language or as the code itself."""
        text = text.strip()
        for code, words in ENTITY_TEXT.items():
            if text.casefold() in (words.casefold(), QCoreApplication.translate("AuditRecord", words).casefold()):
                return code
        return text

    def _bounds(self, first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
        zone = self._clock.zone
        since = datetime.combine(first, time.min, zone) if first else None
        until = datetime.combine(last + timedelta(days=1), time.min, zone) if last else None
        return since, until

    @Slot()
    def search(self, action_prefix: str = "", entity: str = "", entity_id: str = "",
               first: date | None = None, last: date | None = None) -> None:
        """Start over with these filters (dates are station-local days, both included)."""
        since, until = self._bounds(first, last)
        self._filters = {"action_prefix": action_prefix.strip() or None, "entity": self.entity_code(entity) or None,
                         "entity_id": entity_id.strip() or None, "since": since, "until": until}
        self._generation += 1
        self._fetch(None, self._generation)

    @Slot()
    def more(self) -> None:
        if not self.has_more or self._busy:
            return
        self._fetch(self.entries.last_id(), self._generation)

    def _fetch(self, before_id: int | None, generation: int) -> None:
        self._busy = True
        self._tasks.run("audit-load", self._audit.entries, self.actor, limit=PAGE_SIZE, before_id=before_id,
                        **self._filters,
                        on_done=lambda rows: self._done(rows, before_id is None, generation),
                        on_error=self._error)

    def _done(self, rows: list, fresh: bool, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if fresh:
            self.entries.set_rows(rows)
        else:
            self.entries.append_rows(rows)
        self.has_more = len(rows) == PAGE_SIZE
        self.errorChanged.emit("")
        self.loaded.emit(self.entries.rowCount(), self.has_more)

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        self.errorChanged.emit(describe(exc))

    def details_text(self, row: int) -> str:
        if not (0 <= row < self.entries.rowCount()):
            return ""
        e = self.entries.record(row)
        head = [f"{action_text(e.action, QCoreApplication.translate)}: {record_text(e.entity, e.entity_id)}"]
        if e.summary:
            head.append(e.summary)
        return "\n".join(head + details_lines(e.details, QCoreApplication.translate, e.action))
