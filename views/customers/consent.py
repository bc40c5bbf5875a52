"""Marketing consent (个人信息保护法) and car-club membership: grant or withdraw with the day and the
channel, the history of every change, and the club number, level and joining day."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class ConsentDialog(QDialog):
    """Signals:
        changed(): consent or membership was stored.
    """

    changed = Signal()

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(self.tr("Consent and car club: {name}").format(name=vm.customer.name))
        self.resize(620, 520)
        editable = vm.can_edit()

        self.status = QLabel()
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.setObjectName("consentChannel")
        for code, name in vm.channels():
            self.channel.addItem(name, code)
        self.on = QLineEdit(vm.today())
        self.on.setObjectName("consentDate")
        self.grant_button = QPushButton(self.tr("&Grant consent"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent"))
        self.history = QTableView()
        self.history.setObjectName("consentHistory")
        self.history.setModel(vm.history)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.horizontalHeader().setStretchLastSection(True)
        consent_box = QGroupBox(self.tr("Marketing consent"))
        cl = QVBoxLayout(consent_box)
        cl.addWidget(self.status)
        cf = QFormLayout()
        cf.addRow(self.tr("Channel"), self.channel)
        cf.addRow(self.tr("Date (2024-03-31)"), self.on)
        cl.addLayout(cf)
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        cl.addLayout(row)
        cl.addWidget(self.history, 1)

        self.club_number = QLineEdit(vm.customer.club_number or "")
        self.club_number.setObjectName("clubNumber")
        self.club_level = QLineEdit(vm.customer.club_level or "")
        self.club_level.setObjectName("clubLevel")
        joined = vm.customer.club_joined_on
        self.club_joined = QLineEdit(joined.isoformat() if joined else "")
        self.club_joined.setObjectName("clubJoined")
        self.club_joined.setPlaceholderText(self.tr("today"))
        self.club_button = QPushButton(self.tr("Save &membership"))
        club_box = QGroupBox(self.tr("Car club"))
        kf = QFormLayout(club_box)
        kf.addRow(self.tr("Member number (empty: not a member)"), self.club_number)
        kf.addRow(self.tr("Level"), self.club_level)
        kf.addRow(self.tr("Joined on"), self.club_joined)
        kf.addRow("", self.club_button)

        for w in (self.channel, self.on, self.grant_button, self.withdraw_button, self.club_number, self.club_level,
                  self.club_joined, self.club_button):
            w.setEnabled(editable)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(consent_box, 1)
        lay.addWidget(club_box)
        lay.addWidget(self.error)
        lay.addLayout(bottom)

        self.grant_button.clicked.connect(lambda: self._consent(True))
        self.withdraw_button.clicked.connect(lambda: self._consent(False))
        self.club_button.clicked.connect(
            lambda: vm.saveClub(self.club_number.text(), self.club_level.text(), self.club_joined.text()))
        close.clicked.connect(self.accept)
        vm.loaded.connect(self._loaded)
        vm.saved.connect(self._saved)
        vm.errorChanged.connect(self._error)
        self._loaded()
        vm.load()

    def _consent(self, given: bool) -> None:
        self.vm.setConsent(given, self.channel.currentData(), self.on.text())

    def _loaded(self) -> None:
        self.status.setText(self.vm.status_text())
        c = self.vm.customer
        self.grant_button.setEnabled(self.vm.can_edit() and not c.marketing_consent)
        self.withdraw_button.setEnabled(self.vm.can_edit() and c.marketing_consent)

    def _saved(self) -> None:
        self.error.setText("")
        self.changed.emit()

    def _error(self, message: str, field: str) -> None:
        self.error.setText(message)
        target = {"consent_date": self.on, "club_number": self.club_number, "club_joined_on": self.club_joined}.get(field)
        if target is not None:
            target.setFocus()
