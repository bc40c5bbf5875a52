"""Demo supplier returns and claims (退货 and 索赔 to the supplier), in every status: sent and waiting for the
supplier, credited in full, credited short (the credit note below the claim), rejected; and rejected deliveries
in the quarantine bin sent back today.

A claim or return names the goods-received note the part came on and leaves the store some days after that
delivery, through the ledger (a ``supplier_return`` move dated when it left), valued as the app values it: at
the delivery's invoiced cost. It takes only what the shelf held then and every day since. The supplier's
answer (credit note number and amount, or the rejection) follows a week or two later, when that is past.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select, update

from app.db.models.parts import (
    GoodsReceipt,
    GoodsReceiptLine,
    Part,
    StockMove,
    SupplierReturn,
    SupplierReturnLine,
)
from app.db.models.users import AuditEntry, User
from app.demo.parts_month import actor_of, book_and_floor, history, people
from services.common.money import round_cny
from services.station.numbering import next_number
from services.users.permissions import Actor, Role

# (kind, status, share of the claim credited): every status of both kinds, and a short credit
PLAN = (("claim", "sent", None), ("claim", "sent", None), ("claim", "credited", 1), ("claim", "credited", 1),
        ("claim", "credited", Decimal("0.8")), ("claim", "rejected", None), ("return", "sent", None),
        ("return", "credited", 1), ("return", "credited", 1), ("return", "rejected", None))
FAULTS = ("漏油", "异响", "安装后不工作", "外壳开裂", "尺寸不符无法安装", "线束插头损坏")
RETURN_REASONS = ("多发货，退回", "型号发错，退回", "订单取消，未拆封退回")
REJECTIONS = ("供应商检测无故障，拒赔", "超出索赔期，拒赔", "已拆封使用，不予退货")


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    with ctx.db.read() as s:
        if s.scalar(select(SupplierReturn.id).limit(1)) is not None:
            return ["parts: kept the existing supplier returns"]
        if s.scalar(select(GoodsReceipt.id).limit(1)) is None:
            return []
        keepers = people(s, Role.STOREKEEPER) or [None]
        chiefs = people(s, Role.PARTS_SUPERVISOR) or people(s, Role.STATION_MANAGER)
    chief = actor_of(chiefs[0] if chiefs else None, Role.PARTS_SUPERVISOR)
    return [f"parts: {returns_and_claims(ctx, rng, keepers, chief)}"]


def returns_and_claims(ctx, rng, keepers: list, chief: Actor) -> str:
    now = ctx.clock.now()
    zone = ctx.clock.zone
    with ctx.db.read() as s:
        # delivered lines that passed inspection, in the last four months (a claim is made soon after)
        candidates = list(s.execute(
            select(GoodsReceipt.number, GoodsReceipt.supplier_id, GoodsReceipt.created_at, GoodsReceiptLine.part_id,
                   GoodsReceiptLine.bin_id, GoodsReceiptLine.qty, GoodsReceiptLine.unit_cost,
                   GoodsReceiptLine.invoice_price, Part.unit)
            .join(GoodsReceiptLine, GoodsReceiptLine.receipt_id == GoodsReceipt.id)
            .join(Part, Part.id == GoodsReceiptLine.part_id)
            .where(GoodsReceipt.supplier_id.is_not(None), GoodsReceiptLine.inspection == "passed",
                   GoodsReceipt.created_at > now - timedelta(days=120), GoodsReceipt.created_at < now - timedelta(days=5),
                   Part.unit != "升")
            .order_by(GoodsReceipt.created_at, GoodsReceiptLine.id)))
    rng.shuffle(candidates)
    chosen = []
    with ctx.db.read() as s:
        for row in candidates:
            if len(chosen) == len(PLAN):
                break
            number, sup, received, pid, bid, qty, cost, invoice, _unit = row
            left = received + timedelta(days=rng.randrange(2, 20), hours=rng.randrange(0, 6))
            if left >= now - timedelta(hours=2) or any(c[0][3] == pid for c in chosen):
                continue
            moves = history(s, [pid], [bid]).get((pid, bid), [])
            book, floor = book_and_floor(moves, left)
            take = Decimal(1 if qty < 4 else rng.choice((1, 1, 2)))
            if min(book, floor) >= take:
                chosen.append((row, left, take))
    chosen.sort(key=lambda c: c[1])
    keeper = keepers[-1] if keepers else None
    clerk = actor_of(keeper, Role.STOREKEEPER)
    counts = {"sent": 0, "credited": 0, "rejected": 0}
    for (kind, status, share), ((grn, sup, _r, pid, bid, _q, cost, invoice, _u), left, take) in zip(
            PLAN, chosen, strict=False):
        price = invoice if invoice is not None else cost
        answered = left + timedelta(days=rng.randrange(7, 21))
        if status != "sent" and answered >= now:
            status = "sent"  # the supplier has not answered yet
        with ctx.db.write() as s:
            day = ctx.clock.local(left).date()
            ret = SupplierReturn(number=next_number(s, "supplier_return", day), supplier_id=sup, kind=kind,
                                 status=status, receipt_number=grn,
                                 reason=rng.choice(FAULTS) if kind == "claim" else rng.choice(RETURN_REASONS),
                                 created_by=clerk.username, value=round_cny(take * price),
                                 created_at=left, updated_at=answered if status != "sent" else left)
            s.add(ret)
            s.flush()
            move_id = ctx.parts.ledger.post(s, clerk, part_id=pid, bin_id=bid, kind="supplier_return", qty=-take,
                                            unit_cost=price, reference=ret.number, note=ret.reason)
            s.execute(update(StockMove).where(StockMove.id == move_id).values(created_at=left, updated_at=left))
            unit_cost = s.scalar(select(StockMove.unit_cost).where(StockMove.id == move_id))
            s.add(SupplierReturnLine(return_id=ret.id, part_id=pid, bin_id=bid, qty=take, unit_cost=unit_cost,
                                     price=price, fault=ret.reason if kind == "claim" else "",
                                     created_at=left, updated_at=left))
            _audit(s, clerk.username, f"supplier.{kind}", ret.id, ret.number, left)
            if status != "sent":
                if status == "credited":
                    ret.credit_amount = round_cny(ret.value * share)
                    ret.credit_note = f"HZ{ctx.clock.local(answered):%Y%m%d}{rng.randrange(1000, 9999)}"
                else:
                    ret.credit_amount = None
                    ret.reason = f"{ret.reason}；{rng.choice(REJECTIONS)}"
                ret.credited_by = chief.username
                ret.credited_at = answered
                _audit(s, chief.username, "supplier.return_settled", ret.id, f"{ret.number} {status}", answered,
                       amount=ret.credit_amount)
        counts[status] += 1
    today = _quarantine_returns(ctx, clerk, zone)
    return (f"{len(chosen)} supplier returns and claims ({counts['sent']} waiting, {counts['credited']} credited, "
            f"{counts['rejected']} rejected), {today} quarantined deliveries sent back today")


def _quarantine_returns(ctx, clerk: Actor, zone) -> int:
    """Half the rejected deliveries waiting in quarantine go back to their supplier today (the service's way)."""
    held = ctx.parts_receiving.quarantine(clerk)
    sent = 0
    for item in held[: len(held) // 2]:
        ctx.parts_receiving.return_from_quarantine(clerk, item.line_id, "", scan_key=f"demo-return-{item.line_id}")
        sent += 1
    return sent


def _audit(s, username: str, action: str, return_id: int, summary: str, at, *, amount=None) -> None:
    s.add(AuditEntry(user_id=s.scalar(select(User.id).where(User.username == username)), username=username,
                     action=action, entity="supplier_return", entity_id=str(return_id), summary=summary,
                     amount=amount, created_at=at, updated_at=at))
