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
                           (b.bench_reorder_suggestions(url, n=max(5, repeats // 2)), INTERACTIVE_MS),
                           (b.bench_reorder_suggestions(url, n=max(5, repeats // 2), first_screen=False), None)):
        rows.append(figure_row(result["name"], "ms", result["median_s"] * 1000, result["p95_s"] * 1000,
                               result["floor_name"], result["floor_median_s"] * 1000, result["floor_p95_s"] * 1000,
                               target=target, note=result.get("note", "")))
    imp = b.bench_pricelist_import(rows=100_000, n=1)
    rows.append(figure_row(imp["name"], "s", imp["median_s"], imp["p95_s"], imp["floor_name"],
                           imp["floor_median_s"], imp["floor_p95_s"]))
    return rows


def settlement(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_settlement as b

    r = b.bench_statement_pdf(ctx, runs=max(10, repeats))
    if r is None:
        return [not_built("settlement statement PDF (no settled or ready card in the data)")]
    rows = [figure_row("settlement statement PDF (A4, the longest statement): gather and render, warm", "ms",
                       r["gather_and_render"]["median_ms"], r["gather_and_render"]["p95_ms"],
                       "its rows by raw SQL", r["raw_statement_rows"]["median_ms"],
                       r["raw_statement_rows"]["p95_ms"], target=INTERACTIVE_MS),
            figure_row(f"cashier's day close (busiest day, {r['day_payments']} payments)", "ms",
                       r["day_close"]["median_ms"], r["day_close"]["p95_ms"], "the day's payments by raw SQL",
                       r["raw_day_rows"]["median_ms"], r["raw_day_rows"]["p95_ms"], target=INTERACTIVE_MS),
            figure_row("fleet accounts: ageing of every company", "ms", r["ageing"]["median_ms"],
                       r["ageing"]["p95_ms"], target=500.0)]
    if "account_pdf" in r:
        rows.append(figure_row("account statement PDF (对账单, the longest)", "ms", r["account_pdf"]["median_ms"],
                               r["account_pdf"]["p95_ms"], target=200.0))
    return rows


def workshop(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_workshop as b

    svc = b.bench_service(ctx, runs=max(10, repeats))
    view = b.view_figures_in_child(runs=max(20, repeats))
    busy = f"{view['technicians']} technicians, {view['blocks']} jobs"
    return [
        figure_row(f"workshop board: the day's data from the service ({svc['technicians']} technicians, "
                   f"{svc['blocks']} blocks, {svc['queue']} queued)", "ms", svc["board"]["median_ms"],
                   svc["board"]["p95_ms"], target=INTERACTIVE_MS),
        figure_row(f"workshop board: build and draw a busy day ({busy})", "ms", view["build_and_draw"]["median_ms"],
                   view["build_and_draw"]["p95_ms"], "redraw only", view["redraw"]["median_ms"],
                   view["redraw"]["p95_ms"], target=INTERACTIVE_MS),
        figure_row("wall display: poll (change stamp)", "ms", svc["stamp"]["median_ms"], svc["stamp"]["p95_ms"],
                   target=20.0),
        figure_row(f"wall display: refresh (service + build and draw at 1.5× on 1920 px, {busy})", "ms",
                   svc["board"]["median_ms"] + view["wall_build_and_draw"]["median_ms"],
                   svc["board"]["p95_ms"] + view["wall_build_and_draw"]["p95_ms"], target=INTERACTIVE_MS * 2),
        figure_row("workshop overdue list", "ms", svc["overdue"]["median_ms"], svc["overdue"]["p95_ms"],
                   target=INTERACTIVE_MS),
        figure_row("workshop figures: a month per technician and team", "ms", svc["figures_month"]["median_ms"],
                   svc["figures_month"]["p95_ms"], target=1000.0),
    ]


def crm(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_crm as b

    r = b.bench_crm(ctx, runs=max(10, repeats))
    note = f"{r['tasks']} call tasks, {r['appointments']} appointments"
    return [figure_row(f"centre worker's daily work list ({r['work_rows']} calls)", "ms", r["work_list"]["median_ms"],
                       r["work_list"]["p95_ms"], "raw SQL", r["work_list_sql"]["median_ms"],
                       r["work_list_sql"]["p95_ms"], target=INTERACTIVE_MS, note=note),
            figure_row(f"customer-relations KPI page (month {r['month']})", "ms", r["kpis"]["median_ms"],
                       r["kpis"]["p95_ms"], target=1000.0, note=note),
            figure_row(f"the day's contact plan, first run ({r['planned']} calls made)", "ms",
                       r["plan_first"]["median_ms"], r["plan_first"]["p95_ms"], note="once a day, in the background"),
            figure_row("the day's contact plan, again (a second PC)", "ms", r["plan"]["median_ms"],
                       r["plan"]["p95_ms"], note="once a day, in the background")]


def reporting(ctx, repeats: int) -> list[dict]:
    from benchmarks import bench_reporting as b

    r = b.bench_reporting(ctx, runs=max(10, repeats))
    note = f"month {r['month']}: {r['statements']} statements, {r['cells']} cells"
    return [figure_row("manager's dashboard: today's and the month's figures and the action lists", "ms",
                       r["dashboard"]["median_ms"], r["dashboard"]["p95_ms"], target=300.0),
            figure_row("every KPI of the month so far", "ms", r["month_figures"]["median_ms"],
                       r["month_figures"]["p95_ms"], target=1000.0),
            figure_row("monthly operating workbook: gather and write", "s", r["monthly_workbook"]["median_ms"] / 1000,
                       r["monthly_workbook"]["p95_ms"] / 1000, "bare write-only workbook of the same cells",
                       r["bare_workbook"]["median_ms"] / 1000, r["bare_workbook"]["p95_ms"] / 1000, target=5.0,
                       note=note),
            figure_row("monthly operating workbook: write only (formats, charts)", "s",
                       r["render_only"]["median_ms"] / 1000, r["render_only"]["p95_ms"] / 1000,
                       "bare write-only workbook of the same cells", r["bare_workbook"]["median_ms"] / 1000,
                       r["bare_workbook"]["p95_ms"] / 1000, note=note)]


def not_built(name: str) -> dict:
    return {"figure": f"{name}: not built yet", "unit": "", "median": None, "p95": None}


def all_rows(ctx, repeats: int) -> list[dict]:
    rows: list[dict] = []
    for fn in (customers, job_cards, parts, settlement, workshop, crm, reporting):
        rows.extend(fn(ctx, repeats))
    return rows


__all__ = ["Path", "all_rows"]
