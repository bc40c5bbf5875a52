"""The receiving page: scan a delivery in (or issue parts to a job card), with a count, the last scans,
the note's lines against the order, unknown codes to link, undo and the goods-received note."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from views.common.files import ask_save_path
from views.common.scan_field import ScanCatcher, ScanField, back_to_scan_field


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


class AdvisorApprovalDialog(QDialog):
    """The advisor's user name and password, typed at the parts counter, to add a refused part to the
    job card as a charged line (the service checks them and logs who approved)."""

    def __init__(self, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the job card"))
        text = QLabel(refusal + "\n\n" + self.tr("The service advisor can add the part to the card as a charged "
                                                  "line: their user name and password (logged)."))
        text.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("advisor_username")
        self.password = QLineEdit()
        self.password.setObjectName("advisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Advisor"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add and issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


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

        # the note's supplier and the supplier's delivery-note number: both needed before it closes
        self.supplier_combo = QComboBox()
        self.supplier_combo.setObjectName("receiptSupplier")
        self.supplier_combo.setMinimumWidth(220)
        self.supplier_combo.addItem(self.tr("Choose the supplier…"), 0)
        self.delivery_note_edit = QLineEdit()
        self.delivery_note_edit.setObjectName("deliveryNote")
        self.delivery_note_edit.setPlaceholderText(self.tr("Supplier's delivery-note number"))
        self.delivery_note_edit.setMaximumWidth(240)
        self.receiver_label = QLabel()
        self.header_box = QWidget()
        header = QHBoxLayout(self.header_box)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(QLabel(self.tr("Supplier")))
        header.addWidget(self.supplier_combo)
        header.addSpacing(12)
        header.addWidget(QLabel(self.tr("Delivery note No.")))
        header.addWidget(self.delivery_note_edit)
        header.addSpacing(12)
        header.addWidget(self.receiver_label)
        header.addStretch(1)

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
        self.reprint_button = QPushButton(self.tr("Print note again"))
        self.reprint_button.setEnabled(False)
        self.qty_edit = QLineEdit()  # the quantity the next box holds
        self.qty_edit.setPlaceholderText(self.tr("Qty"))
        self.qty_edit.setToolTip(self.tr("The quantity the next scan receives (a carton of 24, 20 litres); "
                                         "or scan 24*CODE"))
        self.qty_edit.setMaximumWidth(70)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.qty_edit)
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.count_label)
        scan_row.addWidget(self.undo_button)
        scan_row.addWidget(self.finish_button)
        scan_row.addWidget(self.reprint_button)

        self.notes_edit = QLineEdit()  # a field a scan must never land in
        self.notes_edit.setPlaceholderText(self.tr("Delivery remarks"))

        # lists
        self.last_view = _table(vm.last_scans)
        self.lines_view = _table(vm.lines)
        # the note's lines fit a 1366-wide screen up to the inspection's reason and who decided
        for col, width in enumerate((110, 170, 80, 60, 60, 90, 70, 50, 170, 80)):
            self.lines_view.horizontalHeader().resizeSection(col, width)
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
        # issue mode: the selected job card's parts lines, asked against issued (the picking list)
        self.picking_view = _table(vm.picking_lines)
        self.picking_view.setObjectName("pickingList")
        self.picking_label = QLabel(self.tr("Picking list: scan a job card number"))
        self.lines_label = QLabel(self.tr("Delivery note lines (against the order)"))
        lower = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Last scans")))
        lv.addWidget(self.last_view, 1)
        lv.addWidget(self.lines_label)
        lv.addWidget(self.lines_view, 1)
        lv.addWidget(self.picking_label)
        lv.addWidget(self.picking_view, 1)
        lower.addWidget(left)
        lower.addWidget(unknown_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        self.inspect_button = QPushButton(self.tr("Accept (inspected, certificate seen)"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setToolTip(self.tr("The line (or part of it) failed inspection: it goes to the "
                                              "quarantine bin and is not available"))
        self.price_button = QPushButton(self.tr("Invoice price…"))
        self.bin_button = QPushButton(self.tr("Put-away bin…"))
        self.correct_button = QPushButton(self.tr("Correct quantity…"))
        self.quarantine_button = QPushButton(self.tr("Quarantine bin…"))
        self.quarantine_button.setToolTip(self.tr("Parts rejected at inspection: release them to stock or return "
                                                  "them to the supplier"))
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.correct_button)
        line_buttons.addWidget(self.inspect_button)
        line_buttons.addWidget(self.reject_button)
        line_buttons.addWidget(self.price_button)
        line_buttons.addWidget(self.bin_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.quarantine_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_box)
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

        # watches the app while this page is shown; knows the scanner's prefix and suffix
        self.catcher = ScanCatcher(self.scan_field, self, prefix=vm.queue.prefix, suffix=vm.queue.suffix)

        # wiring
        self.scan_field.scanned.connect(vm.submit)
        self._scan_next = False  # the person asked for a note: the cursor goes to the scan field when it opens
        self.start_button.clicked.connect(self._start)
        self.order_edit.returnPressed.connect(self._start)
        self.undo_button.clicked.connect(vm.undo_last)
        self._finish_path = ""  # where the note closed by "Finish" is saved (asked before it closes)
        self.finish_button.clicked.connect(self._finish)
        self.reprint_button.clicked.connect(vm.reprint)
        self.link_button.clicked.connect(self._link)
        self.create_button.clicked.connect(self._create)
        self.inspect_button.clicked.connect(self._inspect)
        self.reject_button.clicked.connect(self._reject)
        self.quarantine_button.clicked.connect(self._quarantine)
        self.quarantine_dialog = None
        self.supplier_combo.activated.connect(lambda _i: self._save_header())
        self.delivery_note_edit.editingFinished.connect(self._save_header)
        vm.suppliersChanged.connect(self._suppliers_changed)
        self.price_button.clicked.connect(self._price)
        self.bin_button.clicked.connect(self._bin)
        self.correct_button.clicked.connect(self._correct)
        self.qty_edit.textEdited.connect(vm.set_next_qty)
        self.qty_edit.returnPressed.connect(lambda: self.scan_field.setFocus())
        vm.nextQtyChanged.connect(self.qty_edit.setText)
        self.receive_mode.toggled.connect(self._mode_changed)
        self._mode_changed(True)
        self.approval_dialog: AdvisorApprovalDialog | None = None
        vm.approvalNeeded.connect(self._ask_advisor)
        vm.pickingChanged.connect(self._picking_changed)
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
        if not self.vm.suppliers:
            self.vm.load_suppliers()
        self.scan_field.setFocus()

    def shutdown(self) -> None:
        """Stop this page's scan worker (the main window calls it on sign-out and when it closes)."""
        self.vm.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def _start(self) -> None:
        self._scan_next = True
        self.vm.start_receipt(self.order_edit.text())

    def _mode_changed(self, receiving: bool) -> None:
        self.vm.set_mode("receive" if receiving else "issue")
        # the delivery's own words and buttons are not shown while issuing: the job card's are
        for w in (self.lines_label, self.lines_view, self.inspect_button, self.reject_button, self.price_button,
                  self.bin_button, self.header_box, self.order_edit, self.start_button, self.note_label,
                  self.finish_button, self.reprint_button, self.notes_edit, self.correct_button,
                  self.quarantine_button):
            w.setVisible(receiving)
        for w in (self.picking_label, self.picking_view, self.job_label):
            w.setVisible(not receiving)
        if not receiving and not self.job_label.text():
            self.job_label.setText(self.tr("Scan a job card's number to issue its parts."))

    # ---- reactions ---------------------------------------------------------------------------------
    def _picking_changed(self) -> None:
        p = self.vm.picking
        if p is None:
            return
        left = sum((ln.to_issue for ln in p.lines), Decimal(0))
        text = f"{left.normalize():f}"
        self.picking_label.setText(self.tr("Picking list of {number} ({plate}): {n} lines, {left} still to issue")
                                   .format(number=p.card_number, plate=p.plate, n=len(p.lines), left=text))

    def _ask_advisor(self, refusal: str) -> None:
        """An issue refused for a reason the advisor may approve: ask for their password, window-modal."""
        self.approval_dialog = AdvisorApprovalDialog(refusal, self)
        self.approval_dialog.setModal(True)
        dialog = self.approval_dialog

        def accepted() -> None:
            self.vm.approve_refused(dialog.username.text().strip(), dialog.password.text())
            back_to_scan_field(self.scan_field)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: back_to_scan_field(self.scan_field))
        dialog.open()

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
        self.receiver_label.setText(self.tr("Received by {name}").format(name=r.received_by_name))
        self._show_header(r)
        self.reprint_button.setEnabled(True)
        if self._scan_next:
            self._scan_next = False
            self.scan_field.setFocus()
        else:  # refreshed after a scan: someone writing the remark keeps the cursor
            back_to_scan_field(self.scan_field)

    def _suppliers_changed(self) -> None:
        chosen = self.supplier_combo.currentData()
        self.supplier_combo.clear()
        self.supplier_combo.addItem(self.tr("Choose the supplier…"), 0)
        for sup in self.vm.suppliers:
            self.supplier_combo.addItem(sup.name, sup.id)
        r = self.vm.receipt
        self._select_supplier(r.supplier_id if r is not None and r.supplier_id else chosen or 0)

    def _select_supplier(self, supplier_id: int) -> None:
        i = self.supplier_combo.findData(supplier_id)
        if i < 0 and supplier_id and self.vm.receipt is not None:  # an inactive supplier on an old note
            self.supplier_combo.addItem(self.vm.receipt.supplier_name, supplier_id)
            i = self.supplier_combo.count() - 1
        self.supplier_combo.setCurrentIndex(max(i, 0))

    def _show_header(self, r) -> None:
        if r.supplier_id:
            self._select_supplier(r.supplier_id)
        if not self.delivery_note_edit.hasFocus():
            self.delivery_note_edit.setText(r.delivery_note)
        is_open = r.status == "open"
        self.supplier_combo.setEnabled(is_open and r.order_id is None)
        self.supplier_combo.setToolTip(self.tr("The supplier of the order") if r.order_id else "")
        self.delivery_note_edit.setReadOnly(not is_open)

    def _save_header(self) -> None:
        self.vm.set_header(int(self.supplier_combo.currentData() or 0), self.delivery_note_edit.text())

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
        if row < 0:
            self.status_label.setText(self.tr("Choose the line in the note's lines first."))
            return
        self.vm.accept_line(row)
        self.scan_field.setFocus()

    def _reject(self) -> None:
        row = self._current_line()
        line = self.vm.lines.row_object(row) if row >= 0 else None
        if line is None:
            self.status_label.setText(self.tr("Choose the line in the note's lines first."))
            return
        left = line.undecided.normalize()
        qty, ok = QInputDialog.getText(self, self.tr("Reject"),
                                       self.tr("How many of {number} are rejected? (all {qty} if empty)")
                                       .format(number=line.number, qty=f"{left:f}"))
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject"),
                                          self.tr("Why (damaged box, wrong part, rust…)?"))
        if ok:
            self.vm.reject_line(row, reason.strip(), qty.strip())
        self.scan_field.setFocus()

    def _quarantine(self) -> None:
        from views.parts.quarantine import QuarantineDialog

        if self.quarantine_dialog is None:  # made once: it listens to the page's view model
            self.quarantine_dialog = QuarantineDialog(self.vm, self)
            self.quarantine_dialog.finished.connect(lambda _r: back_to_scan_field(self.scan_field))
        else:
            self.vm.load_quarantine()
        self.quarantine_dialog.open()

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

    def _correct(self) -> None:
        row = self._current_line()
        if row < 0:
            self.status_label.setText(self.tr("Choose the line to correct in the note's lines."))
            return
        qty, ok = QInputDialog.getText(self, self.tr("Correct quantity"), self.tr("Quantity received:"))
        if not ok or not qty.strip():
            return
        reason, ok = QInputDialog.getText(self, self.tr("Correct quantity"),
                                          self.tr("Reason (e.g. scanned twice, carton of 24 scanned once):"))
        if ok:
            self.vm.correct_line(row, qty.strip(), reason.strip())
        self.scan_field.setFocus()

    def _finish(self) -> None:
        """Ask where the note goes first: cancelling that leaves the note open, nothing lost."""
        if self.vm.receipt is None:
            return
        supplier_id = int(self.supplier_combo.currentData() or 0)
        problem = self.vm.closing_problem(supplier_id, self.delivery_note_edit.text())
        if problem:  # nothing closes; what was chosen is saved
            self._save_header()
            self.status_label.setText(problem)
            return
        path = ask_save_path(self, self.tr("Save the goods-received note"), self._note_name(),
                             self.tr("PDF files (*.pdf)"))
        if not path:
            self.status_label.setText(self.tr("{number} stays open: nothing was finished.").format(
                number=self.vm.receipt_number))
            return
        self._finish_path = path
        self.vm.finish(supplier_id, self.delivery_note_edit.text())

    def _note_name(self) -> str:
        """"SH2026110001 收货单.pdf": the number first, so the folder lists the notes in order."""
        return self.tr("{number} goods-received note.pdf").format(number=self.vm.receipt_number)

    def _save_document(self, pdf: bytes) -> None:
        path, self._finish_path = self._finish_path, ""
        if not path:  # "Print note again": ask where
            path = ask_save_path(self, self.tr("Save the goods-received note"), self._note_name(),
                                 self.tr("PDF files (*.pdf)"))
        if not path:
            return
        with open(path, "wb") as fh:
            fh.write(pdf)
        QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to {path}").format(path=path))
