"""The vehicle's repair file (一车一档): every job on the car, the chosen job's details and lines, and
"Print for the customer"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.common.preview import PrintPreviewDialog
from views.common.purpose import add_purpose_action, ask_purpose


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class RepairFileDialog(QDialog):
    def __init__(self, vm, page_images=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.page_images = page_images
        self.last_preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Repair file — {vin}").format(vin=vm.vin))
        self.resize(1000, 680)
        self.heading = QLabel(vm.vin)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.jobs = _table(vm.jobs, "jobs")
        for col, width in enumerate((120, 120, 70, 70, 220, 120, 80)):
            self.jobs.setColumnWidth(col, width)
        self.lines = _table(vm.lines, "lines")
        for col, width in enumerate((50, 110, 200, 60, 70, 120)):
            self.lines.setColumnWidth(col, width)
        self.details = QFormLayout()
        details = QWidget()
        details.setLayout(self.details)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(details)
        lower.addWidget(self.lines)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.jobs)
        split.addWidget(lower)
        self.print_button = QPushButton(self.tr("&Print for the customer…"))
        self.print_button.setObjectName("printFile")
        self.print_button.setToolTip(self.tr("The whole file of this car as a PDF; the copy handed out is logged"))
        self.print_button.setEnabled(False)
        note = QLabel(self.tr("Kept at least 6 years: nothing of a settled job can be deleted."))
        note.setStyleSheet("color: gray;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.print_button)
        row.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.error)
        lay.addWidget(split, 1)
        lay.addLayout(row)

        vm.loaded.connect(self._loaded)
        vm.jobChanged.connect(self._job)
        vm.errorChanged.connect(self.error.setText)
        vm.busyChanged.connect(lambda busy: self.print_button.setEnabled(not busy and vm.file is not None))
        vm.documentReady.connect(self.preview)
        self.jobs.clicked.connect(lambda index: vm.choose(index.row()))
        self.jobs.selectionModel().currentRowChanged.connect(lambda current, _prev: vm.choose(current.row()))
        self.print_button.clicked.connect(lambda: vm.print_file())
        self.purpose_dialog = None
        vm.purposeNeeded.connect(self._ask_purpose)
        add_purpose_action(self.print_button, self.tr("repair file"), vm.last_purpose, vm.print_file)
        vm.documentReady.connect(lambda _path: self.print_button.refresh_purpose_tip())
        vm.load()

    def _ask_purpose(self, _which: str) -> None:
        """The first repair file printed on this PC: what for (then remembered)."""
        self.purpose_dialog = ask_purpose(self, self.tr("repair file"), self.vm.last_purpose(), self.vm.print_file)

    def _loaded(self) -> None:
        self.heading.setText(self.vm.heading())
        self.print_button.setEnabled(True)
        if self.vm.jobs.rowCount():
            self.jobs.selectRow(0)

    def _job(self) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        for label, value in self.vm.details():
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(label, text)

    def preview(self, path: str) -> PrintPreviewDialog:
        from pathlib import Path

        images = self.page_images(Path(path).read_bytes()) if self.page_images else []
        dialog = PrintPreviewDialog(path, images, self, render=self.page_images)
        self.last_preview = dialog
        dialog.open()
        return dialog
