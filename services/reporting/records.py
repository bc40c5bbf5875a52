"""The records behind a figure (a click on it on the dashboard): the rows its value is counted from."""

from __future__ import annotations

from services.common.errors import QT_TRANSLATE_NOOP, NotFound
from services.reporting import jobs as job_facts
from services.reporting import sales as sales_facts
from services.reporting.data import Period, RecordTable
from services.reporting.definitions import KPI_BY_CODE
from services.reporting.figures import check_period, crm_report, workshop_totals
from services.users.permissions import Actor, Permission

STATEMENT_COLUMNS = (QT_TRANSLATE_NOOP("ReportColumn", "Statement"), QT_TRANSLATE_NOOP("ReportColumn", "Job card"), QT_TRANSLATE_NOOP("ReportColumn", "Settled"),
                     QT_TRANSLATE_NOOP("ReportColumn", "Job type"), QT_TRANSLATE_NOOP("ReportColumn", "Advisor"), QT_TRANSLATE_NOOP("ReportColumn", "Customer"),
                     QT_TRANSLATE_NOOP("ReportColumn", "Plate"), QT_TRANSLATE_NOOP("ReportColumn", "Labour"), QT_TRANSLATE_NOOP("ReportColumn", "Parts"),
                     QT_TRANSLATE_NOOP("ReportColumn", "Other"), QT_TRANSLATE_NOOP("ReportColumn", "Total"), QT_TRANSLATE_NOOP("ReportColumn", "Hours"),
                     QT_TRANSLATE_NOOP("ReportColumn", "Payers"))
SALES_CODES = ("output", "visits", "vehicles", "average_ticket", "labour_revenue", "parts_revenue", "other_revenue",
               "sold_hours")
NOT_KEPT_NOTE = QT_TRANSLATE_NOOP("Reporting", "This figure's source keeps no rows to show here; open its area's page.")
NOT_BUILT_NOTE = QT_TRANSLATE_NOOP("Reporting", "Not built: ServiceBay holds no data for this figure.")


def records(svc, actor: Actor, code: str, period: Period) -> RecordTable:
    check_period(period)
    k = KPI_BY_CODE.get(code)
    if k is None:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "Unknown figure {code}."), code=code)
    if not k.built:
        return RecordTable(code, period, (), (), False, NOT_BUILT_NOTE)
    if k.needs_costs:
        actor.require(Permission.VIEW_COSTS)
    zone = svc.clock.zone

    def table(columns, rows) -> RecordTable:
        return RecordTable(code, period, tuple(columns), tuple(tuple(r) for r in rows))

    if code in SALES_CODES or code in ("parts_margin", "parts_margin_rate", "comeback_rate", "first_time_fix",
                                       "on_time_delivery", "same_day_delivery"):
        with svc.db.read() as s:
            sales = sales_facts.load(s, period, zone, with_costs=code.startswith("parts_margin"))
            facts = job_facts.load(s, period, zone, sales)
        if code in SALES_CODES:
            return table(STATEMENT_COLUMNS, (
                (r.number, r.card_number, r.settled_at, r.job_type, r.advisor, r.customer, r.plate, r.labour, r.parts,
                 r.other, r.total, r.hours, r.payers) for r in sales.statement_rows(zone)))
        if code.startswith("parts_margin"):
            return table((QT_TRANSLATE_NOOP("ReportColumn", "Statement"), QT_TRANSLATE_NOOP("ReportColumn", "Job card"),
                          QT_TRANSLATE_NOOP("ReportColumn", "Parts before tax"), QT_TRANSLATE_NOOP("ReportColumn", "Cost"), QT_TRANSLATE_NOOP("ReportColumn", "Margin")),
                         ((j.number, j.card_number, j.parts_net, j.parts_cost, j.parts_net - j.parts_cost)
                          for j in sorted(sales.jobs, key=lambda j: j.number) if j.parts_net or j.parts_cost))
        if code in ("comeback_rate", "first_time_fix"):
            return table((QT_TRANSLATE_NOOP("ReportColumn", "Job card"), QT_TRANSLATE_NOOP("ReportColumn", "Job type"), QT_TRANSLATE_NOOP("ReportColumn", "Plate"),
                          QT_TRANSLATE_NOOP("ReportColumn", "Rework of"), QT_TRANSLATE_NOOP("ReportColumn", "First job type"),
                          QT_TRANSLATE_NOOP("ReportColumn", "Settled")),
                         ((r.card_number, r.job_type, r.plate, r.original_number, r.original_type,
                           r.settled_at.astimezone(zone).replace(tzinfo=None)) for r in facts.reworks))
        handovers = facts.promised if code == "on_time_delivery" else facts.handovers

        def local(moment):
            return None if moment is None else moment.astimezone(zone).replace(tzinfo=None)
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Job card"), QT_TRANSLATE_NOOP("ReportColumn", "Plate"), QT_TRANSLATE_NOOP("ReportColumn", "Advisor"),
                      QT_TRANSLATE_NOOP("ReportColumn", "Came in"), QT_TRANSLATE_NOOP("ReportColumn", "Promised"), QT_TRANSLATE_NOOP("ReportColumn", "Delivered"),
                      QT_TRANSLATE_NOOP("ReportColumn", "On time"), QT_TRANSLATE_NOOP("ReportColumn", "Same day")),
                     ((h.card_number, h.plate, h.advisor, local(h.opened_at), local(h.promised_at),
                       local(h.delivered_at), h.on_time, facts.same_day(h)) for h in handovers))
    if code in ("utilisation", "efficiency", "productivity"):
        figures = workshop_totals(svc, actor, period)
        rows = () if figures is None else figures.by_technician
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Technician"), QT_TRANSLATE_NOOP("ReportColumn", "Day"), QT_TRANSLATE_NOOP("ReportColumn", "Attendance hours"),
                      QT_TRANSLATE_NOOP("ReportColumn", "Clocked hours"), QT_TRANSLATE_NOOP("ReportColumn", "Sold hours")),
                     ((r.key, r.day, r.attendance_hours, r.clocked_hours, r.sold_hours) for r in rows))
    if code == "complaints":
        report = crm_report(svc, actor, period)
        rows = () if report is None else report.complaints_by_category
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Category"), QT_TRANSLATE_NOOP("ReportColumn", "Count")), rows)
    if code == "fill_rate" and svc.parts_reports is not None:
        rows = svc.parts_reports.fill_rate_by_month(actor, period.first, period.last)
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Month"), QT_TRANSLATE_NOOP("ReportColumn", "Lines requested"),
                      QT_TRANSLATE_NOOP("ReportColumn", "Served from stock")), ((r.month, r.lines, r.served) for r in rows))
    if code == "stock_turns" and svc.parts_reports is not None:
        rows = svc.parts_reports.turns(actor, period.first, period.last)
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Category"), QT_TRANSLATE_NOOP("ReportColumn", "Cost of issues"),
                      QT_TRANSLATE_NOOP("ReportColumn", "Average stock"), QT_TRANSLATE_NOOP("ReportColumn", "Turns")),
                     ((r.category, r.issue_cost, r.average_stock, r.turns) for r in rows))
    if code in ("stock_value", "slow_stock") and svc.parts_reports is not None:
        report = (svc.parts_reports.stock_value(actor) if code == "stock_value"
                  else svc.parts_reports.slow_stock(actor))
        return table((QT_TRANSLATE_NOOP("ReportColumn", "Part number"), QT_TRANSLATE_NOOP("ReportColumn", "Name"), QT_TRANSLATE_NOOP("ReportColumn", "Category"),
                      QT_TRANSLATE_NOOP("ReportColumn", "On hand"), QT_TRANSLATE_NOOP("ReportColumn", "Average cost"), QT_TRANSLATE_NOOP("ReportColumn", "Value"),
                      QT_TRANSLATE_NOOP("ReportColumn", "Last issue")),
                     ((r.number, r.name, r.category, r.on_hand, r.avg_cost, r.value,
                       None if r.last_issue is None else r.last_issue.astimezone(zone).replace(tzinfo=None))
                      for r in report.rows))
    return RecordTable(code, period, (), (), False, NOT_KEPT_NOTE)
