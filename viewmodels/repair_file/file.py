"""The vehicle's repair file (一车一档) on screen: every job on the VIN, the chosen job's details and
lines, and the file printed for the customer.

Signals:
    loaded(): the file was read (``file`` holds it).
    jobChanged(): another job was chosen (``details()`` and ``lines`` follow it).
    documentReady(str): the path of the printed file (PDF) to preview.
    errorChanged(str), busyChanged(bool).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from services.repair_file.data import JOB_STATUS_NAMES, QUALITY_NAMES, FileJob, RepairFile
from services.repair_file.printing import claims_text, guarantee_text
from services.station.settings import JOB_TYPE_NAMES, REPAIR_CLASS_NAMES
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowsModel, translated
from viewmodels.common.purpose import PurposeMemory, PurposeStore, purpose_to_print
from viewmodels.common.tasks import TaskRunner

KINDS = {"labour": QT_TRANSLATE_NOOP("RepairFile", "Work"), "part": QT_TRANSLATE_NOOP("RepairFile", "Part"),
         "other": QT_TRANSLATE_NOOP("RepairFile", "Other")}


def money(d) -> str:
    return "" if d is None else f"{d:,.2f}"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _qty(d) -> str:
    return f"{d.normalize():f}"


class RepairFileViewModel(QObject):
    loaded = Signal()
    jobChanged = Signal()
    documentReady = Signal(str)
    purposeNeeded = Signal(str)  # "repair_file": the first print on this PC says what it is for
    errorChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, service, actor, tasks: TaskRunner, *, clock, vin: str, output_dir: Path | None = None,
                 purposes: PurposeStore | None = None, parent: QObject | None = None) -> None:
        """``purposes``: this PC's last print purpose per document kind (``viewmodels.common.purpose``)."""
        super().__init__(parent)
        self.purposes = purposes or PurposeMemory()
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.vin = vin
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.file: RepairFile | None = None
        self.job: FileJob | None = None
        self.local = LocalTime(clock.local)
        self.jobs = RowsModel([
            Column(QT_TRANSLATE_NOOP("RepairFile", "Date in"), lambda j: self.local(j.opened_at)),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Job card"), lambda j: j.card_number),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Type"),
                   lambda j: translated("JobType", JOB_TYPE_NAMES.get(j.job_type, j.job_type))),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Mileage in"), lambda j: j.mileage_in, align_right=True),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Customer's words"), lambda j: j.customer_words),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Statement"), lambda j: j.statement_number),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Amount"), lambda j: money(j.statement_total), align_right=True),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Status"),
                   lambda j: translated("JobStatus", JOB_STATUS_NAMES.get(j.status, j.status))),
        ], self, context="RepairFile")
        self.lines = RowsModel([
            Column(QT_TRANSLATE_NOOP("RepairFile", "Kind"), lambda ln: translated("RepairFile", KINDS[ln.kind])),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Code"), lambda ln: ln.code),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Name"), lambda ln: ln.name),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Grade"),
                   lambda ln: translated("PartQuality", QUALITY_NAMES[ln.quality]) if ln.quality in QUALITY_NAMES
                   else ""),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Qty / hours"), lambda ln: _qty(ln.qty), align_right=True),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Technicians"), lambda ln: ln.technicians),
            Column(QT_TRANSLATE_NOOP("RepairFile", "Amount"), lambda ln: money(ln.amount), align_right=True),
        ], self, context="RepairFile")
        self._busy = 0

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

    # ---- reading --------------------------------------------------------------------------------
    def load(self) -> None:
        self._run("repair_file.load", self.service.repair_file, self.actor, self.vin, on_done=self._loaded)

    def _loaded(self, rf: RepairFile) -> None:
        self.file = rf
        self.jobs.set_rows(rf.jobs)
        self.errorChanged.emit("")
        self.loaded.emit()
        self.choose(0)

    def heading(self) -> str:
        rf = self.file
        if rf is None:
            return self.vin
        return QCoreApplication.translate("RepairFile", "{plate}  {vin}  {vehicle}  owner {owner}: {n} jobs on file").format(
            plate=rf.plate, vin=rf.vin, vehicle=rf.vehicle, owner=rf.owner, n=len(rf.jobs))

    def choose(self, row: int) -> None:
        self.job = self.jobs.row_object(row) if row >= 0 else None
        self.lines.set_rows(self.job.lines if self.job is not None else ())
        self.jobChanged.emit()

    def details(self) -> list[tuple[str, str]]:
        """The chosen job's facts beyond the list: (label, value), translated."""
        j = self.job
        if j is None:
            return []
        tx = _tr

        def label(text: str) -> str:
            return _tr("RepairFile", text)

        return [
            (label(QT_TRANSLATE_NOOP("RepairFile", "Time in / out")), f"{self.local(j.opened_at)} — {self.local(j.time_out) if j.time_out else ''}"),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Mileage in / out")), f"{j.mileage_in or ''} / {j.mileage_out or ''}"),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Repair class")), translated("RepairClass", REPAIR_CLASS_NAMES[j.repair_class])
             if j.repair_class in REPAIR_CLASS_NAMES else ""),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Inspection result")), j.diagnosis),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Technicians")), "、".join(j.technicians)),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Quality inspector")), j.inspector),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Certificate")), j.certificate_number),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Statement")), f"{j.statement_number} {money(j.statement_total)}".strip()
             + (" · " + label(QT_TRANSLATE_NOOP("RepairFile", "voided: {numbers}")).format(numbers="、".join(j.voided_statements))
                if j.voided_statements else "")),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Quality guarantee")), guarantee_text(j, tx)),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Claims")), claims_text(j, tx)),
            (label(QT_TRANSLATE_NOOP("RepairFile", "Rework of")), j.rework_of),
        ]

    # ---- printing -------------------------------------------------------------------------------
    def last_purpose(self) -> str:
        return self.purposes.purpose_for("repair_file")

    def print_file(self, purpose: str = "") -> None:
        """The file printed for the customer (the copy is logged with its purpose: ``purpose``, else the
        one this PC last printed a repair file for; with neither, ``purposeNeeded`` asks first)."""
        purpose = purpose_to_print(self.purposes, "repair_file", purpose)
        if not purpose:
            self.purposeNeeded.emit("repair_file")
            return
        # the screen's language (English only when the screen is English)
        lang = "en" if _tr("RepairFile", "Date in") == "Date in" else "zh_CN"
        path = self.output_dir / f"repair-file-{self.vin}.pdf"

        def work():
            data = self.service.repair_file_pdf(self.actor, self.vin, _tr, lang, purpose=purpose)
            path.write_bytes(data)
            return str(path)

        self._run("repair_file.print", work, on_done=self.documentReady.emit)
