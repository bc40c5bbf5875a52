"""The counter-sale tab (配件销售): scan or type part codes, an optional buyer, take the payment, print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.purpose import add_purpose_action, ask_purpose
from views.settlement.tables import make_table


class CounterSaleTab(QWidget):
    def __init__(self, vm, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.code = QLineEdit()
        self.code.setObjectName("saleCode")
        self.code.setPlaceholderText(self.tr("Scan or type a part number"))
        self.qty = QLineEdit("1")
        self.qty.setObjectName("saleQty")
        self.qty.setMaximumWidth(70)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("saleAdd")
        self.remove_button = QPushButton(self.tr("Remove line"))
        entry = QHBoxLayout()
        entry.addWidget(self.code, 1)
        entry.addWidget(QLabel(self.tr("Quantity")))
        entry.addWidget(self.qty)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        self.lines = make_table(vm.lines, "saleLines")
        self.total = QLabel()
        self.total.setObjectName("saleTotal")
        f = self.total.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.total.setFont(f)

        self.buyer = QLineEdit()
        self.buyer.setObjectName("saleBuyer")
        self.buyer.setPlaceholderText(self.tr("Optional: the buyer's name"))
        self.company = QComboBox()
        self.company.setObjectName("saleCompany")
        self.company.addItem(self.tr("(no company)"), None)
        self.method = QComboBox()
        self.method.setObjectName("saleMethod")
        for key, name in vm.methods():
            self.method.addItem(name, key)
        self.amount = QLineEdit()
        self.amount.setObjectName("saleAmount")
        self.tendered = QLineEdit()
        self.tendered.setObjectName("saleTendered")
        self.tendered.setPlaceholderText(self.tr("Cash handed over"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Voucher or transaction no."))
        self.on_account = QCheckBox(self.tr("Put the rest on the company's account"))
        self.on_account.setObjectName("saleOnAccount")
        self.sell_button = QPushButton(self.tr("Sell and take payment"))
        self.sell_button.setObjectName("sell")
        self.print_button = QPushButton(self.tr("Print statement"))
        self.print_button.setObjectName("salePrint")
        self.print_button.setEnabled(False)
        pay = QGroupBox(self.tr("Buyer and payment"))
        form = QFormLayout(pay)
        form.addRow(self.tr("Buyer"), self.buyer)
        form.addRow(self.tr("Company (for an account)"), self.company)
        row = QHBoxLayout()
        for w in (self.method, self.amount, self.tendered, self.reference):
            row.addWidget(w)
        form.addRow(self.tr("Payment"), row)
        form.addRow(self.on_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sell_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.error = QLabel()
        self.error.setObjectName("saleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00000;")
        self.message = QLabel()
        self.message.setObjectName("saleMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.total)
        layout.addWidget(pay)
        layout.addWidget(self.error)
        layout.addWidget(self.message)

        self.code.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: vm.remove(self.lines.currentIndex().row()))
        self.sell_button.clicked.connect(self._sell)
        self.print_button.clicked.connect(lambda: vm.print_last())
        self.purpose_dialog = None  # the purpose asked before the first print of a named buyer's sale
        vm.purposeNeeded.connect(self._ask_purpose)
        add_purpose_action(self.print_button, self._document_name(), vm.last_purpose, vm.print_last)
        vm.printed.connect(lambda _path: self.print_button.refresh_purpose_tip())
        self.method.currentIndexChanged.connect(self._method_changed)
        vm.linesChanged.connect(self._lines_changed)
        vm.sold.connect(self._sold)
        vm.errorChanged.connect(self.error.setText)
        vm.messageChanged.connect(self.message.setText)
        vm.printed.connect(preview)
        self._method_changed()
        self._lines_changed()
        vm.load_companies(self._companies)

    def _document_name(self) -> str:
        return self.tr("counter sale statement")

    def _ask_purpose(self, _which: str) -> None:
        """The first statement of a named buyer's sale printed on this PC: what for (then remembered)."""
        self.purpose_dialog = ask_purpose(self, self._document_name(), self.vm.last_purpose(), self.vm.print_last)

    def _companies(self, rows) -> None:
        for cid, name in rows:
            self.company.addItem(name, cid)

    def _method_changed(self) -> None:
        self.tendered.setEnabled(self.method.currentData() == "cash")

    def _lines_changed(self) -> None:
        total = self.vm.total()
        self.total.setText(self.tr("Total: {amount}").format(amount=f"{total:,.2f}"))
        self.amount.setText(f"{total:.2f}" if total else "")
        self.sell_button.setEnabled(bool(self.vm.pending))

    def _add(self) -> None:
        self.vm.add(self.code.text(), self.qty.text())
        self.code.clear()
        self.qty.setText("1")
        self.code.setFocus()

    def _sell(self) -> None:
        self.vm.sell(self.method.currentData(), self.amount.text(), self.tendered.text(), self.reference.text(),
                     buyer=self.buyer.text(), company_id=self.company.currentData(),
                     on_account=self.on_account.isChecked())

    def _sold(self, _result) -> None:
        self.print_button.setEnabled(True)
        for w in (self.buyer, self.tendered, self.reference):
            w.clear()
        self.on_account.setChecked(False)
        self.company.setCurrentIndex(0)
