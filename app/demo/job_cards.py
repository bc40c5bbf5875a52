"""Demo job cards: the labour catalogue, then cards with labour, parts and other lines.

small ≈ 300 cards over a month, station ≈ 30,000 over a year, decade = 300,000 cards and about
1.5M lines over ten years. Rows go in with SQLAlchemy Core bulk inserts in batches, with explicit
ids, so the decade set takes minutes. Old cards are delivered; the last days' cards are spread
over the open states. Runs after the customers and parts steps (it uses their vehicles and parts).

The cards agree with the rest of the demo: opened in time order, the last before the demo's "now";
each car's mileage goes on from its odometer history, every card's mileage in is a reading of it
(the customers step's readings after a car's first card give way to the cards') and the vehicle
shows its latest; part lines name a part of the store (number, price, unit, bin) and cards that
have started had them issued (a stock move naming the card and the line); a rework points at the
car's last finished card.
"""

from __future__ import annotations

import bisect
import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import bindparam, delete, func, insert, select

from app.db.models.customers import Customer, OdometerReading, Vehicle
from app.db.models.job_cards import JobCard, JobLine, JobStatusChange, LabourOperation
from app.db.models.parts import Part
from app.db.models.station import DocumentSequence
from app.db.models.users import User, UserRole
from app.demo.parts import MODELS as PART_MODELS
from services.job_cards.catalogue import _keys
from services.job_cards.codes import CERTIFICATE_CLASSES

SIZES = {"small": 300, "station": 30000, "decade": 300000}
DAYS = {"small": 30, "station": 365, "decade": 3650}
BATCH = 5000
RATE = Decimal("160.00")

# code, name, hours, job types, typical parts (name, unit, price, qty)
CATALOGUE = [
    ("BY001", "更换机油机滤", "0.8", "maintenance", [("机油滤清器", "个", "68.00", "1"), ("全合成机油 5W-40", "升", "98.50", "4.5")]),
    ("BY002", "更换空气滤清器", "0.3", "maintenance", [("空气滤清器", "个", "85.00", "1")]),
    ("BY003", "更换空调滤清器", "0.3", "maintenance", [("空调滤清器", "个", "96.00", "1")]),
    ("BY004", "更换火花塞", "1.0", "maintenance,repair", [("火花塞", "个", "78.00", "4")]),
    ("BY005", "更换刹车油", "0.8", "maintenance", [("刹车油 DOT4", "升", "65.00", "1")]),
    ("BY006", "更换变速箱油", "1.2", "maintenance", [("自动变速箱油", "升", "120.00", "6")]),
    ("BY007", "更换防冻液", "0.8", "maintenance", [("防冻液", "升", "45.00", "4")]),
    ("DP001", "四轮定位", "1.0", "maintenance,repair", []),
    ("DP002", "轮胎动平衡", "0.5", "maintenance,repair", []),
    ("DP003", "轮胎换位", "0.4", "maintenance", []),
    ("ZD010", "更换前刹车片", "1.2", "repair,maintenance", [("前刹车片", "套", "420.00", "1")]),
    ("ZD011", "更换后刹车片", "1.2", "repair,maintenance", [("后刹车片", "套", "380.00", "1")]),
    ("ZD012", "更换前刹车盘", "1.5", "repair", [("前刹车盘", "个", "560.00", "2")]),
    ("KT020", "空调系统检修", "2.0", "repair", [("空调冷媒 R134a", "瓶", "120.00", "2")]),
    ("KT021", "清洗空调蒸发箱", "1.0", "maintenance,repair", [("空调清洗剂", "瓶", "88.00", "1")]),
    ("FD030", "发动机积碳清洗", "1.5", "maintenance,repair", [("燃油系统清洗剂", "瓶", "95.00", "1")]),
    ("FD031", "更换正时皮带", "3.5", "repair", [("正时皮带套件", "套", "980.00", "1")]),
    ("FD032", "更换发动机支架", "2.2", "repair", [("发动机支架", "个", "460.00", "1")]),
    ("DQ040", "更换蓄电池", "0.5", "repair", [("蓄电池 60Ah", "个", "680.00", "1")]),
    ("DQ041", "故障诊断（电脑检测）", "0.5", "repair,warranty", []),
    ("XG050", "更换减震器", "2.5", "repair", [("前减震器", "个", "780.00", "2")]),
    ("XG051", "更换球头", "1.2", "repair", [("下摆臂球头", "个", "260.00", "1")]),
    ("BJ060", "前保险杠钣金", "3.0", "accident", [("前保险杠", "个", "1280.00", "1")]),
    ("BJ061", "前保险杠喷漆", "4.0", "accident", [("油漆辅料", "套", "450.00", "1")]),
    ("BJ062", "左前翼子板钣金喷漆", "5.0", "accident", [("油漆辅料", "套", "450.00", "1")]),
    ("BJ063", "更换前大灯总成", "1.0", "accident,repair", [("前大灯总成", "个", "2380.00", "1")]),
    ("SP070", "更换水泵（索赔）", "2.0", "warranty", [("水泵总成", "个", "860.00", "1")]),
    ("SP071", "更换节温器（索赔）", "1.5", "warranty", [("节温器", "个", "320.00", "1")]),
    ("NB080", "新车PDI检查", "1.5", "internal", []),
    ("JY090", "道路救援拖车", "1.0", "rescue", []),
]
WORDS = ["刹车时有异响", "方向盘抖动", "空调不凉", "发动机故障灯亮", "做常规保养", "起步时有顿挫感", "跑偏",
         "轮胎异常磨损", "前保险杠被刮", "车门有凹陷", "电瓶没电打不着火", "底盘有异响", "仪表提示保养"]
DIAGNOSES = ["前刹车片磨损到极限", "四轮定位数据偏差", "空调冷媒不足", "氧传感器故障", "正常保养", "", "", ""]
MIX = [("maintenance", 55), ("repair", 25), ("accident", 8), ("warranty", 5), ("internal", 3), ("rework", 2),
       ("rescue", 2)]
PAYER = {"maintenance": "customer", "repair": "customer", "accident": "insurer", "warranty": "warranty",
         "internal": "internal", "rework": "internal", "rescue": "customer"}
OPEN_STATES = ["open", "dispatched", "in_progress", "in_progress", "waiting_parts", "quality_check", "ready",
               "settled"]
INSURERS = ["中国人保", "平安保险", "太平洋保险", "中华联合", "大地保险"]
FEN = Decimal("0.01")
# a catalogue part → the store's part it is (the parts step names them "<model><position><name>")
STORE_PART = {"机油滤清器": ("机油滤清器", ""), "全合成机油 5W-40": ("全合成机油 5W-30", ""),
              "空气滤清器": ("空气滤清器", ""), "空调滤清器": ("空调滤清器", ""), "火花塞": ("火花塞", ""),
              "刹车油 DOT4": ("制动液 DOT4", ""), "自动变速箱油": ("变速箱油", ""), "防冻液": ("冷却液", ""),
              "前刹车片": ("刹车片", "前"), "后刹车片": ("刹车片", "后"), "前刹车盘": ("刹车盘", "前"),
              "空调冷媒 R134a": ("空调冷媒 R134a", ""), "空调清洗剂": ("空调清洗剂", ""),
              "燃油系统清洗剂": ("燃油系统清洗剂", ""), "正时皮带套件": ("正时皮带", ""),
              "发动机支架": ("发动机支架", ""), "蓄电池 60Ah": ("蓄电池", ""), "前减震器": ("减震器", "前"),
              "下摆臂球头": ("球头", ""), "前保险杠": ("前保险杠", ""), "油漆辅料": ("油漆辅料", ""),
              "前大灯总成": ("大灯总成", ""), "水泵总成": ("水泵", ""), "节温器": ("节温器", "")}


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db = ctx.db
    with db.read() as s:
        if s.scalar(select(JobCard.id).limit(1)) is not None:
            return ["job cards: kept the existing cards"]
        vehicles = s.execute(select(Vehicle.id, Vehicle.owner_id, Vehicle.plate, Vehicle.vin, Vehicle.brand,
                                    Vehicle.model, Vehicle.model_year, Vehicle.last_odometer, Vehicle.created_at,
                                    Vehicle.delivery_date)
                             .where(Vehicle.merged_into_id.is_(None)).order_by(Vehicle.id)).all()
        names = dict(s.execute(select(Customer.id, Customer.name)).all())
        phones = dict(s.execute(select(Customer.id, Customer.mobile)).all())
        advisors = s.execute(select(User.id, User.display_name).join(UserRole, UserRole.user_id == User.id)
                             .where(UserRole.role == "service_advisor")).all() or \
            s.execute(select(User.id, User.display_name).limit(1)).all()
        technicians = [n for (n,) in s.execute(select(User.display_name).join(UserRole, UserRole.user_id == User.id)
                                               .where(UserRole.role == "technician"))] or ["技师"]
        store = _store_parts(s)
        # the odometer history the customers step wrote: (read_at, km, id) per vehicle, in time order
        history_of: dict[int, list] = {}
        for rid, vid, read_at, km in s.execute(select(OdometerReading.id, OdometerReading.vehicle_id,
                                                      OdometerReading.read_at, OdometerReading.km)
                                               .order_by(OdometerReading.vehicle_id, OdometerReading.read_at)):
            history_of.setdefault(vid, []).append((read_at, km, rid))
    if not vehicles:
        return ["job cards: no vehicles (run the customers step first)"]

    # ---- the labour catalogue
    now = ctx.clock.now()
    ops = []
    with db.write() as s:
        for i, (code, name, hours, types, _parts) in enumerate(CATALOGUE, 1):
            pinyin, initials = _keys(name)
            ops.append({"id": i, "code": code, "name_zh": name, "name_en": "", "model_family": "",
                        "hours": Decimal(hours), "job_types": types, "category": code[:2],
                        "valid_from": date(2015, 1, 1), "active": True, "pinyin": pinyin, "initials": initials,
                        "created_at": now, "updated_at": now})
        s.execute(insert(LabourOperation), ops)
    by_type: dict[str, list[int]] = {}
    for idx, (_c, _n, _h, types, _p) in enumerate(CATALOGUE):
        for t in types.split(","):
            by_type.setdefault(t, []).append(idx)
    by_type["rework"] = by_type["repair"]

    total = SIZES[scale]
    days = DAYS[scale]
    end = ctx.clock.now()
    start = end - timedelta(days=days)
    step = (end - start) / total
    types = [t for t, _ in MIX]
    weights = [w for _, w in MIX]
    month_seq: dict[str, int] = {}
    cert_seq: dict[str, int] = {}  # 竣工出厂合格证 numbers by year, as the final inspection gives them
    cards, lines, history, readings = [], [], [], []
    dropped: list[int] = []  # readings after a car's first card: its cards' readings stand for them
    finished: dict[int, tuple[int, datetime]] = {}  # vehicle → its last finished card (id, completed)
    finished_vehicles: list[int] = []
    by_id = {v.id: v for v in vehicles}
    # a car comes in once the station knows it: its file is made and it was delivered to its owner
    known_from = {v.id: max(v.created_at, datetime.combine(v.delivery_date, time(0), UTC) + timedelta(days=1)
                            if v.delivery_date else v.created_at) for v in vehicles}
    known = sorted(vehicles, key=lambda v: (known_from[v.id], v.id))
    known_at = [known_from[v.id] for v in known]
    # choices this step added later (which store part, which car comes back) draw from their own
    # generator, so the cards themselves stay what they were for a seed
    pick = random.Random(repr(rng.getstate()[1][:8]))
    line_id = 0
    made_lines = 0
    last_by_vehicle: dict[int, int] = {}
    wanted: list[tuple] = []  # parts lines the store reserves and issues (see _stock)

    def flush() -> None:
        nonlocal cards, lines, history, readings
        if not cards:
            return
        with db.write() as s:
            s.execute(insert(JobCard), cards)
            for i in range(0, len(lines), BATCH * 2):
                s.execute(insert(JobLine), lines[i:i + BATCH * 2])
            s.execute(insert(JobStatusChange), history)
            s.execute(insert(OdometerReading), readings)
        cards, lines, history, readings = [], [], [], []

    for n in range(1, total + 1):
        # in time order, each card within its own slot, the last one before now
        opened = (start + step * (n - 1) + step * (0.03 * rng.randrange(0, 30))).replace(microsecond=0)
        local = ctx.clock.local(opened)
        period = f"{local:%Y%m}"
        month_seq[period] = month_seq.get(period, 0) + 1
        number = f"WT{period}{month_seq[period]:05d}"
        v = vehicles[rng.randrange(len(vehicles))]
        job_type = rng.choices(types, weights)[0]
        if known_from[v.id] > opened:  # not a customer yet: another car the station knew then
            k = bisect.bisect_right(known_at, opened)
            v = known[pick.randrange(k)] if k else v
        rework_of = None
        if job_type == "rework":  # back for the same fault: a car whose last card is finished
            for vid in [v.id] + [pick.choice(finished_vehicles) for _ in range(5) if finished_vehicles]:
                if vid in finished and finished[vid][1] <= opened:
                    rework_of = finished[vid][0]
                    v = by_id[vid]
                    break
            else:
                job_type = "repair"
        age = end - opened
        if age > timedelta(days=3):
            status = "cancelled" if rng.random() < 0.01 else "delivered"
        else:
            status = rng.choice(OPEN_STATES)
        payer = PAYER[job_type]
        adv_id, adv_name = advisors[n % len(advisors)]
        guess = rng.randrange(3000, 80000)
        if v.id not in last_by_vehicle:  # the car's first card: on from its last reading before it
            before = [h for h in history_of.get(v.id, ()) if h[0] < opened]
            dropped.extend(h[2] for h in history_of.get(v.id, ()) if h[0] >= opened)
            last_by_vehicle[v.id] = max((h[1] for h in before), default=guess)
        km = last_by_vehicle[v.id] + rng.randrange(2000, 9000)
        last_by_vehicle[v.id] = km
        readings.append({"vehicle_id": v.id, "read_at": opened, "km": km, "source": "job_card",
                         "lower_than_previous": False, "reason": None, "recorded_by": "demo",
                         "created_at": opened, "updated_at": opened})
        pool = by_type.get(job_type) or by_type["repair"]
        picked = rng.sample(pool, min(len(pool), rng.choice([1, 2, 2, 3, 3, 4])))
        seq = 0
        amount = Decimal(0)
        for idx in picked:
            code, name, hours, _types, parts = CATALOGUE[idx]
            seq += 1
            line_id += 1
            h = Decimal(hours)
            a = (h * RATE).quantize(FEN, ROUND_HALF_UP)
            amount += a
            techs = [{"name": rng.choice(technicians), "share": "1"}]
            lines.append({"id": line_id, "job_card_id": n, "line_ref": f"L{seq}", "position": seq, "kind": "labour",
                          "payer": payer, "code": code, "name": name, "spec": "", "quality": None, "unit": "h",
                          "qty": h, "price": RATE, "discount": Decimal(0), "amount": a, "standard_hours": h,
                          "hours_reason": None, "operation_id": idx + 1, "part_id": None, "technicians": techs,
                          "discount_approved_by": None, "approval": None, "approval_at": None,
                          "approval_channel": None, "note": "", "created_at": opened, "updated_at": opened,
                          "issued_qty": Decimal(0), "supply": "stock"})
            for pname, unit, price, qty in parts:
                found = _pick_part(store, pname, pick)
                if found is None:  # a part line names a part of the store, as the app makes them
                    continue
                unit = found[3] or unit
                seq += 1
                line_id += 1
                p_price = found[2] if found and found[2] else Decimal(price)
                q = Decimal(qty)
                a = (q * p_price).quantize(FEN, ROUND_HALF_UP)
                amount += a
                lines.append({"id": line_id, "job_card_id": n, "line_ref": f"L{seq}", "position": seq,
                              "kind": "part", "payer": payer, "code": found[1],
                              "name": pname, "spec": "", "quality": "genuine", "unit": unit, "qty": q,
                              "price": p_price, "discount": Decimal(0), "amount": a, "standard_hours": None,
                              "hours_reason": None, "operation_id": None, "part_id": found[0],
                              "technicians": None, "discount_approved_by": None, "approval": None,
                              "approval_at": None, "approval_channel": None, "note": "", "created_at": opened,
                              "updated_at": opened, "supply": "stock",
                              # the workshop has the parts once work starts: issued (the checks need them)
                              "issued_qty": q if status not in ("open", "dispatched", "cancelled")
                              else Decimal(0)})
                if status != "cancelled":
                    wanted.append((number, f"L{seq}", found[0], q, p_price, payer, status, opened))
        if rng.random() < 0.15:
            seq += 1
            line_id += 1
            amount += Decimal("80.00")
            lines.append({"id": line_id, "job_card_id": n, "line_ref": f"L{seq}", "position": seq, "kind": "other",
                          "payer": payer, "code": "diagnosis", "name": "电脑检测", "spec": "", "quality": None,
                          "unit": "", "qty": Decimal(1), "price": Decimal("80.00"), "discount": Decimal(0),
                          "amount": Decimal("80.00"), "standard_hours": None, "hours_reason": None,
                          "operation_id": None, "part_id": None, "technicians": None, "discount_approved_by": None,
                          "approval": None, "approval_at": None, "approval_channel": None, "note": "",
                          "created_at": opened, "updated_at": opened, "issued_qty": Decimal(0), "supply": "stock"})
        made_lines += seq
        done = status in ("ready", "settled", "delivered")
        # never in the future: a card finished today finished before now
        completed = min(opened + timedelta(hours=rng.randrange(2, 30)), end) if done else None
        # a car still in the workshop is mostly promised for later; one in six runs late
        promised = opened + timedelta(hours=6)
        if not done and status != "cancelled" and rng.random() > 1 / 6:
            promised = max(promised, end + timedelta(hours=rng.randrange(1, 30)))
        repair_class = "level2_maintenance" if job_type == "maintenance" else "minor_repair"
        certificate = None
        if completed is not None and repair_class in CERTIFICATE_CLASSES:
            year = f"{ctx.clock.local(completed):%Y}"
            cert_seq[year] = cert_seq.get(year, 0) + 1
            certificate = f"HG{year}{cert_seq[year]:05d}"
        cards.append({
            "id": n, "number": number, "estimate_number": None, "job_type": job_type, "status": status,
            "open_rank": 0 if status in ("delivered", "cancelled") else 1, "opened_at": opened,
            "advisor_id": adv_id, "advisor_name": adv_name, "customer_id": v.owner_id, "vehicle_id": v.id,
            "customer_name": names.get(v.owner_id, ""), "customer_phone": phones.get(v.owner_id) or "",
            "plate": v.plate or "", "plate_rev": (v.plate or "")[::-1], "vin": v.vin, "vin_rev": v.vin[::-1],
            "vehicle_desc": " ".join(x for x in (v.brand, v.model, str(v.model_year or "")) if x),
            "appointment_number": None, "driver_name": names.get(v.owner_id, ""), "driver_phone": "",
            "mileage_in": km, "mileage_out": km + 2 if done else None, "fuel_level": rng.choice(["1/4", "1/2", "3/4"]),
            "battery_pct": None, "damage_marks": [], "damage_note": "", "valuables": "", "accessories": "",
            "warning_lights": [], "customer_words": rng.choice(WORDS), "diagnosis": rng.choice(DIAGNOSES),
            "customer_waits": rng.random() < 0.3, "wash": True, "old_parts": rng.choice(["return", "waive", "none"]),
            "insurer": rng.choice(INSURERS) if job_type == "accident" else "",
            "claim_number": f"BA{rng.randrange(10**9, 10**10)}" if job_type == "accident" else "",
            "assessed_amount": None, "estimate_amount": amount, "promised_at": promised,
            "repair_class": repair_class,
            "rework_of_id": rework_of, "payers": f",{payer},", "total_amount": amount, "completed_at": completed,
            "certificate_number": certificate, "cancel_reason": "客户取消" if status == "cancelled" else None,
            "line_seq": seq, "version": 1, "updated_by": "demo", "created_at": opened, "updated_at": opened,
        })
        history.append({"job_card_id": n, "from_status": None, "to_status": status, "at": completed or opened,
                        "user_id": adv_id, "username": "demo", "reason": "", "created_at": opened,
                        "updated_at": opened})
        if completed is not None:
            if v.id not in finished:
                finished_vehicles.append(v.id)
            finished[v.id] = (n, completed)
        if len(cards) >= BATCH:
            flush()
            progress("job cards", n, total)
    flush()
    progress("job cards", total, total)
    # the cars' odometer history: the cards' readings replace the ones after each car's first card,
    # and each car shows its latest reading
    with db.write() as s:
        for i in range(0, len(dropped), BATCH):
            s.execute(delete(OdometerReading).where(OdometerReading.id.in_(dropped[i:i + BATCH])))
        table = Vehicle.__table__
        latest = [{"vid": vid, "km": km} for vid, km in last_by_vehicle.items()]
        for i in range(0, len(latest), BATCH):
            s.connection().execute(table.update().where(table.c.id == bindparam("vid"))
                                   .values(last_odometer=bindparam("km")), latest[i:i + BATCH])
    moves = _stock(ctx, wanted, rng)
    # new cards this month continue after the demo's numbers
    period = f"{ctx.clock.local(end):%Y%m}"
    with db.write() as s:
        row = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == "job_card",
                                                      DocumentSequence.period == period))
        if row is None:
            s.add(DocumentSequence(kind="job_card", period=period, prefix="WT", next_value=month_seq.get(period, 0) + 1))
        else:
            row.next_value = max(row.next_value, month_seq.get(period, 0) + 1)
        year = f"{ctx.clock.local(end):%Y}"  # and the next certificate after the demo's
        row = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == "certificate",
                                                      DocumentSequence.period == year))
        if row is None:
            s.add(DocumentSequence(kind="certificate", period=year, prefix="HG", next_value=cert_seq.get(year, 0) + 1))
        else:
            row.next_value = max(row.next_value, cert_seq.get(year, 0) + 1)
        if db.engine.dialect.name == "postgresql":
            for model in (JobCard, JobLine, LabourOperation):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             select(func.max(model.id)).scalar_subquery())))
    return [f"job cards: {total} cards, {made_lines} lines, {len(CATALOGUE)} catalogue operations, "
            f"{moves} parts issued to them"]


def _store_parts(s) -> dict[tuple[str, str], list[tuple]]:
    """The store's parts by (name, position): (id, number, retail price, unit), in id order."""
    models = sorted(PART_MODELS, key=len, reverse=True)
    wanted = {name for name, _pos in STORE_PART.values()}
    found: dict[tuple[str, str], list[tuple]] = {}
    for pid, number, name, price, unit in s.execute(select(Part.id, Part.number, Part.name_zh, Part.retail_price,
                                                           Part.unit)
                                                    .where(Part.active.is_(True), Part.default_bin_id.is_not(None))
                                                    .order_by(Part.id)):
        rest = next((name[len(m):] for m in models if name.startswith(m)), name)
        for base in wanted:
            if rest.endswith(base):
                row = (pid, number, price, unit)
                found.setdefault((base, rest[:-len(base)]), []).append(row)
                if rest != base:
                    found.setdefault((base, "*"), []).append(row)
                found.setdefault((base, "**"), []).append(row)
                break
    return found


def _pick_part(store, catalogue_name: str, rng) -> tuple | None:
    """One of the store's parts for a catalogue part: the same position if the store has it, else any."""
    base, pos = STORE_PART.get(catalogue_name, (catalogue_name, ""))
    for key in ((base, pos), (base, "**")):
        if store.get(key):
            return rng.choice(store[key])
    return None


def _stock(ctx, wanted: list[tuple], rng) -> int:
    """The store's side of the cards' parts lines, as the app would have made it: each line reserved
    (served from stock or not, for the fill rate), and issued to its line once work started (a
    stock move naming the card and the line); a card waiting to start keeps its reservation open.
    A part the parts step left short gets a delivery first, so stock never goes below zero."""
    from app.db.models.parts import PartStock, Reservation, StockBalance, StockMove

    db = ctx.db
    with db.read() as s:
        stock = {pid: (on_hand, avg) for pid, on_hand, avg in s.execute(
            select(PartStock.part_id, PartStock.on_hand, PartStock.avg_cost))}
        book = dict(s.execute(select(PartStock.part_id, PartStock.value)).all())
        bins = dict(s.execute(select(Part.id, Part.default_bin_id)).all())
        balances = {(p, b) for p, b in s.execute(select(StockBalance.part_id, StockBalance.bin_id))}
    need: dict[int, Decimal] = {}
    for _n, _r, pid, q, *_rest in wanted:
        need[pid] = need.get(pid, Decimal(0)) + q
    first = min((w[7] for w in wanted), default=ctx.clock.now()) - timedelta(days=1)
    moves, reservations = [], []
    issued: dict[int, Decimal] = {}
    reserved: dict[int, Decimal] = {}
    # per part: on hand, the stock's value and the average, as the ledger keeps them move by move
    run = {pid: [oh, book.get(pid, Decimal(0)), avg] for pid, (oh, avg) in stock.items()}
    for pid, total in need.items():
        on_hand, avg = stock.get(pid, (Decimal(0), Decimal(0)))
        state = run.setdefault(pid, [on_hand, Decimal(0), avg])
        if on_hand < total:  # a delivery before the cards, enough for all of them
            short = total - on_hand
            moves.append({"kind": "receipt", "part_id": pid, "bin_id": bins[pid], "qty": short, "unit_cost": avg,
                          "value": (short * avg).quantize(FEN, ROUND_HALF_UP), "reference": "RK-DEMO",
                          "username": "demo", "note": "", "created_at": first, "updated_at": first})
            issued[pid] = -short
            state[0] += short
            state[1] += moves[-1]["value"]
            if state[1] > 0:
                state[2] = (state[1] / state[0]).quantize(FEN, ROUND_HALF_UP)
    end = ctx.clock.now()
    for number, ref, pid, q, price, payer, status, opened in wanted:
        at = opened + min(timedelta(hours=1), (end - opened) / 2)
        taken = status not in ("open", "dispatched")
        reservations.append({"job_ref": number, "line_ref": ref, "part_id": pid, "qty": Decimal(0) if taken else q,
                             "requested_qty": q, "issued_qty": q if taken else Decimal(0),
                             "served_from_stock": rng.random() < 0.92, "status": "issued" if taken else "open",
                             "username": "demo", "created_at": opened, "updated_at": opened})
        if not taken:
            reserved[pid] = reserved.get(pid, Decimal(0)) + q
            continue
        issued[pid] = issued.get(pid, Decimal(0)) + q
        channel = {"warranty": "warranty", "internal": "internal"}.get(payer, "workshop")
        state = run[pid]
        before, avg = state[0], state[2]
        state[0] -= q  # out with its share of the stock's value; the last unit takes the rest
        value = -state[1] if state[0] == 0 else -(state[1] * q / before).quantize(FEN, ROUND_HALF_UP)
        state[1] += value
        if state[0] > 0 and state[1] > 0:
            state[2] = (state[1] / state[0]).quantize(FEN, ROUND_HALF_UP)
        moves.append({"kind": "issue", "part_id": pid, "bin_id": bins[pid], "qty": -q, "unit_cost": avg,
                      "value": value, "price": price, "channel": channel,
                      "reference": number, "job_ref": number, "line_ref": ref, "username": "demo", "note": "",
                      "created_at": at, "updated_at": at})
    with db.write() as s:
        for i in range(0, len(moves), BATCH * 4):
            s.execute(insert(StockMove), [{"price": None, "channel": None, "job_ref": None, "line_ref": None} | m
                                          for m in moves[i:i + BATCH * 4]])
        for i in range(0, len(reservations), BATCH * 4):
            s.execute(insert(Reservation), reservations[i:i + BATCH * 4])
        # the balances, one statement for all parts (executemany): the decade touches 100k parts
        touched = sorted(set(issued) | set(reserved))
        new_stock = [{"part_id": pid, "on_hand": Decimal(0), "reserved": Decimal(0), "on_order": Decimal(0),
                      "avg_cost": Decimal(0)} for pid in touched if pid not in stock]
        new_bins = [{"part_id": pid, "bin_id": bins[pid], "on_hand": Decimal(0)} for pid in touched
                    if issued.get(pid) and (pid, bins[pid]) not in balances]
        if new_stock:
            s.execute(insert(PartStock), new_stock)
            ps_t, parts_t = PartStock.__table__, Part.__table__
            s.execute(ps_t.update().where(ps_t.c.part_id.in_([r["part_id"] for r in new_stock]))
                      .values(min_stock=select(parts_t.c.min_stock).where(parts_t.c.id == ps_t.c.part_id)
                              .scalar_subquery()))
        if new_bins:
            s.execute(insert(StockBalance), new_bins)
        ps, sb = PartStock.__table__.c, StockBalance.__table__.c
        conn = s.connection()
        rows = [{"pid": pid, "out": issued.get(pid, Decimal(0)), "res": reserved.get(pid, Decimal(0)),
                 "val": run[pid][1], "avg": run[pid][2]} for pid in touched]
        for i in range(0, len(rows), BATCH * 4):
            conn.execute(PartStock.__table__.update().where(ps.part_id == bindparam("pid")).values(
                on_hand=ps.on_hand - bindparam("out", type_=ps.on_hand.type),
                reserved=ps.reserved + bindparam("res", type_=ps.reserved.type),
                value=bindparam("val", type_=ps.value.type), avg_cost=bindparam("avg", type_=ps.avg_cost.type)),
                rows[i:i + BATCH * 4])
        rows = [{"pid": pid, "bin": bins[pid], "out": issued[pid]} for pid in touched if issued.get(pid)]
        for i in range(0, len(rows), BATCH * 4):
            conn.execute(StockBalance.__table__.update().where(sb.part_id == bindparam("pid"),
                                                               sb.bin_id == bindparam("bin"))
                         .values(on_hand=sb.on_hand - bindparam("out", type_=sb.on_hand.type)), rows[i:i + BATCH * 4])
    return sum(1 for m in moves if m["kind"] == "issue")
