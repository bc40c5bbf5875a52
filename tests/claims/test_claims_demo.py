"""The small demo has warranty claims in several statuses whose money adds up, and new claims number on."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy import func, select

from app.db.models.claims import ClaimPaymentLine, WarrantyClaim
from app.demo import generate
from services.users.permissions import Actor


def test_the_small_demo_has_claims_in_several_statuses_that_add_up(ctx):
    generate(ctx, scale="small", seed=3)
    actor = Actor.system()
    claims = ctx.claims.claims(actor)
    statuses = Counter(c.status for c in claims)
    assert len(statuses) >= 3, statuses
    report = ctx.claims.open_claims(actor)
    assert report.count == sum(n for s, n in statuses.items() if s not in ("paid", "rejected"))
    assert report.outstanding == sum((c.outstanding for c in claims), Decimal("0"))
    with ctx.db.read() as s:
        paid = s.scalar(select(func.sum(WarrantyClaim.paid_amount)))
        reconciled = s.scalar(select(func.sum(ClaimPaymentLine.amount)))
    assert paid == reconciled
    assert all(c.paid_amount == c.approved_amount for c in claims if c.status == "paid")
