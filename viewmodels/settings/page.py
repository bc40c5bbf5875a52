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
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.users.permissions import ROLE_DISCOUNT_LIMITS, ROLE_NAMES, Permission, Role
from viewmodels.common.errors import describe
from viewmodels.common.permissions import Rights
from viewmodels.common.tasks import TaskRunner

# a numbering rule's document (services/station/numbering.py DEFAULT_RULES) in words
DOCUMENT_KINDS: dict[str, str] = {
    "job_card": QT_TRANSLATE_NOOP("SettingsViewModel", "Job card"),
    "estimate": QT_TRANSLATE_NOOP("SettingsViewModel", "Estimate"),
    "statement": QT_TRANSLATE_NOOP("SettingsViewModel", "Statement"),
    "appointment": QT_TRANSLATE_NOOP("SettingsViewModel", "Appointment"),
    "purchase_order": QT_TRANSLATE_NOOP("SettingsViewModel", "Purchase order"),
    "goods_received": QT_TRANSLATE_NOOP("SettingsViewModel", "Goods received note"),
    "stocktake": QT_TRANSLATE_NOOP("SettingsViewModel", "Stocktake"),
    "tool_loan": QT_TRANSLATE_NOOP("SettingsViewModel", "Tool loan"),
    "claim": QT_TRANSLATE_NOOP("SettingsViewModel", "Warranty claim"),
    "certificate": QT_TRANSLATE_NOOP("SettingsViewModel", "Completion certificate"),
    "counter_sale": QT_TRANSLATE_NOOP("SettingsViewModel", "Counter sale"),
    "account_statement": QT_TRANSLATE_NOOP("SettingsViewModel", "Fleet account statement"),
    "crm_case": QT_TRANSLATE_NOOP("SettingsViewModel", "Customer case"),
}
PERIODS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("SettingsViewModel", "never restarts"),
    "year": QT_TRANSLATE_NOOP("SettingsViewModel", "restarts each year"),
    "month": QT_TRANSLATE_NOOP("SettingsViewModel", "restarts each month"),
}


def document_kind_text(kind: str) -> str:
    words = DOCUMENT_KINDS.get(kind)
    return QCoreApplication.translate("SettingsViewModel", words) if words else kind


def describe_numbering(value: str) -> str:
    """ "JSD year 6" (the rate table's value) → "JSD, restarts each year, 6-digit serial", in the user's language."""
    try:
        prefix, period, digits = value.split()
    except ValueError:
        return value
    words = PERIODS.get(period)
    return QCoreApplication.translate("Rates", "{prefix}, {period}, {digits}-digit serial").format(
        prefix=prefix, period=QCoreApplication.translate("SettingsViewModel", words) if words else period,
        digits=digits)



#: the documents whose paper is chosen per PC, and the papers (reports.common.paper's keys)
PAPER_DOCUMENTS = {
    "job_card": QT_TRANSLATE_NOOP("SettingsViewModel", "Job card"),
    "estimate": QT_TRANSLATE_NOOP("SettingsViewModel", "Estimate"),
    "pre_inspection": QT_TRANSLATE_NOOP("SettingsViewModel", "Pre-inspection sheet"),
    "statement": QT_TRANSLATE_NOOP("SettingsViewModel", "Settlement statement"),
    "counter_sale": QT_TRANSLATE_NOOP("SettingsViewModel", "Counter sale statement"),
    "certificate": QT_TRANSLATE_NOOP("SettingsViewModel", "Completion certificate"),
}
PAPER_NAMES = {
    "a4": QT_TRANSLATE_NOOP("SettingsViewModel", "A4"),
    "a5": QT_TRANSLATE_NOOP("SettingsViewModel", "A5 landscape"),
    "continuous": QT_TRANSLATE_NOOP("SettingsViewModel", "241 mm continuous paper (dot-matrix, 9.5 × 11 in)"),
}


class UserTableModel(QAbstractTableModel):
    UserRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers = [self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Badge"), self.tr("Active"),
                         self.tr("Discount limit")]

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
        if col == 5:
            own = getattr(u, "discount_limit", None)
            if own is not None:
                return f"{(own * 100).normalize():f}%"
            by_roles = max((ROLE_DISCOUNT_LIMITS.get(r, Decimal(0)) for r in u.roles), default=Decimal(0))
            return self.tr("{limit}% (roles)").format(limit=f"{(by_roles * 100).normalize():f}")
        return None


def describe_rate_kind(kind: str) -> str:
    """ "labour:repair:customer" → "Labour rate · Repair · Customer", in the user's language."""
    from services.station.settings import JOB_TYPE_NAMES, PAYER_NAMES, REPAIR_CLASS_NAMES

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
        return QCoreApplication.translate("Rates", "Numbering rule") + " · " + document_kind_text(parts[1])
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
        value = r.value
        if r.kind.startswith("numbering:"):
            value = describe_numbering(r.value)
        elif r.kind.startswith("guarantee:") and len(r.value.split()) == 4:  # "6000 km / 45"
            km, _unit, _slash, days = r.value.split()
            value = QCoreApplication.translate("Rates", "{km} km or {days} days").format(km=km, days=days)
        return (describe_rate_kind(r.kind), r.valid_from.isoformat() if r.valid_from else "", value)[index.column()]


class SettingsViewModel(QObject):
    settingsLoaded = Signal(object)
    saved = Signal(str)
    errorChanged = Signal(str, str)
    usersChanged = Signal()
    rulesLoaded = Signal(object, object)

    def __init__(self, station, users, actor, tasks: TaskRunner, language: str,
                 save_language: Callable[[str], None], parent: QObject | None = None, *,
                 papers: dict[str, str] | None = None, save_paper: Callable[[str, str], None] | None = None) -> None:
        """``papers``: the paper each document kind prints on at this PC; ``save_paper(kind, paper)`` keeps a choice."""
        super().__init__(parent)
        self.papers = dict(papers or {})
        self._save_paper = save_paper
        self._station = station
        self._users = users
        self.actor = actor
        self._tasks = tasks
        self.language = language
        self._save_language = save_language
        self.settings = None
        self.users = UserTableModel(self)
        self.rates = RateTableModel(self)
        self.rights = Rights(actor, edit_station=Permission.EDIT_SETTINGS, manage_users=Permission.MANAGE_USERS)
        self.can_edit_station = self.rights.can("edit_station")
        self.can_manage_users = self.rights.can("manage_users")

    def why_not(self, action: str) -> str:
        """A tooltip for a widget of ``action`` ("edit_station" | "manage_users"): "" when allowed, else
        why not, in words."""
        return self.rights.why_not(action)

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
        from services.station.numbering import DEFAULT_RULES

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
        from services.station.settings import REPAIR_CLASS_NAMES

        return [(k, QCoreApplication.translate("RepairClass", v)) for k, v in REPAIR_CLASS_NAMES.items()]

    def document_kind_choices(self) -> list[tuple[str, str]]:
        from services.station.numbering import DEFAULT_RULES

        return [(k, document_kind_text(k)) for k in DEFAULT_RULES]

    def period_choices(self) -> list[tuple[str, str]]:
        return [(k, self.tr(v)) for k, v in PERIODS.items()]

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
        from services.station.settings import JOB_TYPE_NAMES

        return [(k, QCoreApplication.translate("JobType", v)) for k, v in JOB_TYPE_NAMES.items()]

    @staticmethod
    def payer_choices() -> list[tuple[str, str]]:
        from services.station.settings import PAYER_NAMES

        return [(k, QCoreApplication.translate("Payer", v)) for k, v in PAYER_NAMES.items()]

    def set_labour_rate(self, job_type: str, payer: str, valid_from, rate: str) -> None:
        self._tasks.run("rate-save", self._station.set_labour_rate, self.actor, job_type, payer, valid_from, rate,
                        on_done=lambda _r: self._rate_done(), on_error=self._error)

    def set_tax_rate(self, kind: str, valid_from, percent: str) -> None:
        from decimal import Decimal

        from services.common.amounts import read_number

        try:  # the one reader of numbers: NaN, 1e40 and the like are no rate either
            number = read_number(percent.strip().rstrip("%"), field="rate", what="rate", maximum=Decimal(100))
        except ValidationError:
            number = None
        if number is None:
            self.errorChanged.emit("rate", self.tr("Enter the rate as a percentage, e.g. 13."))
            return
        rate = number / 100
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

    def paper(self, kind: str) -> str:
        return self.papers.get(kind, "a4")

    @Slot(str, str)
    def set_paper(self, kind: str, paper: str) -> None:
        if paper == self.paper(kind) or self._save_paper is None:
            return
        self.papers[kind] = paper
        self._save_paper(kind, paper)
        self.saved.emit(self.tr("{document} now prints on {paper} at this PC.").format(
            document=self.tr(PAPER_DOCUMENTS.get(kind, kind)), paper=self.tr(PAPER_NAMES.get(paper, paper))))

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

    def set_discount_limit(self, user_id: int, percent: str) -> None:
        self._tasks.run("user-discount", self._users.set_discount_limit, self.actor, user_id, percent,
                        on_done=lambda _u: self._user_done(self.tr("Discount limit saved.")), on_error=self._error)

    @staticmethod
    def discount_limit_text(user) -> str:
        """The user's own limit in percent for the edit box ("" when their roles' limit applies)."""
        limit = getattr(user, "discount_limit", None)
        return "" if limit is None else f"{(limit * 100).normalize():f}"

    def set_active(self, user_id: int, active: bool) -> None:
        self._tasks.run("user-active", self._users.set_active, self.actor, user_id, active,
                        on_done=lambda _u: self._user_done(self.tr("Saved.")), on_error=self._error)

    def reset_password(self, user_id: int, password: str) -> None:
        self._tasks.run("user-password", self._users.reset_password, self.actor, user_id, password,
                        on_done=lambda _u: self._user_done(self.tr("Password reset; the user changes it at the "
                                                                   "next sign-in.")), on_error=self._error)

    def require_password_change(self, user_id: int) -> None:
        self._tasks.run("user-expire", self._users.require_password_change, self.actor, user_id,
                        on_done=lambda _u: self._user_done(self.tr("The user chooses a new password at the next "
                                                                   "sign-in.")), on_error=self._error)

    def _user_done(self, text: str) -> None:
        self.errorChanged.emit("", "")
        self.saved.emit(text)
        self.reload_users()
