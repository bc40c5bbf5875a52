"""Exporting the customer file: personal data leaves the system, so the purpose is asked for and
recorded with the export (个人信息保护法); numbers stay masked for roles that may not see them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.purpose import PurposeBox


class ExportDialog(QDialog):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(self.tr("Export the customer file"))
        intro = QLabel(self.tr("The workbook holds personal data. Say what it is for: the purpose is recorded "
                               "with your name in the audit log."))
        intro.setWordWrap(True)
        # the list the print screens share (views.common.purpose), with the export's own purposes
        self.purpose = PurposeBox([self.tr("Move to the new DMS"), self.tr("Backup for the manufacturer audit"),
                                   self.tr("Car-club mailing to consenting members")])
        self.purpose.setObjectName("exportPurpose")
        self.purpose.setCurrentIndex(0)
        self.path = QLineEdit(self.tr("customers.xlsx"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("File"), where)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        browse.clicked.connect(self._browse)
        vm.exported.connect(self._exported)
        vm.errorChanged.connect(self.error.setText)
        self.purpose.setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the customer file"), self.path.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path.setText(path)

    def _export(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.setText(self.tr("Choose where to save the workbook."))
            return
        self.error.setText("")
        self.vm.export(path if path.lower().endswith(".xlsx") else path + ".xlsx", self.purpose.currentText())

    def _exported(self, _path: str) -> None:
        self.accept()
