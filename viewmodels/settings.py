"""Settings: the station's details, this PC's language, and the people who use ServiceBay.

Signals:
    settingsLoaded(object): StationSettings read from the database.
    saved(str): a confirmation to show.
    errorChanged(str, str): the field at fault ("" for none) and the message.
    usersChanged(): the user table was reloaded.
    rulesLoaded(dict, dict): guarantee periods {class: (km, days)} and numbering {kind: (prefix, period, digits)}.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot

from services.users import ROLE_NAMES, Permission, Role
from viewmodels.errors import describe
from viewmodels.tasks import TaskRunner


class UserTableModel(QAbstractTableModel):
    UserRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Badge"), self.tr("Active")]

    def set_users(self, users: list) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    def user(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        u = self._rows[index.row()]
        if role == self.UserRole:
            return u
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return u.username
        if col == 1:
            return u.display_name
        if col == 2:
            return "、".join(QCoreApplication.translate("Role", ROLE_NAMES[r]) for r in u.roles)
        if col == 3:
            return u.badge_code or ""
        if col == 4:
            return self.tr("yes") if u.active else self.tr("no")
        return None


def describe_rate_kind(kind: str) -> str:
    """ "labour:repair:customer" → "Labour rate · Repair · Customer", in the user's language."""
    from services.station import JOB_TYPE_NAMES, PAYER_NAMES, REPAIR_CLASS_NAMES

    parts = kind.split(":")
    if parts[0] == "tax":
        return QCoreApplication.translate("Rates", "VAT rate") + " · " + (QCoreApplication.translate("Rates", "general taxpayer") if parts[1] == "general"
                                                   else QCoreApplication.translate("Rates", "small-scale taxpayer"))
    if parts[0] == "labour":
        return " · ".join([QCoreApplication.translate("Rates", "Labour rate per hour"), QCoreApplication.translate("JobType", JOB_TYPE_NAMES.get(parts[1], parts[1])),
                           QCoreApplication.translate("Payer", PAYER_NAMES.get(parts[2], parts[2]))])
    if parts[0] == "guarantee":
        return QCoreApplication.translate("Rates", "Quality guarantee (km / days)") + " · " + QCoreApplication.translate(
            "RepairClass", REPAIR_CLASS_NAMES.get(parts[1], parts[1]))
    if parts[0] == "numbering":
        return QCoreApplication.translate("Rates", "Numbering (prefix, period, digits)") + " · " + parts[1]
    return kind


class RateTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [self.tr("Setting"), self.tr("From"), self.tr("Value")]

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        return (describe_rate_kind(r.kind), r.valid_from.isoformat() if r.valid_from else "", r.value)[index.column()]


class SettingsViewModel(QObject):
    settingsLoaded = Signal(object)
    saved = Signal(str)
    errorChanged = Signal(str, str)
    usersChanged = Signal()
    rulesLoaded = Signal(object, object)

    def __init__(self, station, users, actor, tasks: TaskRunner, language: str,
                 save_language: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self._users = users
        self.actor = actor
        self._tasks = tasks
        self.language = language
        self._save_language = save_language
        self.settings = None
        self.users = UserTableModel(self)
        self.rates = RateTableModel(self)
        self.can_edit_station = actor.can(Permission.EDIT_SETTINGS)
        self.can_manage_users = actor.can(Permission.MANAGE_USERS)

    @staticmethod
    def role_choices() -> list[tuple[str, str]]:
        return [(r.value, QCoreApplication.translate("Role", ROLE_NAMES[r])) for r in Role]

    @Slot()
    def load(self) -> None:
        self._tasks.run("settings-load", self._station.settings, on_done=self._loaded, on_error=self._error)
        if self.can_manage_users:
            self.reload_users()
        self.reload_rates()

    @Slot()
    def reload_rates(self) -> None:
        from services.numbering import DEFAULT_RULES

        def flat():
            table = self._station.rate_table()
            numbering = dict(DEFAULT_RULES)
            for row in table["numbering"]:
                prefix, period, digits = row.value.split()
                numbering[row.kind.split(":", 1)[1]] = (prefix, period, int(digits))
            rows = table["tax"] + table["labour"] + table["guarantee"] + table["numbering"]
            return rows, self._station.guarantee_periods(), numbering

        self._tasks.run("rates-load", flat, on_done=self._rates_loaded, on_error=self._error)

    def _rates_loaded(self, result) -> None:
        rows, guarantees, numbering = result
        self.rates.set_rows(rows)
        self.rulesLoaded.emit(guarantees, numbering)

    @staticmethod
    def repair_class_choices() -> list[tuple[str, str]]:
        from services.station import REPAIR_CLASS_NAMES

        return [(k, QCoreApplication.translate("RepairClass", v)) for k, v in REPAIR_CLASS_NAMES.items()]

    def document_kind_choices(self) -> list[tuple[str, str]]:
        from services.numbering import DEFAULT_RULES

        names = {
            "job_card": self.tr("Job card"), "estimate": self.tr("Estimate"), "statement": self.tr("Statement"),
            "appointment": self.tr("Appointment"), "purchase_order": self.tr("Purchase order"),
            "goods_received": self.tr("Goods received note"), "stocktake": self.tr("Stocktake"),
            "tool_loan": self.tr("Tool loan"), "claim": self.tr("Warranty claim"),
            "certificate": self.tr("Completion certificate"), "counter_sale": self.tr("Counter sale"),
        }
        return [(k, names.get(k, k)) for k in DEFAULT_RULES]

    def period_choices(self) -> list[tuple[str, str]]:
        return [("none", self.tr("never restarts")), ("year", self.tr("restarts each year")),
                ("month", self.tr("restarts each month"))]

    def set_guarantee_period(self, repair_class: str, km: int, days: int) -> None:
        self._tasks.run("guarantee-save", self._station.set_guarantee_period, self.actor, repair_class, km, days,
                        on_done=lambda _r: self._rule_done(self.tr("Guarantee period saved.")),
                        on_error=self._error)

    def set_numbering_rule(self, kind: str, prefix: str, period: str, digits: int) -> None:
        self._tasks.run("numbering-save", self._station.set_numbering_rule, self.actor, kind, prefix, period,
                        digits, on_done=lambda _r: self._rule_done(self.tr("Numbering rule saved.")),
                        on_error=self._error)

    def _rule_done(self, text: str) -> None:
        self.errorChanged.emit("", "")
        self.saved.emit(text)
        self.reload_rates()

    @staticmethod
    def job_type_choices() -> list[tuple[str, str]]:
        from services.station import JOB_TYPE_NAMES

        return [(k, QCoreApplication.translate("JobType", v)) for k, v in JOB_TYPE_NAMES.items()]

    @staticmethod
    def payer_choices() -> list[tuple[str, str]]:
        from services.station import PAYER_NAMES

        return [(k, QCoreApplication.translate("Payer", v)) for k, v in PAYER_NAMES.items()]

    def set_labour_rate(self, job_type: str, payer: str, valid_from, rate: str) -> None:
        self._tasks.run("rate-save", self._station.set_labour_rate, self.actor, job_type, payer, valid_from, rate,
                        on_done=lambda _r: self._rate_done(), on_error=self._error)

    def set_tax_rate(self, kind: str, valid_from, percent: str) -> None:
        from decimal import Decimal, InvalidOperation

        try:
            rate = Decimal(percent.strip().rstrip("%")) / 100
        except InvalidOperation:
            self.errorChanged.emit("rate", self.tr("Enter the rate as a percentage, e.g. 13."))
            return
        self._tasks.run("rate-save", self._station.set_tax_rate, self.actor, kind, valid_from, rate,
                        on_done=lambda _r: self._rate_done(), on_error=self._error)

    def _rate_done(self) -> None:
        self.errorChanged.emit("", "")
        self.saved.emit(self.tr("Rate saved."))
        self.reload_rates()

    def _loaded(self, settings) -> None:
        self.settings = settings
        self.settingsLoaded.emit(settings)

    def _error(self, exc: BaseException) -> None:
        self.errorChanged.emit(getattr(exc, "field", "") or "", describe(exc))

    def save_station(self, **changes) -> None:
        if self.settings is None:
            return
        new = replace(self.settings, **changes)
        self._tasks.run("settings-save", self._station.update_settings, self.actor, new,
                        on_done=self._saved_station, on_error=self._error)

    def _saved_station(self, settings) -> None:
        self.settings = settings
        self.errorChanged.emit("", "")
        self.settingsLoaded.emit(settings)
        self.saved.emit(self.tr("The station's details were saved."))

    @Slot(str)
    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self._save_language(language)
        self.saved.emit(self.tr("The language changes the next time ServiceBay starts."))

    # ---- users ---------------------------------------------------------------------------------
    @Slot()
    def reload_users(self) -> None:
        self._tasks.run("users-load", self._users.list_users, self.actor,
                        on_done=self._users_loaded, on_error=self._error)

    def _users_loaded(self, users) -> None:
        self.users.set_users(users)
        self.usersChanged.emit()

    def create_user(self, username: str, name: str, password: str, roles: list[str], badge: str = "") -> None:
        self._tasks.run("user-create", self._users.create_user, self.actor, username, name, password, roles,
                        badge_code=badge or None, on_done=lambda _u: self._user_done(self.tr("User created.")),
                        on_error=self._error)

    def set_roles(self, user_id: int, roles: list[str]) -> None:
        self._tasks.run("user-roles", self._users.set_roles, self.actor, user_id, roles,
                        on_done=lambda _u: self._user_done(self.tr("Roles saved.")), on_error=self._error)

    def set_active(self, user_id: int, active: bool) -> None:
        self._tasks.run("user-active", self._users.set_active, self.actor, user_id, active,
                        on_done=lambda _u: self._user_done(self.tr("Saved.")), on_error=self._error)

    def reset_password(self, user_id: int, password: str) -> None:
        self._tasks.run("user-password", self._users.reset_password, self.actor, user_id, password,
                        on_done=lambda _u: self._user_done(self.tr("Password reset; the user changes it at the "
                                                                   "next sign-in.")), on_error=self._error)

    def _user_done(self, text: str) -> None:
        self.errorChanged.emit("", "")
        self.saved.emit(text)
        self.reload_users()
