"""Runs blocking service calls off the UI thread, on the asyncio loop qasync runs inside Qt.

Each call gets its own database session (services open units of work per call, in the worker
thread). Tasks are named: starting a task with a name still running supersedes the older one, so
a new keystroke stops the last search and a stale result never lands on screen. A superseded
task's *failure* still reaches ``on_error`` and ``failed``: a save that failed is never hidden by
the next task of its name (two quick saves of one form: the first one's refusal is shown too).
Only ``cancel()`` (the page asked for it, or is closing) drops a task's outcome entirely. A task
may report progress and check for cancellation through the ``TaskContext`` it is handed; a
superseded task reads as cancelled there, and stopping through ``check()`` shows nothing.

``run_in_process`` runs a picklable module-level function in a separate process instead (a
``ProcessPoolExecutor`` with the "spawn" context, started on first use). Use it for work that holds
the GIL for long stretches, such as parsing a large workbook with openpyxl: a worker thread would
keep Qt's event loop from running. The function receives and returns plain picklable data (no
sessions, no ``TaskContext``); a cancelled or superseded process task runs to its end but its
result is dropped (a superseded one's error is shown, as above). A function with a ``progress``
parameter receives a callable ``progress(done, total)`` in its process: the steps
travel back over a queue the pool's workers inherit and come out as ``progress(name, done, total)``
on the UI thread, like a thread task's ``TaskContext.report``.

Signals:
    busyChanged(bool): whether any task is running.
    failed(str, object): a task's name and the exception it raised (after ``on_error``).
    progress(str, int, int): a task's name, done and total.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import itertools
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
        #: a newer task of the same name took over: the result is dropped, a failure still shown
        self.superseded = False

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
        # progress of process tasks: a queue the workers inherit, read by a thread of this process
        self._progress_queue: Any = None  # a spawn-context Queue, made with the first process pool
        self._progress_thread: threading.Thread | None = None
        self._progress_names: dict[int, TaskContext] = {}
        self._tokens = itertools.count(1)
        self._closed = False
        self._tasks: dict[str, tuple[asyncio.Task, TaskContext]] = {}
        # superseded tasks still running: their failures are still to be shown
        self._superseded: dict[asyncio.Task, TaskContext] = {}
        self._delivering = 0  # results handed to the loop, not yet given to their pages
        self._busy = False

    @property
    def busy(self) -> bool:
        return bool(self._tasks or self._superseded or self._delivering)

    def _update_busy(self) -> None:
        if self.busy != self._busy:
            self._busy = self.busy
            self.busyChanged.emit(self._busy)

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
        ``on_error`` when given, and are always emitted as ``failed`` (also when a newer task of
        the same name has superseded this one meanwhile).
        """
        self._supersede(name)
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
        result is then ignored. Errors go to ``on_error`` and ``failed`` as in ``run``.
        """
        self._supersede(name)
        context = TaskContext(name, self)
        pool = self._process_pool()
        try:
            reports = "progress" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            reports = False
        if reports:
            token = next(self._tokens)
            self._progress_names[token] = context
            call = functools.partial(_with_progress, token, fn, args, kwargs)
        else:
            call = functools.partial(fn, *args, **kwargs)
        return self._start(name, context, lambda loop: loop.run_in_executor(pool, call), on_done, on_error)

    def start_processes(self) -> list:
        """Start the worker processes now, while nothing waits on them (the app calls it once it is idle).

        A process pool starts its workers on the thread that submits work, here the UI thread: each
        start is a new interpreter that imports what the work needs. Started at an idle moment, the
        first workbook or price list does not pay for it while the window is in use. Returns the
        futures that finish once each worker is up.
        """
        pool = self._process_pool()
        return [pool.submit(_ready) for _ in range(self._process_workers)]

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._processes is not None and vars(self._processes).get("_broken"):
            # a worker died (killed, out of memory): that pool refuses all work; start a new one
            self._processes.shutdown(wait=False, cancel_futures=True)
            self._processes = None
        if self._processes is None:
            spawn = multiprocessing.get_context("spawn")
            if self._progress_queue is None:
                self._progress_queue = spawn.Queue()
                self._progress_thread = threading.Thread(target=self._relay_progress, args=(self._progress_queue,),
                                                         name="servicebay-progress", daemon=True)
                self._progress_thread.start()
            self._processes = ProcessPoolExecutor(max_workers=self._process_workers, mp_context=spawn,
                                                  initializer=_worker_started, initargs=(self._progress_queue,))
        return self._processes

    def _relay_progress(self, queue) -> None:
        """A thread of the UI process: the workers' steps, as ``progress`` signals (Qt queues them to the UI
        thread). A step of a task no longer wanted (superseded, cancelled, finished) is dropped."""
        while True:
            item = queue.get()
            if item is None:
                return
            token, done, total = item
            if done is None:  # the function returned: its last step was sent before this
                self._progress_names.pop(token, None)
                continue
            context = self._progress_names.get(token)
            if context is not None and not context.cancelled:
                self.progress.emit(context.name, int(done), int(total))

    def _start(self, name, context, submit, on_done, on_error) -> asyncio.Task:
        loop = asyncio.get_event_loop()
        task = loop.create_task(self._run(name, context, submit, on_done, on_error), name=name)
        self._tasks[name] = (task, context)
        self._update_busy()
        return task

    def _supersede(self, name: str) -> None:
        """The running task of ``name`` gives way: asked to stop, its result dropped, its failure kept."""
        entry = self._tasks.pop(name, None)
        if entry is None:
            return
        task, context = entry
        context.superseded = True
        context._cancelled.set()
        if not task.done():
            self._superseded[task] = context

    async def _run(self, name, context, submit, on_done, on_error) -> None:
        loop = asyncio.get_running_loop()
        try:
            if self._closed:
                # asked for while its window closed (a page's last refresh): the workers are gone
                log.debug("task %s asked for after shutdown; not run", name)
                self._forget(name, context)
                return
            result = await submit(loop)
        except (asyncio.CancelledError, TaskCancelled):
            self._forget(name, context)
            return
        except Exception as exc:  # every failure reaches the user through on_error / failed
            if context.cancelled and not context.superseded:
                self._forget(name, context)
                return  # cancelled on purpose: the page no longer wants its outcome
            log.debug("task %s failed", name, exc_info=exc)
            self._hand_over(loop, name, context, self._failed, on_error, exc)
            return
        except BaseException:
            self._forget(name, context)
            raise
        if context.cancelled:
            self._forget(name, context)
            return
        self._hand_over(loop, name, context, self._done, on_done, result)

    def _forget(self, name: str, context: TaskContext) -> None:
        current = self._tasks.get(name)
        if current is not None and current[1] is context:
            del self._tasks[name]
        task = asyncio.current_task()
        if task is not None:
            self._superseded.pop(task, None)
        self._update_busy()

    def _hand_over(self, loop, name, context, outcome, callback, value) -> None:
        """The page gets its result in a callback of the loop of its own, not inside this task's step: a
        page that opens a modal dialog there (the save-as of a PDF, the posting preview) runs a nested
        event loop, and another task finishing meanwhile could not step inside this one's ("Cannot enter
        into task … while another task … is being executed", seen on the real window). Busy stays on
        until the page has it, so nobody sees the runner idle with the result not yet shown."""
        self._delivering += 1
        self._forget(name, context)
        loop.call_soon(outcome, name, callback, value)

    def _done(self, name: str, on_done, result) -> None:
        try:
            if on_done is not None:
                self._deliver(name, on_done, result)
            self.finished.emit(name)
        finally:
            self._delivering -= 1
            self._update_busy()

    def _failed(self, name: str, on_error, exc) -> None:
        try:
            if on_error is not None:
                self._deliver(name, on_error, exc)
            self.failed.emit(name, exc)
        finally:
            self._delivering -= 1
            self._update_busy()

    @staticmethod
    def _deliver(name: str, callback: Callable[[Any], None], value: Any) -> None:
        """Hand a result to its page. A page closed meanwhile (its Qt objects deleted) just misses it;
        any other error goes to ``sys.excepthook`` now (the app shows it and logs it), never left in
        the task: an unretrieved task exception is reported from a garbage-collection finaliser, at an
        arbitrary later moment."""
        try:
            callback(value)
        except RuntimeError as exc:
            if "already deleted" in str(exc) or "has been deleted" in str(exc):
                log.debug("task %s finished after its page was closed", name)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        except Exception as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Await ``fn(*args)`` run in a worker thread (for coroutines that need the result inline)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, lambda: fn(*args))

    def cancel(self, name: str) -> None:
        """Drop the outcome of every task of ``name``, superseded ones included (nothing is shown)."""
        entries = [(t, c) for t, c in self._superseded.items() if c.name == name]
        entry = self._tasks.pop(name, None)
        if entry is not None:
            entries.append(entry)
        for task, context in entries:
            self._superseded.pop(task, None)
            context.superseded = False
            context._cancelled.set()
            task.cancel()
        self._update_busy()

    def cancel_all(self) -> None:
        for name in {*self._tasks, *(c.name for c in self._superseded.values())}:
            self.cancel(name)

    def shutdown(self) -> None:
        """Cancel everything and wait for worker threads and processes (none outlives its window or test)."""
        self._closed = True
        self.cancel_all()
        if self._own_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
        if self._processes is not None:
            self._processes.shutdown(wait=True, cancel_futures=True)
            self._processes = None
        if self._progress_queue is not None:
            self._progress_queue.put(None)
            if self._progress_thread is not None:
                self._progress_thread.join(timeout=5)
            self._progress_queue.close()
            self._progress_queue.join_thread()
            self._progress_queue = self._progress_thread = None


# ---- in a worker process ----------------------------------------------------------------------------
_PROGRESS_QUEUE = None  # the pool's queue, handed to each worker as it starts


def _worker_started(queue) -> None:
    global _PROGRESS_QUEUE
    _PROGRESS_QUEUE = queue


def _with_progress(token: int, fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """Run ``fn`` with a ``progress(done, total)`` that sends its steps to the UI process."""
    queue = _PROGRESS_QUEUE

    def progress(done: int, total: int) -> None:
        if queue is not None:
            queue.put((token, int(done), int(total)))

    try:
        return fn(*args, progress=progress, **kwargs)
    finally:
        if queue is not None:
            queue.put((token, None, None))  # after its steps: the UI process forgets the task's token


def _ready() -> int:
    """A worker process's first job: none (it only has to be started); says which process it is."""
    import os

    return os.getpid()
