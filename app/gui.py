"""The desktop app's start: Qt, fonts, translations, the asyncio loop (qasync), and the session.

One bootstrap for the loop (FeelUOwn's pattern): the QApplication is made first, then the main
coroutine runs on ``asyncio.Runner(loop_factory=qasync.QEventLoop)``. Dialogs are awaited, not
``exec()``-ed, so the loop keeps running under them. Errors anywhere reach the user as a readable
dialog; the full trace goes to the rotating log file.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import __version__, i18n, instance
from app.context import AppContext
from app.db.engine import DatabaseUnavailable
from app.logging_setup import setup_logging
from app.pages import AREAS, PageEnv, page_factory, visible_areas
from app.paths import data_dir, loose_data_files, resources_dir
from app.settings import LocalSettings, backup_folder, resolve_database_url
from services.users.sessions import MAINTENANCE_CHECK_SECONDS
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner
from viewmodels.shell.first_run import FirstRunViewModel
from viewmodels.shell.session import IdleLock, SignInViewModel
from viewmodels.shell.window import AreaEntry, ShellViewModel
from views.shell.first_run import FirstRunWizard
from views.shell.main_window import MainWindow
from views.shell.sign_in import SignInDialog

log = logging.getLogger(__name__)
SCHEDULED_REPORT_MS = 60 * 60 * 1000  # the scheduled daily report is looked for each hour

# Chinese UI fonts by preference: Windows, then common Linux ones; the shipped font otherwise
_UI_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "Noto Sans SC"]


def choose_ui_font(app: QApplication) -> str:
    families = set(QFontDatabase.families())
    for family in _UI_FONTS:
        if family in families:
            break
    else:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = loaded[0] if loaded else app.font().family()
    font = QFont(family)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return family


def translate(context: str, text: str) -> str:
    return QApplication.translate(context, text)


BACKUP_POLL_MS = 3_600_000  # the daily backup is looked at hourly while the app runs
_open_boxes: set[QMessageBox] = set()  # error boxes without a parent stay alive until closed


def show_error(parent: QWidget | None, exc: BaseException, log_path=None) -> QMessageBox:
    text = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "ServiceBay"), text,
                      QMessageBox.StandardButton.Ok, parent)
    if log_path:
        box.setInformativeText(QApplication.translate("App", "Details are in {path}").format(path=log_path))
    box.setDetailedText("".join(traceback.format_exception(exc)))
    _open_boxes.add(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.discard(b))
    box.open()
    return box


async def await_dialog(dialog: QDialog) -> int:
    """Show a dialog modally without a nested event loop; return its result."""
    future = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.open()
    return await future


def build_main_window(ctx: AppContext, actor, tasks: TaskRunner, settings: LocalSettings,
                      restore_backup=None) -> MainWindow:
    """The signed-in person's main window, with the areas their roles use."""
    from views.common.preview import set_printer_memory

    set_printer_memory(settings)  # the preview remembers the last printer per document kind on this PC
    env = PageEnv(ctx=ctx, actor=actor, tasks=tasks, settings=settings, restore_backup=restore_backup)
    entries = []
    for area in visible_areas(actor):
        factory = page_factory(area)
        entries.append(AreaEntry(area.key, area.title, area.summary,
                                 (lambda f=factory: f(env)) if factory else None))
    station = ctx.station.settings()
    info = ctx.db.info()
    shell = ShellViewModel(actor, station.name, f"{info.engine} {info.location}", entries)
    lock = IdleLock(ctx.users, actor, tasks, station.idle_lock_minutes)
    window = MainWindow(shell, lock)
    lock.setParent(window)
    shell.setParent(window)
    return window


class Session:
    """One run of the desktop app: open the database, first run, sign in, the main window."""

    def __init__(self, app: QApplication, args, settings: LocalSettings, log_path) -> None:
        self.app = app
        self.args = args
        self.settings = settings
        self.log_path = log_path
        self.ctx: AppContext | None = None
        self.tasks = TaskRunner()
        self._warmed_up = False
        self._backup_timer = None
        self.lock_file: instance.InstanceLock | None = None
        self._restore_from: str | None = None  # a backup the administrator chose to restore (settings page)
        self._restoring = False  # the database is closed and being replaced: no background work on it
        self._window: MainWindow | None = None
        self._maintenance = None  # a restore under way, seen by the session check: sign out and say so
        self.maintenance_check_ms = int(MAINTENANCE_CHECK_SECONDS * 1000)

    async def message(self, icon, text: str, detail: str = "") -> None:
        box = QMessageBox(icon, self.app.translate("App", "ServiceBay"), text)
        box.setObjectName("startupMessage")
        if detail:
            box.setDetailedText(detail)
        await await_dialog(box)

    async def run(self) -> int:
        url = resolve_database_url(self.args.db, self.settings)
        if not await self._single_instance(url):
            self.tasks.shutdown()
            return 1
        try:
            self.ctx, result = await self.tasks.call(AppContext.open, url)
        except DatabaseUnavailable as exc:
            log.error("cannot open database %s: %s (%s)", url.split("@")[-1], exc.reason, exc.detail)
            await self.message(QMessageBox.Icon.Critical, self.app.translate("Database", exc.reason), exc.detail)
            self.tasks.shutdown()
            self._release()
            return 2
        for loose in loose_data_files(self.ctx.db.sqlite_path, backup_folder(self.settings)):
            log.warning("%s", loose.describe())
        if result and result.backup:
            log.info("database upgraded %s -> %s, backup %s", sorted(result.before), sorted(result.after),
                     result.backup)
        try:
            return await self._session_loop()
        finally:
            if self._backup_timer is not None:
                self._backup_timer.stop()
            self.tasks.shutdown()
            self.ctx.close()
            self._release()

    def _after_start(self) -> None:
        """Once the app is idle after start: the file's quick check, then the daily backup if due;
        the daily backup is looked at again every hour while the app runs."""
        from PySide6.QtCore import QTimer

        from app.backup.daily import after_start

        self.tasks.run("after-start", after_start, self.ctx.db, self.ctx.clock, backup_folder(self.settings),
                       on_done=self._started,
                       on_error=lambda exc: log.warning("check after start failed: %r", exc))
        if self._backup_timer is None:
            self._backup_timer = QTimer()
            self._backup_timer.setInterval(BACKUP_POLL_MS)
            self._backup_timer.timeout.connect(self._daily_backup)
            self._backup_timer.start()

    def _daily_backup(self) -> None:
        from app.backup.daily import backup_if_due

        if self.ctx is None or not self.ctx.db.is_sqlite or self.ctx.db.writes_stopped is not None \
                or self.tasks.is_running("daily-backup") or self._restoring:
            return
        self.tasks.run("daily-backup", backup_if_due, self.ctx.db, self.ctx.clock, backup_folder(self.settings),
                       on_error=lambda exc: log.warning("daily backup failed: %s", describe(exc)))

    def _started(self, report) -> None:
        if report.made is not None:
            log.info("backup after start: %s", report.made.path)
        if report.damage is not None:  # writes are stopped; say so now, not at the next save
            box = QMessageBox(QMessageBox.Icon.Critical, self.app.translate("App", "ServiceBay"),
                              describe(report.damage), QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            box.setObjectName("damagedDatabase")
            _open_boxes.add(box)
            box.finished.connect(lambda _r, b=box: _open_boxes.discard(b))
            box.open()

    def _release(self) -> None:
        if self.lock_file:
            self.lock_file.release()
            self.lock_file = None

    async def _single_instance(self, url: str) -> bool:
        """A second copy of the app on the same SQLite file is refused, with where the first one is."""
        held = instance.acquire(url)
        if isinstance(held, instance.AlreadyRunning):
            await self.message(QMessageBox.Icon.Warning, self.app.translate(
                "App", "ServiceBay is already open on this PC with this database (process {pid}). "
                       "Switch to that window; nothing was changed.").format(pid=held.pid or "?"))
            return False
        self.lock_file = held
        return True

    def _scheduled_report(self) -> None:
        """Yesterday's daily workbook to the reporting settings' folder, once (another PC may have written it:
        then nothing is written). In another process, off the UI thread; a failure is only logged."""
        from app.commands.reporting import run_scheduled
        from services.users.permissions import Actor

        if self.ctx is None or self.tasks.is_running("reporting.scheduled"):
            return

        def done(result) -> None:
            if result is not None and result.written:
                log.info("scheduled daily report written: %s", result.path)

        # the program's own work, as ``servicebay report scheduled`` does it (the signed-in person may be a
        # technician): the station's report, in the station's language
        self.tasks.run_in_process("reporting.scheduled", run_scheduled, self.ctx.reporting.database_url,
                                  Actor.system(), self.settings.language, on_done=done,
                                  on_error=lambda exc: log.warning("scheduled daily report not written: %r", exc))

    def request_restore(self, path: str) -> None:
        """From the settings page: close the window, then restore ``path`` and start again at the sign-in."""
        self._restore_from = path
        if self._window is not None:
            self._window.close()

    def _check_maintenance(self) -> None:
        """The session check: a restore under way on the database (another PC's) signs this one out."""
        if self.ctx is None or self._window is None or self.tasks.is_running("maintenance-check"):
            return
        window = self._window

        def seen(found) -> None:
            if found is not None and self._window is window:
                log.warning("the database is being restored from %s: signing out", found.host or "?")
                self._maintenance = found
                window.close()

        self.tasks.run("maintenance-check", self.ctx.users.guard.maintenance, on_done=seen,
                       on_error=lambda exc: log.warning("session check failed: %r", exc))

    async def _restore(self, source: str) -> bool:
        """Restore through the same code as ``servicebay restore``, on a closed database; reopen it.

        The instance lock stays held meanwhile (SQLite); on PostgreSQL the restore marks the station as
        under maintenance, which signs the other PCs out. False when the database cannot be opened again."""
        import time
        from pathlib import Path

        from app.backup.restore import restore

        assert self.ctx is not None
        url = self.ctx.db.url.render_as_string(hide_password=False)
        self.tasks.cancel_all()
        self._restoring = True
        self.ctx.close()
        wait = MAINTENANCE_CHECK_SECONDS * 1.5 if not self.ctx.db.is_sqlite else 0.0
        working = QMessageBox(QMessageBox.Icon.Information, self.app.translate("App", "ServiceBay"),
                              self.app.translate("App", "Restoring {file}… The other PCs are signed out meanwhile.")
                              .format(file=source), QMessageBox.StandardButton.NoButton)
        working.setObjectName("restoring")
        working.show()
        try:  # on PostgreSQL the other PCs' session checks see the mark and sign out before anything changes
            done = await self.tasks.call(restore, url, Path(source), None, lambda: time.sleep(wait))
        except Exception as exc:  # refused or failed: the database was left as it was
            log.warning("restore of %s failed: %r", source, exc)
            icon, text = QMessageBox.Icon.Critical, describe(exc)
        else:
            log.info("restored %s; the database that was in use is kept as %s", done.source, done.aside)
            icon = QMessageBox.Icon.Information
            text = self.app.translate("App", "Restored {file}. The database that was in use is kept as {aside}.") \
                .format(file=str(done.source), aside=done.aside or "-")
        finally:
            working.close()
            working.deleteLater()
        try:
            self.ctx, _ = await self.tasks.call(AppContext.open, url)
        except DatabaseUnavailable as exc:
            await self.message(QMessageBox.Icon.Critical, self.app.translate("Database", exc.reason), exc.detail)
            return False
        finally:
            self._restoring = False
        box = QMessageBox(icon, self.app.translate("App", "ServiceBay"), text)
        box.setObjectName("restoreDone")
        await await_dialog(box)
        return True

    async def _session_loop(self) -> int:
        ctx = self.ctx
        assert ctx is not None
        actor = None
        if not ctx.station.is_set_up():
            vm = FirstRunViewModel(ctx.station, ctx.users, ctx.clock, self.tasks)
            wizard = FirstRunWizard(vm)
            if await await_dialog(wizard) != QDialog.DialogCode.Accepted or wizard.actor is None:
                return 0
            actor = wizard.actor
        while True:
            if actor is None:
                vm = SignInViewModel(ctx.users, self.tasks)
                dialog = SignInDialog(vm, ctx.station.settings().name)
                log.info("sign-in window shown")  # the start-up is complete (the bundle's smoke test waits for it)
                if await await_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.actor is None:
                    return 0
                actor = dialog.actor
            window = build_main_window(ctx, actor, self.tasks, self.settings, self.request_restore)
            self._window = window
            closed = asyncio.get_running_loop().create_future()
            signed_out = False

            def sign_out(w=window) -> None:
                nonlocal signed_out
                signed_out = True
                w.close()

            window.signOutRequested.connect(sign_out)
            window.closed.connect(lambda f=closed: f.done() or f.set_result(True))
            screen = self.app.primaryScreen()
            if screen is not None:  # without a window manager showMaximized() alone does not fill the screen
                window.setGeometry(screen.availableGeometry())
            window.showMaximized()
            watch = QTimer(window)  # the session check: a restore under way elsewhere signs this PC out
            watch.setInterval(self.maintenance_check_ms)
            watch.timeout.connect(self._check_maintenance)
            watch.start()
            if not self._warmed_up:  # once per process: load the libraries of the first search and print
                from app.warmup import settle_heap, warm_up

                self._warmed_up = True
                def warmed(_result) -> None:
                    settle_heap()
                    self.tasks.start_processes()
                    self._after_start()
                    self._scheduled_report()

                self.tasks.run("warm-up", warm_up, on_done=warmed)
                self._report_timer = QTimer()  # and each hour while the app is open: the day turns
                self._report_timer.setInterval(SCHEDULED_REPORT_MS)
                self._report_timer.timeout.connect(self._scheduled_report)
                self._report_timer.start()
            await closed
            self._window = None
            self.tasks.cancel_all()
            window.deleteLater()
            if self._maintenance is not None:
                found, self._maintenance = self._maintenance, None
                box = QMessageBox(QMessageBox.Icon.Information, self.app.translate("App", "ServiceBay"),
                                  describe(found.error(ctx.clock.now())))
                box.setObjectName("maintenanceSignOut")
                await await_dialog(box)
                actor = None
                continue
            if self._restore_from is not None:
                source, self._restore_from = self._restore_from, None
                if not await self._restore(source):
                    return 2
                ctx = self.ctx
                actor = None
                continue
            if not signed_out:
                return 0
            actor = None


def install_error_hooks(log_path) -> None:
    def excepthook(exc_type, exc, tb) -> None:
        log.error("unhandled error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None and exc is not None:
            show_error(QApplication.activeWindow(), exc, log_path)

    sys.excepthook = excepthook

    def loop_handler(loop, context) -> None:
        exc = context.get("exception")
        log.error("asyncio: %s", context.get("message"), exc_info=exc)
        if exc is not None:
            show_error(QApplication.activeWindow(), exc, log_path)

    asyncio.get_event_loop().set_exception_handler(loop_handler)


def run_gui(args, settings: LocalSettings) -> int:
    import qasync

    log_path = setup_logging()
    log.info("ServiceBay %s starting; data folder %s", __version__, data_dir())
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ServiceBay")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ServiceBay")
    # the session decides when the app ends: closing the sign-in dialog must not stop the loop under it
    app.setQuitOnLastWindowClosed(False)
    family = choose_ui_font(app)
    language = getattr(args, "lang", None) or settings.language
    app._translators = i18n.install(app, language)  # kept alive with the app
    log.info("UI font %s, language %s", family, language)

    async def main() -> int:
        install_error_hooks(log_path)
        return await Session(app, args, settings, log_path).run()

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main())


__all__ = ["AREAS", "build_main_window", "run_gui", "translate"]
