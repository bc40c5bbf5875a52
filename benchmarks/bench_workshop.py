"""Workshop benchmarks: the board of a busy day, and the wall display's refresh.

- the board's data from the service on the decade data (every open card, its assignments and clock);
- building and drawing the board widget for a busy day (40 technicians in 5 teams, 150 jobs, a queue
  of 20) at 1366 px wide: ``set_data`` lays it out, ``render`` paints it all (run in a child process
  with the offscreen Qt platform, as the harness has no QApplication);
- the wall display's poll (the change stamp) and a full refresh (service + build + draw).

``python -m benchmarks.bench_workshop view`` prints the widget figures as JSON (the child process);
``python -m benchmarks.bench_workshop DB_URL`` prints them all.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from benchmarks.bench_job_cards import _actor, _measure

ROOT = Path(__file__).resolve().parent.parent


def busy_day(technicians: int = 40, jobs: int = 150, queue: int = 20, seed: int = 1):
    """A ``BoardData`` of a busy day, made up (the decade demo's station has 24 technicians)."""
    from services.workshop.data import (
        BoardBlock,
        BoardData,
        QueueItem,
        QueueLine,
        TeamInfo,
        TechnicianInfo,
        TechnicianRow,
    )

    rng = random.Random(seed)
    day = date(2026, 11, 20)
    start = datetime(2026, 11, 20, 0, 30, tzinfo=UTC)  # 08:30 in Shanghai
    teams = tuple(TeamInfo(i, f"班组{i}", "mechanical", i, 510, 1050, 60) for i in range(1, 6))
    techs = [TechnicianInfo(100 + i, f"技师{i:02d}", f"t{i}", None, 1 + i % 5, f"班组{1 + i % 5}", i)
             for i in range(technicians)]
    techs.sort(key=lambda t: (t.team_id, t.position))
    cursor = {t.user_id: start for t in techs}
    blocks = []
    states = ["waiting", "in_work", "paused", "waiting_parts", "waiting_approval", "qc", "ready", "finished"]
    for n in range(jobs):
        t = techs[n % technicians]
        hours = Decimal(rng.choice(["0.5", "0.8", "1.0", "1.2", "1.5", "2.0", "3.0", "4.0"]))
        s = cursor[t.user_id]
        e = s + timedelta(hours=float(hours))
        cursor[t.user_id] = e
        blocks.append(BoardBlock(n + 1, f"WT2026110{n:04d}", 1, f"沪A{n:05d}", "上汽大众 帕萨特 2021", "repair",
                                 "in_progress", t.user_id, (n * 2 + 1,), "更换前刹车片、四轮定位", hours, hours / 2, s,
                                 e, rng.choice(states), rng.choice(["none", "none", "at_risk", "late"]),
                                 e + timedelta(hours=1), "L01", None))
    rows = tuple(TechnicianRow(t, rng.choice(["in", "in", "break", "out"]), Decimal("8.00"),
                               sum((b.sold_hours for b in blocks if b.technician_id == t.user_id), Decimal(0)),
                               None, None) for t in techs)
    q = tuple(QueueItem(1000 + i, f"WT2026119{i:04d}", 1, f"沪B{i:05d}", "别克 英朗", "maintenance", "dispatched",
                        start + timedelta(hours=6), Decimal("1.8"), (QueueLine(5000 + i, "BY001", "更换机油机滤",
                                                                               Decimal("0.8")),), "none", False)
              for i in range(queue))
    return BoardData(day, start, start + timedelta(hours=9), start + timedelta(hours=2), teams, (), rows,
                     tuple(blocks), q, (0, "", 0))


def view_figures(runs: int = 40) -> dict:
    """In a process with a QApplication: build (layout) and draw the board, and redraw after a change."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from views.workshop.canvas import BoardCanvas

    app = QApplication.instance() or QApplication([])
    data = busy_day()
    canvas = BoardCanvas()
    canvas.resize(1366 - 240, 800)
    canvas.set_data(data)
    image = QImage(canvas.width(), canvas.height(), QImage.Format.Format_ARGB32_Premultiplied)

    def build_and_draw() -> None:
        canvas.set_data(data)
        canvas.render(image)

    def redraw() -> None:
        canvas.render(image)

    wall = BoardCanvas(read_only=True, scale=1.5)
    wall.resize(1920, 1080)
    wall.set_data(data)
    wall_image = QImage(wall.width(), max(1, wall.height()), QImage.Format.Format_ARGB32_Premultiplied)

    def wall_build_and_draw() -> None:
        wall.set_data(data)
        wall.render(wall_image)

    out = {"build_and_draw": _measure(build_and_draw, runs), "redraw": _measure(redraw, runs),
           "wall_build_and_draw": _measure(wall_build_and_draw, runs), "blocks": len(data.blocks),
           "technicians": len(data.rows)}
    del app
    return out


def view_figures_in_child(runs: int = 40) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_workshop", "view", str(runs)], capture_output=True,
                         text=True, env=env, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_service(ctx, runs: int = 30) -> dict:
    actor = _actor()
    ws = ctx.workshop
    board = ws.board(actor)
    return {"board": _measure(lambda: ws.board(actor), runs), "stamp": _measure(lambda: ws.change_stamp(actor), runs),
            "overdue": _measure(lambda: ws.overdue(actor), max(5, runs // 3)),
            "figures_month": _measure(lambda: ws.figures(actor, ctx.clock.today() - timedelta(days=30),
                                                         ctx.clock.today()), max(3, runs // 6)),
            "technicians": len(board.rows), "blocks": len(board.blocks), "queue": len(board.queue)}


if __name__ == "__main__":
    if sys.argv[1] == "view":
        print(json.dumps(view_figures(int(sys.argv[2]) if len(sys.argv) > 2 else 40)))
    else:
        from app.context import AppContext

        ctx, _ = AppContext.open(sys.argv[1], migrate=False)
        print(bench_service(ctx))
        print(view_figures_in_child())
