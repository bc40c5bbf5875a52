"""Customer-relations benchmarks on the decade data: a centre worker's daily work list (target 100 ms
p95), the KPI page of the last full month (target 1 s p95), and the day's contact plan that the
centre page runs in the background once a day (its first run makes the day's calls; the repeats are
what a second PC pays, as the plan makes each call once). Measured last: the plan adds the day's
calls to the data set, as it does on the station's first PC of the morning.

``python benchmarks/bench_crm.py DB_URL`` prints the figures.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from sqlalchemy import text

from benchmarks.bench_job_cards import _actor, _measure


def bench_crm(ctx, runs: int = 30) -> dict:
    from services.crm.kpis import month_bounds

    actor = _actor()
    crm = ctx.crm
    today = ctx.clock.today()
    first, last = month_bounds(today.replace(day=1) - timedelta(days=1))
    work = crm.work_list(actor)
    sql = text("SELECT * FROM crm_tasks WHERE status = 'open' AND due_on <= :d AND (next_attempt_at IS NULL OR "
               "next_attempt_at <= :n) ORDER BY CASE WHEN COALESCE(window_end, due_on) < :d THEN 0 ELSE 1 END, "
               "COALESCE(window_end, due_on), id LIMIT 300")
    with ctx.db.engine.connect() as conn:
        def raw():
            return conn.execute(sql, {"d": today, "n": ctx.clock.now().replace(tzinfo=None)}).fetchall()
        floor = _measure(raw, runs)
    with ctx.db.read() as s:
        tasks = s.scalar(text("SELECT count(*) FROM crm_tasks"))
        appointments = s.scalar(text("SELECT count(*) FROM crm_appointments"))
    out = {"work_list": _measure(lambda: crm.work_list(actor), runs), "work_list_sql": floor,
           "work_rows": len(work), "kpis": _measure(lambda: crm.kpis(actor, first, last), max(5, runs // 3)),
           "month": f"{first:%Y-%m}", "tasks": tasks, "appointments": appointments}
    made: dict = {}
    out["plan_first"] = _measure(lambda: made.update(crm.plan(actor, today)), 1, warm=0)
    out["plan"] = _measure(lambda: crm.plan(actor, today), 3, warm=0)
    out["planned"] = sum(made.values())
    return out


if __name__ == "__main__":
    from app.context import AppContext

    ctx, _ = AppContext.open(sys.argv[1], migrate=False)
    print(bench_crm(ctx))
