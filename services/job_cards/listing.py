"""The job card list and the customer timeline's job card entries.

The list stays fast over 300k cards: it reads columns (never entities), sorts open cards first
and then newest first by one descending index ``(open_rank, opened_at, id)``, and pages by
keyset (the last row's key), never OFFSET. A text search first finds at most a few hundred ids
through prefix ranges on indexed columns (number, plate, reversed VIN, customer name), so it never
scans the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select, tuple_, union
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard
from services.common.errors import QT_TRANSLATE_NOOP
from services.common.text import prefix_upper
from services.users.permissions import Actor, Permission

SEARCH_IDS = 300
OPEN_GROUP = "open"  # every status but delivered and cancelled


@dataclass(frozen=True)
class ListFilter:
    statuses: tuple[str, ...] = ()  # empty: all; ("open",) the group of open cards
    advisor_id: int | None = None
    date_from: date | None = None  # opened on or after (station's local date)
    date_to: date | None = None
    job_type: str | None = None
    payer: str | None = None
    text: str = ""
    vehicle_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class JobCardRow:
    id: int
    number: str
    status: str
    job_type: str
    opened_at: datetime
    advisor_name: str
    customer_name: str
    plate: str
    vin: str
    vehicle_desc: str
    total_amount: Decimal
    promised_at: datetime | None
    rework: bool
    payers: tuple[str, ...]
    open_rank: int

    @property
    def key(self) -> tuple[int, datetime, int]:
        return (self.open_rank, self.opened_at, self.id)


@dataclass(frozen=True)
class ListPage:
    rows: tuple[JobCardRow, ...]
    next_key: tuple[int, datetime, int] | None  # pass as ``after`` for the next page; None at the end


_COLS = (JobCard.id, JobCard.number, JobCard.status, JobCard.job_type, JobCard.opened_at, JobCard.advisor_name,
         JobCard.customer_name, JobCard.plate, JobCard.vin, JobCard.vehicle_desc, JobCard.total_amount,
         JobCard.promised_at, JobCard.rework_of_id, JobCard.payers, JobCard.open_rank)


def _norm(text: str) -> str:
    t = text.strip().upper().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return "".join(ch for ch in t if ch not in " ·-.")


def _prefix(column, prefix: str):
    """``column`` starts with ``prefix`` as an index range (a LIKE with ESCAPE skips SQLite's index)."""
    upper = prefix_upper(prefix)
    return (column >= prefix) if upper is None else (column >= prefix) & (column < upper)


def search_ids(text: str):
    """A union of small prefix-range selects over indexed columns, each with a LIMIT."""
    q = _norm(text)
    raw = text.strip()
    if not q:
        return None
    parts = [select(JobCard.id).where(_prefix(JobCard.number, q)).limit(SEARCH_IDS),
             select(JobCard.id).where(_prefix(JobCard.plate, q)).limit(SEARCH_IDS)]
    if q.isascii() and len(q) >= 4:
        # a plate typed without the province (its tail), or the VIN's last digits
        parts.append(select(JobCard.id).where(_prefix(JobCard.plate_rev, q[::-1])).limit(SEARCH_IDS))
        parts.append(select(JobCard.id).where(_prefix(JobCard.vin_rev, q[::-1])).limit(SEARCH_IDS))
    if not q.isascii():
        parts.append(select(JobCard.id).where(_prefix(JobCard.customer_name, raw)).limit(SEARCH_IDS))
    return union(*[p.subquery().select() for p in parts])


def list_cards(s: Session, zone, f: ListFilter, after: tuple | None = None, limit: int = 100) -> ListPage:
    stmt = select(*_COLS)
    statuses = set(f.statuses)
    if OPEN_GROUP in statuses:
        stmt = stmt.where(JobCard.open_rank == 1)
        statuses.discard(OPEN_GROUP)
    if statuses:
        stmt = stmt.where(JobCard.status.in_(sorted(statuses)))
    if f.advisor_id is not None:
        stmt = stmt.where(JobCard.advisor_id == f.advisor_id)
    if f.job_type:
        stmt = stmt.where(JobCard.job_type == f.job_type)
    if f.payer:
        stmt = stmt.where(JobCard.payers.contains(f",{f.payer},"))
    if f.vehicle_id is not None:
        stmt = stmt.where(JobCard.vehicle_id == f.vehicle_id)
    if f.customer_id is not None:
        stmt = stmt.where(JobCard.customer_id == f.customer_id)
    if f.date_from is not None:
        stmt = stmt.where(JobCard.opened_at >= datetime.combine(f.date_from, time(0), zone))
    if f.date_to is not None:
        stmt = stmt.where(JobCard.opened_at < datetime.combine(f.date_to + timedelta(days=1), time(0), zone))
    ids = search_ids(f.text) if f.text.strip() else None
    if ids is not None:
        # read the few matching ids first: the planner then sorts them, never walks the whole list index
        found = list(s.scalars(ids))
        if not found:
            return ListPage((), None)
        stmt = stmt.where(JobCard.id.in_(found))
    if after is not None:
        stmt = stmt.where(tuple_(JobCard.open_rank, JobCard.opened_at, JobCard.id) < tuple_(*after))
    stmt = stmt.order_by(JobCard.open_rank.desc(), JobCard.opened_at.desc(), JobCard.id.desc()).limit(limit + 1)
    rows = [JobCardRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12] is not None,
                       tuple(p for p in (r[13] or "").split(",") if p), r[14]) for r in s.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    return ListPage(tuple(rows), rows[-1].key if more and rows else None)


# ---- the customer timeline -----------------------------------------------------------------------

TIMELINE_TITLES = {
    "opened": QT_TRANSLATE_NOOP("Timeline", "Job card {number} opened: {plate} {job_type}, {amount} yuan"),
    "rework": QT_TRANSLATE_NOOP("Timeline", "Rework job card {number} opened for {plate} (rework of {original})"),
    "completed": QT_TRANSLATE_NOOP("Timeline", "Job card {number} passed the final check"),
    "cancelled": QT_TRANSLATE_NOOP("Timeline", "Job card {number} cancelled: {reason}"),
}


def timeline_entries(db, actor: Actor, customer_id: int, limit: int = 500) -> list:
    """A customer's job cards as entries of the customer file's timeline (``TimelineSource``)."""
    from services.customers.service import TimelineEntry  # the customer file owns the entry type

    actor.require(Permission.VIEW_JOB_CARDS)
    out: list = []
    with db.read() as s:
        original = JobCard.__table__.alias("original")
        rows = s.execute(
            select(JobCard.number, JobCard.status, JobCard.job_type, JobCard.opened_at, JobCard.plate,
                   JobCard.vehicle_id, JobCard.total_amount, JobCard.completed_at, JobCard.cancel_reason,
                   JobCard.advisor_name, original.c.number)
            .join(original, original.c.id == JobCard.rework_of_id, isouter=True)
            .where(JobCard.customer_id == customer_id)
            .order_by(JobCard.opened_at.desc()).limit(limit)).all()
    for number, status, job_type, opened_at, plate, vehicle_id, amount, completed_at, reason, advisor, orig in rows:
        if orig:
            out.append(TimelineEntry(opened_at, "job_cards.rework", TIMELINE_TITLES["rework"],
                                     {"number": number, "plate": plate, "original": orig}, vehicle_id, "job_cards",
                                     number, advisor))
        else:
            out.append(TimelineEntry(opened_at, "job_cards.opened", TIMELINE_TITLES["opened"],
                                     {"number": number, "plate": plate, "job_type": job_type, "amount": str(amount)},
                                     vehicle_id, "job_cards", number, advisor))
        if completed_at is not None:
            out.append(TimelineEntry(completed_at, "job_cards.completed", TIMELINE_TITLES["completed"],
                                     {"number": number}, vehicle_id, "job_cards", number, None))
        if status == "cancelled":
            out.append(TimelineEntry(opened_at, "job_cards.cancelled", TIMELINE_TITLES["cancelled"],
                                     {"number": number, "reason": reason or ""}, vehicle_id, "job_cards", number, None))
    return out


def timeline_source(db):
    """The function the customer service calls: ``(actor, customer_id) -> entries``."""
    def source(actor: Actor, customer_id: int) -> Iterable:
        return timeline_entries(db, actor, customer_id)

    return source
