"""Purchasing in the parts area: reorder suggestions the planner reviews and turns into orders,
the purchase orders with their lines and back-orders, and supplier returns and claims.

Signals:
    ordersCreated(object): the orders made from the suggestions (a list of OrderInfo).
    orderChanged(object): the OrderInfo shown in the detail (None when nothing is chosen).
    returnsChanged(): the list of supplier returns was reloaded.
    saved(str): a document was written to this path.
    message(str): an error or a note for the planner.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot

from services.common.amounts import MAX_QUANTITY, read_number
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.parts.models import Column, Index, LocalTime, RowsModel

KIND_NAMES = {"normal": QT_TRANSLATE_NOOP("Purchasing", "normal"),
              "urgent": QT_TRANSLATE_NOOP("Purchasing", "urgent"),
              "return": QT_TRANSLATE_NOOP("Purchasing", "return"),
              "claim": QT_TRANSLATE_NOOP("Purchasing", "claim")}
STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("Purchasing", "draft"),
                "sent": QT_TRANSLATE_NOOP("Purchasing", "sent"),
                "partial": QT_TRANSLATE_NOOP("Purchasing", "partly received"),
                "received": QT_TRANSLATE_NOOP("Purchasing", "received"),
                "cancelled": QT_TRANSLATE_NOOP("Purchasing", "cancelled"),
                "credited": QT_TRANSLATE_NOOP("Purchasing", "credited"),
                "rejected": QT_TRANSLATE_NOOP("Purchasing", "rejected")}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Purchasing", text)


def parse_qty(text: Any) -> Decimal:
    """A quantity typed by a person: ``12``, ``1.5``; never a float."""
    try:  # the one reader of quantities: NaN, 1e40 and the like are refused (the cell keeps its value)
        value = read_number(text, field="qty", what="quantity", maximum=MAX_QUANTITY)
    except ValidationError:
        raise ValueError(text) from None
    if value is None or value < 0:
        raise ValueError(text)
    return value.quantize(Decimal("0.001"))


FIRST_SCREEN = 200  # reorder suggestions shown before the rest of the list is read


class SuggestionsModel(RowsModel):
    """Reorder suggestions: tick which to order (first column) and edit the quantity (``Order qty``)."""

    QTY_COLUMN = 7

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Supplier"), lambda r: r.supplier_name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On hand"), lambda r: r.on_hand, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "On order"), lambda r: r.on_order, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Reserved"), lambda r: r.reserved, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Minimum / quota"),
                   lambda r: f"{r.min_stock.normalize():f} / {r.quota.normalize():f}", align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Order qty"), lambda r: r.suggested, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Price"), lambda r: r.price, align_right=True),
        ], parent)
        self.chosen: list[bool] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.chosen = [r.supplier_id is not None for r in self._rows]
        self.endResetModel()

    def add_rows(self, rows) -> None:
        """The rest of the list after its first screen: appended, ticks and quantities edited meanwhile kept
        (a part already listed is not listed twice when stock moved between the two reads)."""
        have = {r.part_id for r in self._rows}
        new = [r for r in rows if r.part_id not in have]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
        self._rows.extend(new)
        self.chosen.extend(r.supplier_id is not None for r in new)
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.QTY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
                return Qt.CheckState.Checked if self.chosen[index.row()] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.EditRole and index.column() == self.QTY_COLUMN:
                return super().data(index, Qt.ItemDataRole.DisplayRole)
            if role == Qt.ItemDataRole.ToolTipRole and self._rows[index.row()].supplier_id is None:
                return _tr(QT_TRANSLATE_NOOP("Purchasing", "No preferred supplier: link one in the part's suppliers to order it here."))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            state = value.value if isinstance(value, Qt.CheckState) else int(value)
            self.chosen[row] = state == Qt.CheckState.Checked.value
            self.dataChanged.emit(index, index, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.QTY_COLUMN:
            try:
                qty = parse_qty(value)
            except ValueError:
                return False
            self._rows[row] = dataclasses.replace(self._rows[row], suggested=qty)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
            return True
        return False

    def selected(self) -> list:
        return [r for r, on in zip(self._rows, self.chosen, strict=True) if on and r.suggested > 0]


class PurchasingViewModel(QObject):
    ordersCreated = Signal(object)
    suggestionsComplete = Signal(bool)  # the whole reorder list is in (False while its rest is loading)
    orderChanged = Signal(object)
    returnsChanged = Signal()
    saved = Signal(str)
    message = Signal(str)

    def __init__(self, purchasing, parts, actor, tasks, *, station=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.local = LocalTime(purchasing.clock.local)  # times in the station's zone, never the PC's
        self.purchasing = purchasing
        self.parts = parts
        self.actor = actor
        self.tasks = tasks
        self.station = station  # for the station's name on printed orders
        self.order = None  # the OrderInfo in the detail
        self.status_filter = ""
        self.suggestions = SuggestionsModel(self)
        self.first_screen = FIRST_SCREEN
        self.suggestions_complete = False
        self._suggestions_load = 0
        self.orders = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Order"), lambda o: o.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Supplier"), lambda o: o.supplier_name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Kind"), lambda o: _tr(KIND_NAMES.get(o.kind, o.kind))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Status"), lambda o: _tr(STATUS_NAMES.get(o.status, o.status))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Ordered on"), lambda o: o.ordered_on),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Expected"), lambda o: o.expected_on),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Lines"), lambda o: len(o.lines), align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Total"), lambda o: o.total, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Job cards"),
                   lambda o: ", ".join(sorted({ln.job_ref for ln in o.lines if ln.job_ref}))),
        ], self, local=self.local)
        self.lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Part number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Unit"), lambda r: r.unit),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Ordered"), lambda r: r.qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Received"), lambda r: r.received_qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Outstanding"), lambda r: r.open_qty, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Price"), lambda r: r.price, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Amount"), lambda r: r.amount, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Back-order for job"), lambda r: r.job_ref),
        ], self, local=self.local)
        self.returns = RowsModel([
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Number"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Supplier"), lambda r: r.supplier_name),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Kind"), lambda r: _tr(KIND_NAMES.get(r.kind, r.kind))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Status"), lambda r: _tr(STATUS_NAMES.get(r.status, r.status))),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Parts"),
                   lambda r: "; ".join(f"{n} ×{q.normalize():f} {f}".strip() for n, _nm, q, _c, f in r.lines)),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Value"), lambda r: r.value, align_right=True),  # at the invoice price
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Credit note"), lambda r: r.credit_note),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Credited"), lambda r: r.credit_amount, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Difference"), lambda r: r.difference, align_right=True),
            Column(QT_TRANSLATE_NOOP("PartsColumns", "Reason"), lambda r: r.reason),
        ], self, local=self.local)
        self.suppliers: list = []

    # ---- who may do what (the services check it again) ------------------------------------------
    @property
    def can_order(self) -> bool:
        return self.actor.can(Permission.PURCHASE_PARTS)

    @property
    def can_return(self) -> bool:
        return self.actor.can(Permission.RECEIVE_PARTS)

    def _error(self, exc: BaseException) -> None:
        self.message.emit(describe(exc))

    # ---- reorder suggestions --------------------------------------------------------------------
    @Slot()
    def load_suggestions(self) -> None:
        """The first screen of suggestions at once, the rest behind it: on ten years of data the whole list
        (7,775 parts) takes about 120 ms, its first 200 rows under 30 ms. Ordering waits for the whole list."""
        self._suggestions_load += 1
        load = self._suggestions_load
        self._set_suggestions_complete(False)

        def first(rows) -> None:
            if load != self._suggestions_load:
                return  # a newer Refresh is on its way
            self.suggestions.set_rows(rows)
            if len(rows) < self.first_screen:
                self._set_suggestions_complete(True)
                return
            self.tasks.run("purchasing.suggestions.rest", self.purchasing.reorder_suggestions, self.actor,
                           offset=self.first_screen, on_done=rest, on_error=self._error)

        def rest(rows) -> None:
            if load == self._suggestions_load:
                self.suggestions.add_rows(rows)
                self._set_suggestions_complete(True)

        self.tasks.run("purchasing.suggestions", self.purchasing.reorder_suggestions, self.actor,
                       limit=self.first_screen, on_done=first, on_error=self._error)

    def _set_suggestions_complete(self, complete: bool) -> None:
        self.suggestions_complete = complete
        self.suggestionsComplete.emit(complete)

    @Slot(str)
    def create_orders(self, kind: str = "normal") -> None:
        """One draft order per supplier from the ticked suggestions, with the quantities as edited."""
        if not self.suggestions_complete:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Purchasing", "The list is still loading; order when it is in.")))
            return
        chosen = self.suggestions.selected()
        if not chosen:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Purchasing", "Tick the parts to order first.")))
            return

        def done(orders) -> None:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Purchasing", "{n} order(s) made: {numbers}")).format(
                n=len(orders), numbers=", ".join(o.number for o in orders)))
            self.ordersCreated.emit(orders)
            self.load_suggestions()
            self.load_orders()

        self.tasks.run("purchasing.create", self.purchasing.orders_from_suggestions, self.actor, chosen, kind=kind,
                       on_done=done, on_error=self._error)

    # ---- orders ----------------------------------------------------------------------------------
    @Slot(str)
    def set_status_filter(self, status: str) -> None:
        self.status_filter = status
        self.load_orders()

    @Slot()
    def load_orders(self) -> None:
        def done(orders) -> None:
            self.orders.set_rows(orders)
            if self.order is not None:
                self._show(next((o for o in orders if o.id == self.order.id), None))

        self.tasks.run("purchasing.orders", self.purchasing.orders, self.actor, status=self.status_filter or None,
                       on_done=done, on_error=self._error)

    @Slot(int)
    def open_order(self, row: int) -> None:
        self._show(self.orders.row_object(row))

    def _show(self, order) -> None:
        self.order = order
        self.lines.set_rows(order.lines if order is not None else [])
        self.orderChanged.emit(order)

    def _replace(self, order) -> None:
        for i, o in enumerate(self.orders.rows):
            if o.id == order.id:
                self.orders.replace_row(i, order)
        self._show(order)

    @Slot()
    def send_order(self) -> None:
        if self.order is None:
            return
        self.tasks.run("purchasing.send", self.purchasing.send_order, self.actor, self.order.id, self.order.version,
                       on_done=self._replace, on_error=self._error)

    @Slot(int, str, str)
    def change_line(self, row: int, qty: str, price: str) -> None:
        """Change a draft order's line ``row``: its quantity and price (empty: unchanged)."""
        line = self.lines.row_object(row)
        if self.order is None or line is None:
            return
        self.tasks.run("purchasing.line", self.purchasing.change_line, self.actor, self.order.id, line.id,
                       qty=qty.strip() or None, price=price.strip() or None, on_done=self._replace,
                       on_error=self._error)

    @Slot(int)
    def remove_line(self, row: int) -> None:
        line = self.lines.row_object(row)
        if self.order is None or line is None:
            return
        self.tasks.run("purchasing.line", self.purchasing.change_line, self.actor, self.order.id, line.id,
                       remove=True, on_done=self._replace, on_error=self._error)

    @Slot(str)
    def cancel_order(self, reason: str) -> None:
        if self.order is None:
            return
        self.tasks.run("purchasing.cancel", self.purchasing.cancel_order, self.actor, self.order.id, reason,
                       on_done=self._replace, on_error=self._error)

    @Slot(str, str, str)
    def back_order(self, job_ref: str, part_code: str, qty: str) -> None:
        """A job card waits for a part: an urgent order line tied to it, sent at once."""
        def work():
            part = self.parts.find_by_code(self.actor, part_code)
            return self.purchasing.back_order(self.actor, job_ref, f"BO-{part.number}", part.id, parse_qty(qty))

        def done(order) -> None:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Purchasing", "Back-order {number} sent for {job}.")).format(number=order.number,
                                                                                job=job_ref.strip().upper()))
            self.load_orders()
            self._show(order)

        self.tasks.run("purchasing.back_order", work, on_done=done, on_error=self._error)

    def _write(self, name: str, path: str, render) -> None:
        if self.order is None or not path:
            return
        number = self.order.number

        def work() -> str:
            order = self.purchasing.order_document(self.actor, number)
            Path(path).write_bytes(render(order))
            return path

        self.tasks.run(name, work, on_done=self.saved.emit, on_error=self._error)

    @Slot(str)
    def save_pdf(self, path: str) -> None:
        """The purchase order (采购订单) as a PDF to print or send."""
        from reports.parts.documents import purchase_order_pdf

        def render(order) -> bytes:
            name = self.station.settings().name if self.station is not None else ""
            return purchase_order_pdf(order, name)

        self._write("purchasing.pdf", path, render)

    @Slot(str)
    def save_xlsx(self, path: str) -> None:
        """The order as a workbook for the manufacturer's ordering system."""
        from reports.parts.workbooks import purchase_order_xlsx

        self._write("purchasing.xlsx", path, purchase_order_xlsx)

    # ---- supplier returns and claims ------------------------------------------------------------
    @Slot()
    def load_returns(self) -> None:
        def done(rows) -> None:
            self.returns.set_rows(rows)
            self.returnsChanged.emit()

        self.tasks.run("purchasing.returns", self.purchasing.supplier_returns, self.actor, on_done=done,
                       on_error=self._error)

    @Slot()
    def load_suppliers(self) -> None:
        def done(rows) -> None:
            self.suppliers = [s for s in rows if s.active]
            self.returnsChanged.emit()

        self.tasks.run("purchasing.suppliers", self.parts.suppliers, self.actor, on_done=done, on_error=self._error)

    def send_back(self, supplier_id: int, kind: str, part_code: str, qty: str, fault: str, reason: str,
                  receipt_number: str = "") -> None:
        """Send parts back to a supplier (a return) or claim for a faulty part: stock goes out."""
        def work():
            part = self.parts.find_by_code(self.actor, part_code)
            return self.purchasing.return_to_supplier(self.actor, supplier_id, [(part.id, parse_qty(qty), fault)],
                                                      kind=kind, reason=reason, receipt_number=receipt_number)

        def done(info) -> None:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("Purchasing", "{number} sent to {supplier}.")).format(number=info.number,
                                                                         supplier=info.supplier_name))
            self.load_returns()

        self.tasks.run("purchasing.return", work, on_done=done, on_error=self._error)

    def settle_return(self, row: int, accepted: bool, credit: str = "", credit_note: str = "") -> None:
        """The supplier's credit note (amount and number, reconciled against the claim) or a rejection."""
        ret = self.returns.row_object(row)
        if ret is None:
            return

        def done(info) -> None:
            if info.difference:
                self.message.emit(_tr(QT_TRANSLATE_NOOP(
                    "Purchasing", "{number}: the credit note differs from the claim by {difference}.")).format(
                    number=info.number, difference=f"¥{info.difference:,.2f}"))
            self.load_returns()

        self.tasks.run("purchasing.settle", self.purchasing.settle_return, self.actor, ret.id, accepted=accepted,
                       credit_amount=credit.strip() or None, credit_note=credit_note, on_done=done,
                       on_error=self._error)


__all__ = ["PurchasingViewModel", "SuggestionsModel", "parse_qty"]
