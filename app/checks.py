"""``servicebay check``: each area adds a function that returns its problems as readable lines."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from app.commands import area_command_modules
from app.db.models.station import Station
from services.common.errors import QT_TRANSLATE_NOOP

CHECKS: list[Callable] = []


def _station_exists(ctx) -> list[str]:
    with ctx.db.read() as s:
        return [] if s.scalar(select(Station.id).limit(1)) else ["station: not set up (run servicebay init)"]


CHECKS.append(_station_exists)


def _files_are_private(ctx) -> list[str]:
    from app.paths import loose_data_files
    from app.settings import backup_folder

    return [f.describe() for f in loose_data_files(ctx.db.sqlite_path, backup_folder())]


CHECKS.append(_files_are_private)


def backup_line(ctx, tr) -> str:
    """The last good backup, for the check's report (a line, not a problem: a new station has none)."""
    from app.backup.store import Backups

    backups = Backups(ctx.db, clock=ctx.clock)
    last = backups.last_good()
    if last is None:
        return tr(QT_TRANSLATE_NOOP("cli", "backups: none yet in {folder}")).format(folder=backups.folder)
    return tr(QT_TRANSLATE_NOOP("cli", "backups: the last good one is {path} ({time}, {size} MB)")).format(
        path=last.path, time=f"{ctx.clock.local(last.taken_at):%Y-%m-%d %H:%M}", size=f"{last.size / 1e6:.1f}")


def run_checks(ctx) -> list[str]:
    problems: list[str] = []
    for check in CHECKS:
        problems.extend(check(ctx))
    for module in area_command_modules():
        if hasattr(module, "checks"):
            problems.extend(module.checks(ctx))
    return problems
