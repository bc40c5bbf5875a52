"""The electronic health record outbox on screen: the records with a status filter, the reason a
record is held back (in the user's language), retry, export to a file, and the upload tool's answer.

Signals:
    recordsChanged(): the list was reloaded (``counts_text()`` follows).
    exported(str): the file just written.
    errorChanged(str), messageChanged(str), busyChanged(bool).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor

from services.repair_file.data import HEALTH_STATUS_NAMES, HealthRecordRow
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowColours, RowsModel, translated
from viewmodels.common.tasks import TaskRunner

STATUSES = ("", "held", "queued", "failed", "exported", "uploaded")  # "" every record
ALL = QT_TRANSLATE_NOOP("HealthRecords", "All")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthRecords", text)


def reason(row: HealthRecordRow) -> str:
    """Why a record is held back or failed, in the user's language."""
    if row.problem is not None:
        return row.problem.message(QCoreApplication.translate)
    return row.last_error


def _style(row: HealthRecordRow) -> RowColours | None:
    return RowColours(foreground=QColor("#b00020")) if row.status in ("held", "failed") else None


class OutboxViewModel(QObject):
    recordsChanged = Signal()
    exported = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, service, actor, tasks: TaskRunner, *, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.status = ""
        self._counts: dict[str, int] = {}
        local = LocalTime(clock.local)
        self.records = RowsModel([
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Settled"), lambda r: local(r.settled_at)),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Statement"), lambda r: r.statement_number),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Job card"), lambda r: r.card_number),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Plate"), lambda r: r.plate),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "VIN"), lambda r: r.vin),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Status"),
                   lambda r: translated("HealthRecordStatus", HEALTH_STATUS_NAMES[r.status])),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Attempts"), lambda r: r.attempts, align_right=True),
            Column(QT_TRANSLATE_NOOP("HealthRecords", "Reason / error"), reason),
        ], self, context="HealthRecords", style=_style)
        self._busy = 0

    @staticmethod
    def statuses() -> list[tuple[str, str]]:
        return [(s, translated("HealthRecordStatus", HEALTH_STATUS_NAMES[s]) if s else _tr(ALL)) for s in STATUSES]

    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self._busy += 1
        self.busyChanged.emit(True)

        def done(result):
            self._finish()
            if on_done is not None:
                on_done(result)

        def failed(exc):
            self._finish()
            self.errorChanged.emit(describe(exc))

        self.tasks.run(f"{name}#{id(self)}", fn, *args, on_done=done, on_error=failed, **kwargs)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        if not self._busy:
            self.busyChanged.emit(False)

    def _say(self, text: str) -> None:
        self.errorChanged.emit("")
        self.messageChanged.emit(text)

    # ---- the list ---------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        self.status = status if status in STATUSES else ""
        self.refresh()

    def refresh(self) -> None:
        def work():
            return (self.service.health_records(self.actor, status=self.status or None),
                    self.service.health_counts(self.actor))

        self._run("health.list", work, on_done=self._listed)

    def _listed(self, result) -> None:
        rows, self._counts = result
        self.records.set_rows(rows)
        self.recordsChanged.emit()

    def counts_text(self) -> str:
        parts = [f"{translated('HealthRecordStatus', HEALTH_STATUS_NAMES[s])} {self._counts[s]}"
                 for s in STATUSES if s and self._counts.get(s)]
        return " · ".join(parts)

    def _ids(self, rows: list[int]) -> list[int]:
        return [r.id for r in (self.records.row_object(i) for i in rows) if r is not None]

    def can_retry(self, rows: list[int]) -> bool:
        return any(r is not None and r.status in ("held", "failed") for r in (self.records.row_object(i)
                                                                                for i in rows))

    # ---- actions ----------------------------------------------------------------------------------
    def retry(self, rows: list[int]) -> None:
        """Rebuild the chosen held back and failed records from the job and the customer file as they are now."""
        ids = [r.id for r in (self.records.row_object(i) for i in rows) if r is not None
               and r.status in ("held", "failed")]
        if not ids:
            return

        def done(result):
            queued = sum(1 for r in result if r.status == "queued")
            self._say(QCoreApplication.translate("HealthRecords", "{queued} of {n} records queued; the others are still held back.").format(
                queued=queued, n=len(result)) if queued < len(result) else
                QCoreApplication.translate("HealthRecords", "{n} records queued.").format(n=len(result)))
            self.refresh()

        self._run("health.retry", self.service.retry, self.actor, ids, on_done=done)

    def mark_uploaded(self, rows: list[int]) -> None:
        ids = self._ids(rows)
        if not ids:
            return

        def done(n):
            self._say(QCoreApplication.translate("HealthRecords", "{n} records marked uploaded.").format(n=n))
            self.refresh()

        self._run("health.uploaded", self.service.mark_uploaded, self.actor, ids, on_done=done)

    def export(self, day_from: date, day_to: date, path: str) -> None:
        """Write the period's records to ``path`` (.json or .xlsx) and mark them exported."""
        target = Path(path)

        def done(result):
            self._say(QCoreApplication.translate(
                "HealthRecords", "{count} records written to {file}; {held} held back in the period.").format(
                count=result.count, file=target.name, held=result.held))
            self.exported.emit(str(target))
            self.refresh()

        self._run("health.export", self.service.export_to, self.actor, day_from, day_to, target, on_done=done)
