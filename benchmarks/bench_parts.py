"""Parts store benchmarks, each next to its floor.

    python benchmarks/bench_parts.py [--db URL-of-a-decade-demo-database]

Every ``bench_*`` function returns a dict {name, median_s, p95_s, floor_name, floor_median_s,
floor_p95_s, n}; the benchmark harness (someone else's) collects them.

- scan-to-committed: one receiving scan through the service (its own write transaction,
  SQLite WAL with synchronous=FULL), against a bare fsynced SQLite INSERT + COMMIT;
- on-hand of all parts (from the balance rows), against a bare ``SELECT part_id, on_hand``;
- reorder suggestions over 100k parts, against a bare count over the same join;
- price-list import of 100k rows from .xlsx, against reading the same workbook with openpyxl.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _stats(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s), s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def _timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def _result(name, samples, floor_name, floor_samples) -> dict:
    m, p = _stats(samples)
    fm, fp = _stats(floor_samples)
    return {"name": name, "median_s": m, "p95_s": p, "floor_name": floor_name, "floor_median_s": fm,
            "floor_p95_s": fp, "n": len(samples)}


def _fresh_context(folder: Path):
    from app.context import AppContext
    from app.db.engine import open_database
    from app.db.models import Base

    db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    Base.metadata.create_all(db.engine)
    return AppContext(db)


def bare_fsynced_insert(folder: Path, n: int = 200) -> list[float]:
    con = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, q INTEGER)")

    def one():
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (k, q) VALUES (?, 1000)", (uuid.uuid4().hex,))
        con.execute("COMMIT")

    samples = _timed(one, n)
    con.close()
    return samples


def bench_scan_to_committed(n: int = 200) -> dict:
    from services.parts.stock import NewPart
    from services.users.permissions import Actor

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ctx = _fresh_context(folder)
        actor = Actor.system()
        ctx.parts.create_part(actor, NewPart("06A115561B", "机油滤清器", cost=Decimal("30.00"), bin="A-01-03",
                                             barcodes=["6901234567892"]))
        grn = ctx.parts_receiving.open_receipt(actor)
        for _ in range(5):  # warm up
            ctx.parts_receiving.scan(actor, grn.id, "6901234567892", uuid.uuid4().hex)
        samples = _timed(lambda: ctx.parts_receiving.scan(actor, grn.id, "6901234567892", uuid.uuid4().hex), n)
        floor = bare_fsynced_insert(folder, n)
        ctx.close()
    return _result("parts: scan to committed (SQLite, synchronous=FULL)", samples,
                   "bare fsynced SQLite INSERT+COMMIT", floor)


def bench_on_hand_all(url: str, n: int = 10) -> dict:
    from sqlalchemy import text

    from app.context import AppContext
    from services.users.permissions import Actor

    ctx, _ = AppContext.open(url, migrate=False)
    actor = Actor.system()
    samples = _timed(lambda: ctx.parts.on_hand_all(actor), n)

    def floor():
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT part_id, on_hand FROM part_stock")).fetchall()

    result = _result("parts: on hand of all parts", samples, "bare SELECT part_id, on_hand", _timed(floor, n))
    ctx.close()
    return result


def bench_reorder_suggestions(url: str, n: int = 10, *, first_screen: bool = True) -> dict:
    """What the planner waits for on Refresh: the first screen of suggestions (the page shows it, then reads
    the rest behind it: viewmodels/parts/purchasing.py); with ``first_screen=False`` the whole list."""
    from sqlalchemy import text

    from app.context import AppContext
    from app.warmup import settle_heap
    from services.users.permissions import Actor

    ctx, _ = AppContext.open(url, migrate=False)
    actor = Actor.system()
    # the first call after start-up (statements compiled, pages read from disk) is reported apart; the
    # figure is the page as it is used afterwards, in a process whose heap is settled as the app's is
    # once its window shows (app/gui.py: warm_up, then settle_heap)
    from viewmodels.parts.purchasing import FIRST_SCREEN

    limit = FIRST_SCREEN if first_screen else None
    total = len(ctx.parts_purchasing.reorder_suggestions(actor))
    first = _timed(lambda: ctx.parts_purchasing.reorder_suggestions(actor, limit=limit), 1)
    settle_heap()
    samples = _timed(lambda: ctx.parts_purchasing.reorder_suggestions(actor, limit=limit), n)

    def floor():
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM parts p JOIN part_stock s ON s.part_id = p.id "
                              "WHERE p.min_stock > 0 AND s.on_hand + s.on_order - s.reserved < p.min_stock")).scalar()

    name = (f"parts: reorder suggestions, first screen ({FIRST_SCREEN} of {total} rows; the rest follows)"
            if first_screen else f"parts: reorder suggestions, the whole list ({total} rows, read behind the screen)")
    result = _result(name, samples, "bare count over the same join", _timed(floor, n))
    result["note"] = f"first call after start-up {first[0] * 1000:.0f} ms"
    ctx.close()
    return result


def write_pricelist(path: Path, rows: int = 100_000) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("价格表")
    ws.append(["零件号", "名称", "品牌", "类别", "单位", "成本价", "零售价"])
    for i in range(rows):
        ws.append([f"5Q0{i:07d}", f"速腾前刹车片{i % 50}", "大众", "制动", "套", 100 + i % 900, 180 + i % 1500])
    wb.save(path)


def bench_pricelist_import(rows: int = 100_000, n: int = 1) -> dict:
    from openpyxl import load_workbook

    from services.users.permissions import Actor

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = folder / "pricelist.xlsx"
        write_pricelist(book, rows)
        samples = []
        for _ in range(n):
            ctx = _fresh_context(folder)
            sup = ctx.parts.create_supplier(Actor.system(), "一汽大众配件中心")
            t = time.perf_counter()
            ctx.parts_pricelist.import_file(Actor.system(), book, supplier_id=sup.id)
            samples.append(time.perf_counter() - t)
            ctx.close()

        def floor():
            wb = load_workbook(book, read_only=True, data_only=True)
            for _row in wb.worksheets[0].iter_rows(values_only=True):
                pass
            wb.close()

        return _result(f"parts: price-list import of {rows} rows (new parts)", samples,
                       "reading the workbook with openpyxl (read-only)", _timed(floor, n))


def main(argv: list[str]) -> int:
    url = argv[argv.index("--db") + 1] if "--db" in argv else None
    results = [bench_scan_to_committed()]
    if url:
        results += [bench_on_hand_all(url), bench_reorder_suggestions(url)]
    results.append(bench_pricelist_import())
    for r in results:
        print(f"{r['name']}: median {r['median_s'] * 1000:.2f} ms, p95 {r['p95_s'] * 1000:.2f} ms "
              f"| floor ({r['floor_name']}): median {r['floor_median_s'] * 1000:.2f} ms, "
              f"p95 {r['floor_p95_s'] * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
