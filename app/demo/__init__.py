"""``servicebay demo``: realistic demo data at three scales.

small: a few days of a quiet station, for trying the app; station: a year of a busy station;
decade: ten years of a busy station (300k job cards, 1.5M lines, 100k parts, 3M stock moves,
60k customers and vehicles) for the benchmarks. Each area adds a step module here with
``generate(ctx, scale, rng, faker, progress) -> list[str]``; steps run in ``STEPS`` order and
are deterministic for a seed.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "servicebay1"

# area step modules, in the order they must run (later ones use earlier ones' rows)
# (a step whose module does not exist yet is skipped: its area has not landed)
STEPS: tuple[str, ...] = (
    "app.demo.foundation", "app.demo.customers", "app.demo.parts", "app.demo.job_cards", "app.demo.tools",
    "app.demo.workshop", "app.demo.settlement", "app.demo.crm", "app.demo.claims", "app.demo.parts_month",
    "app.demo.parts_returns", "app.demo.repair_file",
)


@dataclass
class DemoSummary:
    admin_user: str = DEMO_ADMIN
    admin_password: str = DEMO_PASSWORD
    lines: list[str] = field(default_factory=list)
    # the accounts to sign in with: role → usernames (every demo account has the demo password)
    accounts: dict[str, list[str]] = field(default_factory=dict)


def generate(ctx, *, scale: str = "small", seed: int = 1,
             progress: Callable[[str, int, int], None] | None = None, until: str | None = None) -> DemoSummary:
    """Fill the database with the demo of ``scale``; ``until`` (a step of ``STEPS``) stops after that step,
    for the first areas alone (each step draws from its own seeded generators, so they come out the same)."""
    if scale not in ("small", "station", "decade"):
        raise ValueError(scale)
    if until is not None and until not in STEPS:
        raise ValueError(until)
    progress = progress or (lambda step, done, total: None)
    summary = DemoSummary()
    steps = STEPS if until is None else STEPS[:STEPS.index(until) + 1]
    for index, name in enumerate(steps):
        rng = random.Random(f"{seed}:{name}")
        faker = Faker("zh_CN")
        faker.seed_instance(f"{seed}:{name}")
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        summary.lines.extend(module.generate(ctx, scale, rng, faker, progress) or [])
        progress("demo", index + 1, len(STEPS))
    summary.accounts = _accounts(ctx)
    return summary


def _accounts(ctx) -> dict[str, list[str]]:
    """Each role's active accounts, in the order of the Role list."""
    from sqlalchemy import select

    from app.db.models.users import User, UserRole
    from services.users.permissions import Role

    order = {r.value: i for i, r in enumerate(Role)}
    found: dict[str, list[str]] = {}
    with ctx.db.read() as s:
        for role, username in s.execute(select(UserRole.role, User.username).join(User, User.id == UserRole.user_id)
                                        .where(User.active.is_(True)).order_by(User.username)):
            found.setdefault(role, []).append(username)
    return dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))
