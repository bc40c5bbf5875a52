"""The warranty desk (索赔): cards to claim, the claims with their appraisal, tags, submission,
decision and payment, the open-claims totals; and the 三包 watch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.claims.widgets import button, table
from views.common.preview import PrintPreviewDialog

_button = button


class ClaimsPage(QWidget):
    def __init__(self, vm, page_images=None, parent: QWidget | None = None, *, insurance=None, photos=None,
                 layouts=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.photos_vm = photos  # the chosen claim's appraisal photos (ClaimPhotosViewModel)
        self.layouts = layouts  # the manufacturer's submission columns (SubmissionLayoutViewModel)
        self.layout_dialog = None
        self.insurance = None
        self.page_images = page_images
        self.last_preview: PrintPreviewDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._claims_tab(), self.tr("Warranty claims"))
        self.tabs.addTab(self._watch_tab(), self.tr("三包 watch"))
        if insurance is not None:  # the 保险理赔 desk, for those who may see insurance jobs
            from views.claims.insurance import InsuranceTab

            self.insurance = InsuranceTab(insurance)
            self.tabs.addTab(self.insurance, self.tr("Insurance jobs"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        vm.currentChanged.connect(self._current)
        vm.claimsChanged.connect(self._select_current)
        vm.openChanged.connect(lambda _r: self.totals.setText(vm.open_summary()))
        vm.documentReady.connect(self.preview)
        vm.watchChanged.connect(lambda: self.watch_detail.setPlainText(""))
        self._current(None)
        if photos is not None:
            vm.currentChanged.connect(photos.set_claim)
            photos.attached.connect(lambda _n: vm.choose_id(vm.current.id) if vm.current is not None else None)
        for source in [x for x in (vm, insurance, photos) if x is not None]:
            source.errorChanged.connect(self.error.setText)
            source.errorChanged.connect(lambda text: self.message.clear() if text else None)
            source.messageChanged.connect(self.message.setText)
        vm.refresh()
        vm.refresh_watch()
        if insurance is not None:
            insurance.refresh()

    # ---- claims --------------------------------------------------------------------------------
    def _claims_tab(self) -> QWidget:
        vm = self.vm
        self.cards = table(vm.cards, "cards")
        for col, width in enumerate((120, 80, 90, 110)):
            self.cards.setColumnWidth(col, width)
        self.make_button = _button(self.tr("Make claim from card"), "make_claim",
                                   lambda: vm.make_claim(self._row(self.cards)))
        self.make_button.setEnabled(vm.can_edit)
        cards_box = QGroupBox(self.tr("Finished cards with warranty lines"))
        cl = QVBoxLayout(cards_box)
        cl.addWidget(self.cards, 1)
        cl.addWidget(self.make_button)

        self.filter = QComboBox()
        self.filter.setObjectName("filter")
        self.filter.addItem(self.tr("Open claims"), "open")
        self.filter.addItem(self.tr("All claims"), "all")
        self.filter.currentIndexChanged.connect(lambda _i: vm.set_filter(self.filter.currentData()))
        self.claims = table(vm.claims, "claims")
        for col, width in enumerate((100, 80, 60, 120, 80, 120, 80, 80, 80)):
            self.claims.setColumnWidth(col, width)
        self.claims.clicked.connect(lambda index: vm.choose(index.row()))
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.export_open_button = _button(self.tr("Open claims to Excel"), "export_open", vm.export_open)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.totals, 1)
        top.addWidget(self.export_open_button)
        claims_box = QWidget()
        clv = QVBoxLayout(claims_box)
        clv.setContentsMargins(0, 0, 0, 0)
        clv.addLayout(top)
        clv.addWidget(self.claims, 1)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(cards_box)
        upper.addWidget(claims_box)
        upper.setSizes([380, 900])

        # the chosen claim
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = table(vm.lines, "lines")
        self.lines.setMaximumHeight(140)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.detail)
        self.photos = None
        if self.photos_vm is None:
            lv.addWidget(self.lines, 1)
        else:  # the claimed lines and the appraisal's photos share the space, a tab each
            from views.claims.extras import PhotosBox

            self.lines.setMaximumHeight(16777215)
            self.photos = PhotosBox(self.photos_vm)
            self.claim_tabs = QTabWidget()
            self.claim_tabs.setObjectName("claim_tabs")
            self.claim_tabs.addTab(self.lines, self.tr("Claimed lines"))
            self.claim_tabs.addTab(self.photos, "")
            self._photo_tab_title()
            self.photos_vm.photosChanged.connect(self._photo_tab_title)
            lv.addWidget(self.claim_tabs, 1)

        appraisal = QGroupBox(self.tr("Appraisal (technical supervisor)"))
        af = QFormLayout(appraisal)
        self.system = QComboBox()
        self.system.setObjectName("system")
        for key, name in vm.systems():
            self.system.addItem(name, key)
        self.fault_code = QLineEdit()
        self.fault_code.setObjectName("fault_code")
        self.cause = QLineEdit()
        self.cause.setObjectName("cause")
        self.serious = QCheckBox(self.tr("Serious safety fault"))
        self.serious.setObjectName("serious")
        self.replacement = QComboBox()
        self.replacement.setObjectName("replacement")
        for key, name in vm.replacements():
            self.replacement.addItem(name, key)
        self.appraise_button = _button(self.tr("Record appraisal"), "appraise", self._appraise)
        af.addRow(self.tr("System"), self.system)
        af.addRow(self.tr("Fault code"), self.fault_code)
        af.addRow(self.tr("Cause"), self.cause)
        af.addRow(self.replacement)
        af.addRow(self.serious)
        af.addRow(self.appraise_button)
        appraisal.setEnabled(vm.can_appraise)

        steps = QGroupBox(self.tr("Manufacturer"))
        sf = QFormLayout(steps)
        self.tags_button = _button(self.tr("Print old-part tags"), "print_tags", vm.print_tags)
        self.export_button = _button(self.tr("Submission workbook"), "export_submission", vm.export_submission)
        row = QHBoxLayout()
        row.addWidget(self.tags_button)
        row.addWidget(self.export_button)
        self.layout_button = None
        if self.layouts is not None:
            self.layout_button = _button(self.tr("Columns…"), "submission_layout", self.edit_layout)
            self.layout_button.setToolTip(self.tr("The manufacturer's columns and headers of the submission workbook"))
            row.addWidget(self.layout_button)
        sf.addRow(row)
        self.manufacturer_number = QLineEdit()
        self.manufacturer_number.setObjectName("manufacturer_number")
        self.submit_button = _button(self.tr("Record claim number"), "submit",
                                     lambda: vm.submit(self.manufacturer_number.text()))
        sf.addRow(self.tr("Manufacturer's claim no."), self._pair(self.manufacturer_number, self.submit_button))
        self.approved = QLineEdit()
        self.approved.setObjectName("approved")
        self.approved.setPlaceholderText(self.tr("approved amount"))
        self.decision_note = QLineEdit()
        self.decision_note.setObjectName("decision_note")
        self.decision_note.setPlaceholderText(self.tr("manufacturer's note"))
        self.decide_button = _button(self.tr("Record answer"), "decide",
                                     lambda: vm.decide(self.approved.text(), self.decision_note.text()))
        sf.addRow(self.tr("Answer"), self._pair(self.approved, self.decision_note, self.decide_button))
        self.payment_ref = QLineEdit()
        self.payment_ref.setObjectName("payment_ref")
        self.payment_ref.setPlaceholderText(self.tr("remittance reference"))
        self.payment_amount = QLineEdit()
        self.payment_amount.setObjectName("payment_amount")
        self.payment_amount.setPlaceholderText(self.tr("amount"))
        self.pay_button = _button(self.tr("Record payment"), "pay",
                                  lambda: vm.record_payment(self.payment_ref.text(), self.payment_amount.text()))
        sf.addRow(self.tr("Payment received"), self._pair(self.payment_ref, self.payment_amount, self.pay_button))
        self.return_tag = QLineEdit()
        self.return_tag.setObjectName("return_tag")
        self.return_tag.setPlaceholderText(self.tr("scan the old-part tag"))
        self.return_ref = QLineEdit()
        self.return_ref.setObjectName("return_ref")
        self.return_ref.setPlaceholderText(self.tr("return shipment"))
        self.return_button = _button(self.tr("Old part returned"), "return_part",
                                     lambda: vm.return_old_part(self.return_tag.text(), self.return_ref.text()))
        sf.addRow(self.tr("Old parts"), self._pair(self.return_tag, self.return_ref, self.return_button))
        steps.setEnabled(vm.can_edit)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(left)
        lower.addWidget(appraisal)
        lower.addWidget(steps)
        lower.setSizes([480, 330, 470])

        tab = QSplitter(Qt.Orientation.Vertical)
        tab.addWidget(upper)
        tab.addWidget(lower)
        tab.setSizes([330, 330])
        return tab

    @staticmethod
    def _pair(*widgets) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        for x in widgets:
            h.addWidget(x)
        return w

    @staticmethod
    def _row(view: QTableView) -> int:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return rows[0].row() if rows else -1

    def open_record(self, claim_id: str) -> None:
        """Another page's line naming a claim (the reports' claims waiting): the claims tab, that claim chosen."""
        self.tabs.setCurrentIndex(0)
        if str(claim_id).isdigit():
            self.vm.choose_id(int(claim_id))

    def _select_current(self) -> None:
        row = self.vm.current_row()
        if row >= 0:
            self.claims.selectRow(row)

    def _current(self, claim) -> None:
        self.detail.setText(self.vm.describe_current() if claim is not None else self.tr("No claim chosen."))
        if claim is None:
            return
        if claim.id != getattr(self, "_shown_id", None):  # another claim: last claim's entries go
            self._shown_id = claim.id
            for field in (self.approved, self.decision_note, self.payment_ref, self.payment_amount):
                field.clear()
        if claim.appraised:
            self.system.setCurrentIndex(max(0, self.system.findData(claim.system)))
            self.fault_code.setText(claim.fault_code)
            self.cause.setText(claim.cause)
            self.serious.setChecked(claim.serious_safety)
            self.replacement.setCurrentIndex(max(0, self.replacement.findData(claim.replacement)))
        else:
            self.system.setCurrentIndex(0)
            self.replacement.setCurrentIndex(0)
            self.fault_code.clear()
            self.cause.clear()
            self.serious.setChecked(False)
        self.manufacturer_number.setText(claim.manufacturer_number or "")
        self.appraise_button.setEnabled(claim.status == "draft")
        self.submit_button.setEnabled(claim.status == "draft" and claim.appraised)
        self.decide_button.setEnabled(claim.status == "submitted")
        self.pay_button.setEnabled(claim.status in ("approved", "partly_approved"))
        if claim.status in ("approved", "partly_approved"):
            self.payment_amount.setText(f"{claim.outstanding:.2f}")
        self.tags_button.setEnabled(any(ln.tag for ln in claim.lines))
        self._select_current()

    def _photo_tab_title(self) -> None:
        self.claim_tabs.setTabText(1, self.tr("Photos ({count})").format(count=self.photos_vm.photos.rowCount()))

    def edit_layout(self):
        """The manufacturer's submission columns, in a dialog."""
        from views.claims.extras import SubmissionLayoutDialog

        self.layout_dialog = SubmissionLayoutDialog(self.layouts, self)
        self.layout_dialog.open()
        return self.layout_dialog

    def _appraise(self) -> None:
        self.vm.appraise(self.system.currentData(), self.fault_code.text(), self.cause.text(),
                         self.serious.isChecked(), self.replacement.currentData())

    def preview(self, path: str) -> PrintPreviewDialog:
        from pathlib import Path

        images = self.page_images(Path(path).read_bytes()) if self.page_images else []
        dialog = PrintPreviewDialog(path, images, self, render=self.page_images)
        self.last_preview = dialog
        dialog.open()
        return dialog

    # ---- 三包 ----------------------------------------------------------------------------------
    def _watch_tab(self) -> QWidget:
        vm = self.vm
        self.watch = table(vm.watch, "watch")
        for col, width in enumerate((90, 160, 90, 90, 60, 80)):
            self.watch.setColumnWidth(col, width)
        self.watch.clicked.connect(lambda index: self._watch_chosen(index.row()))
        self.watch_detail = QPlainTextEdit()
        self.watch_detail.setObjectName("watch_detail")
        self.watch_detail.setReadOnly(True)
        refresh = _button(self.tr("Refresh"), "refresh_watch", vm.refresh_watch)
        note = QLabel(self.tr("Warranty repairs inside each car's 三包 period (from the purchase invoice): one repair "
                              "over 5 days, over 30 repair days in total, the same problem repaired over 4 times, "
                              "2 repairs of a serious safety fault, an assembly or a main part replaced twice."))
        note.setWordWrap(True)
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.watch)
        split.addWidget(self.watch_detail)
        v.addWidget(split, 1)
        v.addWidget(self._compensation_box())
        v.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        vm.compensationsChanged.connect(self._compensations)
        return w

    def _compensation_box(self) -> QWidget:
        from PySide6.QtWidgets import QDateEdit

        vm = self.vm
        box = QGroupBox(self.tr("Loan car or transport compensation (三包)"))
        self.comp_card = QComboBox()
        self.comp_card.setObjectName("comp_card")
        self.comp_kind = QComboBox()
        self.comp_kind.setObjectName("comp_kind")
        for key, name in vm.compensation_kinds():
            self.comp_kind.addItem(name, key)
        today = vm.clock.today()
        self.comp_start, self.comp_end = QDateEdit(today), QDateEdit(today)
        for name, field in (("comp_start", self.comp_start), ("comp_end", self.comp_end)):
            field.setObjectName(name)
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        self.comp_amount = QLineEdit()
        self.comp_amount.setObjectName("comp_amount")
        self.comp_amount.setPlaceholderText(self.tr("amount"))
        self.comp_note = QLineEdit()
        self.comp_note.setObjectName("comp_note")
        self.comp_note.setPlaceholderText(self.tr("loan car's plate, taxi receipts..."))
        self.comp_button = _button(self.tr("Record compensation"), "record_compensation", self._compensate)
        h = QHBoxLayout(box)
        for x in (self.comp_card, self.comp_kind, self.comp_start, QLabel("–"), self.comp_end, self.comp_amount,
                  self.comp_note, self.comp_button):
            h.addWidget(x)
        box.setEnabled(vm.can_edit)
        return box

    def _watch_chosen(self, row: int) -> None:
        self._watch_row = row
        self.watch_detail.setPlainText(self.vm.watch_text(row))
        self.comp_card.clear()
        self.comp_card.addItems(self.vm.watch_cards(row))
        self.vm.choose_watch(row)

    def _compensations(self, items) -> None:
        row = getattr(self, "_watch_row", -1)
        self.watch_detail.setPlainText(self.vm.watch_text(row) + "\n\n" + self.vm.compensation_text(items))

    def _compensate(self) -> None:
        self.vm.record_compensation(getattr(self, "_watch_row", -1), self.comp_card.currentText(),
                                    self.comp_kind.currentData(), self.comp_start.date().toPython(),
                                    self.comp_end.date().toPython(), self.comp_amount.text(), self.comp_note.text())
