"""The stocktake page: the list of counts, a new count, blind counting by scanning (bin label, then parts;
``24*CODE`` or the quantity field for a box), corrections, hand-over, differences, recount, approval,
posting after a preview, and the count sheet and variance report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewmodels.parts.stocktake import status_text
from views.common.files import ask_save_path
from views.common.scan_field import ScanCatcher, ScanField, back_to_scan_field
from views.parts.stocktake_dialogs import CorrectionDialog, PostingDialog


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _fit(view: QTableView, widths: tuple[int, ...]) -> None:
    """Columns as wide as their content needs, so that a table beside another on a 1366-pixel screen shows
    every column without scrolling sideways (the last one, the quantity that matters, was cut off)."""
    for column, width in enumerate(widths):
        view.horizontalHeader().resizeSection(column, width)


class StocktakePage(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("stocktakePage")
        # the list of counts and a new count
        self.counts_view = _table(vm.counts)
        self.counts_view.horizontalHeader().resizeSection(1, 140)
        self.open_button = QPushButton(self.tr("Open"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.bin_edit = QLineEdit()
        self.bin_edit.setPlaceholderText(self.tr("Bin prefix (e.g. A-01)"))
        self.category_edit = QLineEdit()
        self.category_edit.setPlaceholderText(self.tr("Category (optional)"))
        self.start_button = QPushButton(self.tr("Start stocktake"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("New count:")))
        top.addWidget(self.bin_edit)
        top.addWidget(self.category_edit)
        top.addWidget(self.start_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.open_button)
        list_box = QWidget()
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addLayout(top)
        lb.addWidget(self.counts_view, 1)

        # the open count
        self.state_label = QLabel(self.tr("No stocktake open: start one or open one from the list"))
        self.bin_label = QLabel()
        self.qty_edit = QLineEdit()
        self.qty_edit.setPlaceholderText(self.tr("Qty"))
        self.qty_edit.setToolTip(self.tr("The quantity the next scan counts (a box of 24, 4.5 litres); "
                                         "or scan 24*CODE"))
        self.qty_edit.setMaximumWidth(70)
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan the bin label, then each part in it (24*CODE for 24)"))
        self.result_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo last scan"))
        self.correct_button = QPushButton(self.tr("Correct line…"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.qty_edit)
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(self.undo_button)
        scan_row.addWidget(self.correct_button)
        self.hand_over_button = QPushButton(self.tr("Hand over for review"))
        self.diff_button = QPushButton(self.tr("Show differences"))
        self.recount_button = QPushButton(self.tr("Recount differences"))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.post_button = QPushButton(self.tr("Post…"))
        self.sheet_button = QPushButton(self.tr("Count sheet"))
        self.variance_button = QPushButton(self.tr("Variance report"))
        buttons = QHBoxLayout()
        for b in (self.hand_over_button, self.diff_button, self.recount_button, self.approve_button,
                  self.post_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.variance_button)
        # reviewing, approving and posting are the supervisor's: a storekeeper's page does not show them
        self.supervisor_buttons = (self.diff_button, self.recount_button, self.approve_button, self.post_button,
                                   self.variance_button)
        if not vm.can_approve:
            for b in self.supervisor_buttons:
                b.setVisible(False)
        self.sheet_view = _table(vm.sheet)
        self.variance_view = _table(vm.variances)
        # bin, part number, name, unit, counted, recount (to recount); bin, number, name, expected, counted,
        # difference, value
        _fit(self.sheet_view, (68, 96, 130, 40, 60, 60))
        _fit(self.variance_view, (64, 92, 100, 60, 80, 64, 72))
        count_box = QWidget()
        cb = QVBoxLayout(count_box)
        cb.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.state_label, 1)
        head.addWidget(self.bin_label)
        cb.addLayout(head)
        cb.addLayout(scan_row)
        cb.addWidget(self.result_label)
        tables = QSplitter()
        tables.addWidget(self.sheet_view)
        tables.addWidget(self.variance_view)
        if not vm.can_approve:  # nor the differences: the count is blind, and the sheet takes the whole width
            self.variance_view.setVisible(False)
        tables.setStretchFactor(0, 1)
        tables.setStretchFactor(1, 1)
        cb.addWidget(tables, 1)
        cb.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(list_box)
        split.addWidget(count_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        # watches the app while this page is shown; knows the scanner's prefix and suffix
        self.catcher = ScanCatcher(self.scan_field, self, prefix=vm.queue.prefix, suffix=vm.queue.suffix)

        self.start_button.clicked.connect(lambda: vm.start(self.bin_edit.text(), self.category_edit.text()))
        self.refresh_button.clicked.connect(vm.load_counts)
        self.open_button.clicked.connect(self._open_selected)
        self.counts_view.doubleClicked.connect(lambda idx: vm.open_row(idx.row()))
        self.scan_field.scanned.connect(vm.submit)
        self.qty_edit.textEdited.connect(vm.set_next_qty)
        self.qty_edit.returnPressed.connect(lambda: self.scan_field.setFocus())
        vm.nextQtyChanged.connect(self.qty_edit.setText)
        self.undo_button.clicked.connect(vm.undo_last)
        self.correct_button.clicked.connect(self._correct)
        self.hand_over_button.clicked.connect(lambda: vm.hand_over(""))
        self.diff_button.clicked.connect(vm.show_differences)
        self.recount_button.clicked.connect(vm.request_recount)
        self.approve_button.clicked.connect(self._approve)
        self.post_button.clicked.connect(vm.preview_posting)
        self.sheet_button.clicked.connect(vm.print_sheet)
        self.variance_button.clicked.connect(vm.print_variances)
        vm.stocktakeChanged.connect(self._state)
        vm.binChanged.connect(lambda code: self.bin_label.setText(
            self.tr("Counting bin {bin}").format(bin=code) if code else ""))
        vm.scanDone.connect(self._scanned)
        vm.message.connect(self.result_label.setText)
        vm.previewReady.connect(self._confirm_posting)
        vm.documentReady.connect(self._save_document)
        self._state()
        vm.load_counts()

    def _open_selected(self) -> None:
        idx = self.counts_view.currentIndex()
        if idx.isValid():
            self.vm.open_row(idx.row())

    def _state(self) -> None:
        st = self.vm.current
        can_approve = self.vm.can_approve
        status = st.status if st else ""
        self.hand_over_button.setEnabled(status in ("counting", "recount"))
        for b in (self.diff_button, self.variance_button):
            b.setEnabled(st is not None and can_approve)
        self.recount_button.setEnabled(can_approve and status in ("counting", "review"))
        self.approve_button.setEnabled(can_approve and status in ("counting", "review", "recount"))
        self.post_button.setEnabled(can_approve and status == "approved")
        self.sheet_button.setEnabled(st is not None)
        for w in (self.scan_field, self.qty_edit, self.undo_button, self.correct_button):
            w.setEnabled(st is None or status in ("open", "counting", "recount"))
        if status not in ("open", "counting", "recount"):
            self.bin_label.clear()  # handed over, approved or posted: no bin is being counted any more
        if st is None:
            return
        text = self.tr("Stocktake {number} ({scope}): {state}, {counted} of {n} lines counted").format(
            number=st.number, scope=st.scope, state=status_text(st.status), counted=st.counted_lines, n=st.lines)
        if st.counted_by:
            text += " · " + self.tr("counted by {names}").format(names="、".join(st.counted_by))
        if st.handed_over_by:
            text += " · " + self.tr("handed over by {name}").format(name=st.handed_over_by)
        if st.approved_by:
            text += " · " + self.tr("approved by {name}").format(name=st.approved_by)
        self.state_label.setText(text)
        back_to_scan_field(self.scan_field)

    def _scanned(self, ok: bool, text: str) -> None:
        self.scan_field.flash(ok)
        self.result_label.setText(text)

    def _correct(self) -> None:
        idx = self.sheet_view.currentIndex()
        line = self.vm.sheet.row_object(idx.row()) if idx.isValid() else None
        if line is None:
            self.result_label.setText(self.tr("Choose the line to correct in the count sheet."))
            return
        dialog = CorrectionDialog(line, self)
        if dialog.exec():
            self.vm.correct(idx.row(), dialog.qty.text(), dialog.reason.text())
        self.scan_field.setFocus()

    def _approve(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Approve the stocktake"),
                                        self.tr("Note for the approval (optional):"))
        if ok:
            self.vm.approve(note)

    def _confirm_posting(self, preview) -> None:
        dialog = PostingDialog(preview, self)
        if dialog.exec():
            ticked, write_off_all, reason = dialog.choice()
            self.vm.post(ticked, write_off_all, reason)

    def _save_document(self, kind: str, pdf: bytes) -> None:
        number = self.vm.current.number if self.vm.current else "stocktake"
        name = f"{number}-{'sheet' if kind == 'sheet' else 'variances'}.pdf"
        path = ask_save_path(self, self.tr("Save the document"), name, self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as fh:
                fh.write(pdf)
            QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to {path}").format(path=path))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.scan_field.setFocus()

    def shutdown(self) -> None:
        """Stop this page's scan worker (the main window calls it on sign-out and when it closes)."""
        self.vm.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)
