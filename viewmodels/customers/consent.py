"""Marketing consent (个人信息保护法) and car-club membership of one customer.

Consent is granted or withdrawn with the day and the channel it came through; every change stays
in the history the dialog shows. Club membership is a number, a level and the joining day.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot

from services.common.errors import ValidationError
from services.customers.service import CONSENT_CHANNELS, CustomerInfo
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import ListModel, date_text, parse_date, translated
from viewmodels.customers.names import CONSENT_CHANNEL_NAMES


class ConsentHistoryModel(ListModel):
    CONTEXT = "ConsentHistory"
    HEADERS = (QT_TRANSLATE_NOOP("ConsentHistory", "Date"), QT_TRANSLATE_NOOP("ConsentHistory", "Consent"),
               QT_TRANSLATE_NOOP("ConsentHistory", "Channel"), QT_TRANSLATE_NOOP("ConsentHistory", "Recorded by"))

    def cell(self, row, column: int) -> str:
        on, given, channel, by = row
        if column == 0:
            return date_text(on)
        if column == 1:
            return translated("ConsentHistory", QT_TRANSLATE_NOOP("ConsentHistory", "granted") if given
                       else QT_TRANSLATE_NOOP("ConsentHistory", "withdrawn"))
        if column == 2:
            return translated("ConsentChannel", CONSENT_CHANNEL_NAMES.get(channel, channel))
        return by or ""


class ConsentViewModel(QObject):
    """Signals:
        loaded(): ``customer`` and the history are current.
        saved(): consent or membership was stored (the customer page should reload).
        errorChanged(str, str): message and field.
    """

    loaded = Signal()
    saved = Signal()
    errorChanged = Signal(str, str)

    def __init__(self, service, actor, tasks, customer: CustomerInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.customer = customer
        self.history = ConsentHistoryModel(self)

    def can_edit(self) -> bool:
        return self.actor.can(Permission.EDIT_CUSTOMERS)

    @staticmethod
    def channels() -> list[tuple[str, str]]:
        """(code, translated name) of the channels a person can choose (not "imported")."""
        return [(c, translated("ConsentChannel", CONSENT_CHANNEL_NAMES[c])) for c in CONSENT_CHANNELS if c != "import"]

    def today(self) -> str:
        return self.service.clock.today().isoformat()

    @Slot()
    def load(self) -> None:
        cid = self.customer.id

        def work():
            return self.service.customer(self.actor, cid), self.service.consent_history(self.actor, cid)

        self.tasks.run("customers.consent_load", work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result) -> None:
        self.customer, rows = result
        self.history.set_rows(rows)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.errorChanged.emit(describe(exc), getattr(exc, "field", None) or "")

    def _stored(self, _result) -> None:
        self.saved.emit()
        self.load()

    def status_text(self) -> str:
        c = self.customer
        if c.marketing_consent:
            text = translated("ConsentHistory", QT_TRANSLATE_NOOP("ConsentHistory", "Consent granted on {date} ({channel})."))
        elif c.consent_date:
            text = translated("ConsentHistory", QT_TRANSLATE_NOOP("ConsentHistory", "Consent withdrawn on {date} ({channel}). "
                                                                             "Do not contact for marketing."))
        else:
            text = translated("ConsentHistory", QT_TRANSLATE_NOOP("ConsentHistory", "No consent on file. Do not contact for "
                                                                             "marketing."))
        return text.format(date=date_text(c.consent_date),
                           channel=translated("ConsentChannel", CONSENT_CHANNEL_NAMES.get(c.consent_channel or "", "")))

    def setConsent(self, given: bool, channel: str, on: str) -> None:  # noqa: N802
        """Grant (``given``) or withdraw consent, on day ``on`` (2024-03-31), through ``channel``."""
        try:
            day = parse_date(on)
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), "consent_date")
            return
        if day is not None and day > self.service.clock.today():
            self.errorChanged.emit(translated("ServiceError", QT_TRANSLATE_NOOP(
                "ServiceError", "The consent date lies in the future.")), "consent_date")
            return
        self.tasks.run("customers.consent", self.service.set_marketing_consent, self.actor, self.customer.id,
                       bool(given), channel, day, on_done=self._stored, on_error=self._failed)

    def saveClub(self, number: str, level: str, joined: str) -> None:  # noqa: N802
        try:
            day = parse_date(joined)
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), "club_joined_on")
            return
        self.tasks.run("customers.club", self.service.set_club_membership, self.actor, self.customer.id, number,
                       level, day, on_done=self._stored, on_error=self._failed)
