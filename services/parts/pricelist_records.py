"""What a price-list import reports: each bad row with its message, each price change, the counts (which add
up to the rows read), and the same as flat columns (``PriceListReport``) to cross from the import's process to
the screen; the change report's labels in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP

PRICE_NAMES = {"cost": QT_TRANSLATE_NOOP("PriceListReport", "cost"),
               "retail_price": QT_TRANSLATE_NOOP("PriceListReport", "retail price"),
               "trade_price": QT_TRANSLATE_NOOP("PriceListReport", "wholesale price"),
               "warranty_price": QT_TRANSLATE_NOOP("PriceListReport", "claim price")}
# the change report workbook's sheets and headers, in the user's language (reports/parts/workbooks.py)
REPORT_TEXT = {
    "summary": QT_TRANSLATE_NOOP("PriceListReport", "Summary"),
    "new": QT_TRANSLATE_NOOP("PriceListReport", "New parts"),
    "changed": QT_TRANSLATE_NOOP("PriceListReport", "Price changes"),
    "warnings": QT_TRANSLATE_NOOP("PriceListReport", "Warnings"),
    "errors": QT_TRANSLATE_NOOP("PriceListReport", "Errors"),
    "number": QT_TRANSLATE_NOOP("PriceListReport", "Part number"),
    "name": QT_TRANSLATE_NOOP("PriceListReport", "Name"),
    "cost": QT_TRANSLATE_NOOP("PriceListReport", "Cost"),
    "retail": QT_TRANSLATE_NOOP("PriceListReport", "Retail price"),
    "old_cost": QT_TRANSLATE_NOOP("PriceListReport", "Old cost"),
    "new_cost": QT_TRANSLATE_NOOP("PriceListReport", "New cost"),
    "old_retail": QT_TRANSLATE_NOOP("PriceListReport", "Old retail price"),
    "new_retail": QT_TRANSLATE_NOOP("PriceListReport", "New retail price"),
    "retail_change": QT_TRANSLATE_NOOP("PriceListReport", "Retail change"),
    "row": QT_TRANSLATE_NOOP("PriceListReport", "Row"),
    "problem": QT_TRANSLATE_NOOP("PriceListReport", "Problem"),
    "item": QT_TRANSLATE_NOOP("PriceListReport", "Item"),
    "value": QT_TRANSLATE_NOOP("PriceListReport", "Value"),
    "clerk": QT_TRANSLATE_NOOP("PriceListReport", "Imported by"),
    "file": QT_TRANSLATE_NOOP("PriceListReport", "File"),
    "supplier": QT_TRANSLATE_NOOP("PriceListReport", "Supplier"),
    "outcome": QT_TRANSLATE_NOOP("PriceListReport", "Outcome"),
    "rows": QT_TRANSLATE_NOOP("PriceListReport", "Rows read"),
    "n_new": QT_TRANSLATE_NOOP("PriceListReport", "New parts"),
    "n_changed": QT_TRANSLATE_NOOP("PriceListReport", "Price changes"),
    "n_unchanged": QT_TRANSLATE_NOOP("PriceListReport", "Unchanged"),
    "n_warnings": QT_TRANSLATE_NOOP("PriceListReport", "Warnings (more than ×3 or ÷3)"),
    "n_errors": QT_TRANSLATE_NOOP("PriceListReport", "Rows with errors"),
    "n_skipped": QT_TRANSLATE_NOOP("PriceListReport", "Rows skipped"),
    "saved": QT_TRANSLATE_NOOP("PriceListReport", "Imported"),
    "saved_skipping": QT_TRANSLATE_NOOP("PriceListReport", "Imported; the rows with errors or unconfirmed "
                                                           "warnings were skipped"),
    "refused": QT_TRANSLATE_NOOP("PriceListReport", "Nothing imported: the list has rows with errors or "
                                                    "unconfirmed warnings"),
    "preview": QT_TRANSLATE_NOOP("PriceListReport", "Preview: nothing saved"),
}


def report_labels(translate: Callable[[str, str], str]) -> dict[str, str]:
    """The change report's sheet names and headers in the user's language."""
    return {k: translate("PriceListReport", v) for k, v in REPORT_TEXT.items()}


@dataclass(frozen=True)
class RowError:

    row: int
    message: str  # English, filled in (CLI, change report workbook)
    text: str = ""  # the English source marked for translation in context "ServiceError", with {fields}
    params: tuple[tuple[str, Any], ...] = ()

    def translated(self, translate: Callable[[str, str], str]) -> str:
        if not self.text:
            return self.message
        params = {k: (translate("PriceListReport", v) if k == "price" else v) for k, v in self.params}
        try:
            return translate("ServiceError", self.text).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.message


def _row_error(row: int, text: str, **params: Any) -> RowError:
    return RowError(row, text.format(**params), text, tuple(params.items()))


@dataclass(frozen=True)
class PriceChange:
    kind: str  # new | changed | warning (a price moves more than ×3 or ÷3)
    number: str
    name: str
    old_cost: Decimal | None
    new_cost: Decimal | None
    old_retail: Decimal | None
    new_retail: Decimal | None


@dataclass
class ImportResult:
    """Every row read is in one of new, changed, unchanged, warnings and errors (``counts_add_up``).

    ``saved``: the import wrote to the parts master (False for a preview, and for a list refused
    because of bad rows). ``skipped``: rows of the list not written (errors, and warnings that were
    not confirmed) when an import went ahead with ``skip_bad``.
    """

    rows: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    changes: list[PriceChange] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)  # a ×3 change, row and what moved
    unconfirmed: list[str] = field(default_factory=list)  # part numbers of warnings not confirmed
    saved: bool = False
    skipped: int = 0
    clerk: str = ""  # the person's name
    supplier: str = ""
    linked: int = 0  # parts already in the master newly linked to the list's supplier
    relinked: int = 0  # parts already linked to it whose supplier price the list set again

    @property
    def counts_add_up(self) -> bool:
        return self.rows == self.new + self.changed + self.unchanged + len(self.warnings) + len(self.errors)

    @property
    def bad(self) -> int:
        """Rows that stop a whole import: errors and unconfirmed warnings."""
        return len(self.errors) + len(self.unconfirmed)


def direction(change: PriceChange) -> str:
    """new, up or down (by the retail price, else the cost), or other (only trade/warranty prices moved)."""
    if change.kind == "new":
        return "new"
    if change.kind == "warning":
        return "warning"
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
    saved: bool = False
    skipped: int = 0
    clerk: str = ""
    supplier: str = ""
    warning_row: list[int] = field(default_factory=list)
    warning_message: list[str] = field(default_factory=list)
    warning_text: list[str] = field(default_factory=list)
    warning_params: list[tuple[tuple[str, Any], ...]] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)
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
    linked: int = 0
    relinked: int = 0

    @classmethod
    def from_result(cls, result: ImportResult) -> PriceListReport:
        ch, er, wa = result.changes, result.errors, result.warnings
        return cls(result.rows, result.new, result.changed, result.unchanged, result.saved, result.skipped,
                   result.clerk, result.supplier, [w.row for w in wa], [w.message for w in wa],
                   [w.text for w in wa], [w.params for w in wa], list(result.unconfirmed),
                   [c.kind for c in ch], [direction(c) for c in ch], [c.number for c in ch], [c.name for c in ch],
                   [c.old_cost for c in ch], [c.new_cost for c in ch], [c.old_retail for c in ch],
                   [c.new_retail for c in ch],
                   [e.row for e in er], [e.message for e in er], [e.text for e in er], [e.params for e in er],
                   result.linked, result.relinked)

    def change(self, i: int) -> PriceChange:
        return PriceChange(self.kind[i], self.number[i], self.name[i], self.old_cost[i], self.new_cost[i],
                           self.old_retail[i], self.new_retail[i])

    def error(self, i: int) -> RowError:
        return RowError(self.error_row[i], self.error_message[i], self.error_text[i], self.error_params[i])

    def warning(self, i: int) -> RowError:
        return RowError(self.warning_row[i], self.warning_message[i], self.warning_text[i], self.warning_params[i])

    @property
    def warnings(self) -> int:
        return len(self.warning_row)

    @property
    def bad(self) -> int:
        return len(self.error_row) + len(self.unconfirmed)

    @property
    def counts_add_up(self) -> bool:
        return self.rows == self.new + self.changed + self.unchanged + self.warnings + len(self.error_row)

    def result(self) -> ImportResult:
        """Back to rows (for the change report workbook)."""
        return ImportResult(self.rows, self.new, self.changed, self.unchanged,
                            [self.error(i) for i in range(len(self.error_row))],
                            [self.change(i) for i in range(len(self.kind))],
                            [self.warning(i) for i in range(len(self.warning_row))], list(self.unconfirmed),
                            self.saved, self.skipped, self.clerk, self.supplier, self.linked, self.relinked)
