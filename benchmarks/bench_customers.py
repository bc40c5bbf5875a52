"""Customer search latency on the current database: the service next to the raw SQL behind it.

``run(ctx, repeats)`` samples real customers and vehicles of the database (decade data for the
issue's numbers: ``servicebay demo --scale decade``), types the queries a front desk types --
a name, pinyin initials, a mobile's last 4, a plate without its province, a VIN's last 6 --
and returns one dict per case with the median and 95th percentile in milliseconds of
``CustomerService.search`` (plan, key ranges, row details, masking) and of the bare index range
query on ``customer_search_keys`` it starts from. Not a timed test: the harness decides.
"""

from __future__ import annotations

import random
import statistics
import time

from pypinyin import Style, lazy_pinyin
from sqlalchemy import select, text

from app.db.models.customers import Customer, Vehicle
from services.customers.search import plan
from services.users.permissions import Actor

RAW_SQL = ("SELECT key, customer_id, vehicle_id FROM customer_search_keys "
           "WHERE key >= :lo AND key < :hi ORDER BY key LIMIT 50")
CASES = ("name", "initials", "phone_tail", "plate", "vin_tail")


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))]


def _samples(ctx, n: int, seed: int) -> dict[str, list[str]]:
    with ctx.db.read() as s:
        max_id = s.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
        rng = random.Random(seed)
        ids = rng.sample(range(1, max_id + 1), min(n * 3, max_id)) if max_id else []
        people = s.execute(select(Customer.name, Customer.mobile).where(
            Customer.id.in_(ids), Customer.kind == "person", Customer.mobile.is_not(None),
            Customer.merged_into_id.is_(None))).all()[:n]
        cars = s.execute(select(Vehicle.plate, Vehicle.vin).where(
            Vehicle.owner_id.in_(ids), Vehicle.plate.is_not(None), Vehicle.merged_into_id.is_(None))).all()[:n]
    return {
        "name": [name for name, _ in people],
        "initials": ["".join(lazy_pinyin(name, style=Style.FIRST_LETTER)).lower() for name, _ in people],
        "phone_tail": [mobile[-4:] for _, mobile in people],
        "plate": [plate[1:] for plate, _ in cars],
        "vin_tail": [vin[-6:] for _, vin in cars],
    }


def run(ctx, repeats: int = 5, *, samples: int = 40, seed: int = 7) -> list[dict]:
    """Median and p95 (ms) of the service search and of its raw SQL, per kind of query."""
    actor = Actor.system()
    queries = _samples(ctx, samples, seed)
    results = []
    for case in CASES:
        qs = queries[case]
        if not qs:
            results.append({"case": case, "queries": 0})
            continue
        ctx.customers.search(actor, qs[0])  # warm the pool and the statement cache
        service_ms: list[float] = []
        sql_ms: list[float] = []
        hits = 0
        for _ in range(max(1, repeats)):
            for q in qs:
                t0 = time.perf_counter()
                found = ctx.customers.search(actor, q)
                service_ms.append((time.perf_counter() - t0) * 1000)
                hits += bool(found)
        first = [plan(q)[0] for q in qs]
        with ctx.db.engine.connect() as conn:
            stmt = text(RAW_SQL)
            for _ in range(max(1, repeats)):
                for r in first:
                    t0 = time.perf_counter()
                    conn.execute(stmt, {"lo": r.prefix, "hi": r.upper}).all()
                    sql_ms.append((time.perf_counter() - t0) * 1000)
        results.append({
            "case": case, "queries": len(qs), "example": qs[0], "found_ratio": hits / len(service_ms),
            "service_median_ms": round(statistics.median(service_ms), 3),
            "service_p95_ms": round(_percentile(service_ms, 0.95), 3),
            "sql_median_ms": round(statistics.median(sql_ms), 3),
            "sql_p95_ms": round(_percentile(sql_ms, 0.95), 3),
            "sql": RAW_SQL,
        })
    return results


if __name__ == "__main__":
    import json
    import sys

    from app.context import AppContext

    context, _ = AppContext.open(sys.argv[1])
    try:
        for row in run(context, int(sys.argv[2]) if len(sys.argv) > 2 else 5):
            print(json.dumps({k: v for k, v in row.items() if k != "sql"}, ensure_ascii=False))
    finally:
        context.close()
