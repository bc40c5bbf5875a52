"""The home page's state: today's tiles, refreshed every minute off the UI thread.

Signals:
    loaded(object): the list of tiles.
    errorChanged(str)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner


class DashboardViewModel(QObject):
    loaded = Signal(object)
    errorChanged = Signal(str)

    def __init__(self, service, actor, tasks: TaskRunner, *, refresh_ms: int = 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.actor = actor
        self._tasks = tasks
        self.tiles: list = []
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @staticmethod
    def title(tile) -> str:
        return QCoreApplication.translate("Dashboard", tile.title)

    @staticmethod
    def line_text(tile, line) -> str:
        return QCoreApplication.translate("Dashboard", line.text) if getattr(tile, "translate_lines", False) \
            else line.text

    @Slot()
    def refresh(self) -> None:
        self._tasks.run("dashboard", self._service.today, self.actor, on_done=self._loaded,
                        on_error=lambda exc: self.errorChanged.emit(describe(exc)))

    def _loaded(self, tiles) -> None:
        self.tiles = list(tiles)
        self.loaded.emit(self.tiles)

    def stop(self) -> None:
        self._timer.stop()
