"""The quality check dialog: the job type's checklist, pass or back to work with a reason, road test."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class QualityCheckDialog(QDialog):
    def __init__(self, vm, final: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.final = final
        self.setWindowTitle(self.tr("Final inspection") if final else self.tr("Technician's self-check"))
        self.items: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        card = vm.card
        layout.addWidget(QLabel(f"{card.number}  {card.plate}" if card else ""))
        for item in vm.checklist():
            box = QCheckBox(item)
            self.items.append(box)
            layout.addWidget(box)
        self.pass_radio = QRadioButton(self.tr("Pass"))
        self.back_radio = QRadioButton(self.tr("Back to work"))
        self.pass_radio.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.road_test = QCheckBox(self.tr("Road test done"))
        self.road_km = QSpinBox()
        self.road_km.setRange(0, 999)
        self.road_note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.pass_radio, self.back_radio)
        form.addRow(self.tr("Reason"), self.reason)
        if final:
            form.addRow(self.road_test, self.road_km)
            form.addRow(self.tr("Road test note"), self.road_note)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00000;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        vm.cardChanged.connect(self._changed)
        vm.errorChanged.connect(self.error.setText)

    def tick_all(self) -> None:
        for box in self.items:
            box.setChecked(True)

    def submit(self) -> None:
        items = [(box.text(), box.isChecked()) for box in self.items]
        self._submitted = True
        self.vm.quality_check(final=self.final, passed=self.pass_radio.isChecked(), items=items,
                              reason=self.reason.text(), road_test=self.road_test.isChecked(),
                              road_test_km=self.road_km.value() if self.road_test.isChecked() else None,
                              road_test_note=self.road_note.text())

    def _changed(self, _card) -> None:
        if getattr(self, "_submitted", False):
            self.accept()
