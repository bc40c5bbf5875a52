"""The cashier's desk: the cards waiting (ready to settle, settled not yet delivered) on the left;
on the right the chosen card's statement, the payment being taken, and the delivery checklist."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.common.preview import PrintPreviewDialog
from views.common.purpose import add_purpose_action, ask_purpose
from views.settlement.dialogs import DepositDialog, RefundDialog


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class CashierPage(QWidget):
    def __init__(self, vm, page_images, parent: QWidget | None = None, *, counter: QWidget | None = None,
                 accounts: QWidget | None = None, day_close: QWidget | None = None) -> None:
        """``counter``, ``accounts``, ``day_close``: the settlement area's other screens, shown as tabs after
        the desk."""
        super().__init__(parent)
        self.vm = vm
        self.page_images = page_images
        self.last_preview: PrintPreviewDialog | None = None

        # ---- left: the cards waiting
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Card number, plate or customer"))
        self.cards = _table(vm.cards, "cards")
        # the customer's name takes what is left; the amount keeps room for "12,345.00"
        for col, width in ((0, 128), (1, 62), (2, 88), (4, 84)):
            self.cards.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.cards.setColumnWidth(col, width)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Cars ready to settle or to hand back")))
        lv.addWidget(self.search)
        lv.addWidget(self.cards, 1)
        self.deposit_button = QPushButton(self.tr("Deposit…"))
        self.deposit_button.setObjectName("deposit")
        self.deposit_button.setToolTip(self.tr("Take a deposit on a job card while the car is with us"))
        lv.addWidget(self.deposit_button)

        # ---- right: the statement
        self.heading = QLabel(self.tr("Choose a card on the left."))
        self.heading.setObjectName("heading")
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.heading.setFont(f)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.next_km = QSpinBox()
        self.next_km.setRange(0, 2_999_999)
        self.next_km.setSpecialValueText(self.tr("as usual"))
        self.next_km.setSuffix(" km")
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(QDate(2000, 1, 1))
        self.next_date.setSpecialValueText(self.tr("as usual"))
        self.next_date.setDate(self.next_date.minimumDate())
        self.settle_button = QPushButton(self.tr("Settle"))
        self.settle_button.setObjectName("settle")
        settle_row = QHBoxLayout()
        settle_row.addWidget(QLabel(self.tr("Next service")))
        settle_row.addWidget(self.next_km)
        settle_row.addWidget(self.next_date)
        settle_row.addWidget(self.settle_button)
        settle_row.addStretch(1)
        self.shares = _table(vm.shares, "shares")
        self.shares.setMaximumHeight(130)
        self.payments = _table(vm.payments, "payments")
        self.payments.setMaximumHeight(150)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("void")
        self.reissue_button = QPushButton(self.tr("Reissue"))
        self.reissue_button.setObjectName("reissue")
        self.print_statement = QPushButton(self.tr("Print statement"))
        self.print_statement.setObjectName("printStatement")
        self.print_certificate = QPushButton(self.tr("Print certificate"))
        self.print_certificate.setObjectName("printCertificate")
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("refund")
        self.invoice_button = QPushButton(self.tr("Invoice no.…"))
        self.invoice_button.setObjectName("invoice")
        doc_row = QHBoxLayout()
        for b in (self.print_statement, self.print_certificate, self.void_button, self.reissue_button,
                  self.refund_button, self.invoice_button):
            doc_row.addWidget(b)
        doc_row.addStretch(1)

        # ---- the payment being taken
        self.method = QComboBox()
        self.method.setObjectName("method")
        for key, name in vm.till_methods():
            self.method.addItem(name, key)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.tendered = QLineEdit()
        self.tendered.setObjectName("tendered")
        self.tendered.setPlaceholderText(self.tr("Cash handed over"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Voucher or transaction no."))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add")
        entry = QHBoxLayout()
        for w in (self.method, self.amount, self.tendered, self.reference, self.add_button):
            entry.addWidget(w)
        self.pending = _table(vm.pending, "pending")
        self.pending.setMaximumHeight(110)
        self.remaining = QLabel()
        self.remaining.setObjectName("remaining")
        self.partial = QCheckBox(self.tr("Part payment (the rest stays owed)"))
        self.on_account = QCheckBox(self.tr("Put the rest on account"))
        self.pay_button = QPushButton(self.tr("Take payment"))
        self.pay_button.setObjectName("pay")
        self.change = QLabel()
        self.change.setObjectName("change")
        f2 = self.change.font()
        f2.setPointSizeF(f2.pointSizeF() * 1.4)
        f2.setBold(True)
        self.change.setFont(f2)
        pay_row = QHBoxLayout()
        for w in (self.partial, self.on_account, self.pay_button, self.change):
            pay_row.addWidget(w)
        pay_row.addStretch(1)
        pay_box = QGroupBox(self.tr("Payment"))
        pv = QVBoxLayout(pay_box)
        pv.addLayout(entry)
        pv.addWidget(self.pending)
        pv.addWidget(self.remaining)
        pv.addLayout(pay_row)

        # ---- delivery
        self.checks: dict[str, QCheckBox] = {}
        deliver_box = QGroupBox(self.tr("Hand the car back"))
        dv = QFormLayout(deliver_box)
        for key, text in vm.delivery_checks():
            box = QCheckBox(text)
            box.setObjectName(f"check_{key}")
            self.checks[key] = box
            dv.addRow(box)
        self.deliver_button = QPushButton(self.tr("Deliver"))
        self.deliver_button.setObjectName("deliver")
        dv.addRow(self.deliver_button)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00000;")
        self.message = QLabel()
        self.message.setObjectName("message")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.heading)
        rv.addWidget(self.summary)
        rv.addLayout(settle_row)
        rv.addWidget(self.shares)
        rv.addWidget(self.payments)
        rv.addLayout(doc_row)
        rv.addWidget(pay_box)
        rv.addWidget(deliver_box)
        rv.addWidget(self.error)
        rv.addWidget(self.message)
        rv.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settlementTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(split, self.tr("Cashier's desk"))
        for widget, title in ((counter, self.tr("Counter sale")), (accounts, self.tr("Fleet accounts")),
                              (day_close, self.tr("Day close"))):
            if widget is not None:
                self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs)

        self.search.textChanged.connect(vm.reload)
        self.cards.clicked.connect(lambda index: vm.choose(index.row()))
        self.cards.activated.connect(lambda index: vm.choose(index.row()))
        self.settle_button.clicked.connect(self._settle)
        self.void_button.clicked.connect(self._void)
        self.reissue_button.clicked.connect(vm.reissue)
        self.refund_button.clicked.connect(self._refund)
        self.deposit_button.clicked.connect(self._deposit)
        self.invoice_button.clicked.connect(self._invoice)
        self.print_statement.clicked.connect(lambda: vm.print_document("statement"))
        self.print_certificate.clicked.connect(lambda: vm.print_document("certificate"))
        self.purpose_dialog = None
        vm.purposeNeeded.connect(self._ask_purpose)
        for which, button in (("statement", self.print_statement), ("certificate", self.print_certificate)):
            add_purpose_action(button, self._document_name(which), lambda w=which: vm.last_purpose(w),
                               lambda purpose, w=which: vm.print_document(w, purpose))
        vm.printed.connect(lambda _path: (self.print_statement.refresh_purpose_tip(),
                                          self.print_certificate.refresh_purpose_tip()))
        self.add_button.clicked.connect(self._add)
        self.amount.returnPressed.connect(self._add)
        self.tendered.returnPressed.connect(self._add)
        self.pay_button.clicked.connect(lambda: vm.pay(self.partial.isChecked(), self.on_account.isChecked()))
        self.deliver_button.clicked.connect(self._deliver)
        self.method.currentIndexChanged.connect(self._method_changed)
        vm.statementChanged.connect(self._statement)
        vm.cardChosen.connect(self._card)
        vm.tendersChanged.connect(self._remaining)
        vm.changeDue.connect(self._change)
        vm.errorChanged.connect(self.error.setText)
        vm.messageChanged.connect(self.message.setText)
        vm.printed.connect(self.preview)
        self._statement(None)
        self._method_changed()
        vm.reload("")

    # ---- reactions ---------------------------------------------------------------------------
    def _document_name(self, which: str) -> str:
        return self.tr("settlement statement") if which == "statement" else self.tr("completion certificate")

    def _ask_purpose(self, which: str) -> None:
        """The first statement or certificate printed on this PC: what for (then remembered)."""
        self.purpose_dialog = ask_purpose(self, self._document_name(which), self.vm.last_purpose(which),
                                          lambda purpose: self.vm.print_document(which, purpose))

    def _method_changed(self) -> None:
        self.tendered.setEnabled(self.method.currentData() == "cash")

    def _card(self, card) -> None:
        self.heading.setText(f"{card.number}  {card.plate}  {card.customer_name}" if card else "")
        self.change.setText("")
        # each car starts from cash: the last car's WeChat must not carry over to the next customer unseen
        self.method.setCurrentIndex(max(self.method.findData("cash"), 0))
        for box in self.checks.values():
            box.setChecked(False)

    def _statement(self, st) -> None:
        card = self.vm.card
        ready = card is not None and card.status == "ready" and st is None
        self.settle_button.setEnabled(ready and self.vm.can_settle)
        live = st is not None and not st.voided
        for w in (self.print_statement, self.void_button):
            w.setEnabled(st is not None if w is self.print_statement else live)
        self.print_certificate.setEnabled(st is not None and bool(st.certificate_number))
        self.reissue_button.setEnabled(st is not None and st.voided and not st.replaced_by and st.kind == "job")
        self.refund_button.setEnabled(st is not None and st.received > 0 and self.vm.can_settle)
        self.invoice_button.setEnabled(live and self.vm.can_settle)
        owed = live and st.customer_balance > 0
        for w in (self.method, self.amount, self.tendered, self.reference, self.add_button, self.pay_button,
                  self.partial, self.on_account):
            w.setEnabled(bool(owed))
        self._method_changed() if owed else None
        self.deliver_button.setEnabled(live and st.customer_balance <= 0 and st.card_status == "settled")
        if st is None:
            self.summary.setText(self.tr("Passed the final inspection: settle it to issue the statement.")
                                 if ready else "")
        else:
            text = self.tr("Statement {number} ({status}): total {total}, the customer owes {owed}.").format(
                number=st.number, status=self.vm.status_text(st), total=f"{st.total:,.2f}",
                owed=f"{st.customer_balance:,.2f}")
            if st.voided:
                text += " " + self.tr("Voided: {reason}").format(reason=st.void_reason or "")
            if st.card_status == "delivered":
                text += " " + self.tr("The car has been handed back.")
            self.summary.setText(text)
            if owed and not self.amount.text():
                self.amount.setText(f"{st.customer_balance:.2f}")
        self._remaining()

    def _remaining(self) -> None:
        st = self.vm.statement
        if st is None or st.voided:
            self.remaining.setText("")
            return
        self.remaining.setText(self.tr("Still to pay after these: {amount}").format(
            amount=f"{self.vm.remaining():,.2f}"))

    def _change(self, change: str) -> None:
        self.change.setText(self.tr("Change: {amount}").format(amount=change) if change else "")

    # ---- actions -----------------------------------------------------------------------------
    def _settle(self) -> None:
        km = self.next_km.value() or None
        day = self.next_date.date()
        self.vm.settle(km, None if day == self.next_date.minimumDate() else day.toPython())

    def _add(self) -> None:
        if self.vm.add_tender(self.method.currentData(), self.amount.text(), self.tendered.text(),
                              self.reference.text()):
            self.amount.setText(f"{max(self.vm.remaining(), 0):.2f}" if self.vm.remaining() > 0 else "")
            self.tendered.clear()
            self.reference.clear()

    def _void(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Void the statement"))
        dialog.setLabelText(self.tr("Why is the statement voided?"))
        dialog.textValueSelected.connect(self.vm.void)
        self.void_dialog = dialog
        dialog.open()

    def _refund(self) -> None:
        dialog = RefundDialog(self.vm.refund_methods(), self)
        st = self.vm.statement
        dialog.amount.setText(f"{st.received:.2f}" if st is not None else "")

        def accepted() -> None:
            self.vm.refund(dialog.amount.text(), dialog.method.currentData(), dialog.reason.text(),
                           dialog.supervisor.text(), dialog.password.text())

        dialog.accepted.connect(accepted)
        self.refund_dialog = dialog
        dialog.open()

    def _deposit(self) -> None:
        card = self.vm.card
        dialog = DepositDialog(self.vm.refund_methods(), card.number if card is not None else "", self)

        def accepted() -> None:
            self.vm.deposit(dialog.card.text(), dialog.method.currentData(), dialog.amount.text(),
                            dialog.tendered.text(), dialog.reference.text())

        dialog.accepted.connect(accepted)
        self.deposit_dialog = dialog
        dialog.open()

    def _invoice(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Invoice issued"))
        dialog.setLabelText(self.tr("Number of the tax invoice issued for this statement (dated today):"))
        dialog.textValueSelected.connect(self.vm.record_invoice)
        self.invoice_dialog = dialog
        dialog.open()

    def _deliver(self) -> None:
        self.vm.deliver({key: box.isChecked() for key, box in self.checks.items()})

    def preview(self, path: str) -> PrintPreviewDialog:
        from pathlib import Path

        dialog = PrintPreviewDialog(path, self.page_images(Path(path).read_bytes()), self, render=self.page_images)
        self.last_preview = dialog
        dialog.open()
        return dialog
