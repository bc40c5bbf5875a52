"""The insurance desk (保险理赔): accident cards to open as insurance jobs, the jobs with their assessment,
supplements, deductible and the insurer's money, the difference between assessed and repaired, and the
receivables per insurer with their age.

Signals:
    cardsChanged(): the accident cards waiting for an insurance job were reloaded.
    jobsChanged(): the job list was reloaded.
    insurersChanged(): the insurers' list was reloaded.
    currentChanged(object): the ``InsuranceJobInfo`` shown (None when nothing is chosen).
    receivablesChanged(object): the ``ReceivablesReport``.
    registered(object): an insurance job just opened.
    exported(str): the path of a workbook just written.
    errorChanged(str), messageChanged(str), busyChanged(bool).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor

from services.claims.insurance_data import AGE_BUCKETS, INSURANCE_STATUS_NAMES, OPEN_INSURANCE_STATUSES
from services.users.permissions import Permission
from viewmodels.claims.desk import DeskTasks
from viewmodels.common.models import Column, LocalTime, RowColours, RowsModel, translated
from viewmodels.common.tasks import TaskRunner

FILTERS = {"open": OPEN_INSURANCE_STATUSES, "all": None}


def money(d) -> str:
    return "" if d is None else f"{d:,.2f}"


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _over(job) -> RowColours | None:
    """A job whose repair cost more than the insurer assessed shows in red."""
    diff = getattr(job, "difference", None)
    return RowColours(foreground=QColor("#b00020")) if diff is not None and diff > 0 else None


def _bucket(i: int):
    return lambda r: money(r.buckets[i])


class InsuranceViewModel(DeskTasks, QObject):
    cardsChanged = Signal()
    jobsChanged = Signal()
    insurersChanged = Signal()
    currentChanged = Signal(object)
    receivablesChanged = Signal(object)
    registered = Signal(object)
    exported = Signal(str)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, claims, actor, tasks: TaskRunner, *, clock, output_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = claims
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.can_edit = actor.can(Permission.EDIT_INSURANCE)
        self.filter = "open"
        self.current = None
        self.report = None
        self.insurers: list = []
        local = LocalTime(clock.local)
        self.cards = RowsModel([
            Column(QT_TRANSLATE_NOOP("Insurance", "Job card"), lambda c: c.number),
            Column(QT_TRANSLATE_NOOP("Insurance", "Plate"), lambda c: c.plate),
            Column(QT_TRANSLATE_NOOP("Insurance", "Customer"), lambda c: c.customer_name),
            Column(QT_TRANSLATE_NOOP("Insurance", "Insurer"), lambda c: c.insurer),
            Column(QT_TRANSLATE_NOOP("Insurance", "Report no."), lambda c: c.claim_number),
            Column(QT_TRANSLATE_NOOP("Insurance", "Amount"), lambda c: money(c.total_amount),
                   sort=lambda c: c.total_amount, align_right=True),
        ], self, context="Insurance", local=local)
        self.jobs = RowsModel([
            Column(QT_TRANSLATE_NOOP("Insurance", "Insurer"), lambda j: j.insurer),
            Column(QT_TRANSLATE_NOOP("Insurance", "Report no."), lambda j: j.report_number),
            Column(QT_TRANSLATE_NOOP("Insurance", "Job card"), lambda j: j.job_card_number),
            Column(QT_TRANSLATE_NOOP("Insurance", "Plate"), lambda j: j.plate),
            Column(QT_TRANSLATE_NOOP("Insurance", "Status"),
                   lambda j: translated("InsuranceStatus", INSURANCE_STATUS_NAMES.get(j.status, j.status))),
            Column(QT_TRANSLATE_NOOP("Insurance", "Assessed"), lambda j: money(j.assessed_total),
                   sort=lambda j: j.assessed_total or 0, align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Repair"), lambda j: money(j.repair_amount),
                   sort=lambda j: j.repair_amount, align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Repair − assessed"), lambda j: money(j.difference),
                   sort=lambda j: j.difference or 0, align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Insurer owes"), lambda j: money(j.insurer_owed),
                   sort=lambda j: j.insurer_owed, align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Paid"), lambda j: money(j.paid), sort=lambda j: j.paid,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Open"), lambda j: money(j.open), sort=lambda j: j.open,
                   align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Age (days)"), lambda j: "" if j.age_days is None else j.age_days,
                   sort=lambda j: j.age_days or 0, align_right=True),
        ], self, context="Insurance", local=local, style=_over)
        self.supplements = RowsModel([
            Column(QT_TRANSLATE_NOOP("Insurance", "Date"), lambda x: x.assessed_on),
            Column(QT_TRANSLATE_NOOP("Insurance", "Amount"), lambda x: money(x.amount), align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Reason"), lambda x: x.reason),
        ], self, context="Insurance")
        self.receivables = RowsModel([
            Column(QT_TRANSLATE_NOOP("Insurance", "Insurer"), lambda r: r.insurer),
            Column(QT_TRANSLATE_NOOP("Insurance", "Jobs"), lambda r: r.jobs, align_right=True),
            Column(QT_TRANSLATE_NOOP("Insurance", "Open"), lambda r: money(r.open), sort=lambda r: r.open,
                   align_right=True),
        ] + [Column(label, _bucket(i), sort=lambda r, i=i: r.buckets[i], align_right=True)
             for i, (_limit, label) in enumerate(AGE_BUCKETS)] + [
            Column(QT_TRANSLATE_NOOP("Insurance", "Oldest (days)"), lambda r: r.oldest_days, align_right=True),
        ], self, context="Insurance")
        self._busy = 0

    # ---- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run("insurance.insurers", self.service.insurers, self.actor, active_only=True, on_done=self._insurers)
        self._run("insurance.cards", self.service.accident_cards, self.actor, on_done=self._cards)
        self.refresh_jobs()
        self.refresh_receivables()

    def _insurers(self, rows) -> None:
        self.insurers = list(rows)
        self.insurersChanged.emit()

    def _cards(self, rows) -> None:
        self.cards.set_rows(rows)
        self.cardsChanged.emit()

    def set_filter(self, key: str) -> None:
        self.filter = key if key in FILTERS else "open"
        self.refresh_jobs()

    def refresh_jobs(self) -> None:
        self._run("insurance.jobs", self.service.insurance_jobs, self.actor, statuses=FILTERS[self.filter],
                  on_done=self._jobs)

    def _jobs(self, rows) -> None:
        self.jobs.set_rows(rows)
        self.jobsChanged.emit()
        if self.current is not None and any(j.id == self.current.id for j in rows):
            self.choose_id(self.current.id)
        elif rows and self.current is None:
            self.choose_id(rows[0].id)

    def refresh_receivables(self) -> None:
        self._run("insurance.receivables", self.service.receivables, self.actor, on_done=self._receivables)

    def _receivables(self, report) -> None:
        self.report = report
        self.receivables.set_rows(report.insurers)
        self.receivablesChanged.emit(report)

    def receivables_summary(self) -> str:
        r = self.report
        if r is None:
            return ""
        return QCoreApplication.translate("Insurance", "Insurers owe {open} on {count} settled jobs").format(
            open=money(r.open), count=sum(x.jobs for x in r.insurers))

    def choose(self, row: int) -> None:
        job = self.jobs.row_object(row)
        if job is not None:
            self.choose_id(job.id)

    def choose_id(self, job_id: int) -> None:
        self._run("insurance.job", self.service.insurance_job, self.actor, job_id, on_done=self._show)

    def _show(self, job) -> None:
        c = self.current
        if job is not None and c is not None and job.id == c.id and job.version < c.version:
            return  # a read begun before this PC's last change came back after it: keep the newer one
        self.current = job
        self.supplements.set_rows(job.supplements if job is not None else [])
        self.currentChanged.emit(job)

    def current_row(self) -> int:
        return next((i for i, j in enumerate(self.jobs.rows) if self.current is not None
                     and j.id == self.current.id), -1)

    def describe_current(self) -> str:
        j = self.current
        if j is None:
            return ""
        status = translated("InsuranceStatus", INSURANCE_STATUS_NAMES.get(j.status, j.status))
        parts = [f"{j.insurer} {j.report_number}  ·  {status}",
                 f"{j.job_card_number}  {j.plate}  {j.customer_name}",
                 QCoreApplication.translate("Insurance", "Loss adjuster: {name} {phone}").format(name=j.adjuster_name or "—", phone=j.adjuster_phone)]
        if j.assessed_amount is None:
            parts.append(QCoreApplication.translate("Insurance", "Waiting for the loss adjuster's assessment."))
        else:
            parts.append(QCoreApplication.translate("Insurance", "Assessed {assessed} + supplements {supplements} = {total}; deductible {deductible}; "
                            "the insurer pays {expected}").format(
                assessed=money(j.assessed_amount), supplements=money(j.supplements_amount),
                total=money(j.assessed_total), deductible=money(j.deductible), expected=money(j.insurer_expected)))
            diff = j.difference
            if diff > 0:
                parts.append(QCoreApplication.translate("Insurance", "The repair, {repair}, is {diff} more than assessed.").format(
                    repair=money(j.repair_amount), diff=money(diff)))
            elif diff < 0:
                parts.append(QCoreApplication.translate("Insurance", "The repair, {repair}, is {diff} less than assessed.").format(
                    repair=money(j.repair_amount), diff=money(-diff)))
            else:
                parts.append(QCoreApplication.translate("Insurance", "The repair, {repair}, is what was assessed.").format(repair=money(j.repair_amount)))
        if j.statement_number:
            parts.append(QCoreApplication.translate("Insurance", "Statement {number}: the insurer owes {owed}, the customer {customer}; paid {paid}, "
                            "open {open}").format(number=j.statement_number, owed=money(j.insurer_owed),
                                                  customer=money(j.customer_share), paid=money(j.paid),
                                                  open=money(j.open)))
        for p in j.payments:
            parts.append(QCoreApplication.translate("Insurance", "Payment {ref} of {day}: {amount}").format(ref=p.reference, day=p.received_on,
                                                                      amount=money(p.amount)))
        return "\n".join(parts)

    # ---- steps ---------------------------------------------------------------------------------
    def _need_current(self):
        if self.current is None:
            self.errorChanged.emit(QCoreApplication.translate("Insurance", "Choose an insurance job first."))
        return self.current

    def _changed(self, text: str):
        def done(job) -> None:
            self._say(text.format(ref=job.report_number))
            self._show(job)
            self.refresh_jobs()
            self.refresh_receivables()
        return done

    def add_insurer(self, name: str, phone: str = "") -> None:
        def done(info) -> None:
            self._say(QCoreApplication.translate("Insurance", "Insurer {name} added.").format(name=info.name))
            self._run("insurance.insurers", self.service.insurers, self.actor, active_only=True,
                      on_done=self._insurers)

        self._run("insurance.add_insurer", self.service.add_insurer, self.actor, name, phone, on_done=done)

    def register(self, card_row: int, insurer_id, report_number: str, adjuster_name: str = "",
                 adjuster_phone: str = "") -> None:
        card = self.cards.row_object(card_row)
        if card is None:
            self.errorChanged.emit(QCoreApplication.translate("Insurance", "Choose a job card first."))
            return
        if insurer_id is None:
            self.errorChanged.emit(QCoreApplication.translate("Insurance", "Choose the insurer."))
            return

        def done(job) -> None:
            self.current = job
            self._say(QCoreApplication.translate("Insurance", "Insurance job {ref} opened for job card {card}.").format(ref=job.report_number,
                                                                                 card=job.job_card_number))
            self.registered.emit(job)
            self._show(job)
            self.refresh()

        self._run("insurance.register", self.service.register_insurance, self.actor, card.job_card_id, insurer_id,
                  report_number, adjuster_name=adjuster_name, adjuster_phone=adjuster_phone, on_done=done)

    def assess(self, amount: str, deductible: str) -> None:
        j = self._need_current()
        if j is not None:
            self._run("insurance.assess", self.service.assess, self.actor, j.id, j.version, amount, deductible,
                      on_done=self._changed(QCoreApplication.translate("Insurance", "Assessment of {ref} recorded.")))

    def supplement(self, amount: str, reason: str) -> None:
        j = self._need_current()
        if j is not None:
            self._run("insurance.supplement", self.service.supplement, self.actor, j.id, j.version, amount, reason,
                      on_done=self._changed(QCoreApplication.translate("Insurance", "Supplementary assessment of {ref} recorded.")))

    def record_payment(self, reference: str, amount: str) -> None:
        j = self._need_current()
        if j is None:
            return

        def done(payment) -> None:
            self._say(QCoreApplication.translate("Insurance", "{insurer} payment {ref} of {amount} reconciled.").format(
                insurer=payment.insurer, ref=payment.reference, amount=money(payment.amount)))
            self.choose_id(j.id)
            self.refresh_jobs()
            self.refresh_receivables()

        self._run("insurance.payment", self.service.record_insurer_payment, self.actor, j.insurer_id, reference,
                  self.clock.today(), [(j.id, amount)], on_done=done)

    def export_receivables(self) -> None:
        path = self.output_dir / f"insurer-receivables-{self.clock.today():%Y%m%d}.xlsx"

        def write(data: bytes) -> None:
            path.write_bytes(data)
            self._say(QCoreApplication.translate("Insurance", "Insurer receivables written: {path}").format(path=path))
            self.exported.emit(str(path))

        self._run("insurance.export", self.service.receivables_workbook, self.actor, _tr, on_done=write)
