"""Demo parts store: parts with realistic Chinese names, brands, bins (A-01-03), EAN-13 and manufacturer codes,
suppliers, and a ledger of moves whose balances are computed from the moves themselves.

small: 2,000 parts and a few months of moves; station: 20,000 parts and a year (≈150k moves);
decade: 100,000 parts and 3,000,000 moves over ten years. The moves are generated day by day in
time order (never below zero, moving-average cost in integer fen) and written in batches with the
driver's bulk path (executemany on SQLite, COPY on PostgreSQL), so the decade finishes in minutes.
"""

from __future__ import annotations

import bisect
import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.db.models.parts import (
    Bin,
    GoodsReceipt,
    Part,
    PartBarcode,
    PartStock,
    PartSupplier,
    Reservation,
    StockBalance,
    Supplier,
)
from app.db.models.station import DocumentSequence
from app.db.models.users import User, UserRole
from services.parts.stock import QUARANTINE_BIN, pinyin_keys
from services.station.numbering import DEFAULT_RULES
from services.users.permissions import Role

SIZES = {"small": (2_000, 20_000, 120), "station": (20_000, 150_000, 365), "decade": (100_000, 3_000_000, 3650)}

BRANDS = [("大众", "VW"), ("奥迪", "Audi"), ("斯柯达", "Skoda"), ("博世", "Bosch"), ("马勒", "Mahle"),
          ("舍弗勒", "Schaeffler"), ("法雷奥", "Valeo"), ("采埃孚", "ZF"), ("NGK", "NGK"), ("壳牌", "Shell")]
# category, parts (zh, en, unit, cost range in yuan)
CATALOGUE = {
    "滤清器": [("机油滤清器", "Oil filter", "个", (25, 80)), ("空气滤清器", "Air filter", "个", (40, 160)),
            ("空调滤清器", "Cabin filter", "个", (30, 120)), ("燃油滤清器", "Fuel filter", "个", (60, 260))],
    "油液": [("全合成机油 5W-30", "Engine oil 5W-30", "升", (45, 90)), ("制动液 DOT4", "Brake fluid DOT4", "瓶", (35, 70)),
           ("冷却液", "Coolant", "桶", (50, 120)), ("变速箱油", "Gear oil", "升", (80, 200))],
    "制动": [("刹车片", "Brake pads", "套", (180, 900)), ("刹车盘", "Brake disc", "个", (260, 1500)),
           ("制动钳", "Brake caliper", "个", (600, 3200)), ("手刹拉线", "Handbrake cable", "根", (90, 350))],
    "点火": [("火花塞", "Spark plug", "个", (25, 120)), ("点火线圈", "Ignition coil", "个", (180, 700))],
    "悬挂": [("减震器", "Shock absorber", "个", (350, 1800)), ("摆臂", "Control arm", "个", (260, 1200)),
           ("稳定杆连杆", "Stabiliser link", "个", (80, 300)), ("球头", "Ball joint", "个", (90, 380))],
    "电器": [("蓄电池", "Battery", "个", (450, 1600)), ("发电机", "Alternator", "个", (1200, 4200)),
           ("起动机", "Starter motor", "个", (900, 3600)), ("大灯总成", "Headlamp assembly", "个", (900, 6800)),
           ("尾灯总成", "Tail lamp assembly", "个", (400, 2600)), ("雨刮片", "Wiper blade", "对", (60, 220))],
    "发动机": [("正时皮带", "Timing belt", "条", (260, 900)), ("水泵", "Water pump", "个", (380, 1500)),
            ("节温器", "Thermostat", "个", (120, 480)), ("气门室盖垫", "Valve cover gasket", "个", (60, 260)),
            ("发动机支架", "Engine mount", "个", (200, 700)),
            ("曲轴油封", "Crankshaft seal", "个", (40, 160))],
    "车身": [("前保险杠", "Front bumper", "个", (800, 3600)), ("后视镜总成", "Mirror assembly", "个", (500, 2400)),
           ("翼子板", "Wing", "个", (500, 1800)), ("车门密封条", "Door seal", "根", (120, 480)),
           ("前挡风玻璃", "Windscreen", "块", (1200, 4800)), ("油漆辅料", "Paint materials", "份", (200, 400))],
    "空调": [("空调压缩机", "A/C compressor", "个", (2400, 7800)), ("冷凝器", "Condenser", "个", (900, 2600)),
           ("鼓风机", "Blower motor", "个", (400, 1400)), ("空调冷媒 R134a", "Refrigerant R134a", "瓶", (50, 110))],
    "养护": [("空调清洗剂", "A/C cleaner", "瓶", (30, 80)), ("燃油系统清洗剂", "Fuel system cleaner", "瓶", (40, 90))],
}
POSITIONS = [("", ""), ("左前", "front left"), ("右前", "front right"), ("左后", "rear left"), ("右后", "rear right"),
             ("前", "front"), ("后", "rear"), ("左", "left"), ("右", "right")]
MODELS = ["速腾", "迈腾", "宝来", "高尔夫", "探岳", "奥迪A4L", "奥迪Q5L", "明锐", "CC", "途观L"]
SUPPLIERS = [("一汽-大众销售有限责任公司配件中心", "长春市汽车经济技术开发区东风大街8号", 2),
             ("上汽大众汽车有限公司售后配件部", "上海市嘉定区安亭镇于田路123号", 3),
             ("博世汽车部件（苏州）有限公司", "苏州工业园区苏虹西路126号", 5),
             ("广州骏达汽配贸易有限公司", "广州市白云区机场路1638号汽配城", 1),
             ("舍弗勒贸易（上海）有限公司", "上海市嘉定区安亭镇安拓路1号", 7),
             ("杭州顺通汽车配件有限公司", "杭州市上城区艮山西路233号", 2)]


def _ean13(rng, prefix: str = "69") -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(10 - len(prefix) + 2))
    body = body[:12]
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def _number(rng) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    head = rng.choice(["0", "1", "3", "4", "5", "6", "7", "8"]) + str(rng.randrange(10)) + rng.choice(letters + "0123456789")
    return f"{head}{rng.randrange(100, 999)}{rng.randrange(100, 999)}{rng.choice(['', 'A', 'B', 'C', 'D', 'E', 'F'])}"


def _dt_sqlite(d: datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S.%f")


def _half_up_div(a: int, b: int) -> int:
    """a / b rounded half up (b > 0), in integers."""
    q, r = divmod(abs(a), b)
    q += 1 if 2 * r >= b else 0
    return q if a >= 0 else -q


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    n_parts, n_moves, days = SIZES[scale]
    db = ctx.db
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Part)):
            return ["parts: kept the existing parts"]
    now = ctx.clock.now().astimezone(UTC).replace(tzinfo=None, microsecond=0)
    start = now - timedelta(days=days)
    t0 = datetime.now(UTC)

    # bins: aisles A.., racks 01-30, shelves 01-08
    n_bins = max(200, n_parts // 8)
    bin_codes = [f"{a}-{r:02d}-{sh:02d}" for a, r, sh in itertools.product("ABCDEFGHJKLMNPQRSTUVWXYZ", range(1, 31),
                                                                              range(1, 9))][:n_bins]
    with db.write() as s:
        aware = now.replace(tzinfo=UTC)
        s.execute(Bin.__table__.insert(), [{"code": c, "description": "", "active": True, "created_at": aware,
                                            "updated_at": aware} for c in bin_codes])
        s.execute(Supplier.__table__.insert(), [
            {"name": n, "address": a, "contact": faker.name(), "phone": faker.phone_number(), "lead_time_days": lt,
             "active": True, "version": 1, "updated_by": "system", "created_at": aware, "updated_at": aware}
            for n, a, lt in SUPPLIERS])
        s.execute(Bin.__table__.insert(), [{"code": QUARANTINE_BIN, "description": "待处理/隔离区", "active": True,
                                            "quarantine": True, "created_at": aware, "updated_at": aware}])
        bin_ids = dict(s.execute(select(Bin.code, Bin.id).where(Bin.quarantine.is_(False))).all())
        quarantine_bin = s.scalar(select(Bin.id).where(Bin.quarantine.is_(True)))
        supplier_ids = list(s.scalars(select(Supplier.id).order_by(Supplier.id)))
        # the storekeepers receive the deliveries (their names print on the goods-received notes)
        keepers = list(s.scalars(select(User.username).join(UserRole, UserRole.user_id == User.id)
                                 .where(UserRole.role == Role.STOREKEEPER.value).order_by(User.id))) or ["demo"]

    # parts
    pinyin_cache: dict[str, tuple[str, str]] = {}

    def keys(text: str) -> tuple[str, str]:
        if text not in pinyin_cache:
            pinyin_cache[text] = pinyin_keys(text)
        return pinyin_cache[text]

    numbers: set[str] = set()
    parts = []  # (number, cost_fen, retail_fen, unit, category)
    rows = []
    cats = list(CATALOGUE)
    bin_list = list(bin_ids.values())
    for i in range(n_parts):
        number = _number(rng)
        while number in numbers:
            number = _number(rng)
        numbers.add(number)
        cat = rng.choice(cats)
        zh, en, unit, (lo, hi) = rng.choice(CATALOGUE[cat])
        pos_zh, pos_en = rng.choice(POSITIONS) if unit in ("个", "套") else ("", "")
        model = rng.choice(MODELS)
        name_zh = f"{model}{pos_zh}{zh}"
        name_en = f"{en} {pos_en}".strip()
        brand_zh, _brand_en = rng.choice(BRANDS)
        m_py, m_in = keys(model)
        p_py, p_in = keys(pos_zh)
        z_py, z_in = keys(zh)
        cost = rng.randrange(lo * 100, hi * 100)
        retail = cost * rng.choice((150, 160, 170, 180)) // 100
        min_stock = rng.choice((0, 0, 1, 2, 2, 4, 5, 10)) * 1000
        quota = min_stock * rng.choice((2, 3)) if min_stock else 0
        quality = "genuine" if rng.random() < 0.85 else rng.choice(("equivalent", "reconditioned"))
        rows.append({"number": number, "name_zh": name_zh, "name_en": name_en, "pinyin": (m_py + p_py + z_py)[:128],
                     "initials": (m_in + p_in + z_in)[:128], "spec": model, "brand": brand_zh, "category": cat,
                     "unit": unit, "quality": quality, "cost": cost, "retail_price": retail,
                     "trade_price": retail * 90 // 100, "warranty_price": cost * 110 // 100, "min_stock": min_stock,
                     "quota": quota, "default_bin_id": bin_list[i % len(bin_list)], "active": True, "version": 1,
                     "updated_by": "system"})
        parts.append((number, cost, retail, unit))
    raw = RawWriter(db)
    raw.insert("parts", rows, created=now)
    progress("parts: parts", n_parts, n_parts)
    with db.read() as s:
        part_ids = dict(s.execute(select(Part.number, Part.id)).all())
    pid_list = [part_ids[p[0]] for p in parts]
    codes = set()
    barcode_rows = []
    supplier_rows = []
    for idx, pid in enumerate(pid_list):
        if rng.random() < 0.6:
            code = _ean13(rng)
            while code in codes:
                code = _ean13(rng)
            codes.add(code)
            barcode_rows.append({"part_id": pid, "code": code, "kind": "ean13"})
        if rng.random() < 0.2:
            code = f"M{parts[idx][0]}{rng.randrange(10, 99)}"
            if code not in codes:
                codes.add(code)
                barcode_rows.append({"part_id": pid, "code": code, "kind": "manufacturer"})
        supplier_rows.append({"part_id": pid, "supplier_id": supplier_ids[idx % 2 if rng.random() < 0.8 else
                                                                          rng.randrange(len(supplier_ids))],
                              "supplier_number": parts[idx][0], "price": parts[idx][1], "lead_time_days": None,
                              "preferred": True})
    part_supplier = [r["supplier_id"] for r in supplier_rows]
    raw.insert("part_barcodes", barcode_rows, created=now)
    raw.insert("part_suppliers", supplier_rows, created=now)
    progress("parts: barcodes", len(barcode_rows), len(barcode_rows))

    # moves, day by day; popular parts move much more often (Zipf-like weights)
    weights = [1.0 / (1 + (i % 997) ** 1.1) + (0.002 if rng.random() < 0.5 else 0.0) for i in range(n_parts)]
    rng.shuffle(weights)
    cum = list(itertools.accumulate(weights))
    total_w = cum[-1]
    on_hand = [0] * n_parts  # thousandths
    avg = [p[1] for p in parts]  # fen
    book = [0] * n_parts  # fen: the stock's value, the sum of the part's moves
    last_issue: list[datetime | None] = [None] * n_parts
    last_receipt: list[datetime | None] = [None] * n_parts
    per_day = n_moves / days
    moves_cols = ["kind", "part_id", "bin_id", "qty", "unit_cost", "value", "price", "channel", "reference",
                  "job_ref", "line_ref", "user_id", "username", "scan_key", "reverses_id", "note", "created_at",
                  "updated_at"]
    batch: list[tuple] = []
    written = 0
    quarantined = [0] * n_parts  # thousandths in the quarantine bin
    # goods-received notes: one a day with deliveries, numbered per month as the counter does; each with its
    # supplier, the supplier's delivery-note number, the storekeeper, and its lines' inspection decisions
    grn_per_month: dict[str, int] = {}
    notes: dict[str, dict] = {}
    note_lines: dict[tuple[str, int], list] = {}  # (note, part index) → [qty, cost, rejected, reason]
    reasons = ("外包装破损", "零件锈蚀", "型号与订单不符", "合格证缺失", "数量短少一件，箱内有破损件")
    carry = 0.0
    part_bin = [r["default_bin_id"] for r in rows]
    is_sqlite = db.is_sqlite
    for day in range(days):
        carry += per_day
        today_n = int(carry)
        carry -= today_n
        day_start = start + timedelta(days=day, hours=1)  # 09:00 Beijing
        month = (day_start + timedelta(hours=8)).strftime("%Y%m")
        grn = None
        for _ in range(today_n):
            i = bisect.bisect_left(cum, rng.random() * total_w)
            if i >= n_parts:
                i = n_parts - 1
            at = day_start + timedelta(seconds=rng.randrange(0, 9 * 3600))
            stamp = _dt_sqlite(at) if is_sqlite else at
            unit = parts[i][3]
            q = (rng.choice((1000, 1000, 1000, 2000, 4000)) if unit != "升" else rng.choice((4000, 5000, 6000)))
            r = rng.random()
            job = None
            channel = None
            price = None
            rejected = 0
            if on_hand[i] < q or r < 0.24:
                kind = "receipt"
                q = max(q * rng.choice((2, 4, 5, 10)), q)
                cost = parts[i][1] * rng.choice((97, 100, 100, 102, 104)) // 100
                if grn is None:
                    grn_per_month[month] = grn_per_month.get(month, 0) + 1
                    grn = f"{DEFAULT_RULES['goods_received'][0]}{month}{grn_per_month[month]:04d}"
                    notes[grn] = {"supplier_id": part_supplier[i], "at": day_start,
                                  "delivery_note": f"SH{(day_start + timedelta(hours=8)):%Y%m%d}{rng.randrange(100, 999)}",
                                  "keeper": rng.choice(keepers)}
                ref = grn
                last_receipt[i] = at
                signed = q
                line = note_lines.setdefault((grn, i), [0, cost, 0, ""])
                line[0] += q
                # in the last fortnight a few deliveries failed inspection: one piece waits in quarantine
                if day >= days - 14 and unit != "升" and q >= 2000 and rng.random() < 0.03 and not line[2]:
                    rejected = 1000
                    line[2], line[3] = rejected, rng.choice(reasons)
            elif 0.30 <= r < 0.31:
                kind, ref, signed, cost = "adjustment", None, -1000 if on_hand[i] >= 1000 else 1000, avg[i]
            else:
                # issues to job cards are made by the job cards step, against the cards' lines
                kind, ref, signed, cost = "counter_sale", f"XS{month}{rng.randrange(1, 9999):04d}", -q, avg[i]
                channel, price = "counter", parts[i][2]
                last_issue[i] = at
            # as the ledger values moves: in at their cost, out with their share of the stock's value (the
            # last unit takes the rest); the average is the value over on hand
            before = on_hand[i]
            on_hand[i] += signed
            if signed > 0:
                value = _half_up_div(signed * cost, 1000)
            elif on_hand[i] == 0:
                value = -book[i]
            else:
                value = -_half_up_div(book[i] * -signed, before)
            book[i] += value
            if on_hand[i] > 0 and book[i] > 0:
                avg[i] = _half_up_div(book[i] * 1000, on_hand[i])
            who = notes[ref]["keeper"] if kind == "receipt" else "demo"
            batch.append((kind, pid_list[i], part_bin[i], signed, cost, value, price, channel, ref, job,
                          "1" if job else None, None, who, None, None, "", stamp, stamp))
            if rejected:  # to the quarantine bin at its own cost: off the shelf, out of on hand, value and the average
                on_hand[i] -= rejected
                quarantined[i] += rejected
                book[i] -= _half_up_div(rejected * cost, 1000)
                if on_hand[i] > 0 and book[i] > 0:
                    avg[i] = _half_up_div(book[i] * 1000, on_hand[i])
                note = f"rejected: {note_lines[(ref, i)][3]}"
                moved = _half_up_div(rejected * cost, 1000)
                batch.append(("transfer", pid_list[i], part_bin[i], -rejected, cost, -moved, None, None, ref, None,
                              None, None, who, None, None, note, stamp, stamp))
                batch.append(("transfer", pid_list[i], quarantine_bin, rejected, cost, moved, None, None, ref, None,
                              None, None, who, None, None, note, stamp, stamp))
            if len(batch) >= 50_000:
                raw.insert_tuples("stock_moves", moves_cols, batch)
                written += len(batch)
                batch.clear()
                progress("parts: moves", written, n_moves)
    if batch:
        raw.insert_tuples("stock_moves", moves_cols, batch)
        written += len(batch)
    progress("parts: moves", written, n_moves)

    # balances from the generated moves
    stock_rows = []
    bal_rows = []
    for i, pid in enumerate(pid_list):
        stock_rows.append({"part_id": pid, "min_stock": rows[i]["min_stock"], "on_hand": on_hand[i], "reserved": 0,
                           "on_order": 0, "avg_cost": avg[i],
                           "value": book[i], "quarantined": quarantined[i], "last_receipt_at": last_receipt[i],
                           "last_issue_at": last_issue[i]})
        if last_receipt[i] is not None:
            bal_rows.append({"part_id": pid, "bin_id": part_bin[i], "on_hand": on_hand[i]})
        if quarantined[i]:
            bal_rows.append({"part_id": pid, "bin_id": quarantine_bin, "on_hand": quarantined[i]})
    raw.insert("part_stock", stock_rows, created=now)
    raw.insert("stock_balances", bal_rows, created=now)
    _write_notes(db, raw, notes, note_lines, pid_list, part_bin, grn_per_month, now)
    seconds = (datetime.now(UTC) - t0).total_seconds()
    return [f"parts: {n_parts} parts, {len(barcode_rows)} barcodes, {len(bin_codes)} bins, {written} moves, "
            f"({seconds:.0f} s)"]


def _write_notes(db, raw, notes: dict, note_lines: dict, pid_list: list[int], part_bin: list[int],
                 per_month: dict[str, int], now: datetime) -> None:
    """The goods-received notes of the generated receipts, closed, every line decided; the numbering
    sequences moved past them."""
    is_sqlite = db.is_sqlite

    def stamp(d: datetime):
        return _dt_sqlite(d) if is_sqlite else d

    cols = ["number", "order_id", "supplier_id", "supplier_invoice", "delivery_note", "status", "received_by",
            "closed_at", "note", "created_at", "updated_at"]
    rows = []
    for number, n in notes.items():
        closed = n["at"] + timedelta(hours=9)
        rows.append((number, None, n["supplier_id"], "", n["delivery_note"], "closed", n["keeper"], stamp(closed), "",
                     stamp(n["at"]), stamp(closed)))
    raw.insert_tuples("goods_receipts", cols, rows)
    with db.read() as s:
        ids = dict(s.execute(select(GoodsReceipt.number, GoodsReceipt.id)).all())
    cols = ["receipt_id", "part_id", "bin_id", "qty", "unit_cost", "invoice_price", "inspection",
            "certificate_checked", "note", "decided_qty", "rejected_qty", "released_qty", "returned_qty",
            "reject_reason", "inspected_by", "inspected_at", "created_at", "updated_at"]
    rows = []
    for (number, i), (qty, cost, rejected, reason) in note_lines.items():
        n = notes[number]
        at = stamp(n["at"] + timedelta(hours=8))
        rows.append((ids[number], pid_list[i], part_bin[i], qty, cost, None, "failed" if rejected else "passed", True,
                     "", qty, rejected, 0, 0, reason, n["keeper"], at, at, at))
    raw.insert_tuples("goods_receipt_lines", cols, rows)
    with db.write() as s:
        aware = now.replace(tzinfo=UTC)
        for period, count in per_month.items():
            s.execute(DocumentSequence.__table__.insert().values(
                kind="goods_received", period=period, prefix=DEFAULT_RULES["goods_received"][0],
                next_value=count + 1, created_at=aware, updated_at=aware))


class RawWriter:
    """Bulk rows straight to the driver: values already in storage form (fen, thousandths, naive UTC)."""

    def __init__(self, db) -> None:
        self.db = db

    def insert(self, table: str, rows: list[dict], *, created: datetime | None) -> None:
        if not rows:
            return
        cols = list(rows[0])
        if created is not None:
            cols += ["created_at", "updated_at"]
        stamp = _dt_sqlite(created) if (created is not None and self.db.is_sqlite) else created
        tuples = []
        for r in rows:
            values = [self._cell(r[c]) for c in rows[0]]
            if created is not None:
                values += [stamp, stamp]
            tuples.append(tuple(values))
        self.insert_tuples(table, cols, tuples)

    def _cell(self, v):
        if isinstance(v, datetime) and self.db.is_sqlite:
            return _dt_sqlite(v)
        return v

    def insert_tuples(self, table: str, cols: list[str], tuples: list[tuple]) -> None:
        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
                conn.exec_driver_sql(sql, tuples)
            else:
                raw = conn.connection.driver_connection
                with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
                    for t in tuples:
                        cp.write_row(t)


__all__ = ["generate", "SIZES", "PartStock", "StockBalance", "Reservation", "PartBarcode", "PartSupplier"]
