"""Merging two customer records: every row of every table that points at either is kept.

Later areas (job cards, appointments, calls) are stood in for by real tables added to the
metadata for the test: the merge finds them by their foreign keys, as it will find the real ones.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Column, ForeignKey, Integer, String, Table, func, insert, select

from app.db.base import Base
from app.db.models.customers import CustomerSearchKey
from services.common.errors import PermissionDenied, ValidationError
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput, referencing_columns
from services.users.permissions import Actor, Role

VIN_1 = make_vin("LSVAB2BM0JN100001")
VIN_2 = make_vin("LSVAB2BM0JN100002")


@pytest.fixture
def later_tables(db):
    """Job cards, appointments and calls as later issues will add them, referencing customers and vehicles."""
    md = Base.metadata
    tables = [
        Table("zz_job_cards", md, Column("id", Integer, primary_key=True), Column("number", String(20)),
              Column("customer_id", ForeignKey("customers.id"), nullable=False),
              Column("vehicle_id", ForeignKey("vehicles.id"), nullable=False)),
        Table("zz_appointments", md, Column("id", Integer, primary_key=True), Column("number", String(20)),
              Column("customer_id", ForeignKey("customers.id"), nullable=False),
              Column("vehicle_id", ForeignKey("vehicles.id"))),
        Table("zz_calls", md, Column("id", Integer, primary_key=True), Column("number", String(20)),
              Column("customer_id", ForeignKey("customers.id"), nullable=False),
              Column("referred_by_id", ForeignKey("customers.id"))),
    ]
    md.create_all(db.engine, tables=tables)
    try:
        yield {t.name: t for t in tables}
    finally:
        for t in tables:
            md.remove(t)


@pytest.fixture
def two_records(ctx, admin, later_tables):
    svc = ctx.customers
    a = svc.create_customer(admin, CustomerInput(name="张伟", mobile="13812341234", tags=("VIP", "车友会")),
                            vehicles=[VehicleInput(vin=VIN_1, plate="京A12345")])
    b = svc.create_customer(admin, CustomerInput(name="张 伟", mobile="13912345678", address="上海市张江路2号",
                                                 birthday=date(1985, 5, 1), tags=("VIP", "延保")),
                            vehicles=[VehicleInput(vin=VIN_2, plate="京B54321")])
    svc.set_marketing_consent(admin, b.id, True, "wechat", on=date(2026, 3, 1))
    t = later_tables
    with ctx.db.write() as s:
        for who, vehicle, n in ((a, a.vehicles[0], 3), (b, b.vehicles[0], 2)):
            for i in range(n):
                s.execute(insert(t["zz_job_cards"]).values(number=f"RO-{who.id}-{i}", customer_id=who.id,
                                                          vehicle_id=vehicle.id))
            s.execute(insert(t["zz_appointments"]).values(number=f"AP-{who.id}", customer_id=who.id,
                                                         vehicle_id=vehicle.id))
            s.execute(insert(t["zz_calls"]).values(number=f"CALL-{who.id}", customer_id=who.id,
                                                  referred_by_id=b.id if who is a else None))
    return a, b


def count(ctx, table, **where) -> int:
    q = select(func.count()).select_from(table)
    for col, value in where.items():
        q = q.where(table.c[col] == value)
    with ctx.db.read() as s:
        return s.scalar(q)


def test_the_merge_finds_every_table_that_references_customers(later_tables):
    found = {f"{t.name}.{c.name}" for t, c in referencing_columns("customers")}
    assert {"vehicles.owner_id", "vehicle_owners.customer_id", "customer_events.customer_id",
            "customer_tags.customer_id", "zz_job_cards.customer_id", "zz_appointments.customer_id",
            "zz_calls.customer_id", "zz_calls.referred_by_id"} <= found


def test_merge_keeps_every_job_card_appointment_and_call_of_both(ctx, admin, two_records, later_tables):
    a, b = two_records
    t = later_tables
    totals = {name: count(ctx, table) for name, table in t.items()}
    result = ctx.customers.merge_customers(admin, a.id, b.id)

    assert result.moved["zz_job_cards.customer_id"] == 2
    assert result.moved["zz_calls.referred_by_id"] == 1
    for name, table in t.items():
        assert count(ctx, table) == totals[name]  # nothing deleted
        assert count(ctx, table, customer_id=b.id) == 0
        assert count(ctx, table, customer_id=a.id) == totals[name]
    assert count(ctx, t["zz_calls"], referred_by_id=a.id) == 1


def test_merge_keeps_vehicles_details_tags_and_consent(ctx, admin, two_records):
    a, b = two_records
    svc = ctx.customers
    svc.merge_customers(admin, a.id, b.id)
    kept = svc.customer(admin, a.id)
    assert sorted(v.vin for v in kept.vehicles) == sorted([VIN_1, VIN_2])
    assert kept.tags == ("VIP", "延保", "车友会")
    assert kept.mobile == "13812341234" and kept.other_phone == "13912345678"
    assert kept.address == "上海市张江路2号" and kept.birthday == date(1985, 5, 1)
    assert (kept.marketing_consent, kept.consent_channel) == (True, "wechat")
    assert "张 伟" in kept.notes
    gone = svc.customer(admin, b.id)
    assert gone.merged_into_id == a.id and not gone.active
    # the vehicle's own history names the surviving record
    assert [o.customer_id for o in svc.vehicle(admin, b.vehicles[0].id).owners] == [a.id]


def test_after_a_merge_search_finds_the_survivor_by_either_records_details(ctx, admin, two_records):
    a, b = two_records
    ctx.customers.merge_customers(admin, a.id, b.id)
    for query in ("5678", "B54321", VIN_2[-6:], "A12345", "zw"):
        assert {h.customer_id for h in ctx.customers.search(admin, query)} == {a.id}, query
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).where(CustomerSearchKey.customer_id == b.id)) == 0


def test_merge_is_in_the_audit_log_and_the_timeline(ctx, admin, two_records):
    a, b = two_records
    ctx.customers.merge_customers(admin, a.id, b.id)
    [entry] = ctx.audit.entries(admin, action_prefix="customer.merge")
    assert entry.entity_id == str(a.id) and entry.details["merged"] == b.id
    assert entry.details["merged_record"]["mobile"] == "13912345678"
    kinds = [e.kind for e in ctx.customers.timeline(admin, a.id)]
    assert kinds[0] == "customers.merged"
    assert kinds.count("customers.created") == 2  # the dropped record's history came along


def test_merging_needs_the_permission_and_two_live_records(ctx, admin, two_records):
    a, b = two_records
    with pytest.raises(PermissionDenied):
        ctx.customers.merge_customers(Actor.for_roles(None, "sa", "顾问", [Role.SERVICE_ADVISOR]), a.id, b.id)
    with pytest.raises(ValidationError):
        ctx.customers.merge_customers(admin, a.id, a.id)
    ctx.customers.merge_customers(admin, a.id, b.id)
    with pytest.raises(ValidationError):
        ctx.customers.merge_customers(admin, b.id, a.id)


def test_two_records_of_one_car_merge_with_their_job_cards(ctx, admin, two_records, later_tables):
    a, b = two_records
    v1, v2 = a.vehicles[0].id, b.vehicles[0].id
    jobs = later_tables["zz_job_cards"]
    result = ctx.customers.merge_vehicles(admin, v1, v2)
    assert result.moved["zz_job_cards.vehicle_id"] == 2
    assert count(ctx, jobs, vehicle_id=v1) == 5
    assert ctx.customers.search(admin, VIN_2[-6:]) == []
