"""The audit log: keyset paging newest first, filters by action, record and date, and who may read it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.common.errors import PermissionDenied
from services.users.audit import AuditRecord
from services.users.permissions import Actor, Role


def _fill(ctx, actor, n):
    with ctx.db.write() as s:
        for i in range(n):
            ctx.audit.record(s, actor, "stock.adjust", "part", i, f"entry {i}", details={"i": i})


def test_entries_page_newest_first_with_before_id_and_keep_old_callers_working(ctx, admin):
    _fill(ctx, admin, 25)
    first = ctx.audit.entries(admin, action_prefix="stock.", limit=10)
    assert [e.entity_id for e in first] == [str(i) for i in range(24, 14, -1)]
    assert all(e.id is not None for e in first)
    second = ctx.audit.entries(admin, action_prefix="stock.", limit=10, before_id=first[-1].id)
    third = ctx.audit.entries(admin, action_prefix="stock.", limit=10, before_id=second[-1].id)
    ids = [e.id for e in first + second + third]
    assert len(third) == 5 and ids == sorted(ids, reverse=True) and len(set(ids)) == 25
    e = first[0]
    assert (e.username, e.action, e.entity, e.entity_id, e.details) == ("admin", "stock.adjust", "part", "24",
                                                                         {"i": 24})
    # a record built the old way (nine fields, no id) still works
    assert AuditRecord(e.at, "x", "a", "b", None, None, None, None, None).id is None
    assert [x.entity_id for x in ctx.audit.entries(admin, entity="part", entity_id=3)] == ["3"]


def test_entries_between_dates(ctx, admin):
    _fill(ctx, admin, 3)
    now = ctx.clock.now()  # entries are stamped by the app's clock
    assert len(ctx.audit.entries(admin, action_prefix="stock.", since=now - timedelta(hours=1))) == 3
    assert ctx.audit.entries(admin, action_prefix="stock.", since=now + timedelta(hours=1)) == []
    assert ctx.audit.entries(admin, action_prefix="stock.", until=now - timedelta(hours=1)) == []
    assert len(ctx.audit.entries(admin, action_prefix="stock.", since=now - timedelta(hours=1),
                                 until=now + timedelta(hours=1))) == 3


def test_a_technician_may_not_read_the_audit_log(ctx, admin):
    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    tech = ctx.users.authenticate("tech01", "spanner-42")
    with pytest.raises(PermissionDenied):
        ctx.audit.entries(tech)
    assert isinstance(tech, Actor)
