"""The lend/return desk: one scan field that keeps focus, the borrower, the condition for returns.

Keys: Esc ends the visit (next scans are returns), F5–F8 pick the return condition (good, damaged,
incomplete, lost), F9 prints the loan slip, F2 puts the cursor in the scan field.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.common.permissions import apply_right
from views.common.scan_field import ScanField

# the viewmodel's row models hand the service row under this role (viewmodels.tools.page.ObjectRole);
# repeated here because views import no module that reaches services
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def fixed_table(model) -> QTableView:
    """A table with fixed row heights and columns sized once (never ResizeToContents over all rows)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultSectionSize(120)
    return view


class DeskView(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        lay = QVBoxLayout(self)

        self.banner = QLabel()
        font = QFont(self.banner.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.banner.setFont(font)
        lay.addWidget(self.banner)

        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan a badge, then the items to lend — or scan items to take back"))
        lay.addWidget(self.scan)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(40)
        lay.addWidget(self.status)

        form = QFormLayout()
        row = QHBoxLayout()
        self.expected = QDateEdit()
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        today = vm.service.clock.today()
        self.expected.setDate(QDate(today.year, today.month, today.day))
        self.expected.setMinimumDate(QDate(today.year, today.month, today.day))
        self.expected.setToolTip(self.tr("Items are due back at the end of this day"))
        row.addWidget(self.expected)
        row.addWidget(QLabel(self.tr("Job card")))
        self.job_card = QLineEdit()
        self.job_card.setPlaceholderText(self.tr("optional, e.g. WT202611000012"))
        row.addWidget(self.job_card, 1)
        form.addRow(self.tr("Return by (end of day)"), row)

        row2 = QHBoxLayout()
        self.condition = QComboBox()
        for code, name in vm.conditions():
            self.condition.addItem(name, code)
        row2.addWidget(self.condition)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note on the return (what is damaged or missing)"))
        row2.addWidget(self.note, 1)
        form.addRow(self.tr("Condition of returns (F5–F8)"), row2)
        lay.addLayout(form)

        buttons = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End visit (Esc)"))
        self.print_button = QPushButton(self.tr("Print loan slip (F9)"))
        self.loan_label = QLabel()
        buttons.addWidget(self.loan_label, 1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.print_button)
        lay.addLayout(buttons)

        lay.addWidget(QLabel(self.tr("This visit")))
        self.lines = fixed_table(vm.desk_model)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.lines, 1)

        # wiring
        self.scan.scanned.connect(vm.submit_scan)
        vm.message.connect(self._show_message)
        vm.borrowerChanged.connect(self._show_borrower)
        vm.loanChanged.connect(self._show_loan)
        vm.conditionChanged.connect(self._show_condition)
        self.expected.dateChanged.connect(lambda d: vm.set_expected_return(d.toPython()))
        self.job_card.textChanged.connect(vm.set_job_card)
        self.condition.currentIndexChanged.connect(lambda _i: vm.set_condition(self.condition.currentData()))
        self.note.textChanged.connect(vm.set_note)
        self.end_button.clicked.connect(self._end_visit)
        self.print_button.clicked.connect(lambda: vm.print_slip())
        for key, handler in ((Qt.Key.Key_Escape, self._end_visit), (Qt.Key.Key_F9, lambda: vm.print_slip()),
                             (Qt.Key.Key_F2, self.scan.setFocus)):
            QShortcut(QKeySequence(key), self, handler, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for i, key in enumerate((Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8)):
            QShortcut(QKeySequence(key), self, lambda i=i: self.condition.setCurrentIndex(i),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_borrower("")
        self._show_loan("")
        self.end_button.setEnabled(vm.can_lend)
        self.scan.setEnabled(vm.can_lend)
        apply_right([self.end_button, self.scan], vm.can_lend, vm.why_not("lend"))

    def _end_visit(self) -> None:
        self.job_card.clear()
        self.vm.end_visit()
        self.scan.setFocus()

    def _show_message(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: %s;" % ("#1b6e20" if ok else "#b00020"))
        self.scan.flash(ok)

    def _show_borrower(self, name: str) -> None:
        if name:
            self.banner.setText(self.tr("Lending to: {name}").format(name=name))
            self.banner.setStyleSheet("color: #0b4f9c;")
        else:
            self.banner.setText(self.tr("Returns — scan a badge to start lending"))
            self.banner.setStyleSheet("color: #5a5a5a;")

    def _show_loan(self, number: str) -> None:
        self.loan_label.setText(self.tr("Loan slip: {number}").format(number=number) if number else "")
        self.print_button.setEnabled(bool(number))

    def _show_condition(self, code: str) -> None:
        i = self.condition.findData(code)
        if i >= 0 and i != self.condition.currentIndex():
            self.condition.setCurrentIndex(i)
        if code == "good":
            self.note.clear()
