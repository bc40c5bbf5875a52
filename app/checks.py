"""``servicebay check``: each area adds a function that returns its problems as readable lines."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from app.db.models.station import Station

CHECKS: list[Callable] = []


def _station_exists(ctx) -> list[str]:
    with ctx.db.read() as s:
        return [] if s.scalar(select(Station.id).limit(1)) else ["station: not set up (run servicebay init)"]


CHECKS.append(_station_exists)


def run_checks(ctx) -> list[str]:
    from app.cli import area_command_modules

    problems: list[str] = []
    for check in CHECKS:
        problems.extend(check(ctx))
    for module in area_command_modules():
        if hasattr(module, "checks"):
            problems.extend(module.checks(ctx))
    return problems
