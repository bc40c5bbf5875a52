"""The electronic health record outbox (汽车维修电子健康档案, 交办运〔2021〕82号).

Every settled job gets one record, built when its statement is issued (the settlement area's
``on_settled`` hook) by the station's province adapter (``services.repair_file.adapters``). Before a
record is queued its plate (GA 36-2018) and VIN (GB 16735, check character unless the customer file
accepted an imported car's with a reason) are checked, and the adapter checks its payload: a record
that fails is held back, with the reason in words the user reads in their language.

Statuses::

    held ──retry (fixed in the customer file / on the card)──▶ queued ──export──▶ exported ──▶ uploaded
                                                                 ▲                   │
                                                                 └──retry── failed ◀─┘ (the upload tool refused it)

A reissued statement rebuilds the job's record (``revision`` + 1), which then has to go out again.
The record's plate and VIN are the vehicle's as the customer file holds them now (corrections are
made there), the rest is the statement's: what was settled and signed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard
from app.db.models.repair_file import HealthRecord
from app.db.models.settlement import Statement, StatementLine
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.identifiers import check_plate, normalise_plate, normalise_vin, require_vin
from services.repair_file.adapters import FileAdapter, HealthRecordAdapter
from services.repair_file.data import (
    ExportResult,
    HealthPart,
    HealthRecordData,
    HealthRecordRow,
    HealthWorkItem,
    Problem,
)
from services.users.permissions import Actor, Permission

log = logging.getLogger(__name__)

NO_PLATE = QT_TRANSLATE_NOOP("ServiceError", "The car has no plate number in the customer file: enter it there "
                                             "and retry.")
NOT_RETRIABLE = QT_TRANSLATE_NOOP("ServiceError", "Record {number} is {status}: only a held back or failed record "
                                                  "is retried.")
NO_RECORD = QT_TRANSLATE_NOOP("ServiceError", "No such health record.")
BAD_RANGE = QT_TRANSLATE_NOOP("ServiceError", "The period ends before it begins.")
BAD_FORMAT = QT_TRANSLATE_NOOP("ServiceError", "Export to a .json or an .xlsx file.")
NO_ERROR = QT_TRANSLATE_NOOP("ServiceError", "Say what the upload tool answered.")
# the outbox is the station's legal upload: the manager and the front-desk supervisor (and the
# information clerk) run it; its export holds plates and VINs, so it is a logged export of personal data
OUTBOX = Permission.EXPORT_PERSONAL_DATA
BATCH = 500


def identity_problems(plate: str, vin: str, vin_override_reason: str | None) -> list[Problem]:
    """What is wrong with a record's plate (GA 36-2018) and VIN (GB 16735), in words."""
    problems = []
    if not plate:
        problems.append(Problem(NO_PLATE))
    else:
        try:
            check_plate(plate)
        except ValidationError as exc:
            problems.append(Problem(exc.text, dict(exc.params)))
    try:
        require_vin(vin, override_reason=vin_override_reason)
    except ValidationError as exc:
        problems.append(Problem(exc.text, dict(exc.params)))
    return problems


class HealthOutbox:
    """The outbox over the ``health_records`` table; ``service`` gives db, audit, clock and station."""

    def __init__(self, service, adapter: HealthRecordAdapter | None = None) -> None:
        self.service = service
        self.db = service.db
        self.audit = service.audit
        self.clock = service.clock
        self.adapter = adapter or FileAdapter()

    # ---- building a record --------------------------------------------------------------------
    def _local_day(self, moment: datetime | None) -> date | None:
        return self.clock.local(moment).date() if moment else None

    def record_data(self, s: Session, st: Statement, card: JobCard, vehicle: Vehicle | None,
                    lines: Iterable[StatementLine], company: tuple[str, str]) -> HealthRecordData:
        lines = list(lines)
        return HealthRecordData(
            plate=normalise_plate(vehicle.plate or "") if vehicle is not None else normalise_plate(st.plate),
            vin=normalise_vin(vehicle.vin if vehicle is not None else st.vin),
            company_name=company[0], company_code=company[1],
            repair_date=self._local_day(card.opened_at), repair_mileage=card.mileage_in,
            fault_description=(card.customer_words or "").strip() or (card.diagnosis or "").strip(),
            settlement_date=self._local_day(st.issued_at), settlement_number=st.number,
            work_items=tuple(HealthWorkItem(ln.code, ln.name, ln.qty) for ln in lines if ln.kind == "labour"),
            parts=tuple(HealthPart(ln.code, ln.name, ln.qty, ln.unit) for ln in lines if ln.kind == "part"),
            card_number=card.number, vin_check_overridden=bool(vehicle is not None and vehicle.vin_check_overridden))

    def _company(self) -> tuple[str, str]:
        settings = self.service.station.settings()
        return settings.name or "", settings.credit_code or ""

    def _build(self, s: Session, card: JobCard, st: Statement, company: tuple[str, str],
               lines: list[StatementLine] | None = None, vehicle: Vehicle | None = None) -> dict:
        """The columns of the job's record: its payload, and held back with the first problem or queued."""
        if vehicle is None:
            vehicle = s.get(Vehicle, card.vehicle_id)
        if lines is None:
            lines = list(s.scalars(select(StatementLine).where(StatementLine.statement_id == st.id)
                                   .order_by(StatementLine.position)))
        data = self.record_data(s, st, card, vehicle, lines, company)
        problems = identity_problems(data.plate, data.vin,
                                     vehicle.vin_override_reason if vehicle is not None
                                     and vehicle.vin_check_overridden else None)
        payload = self.adapter.build(data)
        problems += self.adapter.validate(payload)
        first = problems[0] if problems else None
        return dict(job_card_id=card.id, statement_id=st.id, statement_number=st.number, card_number=card.number,
                    plate=data.plate[:40], vin=data.vin[:17], settled_at=st.issued_at,
                    status="held" if first else "queued", adapter=self.adapter.key, payload=payload,
                    hold_text=first.text if first else None, hold_params=dict(first.params) if first else None)

    def _upsert(self, s: Session, card: JobCard, st: Statement, company: tuple[str, str], *, new: bool = False,
                **kw) -> HealthRecord:
        cols = self._build(s, card, st, company, **kw)
        rec = None if new else s.scalar(select(HealthRecord).where(HealthRecord.job_card_id == card.id))
        if rec is None:
            rec = HealthRecord(**cols)
            s.add(rec)
        elif rec.statement_id != st.id:  # a reissued statement: the record goes out again
            for k, v in cols.items():
                setattr(rec, k, v)
            rec.revision += 1
            rec.exported_at = rec.exported_by = rec.export_file = rec.uploaded_at = rec.last_error = None
        return rec

    # ---- filling the outbox ---------------------------------------------------------------------
    def on_settled(self, actor: Actor, card_id: int, statement_id: int) -> None:
        """The settlement's hook: queue (or hold back) the job's record. The statement has committed
        already, so a failure here is logged, not raised; ``backfill`` and ``servicebay check`` find it."""
        try:
            company = self._company()
            with self.db.write() as s:
                card, st = s.get(JobCard, card_id), s.get(Statement, statement_id)
                if card is None or st is None or st.status != "issued":
                    return
                self._upsert(s, card, st, company)
        except Exception:
            log.exception("health record of job card %s not queued", card_id)

    def backfill(self, actor: Actor, since: date | None = None) -> int:
        """Records for the settled jobs (live statements) that have none, settled since ``since``."""
        actor.require(OUTBOX)
        company = self._company()
        made = 0
        last_id = 0
        while True:
            with self.db.write() as s:
                q = (select(Statement).outerjoin(HealthRecord, HealthRecord.job_card_id == Statement.job_card_id)
                     .where(Statement.live_card_id.is_not(None), HealthRecord.id.is_(None), Statement.id > last_id)
                     .order_by(Statement.id).limit(BATCH))
                if since is not None:
                    q = q.where(Statement.issued_at >= datetime(since.year, since.month, since.day,
                                                                tzinfo=self.clock.zone))
                batch = list(s.scalars(q))
                if not batch:
                    break
                ids = [st.id for st in batch]
                cards = {c.id: c for c in s.scalars(select(JobCard).where(
                    JobCard.id.in_([st.job_card_id for st in batch])))}
                vehicles = {v.id: v for v in s.scalars(select(Vehicle).where(
                    Vehicle.id.in_({c.vehicle_id for c in cards.values()})))}
                lines: dict[int, list[StatementLine]] = {i: [] for i in ids}
                for ln in s.scalars(select(StatementLine).where(StatementLine.statement_id.in_(ids))
                                    .order_by(StatementLine.statement_id, StatementLine.position)):
                    lines[ln.statement_id].append(ln)
                for st in batch:
                    card = cards[st.job_card_id]
                    self._upsert(s, card, st, company, new=True, lines=lines[st.id],
                                 vehicle=vehicles.get(card.vehicle_id))
                    made += 1
                last_id = ids[-1]
        if made:
            with self.db.write() as s:
                self.audit.record(s, actor, "health_record.backfill", "health_record", str(made),
                                  since.isoformat() if since else "", details={"count": made})
        return made

    # ---- reading --------------------------------------------------------------------------------
    def _row(self, r: HealthRecord) -> HealthRecordRow:
        problem = Problem(r.hold_text, dict(r.hold_params or {})) if r.status == "held" and r.hold_text else None
        return HealthRecordRow(r.id, r.card_number, r.statement_number, r.plate, r.vin, r.settled_at, r.status,
                               r.adapter, r.attempts, problem, r.last_error or "", r.exported_at, r.uploaded_at,
                               r.revision)

    def _start(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=self.clock.zone)

    def _period(self, q, day_from: date | None, day_to: date | None):
        if day_from is not None and day_to is not None and day_to < day_from:
            raise ValidationError(BAD_RANGE, field="day_to")
        if day_from is not None:
            q = q.where(HealthRecord.settled_at >= self._start(day_from))
        if day_to is not None:
            q = q.where(HealthRecord.settled_at < self._start(day_to + timedelta(days=1)))
        return q

    def records(self, actor: Actor, *, status: str | None = None, day_from: date | None = None,
                day_to: date | None = None, limit: int = 500) -> list[HealthRecordRow]:
        """The outbox newest first, of one status (or all)."""
        actor.require(OUTBOX)
        q = select(HealthRecord).order_by(HealthRecord.settled_at.desc(), HealthRecord.id.desc()).limit(limit)
        if status:
            q = q.where(HealthRecord.status == status)
        q = self._period(q, day_from, day_to)
        with self.db.read() as s:
            return [self._row(r) for r in s.scalars(q)]

    def counts(self, actor: Actor) -> dict[str, int]:
        actor.require(OUTBOX)
        with self.db.read() as s:
            return dict(s.execute(select(HealthRecord.status, func.count()).group_by(HealthRecord.status)).all())

    def payload(self, actor: Actor, record_id: int) -> dict:
        actor.require(OUTBOX)
        with self.db.read() as s:
            rec = s.get(HealthRecord, record_id)
            if rec is None:
                raise NotFound(NO_RECORD)
            return dict(rec.payload or {})

    # ---- acting on records ----------------------------------------------------------------------
    def retry(self, actor: Actor, record_ids: Iterable[int]) -> list[HealthRecordRow]:
        """Rebuild held back and failed records from the job and the customer file as they are now:
        each is queued again, or stays held with the (new) reason."""
        actor.require(OUTBOX)
        company = self._company()
        out = []
        with self.db.write() as s:
            for rid in record_ids:
                rec = s.get(HealthRecord, rid, with_for_update=True)
                if rec is None:
                    raise NotFound(NO_RECORD)
                if rec.status not in ("held", "failed"):
                    raise ValidationError(NOT_RETRIABLE, number=rec.statement_number, status=rec.status)
                card, st = s.get(JobCard, rec.job_card_id), s.get(Statement, rec.statement_id)
                live = s.scalar(select(Statement).where(Statement.live_card_id == rec.job_card_id)) or st
                cols = self._build(s, card, live, company)
                for k, v in cols.items():
                    setattr(rec, k, v)
                rec.attempts += 1
                rec.last_attempt_at = self.clock.now()
                self.audit.record(s, actor, "health_record.retry", "health_record", rec.statement_number,
                                  rec.status, details={"card": rec.card_number, "attempts": rec.attempts})
                out.append(rec)
            s.flush()
            return [self._row(r) for r in out]

    def record_failure(self, actor: Actor, record_id: int, error: str) -> HealthRecordRow:
        """The upload tool (or the province) refused an exported record: failed, with its answer."""
        actor.require(OUTBOX)
        error = " ".join((error or "").split())
        if not error:
            raise ValidationError(NO_ERROR, field="error")
        with self.db.write() as s:
            rec = s.get(HealthRecord, record_id, with_for_update=True)
            if rec is None:
                raise NotFound(NO_RECORD)
            rec.status, rec.last_error, rec.last_attempt_at = "failed", error[:2000], self.clock.now()
            self.audit.record(s, actor, "health_record.failed", "health_record", rec.statement_number, error[:200])
            return self._row(rec)

    def mark_uploaded(self, actor: Actor, record_ids: Iterable[int]) -> int:
        """The upload tool confirmed these exported records."""
        actor.require(OUTBOX)
        ids = list(record_ids)
        with self.db.write() as s:
            recs = [r for r in s.scalars(select(HealthRecord).where(HealthRecord.id.in_(ids)).with_for_update())
                    if r.status in ("queued", "exported")]
            for r in recs:
                r.status, r.uploaded_at, r.last_error = "uploaded", self.clock.now(), None
            if recs:
                self.audit.record(s, actor, "health_record.uploaded", "health_record", str(len(recs)),
                                  ", ".join(r.statement_number for r in recs[:20]), details={"count": len(recs)})
            return len(recs)

    # ---- the files -----------------------------------------------------------------------------
    def export(self, actor: Actor, day_from: date, day_to: date, fmt: str) -> ExportResult:
        """The file of the records settled in the period (all but those held back), JSON or xlsx. It
        marks nothing: the caller writes the file, then ``mark_exported`` with ``ids``."""
        actor.require(OUTBOX)
        if fmt not in ("json", "xlsx"):
            raise ValidationError(BAD_FORMAT, field="output")
        # a record whose statement was voided and not reissued yet is no settled job: it waits for the reissue
        q = self._period(select(HealthRecord).join(Statement, Statement.id == HealthRecord.statement_id)
                         .where(Statement.status == "issued")
                         .order_by(HealthRecord.settled_at, HealthRecord.id), day_from, day_to)
        with self.db.read() as s:
            recs = [(r.id, r.status, r.payload) for r in s.scalars(q)]
        out = [r for r in recs if r[1] != "held"]
        payloads = [payload or {} for _id, _status, payload in out]
        file_adapter = cast(FileAdapter, self.adapter) if hasattr(self.adapter, "sheets") else FileAdapter()
        if fmt == "json":
            data = file_adapter.json_file(payloads, {"from": day_from.isoformat(), "to": day_to.isoformat(),
                                                     "adapter": self.adapter.key})
        else:
            from reports.repair_file.health import render_sheets

            data = render_sheets(file_adapter.sheets(payloads), title="汽车维修电子健康档案")
        return ExportResult(data, len(out), len(recs) - len(out), 0, tuple(r[0] for r in out))

    def mark_exported(self, actor: Actor, record_ids: Iterable[int], file_name: str) -> int:
        """The file was written: its queued and failed records are exported (the export is logged)."""
        actor.require(OUTBOX)
        ids = list(record_ids)
        now = self.clock.now()
        with self.db.write() as s:
            recs = list(s.scalars(select(HealthRecord).where(HealthRecord.id.in_(ids)).with_for_update()))
            marked = 0
            for r in recs:
                if r.status in ("queued", "failed"):
                    r.status = "exported"
                    r.attempts += 1
                    r.last_attempt_at = now
                    marked += 1
                if r.status == "exported":
                    r.exported_at, r.exported_by, r.export_file = now, actor.username, (file_name or "")[:255]
            self.audit.record(s, actor, "health_record.export", "health_record", str(len(recs)), file_name[:200],
                              details={"count": len(recs), "marked": marked, "file": file_name[:200]})
            return marked

