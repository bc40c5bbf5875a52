"""First run: create the station and its administrator (the wizard's state and command).

Signals:
    busyChanged(bool)
    created(object): the administrator's Actor, signed in.
    errorChanged(str, str): the field at fault ("" for none) and the message ("" when fixed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from services.common.errors import ValidationError
from services.station.settings import StationSettings, validate_settings
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner


@dataclass
class FirstRunForm:
    station_name: str = ""
    address: str = ""
    phone: str = ""
    credit_code: str = ""
    bank_name: str = ""
    bank_account: str = ""
    admin_username: str = "admin"
    admin_name: str = ""
    password: str = ""
    password_again: str = ""


class FirstRunViewModel(QObject):
    busyChanged = Signal(bool)
    created = Signal(object)
    errorChanged = Signal(str, str)

    def __init__(self, station_service, users_service, clock, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._station = station_service
        self._users = users_service
        self._clock = clock
        self._tasks = tasks
        self.form = FirstRunForm()
        self.busy = False

    def _settings(self) -> StationSettings:
        f = self.form
        return StationSettings(name=f.station_name, address=f.address, phone=f.phone,
                               credit_code=f.credit_code or None, bank_name=f.bank_name, bank_account=f.bank_account)

    @Slot(result=bool)
    def check_station(self) -> bool:
        """Validate the station page; say what is wrong, next to its field."""
        try:
            validate_settings(self._settings())
        except ValidationError as exc:
            self.errorChanged.emit(exc.field or "", describe(exc))
            return False
        self.errorChanged.emit("", "")
        return True

    @Slot(result=bool)
    def check_admin(self) -> bool:
        f = self.form
        if not f.admin_username.strip():
            self.errorChanged.emit("admin_username", self.tr("Enter a user name for the administrator."))
            return False
        if not f.admin_name.strip():
            self.errorChanged.emit("admin_name", self.tr("Enter the administrator's name."))
            return False
        try:
            self._users.check_password_strength(f.password, f.admin_username.strip())
        except ValidationError as exc:
            self.errorChanged.emit("password", describe(exc))
            return False
        if f.password != f.password_again:
            self.errorChanged.emit("password_again", self.tr("The two passwords differ."))
            return False
        self.errorChanged.emit("", "")
        return True

    @Slot()
    def create(self) -> None:
        if self.busy or not (self.check_station() and self.check_admin()):
            return
        self.busy = True
        self.busyChanged.emit(True)
        f = self.form
        self._tasks.run("first-run", self._station.set_up, self._settings(), f.admin_username.strip(),
                        f.admin_name.strip(), f.password, today=self._clock.today(),
                        on_done=self._done, on_error=self._failed)

    def _done(self, actor) -> None:
        self.busy = False
        self.busyChanged.emit(False)
        self.created.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.busyChanged.emit(False)
        self.errorChanged.emit(getattr(exc, "field", "") or "", describe(exc))
