"""Import of a manufacturer's price list from Excel (100k rows), with a change report.

The workbook is read with openpyxl in read-only mode, values only; the header row is found by
its names (Chinese or English), and every row is checked before any transaction opens. The parts
master is then read once as column tuples (a short read) and compared with the rows: that is the
preview. An import then opens one write transaction that re-reads the master (comparing again only
if it changed meanwhile), inserts new parts and updates changed prices with Core statements in
batches, and the write lock is never held while the workbook is parsed.

One rule for every import: a workbook with bad rows (errors, or prices that change more than ×3 up or
down and were not confirmed) writes nothing; with ``skip_bad`` the good rows are written and the
skipped ones reported. Every row lands in exactly one of new, changed, unchanged, warnings (a ×3 change)
and errors, and the counts are checked to add up to the rows read. New parts take the supplier the list
comes from, and a wholesale and a claim price (the list's, else the retail price and the cost). The
import is written to the audit log with the clerk's name, and the change report names the clerk.

The screen runs the import through ``import_pricelist_in_process`` in a separate process: parsing
the workbook holds the GIL for long stretches, which would stall the UI thread if done in a thread.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.parts import Part, PartBarcode, PartStock, PartSupplier, Supplier
from app.db.types import Money
from services.common.amounts import read_number
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.parts.pricelist_links import link_existing
from services.parts.pricelist_records import (
    PRICE_NAMES,
    ImportResult,
    PriceChange,
    PriceListReport,
    RowError,
    _row_error,
)
from services.parts.stock import PartsService
from services.parts.values import ZERO, barcode_kind, chunks, normalise_number, pinyin_keys
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

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
# what a workbook may unpack to: a price list of a million rows is about 300 MB of XML; more is a
# damaged file or a zip bomb (a few kB that expand to gigabytes), refused before openpyxl reads it
MAX_UNPACKED = 512 * 1024 * 1024
WARN_FACTOR = Decimal(3)  # a price that moves more than ×3 or ÷3 is a warning the clerk confirms
def _money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:  # the one reader (a number cell by its shortest repr, what the sheet shows); NaN, 1e40 refused
        d = read_number(value, field="price")
    except ValidationError:
        raise ValueError(value) from None
    if d is None or d < 0:
        raise ValueError(value)
    from services.common.money import round_cny

    return round_cny(d)


@dataclass(frozen=True, slots=True)
class _Row:
    """A workbook row that passed the checks needing no database (number, duplicates, amounts)."""

    line: int
    number: str
    name: str
    prices: tuple[Decimal | None, ...]  # in the order of PRICES; None where the cell is empty
    name_en: str
    brand: str
    category: str
    unit: str
    barcode: str
    superseded_by: str


@dataclass
class _Plan:
    """What a price list would change, worked out against one reading of the parts master."""

    result: ImportResult
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    new_codes: list[tuple[str, str]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    supersede: list[tuple[str, str]] = field(default_factory=list)
    warned: dict[str, dict[str, Any]] = field(default_factory=dict)  # part number → its update, held back
    links: list[tuple[int, str, Decimal | None]] = field(default_factory=list)  # existing parts: id, number, cost


def _factor(old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """How many times the price moved (≥ 1, up or down), or None when there was no price before."""
    if old is None or new is None or old <= 0 or old == new:
        return None
    if new <= 0:
        return Decimal("Infinity")
    return new / old if new > old else old / new


class PriceListImporter:
    """Reads and checks the workbook with no transaction open, compares it with one short read of the
    parts master, and writes in one transaction that only re-reads the master and writes: a storekeeper's
    scan never waits for the workbook to be parsed."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, parts: PartsService) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.parts = parts

    @property
    def database_url(self) -> str:
        """The URL another process opens the same database with (password included: it stays local)."""
        return self.db.url.render_as_string(hide_password=False)

    def import_file(self, actor: Actor, path: Path | str, *, dry_run: bool = False, skip_bad: bool = False,
                    confirm: bool | Collection[str] = False, supplier_id: int | None = None,
                    progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Preview (``dry_run``) or import a price list.

        ``confirm``: True takes every ×3 change, or the part numbers whose ×3 change the clerk confirmed
        (what the preview showed); any other ×3 change is a bad row. Bad rows stop the whole import
        unless ``skip_bad``, which writes the good rows and reports the others. ``supplier_id``: who the
        list comes from; new parts are linked to it (a list with new parts needs one).
        """
        if dry_run:  # a preview changes nothing: buyers may read what a price list would do
            if not (actor.can(Permission.EDIT_PART_PRICES) or actor.can(Permission.PURCHASE_PARTS)):
                actor.require(Permission.EDIT_PART_PRICES)
        else:
            actor.require(Permission.EDIT_PARTS)
            actor.require(Permission.EDIT_PART_PRICES)
        supplier = self._supplier_name(supplier_id)
        rows, errors, count = self.read_workbook(path, progress)  # no transaction open while parsing
        with self.db.read() as s:
            existing = _existing(s)
        pinyin_cache: dict[str, tuple[str, str]] = {}
        plan = self._plan(actor, rows, errors, count, existing, pinyin_cache, confirm)
        plan.result.supplier = supplier
        if dry_run:
            return plan.result
        if plan.new_rows and supplier_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The price list has {n} new parts: choose the "
                                                                    "supplier it comes from."),
                                  field="supplier", n=len(plan.new_rows))
        if plan.result.bad and not skip_bad:  # one rule: nothing is written unless every row is good
            return plan.result
        with self.db.write() as s:
            current = _existing(s)
            if current != existing:  # the master changed since it was read: compare again, in the lock
                plan = self._plan(actor, rows, errors, count, current, pinyin_cache, confirm)
                plan.result.supplier = supplier
                if plan.result.bad and not skip_bad:
                    return plan.result
            self._write(s, actor, plan, supplier_id, Path(path).name)
        return plan.result

    def _supplier_name(self, supplier_id: int | None) -> str:
        if supplier_id is None:
            return ""
        with self.db.read() as s:
            name = s.scalar(select(Supplier.name).where(Supplier.id == supplier_id))
        if name is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such supplier."))
        return name

    def read_workbook(self, path: Path | str, progress: Callable[[int, int], None] | None = None
                      ) -> tuple[list[_Row], list[RowError], int]:
        """The rows of the workbook's first sheet, checked; the rows refused; the count of non-empty rows."""
        _check_unpacked_size(path)
        try:
            fh = open(path, "rb")  # noqa: SIM115 (closed below; openpyxl reads it lazily until then)
        except FileNotFoundError:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The file {path} does not exist."),
                                  path=str(path)) from None
        except OSError:
            raise _unreadable(path) from None
        with fh:  # closed however openpyxl fails (it leaves its own zip open on a damaged file)
            try:
                wb = load_workbook(fh, read_only=True, data_only=True)
            except (OSError, ValueError, KeyError, zipfile.BadZipFile, InvalidFileException, zlib.error, EOFError,
                    SyntaxError):  # SyntaxError: its XML does not parse
                raise _unreadable(path) from None
            try:
                ws = wb.worksheets[0]
                total = max((ws.max_row or 1) - 1, 0)
                cells = ws.iter_rows(values_only=True)
                cols = self._columns(next(cells, None))
                return _check_rows(cells, cols, total, progress)
            except (zlib.error, zipfile.BadZipFile, EOFError, OSError, SyntaxError):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{path} is damaged part way through (a "
                                                                        "copy cut short, a bad disk). Nothing was "
                                                                        "imported; save the price list again from "
                                                                        "Excel and retry."),
                                      path=str(path)) from None
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

    def _plan(self, actor: Actor, rows: list[_Row], errors: list[RowError], count: int,
              existing: dict[str, tuple[Any, ...]], pinyin_cache: dict[str, tuple[str, str]],
              confirm: bool | Collection[str] = False) -> _Plan:
        result = ImportResult(rows=count, clerk=actor.display_name or actor.username)
        plan = _Plan(result)
        refused = list(errors)
        now = self.clock.now()
        codes: set[str] = set()
        for row in rows:
            old = existing.get(row.number)
            prices = dict(zip(PRICES, row.prices, strict=True))
            if old is None:
                if not row.name:
                    refused.append(_row_error(row.line, QT_TRANSLATE_NOOP("ServiceError", "{number}: no name"),
                                              number=row.number))
                    continue
                keys = pinyin_cache.get(row.name)
                if keys is None:
                    keys = pinyin_cache[row.name] = pinyin_keys(row.name)
                plan.new_rows.append({
                    "number": row.number, "name_zh": row.name[:128], "name_en": row.name_en[:128],
                    "pinyin": keys[0], "initials": keys[1], "spec": "", "brand": row.brand[:64],
                    "category": row.category[:64], "unit": row.unit[:16], "quality": "genuine",
                    "min_stock": ZERO, "quota": ZERO, "active": True, "version": 1, "updated_by": actor.username,
                    "created_at": now, "updated_at": now, **_new_prices(prices)})
                if row.barcode and row.barcode not in codes:
                    codes.add(row.barcode)
                    plan.new_codes.append((row.number, row.barcode))
                result.new += 1
                result.changes.append(PriceChange("new", row.number, row.name, None, prices["cost"], None,
                                                  prices["retail_price"]))
            else:
                pid, old_name, *old_prices = old
                merged = {k: (prices[k] if prices[k] is not None else old_prices[i]) for i, k in enumerate(PRICES)}
                if any(merged[k] != old_prices[i] for i, k in enumerate(PRICES)):
                    update = {"b_id": pid, **{f"b_{k}": v for k, v in merged.items()}}
                    jumps = [(k, old_prices[i], merged[k], f) for i, k in enumerate(PRICES)
                             if (f := _factor(old_prices[i], merged[k])) is not None and f > WARN_FACTOR]
                    if jumps:
                        k, old_p, new_p, f = jumps[0]
                        result.warnings.append(_row_error(
                            row.line, QT_TRANSLATE_NOOP("ServiceError", "{number}: {price} {old} → {new}, more than "
                                                                        "×3 or ÷3: confirm it is right"),
                            number=row.number, price=PRICE_NAMES[k], old=f"{old_p:,.2f}", new=f"{new_p:,.2f}"))
                        result.changes.append(PriceChange("warning", row.number, old_name, old_prices[0],
                                                          merged["cost"], old_prices[1], merged["retail_price"]))
                        if confirm is True or (confirm and row.number in confirm):
                            plan.updates.append(update)
                            plan.links.append((pid, row.number, merged["cost"]))
                            if row.superseded_by and row.superseded_by != row.number:
                                plan.supersede.append((row.number, row.superseded_by))
                        else:  # held back: the whole list waits for it, or it is skipped
                            plan.warned[row.number] = update
                            result.unconfirmed.append(row.number)
                        continue
                    plan.updates.append(update)
                    plan.links.append((pid, row.number, merged["cost"]))
                    result.changed += 1
                    result.changes.append(PriceChange("changed", row.number, old_name, old_prices[0],
                                                      merged["cost"], old_prices[1], merged["retail_price"]))
                else:
                    plan.links.append((pid, row.number, merged["cost"]))
                    result.unchanged += 1
            if row.superseded_by and row.superseded_by != row.number:
                plan.supersede.append((row.number, row.superseded_by))
        result.errors = sorted(refused, key=lambda e: e.row)
        result.skipped = result.bad
        if not result.counts_add_up:  # every row read is counted once: a report that does not add up is a bug
            raise AssertionError(f"price list counts do not add up: {result.rows} rows, {result.new} new, "
                                 f"{result.changed} changed, {result.unchanged} unchanged, {len(result.warnings)} "
                                 f"warnings, {len(result.errors)} errors")
        return plan

    def _write(self, s: Session, actor: Actor, plan: _Plan, supplier_id: int | None, file_name: str) -> None:
        result, new_rows = plan.result, plan.new_rows
        now = self.clock.now()
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
            taken = set(s.scalars(select(PartBarcode.code).where(PartBarcode.code.in_(
                [code for _n, code in plan.new_codes])))) if len(plan.new_codes) < 30000 else \
                set(s.scalars(select(PartBarcode.code)))
            for codes in chunks([(n, c) for n, c in plan.new_codes if c not in taken], 5000):
                s.execute(PartBarcode.__table__.insert(), [
                    {"part_id": ids[number], "code": code, "kind": barcode_kind(code), "created_at": now,
                     "updated_at": now} for number, code in codes])
            if supplier_id is not None:  # bought from the supplier whose list made them, at the list's cost
                for batch in chunks(new_rows, 5000):
                    s.execute(PartSupplier.__table__.insert(), [
                        {"part_id": ids[r["number"]], "supplier_id": supplier_id, "supplier_number": r["number"],
                         "price": r["cost"] or None, "lead_time_days": None, "preferred": True,
                         "price_list": file_name[:128], "listed_at": now, "created_at": now, "updated_at": now}
                        for r in batch])
        stmt = (part_t.update().where(part_t.c.id == bindparam("b_id"))
                .values(**{k: bindparam(f"b_{k}", type_=Money()) for k in PRICES},
                        version=part_t.c.version + 1, updated_by=actor.username, updated_at=now))
        for batch in chunks(plan.updates, 5000):
            s.execute(stmt, batch)
        if supplier_id is not None:  # parts already in the master are bought from it too, at its list price
            result.linked, result.relinked = link_existing(s, supplier_id, plan.links, file_name, now)
        if plan.supersede:
            all_ids = dict(s.execute(select(Part.number, Part.id)).all())
            for old_number, new_number in plan.supersede:
                if old_number in all_ids and new_number in all_ids:
                    s.execute(part_t.update().where(part_t.c.id == all_ids[old_number])
                              .values(superseded_by_id=all_ids[new_number]))
        result.saved = True
        self.audit.record(s, actor, "part.pricelist", "part", None,
                          f"{result.clerk}: {file_name}, {result.rows} rows: {result.new} new, {result.changed} "
                          f"changed, {len(result.warnings)} warnings, {len(result.errors)} errors, "
                          f"{result.skipped} skipped",
                          details={"clerk": result.clerk, "file": file_name, "supplier": result.supplier,
                                   "rows": result.rows, "new": result.new, "changed": result.changed,
                                   "unchanged": result.unchanged, "warnings": len(result.warnings),
                                   "confirmed": len(result.warnings) - len(result.unconfirmed),
                                   "errors": len(result.errors), "skipped": result.skipped,
                                   "linked": result.linked, "relinked": result.relinked})


def _new_prices(prices: dict[str, Decimal | None]) -> dict[str, Decimal]:
    """A new part's prices: the list's, else wholesale at the retail price and the claim price at cost."""
    out = {k: (v if v is not None else ZERO) for k, v in prices.items()}
    if prices["trade_price"] is None:
        out["trade_price"] = out["retail_price"]
    if prices["warranty_price"] is None:
        out["warranty_price"] = out["cost"]
    return out


def _existing(s: Session) -> dict[str, tuple[Any, ...]]:
    """The parts master as a price list is compared with: number → (id, name, cost, retail, trade, warranty)."""
    return {r[0]: tuple(r[1:]) for r in s.execute(
        select(Part.number, Part.id, Part.name_zh, Part.cost, Part.retail_price, Part.trade_price,
               Part.warranty_price))}


def _unreadable(path: Path | str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{path} is not an Excel workbook (.xlsx) that can be "
                                                             "read."), path=str(path))


def _check_unpacked_size(path: Path | str) -> None:
    """Refuse a workbook whose members unpack to more than ``MAX_UNPACKED`` (read from the zip's directory;
    Python's zipfile never inflates a member past the size the directory gives it)."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (OSError, zipfile.BadZipFile, EOFError, ValueError):
        return  # not a zip, or no such file: load_workbook says which, in words
    if unpacked > MAX_UNPACKED:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{path} unpacks to {size} MB, far more than a price "
                                                                "list (at most {limit} MB): it is damaged or not a "
                                                                "price list. Nothing was imported."),
                              path=str(path), size=f"{unpacked // (1024 * 1024):,}",
                              limit=f"{MAX_UNPACKED // (1024 * 1024):,}")


def _check_rows(cells: Iterator[tuple[Any, ...]], cols: dict[str, int], total: int,
                progress: Callable[[int, int], None] | None) -> tuple[list[_Row], list[RowError], int]:
    rows: list[_Row] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    count = 0

    def text(row: tuple[Any, ...], key: str) -> str:
        i = cols.get(key)
        value = row[i] if i is not None and i < len(row) else None
        return str(value or "")

    for n, row in enumerate(cells, start=2):
        if not row or all(v is None or v == "" for v in row):
            continue
        count += 1
        if progress and count % 5000 == 0:
            progress(count, total)
        number = normalise_number(text(row, "number"))
        if not number or len(number) > 40:
            errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "no part number")))
            continue
        if number in seen:
            errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "{number} appears twice"), number=number))
            continue
        seen.add(number)
        try:
            prices = tuple(_money(row[cols[k]] if k in cols and cols[k] < len(row) else None) for k in PRICES)
        except ValueError as exc:
            errors.append(_row_error(n, QT_TRANSLATE_NOOP("ServiceError", "{number}: not an amount: {value}"),
                                     number=number, value=repr(exc.args[0])))
            continue
        rows.append(_Row(n, number, text(row, "name_zh").strip(), prices, text(row, "name_en"),
                         text(row, "brand"), text(row, "category"), text(row, "unit") or "个",
                         text(row, "barcode").strip(), normalise_number(text(row, "superseded_by"))))
    if progress:
        progress(count, total)
    return rows, errors, count


def import_pricelist_in_process(url: str, actor: Actor, path: str, *, dry_run: bool = False,
                                clock: Clock | None = None, skip_bad: bool = False,
                                confirm: bool | Collection[str] = False,
                                supplier_id: int | None = None) -> PriceListReport:
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
        return PriceListReport.from_result(importer.import_file(actor, path, dry_run=dry_run, skip_bad=skip_bad,
                                                                confirm=confirm, supplier_id=supplier_id))
    finally:
        db.dispose()
