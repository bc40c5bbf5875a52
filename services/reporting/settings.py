"""Reporting's settings row: the station's targets and the scheduled report's folder."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from app.db.engine import Database
from app.db.models.reporting import ReportingSettingsRow
from services.common.amounts import read_number
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError, conflict_error
from services.reporting.data import ReportingSettings
from services.reporting.definitions import KPI_BY_CODE
from services.users.permissions import Actor


def _targets(raw: dict | None) -> dict[str, Decimal]:
    out = {}
    for code, text in (raw or {}).items():
        if code in KPI_BY_CODE:
            try:
                out[code] = Decimal(str(text))
            except InvalidOperation:
                continue
    return out


def targets(db: Database) -> dict[str, Decimal]:
    with db.read() as s:
        return _targets(s.scalar(select(ReportingSettingsRow.targets).limit(1)))


def load(db: Database) -> ReportingSettings:
    with db.read() as s:
        row = s.scalar(select(ReportingSettingsRow).limit(1))
        if row is None:
            return ReportingSettings()
        return ReportingSettings(_targets(row.targets), row.schedule_folder or "", row.version)


def save(svc, actor: Actor, value: ReportingSettings) -> ReportingSettings:
    clean: dict[str, str] = {}
    for code, target in value.targets.items():
        if code not in KPI_BY_CODE:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown figure {code}."), field="targets",
                                  code=code)
        try:  # the one reader: NaN, 1e40 and the like are no target either
            number = read_number(target, field="targets")
        except ValidationError:
            number = None
        if number is None or number < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter a target of zero or more for {code}."),
                                  field="targets", code=code)
        clean[code] = str(number)
    folder = (value.schedule_folder or "").strip()
    with svc.db.write() as s:
        row = s.scalar(select(ReportingSettingsRow).limit(1))
        if row is None:
            row = ReportingSettingsRow(targets={}, schedule_folder="")
            s.add(row)
        elif row.version != value.version:
            raise conflict_error(row)
        before = {"targets": row.targets or {}, "schedule_folder": row.schedule_folder}
        row.targets = clean
        row.schedule_folder = folder
        row.updated_by = actor.username
        s.flush()
        svc.audit.record(s, actor, "reporting.settings", "reporting_settings", row.id,
                         details={"before": before, "after": {"targets": clean, "schedule_folder": folder}})
        return ReportingSettings(_targets(clean), folder, row.version)
