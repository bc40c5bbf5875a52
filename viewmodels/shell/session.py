"""Sign-in and the idle lock.

Signals:
    busyChanged(bool): a sign-in check is running (argon2 takes ~100 ms: off the UI thread).
    signedIn(object): the Actor, once the password was right.
    errorChanged(str): what went wrong, in the user's language ("" when nothing).
    passwordChangeRequired(): the password was right but the administrator asks for a new one
        first (``change_password``); ``signedIn`` follows once it is changed.
    locked(): the idle time ran out; the window hides its content until the same person unlocks.
    unlocked(): the right password was given again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner


class SignInViewModel(QObject):
    busyChanged = Signal(bool)
    signedIn = Signal(object)
    errorChanged = Signal(str)
    passwordChangeRequired = Signal()

    def __init__(self, users, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._tasks = tasks
        self._busy = False
        self.error = ""
        self._pending = None  # the actor who must choose a new password before going on
        self._old_password = ""

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
        self._old_password = password
        self._tasks.run("sign-in", self._users.authenticate, username, password,
                        on_done=self._done, on_error=self._failed)

    @property
    def changing_password(self) -> bool:
        return self._pending is not None

    def _done(self, actor) -> None:
        self._set_busy(False)
        if actor.must_change_password:
            self._pending = actor
            self.passwordChangeRequired.emit()
            return
        self._old_password = ""
        self.signedIn.emit(actor)

    @Slot(str, str)
    def change_password(self, new_password: str, again: str) -> None:
        """The new password asked for at sign-in (strength is checked by the service)."""
        if self._busy or self._pending is None:
            return
        if new_password != again:
            self._set_error(self.tr("The two passwords differ."))
            return
        self._set_error("")
        self._set_busy(True)
        self._tasks.run("change-password", self._users.change_own_password, self._pending, self._old_password,
                        new_password, on_done=self._changed, on_error=self._failed)

    def _changed(self, actor) -> None:
        self._pending = None
        self._old_password = ""
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
        """Wrong passwords count toward the account's lockout, as at sign-in (the service counts)."""
        self._tasks.run("unlock", self._users.unlock, self.actor, password,
                        on_done=self._checked, on_error=lambda exc: self.errorChanged.emit(describe(exc)))

    def _checked(self, _result=None) -> None:
        self.is_locked = False
        self.errorChanged.emit("")
        self._timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self._timer.stop()
