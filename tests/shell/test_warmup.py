"""After the window is up, the app loads the first search's and first print's libraries and freezes its heap."""

from __future__ import annotations

import gc
import sys

from app.warmup import settle_heap, warm_up


def test_warm_up_loads_pinyin_and_the_font_and_settling_hides_the_heap_from_full_collections():
    warm_up()
    assert any(name.startswith("pypinyin") for name in sys.modules)
    from reportlab.pdfbase import pdfmetrics

    from reports.common.base import register_font

    assert register_font() in pdfmetrics.getRegisteredFontNames()
    seen_before = len(gc.get_objects())
    try:
        settle_heap()
        # a full collection now walks only what was made after the freeze, not the start-up heap
        assert gc.get_freeze_count() >= seen_before // 2
        assert len(gc.get_objects()) < seen_before // 10
    finally:
        gc.unfreeze()


def test_worker_processes_start_when_asked_and_then_take_work(qtbot, qloop, tasks):
    import concurrent.futures

    from tests import process_helpers

    started = tasks.start_processes()
    done, _ = concurrent.futures.wait(started, timeout=60)
    assert len(started) == 2 and len(done) == 2
    workers = {f.result() for f in done}
    results = []
    tasks.run_in_process("after-start", process_helpers.square, 12, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    square, pid = results[0]
    assert square == 144 and pid in workers  # the work went to a worker already started
