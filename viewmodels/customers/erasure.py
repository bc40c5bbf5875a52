"""Erasing the personal data of the customer on screen, on their request (个人信息保护法)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from services.customers.service import CustomerInfo
from services.users.permissions import Permission
from viewmodels.common.errors import describe


class ErasureViewModel(QObject):
    """The confirmation dialog's state: who is erased, why, and the service's answer.

    Signals:
        erased(int): the customer id, now a placeholder record.
        errorChanged(str): refused (open work, no reason, no permission), in the user's language.
    """

    erased = Signal(int)
    errorChanged = Signal(str)

    def __init__(self, service, actor, tasks, customer: CustomerInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.customer = customer

    def can_erase(self) -> bool:
        return self.actor.can(Permission.ERASE_PERSONAL_DATA) and not self.customer.erased

    @Slot(str)
    def erase(self, reason: str) -> None:
        self.tasks.run("customers.erase", self.service.erase_customer, self.actor, self.customer.id, reason,
                       on_done=lambda info: self.erased.emit(info.id),
                       on_error=lambda exc: self.errorChanged.emit(describe(exc)))
