"""Table models for the parts area: fed with service results, never querying.

``RowsModel`` shows a list of frozen dataclasses through column definitions (header, getter,
alignment). ``PagedRowsModel`` adds keyset paging: ``canFetchMore``/``fetchMore`` ask the owner
for the next page after the last key, so a list over 100k parts holds only what was scrolled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # English source, translated in ``context``
    get: Callable[[Any], Any]
    right: bool = False
    context: str = "PartsColumns"


def fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if value.as_tuple().exponent == -3:  # a quantity: 2.000 → 2, 1.500 → 1.5
            text = f"{value:f}"
            return text.rstrip("0").rstrip(".") if "." in text else text
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def prepend(self, row: Any, keep: int | None = None) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, row)
        self.endInsertRows()
        if keep is not None and len(self.rows) > keep:
            self.beginRemoveRows(QModelIndex(), keep, len(self.rows) - 1)
            del self.rows[keep:]
            self.endRemoveRows()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_object(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        obj = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(col.get(obj))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return obj
        if role == SortRole:
            value = col.get(obj)
            return float(value) if isinstance(value, Decimal) else value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            col = self.columns[section]
            return QCoreApplication.translate(col.context, col.header)
        return None


class PagedRowsModel(RowsModel):
    """Rows arrive a page at a time; ``fetch_page(after_key)`` is the owner's (asynchronous) loader."""

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any], page_size: int = 200,
                 parent=None) -> None:
        super().__init__(columns, parent)
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

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.more and not self.loading and self.fetch_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or not self.rows:
            return
        self.loading = True
        assert self.fetch_page is not None
        self.fetch_page(self.key(self.rows[-1]))
