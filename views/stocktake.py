"""The stocktake page: blind counting by scanning (bin label, then parts), differences, recount, approval."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.widgets.scan_field import ScanCatcher, ScanField


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class StocktakePage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.bin_edit = QLineEdit()
        self.bin_edit.setPlaceholderText(self.tr("Bin prefix (e.g. A-01)"))
        self.category_edit = QLineEdit()
        self.category_edit.setPlaceholderText(self.tr("Category (optional)"))
        self.start_button = QPushButton(self.tr("Start stocktake"))
        top = QHBoxLayout()
        top.addWidget(self.bin_edit)
        top.addWidget(self.category_edit)
        top.addWidget(self.start_button)
        self.state_label = QLabel(self.tr("No stocktake started"))
        self.bin_label = QLabel()
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan the bin label, then each part in it"))
        self.result_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo last scan"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.undo_button)
        self.diff_button = QPushButton(self.tr("Show differences"))
        self.recount_button = QPushButton(self.tr("Recount differences"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.post_button = QPushButton(self.tr("Post variances"))
        buttons = QHBoxLayout()
        for b in (self.diff_button, self.recount_button, self.approve_button, self.post_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.bin_label)
        layout.addLayout(scan_row)
        layout.addWidget(self.result_label)
        layout.addWidget(_table(vm.sheet), 2)
        layout.addLayout(buttons)
        layout.addWidget(_table(vm.variances), 1)
        self.catcher = ScanCatcher(self.scan_field, self)  # watches the app while this page is shown

        self.start_button.clicked.connect(lambda: vm.start(self.bin_edit.text(), self.category_edit.text()))
        self.scan_field.scanned.connect(vm.submit)
        self.undo_button.clicked.connect(vm.undo_last)
        self.diff_button.clicked.connect(vm.show_differences)
        self.recount_button.clicked.connect(vm.request_recount)
        self.approve_button.clicked.connect(vm.approve)
        self.post_button.clicked.connect(vm.post)
        vm.stocktakeChanged.connect(self._state)
        vm.binChanged.connect(lambda code: self.bin_label.setText(self.tr("Counting bin {bin}").format(bin=code)))
        vm.scanDone.connect(self._scanned)
        vm.message.connect(self.result_label.setText)

    def _state(self) -> None:
        st = self.vm.current
        states = {"counting": self.tr("Counting"), "recount": self.tr("Recounting the differences"),
                  "approved": self.tr("Approved"), "posted": self.tr("Posted")}
        self.state_label.setText(self.tr("Stocktake {number}: {state}, {n} lines").format(
            number=st.number, state=states.get(st.status, st.status), n=st.lines))
        self.scan_field.setFocus()

    def _scanned(self, ok: bool, text: str) -> None:
        self.scan_field.flash(ok)
        self.result_label.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.scan_field.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.vm.shutdown()
        super().closeEvent(event)
