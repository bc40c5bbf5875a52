"""Settings page: the station's details, this PC, and the users."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewmodels.settings.page import PAPER_DOCUMENTS, PAPER_NAMES
from views.common.permissions import apply_right
from views.settings.audit import AuditTab
from views.settings.backups import BackupTab
from views.settings.rates import RuleForms
from views.settings.users import UserDialog

LANGUAGES = [("zh_CN", "中文（简体）"), ("en", "English")]


class SettingsPage(QWidget):
    def __init__(self, vm, database: str, audit_vm=None, backup_vm=None, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.audit_vm = audit_vm
        self.audit_tab: AuditTab | None = None
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.message)

        # station
        station = QWidget()
        form = QFormLayout(station)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("name", self.tr("Station name")), ("address", self.tr("Address")),
                           ("phone", self.tr("Phone")), ("credit_code", self.tr("Unified social credit code")),
                           ("licence_number", self.tr("Repair licence number")), ("bank_name", self.tr("Bank")),
                           ("bank_account", self.tr("Bank account")), ("time_zone", self.tr("Time zone"))):
            edit = QLineEdit()
            edit.setObjectName(f"station_{key}")
            form.addRow(label, edit)
            self.fields[key] = edit
        self.idle = QSpinBox()
        self.idle.setObjectName("station_idle_lock_minutes")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Lock after idle"), self.idle)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveStation")
        # the station's details stay readable; changing them needs the right, as the tooltip says
        apply_right([*self.fields.values(), self.idle, self.save_button], vm.can_edit_station,
                    vm.why_not("edit_station"))
        self.save_button.clicked.connect(self._save_station)
        form.addRow("", self.save_button)
        self.tabs.addTab(station, self.tr("Station"))

        # this PC
        pc = QWidget()
        pc_form = QFormLayout(pc)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(vm.language)
                                          if vm.language in dict(LANGUAGES) else 0))
        self.language.currentIndexChanged.connect(lambda i: vm.set_language(self.language.itemData(i)))
        pc_form.addRow(self.tr("Language"), self.language)
        # the paper each document prints on at this PC (A4, A5 landscape, 241 mm dot-matrix stationery)
        self.papers: dict[str, QComboBox] = {}
        for kind, document in PAPER_DOCUMENTS.items():
            combo = QComboBox()
            combo.setObjectName(f"paper_{kind}")
            for key, name in PAPER_NAMES.items():
                combo.addItem(QCoreApplication.translate("SettingsViewModel", name), key)
            combo.setCurrentIndex(max(0, combo.findData(vm.paper(kind))))
            combo.currentIndexChanged.connect(lambda _i, k=kind, c=combo: vm.set_paper(k, c.currentData()))
            self.papers[kind] = combo
            pc_form.addRow(self.tr("Paper: {document}").format(
                document=QCoreApplication.translate("SettingsViewModel", document)), combo)
        pc_form.addRow(self.tr("Database"), QLabel(database))
        self.tabs.addTab(pc, self.tr("This PC"))

        # backups and the diagnostic report (people who may change the settings)
        self.backup_tab: BackupTab | None = None
        if backup_vm is not None:
            self.backup_tab = BackupTab(backup_vm)
            self.tabs.addTab(self.backup_tab, self.tr("Backups"))

        # rates
        rates = QWidget()
        rl = QVBoxLayout(rates)
        self.rate_table = QTableView()
        self.rate_table.setObjectName("rates")
        self.rate_table.setModel(vm.rates)
        self.rate_table.horizontalHeader().setStretchLastSection(True)
        self.rate_table.horizontalHeader().resizeSection(0, 420)
        self.rate_table.verticalHeader().setDefaultSectionSize(22)
        rl.addWidget(self.rate_table)
        if vm.can_edit_station:
            labour = QHBoxLayout()
            self.job_type = QComboBox()
            self.job_type.setObjectName("rateJobType")
            for key, label in vm.job_type_choices():
                self.job_type.addItem(label, key)
            self.payer = QComboBox()
            self.payer.setObjectName("ratePayer")
            for key, label in vm.payer_choices():
                self.payer.addItem(label, key)
            self.labour_from = QDateEdit(QDate.currentDate())
            self.labour_from.setObjectName("rateFrom")
            self.labour_from.setCalendarPopup(True)
            self.labour_rate = QLineEdit()
            self.labour_rate.setObjectName("labourRate")
            self.labour_rate.setPlaceholderText(self.tr("yuan per hour"))
            add_labour = QPushButton(self.tr("Set labour rate"))
            add_labour.setObjectName("setLabourRate")
            add_labour.clicked.connect(lambda: vm.set_labour_rate(
                self.job_type.currentData(), self.payer.currentData(), self.labour_from.date().toPython(),
                self.labour_rate.text()))
            for w in (QLabel(self.tr("Labour rate")), self.job_type, self.payer, QLabel(self.tr("from")),
                      self.labour_from, self.labour_rate, add_labour):
                labour.addWidget(w)
            labour.addStretch(1)
            tax = QHBoxLayout()
            self.tax_kind = QComboBox()
            self.tax_kind.addItem(self.tr("general taxpayer"), "general")
            self.tax_kind.addItem(self.tr("small-scale taxpayer"), "small")
            self.tax_from = QDateEdit(QDate.currentDate())
            self.tax_from.setCalendarPopup(True)
            self.tax_rate = QLineEdit()
            self.tax_rate.setObjectName("taxRate")
            self.tax_rate.setPlaceholderText("13")
            add_tax = QPushButton(self.tr("Set VAT rate (%)"))
            add_tax.clicked.connect(lambda: vm.set_tax_rate(self.tax_kind.currentData(),
                                                            self.tax_from.date().toPython(), self.tax_rate.text()))
            for w in (QLabel(self.tr("VAT")), self.tax_kind, QLabel(self.tr("from")), self.tax_from, self.tax_rate,
                      add_tax):
                tax.addWidget(w)
            tax.addStretch(1)
            rl.addLayout(labour)
            rl.addLayout(tax)
            self.rule_forms = RuleForms(vm)
            rl.addWidget(self.rule_forms)
        self.tabs.addTab(rates, self.tr("Rates and numbering"))

        # users
        if vm.can_manage_users:
            users = QWidget()
            ul = QVBoxLayout(users)
            self.user_table = QTableView()
            self.user_table.setObjectName("users")
            self.user_table.setModel(vm.users)
            self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.user_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.user_table.horizontalHeader().setStretchLastSection(True)
            self.user_table.verticalHeader().setDefaultSectionSize(24)
            row = QHBoxLayout()
            for text, slot, name in ((self.tr("New user…"), self._new_user, "newUser"),
                                     (self.tr("Roles…"), self._roles, "editRoles"),
                                     (self.tr("Reset password…"), self._reset, "resetPassword"),
                                     (self.tr("New password at next sign-in"), self._expire, "expirePassword"),
                                     (self.tr("Discount limit…"), self._discount, "discountLimit"),
                                     (self.tr("Enable / disable"), self._toggle, "toggleActive")):
                b = QPushButton(text)
                b.setObjectName(name)
                b.clicked.connect(slot)
                row.addWidget(b)
            row.addStretch(1)
            ul.addLayout(row)
            ul.addWidget(self.user_table)
            self.tabs.addTab(users, self.tr("Users"))

        # audit log (station manager, administrator): loaded the first time it is shown
        if audit_vm is not None:
            self.audit_tab = AuditTab(audit_vm)
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
            self.tabs.currentChanged.connect(
                lambda i: self.audit_tab.start() if self.tabs.widget(i) is self.audit_tab else None)

        vm.settingsLoaded.connect(self._show)
        vm.saved.connect(lambda text: self._say(text, False))
        vm.errorChanged.connect(self._error)
        vm.load()

    def open_record(self, record: str) -> None:
        """The main window's "open at": ``backup`` shows the Backups tab (the home page's backup tile)."""
        if record == "backup" and self.backup_tab is not None:
            self.tabs.setCurrentWidget(self.backup_tab)

    def _show(self, s) -> None:
        for key, edit in self.fields.items():
            edit.setText(getattr(s, key) or "")
        self.idle.setValue(s.idle_lock_minutes)

    def _save_station(self) -> None:
        changes = {k: e.text() for k, e in self.fields.items()}
        changes["credit_code"] = changes["credit_code"] or None
        changes["idle_lock_minutes"] = self.idle.value()
        self.vm.save_station(**changes)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _error(self, field: str, text: str) -> None:
        self._say(text, True)
        if text and field in self.fields:
            self.fields[field].setFocus()

    def _selected(self):
        idx = self.user_table.selectionModel().selectedRows() if self.user_table.selectionModel() else []
        return self.vm.users.user(idx[0].row()) if idx else None

    def _new_user(self) -> None:
        dlg = UserDialog(self.vm.role_choices(), parent=self)
        if dlg.exec():
            self.vm.create_user(dlg.username.text(), dlg.name.text(), dlg.password.text(), dlg.roles(),
                                dlg.badge.text())

    def _roles(self) -> None:
        user = self._selected()
        if user is None:
            return
        dlg = UserDialog(self.vm.role_choices(), user=user, parent=self)
        if dlg.exec():
            self.vm.set_roles(user.id, dlg.roles())

    def _reset(self) -> None:
        user = self._selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {name}:").format(name=user.display_name),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.vm.reset_password(user.id, password)

    def _expire(self) -> None:
        user = self._selected()
        if user is not None:
            self.vm.require_password_change(user.id)

    def _discount(self) -> None:
        user = self._selected()
        if user is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Discount limit"),
            self.tr("Largest discount {name} may give without a supervisor, in percent\n"
                    "(empty: the limit of their roles):").format(name=user.display_name),
            QLineEdit.EchoMode.Normal, self.vm.discount_limit_text(user))
        if ok:
            self.vm.set_discount_limit(user.id, text)

    def _toggle(self) -> None:
        user = self._selected()
        if user is not None:
            self.vm.set_active(user.id, not user.active)
