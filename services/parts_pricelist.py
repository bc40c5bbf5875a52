"""Import of a manufacturer's price list from Excel (100k rows), with a change report.

The workbook is read with openpyxl in read-only mode, values only; the header row is found by
its names (Chinese or English). Existing parts are loaded once as column tuples; new parts are
inserted and changed prices updated with Core statements in batches, in one transaction: a
price list is taken whole or not at all. Price changes are summarised in the audit log.

The screen runs the import through ``import_pricelist_in_process`` in a separate process: parsing
the workbook holds the GIL for long stretches, which would stall the UI thread if done in a thread.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import bindparam, select

from app.db.engine import Database
from app.db.models.parts import Part, PartBarcode, PartStock
from app.db.types import Money
from services.audit import AuditLog
from services.clock import Clock
from services.errors import QT_TRANSLATE_NOOP, ValidationError
from services.parts import ZERO, PartsService, barcode_kind, chunks, normalise_number, pinyin_keys
from services.users import Actor, Permission

COLUMNS = {
    "number": ("零件号", "零件编号", "配件号", "part number", "part no", "partno", "number"),
    "name_zh": ("名称", "零件名称", "配件名称", "中文名称", "name", "chinese name"),
    "name_en": ("英文名称", "english name", "name_en", "description"),
    "brand": ("品牌", "brand"),
    "category": ("类别", "分类", "category"),
    "unit": ("单位", "unit"),
    "cost": ("成本价", "进价", "采购价", "dealer price", "cost"),
    "retail_price": ("零售价", "建议零售价", "retail", "retail price"),
    "trade_price": ("批发价", "trade", "trade price"),
    "warranty_price": ("索赔价", "warranty", "warranty price"),
    "superseded_by": ("替代件号", "新件号", "superseded by", "replaced by"),
    "barcode": ("条码", "ean", "barcode", "ean13"),
}
PRICES = ("cost", "retail_price", "trade_price", "warranty_price")


@dataclass(frozen=True)
class RowError:

    row: int
    message: str  # English, filled in (CLI, change report workbook)
    text: str = ""  # the English source marked for translation in context "ServiceError", with {fields}
    params: tuple[tuple[str, Any], ...] = ()

    def translated(self, translate: Callable[[str, str], str]) -> str:
        if not self.text:
            return self.message
        try:
            return translate("ServiceError", self.text).format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message


def _row_error(row: int, text: str, **params: Any) -> RowError:
    return RowError(row, text.format(**params), text, tuple(params.items()))


@dataclass(frozen=True)
class PriceChange:
    kind: str  # new | changed
    number: str
    name: str
    old_cost: Decimal | None
    new_cost: Decimal | None
    old_retail: Decimal | None
    new_retail: Decimal | None


@dataclass
class ImportResult:
    rows: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    changes: list[PriceChange] = field(default_factory=list)


def direction(change: PriceChange) -> str:
    """new, up or down (by the retail price, else the cost), or other (only trade/warranty prices moved)."""
    if change.kind == "new":
        return "new"
    for old, new in ((change.old_retail, change.new_retail), (change.old_cost, change.new_cost)):
        if old is not None and new is not None and old != new:
            return "up" if new > old else "down"
    return "other"


@dataclass
class PriceListReport:
    """An ``ImportResult`` in columns, as the import process hands it to the screen.

    A list of 100k frozen dataclasses is 100k objects the cyclic garbage collector tracks: unpickled
    at once in the UI's process they set off a full collection that stalls the UI thread ~100 ms.
    Columns of strings, numbers and Decimals are not tracked. Row ``i`` of the changes is
    ``change(i)``; ``direction[i]`` is new, up, down or other.
    """

    rows: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    kind: list[str] = field(default_factory=list)
    direction: list[str] = field(default_factory=list)
    number: list[str] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    old_cost: list[Decimal | None] = field(default_factory=list)
    new_cost: list[Decimal | None] = field(default_factory=list)
    old_retail: list[Decimal | None] = field(default_factory=list)
    new_retail: list[Decimal | None] = field(default_factory=list)
    error_row: list[int] = field(default_factory=list)
    error_message: list[str] = field(default_factory=list)
    error_text: list[str] = field(default_factory=list)
    error_params: list[tuple[tuple[str, Any], ...]] = field(default_factory=list)

    @classmethod
    def from_result(cls, result: ImportResult) -> PriceListReport:
        ch, er = result.changes, result.errors
        return cls(result.rows, result.new, result.changed, result.unchanged,
                   [c.kind for c in ch], [direction(c) for c in ch], [c.number for c in ch], [c.name for c in ch],
                   [c.old_cost for c in ch], [c.new_cost for c in ch], [c.old_retail for c in ch],
                   [c.new_retail for c in ch],
                   [e.row for e in er], [e.message for e in er], [e.text for e in er], [e.params for e in er])

    def change(self, i: int) -> PriceChange:
        return PriceChange(self.kind[i], self.number[i], self.name[i], self.old_cost[i], self.new_cost[i],
                           self.old_retail[i], self.new_retail[i])

    def error(self, i: int) -> RowError:
        return RowError(self.error_row[i], self.error_message[i], self.error_text[i], self.error_params[i])

    def result(self) -> ImportResult:
        """Back to rows (for the change report workbook)."""
        return ImportResult(self.rows, self.new, self.changed, self.unchanged,
                            [self.error(i) for i in range(len(self.error_row))],
                            [self.change(i) for i in range(len(self.kind))])


def _money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):  # a number cell: its shortest repr is what the sheet shows
        value = repr(value)
    try:
        d = Decimal(str(value).strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except InvalidOperation:
        raise ValueError(value) from None
    if not d.is_finite() or d < 0:
        raise ValueError(value)
    from services.money import round_cny

    return round_cny(d)


class PriceListImporter:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts

    @property
    def database_url(self) -> str:
        """The URL another process opens the same database with (password included: it stays local)."""
        return self.db.url.render_as_string(hide_password=False)

    def import_file(self, actor: Actor, path: Path | str, *, dry_run: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> ImportResult:
        if dry_run:  # a preview changes nothing: buyers may read what a price list would do
            if not (actor.can(Permission.EDIT_PART_PRICES) or actor.can(Permission.PURCHASE_PARTS)):
                actor.require(Permission.EDIT_PART_PRICES)
        else:
            actor.require(Permission.EDIT_PARTS)
            actor.require(Permission.EDIT_PART_PRICES)
        try:
            wb = load_workbook(str(path), read_only=True, data_only=True)
        except FileNotFoundError:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The file {path} does not exist."),
                                  path=str(path)) from None
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, InvalidFileException):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{path} is not an Excel workbook (.xlsx) "
                                                                    "that can be read."), path=str(path)) from None
        try:
            ws = wb.worksheets[0]
            total = max((ws.max_row or 1) - 1, 0)
            rows = ws.iter_rows(values_only=True)
            header = next(rows, None)
            cols = self._columns(header)
            return self._apply(actor, rows, cols, total, dry_run, progress)
        finally:
            wb.close()

    def _columns(self, header) -> dict[str, int]:
        names = [str(h or "").strip().lower() for h in (header or ())]
        cols = {}
        for key, aliases in COLUMNS.items():
            for i, name in enumerate(names):
                if name in aliases:
                    cols[key] = i
                    break
        if "number" not in cols:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The price list has no part-number column "
                                                                    "(零件号 or Part number) in its first row."))
        return cols

    def _apply(self, actor, rows, cols, total, dry_run, progress) -> ImportResult:
        result = ImportResult()
        now = self.clock.now()
        with self.db.write() as s:
            existing = {r[0]: r[1:] for r in s.execute(
                select(Part.number, Part.id, Part.name_zh, Part.cost, Part.retail_price, Part.trade_price,
                       Part.warranty_price))}
            codes = set(s.scalars(select(PartBarcode.code)))
            new_rows: list[dict] = []
            new_codes: list[tuple[str, str]] = []
            updates: list[dict] = []
            supersede: list[tuple[str, str]] = []
            seen: set[str] = set()

            def get(row, key):
                i = cols.get(key)
                return row[i] if i is not None and i < len(row) else None

            for n, row in enumerate(rows, start=2):
                if not row or all(v is None or v == "" for v in row):
                    continue
                result.rows += 1
                if progress and result.rows % 5000 == 0:
                    progress(result.rows, total)
                number = normalise_number(str(get(row, "number") or ""))
                if not number or len(number) > 40:
                    result.errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "no part number")))
                    continue
                if number in seen:
                    result.errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "{number} appears twice"),
                                                   number=number))
                    continue
                seen.add(number)
                try:
                    prices = {k: _money(get(row, k)) for k in PRICES}
                except ValueError as exc:
                    result.errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "{number}: not an amount: {value}"),
                                                   number=number, value=repr(exc.args[0])))
                    continue
                name = str(get(row, "name_zh") or "").strip()
                old = existing.get(number)
                if old is None:
                    if not name:
                        result.errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "{number}: no name"),
                                                       number=number))
                        continue
                    full, initials = pinyin_keys(name)
                    new_rows.append({
                        "number": number, "name_zh": name[:128], "name_en": str(get(row, "name_en") or "")[:128],
                        "pinyin": full, "initials": initials, "spec": "", "brand": str(get(row, "brand") or "")[:64],
                        "category": str(get(row, "category") or "")[:64], "unit": str(get(row, "unit") or "个")[:16],
                        "quality": "genuine", "min_stock": ZERO, "quota": ZERO, "active": True, "version": 1,
                        "updated_by": actor.username, "created_at": now, "updated_at": now,
                        **{k: (v if v is not None else ZERO) for k, v in prices.items()}})
                    code = str(get(row, "barcode") or "").strip()
                    if code and code not in codes:
                        codes.add(code)
                        new_codes.append((number, code))
                    result.new += 1
                    result.changes.append(PriceChange("new", number, name, None, prices["cost"], None,
                                                      prices["retail_price"]))
                else:
                    pid, old_name, *old_prices = old
                    merged = {k: (prices[k] if prices[k] is not None else old_prices[i]) for i, k in enumerate(PRICES)}
                    if any(merged[k] != old_prices[i] for i, k in enumerate(PRICES)):
                        updates.append({"b_id": pid, **{f"b_{k}": v for k, v in merged.items()}})
                        result.changed += 1
                        result.changes.append(PriceChange("changed", number, old_name, old_prices[0], merged["cost"],
                                                          old_prices[1], merged["retail_price"]))
                    else:
                        result.unchanged += 1
                succ = normalise_number(str(get(row, "superseded_by") or ""))
                if succ and succ != number:
                    supersede.append((number, succ))
            if progress:
                progress(result.rows, total)
            if dry_run:
                return result
            part_t = Part.__table__
            for batch in chunks(new_rows, 5000):
                s.execute(part_t.insert(), batch)
            if new_rows:
                ids = dict(s.execute(select(Part.number, Part.id).where(Part.number.in_(
                    [r["number"] for r in new_rows]))).all()) if len(new_rows) < 30000 else \
                    dict(s.execute(select(Part.number, Part.id)).all())
                for batch in chunks(new_rows, 5000):
                    s.execute(PartStock.__table__.insert(), [
                        {"part_id": ids[r["number"]], "on_hand": ZERO, "reserved": ZERO, "on_order": ZERO,
                         "avg_cost": r["cost"], "created_at": now, "updated_at": now} for r in batch])
                for batch in chunks(new_codes, 5000):
                    s.execute(PartBarcode.__table__.insert(), [
                        {"part_id": ids[number], "code": code, "kind": barcode_kind(code), "created_at": now,
                         "updated_at": now} for number, code in batch])
            stmt = (part_t.update().where(part_t.c.id == bindparam("b_id"))
                    .values(**{k: bindparam(f"b_{k}", type_=Money()) for k in PRICES},
                            version=part_t.c.version + 1, updated_by=actor.username, updated_at=now))
            for batch in chunks(updates, 5000):
                s.execute(stmt, batch)
            if supersede:
                all_ids = dict(s.execute(select(Part.number, Part.id)).all())
                for old_number, new_number in supersede:
                    if old_number in all_ids and new_number in all_ids:
                        s.execute(part_t.update().where(part_t.c.id == all_ids[old_number])
                                  .values(superseded_by_id=all_ids[new_number]))
            self.audit.record(s, actor, "part.pricelist", "part", None,
                              f"{result.rows} rows: {result.new} new, {result.changed} changed",
                              details={"errors": len(result.errors)})
        return result


def import_pricelist_in_process(url: str, actor: Actor, path: str, *, dry_run: bool = False,
                                clock: Clock | None = None) -> PriceListReport:
    """``PriceListImporter.import_file`` in another process: opens its own ``Database`` from ``url``.

    Module-level so that a process pool can pickle it; the actor, the report and the errors it
    raises (``ServiceError``) are plain picklable data.
    """
    from app.db.engine import open_database

    db = open_database(url)
    try:
        audit = AuditLog(db)
        clock = clock or Clock()
        importer = PriceListImporter(db, audit, clock, parts=PartsService(db, audit, clock))
        return PriceListReport.from_result(importer.import_file(actor, path, dry_run=dry_run))
    finally:
        db.dispose()
