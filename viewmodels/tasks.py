"""Runs blocking service calls off the UI thread, on the asyncio loop qasync runs inside Qt.

Each call gets its own database session (services open units of work per call, in the worker
thread). Tasks are named: starting a task with a name still running cancels the older one, so
a new keystroke cancels the last search and a stale result never lands on screen. A task may
report progress and check for cancellation through the ``TaskContext`` it is handed.

``run_in_process`` runs a picklable module-level function in a separate process instead (a
``ProcessPoolExecutor`` with the "spawn" context, started on first use). Use it for work that holds
the GIL for long stretches, such as parsing a large workbook with openpyxl: a worker thread would
keep Qt's event loop from running. The function receives and returns plain picklable data (no
sessions, no ``TaskContext``); a cancelled or superseded process task runs to its end but its
result is dropped.

Signals:
    busyChanged(bool): whether any task is running.
    failed(str, object): a task's name and the exception it raised (after ``on_error``).
    progress(str, int, int): a task's name, done and total.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import multiprocessing
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a worker by ``TaskContext.check()`` once its task was cancelled."""


class TaskContext:
    """Handed to a worker function that takes a ``task`` keyword: progress and cancellation."""

    def __init__(self, name: str, runner: TaskRunner) -> None:
        self.name = name
        self._runner = runner
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled(self.name)

    def report(self, done: int, total: int) -> None:
        # emitted from the worker thread: Qt queues it to the UI thread
        self._runner.progress.emit(self.name, int(done), int(total))


class TaskRunner(QObject):
    busyChanged = Signal(bool)
    failed = Signal(str, object)
    progress = Signal(str, int, int)
    finished = Signal(str)

    def __init__(self, executor: ThreadPoolExecutor | None = None, parent: QObject | None = None, *,
                 process_workers: int = 2) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(max_workers=4, thread_name_prefix="servicebay-task")
        self._own_executor = executor is None
        self._process_workers = process_workers
        self._processes: ProcessPoolExecutor | None = None
        self._tasks: dict[str, tuple[asyncio.Task, TaskContext]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def is_running(self, name: str) -> bool:
        return name in self._tasks

    def run(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> asyncio.Task:
        """Run ``fn(*args, **kwargs)`` in a worker thread; call ``on_done(result)`` on the UI thread.

        If ``fn`` accepts a ``task`` keyword it receives a ``TaskContext``. Errors go to
        ``on_error`` when given, and are always emitted as ``failed``.
        """
        self.cancel(name)
        context = TaskContext(name, self)
        try:
            if "task" in inspect.signature(fn).parameters:
                kwargs["task"] = context
        except (TypeError, ValueError):
            pass
        return self._start(name, context, lambda loop: loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs)),
                           on_done, on_error)

    def run_in_process(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> asyncio.Task:
        """Run ``fn(*args, **kwargs)`` in a separate process; call ``on_done(result)`` on the UI thread.

        ``fn`` must be a module-level function, and its arguments, result and exceptions must
        pickle. Named like ``run``: a newer task of the same name supersedes this one, whose
        result (or error) is then ignored. Errors go to ``on_error`` and ``failed`` as in ``run``.
        """
        self.cancel(name)
        context = TaskContext(name, self)
        pool = self._process_pool()
        call = functools.partial(fn, *args, **kwargs)
        return self._start(name, context, lambda loop: loop.run_in_executor(pool, call), on_done, on_error)

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._processes is not None and vars(self._processes).get("_broken"):
            # a worker died (killed, out of memory): that pool refuses all work; start a new one
            self._processes.shutdown(wait=False, cancel_futures=True)
            self._processes = None
        if self._processes is None:
            self._processes = ProcessPoolExecutor(max_workers=self._process_workers,
                                                  mp_context=multiprocessing.get_context("spawn"))
        return self._processes

    def _start(self, name, context, submit, on_done, on_error) -> asyncio.Task:
        loop = asyncio.get_event_loop()
        was_busy = self.busy
        task = loop.create_task(self._run(name, context, submit, on_done, on_error), name=name)
        self._tasks[name] = (task, context)
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    async def _run(self, name, context, submit, on_done, on_error) -> None:
        loop = asyncio.get_running_loop()
        try:
            result = await submit(loop)
        except (asyncio.CancelledError, TaskCancelled):
            return
        except Exception as exc:  # every failure reaches the user through on_error / failed
            if context.cancelled:
                return
            log.debug("task %s failed", name, exc_info=exc)
            if on_error is not None:
                self._deliver(name, on_error, exc)
            self.failed.emit(name, exc)
            return
        finally:
            current = self._tasks.get(name)
            if current is not None and current[1] is context:
                del self._tasks[name]
                if not self._tasks:
                    self.busyChanged.emit(False)
        if not context.cancelled:
            if on_done is not None:
                self._deliver(name, on_done, result)
            self.finished.emit(name)

    @staticmethod
    def _deliver(name: str, callback: Callable[[Any], None], value: Any) -> None:
        """Hand a result to its page. A page closed meanwhile (its Qt objects deleted) just misses it;
        any other error goes to ``sys.excepthook`` now (the app shows it and logs it), never left in
        the task: an unretrieved task exception is reported from a garbage-collection finaliser, at an
        arbitrary later moment."""
        try:
            callback(value)
        except RuntimeError as exc:
            if "already deleted" in str(exc):
                log.debug("task %s finished after its page was closed", name)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        except Exception as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Await ``fn(*args)`` run in a worker thread (for coroutines that need the result inline)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, lambda: fn(*args))

    def cancel(self, name: str) -> None:
        entry = self._tasks.pop(name, None)
        if entry is None:
            return
        task, context = entry
        context._cancelled.set()
        task.cancel()
        if not self._tasks:
            self.busyChanged.emit(False)

    def cancel_all(self) -> None:
        for name in list(self._tasks):
            self.cancel(name)

    def shutdown(self) -> None:
        """Cancel everything and wait for worker threads and processes (none outlives its window or test)."""
        self.cancel_all()
        if self._own_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
            self._processes = None
