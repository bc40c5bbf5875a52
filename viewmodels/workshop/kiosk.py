"""The technician kiosk at the workshop door: scan the badge, then the job card's barcode.

A badge makes that technician the kiosk's current person for a minute (clocking them in if they
were not in); a job card's barcode then starts (or resumes) their next line on the card, or
finishes the line running on it. Pause with a reason and clock out are keys after a badge. Scans
are committed one at a time, in order, off the UI thread.

Signals:
    stateChanged(object): the current technician's ``ClockState`` (None: waiting for a badge).
    outcome(bool, str): a scan taken (True) or refused (False), with the sentence to show.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.workshop.data import PAUSE_REASONS, ClockState, KioskOutcome
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner
from viewmodels.workshop.board import translate

IDLE_MS = 60_000  # after a minute without a scan, the kiosk waits for the next badge


def pause_reasons() -> list[tuple[str, str]]:
    """(key, translated name) for the reasons a technician may choose at the kiosk."""
    return [(k, translate(v)) for k, v in PAUSE_REASONS.items() if k not in ("end_of_day", "other")]


class KioskViewModel(QObject):
    stateChanged = Signal(object)
    outcome = Signal(bool, str)

    def __init__(self, workshop, actor, tasks: TaskRunner, *, idle_ms: int = IDLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.actor = actor
        self.tasks = tasks
        self.badge: str | None = None
        self.state: ClockState | None = None
        self._queue: deque = deque()
        self._busy = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.reset)
        self._tag = f"workshop.kiosk.{id(self)}"

    @Slot()
    def reset(self) -> None:
        self.badge = None
        self.state = None
        self.stateChanged.emit(None)

    # ---- scans, in order ----------------------------------------------------------------------
    @Slot(str)
    def scan(self, code: str) -> None:
        code = code.strip()
        if code:
            self._queue.append(("scan", code, ""))
            self._next()

    def pause(self, reason: str) -> None:
        self._queue.append(("pause", reason, ""))
        self._next()

    def clock_out(self) -> None:
        self._queue.append(("clock_out", "", ""))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        kind, code, _ = self._queue.popleft()
        badge = self.badge
        self.tasks.run(f"{self._tag}.scan", self._work, kind, code, badge,
                       on_done=self._done, on_error=self._failed)

    def _work(self, kind: str, code: str, badge: str | None):
        ws, actor = self.workshop, self.actor
        if kind in ("pause", "clock_out"):
            if badge is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Scan your badge first."), field="badge")
            return ("action",) + ws.kiosk_action(actor, badge, kind, reason=code)
        if badge is None:
            return ("badge", code) + ws.kiosk_badge(actor, code)
        try:
            return ("card",) + ws.kiosk_scan(actor, badge, code)
        except NotFound as exc:
            if "number" not in exc.params:
                raise
            # not a job card: perhaps the next person's badge
            try:
                return ("badge", code) + ws.kiosk_badge(actor, code)
            except NotFound:
                raise exc from None

    def _done(self, result) -> None:
        self._busy = False
        kind = result[0]
        if kind == "badge":
            _k, badge, outcome, state = result
            self.badge = badge.strip().upper()
            text = self._say(outcome) if outcome else self.tr("{name}: scan the job card.").format(
                name=state.technician.name)
        else:
            _k, outcome, state = result
            text = self._say(outcome)
            if outcome.action == "clocked_out":
                self.badge = None
        self.state = state if self.badge else None
        self._idle.start()
        self.stateChanged.emit(self.state)
        self.outcome.emit(True, text)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.outcome.emit(False, describe(exc))
        self._next()

    def _say(self, o: KioskOutcome) -> str:
        when = o.at.astimezone(self.workshop.clock.zone).strftime("%H:%M")
        texts = {
            "clocked_in": self.tr("{name} clocked in at {time}. Scan the job card to start work."),
            "clocked_out": self.tr("{name} clocked out at {time}. Goodbye."),
            "started": self.tr("{name} started {line} on {card} at {time}."),
            "resumed": self.tr("{name} resumed {line} on {card} at {time}."),
            "finished": self.tr("{name} finished {line} on {card} at {time}."),
            "paused": self.tr("{name} paused {line} on {card} at {time}."),
        }
        return texts[o.action].format(name=o.technician, line=o.line_name or "", card=o.card_number or "", time=when)
