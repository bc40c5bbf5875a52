"""The tool and documentation keeper's page (工具资料管理员): desk, loans, overdue, ledger, calibration, losses.

Keyboard and scanner first: the desk's scan field has focus whenever the desk is shown, and a
scanner burst typed while another field of the page has focus still goes to it (ScanCatcher).
Alt+1..6 switch tabs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.common.permissions import apply_right
from views.common.scan_field import ScanCatcher
from views.tools.desk import OBJECT_ROLE, DeskView, fixed_table
from views.tools.item import ItemDialog
from views.tools.ledger import LedgerView


class ToolsPage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None, *, open_files: bool = True) -> None:
        super().__init__(parent)
        self.vm = vm
        self.open_files = open_files
        self.dialog: ItemDialog | None = None
        self._closed = False
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.overdue_label = QLabel()
        top.addWidget(self.overdue_label, 1)
        self.report_buttons = {}
        for which, text in (("overdue", self.tr("Overdue → Excel")), ("utilisation", self.tr("Utilisation → Excel")),
                            ("calibration", self.tr("Calibration due → Excel")),
                            ("losses", self.tr("Damage and loss → Excel"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, w=which: self._export(w))
            self.report_buttons[which] = b
            top.addWidget(b)
        lay.addLayout(top)

        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.desk = DeskView(vm)
        self.tabs.addTab(self.desk, self.tr("Lend / return"))

        loans_page = QWidget()
        ll = QVBoxLayout(loans_page)
        self.on_loan = fixed_table(vm.on_loan_model)
        ll.addWidget(self.on_loan, 1)
        self.slip_button = QPushButton(self.tr("Print the selected loan's slip"))
        ll.addWidget(self.slip_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(loans_page, self.tr("On loan"))

        self.overdue = fixed_table(vm.overdue_model)
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.ledger = LedgerView(vm)
        self.tabs.addTab(self.ledger, self.tr("Ledger"))
        self.due = fixed_table(vm.due_model)
        self.tabs.addTab(self.due, self.tr("Calibration due (30 days)"))

        losses_page = QWidget()
        lo = QVBoxLayout(losses_page)
        self.incidents = fixed_table(vm.incident_model)
        lo.addWidget(self.incidents, 1)
        self.settle_button = QPushButton(self.tr("Settle the selected record (charge, repair order)"))
        apply_right([self.settle_button], vm.can_edit, vm.why_not("edit"))
        lo.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(losses_page, self.tr("Damage and loss"))

        # watches the app while this page is shown; knows the scanner's prefix and suffix
        self.catcher = ScanCatcher(self.desk.scan, self, prefix=vm.queue.prefix, suffix=vm.queue.suffix)

        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.tabs.setCurrentIndex(i),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, self._new_item, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.currentChanged.connect(self._tab_changed)
        vm.overdueCountChanged.connect(self._show_overdue)
        vm.itemLoaded.connect(self._show_item)
        vm.slipReady.connect(self._slip_ready)
        self.ledger.new_button.clicked.connect(self._new_item)
        self.slip_button.clicked.connect(self._print_selected)
        self.on_loan.activated.connect(lambda idx: self._open_row(idx))
        self.overdue.activated.connect(lambda idx: self._open_row(idx))
        self.due.activated.connect(lambda idx: vm.open_item(idx.data(OBJECT_ROLE).id))
        self.settle_button.clicked.connect(self._settle)
        self._show_overdue(0)
        vm.refresh_lists()
        self.ledger.run_search()
        vm.end_visit()

    # ---- behaviour ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.tabs.currentWidget() is self.desk:
            self.desk.scan.setFocus()

    def _tab_changed(self, _i: int) -> None:
        if self.tabs.currentWidget() is self.desk:
            self.desk.scan.setFocus()

    def _show_overdue(self, n: int) -> None:
        self.overdue_label.setText(self.tr("Overdue now: {n}").format(n=n))
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;" if n else "color: #1b6e20;")
        self.tabs.setTabText(2, self.tr("Overdue ({n})").format(n=n))

    def open_record(self, item_id: str) -> None:
        """Another page's line naming a tool item (the reports' tools overdue): the item, opened."""
        if str(item_id).isdigit():
            self.vm.open_item(int(item_id))

    def _open_row(self, idx) -> None:
        row = idx.data(OBJECT_ROLE)
        if row is not None:
            self.vm.open_item(row.item_id)

    def _show_item(self, detail) -> None:
        if self.dialog is None:
            self.dialog = ItemDialog(self.vm, detail, self)
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.show()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.vm.itemLoaded.disconnect(self.dialog.show_detail)
            self.dialog.deleteLater()
            self.dialog = None

    def _new_item(self) -> None:
        if self.vm.can_edit and self.dialog is None:
            self.dialog = ItemDialog(self.vm, None, self)
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.show()

    def _print_selected(self) -> None:
        idx = self.on_loan.currentIndex()
        row = idx.data(OBJECT_ROLE) if idx.isValid() else None
        self.vm.print_slip(row.loan_number if row else None)

    def _slip_ready(self, number: str, pdf: bytes) -> None:
        path = Path(tempfile.gettempdir()) / f"servicebay-{number}.pdf"
        path.write_bytes(pdf)
        self.last_slip_path = path
        if self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _export(self, which: str) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"tools-{which}.xlsx",
                                               self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.vm.export_report(which, name)

    def _settle(self) -> None:
        idx = self.incidents.currentIndex()
        row = idx.data(OBJECT_ROLE) if idx.isValid() else None
        if row is None:
            return
        charge, ok = QInputDialog.getText(self, self.tr("Charge"), self.tr("Amount charged to the borrower (¥)"),
                                          text=f"{row.charge_amount or 0:.2f}")
        if not ok:
            return
        order, ok = QInputDialog.getText(self, self.tr("Repair order"), self.tr("Repair order number"),
                                         text=row.repair_order)
        if ok:
            self.vm.settle_incident(row.id, charge, order)

    def close_page(self) -> None:
        """Stop catching scans and stop the scan worker (the window calls this when the page goes)."""
        if self._closed:
            return
        self._closed = True
        self.catcher.deleteLater()
        self.vm.shutdown()

    def shutdown(self) -> None:
        """Stop the desk's scan worker (the main window calls it on sign-out and when it closes)."""
        self.close_page()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.close_page()
        super().closeEvent(event)
