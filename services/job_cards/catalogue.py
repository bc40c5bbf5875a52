"""The labour catalogue (标准工时): operations, standard hours by model family, versioned by date.

Labour-time standards are published and filed with the local authority; a new edition is a new
set of rows with a later ``valid_from``, and a job line keeps the hours it was sold at. Import
and export are Excel workbooks with one row per (code, model family, valid from).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.db.models.job_cards import LabourOperation
from reports.common.cells import safe_row
from services.common import pinyin
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.common.money import to_decimal
from services.station.settings import JOB_TYPES
from services.users.permissions import Actor, Permission

HEADERS = ("code", "name_zh", "name_en", "model_family", "hours", "job_types", "category", "valid_from")
HEADER_NAMES = {
    "code": QT_TRANSLATE_NOOP("Catalogue", "Operation code"),
    "name_zh": QT_TRANSLATE_NOOP("Catalogue", "Name (Chinese)"),
    "name_en": QT_TRANSLATE_NOOP("Catalogue", "Name (English)"),
    "model_family": QT_TRANSLATE_NOOP("Catalogue", "Model family"),
    "hours": QT_TRANSLATE_NOOP("Catalogue", "Standard hours"),
    "job_types": QT_TRANSLATE_NOOP("Catalogue", "Job types"),
    "category": QT_TRANSLATE_NOOP("Catalogue", "Category"),
    "valid_from": QT_TRANSLATE_NOOP("Catalogue", "Valid from"),
}
# what a person might write in a header cell, for import
_ALIASES = {
    "code": ("code", "operation code", "工时代码", "项目代码", "代码"),
    "name_zh": ("name_zh", "name (chinese)", "名称", "项目名称", "工时名称"),
    "name_en": ("name_en", "name (english)", "英文名称"),
    "model_family": ("model_family", "model family", "车型", "车系"),
    "hours": ("hours", "standard hours", "标准工时", "工时"),
    "job_types": ("job_types", "job types", "维修类型"),
    "category": ("category", "类别", "分类"),
    "valid_from": ("valid_from", "valid from", "生效日期"),
}


@dataclass(frozen=True)
class OperationInfo:
    id: int
    code: str
    name_zh: str
    name_en: str
    model_family: str
    hours: Decimal
    job_types: tuple[str, ...]
    category: str
    valid_from: date


@dataclass(frozen=True)
class CatalogueImport:
    added: int
    updated: int
    unchanged: int


def _info(op: LabourOperation) -> OperationInfo:
    return OperationInfo(op.id, op.code, op.name_zh, op.name_en, op.model_family, op.hours,
                         tuple(t for t in op.job_types.split(",") if t), op.category, op.valid_from)


def _keys(name: str) -> tuple[str, str]:
    return pinyin.keys(name, 160, 64)


def _clean_row(values: dict) -> dict:
    code = str(values.get("code") or "").strip().upper()
    name = str(values.get("name_zh") or "").strip()
    if not code or not name:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An operation needs a code and a name."), field="code")
    try:
        hours = to_decimal(str(values.get("hours") or "").strip())
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{code}: {value} is not a number of hours."),
                              field="hours", code=code, value=values.get("hours")) from None
    if hours <= 0 or hours > 200 or hours != hours.quantize(Decimal("0.001")):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{code}: hours must be more than zero."),
                              field="hours", code=code)
    types = [t.strip() for t in re.split(r"[,，;；\s]+", str(values.get("job_types") or "")) if t.strip()]
    bad = [t for t in types if t not in JOB_TYPES]
    if bad:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{code}: unknown job type {value}."),
                              field="job_types", code=code, value=bad[0])
    valid_from = values.get("valid_from")
    if isinstance(valid_from, datetime):
        valid_from = valid_from.date()
    elif isinstance(valid_from, str) and valid_from.strip():
        try:
            valid_from = date.fromisoformat(valid_from.strip())
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{code}: {value} is not a date."),
                                  field="valid_from", code=code, value=valid_from) from None
    if not isinstance(valid_from, date):
        valid_from = date(2000, 1, 1)
    return {"code": code, "name_zh": name, "name_en": str(values.get("name_en") or "").strip(),
            "model_family": str(values.get("model_family") or "").strip(), "hours": hours,
            "job_types": ",".join(types), "category": str(values.get("category") or "").strip(),
            "valid_from": valid_from}


class LabourCatalogue:
    """Reading, editing, importing and exporting the catalogue."""

    def __init__(self, db, audit) -> None:
        self.db = db
        self.audit = audit

    def save_operation(self, actor: Actor, **values) -> OperationInfo:
        actor.require(Permission.EDIT_SETTINGS)
        row = _clean_row(values)
        with self.db.write() as s:
            op, _ = self._upsert(s, row)
            s.flush()
            self.audit.record(s, actor, "labour.save", "labour_operation", row["code"], row["name_zh"],
                              details={"hours": str(row["hours"]), "family": row["model_family"],
                                       "valid_from": str(row["valid_from"])})
            return _info(op)

    def _upsert(self, s: Session, row: dict) -> tuple[LabourOperation, str]:
        op = s.scalar(select(LabourOperation).where(LabourOperation.code == row["code"],
                                                    LabourOperation.model_family == row["model_family"],
                                                    LabourOperation.valid_from == row["valid_from"]))
        pinyin, initials = _keys(row["name_zh"])
        if op is None:
            op = LabourOperation(**row, pinyin=pinyin, initials=initials, active=True)
            s.add(op)
            return op, "added"
        changed = any(getattr(op, k) != v for k, v in row.items())
        for k, v in row.items():
            setattr(op, k, v)
        op.pinyin, op.initials = pinyin, initials
        return op, "updated" if changed else "unchanged"

    def lookup(self, actor: Actor, text: str = "", *, day: date, family: str = "", job_type: str | None = None,
               limit: int = 30) -> list[OperationInfo]:
        """Operations in force on ``day`` by code prefix, Chinese name, pinyin or initials (from any
        character of the name on: ``jiyou`` finds 更换机油); one per code (the model family's own
        version where it has one)."""
        actor.require(Permission.VIEW_JOB_CARDS)
        q = (text or "").strip()
        with self.db.read() as s:
            latest = (select(LabourOperation.code, LabourOperation.model_family,
                             func.max(LabourOperation.valid_from).label("vf"))
                      .where(LabourOperation.valid_from <= day, LabourOperation.active.is_(True),
                             LabourOperation.model_family.in_(("", family)))
                      .group_by(LabourOperation.code, LabourOperation.model_family).subquery())
            stmt = (select(LabourOperation).join(latest, (latest.c.code == LabourOperation.code)
                                                 & (latest.c.model_family == LabourOperation.model_family)
                                                 & (latest.c.vf == LabourOperation.valid_from))
                    .order_by(LabourOperation.code, LabourOperation.model_family.desc()).limit(limit * 2))
            if q:
                conds = [LabourOperation.code.startswith(q.upper(), autoescape=True),
                         LabourOperation.name_zh.contains(q, autoescape=True),
                         *pinyin.conditions(LabourOperation.initials, LabourOperation.pinyin, q)]
                # the code typed whole comes first, then code order
                stmt = stmt.where(or_(*conds)).order_by(None).order_by(
                    case((LabourOperation.code == q.upper(), 0), else_=1), LabourOperation.code,
                    LabourOperation.model_family.desc())
            if job_type:
                stmt = stmt.where(or_(LabourOperation.job_types == "",
                                      LabourOperation.job_types.contains(job_type, autoescape=True)))
            out: dict[str, OperationInfo] = {}
            for op in s.scalars(stmt):
                # a family's own row sorts first (desc), the default only fills in
                out.setdefault(op.code, _info(op))
            return list(out.values())[:limit]

    def all_rows(self, actor: Actor) -> list[OperationInfo]:
        actor.require(Permission.VIEW_JOB_CARDS)
        with self.db.read() as s:
            return [_info(op) for op in s.scalars(select(LabourOperation).order_by(
                LabourOperation.code, LabourOperation.model_family, LabourOperation.valid_from))]

    def export_workbook(self, actor: Actor, header_names: dict[str, str] | None = None) -> bytes:
        """Every version of every operation, one row each, in a write-only workbook."""
        rows = self.all_rows(actor)
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("标准工时")
        names = header_names or {}
        ws.append(safe_row(ws, [names.get(h, h) for h in HEADERS]))
        for r in rows:
            ws.append(safe_row(ws, [r.code, r.name_zh, r.name_en, r.model_family, r.hours, ",".join(r.job_types), r.category,
                       r.valid_from]))
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    def import_workbook(self, actor: Actor, data: bytes) -> CatalogueImport:
        """Rows by (code, model family, valid from): new ones added, existing ones updated. All or nothing."""
        actor.require(Permission.EDIT_SETTINGS)
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        header = next(it, None)
        if header is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The workbook is empty."))
        cols: dict[str, int] = {}
        for idx, cell in enumerate(header):
            label = str(cell or "").strip().lower()
            for key, aliases in _ALIASES.items():
                if label in aliases or label == HEADER_NAMES[key].lower():
                    cols.setdefault(key, idx)
        missing = [k for k in ("code", "name_zh", "hours") if k not in cols]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The workbook has no column {column}."),
                                  column=missing[0])
        rows = []
        for n, values in enumerate(it, start=2):
            if not values or all(v in (None, "") for v in values):
                continue
            raw = {k: values[i] if i < len(values) else None for k, i in cols.items()}
            try:
                rows.append(_clean_row(raw))
            except ValidationError as exc:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Row {row}: {problem}"), row=n,
                                      problem=exc.message()) from None
        wb.close()
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self.db.write() as s:
            for row in rows:
                _, what = self._upsert(s, row)
                counts[what] += 1
                s.flush()
            self.audit.record(s, actor, "labour.import", "labour_operation", None,
                              f"{counts['added']} added, {counts['updated']} updated", details=counts)
        return CatalogueImport(counts["added"], counts["updated"], counts["unchanged"])
