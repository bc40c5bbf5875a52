"""Demo settlement: the demo's finished cards settled, paid, handed back; fleet accounts with their
monthly account statements and the companies' payments against them.

Every card that is settled or delivered gets a statement issued a little after its completion,
numbered gap-free per month in the order of issue, its lines copied from the card (net and tax per
line at 13%). The customer's share is paid by a realistic mix (WeChat Pay and Alipay most, then bank
card, cash with change, some split over two methods); a company billed monthly puts it on account;
an insurer's, the manufacturer's and internal shares are settled by their own methods. About one
statement in a hundred was voided (a wrong invoice title, a discount forgotten) and reissued.
Delivered cards have their delivery. Companies get an account statement for every month they had
something on account; all but the last two months are paid (some in two parts).

Rows go in with SQLAlchemy Core in batches with explicit ids (the decade's 300k cards in minutes).
Deterministic for a seed. Runs after the job cards step.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, insert, select

from app.db.models.customers import Customer
from app.db.models.job_cards import JobCard, JobLine
from app.db.models.settlement import (
    AccountItem,
    AccountPayment,
    AccountStatement,
    Delivery,
    Payment,
    Statement,
    StatementLine,
)
from app.db.models.station import DocumentSequence
from app.db.models.users import User, UserRole

BATCH = 4000
FEN = Decimal("0.01")
RATE = Decimal("0.13")
# the customer's share at the till: (method, weight)
TILL_MIX = [("wechat", 38), ("alipay", 24), ("bank_card", 16), ("cash", 12), ("transfer", 3), ("split", 7)]
PAYER_METHOD = {"insurer": "insurer_direct", "warranty": "manufacturer_claim", "internal": "internal",
                "fleet": "on_account"}
VOID_REASONS = ["发票抬头有误，重开", "漏记工时优惠", "客户要求按保险分摊重开", "配件数量录错"]
GUARANTEE = {"level2_maintenance": (5000, 30), "minor_repair": (2000, 10)}
CARD_COLUMNS = tuple(getattr(JobCard, c) for c in (
    "id", "number", "customer_id", "customer_name", "customer_phone", "driver_name", "driver_phone", "plate", "vin",
    "vehicle_desc", "job_type", "repair_class", "advisor_name", "opened_at", "completed_at", "mileage_in",
    "mileage_out", "certificate_number", "old_parts", "insurer", "claim_number"))
CHECKLIST = [{"item": k, "ok": True} for k in ("work_explained", "old_parts", "car_clean", "personal_items")]


def _split(amount: Decimal) -> tuple[Decimal, Decimal]:
    net = (amount / (1 + RATE)).quantize(FEN, ROUND_HALF_UP)
    return net, amount - net


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    db = ctx.db
    clock = ctx.clock
    with db.read() as s:
        if s.scalar(select(Statement.id).limit(1)) is not None:
            return ["settlement: kept the existing statements"]
        cards = s.execute(select(JobCard.id, JobCard.number, JobCard.status, JobCard.completed_at, JobCard.opened_at)
                          .where(JobCard.status.in_(("settled", "delivered")))
                          .order_by(JobCard.id)).all()
        companies = {cid: name for cid, name in s.execute(
            select(Customer.id, Customer.name).where(Customer.kind == "company", Customer.billing_terms == "monthly"))}
        cashiers = s.execute(select(User.id, User.username, User.display_name)
                             .join(UserRole, UserRole.user_id == User.id)
                             .where(UserRole.role.in_(("service_advisor", "front_desk_supervisor")))
                             .order_by(User.id)).all() or s.execute(select(User.id, User.username, User.display_name)
                                                                    .order_by(User.id).limit(1)).all()
    if not cards:
        return ["settlement: no finished job cards (run the job cards step first)"]
    now = clock.now()
    # issue order: a little after completion (never in the future)
    issue = sorted(((min((c.completed_at or c.opened_at) + timedelta(minutes=rng.randrange(5, 120)), now), c)
                    for c in cards), key=lambda x: (x[0], x[1].id))
    month_seq: dict[str, int] = {}

    def number(at: datetime) -> str:
        period = f"{clock.local(at):%Y%m}"
        month_seq[period] = month_seq.get(period, 0) + 1
        return f"JS{period}{month_seq[period]:05d}"

    st_id = pay_id = line_id = 0
    made = {"statements": 0, "voided": 0, "payments": 0, "deliveries": 0}
    on_account: list[tuple[int, int, int, datetime, Decimal]] = []  # payment id, customer, statement, at, amount
    methods_seen: dict[str, int] = defaultdict(int)
    total = len(issue)
    for start in range(0, total, BATCH):
        chunk = issue[start:start + BATCH]
        ids = [c.id for _, c in chunk]
        with db.read() as s:
            card_rows = {r.id: r for r in s.execute(select(*CARD_COLUMNS).where(JobCard.id.in_(ids)))}
            by_card: dict[int, list] = defaultdict(list)
            for ln in s.execute(select(JobLine.job_card_id, JobLine.position, JobLine.kind, JobLine.payer,
                                       JobLine.code, JobLine.name, JobLine.spec, JobLine.quality, JobLine.unit,
                                       JobLine.qty, JobLine.price, JobLine.discount, JobLine.amount,
                                       JobLine.technicians)
                                .where(JobLine.job_card_id.in_(ids)).order_by(JobLine.job_card_id,
                                                                                JobLine.position)):
                by_card[ln.job_card_id].append(ln)
        statements, lines, payments, deliveries = [], [], [], []
        for issued_at, c in chunk:
            card = card_rows[c.id]
            cl = by_card.get(c.id, [])
            if not cl:
                continue
            cashier = cashiers[rng.randrange(len(cashiers))]
            voided = rng.random() < 0.01
            attempts = [(issued_at, True)] if not voided else [(issued_at, False),
                                                               (issued_at + timedelta(minutes=rng.randrange(3, 40)),
                                                                True)]
            replaces = None
            live_id = None
            for at, live in attempts:
                at = min(at, now)
                st_id += 1
                sums = defaultdict(lambda: Decimal("0.00"))
                hours = Decimal("0.000")
                for pos, ln in enumerate(cl, 1):
                    line_id += 1
                    net, tax = _split(ln.amount)
                    gross = (ln.qty * ln.price).quantize(FEN, ROUND_HALF_UP)
                    techs = "、".join(t.get("name", "") for t in (ln.technicians or []))
                    lines.append({"id": line_id, "statement_id": st_id, "position": pos, "kind": ln.kind,
                                  "payer": ln.payer, "code": ln.code, "name": ln.name, "spec": ln.spec or "",
                                  "quality": ln.quality, "unit": ln.unit or "", "qty": ln.qty, "price": ln.price,
                                  "discount": ln.discount or Decimal(0), "gross": gross,
                                  "discount_amount": gross - ln.amount, "amount": ln.amount, "net": net, "tax": tax,
                                  "technicians": techs[:255], "created_at": at, "updated_at": at})
                    sums[{"labour": "labour", "part": "parts"}.get(ln.kind, "other")] += ln.amount
                    sums["discount"] += gross - ln.amount
                    sums["total"] += ln.amount
                    sums["net"] += net
                    sums["tax"] += tax
                    sums["due:" + ln.payer] += ln.amount
                    if ln.kind == "labour":
                        hours += ln.qty
                done_day = clock.local(card.completed_at or at).date()
                g_km, g_days = GUARANTEE.get(card.repair_class or "", (2000, 10))
                km_out = card.mileage_out or card.mileage_in
                statements.append({
                    "id": st_id, "number": number(at), "kind": "job", "job_card_id": c.id,
                    "live_card_id": c.id if live else None, "status": "issued" if live else "voided",
                    "replaces_id": replaces, "issued_at": at, "issued_by": cashier.username,
                    "cashier_name": cashier.display_name, "card_number": card.number,
                    "customer_id": card.customer_id, "customer_name": card.customer_name,
                    "customer_phone": card.customer_phone, "driver_name": card.driver_name,
                    "driver_phone": card.driver_phone, "plate": card.plate, "vin": card.vin,
                    "vehicle_desc": card.vehicle_desc, "job_type": card.job_type, "repair_class": card.repair_class,
                    "advisor_name": card.advisor_name, "opened_at": card.opened_at, "completed_at": card.completed_at,
                    "mileage_in": card.mileage_in, "mileage_out": km_out, "certificate_number": card.certificate_number,
                    "old_parts": card.old_parts, "insurer": card.insurer, "claim_number": card.claim_number,
                    "tax_rate": RATE, "labour": sums["labour"], "parts": sums["parts"], "other": sums["other"],
                    "discount": sums["discount"], "total": sums["total"], "net": sums["net"], "tax": sums["tax"],
                    "hours": hours, "customer_due": sums["due:customer"], "guarantee_km": g_km,
                    "guarantee_days": g_days, "guarantee_until": done_day + timedelta(days=g_days),
                    "guarantee_until_km": (km_out + g_km) if km_out is not None else None,
                    "next_service_km": (km_out + 5000) if km_out is not None else None,
                    "next_service_date": done_day + timedelta(days=182),
                    "voided_at": None if live else at + timedelta(minutes=2),
                    "voided_by": None if live else cashier.username,
                    "void_reason": None if live else rng.choice(VOID_REASONS),
                    "invoice_number": None, "invoice_date": None, "created_at": at, "updated_at": at})
                made["statements"] += 1
                made["voided"] += 0 if live else 1
                replaces = st_id
                if live:
                    live_id = st_id
                    dues = {k[4:]: v for k, v in sums.items() if k.startswith("due:") and v > 0}
            # payments against the live statement, a few minutes after it
            paid_at = min(at + timedelta(minutes=rng.randrange(1, 15)), now)
            common = {"job_card_id": c.id, "statement_id": live_id, "customer_id": card.customer_id,
                      "kind": "payment", "user_id": cashier.id, "username": cashier.username,
                      "display_name": cashier.display_name, "reason": "", "approved_by": None, "request_key": None,
                      "created_at": paid_at, "updated_at": paid_at, "at": paid_at, "tendered": None, "change": None,
                      "reference": ""}
            for payer, due in dues.items():
                if payer != "customer":
                    pay_id += 1
                    method = PAYER_METHOD[payer]
                    payments.append(common | {"id": pay_id, "payer": payer, "method": method, "amount": due})
                    methods_seen[method] += 1
                    if method == "on_account":
                        on_account.append((pay_id, card.customer_id, live_id, paid_at, due))
                    continue
                if card.customer_id in companies:
                    pay_id += 1
                    payments.append(common | {"id": pay_id, "payer": "customer", "method": "on_account",
                                              "amount": due})
                    on_account.append((pay_id, card.customer_id, live_id, paid_at, due))
                    methods_seen["on_account"] += 1
                    continue
                method = rng.choices([m for m, _ in TILL_MIX], [w for _, w in TILL_MIX])[0]
                parts = [("cash", (due * Decimal(rng.choice(("0.2", "0.3", "0.5")))).quantize(Decimal("1"))),
                         (rng.choice(("wechat", "alipay")), None)] if method == "split" else [(method, due)]
                left = due
                for m, amount in parts:
                    amount = left if amount is None or amount >= left else amount
                    if amount <= 0:
                        continue
                    left -= amount
                    pay_id += 1
                    row = common | {"id": pay_id, "payer": "customer", "method": m, "amount": amount}
                    if m == "cash":
                        handed = (amount / 100).to_integral_value(rounding="ROUND_CEILING") * 100
                        row |= {"tendered": handed, "change": handed - amount}
                    elif m in ("wechat", "alipay"):
                        row["reference"] = f"{rng.randrange(10**17, 10**18)}"
                    payments.append(row)
                    methods_seen[m] += 1
            if c.status == "delivered":
                delivered = min(paid_at + timedelta(minutes=rng.randrange(5, 90)), now)
                deliveries.append({"job_card_id": c.id, "statement_id": live_id, "delivered_at": delivered,
                                   "username": card.advisor_name, "delivered_by": card.advisor_name,
                                   "checklist": CHECKLIST, "note": "",
                                   "follow_up_due": clock.local(delivered).date() + timedelta(days=3),
                                   "created_at": delivered, "updated_at": delivered})
        with db.write() as s:
            if statements:
                s.execute(insert(Statement), statements)
            for i in range(0, len(lines), BATCH * 2):
                s.execute(insert(StatementLine), lines[i:i + BATCH * 2])
            if payments:
                s.execute(insert(Payment), payments)
            if deliveries:
                s.execute(insert(Delivery), deliveries)
        made["payments"] += len(payments)
        made["deliveries"] += len(deliveries)
        progress("settlement", min(start + BATCH, total), total)

    accounts = _accounts(ctx, rng, on_account, companies, cashiers[0], now)
    _finish_numbers(ctx, month_seq, accounts[1])
    mix = ", ".join(f"{m} {n}" for m, n in sorted(methods_seen.items(), key=lambda x: -x[1]))
    return [f"settlement: {made['statements']} statements ({made['voided']} voided and reissued), "
            f"{made['payments']} payments ({mix}), {made['deliveries']} deliveries, "
            f"{accounts[0]} account statements"]


def _accounts(ctx, rng, on_account, companies, cashier, now) -> tuple[int, dict[str, int]]:
    """Monthly account statements per company, paid up to two months ago (some in two parts)."""
    clock = ctx.clock
    this_month = clock.today().replace(day=1)
    by_key: dict[tuple[int, date], list] = defaultdict(list)
    for pid, customer, statement_id, at, amount in on_account:
        month = clock.local(at).date().replace(day=1)
        if month < this_month:  # the running month is not collected yet
            by_key[(customer, month)].append((pid, statement_id, at, amount))
    seq: dict[str, int] = {}
    acc_rows, items, pays = [], [], []
    acc_id = item_id = pay_id = 0
    for (customer, month), charges in sorted(by_key.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        issued = datetime(*_next_month(month).timetuple()[:3], 9, tzinfo=clock.zone) + timedelta(
            days=rng.randrange(0, 5))
        issued = min(issued.astimezone(now.tzinfo), now)
        period = f"{clock.local(issued):%Y%m}"
        seq[period] = seq.get(period, 0) + 1
        acc_id += 1
        total = sum((c[3] for c in charges), Decimal("0.00"))
        acc_rows.append({"id": acc_id, "number": f"DZ{period}{seq[period]:04d}", "customer_id": customer,
                         "customer_name": companies.get(customer, ""), "month": month, "issued_at": issued,
                         "issued_by": cashier.username, "total": total, "created_at": issued, "updated_at": issued})
        months_ago = (this_month.year - month.year) * 12 + this_month.month - month.month
        paid_share = Decimal(1) if months_ago > 2 else (Decimal("0.5") if months_ago == 2 and rng.random() < 0.5
                                                        else Decimal(0))
        to_pay = (total * paid_share).quantize(FEN, ROUND_HALF_UP)
        left = to_pay
        for pid, statement_id, at, amount in charges:
            item_id += 1
            take = min(left, amount)
            left -= take
            items.append({"id": item_id, "account_statement_id": acc_id, "payment_id": pid,
                          "statement_id": statement_id, "charged_at": at, "amount": amount, "settled": take,
                          "created_at": issued, "updated_at": issued})
        if to_pay > 0:
            instalments = [to_pay] if rng.random() < 0.8 or to_pay < 1000 else [
                (to_pay / 2).quantize(FEN), to_pay - (to_pay / 2).quantize(FEN)]
            at = issued
            for amount in instalments:
                at = min(at + timedelta(days=rng.randrange(5, 25)), now)
                pay_id += 1
                pays.append({"id": pay_id, "account_statement_id": acc_id, "customer_id": customer,
                             "method": "transfer", "amount": amount, "reference": f"HD{rng.randrange(10**9, 10**10)}",
                             "at": at, "user_id": cashier.id, "username": cashier.username,
                             "display_name": cashier.display_name, "request_key": None, "created_at": at,
                             "updated_at": at})
    with ctx.db.write() as s:
        for i in range(0, len(acc_rows), BATCH):
            s.execute(insert(AccountStatement), acc_rows[i:i + BATCH])
        for i in range(0, len(items), BATCH):
            s.execute(insert(AccountItem), items[i:i + BATCH])
        for i in range(0, len(pays), BATCH):
            s.execute(insert(AccountPayment), pays[i:i + BATCH])
    return len(acc_rows), seq


def _finish_numbers(ctx, month_seq: dict[str, int], account_seq: dict[str, int]) -> None:
    """New statements this month continue after the demo's numbers; PostgreSQL's ids after the demo's."""
    db = ctx.db
    period = f"{ctx.clock.today():%Y%m}"
    with db.write() as s:
        for kind, prefix, seq in (("statement", "JS", month_seq), ("account_statement", "DZ", account_seq)):
            row = s.scalar(select(DocumentSequence).where(DocumentSequence.kind == kind,
                                                          DocumentSequence.period == period))
            if row is None:
                s.add(DocumentSequence(kind=kind, period=period, prefix=prefix, next_value=seq.get(period, 0) + 1))
            else:
                row.next_value = max(row.next_value, seq.get(period, 0) + 1)
        if db.engine.dialect.name == "postgresql":
            for model in (Statement, StatementLine, Payment, Delivery, AccountStatement, AccountItem, AccountPayment):
                s.execute(select(func.setval(f"{model.__tablename__}_id_seq",
                                             func.coalesce(select(func.max(model.id)).scalar_subquery(), 1))))
