"""The receptionist's phone log (来电登记): who called, for whom, put through to whom; a call nobody
answered stays on the open list until someone calls back with the answer.

Signals:
    logChanged(): the open list and today's calls were reloaded.
    logged(object): the ``PhoneLogInfo`` just written (a new call or an answer).
    errorChanged(str), messageChanged(str).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowsModel
from viewmodels.common.tasks import TaskRunner


class PhoneLogViewModel(QObject):
    logChanged = Signal()
    logged = Signal(object)
    errorChanged = Signal(str)
    messageChanged = Signal(str)

    def __init__(self, crm, actor, tasks: TaskRunner, *, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.can_log = actor.can(Permission.VIEW_APPOINTMENTS)
        local = LocalTime(clock.local)
        columns = [
            Column(QT_TRANSLATE_NOOP("PhoneLog", "Time"), lambda e: clock.local(e.at).strftime("%m-%d %H:%M")),
            Column(QT_TRANSLATE_NOOP("PhoneLog", "Caller"), lambda e: e.caller_name),
            Column(QT_TRANSLATE_NOOP("PhoneLog", "Number"), lambda e: e.caller_phone),
            Column(QT_TRANSLATE_NOOP("PhoneLog", "For"), lambda e: e.for_whom),
            Column(QT_TRANSLATE_NOOP("PhoneLog", "Put through to"), lambda e: e.transferred_to),
            Column(QT_TRANSLATE_NOOP("PhoneLog", "About"), lambda e: e.topic),
        ]
        self.open_calls = RowsModel(columns, self, context="PhoneLog", local=local)
        self.today = RowsModel(columns + [Column(QT_TRANSLATE_NOOP("PhoneLog", "Answer"), lambda e: e.answer)], self,
                               context="PhoneLog", local=local)

    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self.tasks.run(name, fn, *args, on_done=on_done, on_error=lambda e: self.errorChanged.emit(describe(e)),
                       **kwargs)

    def refresh(self) -> None:
        def work():
            return (self.crm.phone_log(self.actor, open_only=True), self.crm.phone_log(self.actor))

        def done(result):
            waiting, today = result
            self.open_calls.set_rows(waiting)
            self.today.set_rows(today)
            self.logChanged.emit()

        self._run("crm.phone_log", work, on_done=done)

    def log(self, caller_name: str, caller_phone: str, for_whom: str, transferred_to: str, topic: str,
            answered: bool) -> None:
        """A call taken; ``answered``: dealt with at once, otherwise it waits for an answer."""
        self.errorChanged.emit("")

        def done(entry):
            self.messageChanged.emit(self.tr("Call from {caller} noted.").format(
                caller=entry.caller_name or entry.caller_phone))
            self.logged.emit(entry)
            self.refresh()

        self._run("crm.log_phone", self.crm.log_phone, self.actor, caller_name=caller_name,
                  caller_phone=caller_phone, for_whom=for_whom, transferred_to=transferred_to, topic=topic,
                  answered=answered, on_done=done)

    def answer(self, entry, text: str) -> None:
        """The caller was called back (or their question answered): the entry leaves the open list."""
        self.errorChanged.emit("")

        def done(e):
            self.messageChanged.emit(self.tr("Answered: {caller}.").format(caller=e.caller_name or e.caller_phone))
            self.logged.emit(e)
            self.refresh()

        self._run("crm.answer_phone", self.crm.answer_phone, self.actor, entry.id, text, on_done=done)
