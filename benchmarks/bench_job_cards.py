"""Job card benchmarks on the decade data (300k cards): the list's first page and scrolling
against the raw SQL, and the job card PDF against a minimal reportlab page.

Each function takes an opened ``AppContext`` (on the decade demo database) and returns a dict of
timings in milliseconds: median and 95th percentile. The harness that runs them is separate;
``python benchmarks/bench_job_cards.py DB_URL`` prints them.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable

from sqlalchemy import text


def _measure(fn: Callable[[], object], runs: int = 30, warm: int = 3) -> dict[str, float]:
    for _ in range(warm):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return {"median_ms": round(statistics.median(samples), 3),
            "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3)}


def _actor():
    from services.users.permissions import Actor

    return Actor.system()


def bench_list_first_page(ctx, runs: int = 30) -> dict:
    """The service's first page (200 rows, open cards first) against the same query as raw SQL."""
    actor = _actor()
    service = ctx.job_cards
    out = {"service": _measure(lambda: service.list_cards(actor, limit=200), runs)}
    sql = text("SELECT id, number, status, job_type, opened_at, advisor_name, customer_name, plate, vin, "
               "vehicle_desc, total_amount, promised_at, rework_of_id, payers, open_rank FROM job_cards "
               "ORDER BY open_rank DESC, opened_at DESC, id DESC LIMIT 201")
    with ctx.db.engine.connect() as conn:
        out["raw_sql"] = _measure(lambda: conn.execute(sql).fetchall(), runs)
    return out


def bench_list_scrolling(ctx, pages: int = 50, runs: int = 10) -> dict:
    """Fetching ``pages`` pages one after the other by keyset (a user scrolling 10,000 rows)."""
    actor = _actor()
    service = ctx.job_cards

    def scroll() -> None:
        after = None
        for _ in range(pages):
            page = service.list_cards(actor, after=after, limit=200)
            after = page.next_key
            if after is None:
                break

    out = {"service_per_page": _per_page(_measure(scroll, runs), pages)}
    sql = text("SELECT id, number, status, job_type, opened_at, advisor_name, customer_name, plate, vin, "
               "vehicle_desc, total_amount, promised_at, rework_of_id, payers, open_rank FROM job_cards "
               "WHERE (open_rank, opened_at, id) < (:r, :t, :i) "
               "ORDER BY open_rank DESC, opened_at DESC, id DESC LIMIT 201")
    first = text("SELECT open_rank, opened_at, id FROM job_cards ORDER BY open_rank DESC, opened_at DESC, "
                 "id DESC LIMIT 1")
    with ctx.db.engine.connect() as conn:
        r, t, i = conn.execute(first).one()

        def raw() -> None:
            key = (r, t, i)
            for _ in range(pages):
                rows = conn.execute(sql, {"r": key[0], "t": key[1], "i": key[2]}).fetchall()
                if len(rows) < 201:
                    break
                last = rows[199]
                key = (last.open_rank, last.opened_at, last.id)

        out["raw_sql_per_page"] = _per_page(_measure(raw, runs), pages)
    from services.job_cards.listing import ListFilter

    out["search_plate_tail"] = _measure(lambda: service.list_cards(actor, ListFilter(text="A1234"), limit=200),
                                        runs)
    return out


def _per_page(m: dict, pages: int) -> dict:
    return {k: round(v / pages, 3) for k, v in m.items()}


def bench_job_card_pdf(ctx, runs: int = 20) -> dict:
    """The job card (three copies) of a busy card against a minimal one-line reportlab page."""
    from reportlab.pdfgen import canvas

    from reports.common.base import register_font

    actor = _actor()
    with ctx.db.engine.connect() as conn:
        number = conn.execute(text("SELECT c.number FROM job_cards c JOIN job_lines l ON l.job_card_id = c.id "
                                   "GROUP BY c.number ORDER BY count(*) DESC LIMIT 1")).scalar_one()
    service = ctx.job_cards
    font = register_font()

    def minimal() -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.setFont(font, 12)
        c.drawString(100, 750, f"任务委托书 {number}")
        c.showPage()
        c.save()
        return buf.getvalue()

    doc = service.document(actor, number)
    from reports.job_cards.documents import render_job_card

    return {"number": number,
            "gather_and_render": _measure(lambda: service.job_card_pdf(actor, number), runs),
            "render_only": _measure(lambda: render_job_card(doc), runs),
            "minimal_reportlab_page": _measure(minimal, runs)}


def main(url: str) -> None:
    from app.context import AppContext

    ctx, _ = AppContext.open(url)
    try:
        for fn in (bench_list_first_page, bench_list_scrolling, bench_job_card_pdf):
            print(fn.__name__, fn(ctx))
    finally:
        ctx.close()


if __name__ == "__main__":
    main(sys.argv[1])
