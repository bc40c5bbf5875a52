"""Table models for the parts area: the viewmodels' common kit (``viewmodels.common.models``) with the
area's header context, fed with service results, never querying.

``RowsModel`` shows a list of frozen dataclasses through ``Column`` definitions (header, getter,
``align_right``); headers are translated in "PartsColumns" unless a column names its own context.
``PagedRowsModel`` adds keyset paging for a list over 100k parts. Times show in the station's zone:
pass ``local=LocalTime(service.clock.local)`` (the PC's own zone is never used).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from viewmodels.common import models as kit
from viewmodels.common.models import Column, Index, LocalTime, ObjectRole, SortRole, show

__all__ = ["CONTEXT", "Column", "Index", "LocalTime", "ObjectRole", "PagedRowsModel", "RowsModel", "SortRole",
           "fmt"]

CONTEXT = "PartsColumns"


def fmt(value: Any, local: LocalTime | None = None) -> str:
    """A cell's text by the kit's rules (quantities without trailing zeros, money to the fen)."""
    return show(value, local)


class RowsModel(kit.RowsModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *,
                 local: LocalTime | None = None) -> None:
        super().__init__(columns, parent, context=CONTEXT, local=local)


class PagedRowsModel(kit.PagedRowsModel):
    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any], page_size: int = 200,
                 parent: QObject | None = None, *, local: LocalTime | None = None) -> None:
        super().__init__(columns, key, page_size, parent, context=CONTEXT, local=local)
