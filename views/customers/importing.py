"""Importing customers and vehicles from Excel: choose the file, map columns, preview, import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class ImportDialog(QDialog):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("Import customers from Excel"))
        self.resize(900, 620)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.choose_button = choose = QPushButton(self.tr("&Choose file…"))
        self.preview_button = QPushButton(self.tr("&Check"))
        self.import_button = QPushButton(self.tr("&Import"))
        close = QPushButton(self.tr("Close"))
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.mapping_form = QFormLayout()
        mapping_box = QWidget()
        mapping_box.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidget(mapping_box)
        scroll.setWidgetResizable(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = QTableView()
        self.errors.setModel(vm.errors)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors.verticalHeader().hide()
        self.errors.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[str, QComboBox] = {}

        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Column for each field")))
        left.addWidget(scroll)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.errors, 1)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for b in (self.preview_button, self.import_button, close):
            bottom.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        lay.addLayout(bottom)

        choose.clicked.connect(self._choose)
        self.preview_button.clicked.connect(vm.runPreview)
        self.import_button.clicked.connect(self._import)
        close.clicked.connect(self.reject)
        vm.sheetLoaded.connect(self._loaded)
        vm.previewReady.connect(self._previewed)
        vm.imported.connect(self._imported)
        vm.errorChanged.connect(self.summary.setText)

    def _choose(self) -> None:
        # a dialog object rather than the static call: it stays reachable (tests drive it like a person)
        self.file_dialog = QFileDialog(self, self.tr("Choose a workbook"), "", self.tr("Excel workbook (*.xlsx)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.file_dialog.fileSelected.connect(self._chosen)
        self.file_dialog.open()

    def _chosen(self, path: str) -> None:
        if path:
            self.file_label.setText(path)
            self.vm.loadFile(path)

    def _loaded(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        headers = self.vm.sheet.headers
        for f in self.vm.FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), -1)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(max(0, combo.findData(self.vm.mapping.get(f.name, -1))))
            combo.currentIndexChanged.connect(lambda _i, name=f.name, c=combo: self._mapped(name, c))
            self.combos[f.name] = combo
            self.mapping_form.addRow(self.vm.field_label(f.name), combo)
        self.summary.setText(self.tr("{n} rows read. Check the columns, then press Check.").format(
            n=len(self.vm.sheet.rows)))
        self.preview_button.setEnabled(True)
        self.import_button.setEnabled(False)

    def _mapped(self, name: str, combo: QComboBox) -> None:
        self.vm.set_mapping(name, combo.currentData())
        for other, c in self.combos.items():  # a column feeds one field
            if other != name and c.currentData() != self.vm.mapping.get(other, -1):
                c.blockSignals(True)
                c.setCurrentIndex(max(0, c.findData(self.vm.mapping.get(other, -1))))
                c.blockSignals(False)
        self.import_button.setEnabled(False)

    def _previewed(self) -> None:
        self.summary.setText(self.vm.preview_summary())
        p = self.vm.preview
        self.import_button.setEnabled(bool(p.rows) and not p.errors)

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.vm.runImport()

    def _imported(self, message: str) -> None:
        self.summary.setText(message)
        self.preview_button.setEnabled(False)
