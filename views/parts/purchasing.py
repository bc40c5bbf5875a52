"""Purchasing screens of the parts area: reorder suggestions, purchase orders, supplier returns and claims."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.parts.dialogs import BackOrderDialog, SupplierReturnDialog


def table(model, *, editable: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    if not editable:
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    else:
        view.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                             | QTableView.EditTrigger.AnyKeyPressed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def ask_save_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return path


class SuggestionsPanel(QWidget):
    """Reorder suggestions: tick, edit the order quantity, make normal or urgent orders per supplier."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        hint = QLabel(self.tr("Parts whose on hand + on order − reserved is below the minimum, ordered up to "
                              "the quota. Untick what not to order; double-click a quantity to change it."))
        hint.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.order_button = QPushButton(self.tr("Make orders"))
        self.urgent_button = QPushButton(self.tr("Make urgent orders"))
        self.view = table(vm.suggestions, editable=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.order_button)
        buttons.addWidget(self.urgent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.message_label = QLabel()  # what happened to what the clerk did on this tab
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.refresh_button.clicked.connect(vm.load_suggestions)
        self.order_button.clicked.connect(lambda: vm.create_orders("normal"))
        self.urgent_button.clicked.connect(lambda: vm.create_orders("urgent"))
        vm.suggestionsComplete.connect(self._complete)
        self._complete(vm.suggestions_complete)

    def _complete(self, complete: bool) -> None:
        """Orders are made from the whole list: the buttons wait while its rest is read."""
        self.order_button.setEnabled(complete)
        self.urgent_button.setEnabled(complete)


class OrdersPanel(QWidget):
    """Purchase orders and the chosen order's lines: send, cancel, print, export, back-orders."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.status_box = QComboBox()
        for key, text in (("", self.tr("All orders")), ("draft", self.tr("Drafts")), ("sent", self.tr("Sent")),
                          ("partial", self.tr("Partly received")), ("received", self.tr("Received")),
                          ("cancelled", self.tr("Cancelled"))):
            self.status_box.addItem(text, key)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.back_order_button = QPushButton(self.tr("Back-order for a job card…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.status_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.back_order_button)
        self.list_view = table(vm.orders)
        self.title = QLabel(self.tr("Choose an order"))
        self.lines_view = table(vm.lines)
        self.send_button = QPushButton(self.tr("Send to supplier"))
        self.cancel_button = QPushButton(self.tr("Cancel order…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.change_line_button = QPushButton(self.tr("Change line…"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        actions = QHBoxLayout()
        for b in (self.change_line_button, self.remove_line_button, self.send_button, self.cancel_button,
                  self.pdf_button, self.xlsx_button):
            actions.addWidget(b)
        actions.addStretch(1)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.title)
        dl.addWidget(self.lines_view, 1)
        dl.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_view)
        split.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self._enable(None)

        self.status_box.currentIndexChanged.connect(lambda _i: vm.set_status_filter(self.status_box.currentData()))
        self.refresh_button.clicked.connect(vm.load_orders)
        self.list_view.clicked.connect(lambda idx: vm.open_order(idx.row()))
        self.send_button.clicked.connect(vm.send_order)
        self.cancel_button.clicked.connect(self._cancel)
        self.pdf_button.clicked.connect(self._pdf)
        self.xlsx_button.clicked.connect(self._xlsx)
        self.back_order_button.clicked.connect(self._back_order)
        self.change_line_button.clicked.connect(self._change_line)
        self.remove_line_button.clicked.connect(self._remove_line)
        vm.orderChanged.connect(self._show)

    def _enable(self, order) -> None:
        status = order.status if order is not None else None
        self.send_button.setEnabled(status == "draft")
        self.change_line_button.setEnabled(status == "draft")  # a sent order is changed by a new one
        self.remove_line_button.setEnabled(status == "draft")
        self.cancel_button.setEnabled(status in ("draft", "sent", "partial"))
        self.pdf_button.setEnabled(order is not None)
        self.xlsx_button.setEnabled(order is not None)

    def _show(self, order) -> None:
        self._enable(order)
        if order is None:
            self.title.setText(self.tr("Choose an order"))
            return
        kind = self.tr("urgent order") if order.kind == "urgent" else self.tr("normal order")
        self.title.setText(self.tr("<b>{number}</b> {kind} to {supplier}, total {total}").format(
            number=order.number, kind=kind, supplier=order.supplier_name, total=f"{order.total:,.2f}"))

    def _line_row(self) -> int:
        idx = self.lines_view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _change_line(self) -> None:
        row = self._line_row()
        line = self.vm.lines.row_object(row)
        if line is None:
            return
        qty, ok = QInputDialog.getText(self, self.tr("Change line"), self.tr("Quantity of {number} ({unit}):").format(
            number=line.number, unit=line.unit), text=f"{line.qty.normalize():f}")
        if not ok:
            return
        price, ok = QInputDialog.getText(self, self.tr("Change line"), self.tr("Unit price:"), text=f"{line.price}")
        if ok:
            self.vm.change_line(row, qty, price)

    def _remove_line(self) -> None:
        row = self._line_row()
        if row >= 0:
            self.vm.remove_line(row)

    def _cancel(self) -> None:
        if self.vm.order is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel order"), self.tr("Why is the order cancelled?"))
        if ok:
            self.vm.cancel_order(reason)

    def _pdf(self) -> None:
        if self.vm.order is None:
            return
        path = ask_save_path(self, self.tr("Save purchase order"), f"{self.vm.order.number}.pdf",
                             self.tr("PDF files (*.pdf)"))
        if path:
            self.vm.save_pdf(path)

    def _xlsx(self) -> None:
        if self.vm.order is None:
            return
        path = ask_save_path(self, self.tr("Export purchase order"), f"{self.vm.order.number}.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.vm.save_xlsx(path)

    def _back_order(self) -> None:
        self.dialog = dialog = BackOrderDialog(self)
        dialog.accepted.connect(lambda: self.vm.back_order(*dialog.values()))
        dialog.open()


class ReturnsPanel(QWidget):
    """Parts sent back to suppliers, and claims for faulty parts; settling them when the supplier answers."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.new_button = QPushButton(self.tr("Return or claim…"))
        self.accept_button = QPushButton(self.tr("Credited…"))
        self.reject_button = QPushButton(self.tr("Rejected"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.view = table(vm.returns)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.accept_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.new_button.setVisible(vm.can_return)
        self.accept_button.setVisible(vm.can_order)
        self.reject_button.setVisible(vm.can_order)
        self.new_button.clicked.connect(self._new)
        self.accept_button.clicked.connect(self._credited)
        self.reject_button.clicked.connect(self._rejected)
        self.refresh_button.clicked.connect(vm.load_returns)

    def _row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _new(self) -> None:
        self.dialog = dialog = SupplierReturnDialog([(s.id, s.name) for s in self.vm.suppliers], self)
        dialog.accepted.connect(lambda: self.vm.send_back(*dialog.values()))
        dialog.open()

    def _credited(self) -> None:
        row = self._row()
        if row < 0:
            return
        ret = self.vm.returns.row_object(row)
        amount, ok = QInputDialog.getText(self, self.tr("Credited"), self.tr("Credit note amount:"),
                                          text=f"{ret.value}" if ret is not None else "")
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Credited"), self.tr("Credit note number:"))
        if ok:
            self.vm.settle_return(row, True, amount, note)

    def _rejected(self) -> None:
        row = self._row()
        if row >= 0 and QMessageBox.question(self, self.tr("Rejected"),
                                             self.tr("The supplier rejected this return or claim?")) \
                == QMessageBox.StandardButton.Yes:
            self.vm.settle_return(row, False)
