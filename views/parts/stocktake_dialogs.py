"""Dialogs of the stocktake page: posting (what it will do, and what to do with uncounted lines) and a
correction of a counted line (quantity and reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _q(v) -> str:
    text = f"{v:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _m(v) -> str:
    return f"¥{v:,.2f}"


class PostingDialog(QDialog):
    """Shows what posting will do — counted, uncounted, gains, losses, value — before it does it.

    Uncounted lines stay as the books have them unless ticked one by one, or all written off with
    "Write off every uncounted line" and a reason.
    """

    def __init__(self, preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Post stocktake {number}").format(number=preview.info.number))
        # a list of uncounted lines needs room; a count with none is a short confirmation
        if preview.uncounted:
            self.resize(720, 520)
        else:
            self.resize(520, 200)
        self.summary = QLabel(self.tr(
            "{counted} lines counted: {same} as the books, {gains} gains ({gain_value}), {losses} losses "
            "({loss_value}); net {net}.").format(
            counted=preview.counted, same=preview.unchanged, gains=len(preview.gains),
            gain_value=_m(preview.gain_value), losses=len(preview.losses), loss_value=_m(preview.loss_value),
            net=_m(preview.net_value)))
        self.summary.setWordWrap(True)
        self.uncounted_label = QLabel(self.tr(
            "{n} lines were not counted. They keep their book quantity unless you tick them below "
            "(counted as zero).").format(n=len(preview.uncounted)) if preview.uncounted else
            self.tr("Every line was counted."))
        self.uncounted_label.setWordWrap(True)
        self.table = QTableWidget(len(preview.uncounted), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Write off"), self.tr("Bin"), self.tr("Part number"),
                                              self.tr("Name"), self.tr("Book quantity")])
        self.table.verticalHeader().hide()
        for row, v in enumerate(preview.uncounted):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            for col, text in enumerate((v.bin_code, v.number, v.name, _q(v.expected)), 1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(preview.uncounted))
        self.write_off_all = QCheckBox(self.tr("Write off every uncounted line ({value})").format(
            value=_m(preview.uncounted_value)))
        self.write_off_all.setVisible(bool(preview.uncounted))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the uncounted stock is written off"))
        # the reason belongs to writing off uncounted lines: with every line counted there is none to give
        self.reason_row = QWidget()
        form = QFormLayout(self.reason_row)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Reason:"), self.reason)
        self.reason_row.setVisible(bool(preview.uncounted))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Post"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.uncounted_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.write_off_all)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.effect)
        if not preview.uncounted:
            layout.addStretch(1)  # the hidden table's share of the height, not gaps between the lines
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(lambda _i: self._update())
        self.write_off_all.toggled.connect(lambda _on: self._update())
        self.reason.textChanged.connect(lambda _t: self._update())
        self._update()

    def ticked(self) -> tuple[int, ...]:
        return tuple(v.id for row, v in enumerate(self.preview.uncounted)
                     if self.table.item(row, 0).checkState() == Qt.CheckState.Checked)

    def choice(self) -> tuple[tuple[int, ...], bool, str]:
        """(line ids written off one by one, write off every uncounted line, reason)."""
        return self.ticked(), self.write_off_all.isChecked(), self.reason.text().strip()

    def _update(self) -> None:
        ticked, all_, reason = self.choice()
        n = len(self.preview.uncounted) if all_ else len(ticked)
        left = len(self.preview.uncounted) - n
        self.effect.setText(self.tr("Posting books the differences; {n} uncounted lines are written off, {left} "
                                    "keep their book quantity.").format(n=n, left=left) if self.preview.uncounted
                            else self.tr("Posting books the differences."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not all_ or bool(reason))

    def _accept(self) -> None:
        if self.write_off_all.isChecked() and not self.reason.text().strip():
            return
        self.accept()


class CorrectionDialog(QDialog):
    """The counted quantity of one line, typed, with the reason (an over-scan, a box counted as one)."""

    def __init__(self, line, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the count"))
        self.qty = QLineEdit(_q(line.recount if line.recount is not None else line.counted))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. scanned twice, box of 24 counted as one"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"{line.bin_code} · {line.number} {line.name} ({line.unit})"))
        form.addRow(self.tr("Counted quantity:"), self.qty)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
