"""The receiving page: scan a delivery in (or issue parts to a job card), with a count, the last scans,
the note's lines against the order, unknown codes to link, undo and the goods-received note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.widgets.scan_field import ScanCatcher, ScanField


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().resizeSection(0, 150)  # a 13-digit EAN or a manufacturer's code fits
    view.horizontalHeader().resizeSection(2, 200)  # part names
    return view


class ReceivingPage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("receivingPage")

        # mode and note
        self.receive_mode = QRadioButton(self.tr("Receive a delivery"))
        self.issue_mode = QRadioButton(self.tr("Issue to a job card"))
        self.receive_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.receive_mode)
        group.addButton(self.issue_mode)
        self.order_edit = QLineEdit()
        self.order_edit.setPlaceholderText(self.tr("Purchase order number (empty: delivery without order)"))
        self.start_button = QPushButton(self.tr("Start delivery"))
        self.note_label = QLabel(self.tr("No delivery started"))
        self.job_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.receive_mode)
        top.addWidget(self.issue_mode)
        top.addSpacing(16)
        top.addWidget(self.order_edit, 1)
        top.addWidget(self.start_button)

        # scanning
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a box, a label or a job card"))
        self.count_label = QLabel("0")
        big = QFont(self.count_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.count_label.setFont(big)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label = QLabel()
        self.pending_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo last scan"))
        self.finish_button = QPushButton(self.tr("Finish and print note"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.count_label)
        scan_row.addWidget(self.undo_button)
        scan_row.addWidget(self.finish_button)

        self.notes_edit = QLineEdit()  # a field a scan must never land in
        self.notes_edit.setPlaceholderText(self.tr("Delivery remarks"))

        # lists
        self.last_view = _table(vm.last_scans)
        self.lines_view = _table(vm.lines)
        self.unknown_list = QListWidget()
        self.link_button = QPushButton(self.tr("Link code to a part…"))
        self.create_button = QPushButton(self.tr("Create a part with this code…"))
        unknown_box = QWidget()
        ub = QVBoxLayout(unknown_box)
        ub.setContentsMargins(0, 0, 0, 0)
        ub.addWidget(QLabel(self.tr("Unknown codes")))
        ub.addWidget(self.unknown_list, 1)
        ub.addWidget(self.link_button)
        ub.addWidget(self.create_button)
        lower = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Last scans")))
        lv.addWidget(self.last_view, 1)
        lv.addWidget(QLabel(self.tr("Delivery note lines (against the order)")))
        lv.addWidget(self.lines_view, 1)
        lower.addWidget(left)
        lower.addWidget(unknown_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        self.inspect_button = QPushButton(self.tr("Inspection passed, certificate seen"))
        self.price_button = QPushButton(self.tr("Invoice price…"))
        self.bin_button = QPushButton(self.tr("Put-away bin…"))
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.inspect_button)
        line_buttons.addWidget(self.price_button)
        line_buttons.addWidget(self.bin_button)
        line_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        info = QHBoxLayout()
        info.addWidget(self.note_label)
        info.addWidget(self.job_label)
        info.addStretch(1)
        info.addWidget(self.pending_label)
        layout.addLayout(info)
        layout.addLayout(scan_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(lower, 1)
        layout.addLayout(line_buttons)

        self.catcher = ScanCatcher(self.scan_field, self)  # watches the app while this page is shown

        # wiring
        self.scan_field.scanned.connect(vm.submit)
        self.start_button.clicked.connect(lambda: vm.start_receipt(self.order_edit.text()))
        self.order_edit.returnPressed.connect(lambda: vm.start_receipt(self.order_edit.text()))
        self.undo_button.clicked.connect(vm.undo_last)
        self.finish_button.clicked.connect(vm.finish)
        self.link_button.clicked.connect(self._link)
        self.create_button.clicked.connect(self._create)
        self.inspect_button.clicked.connect(self._inspect)
        self.price_button.clicked.connect(self._price)
        self.bin_button.clicked.connect(self._bin)
        self.receive_mode.toggled.connect(lambda on: vm.set_mode("receive" if on else "issue"))
        vm.countChanged.connect(lambda: self.count_label.setText(vm.countText))
        vm.receiptChanged.connect(self._receipt_changed)
        vm.jobChanged.connect(lambda job: self.job_label.setText(self.tr("Issuing to job card {job}").format(job=job)))
        vm.scanDone.connect(self._scan_done)
        vm.unknownCode.connect(self._unknown_changed)
        vm.pendingChanged.connect(lambda n: self.pending_label.setText(
            self.tr("{n} scans being saved").format(n=n) if n else ""))
        vm.message.connect(lambda text: self.status_label.setText(text))
        vm.documentReady.connect(self._save_document)

    # ---- scanner routing while shown -------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.scan_field.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.vm.shutdown()
        super().closeEvent(event)

    # ---- reactions ---------------------------------------------------------------------------------
    def _receipt_changed(self) -> None:
        r = self.vm.receipt
        if r is None:
            return
        text = self.tr("Goods-received note {number}").format(number=r.number)
        if r.order_number:
            text += " · " + self.tr("order {order}").format(order=r.order_number)
        if r.missing:
            text += " · " + self.tr("{n} ordered lines not delivered yet").format(n=len(r.missing))
        if r.status != "open":
            text += " · " + self.tr("closed")
        self.note_label.setText(text)
        self.scan_field.setFocus()

    def _scan_done(self, ok: bool, text: str) -> None:
        self.scan_field.flash(ok)
        if ok:
            QApplication.beep()  # a short confirmation; a refusal beeps in flash()
        self.status_label.setText(text)

    def _unknown_changed(self, _code: str) -> None:
        self.unknown_list.clear()
        self.unknown_list.addItems(sorted(self.vm.unknown))
        if self.unknown_list.count():
            self.unknown_list.setCurrentRow(0)

    def _selected_code(self) -> str:
        item = self.unknown_list.currentItem()
        return item.text() if item else ""

    def _link(self) -> None:
        code = self._selected_code()
        if not code:
            return
        number, ok = QInputDialog.getText(self, self.tr("Link code"),
                                          self.tr("Part number or another barcode of the part for {code}:")
                                          .format(code=code))
        if ok and number.strip():
            self.vm.link_code(code, number.strip())
        self.scan_field.setFocus()

    def _create(self) -> None:
        code = self._selected_code()
        if not code:
            return
        number, ok = QInputDialog.getText(self, self.tr("New part"), self.tr("Part number:"))
        if not ok or not number.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("New part"), self.tr("Name (Chinese):"))
        if ok and name.strip():
            self.vm.create_part_for(code, number.strip(), name.strip())
        self.scan_field.setFocus()

    def _current_line(self) -> int:
        idx = self.lines_view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _inspect(self) -> None:
        row = self._current_line()
        if row >= 0:
            self.vm.inspect_line(row, "passed", True)

    def _price(self) -> None:
        row = self._current_line()
        if row < 0:
            return
        price, ok = QInputDialog.getText(self, self.tr("Invoice price"), self.tr("Unit price on the supplier's invoice:"))
        if ok and price.strip():
            self.vm.set_invoice_price(row, price.strip())

    def _bin(self) -> None:
        row = self._current_line()
        if row < 0:
            return
        code, ok = QInputDialog.getText(self, self.tr("Put-away bin"), self.tr("Bin code (e.g. A-01-03):"))
        if ok and code.strip():
            self.vm.set_bin(row, code.strip())

    def _save_document(self, pdf: bytes) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the goods-received note"),
                                              f"{self.vm.receipt_number}.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as fh:
                fh.write(pdf)
            QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to {path}").format(path=path))
