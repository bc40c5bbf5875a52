"""The workshop's organisation: teams (班组) with their hours, bays (工位), technicians' places."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.workshop import Bay, Team, TechnicianProfile
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.users.permissions import Actor, Permission
from services.workshop.core import WorkshopCore, clean
from services.workshop.data import BAY_KINDS, TEAM_KINDS, BayInfo, TeamInfo, TechnicianInfo


def _team_info(t: Team) -> TeamInfo:
    return TeamInfo(t.id, t.name, t.kind, t.position, t.shift_start_min, t.shift_end_min, t.break_min)


class OrganisationMixin(WorkshopCore):
    def _teams(self, s: Session) -> list[TeamInfo]:
        return [_team_info(t) for t in s.scalars(select(Team).where(Team.active.is_(True))
                                                   .order_by(Team.position, Team.name))]

    def _bays(self, s: Session) -> list[BayInfo]:
        return [BayInfo(b.id, b.code, b.name, b.kind, b.team_id)
                for b in s.scalars(select(Bay).where(Bay.active.is_(True)).order_by(Bay.position, Bay.code))]

    def teams(self, actor: Actor) -> list[TeamInfo]:
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return self._teams(s)

    def bays(self, actor: Actor) -> list[BayInfo]:
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return self._bays(s)

    def technicians(self, actor: Actor) -> list[TechnicianInfo]:
        actor.require(Permission.VIEW_WORKSHOP)
        with self.db.read() as s:
            return self._technicians(s)

    def save_team(self, actor: Actor, name: str, *, kind: str = "mechanical", position: int = 0,
                  shift_start: str = "08:30", shift_end: str = "17:30", break_minutes: int = 60,
                  team_id: int | None = None) -> TeamInfo:
        """Add a team, or change one: its name, kind, place on the board and working hours."""
        actor.require(Permission.DISPATCH)
        name = clean(name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name the team."), field="name")
        if kind not in TEAM_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of team {value}."), field="kind",
                                  value=kind)
        start, end = _minutes(shift_start, "shift_start"), _minutes(shift_end, "shift_end")
        if end <= start or not 0 <= int(break_minutes) < end - start:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The working day ends after it starts, and the "
                                                                    "break fits in it."), field="shift_end")
        with self._write() as s:
            other = s.scalar(select(Team).where(Team.name == name))
            row = s.get(Team, team_id) if team_id else None
            if team_id and row is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such team."))
            if other is not None and other is not row:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "There is already a team called {name}."),
                                      field="name", name=name)
            if row is None:
                row = Team(name=name)
                s.add(row)
            row.name, row.kind, row.position = name, kind, int(position)
            row.shift_start_min, row.shift_end_min, row.break_min = start, end, int(break_minutes)
            s.flush()
            self.audit.record(s, actor, "workshop.team_saved", "workshop_team", row.id, name)
            return _team_info(row)

    def save_bay(self, actor: Actor, code: str, name: str, *, kind: str = "lift", team_id: int | None = None,
                 position: int = 0) -> BayInfo:
        actor.require(Permission.DISPATCH)
        code, name = clean(code).upper(), clean(name)
        if not code or not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A bay has a code and a name."), field="code")
        if kind not in BAY_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of bay {value}."), field="kind",
                                  value=kind)
        with self._write() as s:
            row = s.scalar(select(Bay).where(Bay.code == code))
            if row is None:
                row = Bay(code=code)
                s.add(row)
            row.name, row.kind, row.team_id, row.position, row.active = name, kind, team_id, int(position), True
            s.flush()
            return BayInfo(row.id, row.code, row.name, row.kind, row.team_id)

    def place_technician(self, actor: Actor, user_id: int, team_id: int | None, *, position: int = 0,
                         grade: str = "") -> TechnicianInfo:
        """Put a technician in a team (or none), at a place in the team's rows on the board."""
        actor.require(Permission.DISPATCH)
        with self._write() as s:
            self._technician(s, user_id)
            if team_id is not None and s.get(Team, team_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such team."))
            row = s.scalar(select(TechnicianProfile).where(TechnicianProfile.user_id == user_id))
            if row is None:
                row = TechnicianProfile(user_id=user_id)
                s.add(row)
            row.team_id, row.position, row.grade = team_id, int(position), clean(grade)
            s.flush()
            return self._technician(s, user_id)


def _minutes(text: str, field: str) -> int:
    try:
        h, m = (int(x) for x in clean(text).split(":"))
        if not (0 <= h < 24 and 0 <= m < 60):
            raise ValueError
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a time of day (HH:MM)."),
                              field=field, value=text) from None
    return h * 60 + m
