"""Child process: how late the UI thread's timer fires while searches, a PDF, a store workbook and a
price-list import run through the app's TaskRunner. Prints one JSON line.

The price-list import and the store workbook go through ``TaskRunner.run_in_process`` with the
functions the app uses (``services.parts.pricelist.import_pricelist_in_process``,
``services.parts.exports.write_store_workbook``), as the app runs them; searches and the job card PDF
run in worker threads, as on screen."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path


def main() -> None:
    url = sys.argv[1]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.context import AppContext
    from app.warmup import settle_heap, warm_up
    from benchmarks.bench_parts import write_pricelist
    from services.parts.exports import write_store_workbook
    from services.parts.pricelist import import_pricelist_in_process
    from services.users.permissions import Actor
    from viewmodels.common.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    ctx, _ = AppContext.open(url)
    actor = Actor.system()
    tasks = TaskRunner()
    # as the app does once its window is shown: the first search's and print's libraries, then a frozen heap
    warm_up()
    settle_heap()
    concurrent.futures.wait(tasks.start_processes())
    tmp = Path(tempfile.mkdtemp())
    book = tmp / "pricelist.xlsx"
    write_pricelist(book, 10_000)
    lates: list[float] = []
    tick_ms = 10
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lates.append(max(0.0, (now - last[0]) * 1000 - tick_ms))
        last[0] = now

    timer = QTimer()
    timer.setInterval(tick_ms)
    timer.timeout.connect(tick)

    def searches() -> None:
        for q in ("zw", "1234", "A1234", "张", "wang", "LFV", "13800"):
            ctx.customers.search(actor, q)

    def pdf() -> None:
        with ctx.db.engine.connect() as conn:
            from sqlalchemy import text

            number = conn.execute(text("SELECT number FROM job_cards ORDER BY id DESC LIMIT 1")).scalar_one()
        ctx.job_cards.job_card_pdf(actor, number)

    jobs = {"search": searches, "job card PDF": pdf}
    pricelist_job = "price-list import (10k rows, in a process)"
    workbook_job = "store workbook (a year, in a process)"

    async def run() -> None:
        timer.start()
        last[0] = time.perf_counter()
        for name, fn in jobs.items():
            tasks.run(name, fn)
        tasks.run_in_process(pricelist_job, import_pricelist_in_process, ctx.parts_pricelist.database_url, actor,
                             str(book), clock=ctx.clock)
        today = ctx.clock.today()
        tasks.run_in_process(workbook_job, write_store_workbook, ctx.parts_reports.database_url, actor,
                             today - timedelta(days=365), today, str(tmp / "store.xlsx"), clock=ctx.clock)
        while tasks.busy:
            await asyncio.sleep(0.05)
        timer.stop()

    loop.run_until_complete(run())
    tasks.shutdown()
    ctx.close()
    print(json.dumps({"max_late_ms": max(lates) if lates else 0.0,
                      "median_late_ms": statistics.median(lates) if lates else 0.0,
                      "ticks": len(lates), "work": ", ".join([*jobs, pricelist_job, workbook_job])}), flush=True)


if __name__ == "__main__":
    main()
