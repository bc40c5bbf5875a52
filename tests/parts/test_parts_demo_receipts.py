"""The demo's deliveries are goods-received notes as the counter makes them now: each with its supplier,
the supplier's delivery-note number and the storekeeper who received it, every line decided, the few
rejected pieces in the quarantine bin and out of on hand; the ledger checks pass."""

from __future__ import annotations

import random

from faker import Faker
from sqlalchemy import func, select

from app.commands.parts import checks
from app.db.models.parts import Bin, GoodsReceipt, GoodsReceiptLine, PartStock, StockBalance, StockMove
from app.db.models.users import User


def test_demo_receipts_have_suppliers_note_numbers_receivers_and_decisions(ctx):
    from app.demo import foundation, parts

    for module in (foundation, parts):
        faker = Faker("zh_CN")
        faker.seed_instance(7)
        module.generate(ctx, "small", random.Random(7), faker, lambda *a: None)
    with ctx.db.read() as s:
        notes = s.execute(select(GoodsReceipt.supplier_id, GoodsReceipt.delivery_note, GoodsReceipt.received_by,
                                 GoodsReceipt.status)).all()
        assert len(notes) > 50
        assert all(sup and note.startswith("SH") and status == "closed" for sup, note, _who, status in notes)
        keepers = set(s.scalars(select(User.username)))
        assert {who for *_x, who, _st in notes} <= keepers
        assert not s.scalar(select(func.count()).select_from(GoodsReceiptLine)
                            .where(GoodsReceiptLine.decided_qty != GoodsReceiptLine.qty))
        # every receipt move belongs to a note
        refs = set(s.scalars(select(StockMove.reference).where(StockMove.kind == "receipt").distinct()))
        assert refs == set(s.scalars(select(GoodsReceipt.number)))
        rejected = s.scalar(select(func.sum(GoodsReceiptLine.rejected_qty)))
        held = s.scalar(select(func.sum(PartStock.quarantined)))
        in_bin = s.scalar(select(func.sum(StockBalance.on_hand)).join(Bin, Bin.id == StockBalance.bin_id)
                          .where(Bin.quarantine.is_(True)))
        assert rejected and rejected == held == in_bin
        assert s.scalar(select(func.count()).select_from(GoodsReceiptLine).where(
            GoodsReceiptLine.inspection == "failed", GoodsReceiptLine.reject_reason == "")) == 0
    assert checks(ctx) == []
