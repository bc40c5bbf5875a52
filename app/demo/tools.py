"""Demo tool ledger (about 2,000 items) and a year of loans to the demo staff, deterministic for a seed.

small: 300 items and 30 days of loans; station and decade: 2,000 items and 365 days. Items, loans,
lines, calibrations and incidents are bulk inserted with SQLAlchemy Core; loan numbers are
taken per month like the desk does, and the numbering sequences are moved past them. Runs after the
job cards step: a loan for a job names a card that was in the workshop when the tool went out.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select

from app.db.models.job_cards import JobCard
from app.db.models.station import DocumentSequence
from app.db.models.tools import ToolCalibration, ToolIncident, ToolItem, ToolLoan, ToolLoanLine
from app.db.models.users import User, UserRole
from services.station.numbering import DEFAULT_RULES
from services.users.permissions import Role

SIZES = {"small": (300, 30), "station": (2000, 365), "decade": (2000, 365)}
BRANDS = {"大众": ["迈腾", "帕萨特", "途观L", "朗逸", "ID.4"], "奥迪": ["A4L", "A6L", "Q5L"],
          "丰田": ["凯美瑞", "卡罗拉", "RAV4荣放"], "别克": ["君越", "GL8", "英朗"], "本田": ["雅阁", "CR-V", "思域"]}
ENGINES = ["EA888", "EA211", "2AR-FE", "A25A", "LTG", "K20C"]

HAND = ["扭力扳手 {a}-{b}N·m", "套筒组套 1/2\" {n}件", "梅花扳手套装 {n}件", "内六角扳手组 {n}件", "棘轮扳手 {a}mm",
        "尖嘴钳 {a}寸", "卡簧钳套装", "橡胶锤", "拉马 {n}爪", "气动扳手 1/2\"", "火花塞套筒 {a}mm", "滤清器扳手",
        "冲击起子组套", "电工工具包", "撬棒组套 {n}件", "油管扳手组 {n}件"]
SPECIAL = ["专用正时工具 {engine}", "凸轮轴锁止工具 {engine}", "曲轴皮带轮固定器 {engine}", "变速箱拆装专用工具 {model}",
           "减震器弹簧压缩器 {model}", "喷油器拆装工具 {engine}", "轮毂轴承拉拔器 {model}", "离合器对中工具 {model}",
           "高压电池举升托架 {model}", "空调管路快速接头拆卸工具", "气门弹簧压缩器 {engine}", "油封安装器 {engine}"]
EQUIPMENT = ["故障诊断仪 {brand}", "四轮定位仪", "轮胎动平衡机", "扒胎机", "空调冷媒回收加注机", "蓄电池检测仪",
             "充电机 12V/24V", "尾气分析仪", "发动机内窥镜", "举升机（剪式）{n}号", "变速箱油更换机", "制动液更换机",
             "氮气发生器", "高压清洗机", "绝缘检测仪（新能源）", "烟雾检漏仪"]
MEASURING = ["数字万用表 Fluke {n}", "游标卡尺 0-{a}mm", "千分尺 {a}-{b}mm", "百分表 0-10mm", "缸径表 {a}-{b}mm",
             "轮胎气压表", "胎纹深度尺", "冰点测试仪", "制动液含水量检测笔", "厚薄规 {n}片", "示波器 {n}通道",
             "扭力扳手检定仪", "红外测温仪", "钳形电流表"]
DOCUMENTS = ["维修手册 {model}", "电路图 {model}", "技术通报汇编 {year}年", "保养手册 {model}", "钣金修复手册 {model}",
             "新能源高压安全培训资料", "发动机大修手册 {engine}", "变速箱维修手册 {model}"]
KIND_MIX = [("hand", HAND, 30), ("special", SPECIAL, 25), ("equipment", EQUIPMENT, 10), ("measuring", MEASURING, 15),
            ("document", DOCUMENTS, 20)]
PREFIX = {"hand": "GJ", "special": "ZY", "equipment": "SB", "measuring": "LJ", "document": "ZL"}
COST = {"hand": (80, 3000), "special": (300, 12000), "equipment": (3000, 260000), "measuring": (150, 15000),
        "document": (0, 300)}
BORROWER_ROLES = {Role.TECHNICIAN.value, Role.WORKSHOP_SUPERVISOR.value, Role.QUALITY_INSPECTOR.value,
                  Role.TECHNICAL_SUPERVISOR.value}
CAL_PROVIDERS = ["上海市计量测试技术研究院", "本站自检", "厂家授权服务商", "苏州计量检测中心"]


def _name(rng, template: str) -> tuple[str, str, str]:
    brand = rng.choice(list(BRANDS))
    model = rng.choice(BRANDS[brand])
    a = rng.choice([8, 10, 12, 13, 17, 19, 25, 40, 50, 150, 200])
    text = template.format(a=a, b=a * rng.choice([2, 4, 5]), n=rng.choice([3, 4, 6, 9, 12, 24, 32, 46]),
                           engine=rng.choice(ENGINES), model=f"{brand}{model}", brand=brand,
                           year=rng.randrange(2019, 2027))
    uses_brand = "{model}" in template or "{brand}" in template or "{engine}" in template
    return text, brand if uses_brand else "", model if uses_brand else ""


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    n_items, n_days = SIZES[scale]
    with ctx.db.read() as s:
        if s.scalar(select(func.count()).select_from(ToolItem)):
            return ["tools: kept the existing ledger"]
        staff = s.execute(select(User.id, User.username, UserRole.role).join(UserRole, UserRole.user_id == User.id)
                          .order_by(User.id)).all()
        # the cards a tool can go out for: in the workshop when it is lent (the job cards step ran first)
        cards = s.execute(select(JobCard.opened_at, JobCard.completed_at, JobCard.number)
                          .where(JobCard.status != "cancelled").order_by(JobCard.opened_at, JobCard.id)).all()
    card_opened = [c[0] for c in cards]
    borrowers = sorted({uid for uid, _u, role in staff if role in BORROWER_ROLES})
    keeper = next((u for _i, u, role in staff if role == Role.TOOL_KEEPER.value), "admin")
    if not borrowers:
        return ["tools: no technicians to lend to"]
    now = ctx.clock.now()
    zone = ctx.clock.zone
    today = ctx.clock.today()
    start_day = today - timedelta(days=n_days)

    # ---- the ledger --------------------------------------------------------------------------
    weights = [w for _k, _t, w in KIND_MIX]
    counters = dict.fromkeys(PREFIX, 0)
    items: list[dict] = []
    for _ in range(n_items):
        kind, templates, _w = rng.choices(KIND_MIX, weights=weights)[0]
        counters[kind] += 1
        number = f"{PREFIX[kind]}-{counters[kind]:05d}"
        name, brand, model = _name(rng, rng.choice(templates))
        lo, hi = COST[kind]
        interval = rng.choice([180, 365, 365]) if kind == "measuring" else (
            rng.choice([90, 180, 365]) if kind == "equipment" else None)
        bought = start_day - timedelta(days=rng.randrange(30, 2500))
        items.append(dict(
            item_number=number, barcode=number, name=name, kind=kind, specification="",
            brand=brand, models=model, location=f"{rng.choice('ABCDEF')}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 6)}",
            quantity=rng.choice([1] * 8 + [6, 12, 24]) if kind == "hand" else 1, purchase_date=bought,
            cost=Decimal(rng.randrange(lo * 100, hi * 100 + 1)) / 100 if hi else None, state="available",
            state_reason="", calibration_interval_days=interval, last_calibrated=None, next_due=None, notes="",
            version=1, updated_by="system"))
    with ctx.db.write() as s:
        s.execute(insert(ToolItem), items)
        rows = s.execute(select(ToolItem.id, ToolItem.item_number, ToolItem.kind, ToolItem.cost,
                                ToolItem.calibration_interval_days)).all()
    progress("tool items", len(rows), len(rows))
    by_id = {r[0]: r for r in rows}
    lendable = [r[0] for r in rows if r[2] != "document" or rng.random() < 0.5]
    popular = rng.sample(lendable, k=max(1, len(lendable) // 5))  # a fifth of the tools see most loans

    # ---- calibrations: measuring and equipment, over the year -------------------------------
    calibrations: list[dict] = []
    state: dict[int, dict] = {}
    for item_id, _num, kind, _cost, interval in rows:
        if not interval:
            continue
        last = start_day + timedelta(days=rng.randrange(0, min(interval, n_days) + 1)) - timedelta(days=interval)
        while last + timedelta(days=interval) <= today - timedelta(days=rng.choice([0, 5, 20, 40, 60, 400])):
            last = last + timedelta(days=interval)
            if last >= start_day:
                calibrations.append(dict(
                    item_id=item_id, kind="calibration" if kind == "measuring" else "maintenance", performed_on=last,
                    provider=rng.choice(CAL_PROVIDERS), certificate_number=f"JL{last:%Y%m}{rng.randrange(10000, 99999)}",
                    result=rng.choice(["pass"] * 9 + ["adjusted"]), next_due=last + timedelta(days=interval),
                    cost=Decimal(rng.choice([80, 120, 200, 350, 600])), note="", recorded_by=keeper))
        state[item_id] = {"last_calibrated": last if last >= start_day - timedelta(days=interval) else None,
                          "next_due": last + timedelta(days=interval)}

    # ---- a year of loans -------------------------------------------------------------------------
    busy_until: dict[int, datetime] = {}
    loans: list[dict] = []
    lines: list[dict] = []
    incidents: list[dict] = []
    per_month: dict[str, int] = {}
    gone: set[int] = set()
    scan_no = 0
    day = start_day
    while day <= today:
        if day.weekday() != 6 or rng.random() < 0.3:  # the workshop rests most Sundays
            for borrower in borrowers:
                for _visit in range(rng.choice([0, 0, 1, 1, 1, 2])):
                    lent_local = datetime.combine(day, time(8, 0), tzinfo=zone) + timedelta(minutes=rng.randrange(0, 540))
                    lent_at = lent_local.astimezone(UTC)
                    if lent_at >= now:
                        continue
                    count = rng.choice([1, 1, 1, 2, 2, 3])
                    chosen = []
                    for _ in range(count * 3):
                        cand = rng.choice(popular) if rng.random() < 0.7 else rng.choice(lendable)
                        due = state.get(cand, {}).get("next_due")
                        if (cand in gone or cand in chosen or busy_until.get(cand, lent_at) > lent_at
                                or (due is not None and due <= day)):
                            continue
                        chosen.append(cand)
                        if len(chosen) == count:
                            break
                    if not chosen:
                        continue
                    period = f"{lent_local:%Y%m}"
                    per_month[period] = per_month.get(period, 0) + 1
                    number = f"{DEFAULT_RULES['tool_loan'][0]}{period}{per_month[period]:04d}"
                    multi_day = rng.random() < 0.08
                    expected_day = day + timedelta(days=rng.choice([1, 2, 3])) if multi_day else day
                    expected = datetime.combine(expected_day, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
                    card = None
                    if rng.random() < 0.6:  # for a card in the workshop at the time, if there is one
                        i = bisect.bisect_right(card_opened, lent_at)
                        in_work = [c[2] for c in cards[max(0, i - 60):i] if c[1] is None or c[1] >= lent_at]
                        card = rng.choice(in_work) if in_work else None
                    loans.append(dict(number=number, borrower_id=borrower, lent_at=lent_at, expected_return=expected,
                                      job_card_number=card, lent_by=keeper, note="", closed_at=None))
                    last_back = lent_at
                    open_left = False
                    for item_id in chosen:
                        scan_no += 1
                        r = rng.random()
                        if r < 0.9:
                            back = lent_at + timedelta(minutes=rng.randrange(20, 420))
                            back = min(back, expected - timedelta(minutes=5)) if back < expected else back
                        elif r < 0.985:
                            back = expected + timedelta(hours=rng.randrange(2, 60))  # late
                        else:
                            back = lent_at + timedelta(hours=rng.randrange(1, 8))
                        condition = "good"
                        c = rng.random()
                        if c < 0.01:
                            condition = "damaged"
                        elif c < 0.015:
                            condition = "incomplete"
                        elif c < 0.018 and by_id[item_id][2] != "equipment":
                            condition = "lost"
                        returned = back if back < now else None
                        if returned is None:
                            open_left = True
                            busy_until[item_id] = datetime.max.replace(tzinfo=UTC)
                        else:
                            busy_until[item_id] = back
                            last_back = max(last_back, back)
                        line = dict(loan_number=number, item_id=item_id, borrower_id=borrower, lent_at=lent_at,
                                    expected_return=expected, scan_key=f"demo-{scan_no:08d}",
                                    returned_at=returned, return_scan_key=f"demo-r-{scan_no:08d}" if returned else None,
                                    returned_to=keeper if returned else None,
                                    condition=condition if returned else None,
                                    return_note={"good": "", "damaged": "外壳开裂", "incomplete": "缺少附件",
                                                 "lost": "借用人报失"}[condition] if returned else "")
                        lines.append(line)
                        if returned and condition != "good":
                            cost = by_id[item_id][3]
                            charge = cost if condition == "lost" and cost is not None else None
                            settled = returned < now - timedelta(days=14)
                            incidents.append(dict(item_id=item_id, scan_key=line["scan_key"], borrower_id=borrower,
                                                  kind=condition, reported_at=returned, reported_by=keeper,
                                                  note=line["return_note"], charge_amount=charge,
                                                  repair_order=f"WX{returned:%Y%m}{rng.randrange(100, 999)}"
                                                  if settled and condition != "lost" else "",
                                                  status="settled" if settled else "open",
                                                  settled_at=returned + timedelta(days=7) if settled else None,
                                                  settled_by=keeper if settled else None))
                            if condition == "lost":
                                gone.add(item_id)
                            elif settled:
                                calibrations.append(dict(
                                    item_id=item_id, kind="repair", performed_on=(returned + timedelta(days=7)).date(),
                                    provider=rng.choice(CAL_PROVIDERS[1:]), certificate_number="", result="pass",
                                    next_due=None, cost=Decimal(rng.choice([50, 150, 400])), note="修复",
                                    recorded_by=keeper))
                            else:
                                state.setdefault(item_id, {})["repair"] = line["return_note"]
                                busy_until[item_id] = datetime.max.replace(tzinfo=UTC)
                    if not open_left:
                        loans[-1]["closed_at"] = last_back
        day += timedelta(days=1)

    with ctx.db.write() as s:
        stamp = ctx.clock.now()
        for chunk in range(0, len(loans), 5000):
            s.execute(insert(ToolLoan), loans[chunk:chunk + 5000])
        loan_ids = dict(s.execute(select(ToolLoan.number, ToolLoan.id)).all())
        rows_out = [{k: v for k, v in ln.items() if k != "loan_number"} | {"loan_id": loan_ids[ln["loan_number"]]}
                    for ln in lines]
        for chunk in range(0, len(rows_out), 5000):
            s.execute(insert(ToolLoanLine), rows_out[chunk:chunk + 5000])
        line_ids = dict(s.execute(select(ToolLoanLine.scan_key, ToolLoanLine.id)).all())
        if incidents:
            s.execute(insert(ToolIncident), [{k: v for k, v in i.items() if k != "scan_key"}
                                             | {"loan_line_id": line_ids[i["scan_key"]]} for i in incidents])
        if calibrations:
            s.execute(insert(ToolCalibration), calibrations)
        # item states follow the loans, losses, repairs and calibrations
        out_now = {ln["item_id"] for ln in lines if ln["returned_at"] is None}
        for item_id, extra in state.items():
            values = {k: v for k, v in extra.items() if k in ("last_calibrated", "next_due")}
            if "repair" in extra and item_id not in out_now and item_id not in gone:
                values |= {"state": "repair", "state_reason": extra["repair"]}
            if values:
                s.execute(ToolItem.__table__.update().where(ToolItem.id == item_id).values(**values))
        if gone:
            s.execute(ToolItem.__table__.update().where(ToolItem.id.in_(gone))
                      .values(state="lost", state_reason="借用人报失"))
        if out_now:
            s.execute(ToolItem.__table__.update().where(ToolItem.id.in_(out_now))
                      .values(state="on_loan", state_reason=""))
        for retired in rng.sample(sorted(set(by_id) - out_now - gone), k=max(1, n_items // 100)):
            s.execute(ToolItem.__table__.update().where(ToolItem.id == retired)
                      .values(state="retired", state_reason="损坏无法修复，已报废"))
        for period, count in per_month.items():
            s.execute(insert(DocumentSequence).values(kind="tool_loan", period=period,
                                                      prefix=DEFAULT_RULES["tool_loan"][0], next_value=count + 1,
                                                      created_at=stamp, updated_at=stamp))
    progress("tool loans", len(loans), len(loans))
    overdue = sum(1 for ln in lines if ln["returned_at"] is None and ln["expected_return"] < now)
    return [f"tools: {n_items} items, {len(loans)} loans ({len(lines)} lines, {len(out_now)} out now, "
            f"{overdue} overdue), {len(calibrations)} calibrations and repairs, {len(incidents)} damaged or lost"]
