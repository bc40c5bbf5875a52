"""Demo job cards: the labour catalogue, then cards with labour, parts and other lines.

small ≈ 300 cards over a month, station ≈ 30,000 over a year, decade = 300,000 cards and about
1.5M lines over ten years. Rows go in with SQLAlchemy Core bulk inserts in batches, with explicit
ids, so the decade set takes minutes. Old cards are delivered; the last days' cards are spread
over the open states. Runs after the customers and parts steps (it uses their vehicles and parts).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, insert, select

from app.db.models.customers import Customer, Vehicle
from app.db.models.job_cards import JobCard, JobLine, JobStatusChange, LabourOperation
from app.db.models.parts import Part
from app.db.models.station import DocumentSequence
from app.db.models.users import User, UserRole
from services.job_cards_catalogue import _keys

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


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db = ctx.db
    with db.read() as s:
        if s.scalar(select(JobCard.id).limit(1)) is not None:
            return ["job cards: kept the existing cards"]
        vehicles = s.execute(select(Vehicle.id, Vehicle.owner_id, Vehicle.plate, Vehicle.vin, Vehicle.brand,
                                    Vehicle.model, Vehicle.model_year)
                             .where(Vehicle.merged_into_id.is_(None)).order_by(Vehicle.id)).all()
        names = dict(s.execute(select(Customer.id, Customer.name)).all())
        phones = dict(s.execute(select(Customer.id, Customer.mobile)).all())
        advisors = s.execute(select(User.id, User.display_name).join(UserRole, UserRole.user_id == User.id)
                             .where(UserRole.role == "service_advisor")).all() or \
            s.execute(select(User.id, User.display_name).limit(1)).all()
        technicians = [n for (n,) in s.execute(select(User.display_name).join(UserRole, UserRole.user_id == User.id)
                                               .where(UserRole.role == "technician"))] or ["技师"]
        parts_by_name = {}
        for pid, number, name, price in s.execute(select(Part.id, Part.number, Part.name_zh, Part.retail_price)
                                                  .limit(20000)):
            parts_by_name.setdefault(name, (pid, number, price))
    if not vehicles:
        return ["job cards: no vehicles (run the customers step first)"]

    # ---- the labour catalogue
    now = datetime.now(UTC)
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
    cards, lines, history = [], [], []
    line_id = 0
    made_lines = 0
    last_by_vehicle: dict[int, int] = {}

    def flush() -> None:
        nonlocal cards, lines, history
        if not cards:
            return
        with db.write() as s:
            s.execute(insert(JobCard), cards)
            for i in range(0, len(lines), BATCH * 2):
                s.execute(insert(JobLine), lines[i:i + BATCH * 2])
            s.execute(insert(JobStatusChange), history)
        cards, lines, history = [], [], []

    for n in range(1, total + 1):
        opened = start + step * n + timedelta(minutes=rng.randrange(0, 30))
        local = ctx.clock.local(opened)
        period = f"{local:%Y%m}"
        month_seq[period] = month_seq.get(period, 0) + 1
        number = f"WT{period}{month_seq[period]:05d}"
        v = vehicles[rng.randrange(len(vehicles))]
        job_type = rng.choices(types, weights)[0]
        age = end - opened
        if age > timedelta(days=3):
            status = "cancelled" if rng.random() < 0.01 else "delivered"
        else:
            status = rng.choice(OPEN_STATES)
        payer = PAYER[job_type]
        adv_id, adv_name = advisors[n % len(advisors)]
        km = last_by_vehicle.get(v.id, rng.randrange(3000, 80000)) + rng.randrange(2000, 9000)
        last_by_vehicle[v.id] = km
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
                          "approval_channel": None, "note": "", "created_at": opened, "updated_at": opened})
            for pname, unit, price, qty in parts:
                seq += 1
                line_id += 1
                found = parts_by_name.get(pname)
                p_price = found[2] if found and found[2] else Decimal(price)
                q = Decimal(qty)
                a = (q * p_price).quantize(FEN, ROUND_HALF_UP)
                amount += a
                lines.append({"id": line_id, "job_card_id": n, "line_ref": f"L{seq}", "position": seq,
                              "kind": "part", "payer": payer, "code": found[1] if found else f"DEMO-{idx:03d}",
                              "name": pname, "spec": "", "quality": "genuine", "unit": unit, "qty": q,
                              "price": p_price, "discount": Decimal(0), "amount": a, "standard_hours": None,
                              "hours_reason": None, "operation_id": None, "part_id": found[0] if found else None,
                              "technicians": None, "discount_approved_by": None, "approval": None,
                              "approval_at": None, "approval_channel": None, "note": "", "created_at": opened,
                              "updated_at": opened})
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
                          "created_at": opened, "updated_at": opened})
        made_lines += seq
        done = status in ("ready", "settled", "delivered")
        # never in the future: a card finished today finished before now
        completed = min(opened + timedelta(hours=rng.randrange(2, 30)), end) if done else None
        # a car still in the workshop is mostly promised for later; one in six runs late
        promised = opened + timedelta(hours=6)
        if not done and status != "cancelled" and rng.random() > 1 / 6:
            promised = max(promised, end + timedelta(hours=rng.randrange(1, 30)))
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
            "repair_class": "level2_maintenance" if job_type == "maintenance" else "minor_repair",
            "rework_of_id": None, "payers": f",{payer},", "total_amount": amount, "completed_at": completed,
            "certificate_number": None, "cancel_reason": "客户取消" if status == "cancelled" else None,
            "line_seq": seq, "version": 1, "updated_by": "demo", "created_at": opened, "updated_at": opened,
        })
        history.append({"job_card_id": n, "from_status": None, "to_status": status, "at": completed or opened,
                        "user_id": adv_id, "username": "demo", "reason": "", "created_at": opened,
                        "updated_at": opened})
        if len(cards) >= BATCH:
            flush()
            progress("job cards", n, total)
    flush()
    progress("job cards", total, total)
    # new cards this month continue after the demo's numbers
    period = f"{ctx.clock.local(end):%Y%m}"
    with db.write() as s:
        row = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == "job_card",
                                                      DocumentSequence.period == period))
        if row is None:
            s.add(DocumentSequence(kind="job_card", period=period, prefix="WT", next_value=month_seq.get(period, 0) + 1))
        else:
            row.next_value = max(row.next_value, month_seq.get(period, 0) + 1)
        if db.engine.dialect.name == "postgresql":
            for model in (JobCard, JobLine, LabourOperation):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             select(func.max(model.id)).scalar_subquery())))
    return [f"job cards: {total} cards, {made_lines} lines, {len(CATALOGUE)} catalogue operations"]
