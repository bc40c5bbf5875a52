"""The repair file area: the vehicle's repair file (一车一档) and the electronic health record outbox.

- ``repair_file(actor, vin)``: every job on a VIN with what the regulations list
  (``services.repair_file.file``); ``repair_file_pdf`` prints it for the customer (a copy handed out is
  logged). Needs ``VIEW_CUSTOMERS``: the customer may see their car's file at the front desk.
- The outbox (``services.repair_file.health``): ``on_settled`` is the settlement area's hook; the
  list, retry, export and upload marks need ``EXPORT_PERSONAL_DATA`` (the station manager, the
  front-desk supervisor and the information clerk: the export carries plates and VINs, so it is a
  logged export of personal data, and those are the people who answer for the station's upload).
- Keeping: the database refuses to delete anything of a settled job (``app.db.models.repair_file``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cached_property

from app.db.engine import Database
from services.common.clock import Clock
from services.common.identifiers import normalise_vin
from services.repair_file.adapters import HealthRecordAdapter
from services.repair_file.data import ExportResult, HealthRecordRow, RepairFile
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission


class RepairFileService:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, *, station,
                 adapter: HealthRecordAdapter | None = None) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.station = station
        self._adapter = adapter

    @cached_property
    def outbox(self):
        from services.repair_file.health import HealthOutbox

        return HealthOutbox(self, self._adapter)

    # ---- the repair file --------------------------------------------------------------------------
    def repair_file(self, actor: Actor, vin: str) -> RepairFile:
        actor.require(Permission.VIEW_CUSTOMERS)
        from services.repair_file.file import read_file

        with self.db.read() as s:
            return read_file(s, vin)

    def repair_file_document(self, actor: Actor, vin: str, translate=None):
        from services.repair_file.printing import build_document

        return build_document(self, self.repair_file(actor, vin), translate)

    def repair_file_pdf(self, actor: Actor, vin: str, translate=None, lang: str = "zh_CN",
                        purpose: str = "") -> bytes:
        """The file printed for the customer on request; the copy handed out is logged with its
        ``purpose`` (why the personal data is printed)."""
        from reports.repair_file.document import render_repair_file

        doc = self.repair_file_document(actor, vin, translate)
        data = render_repair_file(doc, lang=lang)
        purpose = " ".join((purpose or "").split())[:200]
        details: dict = {"jobs": len(doc.jobs)}
        if purpose:
            details["purpose"] = purpose
        with self.db.write() as s:
            self.audit.record(s, actor, "repair_file.print", "vehicle", normalise_vin(vin), doc.plate,
                              details=details)
        return data

    # ---- the health record outbox ---------------------------------------------------------------
    def on_settled(self, actor: Actor, card_id: int, statement_id: int) -> None:
        self.outbox.on_settled(actor, card_id, statement_id)

    def backfill(self, actor: Actor, since: date | None = None) -> int:
        return self.outbox.backfill(actor, since)

    def health_records(self, actor: Actor, *, status: str | None = None, day_from: date | None = None,
                       day_to: date | None = None, limit: int = 500) -> list[HealthRecordRow]:
        return self.outbox.records(actor, status=status, day_from=day_from, day_to=day_to, limit=limit)

    def health_counts(self, actor: Actor) -> dict[str, int]:
        return self.outbox.counts(actor)

    def health_payload(self, actor: Actor, record_id: int) -> dict:
        return self.outbox.payload(actor, record_id)

    def retry(self, actor: Actor, record_ids: Iterable[int]) -> list[HealthRecordRow]:
        return self.outbox.retry(actor, record_ids)

    def record_failure(self, actor: Actor, record_id: int, error: str) -> HealthRecordRow:
        return self.outbox.record_failure(actor, record_id, error)

    def mark_uploaded(self, actor: Actor, record_ids: Iterable[int]) -> int:
        return self.outbox.mark_uploaded(actor, record_ids)

    def export(self, actor: Actor, day_from: date, day_to: date, fmt: str) -> ExportResult:
        return self.outbox.export(actor, day_from, day_to, fmt)

    def mark_exported(self, actor: Actor, record_ids: Iterable[int], file_name: str) -> int:
        return self.outbox.mark_exported(actor, record_ids, file_name)

    def export_to(self, actor: Actor, day_from: date, day_to: date, path) -> ExportResult:
        """Write the period's file to ``path`` (.json or .xlsx), then mark its records exported."""
        from pathlib import Path

        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        result = self.export(actor, day_from, day_to, fmt)
        path.write_bytes(result.data)
        marked = self.mark_exported(actor, result.ids, path.name)
        return ExportResult(result.data, result.count, result.held, marked, result.ids)
