"""The parts store's service: the parts master, the ledger's everyday moves and the job cards' seam.

``PartsService`` is the use cases of the store together, each in its own module:

- ``catalogue.Catalogue``: parts, barcodes, bins, suppliers, search, stock and move lookups;
- ``issue.JobParts``: reservations, issue to and return from job cards, undo of an issue scan,
  what a job has drawn, the fill rate;
- ``moves.StoreMoves``: counter sales, adjustments, transfers, label data, the ledger check;

on the shared base ``store.StoreService`` (database, ``ledger.Ledger``, replay-safe scans, bins,
code lookup). Values and their rules are in ``values``, the records returned in ``records``.
Other areas import the names below from here.
"""

from __future__ import annotations

from services.common.errors import ConflictError
from services.parts.catalogue import Catalogue
from services.parts.issue import JobParts
from services.parts.ledger import Ledger, insert_ignore
from services.parts.moves import StoreMoves
from services.parts.records import (
    BinInfo,
    BinLabel,
    FillRate,
    IssuedLine,
    MoveInfo,
    NewPart,
    PartInfo,
    PartLabel,
    PartRow,
    PartSupplierInfo,
    ReservationInfo,
    StockLine,
    SupplierInfo,
    UnknownCode,
)
from services.parts.values import (
    CHANNELS,
    DEFAULT_BIN,
    FEN,
    MOVE_KINDS,
    MOVE_NAMES,
    QTY_PLACES,
    QUALITIES,
    QUALITY_NAMES,
    QUARANTINE_BIN,
    ZERO,
    barcode_kind,
    chunks,
    fmt_qty,
    job_ref_of,
    money_from_sum,
    normalise_number,
    pinyin_keys,
    qty_from_sum,
    to_money,
    to_qty,
)


class PartsService(Catalogue, JobParts, StoreMoves):
    """Parts master and the ledger's everyday moves (issue to jobs, returns, counter sales, adjustments)."""


# the names these helpers had before the store was split into modules
_insert_ignore = insert_ignore
_q = qty_from_sum
_m = money_from_sum
_job_ref = job_ref_of

__all__ = [
    "CHANNELS", "DEFAULT_BIN", "FEN", "MOVE_KINDS", "MOVE_NAMES", "QTY_PLACES", "QUALITIES", "QUALITY_NAMES",
    "QUARANTINE_BIN", "ZERO",
    "BinInfo", "BinLabel", "ConflictError", "FillRate", "IssuedLine", "Ledger", "MoveInfo", "NewPart", "PartInfo",
    "PartLabel", "PartRow", "PartSupplierInfo", "PartsService", "ReservationInfo", "StockLine", "SupplierInfo",
    "UnknownCode", "barcode_kind", "chunks", "fmt_qty", "insert_ignore", "job_ref_of", "money_from_sum",
    "normalise_number", "pinyin_keys", "qty_from_sum", "to_money", "to_qty",
]
