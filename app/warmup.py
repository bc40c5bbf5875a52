"""After the main window is up: load what the first search and the first print would load, then freeze the heap.

Measured on ten years of data (benchmarks/probe_stall.py): the window froze for up to seconds while
work ran in the background, and each long freeze was one of two things in a worker thread holding
Python's GIL: the first use of a large library (pypinyin's dictionaries, about 200 ms; reportlab's
CJK font) or a full garbage collection walking every object the process had made since it started.
So the app loads those libraries in a worker once the window is shown, and then collects once and
moves every object alive at that point out of the collector's sight (``gc.freeze``): later full
collections only walk what was made after it. Objects made before and freed later are still freed
by their reference counts; only cycles among them would stay (the start-up objects live as long as
the app anyway).
"""

from __future__ import annotations

import gc


def warm_up() -> None:
    """In a worker thread: the libraries the first search and the first print would load."""
    from reports.common.base import register_font, styles
    from services.common import pinyin

    pinyin.keys("张伟")  # pypinyin's phrase dictionaries
    styles(register_font())  # reportlab, the embedded CJK font and the paragraph styles
    import openpyxl  # noqa: F401  (the store's and customers' workbooks)


def settle_heap() -> None:
    """On the UI thread, while nothing runs: collect once, then freeze what is alive."""
    gc.collect()
    gc.freeze()
