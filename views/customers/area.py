"""The customers area: one search box over the whole customer file, the list, and the customer page.

Keyboard first: the search box has focus; typing searches (each keystroke cancels the last
query); Enter opens the top hit; Down moves into the list, where Enter opens the row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.common.flow import FlowLayout
from views.common.permissions import apply_right
from views.customers.page import CustomerPageView


class CustomersView(QWidget):
    """Signals:
        openAreaWith(str, object): another area asked for, with what it is to show (the customer
            page's "Open a job card": the job card area, ``{"vehicle_id", "vin"}``).
    """

    openAreaWith = Signal(str, object)

    def __init__(self, search_vm, page_vm, make_edit_vm, make_vehicle_vm, make_import_vm, make_merge_vm,
                 export_vm, parent: QWidget | None = None, *, open_repair_file=None) -> None:
        super().__init__(parent)
        self.search_vm = search_vm
        self.page_vm = page_vm
        self.make_edit_vm = make_edit_vm
        self.export_vm = export_vm
        self.make_import_vm = make_import_vm

        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Name, pinyin or initials, mobile or its last 4, plate, VIN or its last 6…"))
        self.status = QLabel()
        self.results = QTableView()
        self.results.setObjectName("customerResults")
        self.results.setModel(search_vm.results)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.results.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 110, 90, 150, 170)):
            self.results.setColumnWidth(column, width)

        self.new_button = QPushButton(self.tr("&New customer"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        can_edit = page_vm.can_edit()
        self.new_button.setEnabled(can_edit)
        self.import_button.setEnabled(can_edit)
        apply_right([self.new_button, self.import_button], can_edit, page_vm.why_not("edit"))
        self.export_button.setVisible(page_vm.can_export())

        self.page = CustomerPageView(page_vm, make_edit_vm, make_vehicle_vm, make_merge_vm,
                                     open_repair_file=open_repair_file)
        self.page.jobCardRequested.connect(lambda request: self.openAreaWith.emit("job_cards", request))

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search_box)
        lay.addWidget(self.status)
        lay.addWidget(self.results, 1)
        buttons = FlowLayout()
        for b in (self.new_button, self.import_button, self.export_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        splitter = QSplitter()
        splitter.setObjectName("customersSplit")
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setCollapsible(0, True)  # the search list gives way to the customer on a narrow screen
        splitter.setCollapsible(1, False)
        splitter.setSizes([400, 600])  # 2 : 3 of whatever room there is
        self.splitter = splitter
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.search_box.textChanged.connect(search_vm.setQuery)
        self.search_box.returnPressed.connect(self._open_top)
        self.search_box.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(lambda index: search_vm.openRow(index.row()))
        search_vm.resultsChanged.connect(self._on_results)
        search_vm.errorChanged.connect(self.status.setText)
        search_vm.customerOpened.connect(lambda cid, _vid: page_vm.load(cid))
        self.new_button.clicked.connect(self._new_customer)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        export_vm.exported.connect(lambda path: self.status.setText(self.tr("Exported to {path}").format(path=path)))
        self.page.customerChanged.connect(self._refresh_search)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        self.search_box.setFocus()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.search_box.setFocus()

    def _on_results(self, count: int) -> None:
        if not self.search_box.text().strip():
            self.status.setText("")
        elif count == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("{n} found. Enter opens the first, ↓ moves into the list.").format(n=count))
        if count:
            self.results.selectRow(0)

    def _open_top(self) -> None:
        self.search_vm.openTop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search_box and key == Qt.Key.Key_Down and self.search_vm.results.rowCount():
                self.results.setFocus()
                self.results.selectRow(0)
                return True
            if obj is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.results.currentIndex()
                if index.isValid():
                    self.search_vm.openRow(index.row())
                    return True
            if obj is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.focus_search()
                return True
            if obj is self.results and key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)

    def _refresh_search(self) -> None:
        if self.search_box.text().strip():
            self.search_vm.setQuery(self.search_box.text())

    def _new_customer(self) -> None:
        from views.customers.edit import CustomerEditDialog

        dialog = CustomerEditDialog(self.make_edit_vm(None), self)
        dialog.saved_id.connect(self.page_vm.load)
        dialog.open()

    def _import(self) -> None:
        from views.customers.importing import ImportDialog

        self.import_dialog = ImportDialog(self.make_import_vm(), self)
        self.import_dialog.open()

    def _export(self) -> None:
        from views.customers.export import ExportDialog

        if not self.export_vm.can_export():
            return
        self.export_dialog = ExportDialog(self.export_vm, self)
        self.export_dialog.open()
