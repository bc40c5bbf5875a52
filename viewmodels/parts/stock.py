"""The parts page: search (number, name, pinyin, barcode) with keyset paging, and a part's detail.

Purchase costs (average cost, a move's unit cost) are columns only for a person who may see them
(``Permission.VIEW_COSTS``: the roles that buy); the service leaves them out for everyone else.

Signals:
    detailChanged(object): the PartInfo shown, with its stock per bin and barcodes.
    message(str): an error or a note for the user.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP
from services.parts.values import MOVE_NAMES
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.permissions import Rights
from viewmodels.parts.models import Column, LocalTime, PagedRowsModel, RowsModel

PAGE = 200


class PartsViewModel(QObject):
    detailChanged = Signal(object)
    message = Signal(str)

    def __init__(self, parts, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local = LocalTime(parts.clock.local)  # times in the station's zone, never the PC's
        self.parts = parts
        self.actor = actor
        self.tasks = tasks
        # a part's another barcode: the parts desk, or the store receiving an unknown code
        self.rights = Rights(actor, add_barcode=(Permission.EDIT_PARTS, Permission.RECEIVE_PARTS))
        self.query = ""
        self.below_minimum = False
        self.costs_visible = actor.can(Permission.VIEW_COSTS)
        costs = self.costs_visible
        self.results = PagedRowsModel([c for c in [
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name_zh),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Brand"), lambda r: r.brand),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Category"), lambda r: r.category),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On hand"), lambda r: r.on_hand, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Available"), lambda r: r.available, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On order"), lambda r: r.on_order, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Average cost"), lambda r: r.avg_cost, align_right=True) if costs
            else None,
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Retail price"), lambda r: r.retail_price, align_right=True),
        ] if c is not None], key=lambda r: r.number, page_size=PAGE, parent=self, local=self.local)
        self.results.fetch_page = self._next_page
        self.stock = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On hand"), lambda r: r.on_hand, align_right=True),
        ], self, local=self.local)
        self.moves = RowsModel([c for c in [
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Time"), lambda r: r.at),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Kind"),  # in words: 入库, 维修发料, 盘点, 柜台销售...
                   lambda r: QCoreApplication.translate("MoveKind", MOVE_NAMES.get(r.kind, r.kind))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Bin"), lambda r: r.bin_code),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Qty"), lambda r: r.qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Unit cost"), lambda r: r.unit_cost, align_right=True) if costs
            else None,
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Reference"), lambda r: r.reference),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "User"), lambda r: r.user_name or r.username),
        ] if c is not None], self, local=self.local)

    @Slot(str)
    def search(self, text: str) -> None:
        """A new search cancels the last one (named task); the first page only."""
        self.query = text
        self.tasks.run("parts.search", self.parts.search, self.actor, text, limit=PAGE,
                       below_minimum=self.below_minimum, on_done=self.results.reset_with,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(bool)
    def set_below_minimum(self, on: bool) -> None:
        self.below_minimum = on
        self.search(self.query)

    def _next_page(self, after: str) -> None:
        self.tasks.run("parts.page", self.parts.search, self.actor, self.query, after=after, limit=PAGE,
                       below_minimum=self.below_minimum, on_done=self.results.add_page,
                       on_error=lambda e: self.message.emit(describe(e)))

    @Slot(int)
    def open_row(self, row: int) -> None:
        part = self.results.row_object(row)
        if part is not None:
            self.open_part(part.id)

    @Slot(int)
    def open_part(self, part_id: int) -> None:
        """Load a part's detail (again, after a move made from it)."""
        def load():
            return self.parts.part(self.actor, part_id), self.parts.moves(self.actor, part_id, limit=100)

        def done(result) -> None:
            info, moves = result
            self.stock.set_rows(info.stock)
            self.moves.set_rows(moves)
            self.detailChanged.emit(info)

        self.tasks.run("parts.detail", load, on_done=done, on_error=lambda e: self.message.emit(describe(e)))

    @property
    def can_add_barcode(self) -> bool:
        return self.rights.can("add_barcode")

    def why_not(self, action: str) -> str:
        """A tooltip for a widget of ``action`` ("add_barcode"): "" when allowed, else why not, in words."""
        return self.rights.why_not(action)

    @Slot(int, str)
    def add_barcode(self, part_id: int, code: str) -> None:
        self.tasks.run("parts.barcode", self.parts.link_barcode, self.actor, part_id, code,
                       on_done=lambda info: self.detailChanged.emit(info),
                       on_error=lambda e: self.message.emit(describe(e)))
