"""The rates tab's forms for a guarantee period and a document numbering rule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class RuleForms(QWidget):
    def __init__(self, vm, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        # guarantee period (维修质量保证期): whichever of km and days comes first
        self.repair_class = QComboBox()
        self.repair_class.setObjectName("guaranteeClass")
        for key, label in vm.repair_class_choices():
            self.repair_class.addItem(label, key)
        self.guarantee_km = QSpinBox()
        self.guarantee_km.setObjectName("guaranteeKm")
        self.guarantee_km.setRange(0, 1_000_000)
        self.guarantee_km.setSingleStep(1000)
        self.guarantee_km.setSuffix(self.tr(" km"))
        self.guarantee_days = QSpinBox()
        self.guarantee_days.setObjectName("guaranteeDays")
        self.guarantee_days.setRange(0, 3650)
        self.guarantee_days.setSuffix(self.tr(" days"))
        self.set_guarantee = QPushButton(self.tr("Set guarantee period"))
        self.set_guarantee.setObjectName("setGuarantee")
        self.set_guarantee.clicked.connect(lambda: vm.set_guarantee_period(
            self.repair_class.currentData(), self.guarantee_km.value(), self.guarantee_days.value()))
        self.repair_class.currentIndexChanged.connect(lambda _i: self._show_guarantee())
        row1 = QHBoxLayout()
        for w in (QLabel(self.tr("Quality guarantee")), self.repair_class, self.guarantee_km, self.guarantee_days,
                  self.set_guarantee):
            row1.addWidget(w)
        row1.addStretch(1)

        # numbering rule
        self.doc_kind = QComboBox()
        self.doc_kind.setObjectName("numberingKind")
        for key, label in vm.document_kind_choices():
            self.doc_kind.addItem(label, key)
        self.prefix = QLineEdit()
        self.prefix.setObjectName("numberingPrefix")
        self.prefix.setMaximumWidth(90)
        self.prefix.setPlaceholderText(self.tr("prefix"))
        self.period = QComboBox()
        self.period.setObjectName("numberingPeriod")
        for key, label in vm.period_choices():
            self.period.addItem(label, key)
        self.digits = QSpinBox()
        self.digits.setObjectName("numberingDigits")
        self.digits.setRange(1, 12)
        self.digits.setSuffix(self.tr(" digits"))
        self.set_numbering = QPushButton(self.tr("Set numbering"))
        self.set_numbering.setObjectName("setNumbering")
        self.set_numbering.clicked.connect(lambda: vm.set_numbering_rule(
            self.doc_kind.currentData(), self.prefix.text(), self.period.currentData(), self.digits.value()))
        self.doc_kind.currentIndexChanged.connect(lambda _i: self._show_rule())
        row2 = QHBoxLayout()
        for w in (QLabel(self.tr("Numbering")), self.doc_kind, self.prefix, self.period, self.digits,
                  self.set_numbering):
            row2.addWidget(w)
        row2.addStretch(1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row1)
        lay.addLayout(row2)
        vm.rulesLoaded.connect(self._rules_loaded)
        self._rules: tuple[dict, dict] = ({}, {})

    def _rules_loaded(self, guarantees: dict, numbering: dict) -> None:
        self._rules = (guarantees, numbering)
        self._show_guarantee()
        self._show_rule()

    def _show_guarantee(self) -> None:
        km_days = self._rules[0].get(self.repair_class.currentData())
        if km_days:
            self.guarantee_km.setValue(km_days[0])
            self.guarantee_days.setValue(km_days[1])

    def _show_rule(self) -> None:
        rule = self._rules[1].get(self.doc_kind.currentData())
        if rule:
            prefix, period, digits = rule
            self.prefix.setText(prefix)
            self.period.setCurrentIndex(max(0, self.period.findData(period)))
            self.digits.setValue(digits)
