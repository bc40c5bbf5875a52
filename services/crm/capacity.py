"""The workshop's capacity a day (车间产能): the hours the technicians on shift can work.

A day's bookable hours are the shifts of the technicians who work it: each active technician's
team's working day (start to end, less the break; a technician without a team works the workshop's
usual 08:30–17:30 with an hour's break, as on the workshop board). The technicians work the days
the station is open: the Chinese calendar's statutory holidays are closed and its make-up working
days (调休) open (``CrmPart.closed_reason``), so a closed day has no capacity at all. The workshop
keeps no leave or absence records yet, so nobody is taken off a day; when they come, a technician
away on a day leaves the sum here.

The roster is read through the workshop service's public ``technicians`` and ``teams``; with no
technician set up (a new station, or a program without the workshop area) the settings' figure
(``Rules.workshop_hours``) stands in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from services.users.permissions import Actor

# the workshop's usual day for a technician in no team (services/workshop/core.py DEFAULT_SHIFT)
DEFAULT_SHIFT_HOURS = Decimal("8.00")


@dataclass(frozen=True)
class Roster:
    """The technicians on shift on an open day and their hours together."""

    technicians: int
    hours: Decimal


def roster_of(technicians: Iterable[Any], teams: Iterable[Any]) -> Roster | None:
    """The roster from the workshop's technicians (``team_id``) and teams (``id``, ``capacity_hours``);
    None when there is no technician."""
    shift = {t.id: Decimal(t.capacity_hours) for t in teams}
    count, hours = 0, Decimal(0)
    for tech in technicians:
        count += 1
        hours += shift.get(tech.team_id, DEFAULT_SHIFT_HOURS) if tech.team_id is not None else DEFAULT_SHIFT_HOURS
    return Roster(count, hours) if count else None


def read_roster(workshop) -> Roster | None:
    """The workshop's roster now (None without a workshop service or without technicians)."""
    if workshop is None:
        return None
    system = Actor.system()
    return roster_of(workshop.technicians(system), workshop.teams(system))


def day_capacity(settings_hours: Decimal, roster: Roster | None) -> Decimal:
    """The bookable hours of an open day: the roster's, else the settings' figure."""
    return roster.hours if roster is not None else settings_hours
