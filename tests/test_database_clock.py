"""Rows carry the app's clock: created_at/updated_at come from the injected Clock, not the PC's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.db.models.parts import Part
from services.parts.stock import NewPart


def _stamps(ctx, part_id):
    with ctx.db.read() as s:
        return s.execute(select(Part.created_at, Part.updated_at).where(Part.id == part_id)).one()


def test_a_record_created_and_changed_carries_the_fixed_clocks_times(ctx, admin, clock):
    assert clock.now() == datetime(2026, 11, 20, 2, 30, tzinfo=UTC)
    part = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", retail_price=Decimal("58.00")))
    assert tuple(_stamps(ctx, part.id)) == (clock.now(), clock.now())
    created = clock.now()

    clock.advance(days=3, hours=4)
    ctx.parts.update_part(admin, part.id, part.version, retail_price=Decimal("62.00"))
    assert tuple(_stamps(ctx, part.id)) == (created, created + timedelta(days=3, hours=4))

    # the audit log's times too (its entries are rows like any other)
    entry = ctx.audit.entries(admin, entity="part", entity_id=part.id)[0]
    assert entry.at == created + timedelta(days=3, hours=4)
