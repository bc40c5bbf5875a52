"""The fleet accounts tab: what each company owes by age; its account statements (对账单); making one for a
month, taking the company's payment against it, printing it or saving it for Excel."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from views.settlement.tables import make_table


class AccountsTab(QWidget):
    def __init__(self, vm, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.ageing = make_table(vm.ageing, "ageing")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Owed on account, by days since charged")))
        head.addStretch(1)
        head.addWidget(self.refresh_button)

        self.company = QLabel()
        self.company.setObjectName("accountCompany")
        f = self.company.font()
        f.setBold(True)
        self.company.setFont(f)
        self.month = QDateEdit()
        self.month.setObjectName("accountMonth")
        self.month.setDisplayFormat("yyyy-MM")
        m = vm.default_month()
        self.month.setDate(QDate(m.year, m.month, 1))
        self.make_button = QPushButton(self.tr("Make account statement"))
        self.make_button.setObjectName("makeAccount")
        make_row = QHBoxLayout()
        make_row.addWidget(self.company)
        make_row.addStretch(1)
        make_row.addWidget(QLabel(self.tr("Month")))
        make_row.addWidget(self.month)
        make_row.addWidget(self.make_button)
        self.statements = make_table(vm.statements, "accountStatements")
        self.statements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.statements.setColumnWidth(0, 130)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(make_row)
        lv.addWidget(self.statements)

        self.heading = QLabel()
        self.heading.setObjectName("accountHeading")
        self.heading.setFont(f)
        self.lines = make_table(vm.lines, "accountLines")
        self.method = QComboBox()
        self.method.setObjectName("accountMethod")
        for key, name in vm.methods():
            self.method.addItem(name, key)
        self.amount = QLineEdit()
        self.amount.setObjectName("accountAmount")
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Bank slip or transaction no."))
        self.pay_button = QPushButton(self.tr("Record payment"))
        self.pay_button.setObjectName("accountPay")
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("accountPrint")
        self.export_button = QPushButton(self.tr("Save for Excel"))
        self.export_button.setObjectName("accountExport")
        pay_row = QHBoxLayout()
        for w in (self.method, self.amount, self.reference, self.pay_button, self.print_button, self.export_button):
            pay_row.addWidget(w)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.lines)
        rv.addLayout(pay_row)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([500, 800])
        self.error = QLabel()
        self.error.setObjectName("accountError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00000;")
        self.message = QLabel()
        self.message.setObjectName("accountMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.ageing, 2)
        layout.addWidget(split, 3)
        layout.addWidget(self.error)
        layout.addWidget(self.message)

        self.refresh_button.clicked.connect(vm.reload)
        self.ageing.clicked.connect(lambda index: vm.choose_row(index.row()))
        self.statements.clicked.connect(lambda index: vm.choose_statement(index.row()))
        self.make_button.clicked.connect(lambda: vm.make_statement(self.month.date().toPython()))
        self.pay_button.clicked.connect(lambda: vm.pay(self.method.currentData(), self.amount.text(),
                                                       self.reference.text()))
        self.print_button.clicked.connect(vm.print_statement)
        self.export_button.clicked.connect(vm.export_statement)
        vm.companyChosen.connect(lambda _cid: self.company.setText(vm.company_name()))
        vm.accountChanged.connect(self._account)
        vm.errorChanged.connect(self.error.setText)
        vm.messageChanged.connect(self.message.setText)
        vm.printed.connect(preview)
        self._account(None)
        vm.reload()

    def _account(self, acc) -> None:
        for w in (self.pay_button, self.print_button, self.export_button, self.amount):
            w.setEnabled(acc is not None)
        self.pay_button.setEnabled(acc is not None and acc.open > 0)
        if acc is None:
            self.heading.setText(self.tr("Choose an account statement, or make one for a month."))
            self.amount.clear()
            return
        self.heading.setText(self.tr("{number} · {company} · {month}: total {total}, paid {paid}, open {open}").format(
            number=acc.number, company=acc.customer_name, month=f"{acc.month:%Y-%m}", total=f"{acc.total:,.2f}",
            paid=f"{acc.settled:,.2f}", open=f"{acc.open:,.2f}"))
        self.amount.setText(f"{acc.open:.2f}" if acc.open > 0 else "")
        self.reference.clear()
