"""The insurance desk (保险理赔), a tab of the claims page: accident cards to open as insurance jobs, the
jobs with the assessed amount against the repair, supplements, the insurer's payments, the insurers'
list, and the receivables per insurer by age."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from views.claims.widgets import button, pair, selected_row, table


class InsuranceTab(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._cards_box())
        upper.addWidget(self._jobs_box())
        upper.setSizes([420, 860])
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._detail_box())
        lower.addWidget(self._steps_box())
        lower.addWidget(self._receivables_box())
        lower.setSizes([420, 420, 440])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([330, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        vm.currentChanged.connect(self._current)
        vm.jobsChanged.connect(self._select_current)
        vm.insurersChanged.connect(self._insurers)
        vm.receivablesChanged.connect(lambda _r: self.receivables_total.setText(vm.receivables_summary()))
        vm.cardsChanged.connect(self._card_chosen)
        self._current(None)

    # ---- boxes ---------------------------------------------------------------------------------
    def _cards_box(self) -> QWidget:
        vm = self.vm
        box = QGroupBox(self.tr("Accident cards without an insurance job"))
        self.cards = table(vm.cards, "insurance_cards")
        for col, width in enumerate((120, 80, 80, 80, 110)):
            self.cards.setColumnWidth(col, width)
        self.cards.clicked.connect(lambda _i: self._card_chosen())
        self.insurer = QComboBox()
        self.insurer.setObjectName("insurer")
        self.report_number = QLineEdit()
        self.report_number.setObjectName("report_number")
        self.report_number.setPlaceholderText(self.tr("report number (报案号)"))
        self.adjuster_name = QLineEdit()
        self.adjuster_name.setObjectName("adjuster_name")
        self.adjuster_name.setPlaceholderText(self.tr("loss adjuster"))
        self.adjuster_phone = QLineEdit()
        self.adjuster_phone.setObjectName("adjuster_phone")
        self.adjuster_phone.setPlaceholderText(self.tr("adjuster's phone"))
        self.register_button = button(self.tr("Open insurance job"), "register", self._register)
        form = QFormLayout()
        form.addRow(self.tr("Insurer"), pair(self.insurer, self.report_number))
        form.addRow(self.tr("Loss adjuster"), pair(self.adjuster_name, self.adjuster_phone))
        form.addRow(self.register_button)
        v = QVBoxLayout(box)
        v.addWidget(self.cards, 1)
        v.addLayout(form)
        for w in (self.insurer, self.report_number, self.adjuster_name, self.adjuster_phone, self.register_button):
            w.setEnabled(vm.can_edit)
        return box

    def _jobs_box(self) -> QWidget:
        vm = self.vm
        self.filter = QComboBox()
        self.filter.setObjectName("insurance_filter")
        self.filter.addItem(self.tr("Open insurance jobs"), "open")
        self.filter.addItem(self.tr("All insurance jobs"), "all")
        self.filter.currentIndexChanged.connect(lambda _i: vm.set_filter(self.filter.currentData()))
        self.jobs = table(vm.jobs, "insurance_jobs")
        for col, width in enumerate((80, 110, 120, 80, 110, 80, 80, 110, 90, 80, 80)):
            self.jobs.setColumnWidth(col, width)
        self.jobs.clicked.connect(lambda index: vm.choose(index.row()))
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch(1)
        v.addLayout(top)
        v.addWidget(self.jobs, 1)
        return w

    def _detail_box(self) -> QWidget:
        self.detail = QLabel()
        self.detail.setObjectName("insurance_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.supplements = table(self.vm.supplements, "supplements")
        self.supplements.setMaximumHeight(120)
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.detail)
        v.addWidget(QLabel(self.tr("Supplementary assessments")))
        v.addWidget(self.supplements, 1)
        return w

    def _steps_box(self) -> QWidget:
        vm = self.vm
        box = QGroupBox(self.tr("Assessment and the insurer's money"))
        form = QFormLayout(box)
        self.assessed = QLineEdit()
        self.assessed.setObjectName("assessed")
        self.assessed.setPlaceholderText(self.tr("assessed amount (定损金额)"))
        self.deductible = QLineEdit()
        self.deductible.setObjectName("deductible")
        self.deductible.setPlaceholderText(self.tr("customer's deductible"))
        self.assess_button = button(self.tr("Record assessment"), "assess",
                                    lambda: vm.assess(self.assessed.text(), self.deductible.text()))
        form.addRow(self.tr("Assessment"), pair(self.assessed, self.deductible, self.assess_button))
        self.supplement_amount = QLineEdit()
        self.supplement_amount.setObjectName("supplement_amount")
        self.supplement_amount.setPlaceholderText(self.tr("amount"))
        self.supplement_reason = QLineEdit()
        self.supplement_reason.setObjectName("supplement_reason")
        self.supplement_reason.setPlaceholderText(self.tr("why the adjuster added"))
        self.supplement_button = button(self.tr("Add supplement"), "add_supplement",
                                        lambda: vm.supplement(self.supplement_amount.text(),
                                                              self.supplement_reason.text()))
        form.addRow(self.tr("Supplement (追加定损)"),
                    pair(self.supplement_amount, self.supplement_reason, self.supplement_button))
        self.payment_ref = QLineEdit()
        self.payment_ref.setObjectName("insurer_payment_ref")
        self.payment_ref.setPlaceholderText(self.tr("remittance reference"))
        self.payment_amount = QLineEdit()
        self.payment_amount.setObjectName("insurer_payment_amount")
        self.payment_amount.setPlaceholderText(self.tr("amount"))
        self.pay_button = button(self.tr("Record insurer's payment"), "insurer_pay",
                                 lambda: vm.record_payment(self.payment_ref.text(), self.payment_amount.text()))
        form.addRow(self.tr("Payment received"), pair(self.payment_ref, self.payment_amount, self.pay_button))
        self.new_insurer = QLineEdit()
        self.new_insurer.setObjectName("new_insurer")
        self.new_insurer.setPlaceholderText(self.tr("insurer's name"))
        self.new_insurer_phone = QLineEdit()
        self.new_insurer_phone.setObjectName("new_insurer_phone")
        self.new_insurer_phone.setPlaceholderText(self.tr("phone"))
        self.add_insurer_button = button(self.tr("Add insurer"), "add_insurer", self._add_insurer)
        form.addRow(self.tr("Insurers"), pair(self.new_insurer, self.new_insurer_phone, self.add_insurer_button))
        box.setEnabled(vm.can_edit)
        return box

    def _receivables_box(self) -> QWidget:
        vm = self.vm
        box = QGroupBox(self.tr("Receivables per insurer (days since the statement)"))
        self.receivables = table(vm.receivables, "receivables")
        for col, width in enumerate((80, 45, 80, 70, 70, 70, 70, 70)):
            self.receivables.setColumnWidth(col, width)
        self.receivables_total = QLabel()
        self.receivables_total.setObjectName("receivables_total")
        self.export_button = button(self.tr("Receivables to Excel"), "export_receivables", vm.export_receivables)
        v = QVBoxLayout(box)
        v.addWidget(self.receivables, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.receivables_total, 1)
        bottom.addWidget(self.export_button)
        v.addLayout(bottom)
        return box

    # ---- reacting ------------------------------------------------------------------------------
    def _insurers(self) -> None:
        keep = self.insurer.currentData()
        self.insurer.clear()
        for i in self.vm.insurers:
            self.insurer.addItem(i.name, i.id)
        if keep is not None:
            self.insurer.setCurrentIndex(max(0, self.insurer.findData(keep)))
        self._card_chosen()

    def _card_chosen(self) -> None:
        """The card's insurer and report number as reception wrote them, to confirm or correct."""
        card = self.vm.cards.row_object(selected_row(self.cards))
        if card is None:
            return
        found = self.insurer.findText(card.insurer) if card.insurer else -1
        if found >= 0:
            self.insurer.setCurrentIndex(found)
        self.report_number.setText(card.claim_number)

    def _register(self) -> None:
        self.vm.register(selected_row(self.cards), self.insurer.currentData(), self.report_number.text(),
                         self.adjuster_name.text(), self.adjuster_phone.text())

    def _add_insurer(self) -> None:
        self.vm.add_insurer(self.new_insurer.text(), self.new_insurer_phone.text())
        self.new_insurer.clear()
        self.new_insurer_phone.clear()

    def _select_current(self) -> None:
        row = self.vm.current_row()
        if row >= 0:
            self.jobs.selectRow(row)

    def _current(self, job) -> None:
        self.detail.setText(self.vm.describe_current() if job is not None else self.tr("No insurance job chosen."))
        settled = job is not None and job.statement_number is not None
        if job is not None and job.id != getattr(self, "_shown_id", None):  # another job: last job's entries go
            self._shown_id = job.id
            for field in (self.supplement_amount, self.supplement_reason, self.payment_ref, self.payment_amount):
                field.clear()
            self.assessed.setText("" if job.assessed_amount is None else f"{job.assessed_amount:.2f}")
            self.deductible.setText("" if job.assessed_amount is None else f"{job.deductible:.2f}")
        self.assess_button.setEnabled(job is not None and not settled)
        self.supplement_button.setEnabled(job is not None and not settled and job.assessed_amount is not None)
        self.pay_button.setEnabled(settled and job.open > 0)
        if settled and job.open > 0:
            self.payment_amount.setText(f"{job.open:.2f}")
        self._select_current()
