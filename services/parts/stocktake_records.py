"""What the stocktake service returns: frozen records, with the statuses a count goes through.

A count is a document: started (open), counted by one or more storekeepers (counting), handed
over for review (review), its differences counted again (recount), approved and posted. Anyone
with the permission opens it from the list, whoever started it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP
from services.common.money import round_cny
from services.parts.values import ZERO

STATUSES = ("open", "counting", "review", "recount", "approved", "posted", "cancelled")
STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("StocktakeStatus", "Open"),
    "counting": QT_TRANSLATE_NOOP("StocktakeStatus", "Counting"),
    "review": QT_TRANSLATE_NOOP("StocktakeStatus", "To review"),
    "recount": QT_TRANSLATE_NOOP("StocktakeStatus", "Recounting"),
    "approved": QT_TRANSLATE_NOOP("StocktakeStatus", "Approved"),
    "posted": QT_TRANSLATE_NOOP("StocktakeStatus", "Posted"),
    "cancelled": QT_TRANSLATE_NOOP("StocktakeStatus", "Cancelled"),
}
ACTIVE = ("open", "counting", "review", "recount", "approved")  # a count still holding its bins
COUNTABLE = ("open", "counting", "recount")


@dataclass(frozen=True)
class CountLine:
    """A line as the counter sees it (blind: no book quantity)."""

    id: int
    part_id: int
    number: str
    name: str
    unit: str
    bin_code: str
    counted: Decimal
    recount: Decimal | None
    needs_recount: bool
    was_counted: bool = False  # scanned or typed at least once (a line may be counted as 0)


@dataclass(frozen=True)
class VarianceLine:
    """A line as the supervisor sees it after counting."""

    id: int
    number: str
    name: str
    unit: str
    bin_code: str
    snapshot: Decimal
    moved_since: Decimal
    expected: Decimal
    counted: Decimal  # the recount where there was one
    variance: Decimal
    unit_cost: Decimal
    uncounted: bool = False  # never counted: ``counted``/``variance`` say what writing it off would do

    @property
    def value(self) -> Decimal:
        return round_cny(self.variance * self.unit_cost)


@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    number: str
    scope_bin: str
    scope_category: str
    status: str
    lines: int
    counted_lines: int
    created_by: str  # the person's name
    approved_by: str | None  # the person's name
    created_at: datetime | None = None
    handed_over_by: str | None = None
    counted_by: tuple[str, ...] = ()  # names of everyone who counted, in order of their first count
    approval_note: str = ""
    posted_by: str | None = None
    post_note: str = ""

    @property
    def scope(self) -> str:
        return " · ".join(t for t in (self.scope_bin and f"{self.scope_bin}*", self.scope_category) if t) or "*"


@dataclass(frozen=True)
class CountOutcome:
    line: CountLine
    qty: Decimal
    replayed: bool = False


@dataclass(frozen=True)
class PostingPreview:
    """What posting will do, before it does it."""

    info: StocktakeInfo
    counted: int  # lines counted
    unchanged: int  # counted lines that match the books
    gains: tuple[VarianceLine, ...]
    losses: tuple[VarianceLine, ...]
    uncounted: tuple[VarianceLine, ...]  # never counted: left unchanged unless written off

    @property
    def gain_value(self) -> Decimal:
        return sum((v.value for v in self.gains), ZERO)

    @property
    def loss_value(self) -> Decimal:
        return sum((v.value for v in self.losses), ZERO)

    @property
    def net_value(self) -> Decimal:
        return self.gain_value + self.loss_value

    @property
    def uncounted_value(self) -> Decimal:
        """What writing off every uncounted line would take out of the books (negative)."""
        return sum((v.value for v in self.uncounted), ZERO)


@dataclass(frozen=True)
class PostingResult:
    info: StocktakeInfo
    posted: tuple[VarianceLine, ...]  # the lines booked (differences and written-off lines)
    left_unchanged: int
    written_off: int
    value: Decimal
