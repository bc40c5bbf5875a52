"""Sign-in and the idle lock.

Signals:
    busyChanged(bool): a sign-in check is running (argon2 takes ~100 ms: off the UI thread).
    signedIn(object): the Actor, once the password was right.
    errorChanged(str): what went wrong, in the user's language ("" when nothing).
    locked(): the idle time ran out; the window hides its content until the same person unlocks.
    unlocked(): the right password was given again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewmodels.errors import describe
from viewmodels.tasks import TaskRunner


class SignInViewModel(QObject):
    busyChanged = Signal(bool)
    signedIn = Signal(object)
    errorChanged = Signal(str)

    def __init__(self, users, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._tasks = tasks
        self._busy = False
        self.error = ""

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _set_error(self, text: str) -> None:
        self.error = text
        self.errorChanged.emit(text)

    @Slot(str, str)
    def sign_in(self, username: str, password: str) -> None:
        if self._busy:
            return
        self._set_error("")
        self._set_busy(True)
        self._tasks.run("sign-in", self._users.authenticate, username, password,
                        on_done=self._done, on_error=self._failed)

    def _done(self, actor) -> None:
        self._set_busy(False)
        self.signedIn.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._set_error(describe(exc))


class IdleLock(QObject):
    """Locks the session after ``minutes`` without keyboard or mouse input; unlocks with the password."""

    locked = Signal()
    unlocked = Signal()
    errorChanged = Signal(str)

    def __init__(self, users, actor, tasks: TaskRunner, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.actor = actor
        self._tasks = tasks
        self.is_locked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, minutes) * 60_000)
        self._timer.timeout.connect(self.lock)
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if not self.is_locked:
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @Slot()
    def activity(self) -> None:
        """Any key or mouse input while unlocked restarts the idle time."""
        if not self.is_locked:
            self._timer.start()

    @Slot()
    def lock(self) -> None:
        if not self.is_locked:
            self.is_locked = True
            self._timer.stop()
            self.locked.emit()

    @Slot(str)
    def unlock(self, password: str) -> None:
        self._tasks.run("unlock", self._users.verify_password, self.actor, password,
                        on_done=self._checked, on_error=lambda exc: self.errorChanged.emit(describe(exc)))

    def _checked(self, ok: bool) -> None:
        if ok:
            self.is_locked = False
            self.errorChanged.emit("")
            self._timer.start()
            self.unlocked.emit()
        else:
            self.errorChanged.emit(self.tr("The password is wrong."))

    def stop(self) -> None:
        self._timer.stop()
