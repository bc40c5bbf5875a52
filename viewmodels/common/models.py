"""The table-model kit of the viewmodels: read-only lists of service results, and form parsing.

Models are fed with what services return (frozen dataclasses) and never query. Two ways to say
what the columns show, on one base:

- ``RowsModel(columns)`` with ``Column(header, value, ...)`` definitions: a list built in place;
- a ``ListModel`` subclass with ``HEADERS`` and a ``cell(obj, column)`` method: a list with logic;
- ``TextRowsModel(headers, right=...)``: rows the viewmodel has already put in words, ``(cells, obj)``.

Both give the row object under ``ObjectRole``, a sortable value under ``SortRole``, translated
headers (``CONTEXT``, or a column's own context), right-aligned numbers, an optional row colour
(``style(obj) -> RowColours | None``), and ``set_rows``/``append_rows``/``prepend``. Times are
shown in the station's zone through ``LocalTime`` (``clock.local`` or a zone), never the PC's.
``PagedRowsModel`` adds keyset paging (``fetch_page(after_key)``) for lists too long to load.

Form fields are read with ``parse_date``/``parse_int``; a bad value raises the service layer's
``ValidationError`` naming the field, so the form shows it like any other refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def translated(context: str, text: str | None) -> str:
    """``text`` (an English source) in the user's language; "" for no text."""
    return QCoreApplication.translate(context, text) if text else ""


# ---- showing values -------------------------------------------------------------------------------


class LocalTime:
    """Shows UTC times in the station's zone: built from a zone, or from a ``clock.local`` callable."""

    def __init__(self, zone: tzinfo | Callable[[datetime], datetime] | None = None,
                 pattern: str = "%Y-%m-%d %H:%M") -> None:
        self.convert: Callable[[datetime], datetime] = (
            zone if callable(zone) and not isinstance(zone, tzinfo)
            else (lambda at: at.astimezone(zone)) if zone is not None else (lambda at: at))
        self.pattern = pattern

    def __call__(self, moment: datetime | None) -> str:
        return self.convert(moment).strftime(self.pattern) if moment else ""


def date_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def show(value: Any, local: LocalTime | None = None) -> str:
    """A cell's text: quantities without trailing zeros, amounts with two places, times local."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, Decimal):
        if value.as_tuple().exponent == -3:  # a quantity: 2.000 → 2, 1.500 → 1.5
            text = f"{value:f}"
            return text.rstrip("0").rstrip(".") if "." in text else text
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return (local or LocalTime())(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ---- reading form fields --------------------------------------------------------------------------


def parse_date(text: str, field: str | None = None) -> date | None:
    """2024-03-31, 2024/03/31 or 2024.03.31; empty is None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a date (write 2024-03-31)."),
                              field=field, value=text) from None


def parse_int(text: str, field: str | None = None) -> int | None:
    """A whole number, thousands separators allowed; empty is None."""
    text = (text or "").replace(",", "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a whole number."), field=field,
                              value=text)
    return int(text)


# ---- the models -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowColours:
    background: QColor | None = None
    foreground: QColor | None = None


@dataclass(frozen=True)
class Column:
    header: str  # English source, translated in ``context`` (else the model's ``CONTEXT``)
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # the value under SortRole (default: ``value``)
    align_right: bool = False
    context: str | None = None


class ListModel(QAbstractTableModel):
    """A read-only table over a list of service results; subclasses give ``HEADERS`` and ``cell``."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: QObject | None = None, *,
                 style: Callable[[Any], RowColours | None] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._style = style

    # ---- what subclasses say
    def header(self, column: int) -> str:
        return translated(self.CONTEXT, self.HEADERS[column])

    def column_count(self) -> int:
        return len(self.HEADERS)

    def cell(self, obj: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, obj: Any, column: int) -> Any:
        return self.cell(obj, column)

    def align_right(self, column: int) -> bool:
        return False

    # ---- feeding
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def prepend(self, row: Any, keep: int | None = None) -> None:
        """Put ``row`` on top; with ``keep``, drop what falls below that many rows (a bounded history)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        if keep is not None and len(self._rows) > keep:
            self.beginRemoveRows(QModelIndex(), keep, len(self._rows) - 1)
            del self._rows[keep:]
            self.endRemoveRows()

    def replace_row(self, row: int, obj: Any) -> None:
        """Put ``obj`` in place of row ``row`` (a saved record come back) and repaint that row."""
        self._rows[row] = obj
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count() - 1))

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    # ---- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < self.column_count():
            return self.header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        obj = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(obj, index.column())
        if role == ObjectRole:
            return obj
        if role == SortRole:
            return self.sort_value(obj, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align_right(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._style is not None and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._style(obj)
            if colours is not None:
                return colours.background if role == Qt.ItemDataRole.BackgroundRole else colours.foreground
        return None


class RowsModel(ListModel):
    """A read-only table whose columns are ``Column`` definitions."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *, context: str = "",
                 local: LocalTime | None = None, style: Callable[[Any], RowColours | None] | None = None) -> None:
        super().__init__(parent, style=style)
        self.columns = list(columns)
        self.CONTEXT = context
        self.local = local or LocalTime()

    def header(self, column: int) -> str:
        col = self.columns[column]
        return translated(col.context or self.CONTEXT, col.header)

    def column_count(self) -> int:
        return len(self.columns)

    def cell(self, obj: Any, column: int) -> str:
        return show(self.columns[column].value(obj), self.local)

    def sort_value(self, obj: Any, column: int) -> Any:
        col = self.columns[column]
        value = (col.sort or col.value)(obj)
        return float(value) if isinstance(value, Decimal) else value

    def align_right(self, column: int) -> bool:
        return self.columns[column].align_right


class TextRowsModel(QAbstractTableModel):
    """A read-only table of rows already formatted by the viewmodel: ``set_rows([(cells, obj), ...])``.

    ``headers`` are already translated; columns in ``right`` align right; ``ObjectRole`` (or
    ``object_at``) gives a row's object."""

    ObjectRole = ObjectRole

    def __init__(self, headers: list[str], right: tuple[int, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._right = set(right)
        self._rows: list[tuple[list[str], Any]] = []

    def set_rows(self, rows: Iterable[tuple[list[str], Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def object_at(self, row: int) -> Any:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def text(self, row: int, col: int) -> str:
        return self._rows[row][0][col]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells, obj = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ObjectRole:
            return obj
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class PagedRowsModel(RowsModel):
    """Rows arrive a page at a time: ``fetch_page(after_key)`` is the owner's (asynchronous) loader,
    which answers with ``add_page(rows)``."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any], page_size: int = 200,
                 parent: QObject | None = None, **kwargs: Any) -> None:
        super().__init__(columns, parent, **kwargs)
        self.key = key
        self.page_size = page_size
        self.more = False
        self.loading = False
        self.fetch_page: Callable[[Any], None] | None = None

    def reset_with(self, rows: Sequence[Any]) -> None:
        self.set_rows(rows)
        self.more = len(rows) >= self.page_size
        self.loading = False

    def add_page(self, rows: Sequence[Any]) -> None:
        self.append_rows(rows)
        self.more = len(rows) >= self.page_size
        self.loading = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.more and not self.loading and self.fetch_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or not self._rows:
            return
        self.loading = True
        assert self.fetch_page is not None
        self.fetch_page(self.key(self._rows[-1]))
