"""The ledger (台帐): search, state and kind filters, a page-at-a-time table; Enter opens an item."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from views.common.permissions import apply_right
from views.tools.desk import OBJECT_ROLE, fixed_table


class LedgerView(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, number, barcode, brand, model, location (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), "")
        for code, name in vm.states():
            self.state.addItem(name, code)
        self.state.addItem(self.tr("Due for calibration"), "due")
        bar.addWidget(self.state)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, name in vm.kinds():
            self.kind.addItem(name, code)
        bar.addWidget(self.kind)
        self.new_button = QPushButton(self.tr("New item (Ctrl+N)"))
        apply_right([self.new_button], vm.can_edit, vm.why_not("edit"))
        bar.addWidget(self.new_button)
        lay.addLayout(bar)
        self.table = fixed_table(vm.ledger_model)
        self.table.setColumnWidth(1, 240)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.state.currentIndexChanged.connect(lambda _i: self.run_search())
        self.kind.currentIndexChanged.connect(lambda _i: self.run_search())
        self.table.activated.connect(self._open)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def run_search(self) -> None:
        self._debounce.stop()
        self.vm.search_ledger(self.search.text(), self.state.currentData() or None, self.kind.currentData() or None)

    def selected_item_id(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(OBJECT_ROLE).id if idx.isValid() else None

    def _open(self, index) -> None:
        row = index.data(OBJECT_ROLE)
        if row is not None:
            self.vm.open_item(row.id)
