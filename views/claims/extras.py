"""The warranty desk's side tools: the chosen claim's appraisal photos (listed, shown, attached from files)
and the dialog where the warranty clerk sets the manufacturer's submission columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from views.claims.widgets import button, selected_row, table


class PhotosBox(QWidget):
    """The chosen claim's photos: a list, the chosen one shown, Add and Remove."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.list = table(vm.photos, "photos")
        self.list.setMinimumHeight(80)
        self.list.clicked.connect(lambda index: vm.show(index.row()))
        self.image = QLabel()
        self.image.setObjectName("photo_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(144, 108)
        self.image.setStyleSheet("border: 1px solid #ccc;")
        self.add_button = button(self.tr("Add photos…"), "add_photos", self._choose_files)
        self.remove_button = button(self.tr("Remove"), "remove_photo", lambda: vm.remove(selected_row(self.list)))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        h = QHBoxLayout(self)
        h.setContentsMargins(4, 4, 4, 4)
        h.addWidget(self.list, 1)
        h.addWidget(self.image)
        h.addLayout(buttons)
        vm.photosChanged.connect(self._changed)
        vm.imageReady.connect(self._show)
        self._changed()

    def _changed(self) -> None:
        self.image.clear()
        self.image.setText(self.tr("No photo") if not self.vm.photos.rows else self.tr("Click a photo"))
        self.add_button.setEnabled(self.vm.can_change())
        self.remove_button.setEnabled(self.vm.can_change() and self.vm.claim.status == "draft"
                                      and bool(self.vm.photos.rows))

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach photos"), "",
                                                      self.tr("Photos (*.jpg *.jpeg *.png)"))
        self.vm.attach(paths)

    def _show(self, info, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.image.setPixmap(pixmap.scaled(self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            self.image.setToolTip(f"{info.file_name}  {info.caption}".strip())


class SubmissionLayoutDialog(QDialog):
    """Which column of the manufacturer's import sheet holds which field, under which header text."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submission workbook columns"))
        self.vm = vm
        note = QLabel(self.tr("Set the columns as the manufacturer's claim import sheet has them: the column letter, "
                              "what it holds and its header text. Columns left out stay empty."))
        note.setWordWrap(True)
        self.sheet = QLineEdit()
        self.sheet.setObjectName("sheet")
        self.sheet.setPlaceholderText(self.tr("sheet name (optional)"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("columns")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field"), self.tr("Header text")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 180)
        self.table.verticalHeader().hide()
        self.add_button = button(self.tr("Add column"), "add_column", self._add_next)
        self.remove_button = button(self.tr("Remove column"), "remove_column", self._remove_row)
        self.reset_button = button(self.tr("Built-in layout"), "reset_layout", vm.reset)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        v = QVBoxLayout(self)
        v.addWidget(note)
        v.addLayout(form)
        v.addWidget(self.table, 1)
        v.addLayout(row)
        v.addWidget(self.error)
        v.addWidget(self.buttons)
        for w in (self.table, self.add_button, self.remove_button, self.reset_button, self.sheet):
            w.setEnabled(vm.can_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(vm.can_edit)
        vm.loaded.connect(self._fill)
        vm.saved.connect(self._saved)
        vm.errorChanged.connect(self.error.setText)
        self.resize(620, 560)
        vm.load()

    def _fill(self, layout) -> None:
        self.table.setRowCount(0)
        for column, field, header in self.vm.rows():
            self._add_row(column, field, header)
        self.sheet.setText(layout.sheet)

    def _add_row(self, column: str, field: str, header: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        letter = QLineEdit(column)
        letter.setMaxLength(3)
        combo = QComboBox()
        for key, name in self.vm.fields():
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(field)))
        text = QLineEdit(header)
        text.setMaxLength(64)
        self.table.setCellWidget(r, 0, letter)
        self.table.setCellWidget(r, 1, combo)
        self.table.setCellWidget(r, 2, text)

    def _add_next(self) -> None:
        """A column right of the last, holding the first field not placed yet, under its usual name."""
        column, field = self.vm.next_free(self.rows())
        self._add_row(column, field, self.vm.default_header(field))
        self.table.setCurrentCell(self.table.rowCount() - 1, 2)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def rows(self) -> list[tuple[str, str, str]]:
        return [(self.table.cellWidget(r, 0).text(), self.table.cellWidget(r, 1).currentData(),
                 self.table.cellWidget(r, 2).text()) for r in range(self.table.rowCount())]

    def _save(self) -> None:
        self.error.clear()
        self.vm.save(self.rows(), self.sheet.text())

    def _saved(self, layout) -> None:
        if layout.custom:
            self.accept()
        else:
            self._fill(layout)
