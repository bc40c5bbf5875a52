"""What the warranty and insurance desks share: their work on the task runner, counted for the busy bar,
each failure shown in words, and a message that clears the last error."""

from __future__ import annotations

from viewmodels.common.errors import describe


class DeskTasks:
    """Mixed into a desk's view model, which has ``tasks``, ``_busy`` and the signals ``busyChanged(bool)``,
    ``errorChanged(str)`` and ``messageChanged(str)``."""

    def _run(self, name: str, fn, *args, on_done=None, **kwargs) -> None:
        self._busy += 1
        self.busyChanged.emit(True)

        def done(result):
            self._finish()
            if on_done is not None:
                on_done(result)

        def failed(exc):
            self._finish()
            self.errorChanged.emit(describe(exc))

        # named per page: a second page on the same runner (a second window) does not supersede this one's work
        self.tasks.run(f"{name}#{id(self)}", fn, *args, on_done=done, on_error=failed, **kwargs)

    def _finish(self) -> None:
        self._busy = max(0, self._busy - 1)
        if not self._busy:
            self.busyChanged.emit(False)

    def _say(self, text: str) -> None:
        self.errorChanged.emit("")
        self.messageChanged.emit(text)
