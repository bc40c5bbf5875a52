"""Several processes writing to one SQLite file at once: the station's PCs sharing a file on a share,
or one PC's receiving, stocktake and tool desk pages in several app windows.

    python -m benchmarks.probe_writers N SECONDS

Each of N processes opens the file as the app does (``AppContext``), opens its own goods-received
note and scans boxes into it as fast as the database lets it, for SECONDS. Every scan's time from call
to commit is kept, and every error by its type. The floor is N processes doing the barest fsynced
``BEGIN IMMEDIATE; INSERT; COMMIT`` on a file of their own kind for the same time. Prints one JSON line:
per-scan median, p95, p99 and longest (ms), scans done, errors, and the floor's figures.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sqlite3
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def _app_writer(path: str, number: str, barcode: str, ready, go, seconds: float, out) -> None:
    from app.context import AppContext
    from services.users.permissions import Actor

    ctx, _ = AppContext.open(f"sqlite:///{path}", migrate=False)
    actor = Actor.system()
    grn = None
    while grn is None:  # the other processes may be setting up too: opening the note waits its turn
        try:
            grn = ctx.parts_receiving.open_receipt(actor)
        except Exception:  # noqa: BLE001 - busy while the others start; tried again
            time.sleep(0.05)
    times: list[float] = []
    errors: dict[str, int] = {}
    end = _start_together(ready, go) + seconds
    while time.time() < end:
        t = time.perf_counter()
        try:
            ctx.parts_receiving.scan(actor, grn.id, barcode, uuid.uuid4().hex)
        except Exception as exc:  # noqa: BLE001 - counted by type, the figure says how many
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            continue
        times.append((time.perf_counter() - t) * 1000)
    on_hand = ctx.parts.find_by_code(actor, number).on_hand
    ctx.close()
    out.put({"times": times, "errors": errors, "number": number, "on_hand": str(on_hand)})


def _bare_writer(path: str, ready, go, seconds: float, out) -> None:
    con = sqlite3.connect(path, isolation_level=None, timeout=30)
    con.execute("PRAGMA synchronous=FULL")
    times: list[float] = []
    end = _start_together(ready, go) + seconds
    while time.time() < end:
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (k, q) VALUES (?, 1000)", (uuid.uuid4().hex,))
        con.execute("COMMIT")
        times.append((time.perf_counter() - t) * 1000)
    con.close()
    out.put({"times": times, "errors": {}})


def _start_together(ready, go) -> float:
    """Say this process is set up, wait for the others; the time the writing starts (the same for all)."""
    ready.put(True)
    go.wait()
    start = float(go.start.value)
    while time.time() < start:
        time.sleep(0.0005)
    return start


def _run(target, args_of, n: int, seconds: float) -> list[dict]:
    ctx = mp.get_context("spawn")
    out, ready, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    go.start = ctx.Value("d", 0.0)
    procs = [ctx.Process(target=target, args=(*args_of(i), ready, go, seconds, out)) for i in range(n)]
    for p in procs:
        p.start()
    # every process imported, connected and set up before the first write: on 2 cores, 8 interpreters
    # importing the app take several seconds, and a fixed head start measured their imports too
    for _ in procs:
        ready.get(timeout=300)
    go.start.value = time.time() + 0.2
    go.set()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join()
    return results


def measure(n: int, seconds: float) -> dict:
    from app.context import AppContext
    from app.db.engine import open_database
    from app.db.models import Base
    from services.parts.stock import NewPart
    from services.users.permissions import Actor

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "writers.sqlite3"
        db = open_database(f"sqlite:///{path}")
        Base.metadata.create_all(db.engine)
        ctx = AppContext(db)
        parts = []
        for i in range(n):
            number, barcode = f"BENCH{i:03d}", f"69012345{i:05d}"
            ctx.parts.create_part(Actor.system(), NewPart(number, f"测试件{i}", cost=Decimal("30.00"),
                                                          bin="A-01-03", barcodes=[barcode]))
            parts.append((number, barcode))
        ctx.close()
        app = _run(_app_writer, lambda i: (str(path), *parts[i]), n, seconds)

        floor_path = Path(tmp) / "floor.sqlite3"
        con = sqlite3.connect(floor_path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, q INTEGER)")
        con.close()
        bare = _run(_bare_writer, lambda i: (str(floor_path),), n, seconds)

    times = [t for r in app for t in r["times"]]
    floor = [t for r in bare for t in r["times"]]
    errors: dict[str, int] = {}
    for r in app:
        for k, v in r["errors"].items():
            errors[k] = errors.get(k, 0) + v
    # every acknowledged scan is one unit on hand: nothing lost, nothing counted twice
    lost = sum(len(r["times"]) - int(Decimal(r["on_hand"])) for r in app)
    return {"writers": n, "seconds": seconds, "scans": len(times), "errors": errors, "lost": lost,
            "median_ms": _pct(times, 50), "p95_ms": _pct(times, 95), "p99_ms": _pct(times, 99),
            "max_ms": max(times, default=0.0), "floor_median_ms": _pct(floor, 50), "floor_p99_ms": _pct(floor, 99),
            "floor_writes": len(floor)}


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), float(sys.argv[2]))))
