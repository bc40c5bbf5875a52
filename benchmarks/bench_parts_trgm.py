"""The parts name search on PostgreSQL with and without the pg_trgm indexes (migration 0028_parts_trgm).

    python benchmarks/bench_parts_trgm.py --url postgresql+psycopg://postgres@127.0.0.1:5432/DB [--parts 30000]

Makes a schema in that database with 30k parts named as a station names them (model, side, part:
速腾左机油滤清器), runs ``PartsService.search`` for typical inputs, and prints for each the
``EXPLAIN ANALYZE`` execution time of the name query the service sent (and its plan's first line)
and the search's median wall time, first without the trigram indexes, then with them. The schema is
dropped at the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODELS = ["速腾", "迈腾", "朗逸", "宝来", "高尔夫", "途观", "帕萨特", "凌渡", "捷达", "探岳", "奥迪A4L", "奥迪Q5",
          "明锐", "速派", "柯迪亚克", "途安", "途昂", "波罗", "桑塔纳", "CC"]
SIDES = ["", "左", "右", "左前", "右前", "左后", "右后", "前", "后"]
PARTS = ["机油滤清器", "空气滤芯", "空调滤清器", "汽油滤清器", "刹车片", "刹车盘", "减震器", "火花塞", "点火线圈",
         "雨刮片", "大灯总成", "尾灯总成", "后视镜", "门把手", "水泵", "节温器", "正时皮带", "张紧轮", "发电机",
         "起动机", "三元催化器", "氧传感器", "摆臂", "球头", "稳定杆连杆", "轮毂轴承", "半轴", "方向机", "散热器",
         "冷凝器", "鼓风机", "膨胀阀", "压缩机", "喇叭", "保险杠", "叶子板", "机盖", "车门密封条", "玻璃升降器"]
#: a few parts a station has once or twice (the searches that read the whole table without an index)
RARE = ["迈腾曲轴位置传感器", "速腾涡轮增压器", "途观燃油泵", "奥迪A4L涡轮增压器", "朗逸曲轴位置传感器"]
QUERIES = [("initials, frequent (~770)", "jylqq"), ("full pinyin, frequent", "shache"),
           ("initials, rare (2)", "qzwzcgq"), ("full pinyin, rare (2)", "wolunzengya"),
           ("Chinese, frequent", "滤清器"), ("Chinese, rare (2)", "涡轮增压"), ("English, frequent", "filter"),
           ("English, rare", "turbocharger"), ("no match", "xyzzyq")]


def make_parts(conn, n: int, rng: random.Random) -> None:
    from sqlalchemy import insert

    from app.db.models.parts import Part
    from services.common import pinyin

    cache: dict[str, tuple[str, str]] = {}
    rows = []
    for i in range(n):
        name = RARE[i // 2] if i < 2 * len(RARE) else rng.choice(MODELS) + rng.choice(SIDES) + rng.choice(PARTS)
        if name not in cache:
            cache[name] = pinyin.keys(name)
        full, initials = cache[name]
        rows.append({"number": f"{rng.choice('135678')}{rng.choice('KQGR')}{i:07d}", "name_zh": name,
                     "name_en": "turbocharger" if "涡轮" in name else rng.choice(["oil filter", "brake pad", "spark plug",
                                                                                   "", "", ""]),
                     "pinyin": full, "initials": initials, "spec": rng.choice(["", "Φ312×25mm", "5W-30 4L", "OE"])})
    for start in range(0, n, 5000):
        conn.execute(insert(Part.__table__), rows[start:start + 5000])


def main(argv: list[str]) -> int:
    from sqlalchemy import create_engine, event, make_url, text

    from app.context import AppContext
    from app.db.base import Base
    from app.db.engine import open_database
    from app.db.models.parts import PART_TRIGRAM_INDEXES
    from app.db.trigram import ensure_extension
    from services.users.permissions import Actor, Permission

    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--parts", type=int, default=30_000)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args(argv)

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        if ensure_extension(conn) is None:
            print("pg_trgm cannot be created on this server: nothing to compare")
            return 1
    url = make_url(args.url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    db = open_database(url)
    try:
        Base.metadata.create_all(db.engine)
        with db.engine.begin() as conn:
            make_parts(conn, args.parts, random.Random(11))
        ctx = AppContext(db)
        actor = Actor(None, "bench", "bench", frozenset(), frozenset(Permission))
        sent: list[tuple[str, dict]] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def keep(conn, cursor, statement, parameters, context, executemany):
            sent.append((statement, parameters))

        def run(label: str) -> None:
            with db.engine.begin() as conn:
                conn.execute(text("ANALYZE parts"))
            print(f"\n== {label} ({args.parts} parts)")
            print(f"{'query':26} {'typed':15} {'found':>5} {'EXPLAIN ANALYZE ms':>19} {'search median ms':>17}  plan")
            for what, typed in QUERIES:
                sent.clear()
                found = ctx.parts.search(actor, typed)
                names = [(s, p) for s, p in sent if "LIKE" in s.upper() and "ORDER BY" in s.upper()]
                statement, params = names[-1]
                with db.engine.connect() as conn:
                    plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT TEXT) " + statement, params).scalars().all()
                ms = next(float(line.split(":")[1].split()[0]) for line in plan if line.startswith("Execution Time"))
                scan = next((ln.strip(" ->") for ln in plan if "Scan" in ln), plan[0]).split("  (")[0]
                times = []
                for _ in range(args.n):
                    t = time.perf_counter()
                    ctx.parts.search(actor, typed)
                    times.append((time.perf_counter() - t) * 1000)
                print(f"{what:26} {typed:15} {len(found):5d} {ms:19.2f} {statistics.median(times):17.2f}  {scan}")

        with db.engine.begin() as conn:
            for name in PART_TRIGRAM_INDEXES:
                conn.execute(text(f'DROP INDEX "{name}"'))
        run("before: no trigram indexes")
        with db.engine.begin() as conn:
            from app.db.trigram import create

            create(conn, "parts", PART_TRIGRAM_INDEXES)
        ctx = AppContext(db)  # a new service learns that the indexes are there
        run("after: pg_trgm GIN indexes")
    finally:
        db.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
