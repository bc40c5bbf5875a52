"""Demo health records: the outbox of the demo's last half year of settled jobs, as a station that uploads
through another tool would have it — records settled before this month uploaded, this month's exported
but for the last week's (still queued), and those whose plate or VIN fails held back with the reason.

Runs after the settlement step; the records are built by the real outbox (``backfill``), so they are
what a settlement would have queued. Deterministic: it depends only on the settled jobs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.db.models.repair_file import HealthRecord
from services.users.permissions import Actor

DAYS = 183


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    actor = Actor.system()
    with ctx.db.read() as s:
        if s.scalar(select(HealthRecord.id).limit(1)) is not None:
            return ["repair_file: kept the existing health records"]
    today = ctx.clock.today()
    made = ctx.repair_file.backfill(actor, today - timedelta(days=DAYS))
    month_start = datetime(today.year, today.month, 1, tzinfo=ctx.clock.zone)
    last_week = datetime(today.year, today.month, today.day, tzinfo=ctx.clock.zone) - timedelta(days=7)
    with ctx.db.read() as s:
        older = list(s.scalars(select(HealthRecord.id).where(HealthRecord.status == "queued",
                                                             HealthRecord.settled_at < month_start)))
        this_month = list(s.scalars(select(HealthRecord.id).where(HealthRecord.status == "queued",
                                                                  HealthRecord.settled_at >= month_start,
                                                                  HealthRecord.settled_at < last_week)))
    for chunk in range(0, len(older), 2000):
        ids = older[chunk:chunk + 2000]
        ctx.repair_file.mark_exported(actor, ids, "health-records-demo.xlsx")
        ctx.repair_file.mark_uploaded(actor, ids)
    if this_month:
        ctx.repair_file.mark_exported(actor, this_month, f"health-records-{today:%Y%m}.xlsx")
    counts = ctx.repair_file.health_counts(actor)
    progress("repair_file", 1, 1)
    return [f"repair_file: {made} health records of the last {DAYS} days "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))]
