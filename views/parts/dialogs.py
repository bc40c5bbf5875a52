"""Small dialogs of the parts area: counter sale, stock adjustment, bin transfer (from a part's detail),
back-order for a job card, and a return or claim to a supplier.

Dialogs open window-modal with ``open()`` (never a nested ``exec()`` loop); the caller acts on
``accepted``. Quantities and amounts are typed as text and checked by the services as Decimal.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

QTY_RE = r"^\d{1,7}([.]\d{1,3})?$"
SIGNED_QTY_RE = r"^-?\d{1,7}([.]\d{1,3})?$"
MONEY_RE = r"^\d{1,9}([.]\d{1,2})?$"


def _edit(pattern: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    return edit


class _Form(QDialog):
    """A form with OK/Cancel; OK is enabled only while ``ready()`` holds."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self, *edits: QLineEdit) -> None:
        self.form.addRow(self.buttons)
        for e in edits:
            e.textChanged.connect(self._check)
        self._check()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def ready(self) -> bool:
        return True

    def _check(self) -> None:
        self.ok_button.setEnabled(self.ready())


class CounterSaleDialog(_Form):
    """柜台销售: quantity and unit price (the retail price by default)."""

    def __init__(self, part, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Counter sale"), parent)
        self.form.addRow(QLabel(f"<b>{part.number}</b> {part.name_zh}"))
        self.form.addRow(QLabel(self.tr("Available: {qty} {unit}").format(qty=f"{part.available.normalize():f}",
                                                                          unit=part.unit)))
        self.qty_edit = _edit(QTY_RE, "1")
        self.price_edit = _edit(MONEY_RE, f"{part.retail_price:.2f}")
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Receipt or invoice number (optional)"))
        self.form.addRow(self.tr("Quantity:"), self.qty_edit)
        self.form.addRow(self.tr("Unit price:"), self.price_edit)
        self.form.addRow(self.tr("Reference:"), self.reference_edit)
        self.finish(self.qty_edit, self.price_edit)

    def ready(self) -> bool:
        return self.qty_edit.hasAcceptableInput() and self.price_edit.hasAcceptableInput()

    def values(self) -> tuple[str, str, str]:
        return self.qty_edit.text(), self.price_edit.text(), self.reference_edit.text()


class AdjustDialog(_Form):
    """A stock correction (+ found, − damaged or lost) with its reason, in one bin."""

    def __init__(self, part, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust stock"), parent)
        self.form.addRow(QLabel(f"<b>{part.number}</b> {part.name_zh}"))
        self.delta_edit = _edit(SIGNED_QTY_RE)
        self.delta_edit.setPlaceholderText(self.tr("e.g. -1 or 2"))
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr("Damaged"), self.tr("Found on the shelf"), self.tr("Lost"),
                                  self.tr("Write-off (obsolete)"), self.tr("Sample / display")])
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("Why the stock is corrected"))
        self.bin_box = QComboBox()
        self.bin_box.setEditable(True)
        self.bin_box.addItems([s.bin_code for s in part.stock] or ([part.default_bin] if part.default_bin else []))
        self.form.addRow(self.tr("Change (+/−):"), self.delta_edit)
        self.form.addRow(self.tr("Reason:"), self.reason_box)
        self.form.addRow(self.tr("Bin:"), self.bin_box)
        self.finish(self.delta_edit, self.reason_box.lineEdit())

    def ready(self) -> bool:
        text = self.delta_edit.text().strip()
        return (self.delta_edit.hasAcceptableInput() and text.strip("-0.") != ""
                and bool(self.reason_box.currentText().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.delta_edit.text(), self.reason_box.currentText().strip(), self.bin_box.currentText()


class TransferDialog(_Form):
    """Move parts from one bin to another (位置调整)."""

    def __init__(self, part, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move to another bin"), parent)
        self.form.addRow(QLabel(f"<b>{part.number}</b> {part.name_zh}"))
        self.from_box = QComboBox()
        for line in part.stock:
            if line.on_hand > 0:
                self.from_box.addItem(f"{line.bin_code} ({line.on_hand.normalize():f})", line.bin_code)
        self.qty_edit = _edit(QTY_RE, "1")
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("Scan or type the bin label, e.g. A-01-04"))
        self.form.addRow(self.tr("From bin:"), self.from_box)
        self.form.addRow(self.tr("Quantity:"), self.qty_edit)
        self.form.addRow(self.tr("To bin:"), self.to_edit)
        self.finish(self.qty_edit, self.to_edit)

    def ready(self) -> bool:
        return (self.from_box.count() > 0 and self.qty_edit.hasAcceptableInput()
                and bool(self.to_edit.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.qty_edit.text(), self.from_box.currentData() or "", self.to_edit.text()


class BackOrderDialog(_Form):
    """A job card waits for a part: order it urgently, tied to the job."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Back-order for a job card"), parent)
        self.job_edit = QLineEdit()
        self.job_edit.setPlaceholderText(self.tr("Job card number"))
        self.part_edit = QLineEdit()
        self.part_edit.setPlaceholderText(self.tr("Part number or barcode"))
        self.qty_edit = _edit(QTY_RE, "1")
        self.form.addRow(self.tr("Job card:"), self.job_edit)
        self.form.addRow(self.tr("Part:"), self.part_edit)
        self.form.addRow(self.tr("Quantity:"), self.qty_edit)
        self.finish(self.job_edit, self.part_edit, self.qty_edit)

    def ready(self) -> bool:
        return bool(self.job_edit.text().strip() and self.part_edit.text().strip()) and \
            self.qty_edit.hasAcceptableInput()

    def values(self) -> tuple[str, str, str]:
        return self.job_edit.text(), self.part_edit.text(), self.qty_edit.text()


class SupplierReturnDialog(_Form):
    """Parts back to a supplier: a return (wrong or surplus) or a claim for a faulty part."""

    def __init__(self, suppliers: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Return or claim to a supplier"), parent)
        self.supplier_box = QComboBox()
        for sid, name in suppliers:
            self.supplier_box.addItem(name, sid)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Return (wrong or surplus)"), "return")
        self.kind_box.addItem(self.tr("Claim for a faulty part"), "claim")
        self.part_edit = QLineEdit()
        self.part_edit.setPlaceholderText(self.tr("Part number or barcode"))
        self.qty_edit = _edit(QTY_RE, "1")
        self.fault_edit = QLineEdit()
        self.fault_edit.setPlaceholderText(self.tr("What is wrong with it"))
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setPlaceholderText(self.tr("Goods-received note it came on (optional)"))
        self.reason_edit = QLineEdit()
        self.form.addRow(self.tr("Supplier:"), self.supplier_box)
        self.form.addRow(self.tr("Kind:"), self.kind_box)
        self.form.addRow(self.tr("Part:"), self.part_edit)
        self.form.addRow(self.tr("Quantity:"), self.qty_edit)
        self.form.addRow(self.tr("Fault:"), self.fault_edit)
        self.form.addRow(self.tr("Received on:"), self.receipt_edit)
        self.form.addRow(self.tr("Reason:"), self.reason_edit)
        self.finish(self.part_edit, self.qty_edit, self.reason_edit)

    def ready(self) -> bool:
        return (self.supplier_box.count() > 0 and bool(self.part_edit.text().strip())
                and self.qty_edit.hasAcceptableInput() and bool(self.reason_edit.text().strip()))

    def values(self) -> tuple:
        return (self.supplier_box.currentData(), self.kind_box.currentData(), self.part_edit.text(),
                self.qty_edit.text(), self.fault_edit.text(), self.reason_edit.text(), self.receipt_edit.text())


class PartActions(QWidget):
    """The buttons under a part's detail: counter sale, adjustment, transfer (each hidden without the right)."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.part = None
        self.dialog: QDialog | None = None
        self.sale_button = QPushButton(self.tr("Counter sale…"))
        self.adjust_button = QPushButton(self.tr("Adjust stock…"))
        self.transfer_button = QPushButton(self.tr("Move to another bin…"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button, allowed in ((self.sale_button, vm.can_sell), (self.adjust_button, vm.can_adjust),
                                (self.transfer_button, vm.can_transfer)):
            button.setVisible(allowed)
            button.setEnabled(False)
            row.addWidget(button)
        row.addWidget(self.result, 1)
        self.sale_button.clicked.connect(self.open_sale)
        self.adjust_button.clicked.connect(self.open_adjust)
        self.transfer_button.clicked.connect(self.open_transfer)
        vm.done.connect(self.result.setText)
        vm.failed.connect(self.result.setText)

    def set_part(self, part) -> None:
        self.part = part
        for button in (self.sale_button, self.adjust_button, self.transfer_button):
            button.setEnabled(part is not None)

    def _open(self, dialog: QDialog, act) -> None:
        self.dialog = dialog
        dialog.accepted.connect(act)
        dialog.open()

    def open_sale(self) -> None:
        if self.part is None:
            return
        part = self.part
        d = CounterSaleDialog(part, self)
        self._open(d, lambda: self.vm.counter_sale(part.id, *d.values()))

    def open_adjust(self) -> None:
        if self.part is None:
            return
        part = self.part
        d = AdjustDialog(part, self)
        self._open(d, lambda: self.vm.adjust(part.id, *d.values()))

    def open_transfer(self) -> None:
        if self.part is None:
            return
        part = self.part
        d = TransferDialog(part, self)
        self._open(d, lambda: self.vm.transfer(part.id, *d.values()))
