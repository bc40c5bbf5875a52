"""The manufacturer's submission workbook layout, kept in the station's database (``claims_settings``).

Each manufacturer's claim import sheet has its own columns and header texts. The warranty clerk (or the
administrator) says which column holds which field and under which header; the export follows it. No
layout saved: the built-in one (every field, in ``FIELDS`` order, under its translated name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl.utils import column_index_from_string, get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.claims import ClaimsSettings
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError, conflict_error
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

# the fields a submission row can carry: key -> English name (context ClaimsExport), built-in order
FIELDS: dict[str, str] = {
    "claim_number": QT_TRANSLATE_NOOP("ClaimsExport", "Dealer claim no."),
    "vin": QT_TRANSLATE_NOOP("ClaimsExport", "VIN"),
    "plate": QT_TRANSLATE_NOOP("ClaimsExport", "Plate"),
    "model": QT_TRANSLATE_NOOP("ClaimsExport", "Model"),
    "purchase_date": QT_TRANSLATE_NOOP("ClaimsExport", "Purchase date"),
    "mileage": QT_TRANSLATE_NOOP("ClaimsExport", "Mileage (km)"),
    "repair_date": QT_TRANSLATE_NOOP("ClaimsExport", "Repair date"),
    "job_card": QT_TRANSLATE_NOOP("ClaimsExport", "Job card"),
    "complaint": QT_TRANSLATE_NOOP("ClaimsExport", "Customer's complaint"),
    "system": QT_TRANSLATE_NOOP("ClaimsExport", "System"),
    "fault_code": QT_TRANSLATE_NOOP("ClaimsExport", "Fault code"),
    "cause": QT_TRANSLATE_NOOP("ClaimsExport", "Cause"),
    "photos": QT_TRANSLATE_NOOP("ClaimsExport", "Photos"),
    "line_kind": QT_TRANSLATE_NOOP("ClaimsExport", "Line"),
    "code": QT_TRANSLATE_NOOP("ClaimsExport", "Code"),
    "name": QT_TRANSLATE_NOOP("ClaimsExport", "Name"),
    "qty": QT_TRANSLATE_NOOP("ClaimsExport", "Quantity"),
    "price": QT_TRANSLATE_NOOP("ClaimsExport", "Price"),
    "amount": QT_TRANSLATE_NOOP("ClaimsExport", "Amount"),
    "tag": QT_TRANSLATE_NOOP("ClaimsExport", "Old-part tag"),
}
MONEY_FIELDS = frozenset({"price", "amount"})
MAX_COLUMN = 200  # GR: far past any manufacturer's sheet
SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class SubmissionColumn:
    column: str  # the sheet's column letter, A, B, ... AA
    field: str  # a key of FIELDS
    header: str  # the header text the manufacturer's sheet has there ("" with the built-in layout: translated)


@dataclass(frozen=True)
class SubmissionLayout:
    columns: tuple[SubmissionColumn, ...]
    sheet: str = ""  # "": the built-in name (translated)
    custom: bool = False  # saved by the station; else the built-in layout
    version: int | None = None  # of the saved settings row, for a conflict check


def builtin_layout() -> SubmissionLayout:
    return SubmissionLayout(tuple(SubmissionColumn(get_column_letter(i), key, "")
                                  for i, key in enumerate(FIELDS, start=1)))


def _column_index(text: str) -> int:
    letters = (text or "").strip().upper()
    if not letters or not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{column} is not a column of a sheet (A, B, … AA)."),
                              field="column", column=text or "?")
    index = column_index_from_string(letters)
    if index > MAX_COLUMN:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Column {column} is too far right: use a column up "
                                                                "to {last}."),
                              field="column", column=letters, last=get_column_letter(MAX_COLUMN))
    return index


def check_columns(columns: Iterable[SubmissionColumn]) -> tuple[SubmissionColumn, ...]:
    """The columns cleaned and in sheet order; a clear refusal for an unknown field, a bad or repeated column,
    a field in two columns or a missing header."""
    out: dict[int, SubmissionColumn] = {}
    fields: dict[str, str] = {}
    for c in columns:
        index = _column_index(c.column)
        if c.field not in FIELDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose what column {column} holds."),
                                  field="field", column=get_column_letter(index))
        header = (c.header or "").strip()
        if not header:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the header text of column {column} as "
                                                                    "the manufacturer's sheet has it."),
                                  field="header", column=get_column_letter(index))
        if len(header) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A header has at most 64 characters (column "
                                                                    "{column})."),
                                  field="header", column=get_column_letter(index))
        if index in out:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Column {column} is given twice."),
                                  field="column", column=get_column_letter(index))
        if c.field in fields:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Columns {first} and {column} hold the same "
                                                                    "field: keep one."),
                                  field="field", first=fields[c.field], column=get_column_letter(index))
        fields[c.field] = get_column_letter(index)
        out[index] = SubmissionColumn(get_column_letter(index), c.field, header)
    if not out:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The submission needs at least one column."),
                              field="columns")
    if "claim_number" not in fields:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The submission needs the dealer claim number in "
                                                                "one of its columns."), field="field")
    return tuple(out[i] for i in sorted(out))


def _sheet_name(text: str | None) -> str:
    name = (text or "").strip()
    if len(name) > 31 or SHEET_BAD.search(name):
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A sheet name has at most 31 characters and none "
                                                                "of [ ] : * ? / \\."), field="sheet")
    return name


class SubmissionLayouts:
    """Reading and saving the layout; saving is one transaction with its audit entry."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    @staticmethod
    def _row(s: Session) -> ClaimsSettings | None:
        return s.scalar(select(ClaimsSettings).order_by(ClaimsSettings.id).limit(1))

    @staticmethod
    def _layout(row: ClaimsSettings | None) -> SubmissionLayout:
        if row is None or not row.submission_columns:
            base = builtin_layout()
            return SubmissionLayout(base.columns, row.submission_sheet if row else "", False,
                                    row.version if row else None)
        cols = tuple(SubmissionColumn(str(c.get("column", "")), str(c.get("field", "")), str(c.get("header", "")))
                     for c in row.submission_columns if c.get("field") in FIELDS)
        return SubmissionLayout(cols, row.submission_sheet or "", True, row.version)

    def layout(self, actor: Actor) -> SubmissionLayout:
        actor.require(Permission.VIEW_CLAIMS)
        with self.db.read() as s:
            return self._layout(self._row(s))

    def _require_editor(self, actor: Actor) -> None:
        if not actor.can(Permission.EDIT_SETTINGS):
            actor.require(Permission.EDIT_CLAIMS)

    def save(self, actor: Actor, columns: Sequence[SubmissionColumn], *, sheet: str = "",
             version: int | None = None) -> SubmissionLayout:
        """Save the manufacturer's layout (the warranty clerk or the administrator)."""
        self._require_editor(actor)
        cleaned = check_columns(columns)
        name = _sheet_name(sheet)
        return self._store(actor, [{"column": c.column, "field": c.field, "header": c.header} for c in cleaned],
                           name, version, "claims.submission_layout",
                           ", ".join(f"{c.column}={c.field}" for c in cleaned))

    def reset(self, actor: Actor, *, version: int | None = None) -> SubmissionLayout:
        """Back to the built-in layout."""
        self._require_editor(actor)
        return self._store(actor, None, "", version, "claims.submission_layout_reset", "")

    def _store(self, actor: Actor, columns: list[dict] | None, sheet: str, version: int | None, action: str,
               summary: str) -> SubmissionLayout:
        with self.db.write() as s:
            row = self._row(s)
            if row is None:
                row = ClaimsSettings(submission_sheet="", submission_columns=None)
                s.add(row)
            elif version is not None and row.version != version:
                raise conflict_error(row, self.clock.zone.key)
            before = row.submission_columns
            row.submission_columns = columns
            row.submission_sheet = sheet
            row.updated_by = actor.username
            row.updated_at = self.clock.now()
            s.flush()
            self.audit.record(s, actor, action, "claims_settings", "submission", summary[:255],
                              details={"before": before, "after": columns, "sheet": sheet})
            s.flush()
            return self._layout(row)
