"""Customer import of a large workbook: seconds per phase and how long the write lock is held.

    python -m benchmarks.bench_customer_import [ROWS]

Writes a workbook of ROWS rows (default 20,000; every fifth customer has a second vehicle on
the next row, every tenth row matches a customer already on file), imports it into a new SQLite
database and prints: reading the file, the preview, the import, and the longest write
transaction of the import (the time another desk's save would wait on SQLite).
"""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["客户名称", "手机号码", "车牌号", "车架号", "品牌", "车型", "购车日期", "行驶里程", "标签", "营销同意"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def rows(n: int) -> list[list]:
    from services.common.identifiers import make_vin

    out = []
    for i in range(n):
        owner = i - 1 if i % 5 == 1 else i  # every fifth customer has two vehicles
        plate = f"沪{LETTERS[i // 100_000 % 24]}{i % 100_000:05d}"
        out.append([f"客户{owner}", f"139{owner:08d}", plate, make_vin(f"LSVAB2BM0JN{i:06d}"), "上汽大众", "朗逸",
                    "2023-05-01", 10000 + i, "导入,VIP" if i % 10 == 0 else "", "是" if i % 2 else "否"])
    return out


def workbook(data: list[list]) -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(HEADERS)
    for r in data:
        ws.append(r)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def main(n: int = 20_000) -> dict[str, float]:
    from app.context import AppContext
    from app.db.engine import sqlite_url
    from services.customers.service import CustomerInput
    from services.customers.workbook import guess_mapping, read_workbook
    from services.users.permissions import Actor

    data = workbook(rows(n))
    actor = Actor.system()
    with tempfile.TemporaryDirectory() as tmp:
        ctx, _ = AppContext.open(sqlite_url(Path(tmp) / "bench.db"))
        try:
            for k in range(0, n, 10):  # customers already on file: their rows add a vehicle to them
                ctx.customers.create_customer(actor, CustomerInput(name=f"客户{k}", mobile=f"139{k:08d}")) \
                    if k < 2000 else None
            held: list[float] = []
            write = ctx.db.write

            @contextmanager
            def timed_write():
                t0 = time.perf_counter()
                with write() as s:
                    yield s
                held.append(time.perf_counter() - t0)

            ctx.db.write = timed_write  # type: ignore[method-assign]
            t0 = time.perf_counter()
            sheet = read_workbook(data)
            t1 = time.perf_counter()
            mapping = guess_mapping(sheet.headers)
            preview = ctx.customers.preview_import(actor, sheet, mapping)
            t2 = time.perf_counter()
            assert not preview.errors, preview.errors[:3]
            result = ctx.customers.import_sheet(actor, sheet, mapping, file_name="bench.xlsx")
            t3 = time.perf_counter()
        finally:
            ctx.close()
    figures = {"rows": n, "read_s": t1 - t0, "preview_s": t2 - t1, "import_s": t3 - t2,
               "write_lock_s": max(held, default=0.0), "customers": result.customers_created,
               "vehicles": result.vehicles_created}
    return figures


if __name__ == "__main__":
    figures = main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
    print("  ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))
