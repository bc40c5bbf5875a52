"""The small demo has insurance jobs in several states whose money adds up, and cars one step short of
the 三包 thresholds (in their 5th repair day, no warning yet)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy import func, select

from app.db.models.claims import InsuranceJob, InsurancePaymentLine
from services.users.permissions import Actor


def test_the_small_demo_has_insurance_jobs_that_add_up_and_cars_near_the_sanbao_thresholds(small_demo):
    ctx, _summary = small_demo
    actor = Actor.system()
    jobs = ctx.claims.insurance_jobs(actor)
    statuses = Counter(j.status for j in jobs)
    assert len(statuses) >= 3 and statuses["paid"] and statuses["settled"] + statuses["partly_paid"], statuses
    assert len(ctx.claims.insurers(actor)) == 5
    assert all(j.paid <= j.insurer_owed for j in jobs)
    assert any(j.supplements_amount > 0 for j in jobs)
    # a settled job's deductible is what the customer paid of the repair at the till
    assert all(j.deductible <= j.customer_share for j in jobs if j.statement_number)
    report = ctx.claims.receivables(actor)
    assert report.open == sum((j.open for j in jobs), Decimal("0")) > 0
    assert sum(r.jobs for r in report.insurers) == sum(1 for j in jobs if j.open > 0)
    with ctx.db.read() as s:
        assert s.scalar(select(func.sum(InsuranceJob.paid_amount))) == s.scalar(
            select(func.sum(InsurancePaymentLine.amount)))
    near = [r for r in ctx.claims.sanbao_watch(actor) if r.total_days == 5]
    assert near and all(not r.warnings for r in near)
