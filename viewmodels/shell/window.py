"""The main window's state: which areas the signed-in person sees, and the status line.

Signals:
    currentChanged(str): the key of the area shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.users.permissions import ROLE_NAMES


@dataclass(frozen=True)
class AreaEntry:
    key: str
    title: str  # English source, context "Area"
    summary: str
    factory: Callable[[], object] | None  # builds the page widget; None while the area is not built

    @property
    def built(self) -> bool:
        return self.factory is not None

    def display_title(self) -> str:
        return QCoreApplication.translate("Area", self.title)

    def display_summary(self) -> str:
        return QCoreApplication.translate("Area", self.summary)


class ShellViewModel(QObject):
    currentChanged = Signal(str)

    def __init__(self, actor, station_name: str, database: str, areas: list[AreaEntry],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.station_name = station_name
        self.database = database
        self.areas = areas
        self.current = areas[0].key if areas else ""

    def user_text(self) -> str:
        roles = "、".join(QCoreApplication.translate("Role", ROLE_NAMES[r]) for r in sorted(self.actor.roles))
        return f"{self.actor.display_name}（{roles}）" if roles else self.actor.display_name

    @Slot(str)
    def open_area(self, key: str) -> None:
        if key != self.current and any(a.key == key for a in self.areas):
            self.current = key
            self.currentChanged.emit(key)
