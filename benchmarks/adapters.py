"""Turn each area's benchmark module output into rows of the one table (figure, median, p95, floor)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.run import figure_row

INTERACTIVE_MS = 100.0


def customers(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_customers

    rows = []
    for r in bench_customers.run(ctx, max(1, repeats // 4)):
        if not r.get("queries"):
            continue
        rows.append(figure_row(f"customer search: {r['case']} (e.g. {r['example']})", "ms",
                               r["service_median_ms"], r["service_p95_ms"], "raw SQL behind it",
                               r["sql_median_ms"], r["sql_p95_ms"], target=50.0))
    return rows


def job_cards(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_job_cards as b

    rows = []
    first = b.bench_list_first_page(ctx, runs=max(10, repeats))
    rows.append(figure_row("job card list: first page (200 rows)", "ms", first["service"]["median_ms"],
                           first["service"]["p95_ms"], "raw SQL", first["raw_sql"]["median_ms"],
                           first["raw_sql"]["p95_ms"], target=INTERACTIVE_MS))
    scroll = b.bench_list_scrolling(ctx, runs=max(3, repeats // 4))
    rows.append(figure_row("job card list: scrolling, per page of 200", "ms",
                           scroll["service_per_page"]["median_ms"], scroll["service_per_page"]["p95_ms"],
                           "raw SQL keyset page", scroll["raw_sql_per_page"]["median_ms"],
                           scroll["raw_sql_per_page"]["p95_ms"], target=INTERACTIVE_MS))
    rows.append(figure_row("job card list: search by plate tail", "ms", scroll["search_plate_tail"]["median_ms"],
                           scroll["search_plate_tail"]["p95_ms"], target=INTERACTIVE_MS))
    pdf = b.bench_job_card_pdf(ctx, runs=max(10, repeats))
    rows.append(figure_row("job card PDF (3 copies): gather and render", "ms",
                           pdf["gather_and_render"]["median_ms"], pdf["gather_and_render"]["p95_ms"],
                           "minimal reportlab page", pdf["minimal_reportlab_page"]["median_ms"],
                           pdf["minimal_reportlab_page"]["p95_ms"], target=200.0))
    return rows


def parts(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_parts as b

    url = ctx.db.url.render_as_string(hide_password=False)
    rows = []
    for result, target in ((b.bench_scan_to_committed(n=max(50, repeats * 5)), 30.0),
                           (b.bench_on_hand_all(url, n=max(5, repeats // 2)), 200.0),
                           (b.bench_reorder_suggestions(url, n=max(5, repeats // 2)), INTERACTIVE_MS)):
        rows.append(figure_row(result["name"], "ms", result["median_s"] * 1000, result["p95_s"] * 1000,
                               result["floor_name"], result["floor_median_s"] * 1000, result["floor_p95_s"] * 1000,
                               target=target))
    imp = b.bench_pricelist_import(rows=100_000, n=1)
    rows.append(figure_row(imp["name"], "s", imp["median_s"], imp["p95_s"], imp["floor_name"],
                           imp["floor_median_s"], imp["floor_p95_s"]))
    return rows


def not_built(name: str) -> dict:
    return {"figure": f"{name}: not built yet", "unit": "", "median": None, "p95": None}


def all_rows(ctx, repeats: int) -> list[dict]:
    rows: list[dict] = []
    for fn in (customers, job_cards, parts):
        rows.extend(fn(ctx, repeats))
    rows.append(not_built("settlement statement PDF"))
    rows.append(not_built("monthly manager workbook"))
    return rows


__all__ = ["Path", "all_rows"]
