"""Settings → Backups: the last good backup, "Back up now", the backup folder, the diagnostic report.

The backups themselves are the app's (app/backup); the page wiring (app/pages/settings.py) hands
this view model plain callables, run off the UI thread:

    last_backup() -> object | None     with .path, .taken_at (aware UTC), .size
    back_up_now() -> that object
    folder() -> str;  set_folder(str)  (this PC's setting)
    save_report(str) -> str            writes the diagnostic zip, returns its path

and, for an administrator only (else None: no restore):

    list_backups() -> list             the folder's good backups, newest first (.path, .taken_at, .size)
    check_backup(str) -> object        checks a file as ``servicebay restore`` does, changes nothing;
                                       .source, .taken_at, .size, .older_schema, .database, .aside
    restore_backup(str)                hands the checked file to the session: it signs everybody out here,
                                       restores, and starts again at the sign-in (app/gui.py)

Signals:
    lastChanged(str): the last good backup in words (time, file, size), or that there is none.
    folderChanged(str)
    message(str, bool): a result to show, and whether it is an error.
    busyChanged(bool): a backup or report is being written.
    backupsListed(list): [(path, "time — size"), ...] of the backups a restore can choose from.
    checked(str, bool, str): a chosen file, whether it can be restored, and the confirmation or the refusal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner


class BackupViewModel(QObject):
    lastChanged = Signal(str)
    folderChanged = Signal(str)
    message = Signal(str, bool)
    busyChanged = Signal(bool)
    backupsListed = Signal(list)
    checked = Signal(str, bool, str)

    def __init__(self, tasks: TaskRunner, clock, *, last_backup: Callable, back_up_now: Callable,
                 folder: Callable[[], str], set_folder: Callable[[str], None], save_report: Callable[[str], str],
                 list_backups: Callable | None = None, check_backup: Callable | None = None,
                 restore_backup: Callable[[str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._clock = clock
        self._last_backup = last_backup
        self._back_up_now = back_up_now
        self._folder = folder
        self._set_folder = set_folder
        self._save_report = save_report
        self._list_backups = list_backups
        self._check_backup = check_backup
        self._restore_backup = restore_backup
        self.last_text = ""
        self.busy = False

    def folder(self) -> str:
        return self._folder()

    @property
    def can_restore(self) -> bool:
        return None not in (self._list_backups, self._check_backup, self._restore_backup)

    @staticmethod
    def _size(n: int) -> str:
        return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"

    def describe_backup(self, backup) -> str:
        if backup is None:
            return self.tr("No backup yet.")
        return self.tr("{time} — {file} ({size} MB)").format(
            time=f"{self._clock.local(backup.taken_at):%Y-%m-%d %H:%M}", file=str(backup.path),
            size=f"{backup.size / 1_000_000:.1f}")

    @Slot()
    def refresh(self) -> None:
        self._tasks.run("backup-last", self._last_backup, on_done=self._show_last,
                        on_error=lambda exc: self.message.emit(describe(exc), True))

    def _show_last(self, backup) -> None:
        self.last_text = self.describe_backup(backup)
        self.lastChanged.emit(self.last_text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    @Slot()
    def back_up_now(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.message.emit(self.tr("Backing up…"), False)
        self._tasks.run("backup-now", self._back_up_now, on_done=self._backed_up, on_error=self._failed)

    def _backed_up(self, backup) -> None:
        self._set_busy(False)
        self._show_last(backup)
        self.message.emit(self.tr("Backup written and checked: {file}").format(file=str(backup.path)), False)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.emit(describe(exc), True)
        self.refresh()

    @Slot(str)
    def choose_folder(self, path: str) -> None:
        if not path:
            return
        try:
            self._set_folder(path)
        except OSError as exc:
            self.message.emit(self.tr("The folder cannot be used: {error}").format(error=exc.strerror or exc), True)
            return
        self.folderChanged.emit(self._folder())
        self.message.emit(self.tr("Backups go to {folder} from now on.").format(folder=self._folder()), False)
        self.refresh()

    @Slot(str)
    def save_report(self, path: str) -> None:
        if not path or self.busy:
            return
        self._set_busy(True)

        def done(saved: str) -> None:
            self._set_busy(False)
            self.message.emit(self.tr("Diagnostic report saved: {file}").format(file=saved), False)

        self._tasks.run("diagnostics", self._save_report, path, on_done=done, on_error=self._failed)

    # ---- restore (administrator) -------------------------------------------------------------

    @Slot()
    def list_restorable(self) -> None:
        if not self.can_restore:
            return

        def listed(backups) -> None:
            self.backupsListed.emit([
                (str(b.path), self.tr("{time} — {size}").format(
                    time=f"{self._clock.local(b.taken_at):%Y-%m-%d %H:%M}", size=self._size(b.size)))
                for b in backups])

        self._tasks.run("backup-list", self._list_backups, on_done=listed,
                        on_error=lambda exc: self.message.emit(describe(exc), True))

    @Slot(str)
    def check(self, path: str) -> None:
        """Check a chosen file (off the UI thread); ``checked`` brings the confirmation or the refusal."""
        if not self.can_restore or not path:
            return
        self._tasks.run("backup-check", self._check_backup, path,
                        on_done=lambda found: self.checked.emit(path, True, self.confirmation(found)),
                        on_error=lambda exc: self.checked.emit(path, False, describe(exc)))

    def confirmation(self, found) -> str:
        text = self.tr(
            "Restore {file}, the backup of {time} ({size})?\n\n"
            "It replaces the database in use, {database}, for every PC that uses it: whatever was saved after "
            "{time} will not be in it. The current database is not deleted: it is kept aside as {aside}.\n\n"
            "Everybody is signed out while it runs; ServiceBay then starts again at the sign-in, on the restored "
            "data.").format(
            file=str(found.source), time=f"{self._clock.local(found.taken_at):%Y-%m-%d %H:%M}",
            size=self._size(found.size), database=found.database, aside=found.aside)
        if found.older_schema:
            text += "\n\n" + self.tr("The backup is of an older version; ServiceBay upgrades it after restoring.")
        return text

    @Slot(str)
    def restore(self, path: str) -> None:
        """Restore the checked file: the session signs out, restores and shows the sign-in again."""
        if self.can_restore and path and not self.busy:
            self._set_busy(True)
            self.message.emit(self.tr("Restoring…"), False)
            self._restore_backup(path)
