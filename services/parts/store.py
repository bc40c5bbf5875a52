"""What every use case of the parts store shares: the database, the ledger, scans that replay
safely, bins to put to and take from, and the part a scanned code names.

A scan's client-made key is stored with its move (unique): a scan replayed after a crash finds
its move and returns it instead of counting twice.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.parts import Bin, Part, PartBarcode, StockBalance
from services.common.barcodes import clean_scan
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, DuplicateRecord, NotFound
from services.parts.ledger import Ledger, insert_ignore
from services.parts.records import UnknownCode
from services.parts.values import DEFAULT_BIN, QUARANTINE_BIN, ZERO, normalise_number
from services.users.audit import AuditLog

T = TypeVar("T")


def quarantine_bins() -> Select:
    """The ids of the quarantine bins, for ``NOT IN``: their stock is neither on hand nor to take from."""
    return select(Bin.id).where(Bin.quarantine.is_(True))


def driver_rows(s: Session, stmt: Select | Callable[[], Select], *,
                key: Hashable | None = None) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` as the database driver returns them, in the session's transaction.

    Plain tuples, with ``Money`` and ``Quantity`` columns as their stored integers (fen,
    thousandths): for reads of whole tables (on hand of all parts, the reorder list), where
    SQLAlchemy's row objects and per-value converters cost several times the query. Turn the
    integers into Decimals with ``values.Scaled``. The statement's few constants are rendered
    inline, so it runs unchanged on SQLite and PostgreSQL.

    With ``key`` (naming the statement's shape: the same key, the same SQL), ``stmt`` may be a
    function that builds it, and the rendered SQL is kept per dialect: compiling the reorder
    list's statement cost about 10 ms a call, a tenth of the call.
    """
    conn = s.connection()
    cached = (conn.dialect.name, key)
    sql = _RENDERED.get(cached) if key is not None else None
    if sql is None:
        built = stmt() if callable(stmt) else stmt
        if any(isinstance(v, str | bytes) for v in built.compile(dialect=conn.dialect).params.values()):
            raise TypeError("driver_rows renders the statement's constants inline: numbers only, never text")
        sql = str(built.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        if key is not None:
            if len(_RENDERED) >= _RENDERED_MAX:
                _RENDERED.clear()
            _RENDERED[cached] = sql
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


# rendered SQL of driver_rows' keyed statements: pure functions of (dialect, key), so a cache, not state
_RENDERED: dict[tuple[str, Hashable], str] = {}
_RENDERED_MAX = 256


class StoreService:
    """The base of the store's use cases (``PartsService`` is all of them together)."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.ledger = Ledger(audit, clock)

    # ---- retries ---------------------------------------------------------------------------------
    def write_scan(self, scan_key: str | None, work: Callable[[Session], T],
                   replay: Callable[[Session], T | None] | None = None) -> T:
        """Run ``work`` in a write transaction, unless ``scan_key`` was committed before.

        ``replay(session)`` returns the earlier result for a committed key (default: its move).
        Two PCs replaying one key at once: the unique constraint refuses the second, which then
        finds the first's result.
        """
        find: Callable[[Session], Any] = replay or (lambda s: self.ledger.find_scan(s, scan_key))
        for attempt in range(2):
            try:
                with self.db.write() as s:
                    if scan_key:
                        earlier = find(s)
                        if earlier is not None:
                            return earlier
                    return work(s)
            except DuplicateRecord:
                if not scan_key or attempt:
                    raise
        raise AssertionError("unreachable")

    # ---- bins ---------------------------------------------------------------------------------------
    def bin_id(self, s: Session, code: str | None, *, create: bool = True) -> int:
        """The id of the bin ``code`` (the unsorted bin when empty), created on first use unless ``create`` is off."""
        code = normalise_number(code or "") or DEFAULT_BIN
        found = s.scalar(select(Bin.id).where(Bin.code == code))
        if found is not None:
            return found
        if not create:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No bin {code}."), code=code)
        now = self.clock.now()
        insert_ignore(s, Bin, {"code": code, "description": "", "active": True, "created_at": now,
                                "updated_at": now}, ["code"])
        return s.scalar(select(Bin.id).where(Bin.code == code))

    # ---- lookups -------------------------------------------------------------------------------
    def resolve_code(self, s: Session, code: str, *, follow_supersession: bool = True) -> int:
        """The part a scanned code names: a barcode, else a part number; a superseded number leads on."""
        code = clean_scan(code)
        part_id = s.scalar(select(PartBarcode.part_id).where(PartBarcode.code == code))
        if part_id is None:
            part_id = s.scalar(select(Part.id).where(Part.number == normalise_number(code)))
        if part_id is None:
            raise UnknownCode(code)
        if follow_supersession:
            seen: set[int] = set()
            while part_id not in seen:
                seen.add(part_id)
                nxt = s.scalar(select(Part.superseded_by_id).where(Part.id == part_id))
                if nxt is None:
                    break
                part_id = nxt
        return part_id

    def pick_bin(self, s: Session, part_id: int, qty: Decimal, bin_code: str | None) -> int:
        """The bin to take from: the one named, else the default bin if it holds enough, else the fullest."""
        if bin_code:
            return self.bin_id(s, bin_code, create=False)
        default = s.scalar(select(Part.default_bin_id).where(Part.id == part_id))
        rows = s.execute(select(StockBalance.bin_id, StockBalance.on_hand).where(
            StockBalance.part_id == part_id, StockBalance.bin_id.not_in(quarantine_bins()))
            .order_by(StockBalance.on_hand.desc(), StockBalance.bin_id)).all()
        held = dict(rows)
        if default is not None and held.get(default, ZERO) >= qty:
            return default
        if rows and rows[0][1] >= qty:
            return rows[0][0]
        return default if default is not None else (rows[0][0] if rows else self.bin_id(s, None))

    def quarantine_bin_id(self, s: Session) -> int:
        """The quarantine bin (待处理/隔离区), made on first use."""
        found = s.scalar(select(Bin.id).where(Bin.quarantine.is_(True)).order_by(Bin.id).limit(1))
        if found is not None:
            return found
        now = self.clock.now()
        insert_ignore(s, Bin, {"code": QUARANTINE_BIN, "description": "待处理/隔离区", "active": True,
                                "quarantine": True, "created_at": now, "updated_at": now}, ["code"])
        s.execute(update(Bin).where(Bin.code == QUARANTINE_BIN).values(quarantine=True))
        return s.scalar(select(Bin.id).where(Bin.code == QUARANTINE_BIN))

    def put_bin(self, s: Session, part_id: int, bin_code: str | None) -> int:
        """The bin to put into: the one named, else the part's default bin, else the unsorted bin."""
        if bin_code:
            return self.bin_id(s, bin_code)
        default = s.scalar(select(Part.default_bin_id).where(Part.id == part_id))
        return default if default is not None else self.bin_id(s, None)
