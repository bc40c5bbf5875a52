"""Search as you type: the hits list and the search box's state.

A new keystroke starts a new ``customers.search`` task, which cancels the one still running, so
a stale result never lands. Used by the customers page and by any dialog that picks a customer.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot

from services.customers.service import SearchHit
from viewmodels.common.errors import describe
from viewmodels.common.models import ListModel, translated
from viewmodels.customers.names import MATCH_NAMES


class SearchResultsModel(ListModel):
    """Search hits: who, how to reach them, which car, and what the query matched."""

    CONTEXT = "CustomerTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTables", "Name"), QT_TRANSLATE_NOOP("CustomerTables", "Mobile"),
        QT_TRANSLATE_NOOP("CustomerTables", "Plate"), QT_TRANSLATE_NOOP("CustomerTables", "Vehicle"),
        QT_TRANSLATE_NOOP("CustomerTables", "VIN"), QT_TRANSLATE_NOOP("CustomerTables", "Found by"),
    )

    def cell(self, h: SearchHit, column: int) -> str:
        if column == 0:
            return h.name if h.kind == "person" else f"{h.name} ({translated('CustomerKind', 'Company')})"
        if column == 1:
            return h.mobile
        if column == 2:
            return h.plate
        if column == 3:
            more = h.vehicle_count - 1 if h.vehicle_count > 1 else 0
            return h.vehicle + (translated("CustomerTables", QT_TRANSLATE_NOOP("CustomerTables", " (+{n} more)")).format(n=more) if more else "")
        if column == 4:
            return h.vin
        return translated("CustomerSearch", MATCH_NAMES.get(h.matched, h.matched))


class CustomerSearchViewModel(QObject):
    """Search as you type.

    Signals:
        resultsChanged(int): a search finished with this many hits (the model holds them).
        errorChanged(str): the last search failed with this message ("" when it worked).
        customerOpened(int, int): a hit was opened: customer id and vehicle id (0 for none).
    """

    resultsChanged = Signal(int)
    errorChanged = Signal(str)
    customerOpened = Signal(int, int)

    TASK = "customers.search"

    def __init__(self, service, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.results = SearchResultsModel(self)
        self.query = ""
        self._open_when_found = False

    @Slot(str)
    def setQuery(self, text: str) -> None:  # noqa: N802
        self.query = text
        self._open_when_found = False
        if not text.strip():
            self.tasks.cancel(self.TASK)
            self.results.set_rows([])
            self.resultsChanged.emit(0)
            return
        self.tasks.run(self.TASK, self.service.search, self.actor, text,
                       on_done=self._done, on_error=self._failed)

    def _done(self, hits: list[SearchHit]) -> None:
        self.results.set_rows(hits)
        self.errorChanged.emit("")
        self.resultsChanged.emit(len(hits))
        if self._open_when_found:
            self._open_when_found = False
            self.openRow(0)

    @Slot()
    def openTop(self) -> None:  # noqa: N802
        """Enter in the search box: open the first result — of this query, once it has arrived.

        A fast typist (or a scanner) presses Enter before the search has answered; the rows on screen
        then belong to the previous keystroke and must not be opened.
        """
        if self.tasks.is_running(self.TASK):
            self._open_when_found = True
        elif self.results.rowCount():
            self.openRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.errorChanged.emit(describe(exc))

    @Slot(int)
    def openRow(self, row: int) -> None:  # noqa: N802
        hit = self.results.row_object(row)
        if hit is not None:
            self.customerOpened.emit(hit.customer_id, hit.vehicle_id or 0)
