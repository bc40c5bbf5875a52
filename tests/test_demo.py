"""`servicebay demo`: realistic data in every area, valid identifiers, ledgers that check out."""

from __future__ import annotations

import random

from sqlalchemy import select, text

from app.checks import run_checks
from app.db.models.customers import Customer, Vehicle
from app.demo import generate
from services.common.identifiers import check_mobile, check_plate, check_vin


def _count(ctx, table: str) -> int:
    with ctx.db.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_small_demo_fills_every_area_and_passes_the_checks(small_demo):
    ctx, summary = small_demo
    assert ctx.users.authenticate(summary.admin_user, summary.admin_password).username == "admin"
    for table, at_least in [("users", 15), ("customers", 200), ("vehicles", 200), ("parts", 1000),
                            ("stock_moves", 1000), ("tool_items", 100), ("job_cards", 200), ("job_lines", 500)]:
        assert _count(ctx, table) >= at_least, table
    assert run_checks(ctx) == []
    # every role has an account to try, and it signs in with the demo password
    from services.users.permissions import Role

    assert set(summary.accounts) == {r.value for r in Role}
    for role, names in summary.accounts.items():
        assert Role(role) in ctx.users.authenticate(names[0], summary.admin_password).roles

    rng = random.Random(1)
    with ctx.db.read() as s:
        vins = s.scalars(select(Vehicle.vin)).all()
        plates = [p for p in s.scalars(select(Vehicle.plate)).all() if p]
        mobiles = [m for m in s.scalars(select(Customer.mobile)).all() if m]
        names = s.scalars(select(Customer.name).limit(50)).all()
    for vin in rng.sample(vins, 50):
        assert check_vin(vin).check_ok, vin
    for plate in rng.sample(plates, 50):
        assert check_plate(plate).kind in ("ordinary", "new_energy"), plate
    for mobile in rng.sample(mobiles, 50):
        assert check_mobile(mobile) == mobile
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)  # Chinese names


def test_the_same_seed_makes_the_same_customers(tmp_path, clock):
    from app.context import AppContext
    from app.db.base import Base
    from app.db.engine import open_database
    from tests.conftest import FAST_HASHER

    def people(name: str):
        db = open_database(f"sqlite:///{tmp_path / name}")
        Base.metadata.create_all(db.engine)
        ctx = AppContext(db, clock, hasher=FAST_HASHER)
        # each step draws from generators seeded by the seed and its own name: the customers come out the
        # same whatever follows them, so the steps up to theirs are enough
        generate(ctx, scale="small", seed=5, until="app.demo.customers")
        with ctx.db.read() as s:
            rows = s.execute(select(Customer.name, Customer.mobile, Vehicle.vin).join(Vehicle, Vehicle.owner_id == Customer.id)
                             .order_by(Customer.id, Vehicle.id).limit(30)).all()
        db.dispose()
        return rows

    first = people("one.sqlite3")
    assert len(first) == 30
    assert first == people("two.sqlite3")
