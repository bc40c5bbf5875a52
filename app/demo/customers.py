"""Demo customers and vehicles: private owners, fleet companies, valid VINs, plates and mobiles.

small ≈ 300 customers, station ≈ 6,000, decade = 60,000 customers and 60,000 vehicles. Rows go
in with SQLAlchemy Core bulk inserts in batches (the decade set in well under two minutes),
with explicit ids so children can refer to their parents without a round trip per row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, text

from app.db.models.customers import (
    Customer,
    CustomerEvent,
    CustomerSearchKey,
    CustomerTag,
    MarketingConsent,
    OdometerReading,
    Vehicle,
    VehicleOwner,
    VehiclePlate,
)
from services.common.identifiers import VIN_ALPHABET, make_vin
from services.customers.search import customer_keys, vehicle_keys

SIZES = {"small": 300, "station": 6000, "decade": 60000}
BATCH = 5000

# WMI → brand and models (Chinese joint ventures and domestic makers)
MAKERS = {
    "LSV": ("上汽大众", ["朗逸", "帕萨特", "途观L", "凌渡", "途岳"]),
    "LFV": ("一汽-大众", ["速腾", "迈腾", "宝来", "探岳", "高尔夫"]),
    "LGB": ("东风日产", ["轩逸", "天籁", "奇骏", "逍客"]),
    "LHG": ("广汽本田", ["雅阁", "缤智", "凌派", "皓影"]),
    "LVS": ("长安福特", ["福克斯", "蒙迪欧", "锐界", "翼虎"]),
    "LSG": ("上汽通用", ["英朗", "君威", "昂科威", "科鲁泽"]),
    "LBV": ("华晨宝马", ["3系", "5系", "X1", "X3"]),
    "LE4": ("北京奔驰", ["C级", "E级", "GLC", "GLA"]),
    "LGX": ("比亚迪", ["秦PLUS", "宋PLUS", "汉", "元PLUS"]),
}
ELECTRIC = {"LGX"}
PROVINCE_WEIGHTS = [("沪", 70), ("苏", 10), ("浙", 8), ("皖", 4), ("京", 4), ("粤", 2), ("鲁", 2)]
SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
COLOURS = ["白色", "黑色", "银色", "灰色", "蓝色", "红色", "棕色"]
INSURERS = ["中国人保", "平安保险", "太平洋保险", "中华联合", "大地保险"]
SOURCES = ["walk-in", "sales", "referral", "phone", "online"]
TAGS = ["VIP", "老客户", "车友会", "投诉过", "首保客户", "延保"]
MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                   "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "185", "186",
                   "187", "188", "189", "191", "198", "199"]
COMPANY_SUFFIXES = ["物流有限公司", "运输有限公司", "汽车租赁有限公司", "建设工程有限公司", "科技有限公司", "贸易有限公司"]


def _credit_code(rng) -> str:
    """A valid 统一社会信用代码 (GB 32100-2015 check character)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + "310" + "".join(rng.choice("0123456789") for _ in range(3)) + \
        "".join(rng.choice(alphabet[:10] + "ABCDEFGH") for _ in range(9))
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + alphabet[(31 - total % 31) % 31]


def _plate(rng, electric: bool) -> str:
    province = rng.choices([p for p, _ in PROVINCE_WEIGHTS], [w for _, w in PROVINCE_WEIGHTS])[0]
    office = rng.choice("ABCDEFGHJKLMN")
    if electric:
        return province + office + rng.choice("DF") + rng.choice("0123456789" + SERIAL_LETTERS[:8]) + \
            "".join(rng.choice("0123456789") for _ in range(4))
    serial = [rng.choice("0123456789") for _ in range(5)]
    for pos in rng.sample(range(5), rng.choice([0, 0, 1, 1, 2])):
        serial[pos] = rng.choice(SERIAL_LETTERS)
    return province + office + "".join(serial)


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db = ctx.db
    with db.read() as s:
        if s.scalar(select(Customer.id).limit(1)) is not None:
            return ["customers: kept the existing customer file"]
        next_customer = (s.scalar(select(func.max(Customer.id))) or 0) + 1
        next_vehicle = (s.scalar(select(func.max(Vehicle.id))) or 0) + 1
    n = SIZES[scale]
    now = ctx.clock.now()
    today = ctx.clock.today()
    n_companies = max(3, n // 40)

    customers, tags, consents, events, keys = [], [], [], [], []
    mobiles: set[str] = set()
    for i in range(n):
        cid = next_customer + i
        company = i < n_companies
        created = now - timedelta(days=rng.randrange(0, 3650), minutes=rng.randrange(0, 1440))
        while True:
            mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
            if mobile not in mobiles:
                mobiles.add(mobile)
                break
        if company:
            name = faker.city_name() + faker.last_name() + rng.choice(["通", "顺", "达", "联", "信"]) + \
                rng.choice(COMPANY_SUFFIXES)
        else:
            name = faker.name()
        consent = rng.random() < 0.6
        consent_day = (created + timedelta(days=rng.randrange(0, 30))).date() if consent else None
        row = {
            "id": cid, "kind": "company" if company else "person", "name": name, "mobile": mobile,
            "other_phone": None, "address": faker.address().rsplit(" ", 1)[0] if rng.random() < 0.7 else "",
            "birthday": None if company or rng.random() < 0.4 else date(rng.randrange(1955, 2004), rng.randrange(1, 13),
                                                                         rng.randrange(1, 29)),
            "gender": None if company else rng.choice(["m", "f"]), "source": rng.choice(SOURCES), "notes": "",
            "credit_code": _credit_code(rng) if company else None, "invoice_title": name if company else "",
            "billing_terms": "monthly" if company and rng.random() < 0.7 else "cash",
            "credit_limit": None, "statement_day": 25 if company else None,
            "marketing_consent": consent, "consent_date": consent_day,
            "consent_channel": rng.choice(["paper", "wechat", "phone"]) if consent else None,
            "club_number": f"CC{cid:06d}" if not company and rng.random() < 0.15 else None,
            "club_level": None, "club_joined_on": None, "active": True, "merged_into_id": None,
            "version": 1, "updated_by": "demo", "created_at": created, "updated_at": created,
        }
        if row["club_number"]:
            row["club_level"] = rng.choice(["银卡", "金卡", "白金卡"])
            row["club_joined_on"] = created.date()
        customers.append(row)
        if consent:
            consents.append({"customer_id": cid, "given": True, "given_on": consent_day,
                             "channel": row["consent_channel"], "recorded_by": "demo"})
        if rng.random() < 0.2:
            tags.append({"customer_id": cid, "tag": rng.choice(TAGS)})
        events.append({"customer_id": cid, "vehicle_id": None, "at": created, "kind": "created", "username": "demo",
                       "details": None})
        keys += [{"key": k, "customer_id": cid, "vehicle_id": None} for k in customer_keys(name, row["kind"], [mobile])]
        if i % BATCH == 0:
            progress("customers", i, n)

    # vehicles: most private owners have one car, some two; companies run fleets
    owners_of_vehicles = []
    for i in range(n):
        cid = next_customer + i
        if i < n_companies:
            continue
        r = rng.random()
        owners_of_vehicles += [cid] * (0 if r < 0.08 else 2 if r > 0.94 else 1)
    company_ids = [next_customer + i for i in range(n_companies)]
    while len(owners_of_vehicles) < n:
        owners_of_vehicles.append(rng.choice(company_ids))
    owners_of_vehicles = owners_of_vehicles[:n]
    created_of = {c["id"]: c["created_at"] for c in customers}

    vehicles, plates, owners, readings = [], [], [], []
    used_plates: set[str] = set()
    serial = rng.randrange(100000, 400000)
    for j, owner in enumerate(owners_of_vehicles):
        vid = next_vehicle + j
        wmi = rng.choice(list(MAKERS))
        brand, models = MAKERS[wmi]
        electric = wmi in ELECTRIC
        bought = max(created_of[owner].date() - timedelta(days=rng.randrange(0, 400)), date(2012, 1, 1))
        year_code = "ABCDEFGHJKLMNPRSTVWXY123456789"[(bought.year - 2010) % 30]
        serial += 1
        vds = "".join(rng.choice(VIN_ALPHABET[10:]) for _ in range(2)) + "".join(rng.choice(VIN_ALPHABET) for _ in range(3))
        vin = make_vin(wmi + vds + "0" + year_code + rng.choice("0123456789ABC") + f"{serial % 1000000:06d}")
        while True:
            plate = _plate(rng, electric)
            if plate not in used_plates:
                used_plates.add(plate)
                break
        km = rng.randrange(300, 25000) * max(1, (today - bought).days // 365)
        delivered = min(bought + timedelta(days=rng.randrange(0, 10)), today)
        vehicles.append({
            "id": vid, "vin": vin, "vin_check_overridden": False, "vin_override_reason": None, "plate": plate,
            "plate_kind": "new_energy" if electric else "ordinary", "owner_id": owner, "brand": brand,
            "model": rng.choice(models), "model_year": bought.year, "colour": rng.choice(COLOURS),
            "engine_number": "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(9)),
            "energy": "electric" if electric else "petrol", "purchase_date": bought, "delivery_date": delivered,
            "warranty_months": 36, "warranty_km": 100000 if electric else 60000, "sanbao_months": 24,
            "sanbao_km": 50000, "insurer": rng.choice(INSURERS),
            "insurance_expiry": date(today.year + (1 if (bought.month, bought.day) <= (today.month, today.day) else 0),
                                     bought.month, min(bought.day, 28)),
            "inspection_due": date(max(bought.year + 6, today.year), bought.month, min(bought.day, 28)),
            "last_odometer": km, "notes": "", "merged_into_id": None, "version": 1, "updated_by": "demo",
            "created_at": created_of[owner], "updated_at": created_of[owner],
        })
        plates.append({"vehicle_id": vid, "plate": plate, "valid_from": delivered, "valid_to": None})
        owners.append({"vehicle_id": vid, "customer_id": owner, "owned_from": delivered, "owned_to": None,
                       "reason": ""})
        # two readings after delivery, in time order, both before now: half way there, then the last visit
        handed = min(datetime.combine(delivered, time(1), UTC), now - timedelta(hours=2))
        last_seen = min(max(now - timedelta(days=rng.randrange(1, 200)), handed + timedelta(days=1)),
                        now - timedelta(hours=1))
        readings.append({"vehicle_id": vid, "read_at": handed + (last_seen - handed) / 2, "km": km // 2,
                         "source": "job_card", "lower_than_previous": False, "reason": None, "recorded_by": "demo"})
        readings.append({"vehicle_id": vid, "read_at": last_seen, "km": km,
                         "source": "job_card", "lower_than_previous": False, "reason": None, "recorded_by": "demo"})
        events.append({"customer_id": owner, "vehicle_id": vid, "at": created_of[owner], "kind": "vehicle_added",
                       "username": "demo", "details": {"plate": plate, "vin": vin}})
        keys += [{"key": k, "customer_id": owner, "vehicle_id": vid} for k in vehicle_keys(vin, plate)]
        if j % BATCH == 0:
            progress("vehicles", j, n)

    stamp = {"created_at": now, "updated_at": now}
    with db.write() as s:
        for table, rows in ((Customer, customers), (Vehicle, vehicles), (CustomerTag, tags),
                            (MarketingConsent, consents), (VehiclePlate, plates), (VehicleOwner, owners),
                            (OdometerReading, readings), (CustomerEvent, events), (CustomerSearchKey, keys)):
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                if "created_at" not in chunk[0]:
                    chunk = [{**r, **stamp} for r in chunk]
                s.execute(table.__table__.insert(), chunk)
            progress(table.__tablename__, len(rows), len(rows))
        # fresh statistics, or the planner may scan a 60k-row table for a 50-id IN list
        for table in ("customers", "vehicles", "customer_search_keys", "vehicle_owners", "customer_events"):
            s.execute(text(f"ANALYZE {table}"))
        if not db.is_sqlite:
            for table in ("customers", "vehicles"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    return [f"customers: {n} customers ({n_companies} companies), {len(vehicles)} vehicles"]
