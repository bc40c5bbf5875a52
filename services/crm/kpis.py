"""The centre's KPIs (DOMAIN.md) over a period, counted in SQL:

- appointment rate (预约率): job cards opened in the period that came by appointment (they carry
  an appointment number) ÷ job cards opened (estimates and internal jobs are not visits);
- show rate (预约履约率): appointments of the period that arrived ÷ appointments of the period not
  cancelled beforehand (arrived, no-show, and still booked after their time);
- confirmation rate: appointments of the period booked more than a day ahead (booked on a day before
  the eve of the appointment) whose customer was reached on the reminder call (confirmed, moved or
  cancelled then) ÷ those booked more than a day ahead;
- follow-up rate (回访率): follow-up tasks of deliveries in the period whose customer was reached
  (satisfied or a problem) by the deadline (the 3rd working day) ÷ follow-up tasks of the period;
- problems solved (问题解决率): cases opened from follow-up calls in the period that the customer
  confirmed as resolved to their satisfaction ÷ those cases;
- first-service rate (首保率): new cars whose first service fell due in the period (delivery +
  ``first_service_months``) that were in for a job between their delivery and that day +
  ``first_service_grace_days`` ÷ those cars;
- lost customers (流失率): customers with a visit in month N−6 (N = the period's last month) and
  none in months N−5..N ÷ customers of month N−6.

Complaints and follow-up problems are counted by category and department for the analysis, and the
lost customers reached in the period by the reason they gave.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select

from app.db.models.crm import Appointment, Call, CallTask, Case
from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.crm.contacts import NOT_VISITS, add_months
from services.crm.data import KPI_TARGETS, LOST_KINDS, KpiReport, Ratio
from services.crm.rules import CrmPart
from services.job_cards.service import STATUSES
from services.users.permissions import Actor, Permission

# the statuses of a visit, named (not "not estimate, not cancelled"): the job card list's index on
# (status, opened_at) then reads a month's cards as a few range scans instead of the whole table
VISITS = tuple(s for s in STATUSES if s not in NOT_VISITS)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, add_months(first, 1) - timedelta(days=1)


class Kpis(CrmPart):
    def report(self, actor: Actor, first_day: date, last_day: date) -> KpiReport:
        actor.require(Permission.VIEW_CRM)
        if last_day < first_day:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The period ends before it begins."),
                                  field="last_day")
        start, end = self.day_bounds(first_day, (last_day - first_day).days + 1)
        with self.db.read() as s:
            rules = self.rules(s)
            visits = (select(func.count(), func.count(JobCard.appointment_number))
                      .where(JobCard.opened_at >= start, JobCard.opened_at < end, JobCard.status.in_(VISITS),
                             JobCard.job_type != "internal"))
            total_visits, by_appointment = s.execute(visits).one()

            in_period = and_(Appointment.starts_at >= start, Appointment.starts_at < end)
            arrived, due = s.execute(
                select(func.count().filter(Appointment.status == "arrived"), func.count())
                .where(in_period, Appointment.status != "cancelled")).one()
            # booked more than a day ahead: the local booking day before the appointment's eve
            confirmed = ahead = 0
            for starts_at, booked_at, confirmation in s.execute(
                    select(Appointment.starts_at, Appointment.booked_at, Appointment.confirmation).where(in_period)):
                if self.local_day(booked_at) < self.local_day(starts_at) - timedelta(days=1):
                    ahead += 1
                    confirmed += confirmation in ("confirmed", "moved", "cancelled")

            deadline = func.coalesce(CallTask.window_end, CallTask.due_on)
            follow = and_(CallTask.kind == "follow_up", CallTask.delivered_on >= first_day,
                          CallTask.delivered_on <= last_day)
            tasks = s.scalar(select(func.count()).select_from(CallTask).where(follow)) or 0
            reached_rows = s.execute(select(CallTask.reached_at, deadline)
                                     .where(follow, CallTask.outcome.in_(("satisfied", "problem")),
                                            CallTask.reached_at.is_not(None))).all()
            in_time = sum(1 for at, dl in reached_rows if self.local_day(at) <= dl)

            problems, solved = s.execute(
                select(func.count(), func.count().filter(Case.satisfied.is_(True) & (Case.status == "closed")))
                .where(Case.source == "follow_up", Case.opened_at >= start, Case.opened_at < end)).one()

            # first service: cars delivered so that their first service fell due in the period
            first_from = add_months(first_day, -rules.first_service_months)
            first_to = add_months(last_day, -rules.first_service_months)
            new_cars = s.execute(select(Vehicle.id, func.coalesce(Vehicle.delivery_date, Vehicle.purchase_date))
                                 .where(func.coalesce(Vehicle.delivery_date, Vehicle.purchase_date)
                                        .between(first_from, first_to), Vehicle.merged_into_id.is_(None))).all()
            serviced = 0
            for vid, delivered in new_cars:
                due_day = add_months(delivered, rules.first_service_months)
                lo, _ = self.day_bounds(delivered)
                _, hi = self.day_bounds(due_day + timedelta(days=rules.first_service_grace_days))
                hit = s.scalar(select(JobCard.id).where(JobCard.vehicle_id == vid, JobCard.opened_at >= lo,
                                                        JobCard.opened_at < hi, JobCard.status.in_(VISITS),
                                                        JobCard.job_type != "internal").limit(1))
                serviced += hit is not None

            # lost: customers of month N-6 not back in N-5..N
            base_first = add_months(last_day.replace(day=1), -6)
            base_start, base_end = self.day_bounds(base_first, (add_months(base_first, 1) - base_first).days)
            _, period_end = self.day_bounds(last_day)
            base = select(JobCard.customer_id).where(JobCard.opened_at >= base_start, JobCard.opened_at < base_end,
                                                     JobCard.status.in_(VISITS)).distinct().subquery()
            back = select(JobCard.customer_id).where(JobCard.opened_at >= base_end, JobCard.opened_at < period_end,
                                                     JobCard.status.in_(VISITS)).distinct().subquery()
            base_count = s.scalar(select(func.count()).select_from(base)) or 0
            lost = s.scalar(select(func.count()).select_from(base)
                            .where(base.c.customer_id.not_in(select(back.c.customer_id)))) or 0

            by_category = s.execute(select(Case.category, func.count()).where(Case.opened_at >= start,
                                                                              Case.opened_at < end)
                                    .group_by(Case.category).order_by(func.count().desc())).all()
            by_department = s.execute(select(Case.department, func.count()).where(Case.opened_at >= start,
                                                                                  Case.opened_at < end)
                                      .group_by(Case.department).order_by(func.count().desc())).all()
            lost_reasons = s.execute(select(CallTask.reason, func.count())
                                     .where(CallTask.kind.in_(LOST_KINDS), CallTask.reason.is_not(None),
                                            CallTask.closed_at >= start, CallTask.closed_at < end)
                                     .group_by(CallTask.reason).order_by(func.count().desc(), CallTask.reason)).all()
            scores = [c for (c,) in s.execute(
                select(Call.scores).join(CallTask, CallTask.id == Call.task_id)
                .where(follow, Call.scores.is_not(None)))]
        overall = [int(sc["overall"]) for sc in scores if isinstance(sc, dict) and "overall" in sc]
        average = (Decimal(sum(overall)) / len(overall)).quantize(Decimal("0.01")) if overall else None

        def ratio(key: str, num: int, den: int) -> Ratio:
            return Ratio(key, int(num), int(den), KPI_TARGETS.get(key))

        return KpiReport(first_day, last_day, (
            ratio("appointment_rate", by_appointment, total_visits),
            ratio("show_rate", arrived, due),
            ratio("confirmation_rate", confirmed, ahead),
            ratio("follow_up_rate", in_time, tasks),
            ratio("problems_solved", solved, problems),
            ratio("first_service_rate", serviced, len(new_cars)),
            ratio("lost_rate", lost, base_count),
        ), tuple((c, n) for c, n in by_category), tuple((d, n) for d, n in by_department), average,
            tuple((r, n) for r, n in lost_reasons))
