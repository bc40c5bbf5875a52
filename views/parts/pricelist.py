"""Price-list import screen of the parts area: choose a manufacturer's workbook, read the change report
of a dry run (new parts, prices up and down with old and new price, errors by row), then import it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from views.parts.purchasing import table


class PriceListPanel(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        hint = QLabel(self.tr("Choose the manufacturer's price list (.xlsx, first sheet, a header row with the part "
                              "number). Its change report is shown first; nothing is saved until you import it."))
        hint.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"))
        self.export_button = QPushButton(self.tr("Save change report…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the work runs in another process: busy, not a count
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter_combo = QComboBox()
        for key, text in vm.filters():
            self.filter_combo.addItem(text, key)
        self.changes_view = table(vm.changes)
        self.errors_view = table(vm.errors)
        self.errors_label = QLabel(self.tr("Errors by row"))
        self.warnings_view = table(vm.warnings)
        self.warnings_label = QLabel()
        self.supplier_combo = QComboBox()
        for supplier_id, name in vm.suppliers():
            self.supplier_combo.addItem(name, supplier_id)
        self.skip_check = QCheckBox(self.tr("Skip bad rows (import the good rows, report the others)"))
        # the ×3 confirmation: in the page, beside the list it is about
        self.confirm_box = QFrame()
        self.confirm_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm and import"))
        self.skip_warnings_button = QPushButton(self.tr("Import without them"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        box = QHBoxLayout(self.confirm_box)
        box.addWidget(self.confirm_text, 1)
        box.addWidget(self.confirm_button)
        box.addWidget(self.skip_warnings_button)
        box.addWidget(self.cancel_button)
        self.confirm_box.hide()

        top = QHBoxLayout()
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.preview_button)
        top.addWidget(self.import_button)
        top.addWidget(self.progress)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Supplier:")))
        options.addWidget(self.supplier_combo)
        options.addWidget(self.skip_check)
        options.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(QLabel(self.tr("Show:")))
        middle.addWidget(self.filter_combo)
        middle.addStretch(1)
        middle.addWidget(self.export_button)
        errors_box = QWidget()
        errors_layout = QVBoxLayout(errors_box)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.warnings_label)
        errors_layout.addWidget(self.warnings_view)
        errors_layout.addWidget(self.errors_label)
        errors_layout.addWidget(self.errors_view)
        split = QSplitter()
        split.addWidget(self.changes_view)
        split.addWidget(errors_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm_box)
        layout.addLayout(middle)
        layout.addWidget(split, 1)

        self.choose_button.clicked.connect(self.choose)
        self.preview_button.clicked.connect(vm.preview)
        self.import_button.clicked.connect(vm.import_file)
        self.skip_check.toggled.connect(vm.set_skip_bad)
        self.supplier_combo.currentIndexChanged.connect(lambda _i: vm.set_supplier(self.supplier_combo.currentData()))
        vm.confirmationNeeded.connect(self._ask)
        self.confirm_button.clicked.connect(lambda: self._answer(vm.confirm_and_import))
        self.skip_warnings_button.clicked.connect(lambda: self._answer(vm.import_skipping_warnings))
        self.cancel_button.clicked.connect(lambda: self._answer(None))
        self.export_button.clicked.connect(self._export)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: vm.set_filter(self.filter_combo.currentData()))
        vm.stateChanged.connect(self._update)
        vm.previewReady.connect(self.summary.setText)
        vm.imported.connect(self.summary.setText)
        vm.message.connect(self.summary.setText)
        vm.saved.connect(lambda path: self.summary.setText(self.tr("Saved {path}").format(path=path)))
        self._update()

    def _ask(self, text: str) -> None:
        self.confirm_text.setText(text)
        self.skip_warnings_button.setVisible(self.vm.skip_bad)
        self.filter_combo.setCurrentIndex(self.filter_combo.findData("warning"))  # the rows in question
        self.confirm_box.show()

    def _answer(self, action) -> None:
        self.confirm_box.hide()
        if action is not None:
            action()

    def choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a price list"), "",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Take this workbook and preview it at once."""
        self.vm.set_file(path)
        self.summary.setText(self.tr("Reading the price list…"))
        self.vm.preview()

    def _export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save change report"), "pricelist-changes.xlsx",
                                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.vm.export_report(path)

    def _update(self) -> None:
        vm = self.vm
        self.path_edit.setText(vm.path)
        self.choose_button.setEnabled(not vm.busy)
        self.preview_button.setEnabled(bool(vm.path) and not vm.busy)
        self.import_button.setVisible(vm.may_import)
        self.import_button.setEnabled(vm.can_import)
        self.export_button.setEnabled(vm.result is not None and not vm.busy)
        self.progress.setVisible(vm.busy)
        self.skip_check.setChecked(vm.skip_bad)
        self.skip_check.setEnabled(vm.may_import and not vm.busy)
        self.skip_check.setVisible(vm.may_import)
        self.supplier_combo.setEnabled(not vm.busy)
        if vm.busy:
            self.confirm_box.hide()
        self.warnings_label.setText(self.tr("Warnings by row: {n}").format(n=vm.warnings.rowCount()))
        errors = vm.errors.rowCount()
        self.errors_label.setText(self.tr("Errors by row: {n}").format(n=errors))
