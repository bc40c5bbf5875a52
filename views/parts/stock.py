"""The parts page: search by number, name, pinyin or barcode; the list pages as it scrolls; a part's detail."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.common.permissions import apply_right


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)  # fixed row height: no measuring of 100k rows
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PartsPage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None, *, actions: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.part = None
        self.actions = actions  # counter sale, adjustment, transfer (views/parts_dialogs.py)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Part number, name, pinyin (jylqq) or barcode"))
        self.below_min = QCheckBox(self.tr("Below minimum stock only"))
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.below_min)
        self.list_view = _table(vm.results)
        self.title = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.barcodes = QLabel()
        self.suppliers = QLabel()  # who sells it, at what, from which price list
        self.suppliers.setObjectName("part_suppliers")
        self.suppliers.setWordWrap(True)
        self.add_code = QPushButton(self.tr("Add barcode…"))
        self.add_code.setObjectName("add_barcode")
        apply_right([self.add_code], vm.can_add_barcode, vm.why_not("add_barcode"))
        tabs = QTabWidget()
        tabs.addTab(_table(vm.stock), self.tr("Stock by bin"))
        tabs.addTab(_table(vm.moves), self.tr("Moves"))
        detail = QWidget()
        form = QFormLayout(detail)
        form.addRow(self.title)
        form.addRow(self.facts)
        form.addRow(self.tr("Barcodes:"), self.barcodes)
        form.addRow(self.tr("Suppliers:"), self.suppliers)
        form.addRow(self.add_code)
        if actions is not None:
            form.addRow(actions)
        form.addRow(tabs)
        split = QSplitter()
        split.addWidget(self.list_view)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: vm.search(self.search_edit.text()))
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(lambda: vm.search(self.search_edit.text()))
        self.below_min.toggled.connect(vm.set_below_minimum)
        self.list_view.clicked.connect(lambda idx: vm.open_row(idx.row()))
        self.add_code.clicked.connect(self._add_code)
        vm.detailChanged.connect(self._show)
        if actions is not None:
            vm.detailChanged.connect(actions.set_part)
            actions.vm.done.connect(lambda _text: self.part and vm.open_part(self.part.id))
        vm.message.connect(self.status.setText)
        vm.search("")

    def _show(self, info) -> None:
        self.part = info
        self.title.setText(f"<b>{info.number}</b> {info.name_zh} {info.name_en}")
        facts = dict(on_hand=info.on_hand.normalize(), reserved=info.reserved.normalize(),
                     on_order=info.on_order.normalize(), cost=info.avg_cost, retail=info.retail_price,
                     min=info.min_stock.normalize(), quota=info.quota.normalize(), bin=info.default_bin or "—")
        if info.avg_cost is None:  # a role that does not buy sees no purchase cost
            self.facts.setText(self.tr("On hand {on_hand}, reserved {reserved}, on order {on_order}, retail {retail}, "
                                       "minimum {min}, quota {quota}, bin {bin}").format(**facts))
        else:
            self.facts.setText(self.tr("On hand {on_hand}, reserved {reserved}, on order {on_order}, average cost "
                                       "{cost}, retail {retail}, minimum {min}, quota {quota}, bin {bin}")
                               .format(**facts))
        self.barcodes.setText(", ".join(info.barcodes) or "—")
        self.suppliers.setText("\n".join(self._supplier(x) for x in info.suppliers) or "—")

    def _supplier(self, x) -> str:
        """One supplier of the part: name, its part number, price (for those who see costs), lead time, and the
        price list that priced it."""
        parts = [x.supplier_name + (self.tr(" (preferred)") if x.preferred else "")]
        if x.supplier_number:
            parts.append(x.supplier_number)
        if x.price is not None:
            parts.append(f"¥{x.price:,.2f}")
        parts.append(self.tr("{days} days").format(days=x.lead_time_days))
        if x.price_list and x.listed_at is not None:
            parts.append(self.tr("price list {file} of {day}").format(
                file=x.price_list, day=f"{self.vm.local.convert(x.listed_at):%Y-%m-%d}"))
        return " · ".join(parts)

    def _add_code(self) -> None:
        if self.part is None or not self.vm.can_add_barcode:
            return
        code, ok = QInputDialog.getText(self, self.tr("Add barcode"), self.tr("Scan or type the code:"))
        if ok and code.strip():
            self.vm.add_barcode(self.part.id, code.strip())
