"""Settings → Backups tab: the last good backup, "Back up now", the folder, the diagnostic report."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Last good backup"), self.last)
        form.addRow(self.tr("Backup folder"), self.folder)
        buttons = QHBoxLayout()
        for b in (self.back_up, self.choose, self.report):
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
        vm.busyChanged.connect(lambda busy: [b.setEnabled(not busy) for b in (self.back_up, self.report)])
        self.back_up.clicked.connect(vm.back_up_now)
        self.choose.clicked.connect(self._choose)
        self.report.clicked.connect(self._report)
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
