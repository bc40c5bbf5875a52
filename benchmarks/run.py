"""The benchmark suite at the scale of ten years of a busy station.

    python -m benchmarks.run [--scale decade|station|small] [--repeats N] [--json FILE]

Builds the data set once with ``servicebay demo --scale SCALE --seed 1`` (cached in
``benchmarks/.cache``), then measures each figure's median and 95th percentile over repeated
runs next to its floor — the same work with no application around it — and prints a table
(also written as JSON). Areas add figures in ``benchmarks/bench_<area>.py`` with
``run(ctx, repeats) -> list[dict]``; a figure whose area is not built yet shows as such.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
RESULTS = ROOT / "benchmarks" / "results"

# figure name -> target (ms unless the unit says otherwise); see issue 7
TARGETS = {
    "start-up to signed-in main window": ("s", 2.0),
    "memory after opening every main page": ("MB", 400.0),
    "demo data generation": ("s", None),
    "UI-thread longest stall during background work": ("ms", 50.0),
}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def figure(name: str, samples: list[float], unit: str = "ms", *, floor: list[float] | None = None,
           floor_name: str = "", target: float | None = None, note: str = "") -> dict:
    med, p95 = statistics.median(samples), pct(samples, 0.95)
    row = {"figure": name, "unit": unit, "median": med, "p95": p95, "n": len(samples), "target": target,
           "floor": floor_name, "note": note}
    if floor:
        row["floor_median"] = statistics.median(floor)
        row["floor_p95"] = pct(floor, 0.95)
        row["ratio"] = med / row["floor_median"] if row["floor_median"] else None
    row["meets_target"] = None if target is None else p95 <= target
    return row


def figure_row(name: str, unit: str, median: float, p95: float, floor_name: str = "",
               floor_median: float | None = None, floor_p95: float | None = None, *, target: float | None = None,
               note: str = "") -> dict:
    """A row from figures another module measured (median and p95 already computed)."""
    return {"figure": name, "unit": unit, "median": median, "p95": p95, "floor": floor_name,
            "floor_median": floor_median, "floor_p95": floor_p95,
            "ratio": (median / floor_median) if floor_median else None, "target": target, "note": note,
            "meets_target": None if target is None else p95 <= target}


def dataset(scale: str) -> tuple[Path, float | None]:
    CACHE.mkdir(parents=True, exist_ok=True)
    home = CACHE / f"{scale}-seed1"
    db = home / "servicebay.sqlite3"
    stamp = home / "generated.json"
    if db.exists() and stamp.exists():
        return db, json.loads(stamp.read_text())["seconds"]
    home.mkdir(parents=True, exist_ok=True)
    for f in home.glob("servicebay.sqlite3*"):
        f.unlink()
    env = {**os.environ, "SERVICEBAY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "demo", "--scale", scale, "--seed", "1"], check=True, env=env,
                   cwd=ROOT)
    seconds = time.perf_counter() - t
    stamp.write_text(json.dumps({"seconds": seconds}))
    return db, seconds


def startup(db: Path, repeats: int) -> list[dict]:
    def probe(mode: str) -> dict:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SERVICEBAY_HOME": str(db.parent)}
        t0 = time.time()
        out = subprocess.run([sys.executable, "-m", "benchmarks.probe_startup", mode, f"sqlite:///{db}", str(t0)],
                             capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    app_runs = [probe("app") for _ in range(repeats)]
    bare_runs = [probe("bare") for _ in range(repeats)]
    rows = [figure("start-up to signed-in main window", [r["ready_s"] for r in app_runs], "s",
                   floor=[r["ready_s"] for r in bare_runs], floor_name="bare PySide6 window", target=2.0),
            figure("memory at rest after start-up", [r["rss_mb"] for r in app_runs], "MB",
                   floor=[r["rss_mb"] for r in bare_runs], floor_name="bare PySide6 window")]
    firsts = [r["first_print_s"] for r in app_runs if "first_print_s" in r]
    if firsts:
        rows.append(figure("first job card PDF of a session (fonts loaded on first use)", firsts, "s", target=1.0))
    last = app_runs[-1]["rss_after_pages_mb"]
    if last:
        rows.append(figure("memory after opening every main page", [max(last.values())], "MB", target=400.0,
                           note=", ".join(f"{k} {v:.0f}" for k, v in last.items())))
    return rows


def area_rows(db: Path, repeats: int) -> list[dict]:
    from app.context import AppContext
    from app.warmup import settle_heap, warm_up
    from benchmarks.adapters import all_rows

    ctx, _ = AppContext.open(f"sqlite:///{db}")
    # as the app runs once its window shows (app/gui.py): the first search's and print's libraries
    # loaded, then the heap collected once and frozen, so full collections do not walk it again
    warm_up()
    settle_heap()
    try:
        return all_rows(ctx, repeats)
    finally:
        ctx.close()


def ui_stall(db: Path) -> list[dict]:
    """The longest stall of the UI thread while heavy work runs in the background (child process)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "benchmarks.probe_stall", f"sqlite:///{db}"], capture_output=True,
                         text=True, env=env, cwd=ROOT, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return [figure_row("UI-thread timer lateness during background work (median; p95 column: longest)", "ms",
                       data["median_late_ms"],
                       data["max_late_ms"], target=50.0, note=data["work"])]


def writers(seconds: float = 10.0) -> list[dict]:
    """4 and 8 processes scanning into one SQLite file at once (benchmarks/probe_writers.py)."""
    rows = []
    for n in (4, 8):
        out = subprocess.run([sys.executable, "-m", "benchmarks.probe_writers", str(n), str(seconds)],
                             capture_output=True, text=True, cwd=ROOT, check=True)
        d = json.loads(out.stdout.strip().splitlines()[-1])
        errors = ", ".join(f"{k} {v}" for k, v in d["errors"].items()) or "none"
        rows.append(figure_row(f"SQLite: {n} processes scanning into one file, per scan (p95 column: p99)", "ms",
                               d["median_ms"], d["p99_ms"], f"bare fsynced INSERT, {n} processes",
                               d["floor_median_ms"], d["floor_p99_ms"], target=500.0,
                               note=f"{d['scans']} scans in {d['seconds']:.0f} s, errors: {errors}, "
                                    f"lost: {d['lost']}, longest {d['max_ms']:.0f} ms"))
    return rows


def render(rows: list[dict]) -> str:
    def num(v):
        return "—" if v is None else (f"{v:.3g}" if abs(v) < 100 else f"{v:.0f}")

    lines = ["| figure | median | p95 | floor (median) | ratio | target (p95) | met |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        unit = r.get("unit", "")
        floor = f"{num(r.get('floor_median'))} {unit} ({r['floor']})" if r.get("floor") else "—"
        ratio = f"{r['ratio']:.1f}×" if r.get("ratio") else "—"
        target = f"{num(r.get('target'))} {unit}" if r.get("target") is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[r.get("meets_target")]
        lines.append(f"| {r['figure']} | {num(r.get('median'))} {unit} | {num(r.get('p95'))} {unit} | {floor} "
                     f"| {ratio} | {target} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", default="decade", choices=["small", "station", "decade"])
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--json", type=Path, default=RESULTS / "latest.json")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    db, gen_seconds = dataset(args.scale)
    rows = []
    if gen_seconds is not None:
        rows.append({"figure": f"demo data generation ({args.scale})", "unit": "s", "median": gen_seconds,
                     "p95": gen_seconds, "n": 1, "target": None, "floor": "", "meets_target": None})
    rows += startup(db, max(3, args.repeats // 4))
    rows += area_rows(db, args.repeats)
    rows += ui_stall(db)
    rows += writers()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, " \
              f"{platform.system()} {platform.release()}"
    table = render(rows)
    print(f"ServiceBay benchmarks — scale {args.scale}, {machine}\n")
    print(table)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"scale": args.scale, "machine": machine, "rows": rows}, ensure_ascii=False,
                                    indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
