"""What the settlement tabs' viewmodels share: a call run as a task with busy, error and message signals.

Signals:
    errorChanged(str): a message to show ("" clears it).
    messageChanged(str): what was just done, for the status line.
    printed(str): the path of a PDF just written.
    busyChanged(bool): a call is running.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def document_language() -> str:
    """The language documents are printed in: the screen's (English only when the screen is English)."""
    return "en" if translate("PaymentMethod", "Cash") == "Cash" else "zh_CN"


class TaskViewModel(QObject):
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    printed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, actor, tasks: TaskRunner, output_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.output_dir = output_dir

    def _run(self, task: str, fn, /, *args, on_done, **kwargs) -> None:
        self.busyChanged.emit(True)

        def done(result) -> None:
            self.busyChanged.emit(False)
            self.errorChanged.emit("")
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busyChanged.emit(False)
            self.errorChanged.emit(describe(exc))

        self.tasks.run(f"{type(self).__name__}.{task}", partial(fn, *args, **kwargs), on_done=done, on_error=failed)

    def _write(self, task: str, name: str, render) -> None:
        """Write ``render()``'s bytes to ``output_dir/name`` in a task; ``printed`` gives the path."""
        path = self.output_dir / name

        def work() -> str:
            path.write_bytes(render())
            return str(path)

        self._run(task, work, on_done=self.printed.emit)
