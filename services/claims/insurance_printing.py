"""The insurance desk's workbook, gathered for ``reports.claims.insurance``: the receivables per insurer
by age, the open jobs, and the jobs listed with their assessment against the repair. Texts go through
``translate(context, text)`` (English when None)."""

from __future__ import annotations

from services.claims.insurance_data import (
    AGE_BUCKETS,
    INSURANCE_STATUS_NAMES,
    InsuranceJobInfo,
    ReceivablesReport,
)
from services.common.errors import QT_TRANSLATE_NOOP

BY_INSURER = (QT_TRANSLATE_NOOP("InsuranceExport", "Insurer"), QT_TRANSLATE_NOOP("InsuranceExport", "Jobs"),
              QT_TRANSLATE_NOOP("InsuranceExport", "Owed"), QT_TRANSLATE_NOOP("InsuranceExport", "Paid"),
              QT_TRANSLATE_NOOP("InsuranceExport", "Open"))
OLDEST = QT_TRANSLATE_NOOP("InsuranceExport", "Oldest (days)")
DAYS = QT_TRANSLATE_NOOP("InsuranceExport", "{range} days")
SHEETS = (QT_TRANSLATE_NOOP("InsuranceExport", "Receivables by insurer"),
          QT_TRANSLATE_NOOP("InsuranceExport", "Open jobs"), QT_TRANSLATE_NOOP("InsuranceExport", "Insurance jobs"))
TOTAL = QT_TRANSLATE_NOOP("InsuranceExport", "Total")
JOB_HEADERS = (
    QT_TRANSLATE_NOOP("InsuranceExport", "Insurer"), QT_TRANSLATE_NOOP("InsuranceExport", "Report no."),
    QT_TRANSLATE_NOOP("InsuranceExport", "Job card"), QT_TRANSLATE_NOOP("InsuranceExport", "Plate"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Customer"), QT_TRANSLATE_NOOP("InsuranceExport", "Status"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Statement"), QT_TRANSLATE_NOOP("InsuranceExport", "Settled on"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Age (days)"), QT_TRANSLATE_NOOP("InsuranceExport", "Assessed"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Supplements"), QT_TRANSLATE_NOOP("InsuranceExport", "Deductible"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Repair"), QT_TRANSLATE_NOOP("InsuranceExport", "Repair − assessed"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Insurer owes"), QT_TRANSLATE_NOOP("InsuranceExport", "Paid"),
    QT_TRANSLATE_NOOP("InsuranceExport", "Open"),
)
JOB_MONEY = (9, 10, 11, 12, 13, 14, 15, 16)


def _identity(_context: str, text: str) -> str:
    return text


def job_row(j: InsuranceJobInfo, name_of, local) -> tuple:
    settled = local(j.settled_at).date() if j.settled_at is not None else None
    return (j.insurer, j.report_number, j.job_card_number, j.plate, j.customer_name,
            name_of("InsuranceStatus", INSURANCE_STATUS_NAMES.get(j.status, j.status)), j.statement_number or "",
            settled, j.age_days, j.assessed_amount, j.supplements_amount, j.deductible, j.repair_amount,
            j.difference, j.insurer_owed, j.paid, j.open)


def receivables_workbook(report: ReceivablesReport, jobs: list[InsuranceJobInfo], local, translate=None) -> bytes:
    from reports.claims.insurance import render_sheets
    from reports.claims.workbooks import SubmissionSheet

    name_of = translate or _identity
    ages = tuple(name_of("InsuranceExport", DAYS).format(range=label) for _limit, label in AGE_BUCKETS)
    headers = tuple(name_of("InsuranceExport", h) for h in BY_INSURER) + ages + (name_of("InsuranceExport", OLDEST),)
    n = len(AGE_BUCKETS)
    money = tuple(range(2, 5 + n))
    summary = SubmissionSheet(
        name_of("InsuranceExport", SHEETS[0]), headers,
        tuple((r.insurer, r.jobs, r.owed, r.paid, r.open) + r.buckets + (r.oldest_days,) for r in report.insurers),
        money_columns=money)
    total = name_of("InsuranceExport", TOTAL)
    summary_totals = ((total, sum(r.jobs for r in report.insurers), sum(r.owed for r in report.insurers),
                       sum(r.paid for r in report.insurers), report.open) + report.buckets
                      + (max((r.oldest_days for r in report.insurers), default=0),))
    job_headers = tuple(name_of("InsuranceExport", h) for h in JOB_HEADERS)
    open_jobs = SubmissionSheet(name_of("InsuranceExport", SHEETS[1]), job_headers,
                                tuple(job_row(j, name_of, local) for j in report.rows), money_columns=JOB_MONEY)
    open_totals = (total, len(report.rows)) + ("",) * 14 + (report.open,)
    listed = SubmissionSheet(name_of("InsuranceExport", SHEETS[2]), job_headers,
                             tuple(job_row(j, name_of, local) for j in jobs), money_columns=JOB_MONEY)
    return render_sheets([(summary, summary_totals), (open_jobs, open_totals), (listed, None)])
