"""The job card list: filters, search, open cards first, pages fetched as the table scrolls.

The table model never queries: the viewmodel runs ``JobCardService.list_cards`` in a task and
hands each page to the model; ``canFetchMore``/``fetchMore`` ask for the next page by keyset.

Signals:
    loading(bool): a page is being read.
    errorChanged(str): a message to show ("" clears it).
    openRequested(str): the user asked to open the card with this number.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot

from services.job_cards.listing import ListFilter
from services.job_cards.service import JOB_TYPE_NAMES, PAYER_NAMES, STATUS_NAMES
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner

PAGE = 200


def status_name(status: str) -> str:
    return QCoreApplication.translate("JobStatus", STATUS_NAMES.get(status, status))


def job_type_name(job_type: str) -> str:
    return QCoreApplication.translate("JobType", JOB_TYPE_NAMES.get(job_type, job_type))


def payer_name(payer: str) -> str:
    return QCoreApplication.translate("Payer", PAYER_NAMES.get(payer, payer))


class JobCardListModel(QAbstractTableModel):
    """Rows of ``JobCardRow``; asks its viewmodel for more when the view scrolls to the end."""

    RowRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._more = False
        self._zone = zone
        self.fetch_more = None  # set by the viewmodel
        self._headers = [self.tr("Number"), self.tr("Status"), self.tr("Type"), self.tr("Opened"), self.tr("Plate"),
                         self.tr("Customer"), self.tr("Vehicle"), self.tr("Advisor"), self.tr("Amount"),
                         self.tr("Payers")]

    def reset(self, rows, more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self.endResetModel()

    def append(self, rows, more: bool) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._more = more

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if self._more and self.fetch_more is not None:
            self._more = False  # one request at a time; the page's arrival says whether more remain
            self.fetch_more()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == self.RowRole:
            return r
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 8:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.rework and col == 0:
            from PySide6.QtGui import QColor

            return QColor("#c00000")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return r.number + (" " + self.tr("(rework)") if r.rework else "")
        if col == 1:
            return status_name(r.status)
        if col == 2:
            return job_type_name(r.job_type)
        if col == 3:
            return r.opened_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        if col == 4:
            return r.plate
        if col == 5:
            return r.customer_name
        if col == 6:
            return r.vehicle_desc
        if col == 7:
            return r.advisor_name
        if col == 8:
            return f"{r.total_amount:,.2f}"
        if col == 9:
            return "、".join(payer_name(p) for p in r.payers)
        return None


class JobCardListViewModel(QObject):
    loading = Signal(bool)
    errorChanged = Signal(str)
    openRequested = Signal(str)
    pageLoaded = Signal(int)  # rows now in the model

    def __init__(self, service, actor, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.model = JobCardListModel(service.clock.zone, self)
        self.model.fetch_more = self._next_page
        self.filter = ListFilter(statuses=())
        self._next_key = None
        self.can_open = actor.can(Permission.EDIT_JOB_CARDS)

    # ---- choices for the filter bar ------------------------------------------------------------
    @staticmethod
    def job_types() -> list[tuple[str, str]]:
        return [(k, job_type_name(k)) for k in JOB_TYPE_NAMES]

    @staticmethod
    def payers() -> list[tuple[str, str]]:
        return [(k, payer_name(k)) for k in PAYER_NAMES]

    # ---- filters -------------------------------------------------------------------------
    @Slot(str)
    def setText(self, text: str) -> None:  # noqa: N802
        self._apply(text=text)

    def set_filter(self, *, statuses: tuple[str, ...] | None = None, advisor_id: int | None | str = "keep",
                   date_from: date | None | str = "keep", date_to: date | None | str = "keep",
                   job_type: str | None | str = "keep", payer: str | None | str = "keep") -> None:
        changes: dict = {}
        if statuses is not None:
            changes["statuses"] = statuses
        for name, value in (("advisor_id", advisor_id), ("date_from", date_from), ("date_to", date_to),
                            ("job_type", job_type), ("payer", payer)):
            if value != "keep":
                changes[name] = value
        self._apply(**changes)

    def _apply(self, **changes) -> None:
        from dataclasses import replace

        self.filter = replace(self.filter, **changes)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.loading.emit(True)
        self.tasks.run("job_cards.list", self.service.list_cards, self.actor, self.filter, limit=PAGE,
                       on_done=self._first, on_error=self._failed)

    def _first(self, page) -> None:
        self._next_key = page.next_key
        self.model.reset(page.rows, page.next_key is not None)
        self.loading.emit(False)
        self.errorChanged.emit("")
        self.pageLoaded.emit(self.model.rowCount())

    def _next_page(self) -> None:
        if self._next_key is None:
            return
        self.loading.emit(True)
        self.tasks.run("job_cards.list", self.service.list_cards, self.actor, self.filter, after=self._next_key,
                       limit=PAGE, on_done=self._more, on_error=self._failed)

    def _more(self, page) -> None:
        self._next_key = page.next_key
        self.model.append(page.rows, page.next_key is not None)
        self.loading.emit(False)
        self.pageLoaded.emit(self.model.rowCount())

    def _failed(self, exc: BaseException) -> None:
        self.loading.emit(False)
        self.errorChanged.emit(describe(exc))

    @Slot(int)
    def openRow(self, row: int) -> None:  # noqa: N802
        r = self.model.row_at(row)
        if r is not None:
            self.openRequested.emit(r.number)
