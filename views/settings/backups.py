"""Settings → Backups tab: the last good backup, "Back up now", the folder, the diagnostic report, and for an
administrator "Restore…" (a backup of the folder or any file, checked, then a confirmation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class BackupTab(QWidget):
    def __init__(self, vm, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.folder = QLabel(vm.folder())
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.back_up = QPushButton(self.tr("Back up now"))
        self.back_up.setObjectName("backUpNow")
        self.choose = QPushButton(self.tr("Choose folder…"))
        self.choose.setObjectName("chooseBackupFolder")
        self.report = QPushButton(self.tr("Save diagnostic report…"))
        self.report.setObjectName("saveDiagnostics")
        self.restore = QPushButton(self.tr("Restore…"))
        self.restore.setObjectName("restoreBackup")
        self.restore.setVisible(vm.can_restore)  # administrators only
        self.restore_dialog: RestoreDialog | None = None
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Last good backup"), self.last)
        form.addRow(self.tr("Backup folder"), self.folder)
        buttons = QHBoxLayout()
        for b in (self.back_up, self.choose, self.report, self.restore):
            buttons.addWidget(b)
        buttons.addStretch(1)
        note = QLabel(self.tr("ServiceBay backs up once a day by itself and keeps 7 daily, 4 weekly and 12 monthly "
                              "backups. Choose a folder on another disk or a network share, so that one broken "
                              "disk cannot take both."))
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(note)
        lay.addWidget(self.message)
        lay.addStretch(1)

        vm.lastChanged.connect(self.last.setText)
        vm.folderChanged.connect(self.folder.setText)
        vm.message.connect(self._say)
        vm.busyChanged.connect(lambda busy: [b.setEnabled(not busy) for b in (self.back_up, self.report,
                                                                                      self.restore)])
        self.back_up.clicked.connect(vm.back_up_now)
        self.choose.clicked.connect(self._choose)
        self.report.clicked.connect(self._report)
        self.restore.clicked.connect(self._restore)
        vm.refresh()

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.vm.folder())
        if path:
            self.vm.choose_folder(path)

    def _report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save diagnostic report"),
                                              "servicebay-diagnostics.zip", self.tr("Zip files (*.zip)"))
        if path:
            self.vm.save_report(path)

    def _restore(self) -> None:
        self.restore_dialog = RestoreDialog(self.vm, self)
        self.restore_dialog.open()


class RestoreDialog(QDialog):
    """Choose a backup (the folder's, or a file), see it checked and what restoring it replaces, then restore."""

    def __init__(self, vm, parent=None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.chosen = ""
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        self.backups = QListWidget()
        self.backups.setObjectName("restoreList")
        self.other = QPushButton(self.tr("Other file…"))
        self.other.setObjectName("restoreOtherFile")
        self.confirmation = QLabel(self.tr("Choose a backup. It is checked before anything is changed."))
        self.confirmation.setObjectName("restoreConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go = QPushButton(self.tr("Replace the database with this backup"))
        self.go.setObjectName("restoreNow")
        self.go.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Backups in the backup folder, newest first")))
        lay.addWidget(self.backups, 1)
        lay.addWidget(self.confirmation)
        lay.addLayout(buttons)

        vm.backupsListed.connect(self._listed)
        vm.checked.connect(self._checked)
        self.backups.currentItemChanged.connect(self._picked)
        self.other.clicked.connect(self._other)
        self.go.clicked.connect(self._go)
        vm.list_restorable()

    def _listed(self, entries: list) -> None:
        self.backups.clear()
        for path, label in entries:
            item = QListWidgetItem(f"{label}    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.backups.addItem(item)
        if not entries:
            self.confirmation.setText(self.tr("There is no backup in the backup folder; choose a file."))

    def _picked(self, item) -> None:
        if item is not None:
            self.choose(item.data(Qt.ItemDataRole.UserRole))

    def _other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), "",
                                              self.tr("ServiceBay backups (*.sqlite3 *.dump);;All files (*)"))
        if path:
            self.backups.clearSelection()
            self.choose(path)

    def choose(self, path: str) -> None:
        self.chosen = path
        self.go.setEnabled(False)
        self.confirmation.setStyleSheet("")
        self.confirmation.setText(self.tr("Checking {file}…").format(file=path))
        self.vm.check(path)

    def _checked(self, path: str, ok: bool, text: str) -> None:
        if path != self.chosen:
            return  # an earlier choice
        self.confirmation.setStyleSheet("" if ok else "color: #b00020;")
        self.confirmation.setText(text)
        self.go.setEnabled(ok)

    def _go(self) -> None:
        if self.chosen and self.go.isEnabled():
            self.accept()
            self.vm.restore(self.chosen)
