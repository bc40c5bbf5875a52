"""Child process for the start-up figure: time to the signed-in main window, or to a bare window.

Prints one JSON line: seconds from process start (as the parent measures it, passed in argv) to a
shown window, and the resident memory after start-up and after opening each main page.
"""

from __future__ import annotations

import json
import os
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    mode, url, t0 = sys.argv[1], sys.argv[2], float(sys.argv[3])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    out: dict = {}
    if mode == "bare":
        w = QMainWindow()
        w.resize(1280, 800)
        w.show()
        app.processEvents()
        out["ready_s"] = time.time() - t0
        out["rss_mb"] = rss_mb()
    else:
        import asyncio

        import qasync

        from app.context import AppContext
        from app.gui import build_main_window, choose_ui_font
        from app.settings import LocalSettings
        from viewmodels.common.tasks import TaskRunner

        loop = qasync.QEventLoop(app, already_running=False)
        asyncio.set_event_loop(loop)
        choose_ui_font(app)
        ctx, _ = AppContext.open(url)
        actor = ctx.users.authenticate("admin", "servicebay1")
        tasks = TaskRunner()
        window = build_main_window(ctx, actor, tasks, LocalSettings())
        window.show()
        app.processEvents()
        out["ready_s"] = time.time() - t0
        out["rss_mb"] = rss_mb()
        pages = {}
        for key in window.area_keys():
            window.open_area(key)
            deadline = time.time() + 3
            while time.time() < deadline:  # let the page's first queries land
                app.processEvents()
                loop.run_until_complete(asyncio.sleep(0.05))
                if not tasks.busy:
                    break
            pages[key] = rss_mb()
        out["rss_after_pages_mb"] = pages
        # the first job card printed in this session: fonts are registered on first use
        from sqlalchemy import text

        with ctx.db.engine.connect() as conn:
            number = conn.execute(text("SELECT number FROM job_cards ORDER BY id DESC LIMIT 1")).scalar()
        if number:
            t = time.perf_counter()
            ctx.job_cards.job_card_pdf(actor, number)
            out["first_print_s"] = time.perf_counter() - t
        tasks.shutdown()
        ctx.close()
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
