"""TaskRunner.run_in_process: a module-level function in a spawned process, with the same named
tasks, on_done/on_error and supersession as ``run``."""

from __future__ import annotations

import multiprocessing
import os

from services.common.errors import ValidationError
from tests import process_helpers


def test_a_process_task_delivers_its_result_on_the_ui_thread(qtbot, qloop, tasks):
    results = []
    with qtbot.waitSignal(tasks.finished, timeout=60_000, check_params_cb=lambda n: n == "square"):
        tasks.run_in_process("square", process_helpers.square, 7, plus=1, on_done=results.append)
    [(value, pid)] = results
    assert value == 50
    assert pid != os.getpid()  # it ran in another process
    assert not tasks.busy


def test_a_process_task_error_reaches_on_error_and_failed_whole(qtbot, qloop, tasks):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from viewmodels.common.errors import describe

    errors = []
    with qtbot.waitSignal(tasks.failed, timeout=60_000) as signal:
        tasks.run_in_process("refuse", process_helpers.refuse, "X1", on_error=errors.append,
                             on_done=lambda _r: errors.append("done?"))
    [exc] = errors
    assert signal.args[0] == "refuse" and signal.args[1] is exc
    assert isinstance(exc, ValidationError)
    assert (exc.field, exc.params) == ("file", {"number": "X1"})
    assert describe(exc).startswith("The price list has no part-number column")

    class Chinese(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):
            return "价格表第一行没有零件号列。" if context == "ServiceError" and text == exc.text else ""

    tr = Chinese()
    QCoreApplication.installTranslator(tr)
    try:
        assert describe(exc) == "价格表第一行没有零件号列。"  # the service's message, in the user's language
    finally:
        QCoreApplication.removeTranslator(tr)


def test_a_newer_process_task_of_the_same_name_wins_and_the_late_result_is_dropped(qtbot, qloop, qapp):
    from viewmodels.common.tasks import TaskRunner

    # one worker process: the newer task can only run once the older one has delivered its result,
    # so that late result certainly arrives, and must be ignored
    runner = TaskRunner(process_workers=1)
    manager = multiprocessing.get_context("spawn").Manager()
    try:
        gate = manager.Event()
        done, errors, finished = [], [], []
        runner.finished.connect(finished.append)
        runner.run_in_process("job", process_helpers.wait_then, gate, "old", on_done=done.append,
                              on_error=errors.append)
        assert runner.is_running("job")
        runner.run_in_process("job", process_helpers.wait_then, gate, "new", on_done=done.append,
                              on_error=errors.append)
        with qtbot.waitSignal(runner.busyChanged, timeout=60_000, check_params_cb=lambda b: b is False):
            gate.set()
        assert done == ["new"]
        assert errors == [] and finished == ["job"]
        # a different name runs beside it, and a cancelled one delivers nothing
        runner.run_in_process("other", process_helpers.square, 3, on_done=done.append)
        runner.cancel("other")
        with qtbot.waitSignal(runner.finished, timeout=60_000):
            runner.run_in_process("third", process_helpers.square, 2, on_done=lambda r: done.append(r[0]))
        assert done == ["new", 4]
    finally:
        runner.shutdown()
        manager.shutdown()


def test_a_process_task_reports_its_steps(qtbot, qloop, tasks):
    """A function with a ``progress`` parameter gets one in its process; the steps arrive as ``progress``."""
    steps = []
    tasks.progress.connect(lambda name, done, total: steps.append((name, done, total)))
    with qtbot.waitSignal(tasks.finished, timeout=60_000):
        tasks.run_in_process("steps", process_helpers.count_steps, 4)
    qtbot.waitUntil(lambda: len(steps) == 4, timeout=10_000)
    assert steps == [("steps", d, 4) for d in range(1, 5)]
