"""The parts area as tabs: stock (search and part detail), purchasing, returns and claims, price-list
import, reports.

A tab appears only for a person whose role can use it; each tab loads its data when first shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from views.parts.pricelist import PriceListPanel
from views.parts.purchasing import OrdersPanel, ReturnsPanel, SuggestionsPanel
from views.parts.reports import PartsReportsPanel


class PartsArea(QWidget):
    def __init__(self, stock_page: QWidget, purchasing_vm, reports_vm, pricelist_vm=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stock_page = stock_page
        self.vm = stock_page.vm
        self.purchasing_vm = purchasing_vm
        self.reports_vm = reports_vm
        self.tabs = QTabWidget()
        self.tabs.addTab(stock_page, self.tr("Stock"))
        self.suggestions = self.orders = self.returns = self.pricelist = None
        self._loaded: set[int] = set()
        self._loaders: dict[int, object] = {}
        if purchasing_vm.can_order:
            self.suggestions = SuggestionsPanel(purchasing_vm)
            self.orders = OrdersPanel(purchasing_vm)
            self._add(self.suggestions, self.tr("Reorder suggestions"), purchasing_vm.load_suggestions)
            self._add(self.orders, self.tr("Purchase orders"), purchasing_vm.load_orders)
            purchasing_vm.ordersCreated.connect(lambda _o: self.tabs.setCurrentWidget(self.orders))
        if purchasing_vm.can_order or purchasing_vm.can_return:
            self.returns = ReturnsPanel(purchasing_vm)
            self._add(self.returns, self.tr("Returns and claims"),
                      lambda: (purchasing_vm.load_returns(), purchasing_vm.load_suppliers()))
        if pricelist_vm is not None and pricelist_vm.can_preview:
            self.pricelist = PriceListPanel(pricelist_vm)
            self._add(self.pricelist, self.tr("Price list import"), lambda: None)
        self.reports = PartsReportsPanel(reports_vm)
        self._add(self.reports, self.tr("Reports"), lambda: None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.message = stock_page.status
        purchasing_vm.message.connect(self._say)
        purchasing_vm.saved.connect(lambda path: self._say(self.tr("Saved {path}").format(path=path)))
        self.tabs.currentChanged.connect(self._first_show)

    def _say(self, text: str) -> None:
        """A message shows on the tab where the clerk acted (a refused return on Returns, not on Stock)."""
        label = getattr(self.tabs.currentWidget(), "message_label", None) or self.message
        label.setText(text)

    def _add(self, widget: QWidget, title: str, loader) -> None:
        index = self.tabs.addTab(widget, title)
        self._loaders[index] = loader

    def _first_show(self, index: int) -> None:
        if index in self._loaders and index not in self._loaded:
            self._loaded.add(index)
            self._loaders[index]()

    def open_record(self, number: str) -> None:
        """Another page's line naming a part (the reports' parts below minimum): the stock list, found by its
        number."""
        self.tabs.setCurrentWidget(self.stock_page)
        search = getattr(self.stock_page, "search_edit", None)
        if search is not None:
            search.setText(number)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
