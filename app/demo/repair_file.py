"""Demo health records: the outbox of the demo's last half year of settled jobs, as a station that uploads
through another tool would have it — records settled before this month uploaded, this month's exported
but for the last week's (still queued), and those whose plate or VIN fails held back with the reason: one
car's plate was retyped in the customer file with the letter O for a zero (plates use no O), so its
record waits, with that reason, for the plate to be corrected and the record retried.

Runs after the settlement step; the records are built by the real outbox (``backfill``), so they are
what a settlement would have queued. Deterministic: it depends only on the settled jobs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from app.db.models.customers import Vehicle, VehiclePlate
from app.db.models.job_cards import JobCard
from app.db.models.repair_file import HealthRecord
from app.db.models.settlement import Statement
from services.users.permissions import Actor

DAYS = 183


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    actor = Actor.system()
    with ctx.db.read() as s:
        if s.scalar(select(HealthRecord.id).limit(1)) is not None:
            return ["repair_file: kept the existing health records"]
    today = ctx.clock.today()
    since = datetime.combine(today - timedelta(days=DAYS), datetime.min.time(), tzinfo=ctx.clock.zone)
    mistyped = _mistype_a_plate(ctx, since)
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
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            + (f" (plate {mistyped} mistyped in the customer file)" if mistyped else "")]


def _mistype_a_plate(ctx, since: datetime) -> str | None:
    """The car with one settled job in the outbox's window (the latest such) gets its plate retyped with the
    letter O for a zero: its health record is held back with the reason. Returns the mistyped plate."""
    with ctx.db.read() as s:
        jobs = func.count(JobCard.id)
        once = (select(JobCard.vehicle_id).group_by(JobCard.vehicle_id).having(jobs == 1)).scalar_subquery()
        row = s.execute(select(Vehicle.id, Vehicle.plate)
                        .join(JobCard, JobCard.vehicle_id == Vehicle.id)
                        .join(Statement, Statement.live_card_id == JobCard.id)
                        .where(Statement.issued_at >= since, Vehicle.id.in_(once), Vehicle.plate.is_not(None),
                               Vehicle.plate != "")
                        .order_by(Statement.issued_at.desc(), Vehicle.id).limit(1)).first()
    if row is None:
        return None
    vehicle_id, plate = row
    bad = plate.replace("0", "O", 1) if "0" in plate[2:] else plate[:2] + "O" + plate[3:]
    bad = plate[:2] + bad[2:]
    with ctx.db.write() as s:
        s.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(plate=bad))
        s.execute(update(VehiclePlate).where(VehiclePlate.vehicle_id == vehicle_id, VehiclePlate.plate == plate)
                  .values(plate=bad))
    return bad
