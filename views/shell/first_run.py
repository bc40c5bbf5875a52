"""First-run wizard: the station's details, then its administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, title: str, subtitle: str, check) -> None:
        super().__init__()
        self._wizard = wizard
        self._check = check
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.message)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._wizard.push()
        return self._check()


class FirstRunWizard(QWizard):
    """Shown when the database has no station yet. ``actor`` is set once the station exists."""

    def __init__(self, vm, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.actor = None
        self.setWindowTitle(self.tr("ServiceBay — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(620, 460)
        self.fields: dict[str, QLineEdit] = {}

        station = _Page(self, self.tr("Your station"),
                        self.tr("These details are printed on job cards and settlement statements."),
                        vm.check_station)
        for key, label in (("station_name", self.tr("Station name")), ("address", self.tr("Address")),
                           ("phone", self.tr("Phone")), ("credit_code", self.tr("Unified social credit code")),
                           ("bank_name", self.tr("Bank")), ("bank_account", self.tr("Bank account"))):
            self._add(station, key, label)
        admin = _Page(self, self.tr("Administrator"),
                      self.tr("The administrator signs in first and creates everyone else's accounts."),
                      self._finish)
        for key, label in (("admin_username", self.tr("User name")), ("admin_name", self.tr("Full name")),
                           ("password", self.tr("Password")), ("password_again", self.tr("Password again"))):
            edit = self._add(admin, key, label)
            if key.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields["admin_username"].setText(vm.form.admin_username)
        self.station_page = station
        self.admin_page = admin
        self.addPage(station)
        self.addPage(admin)
        vm.errorChanged.connect(self._error)
        vm.created.connect(self._created)
        self.button(QWizard.WizardButton.FinishButton).setText(self.tr("Create the station"))

    def _add(self, page: _Page, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        page.form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def push(self) -> None:
        for key, edit in self.fields.items():
            setattr(self.vm.form, key, edit.text())

    def _finish(self) -> bool:
        if self.actor is not None:
            return True
        if self.vm.check_admin():
            self.vm.create()
        return False  # the wizard closes when the station has been created

    def _error(self, field: str, text: str) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            page.message.setText(text)
        if field in self.fields and text:
            self.fields[field].setFocus()
            self.fields[field].selectAll()

    def _created(self, actor) -> None:
        self.actor = actor
        self.accept()
