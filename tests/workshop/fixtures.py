"""A small workshop: a supervisor, three technicians in two teams, two bays, cards sent to the workshop."""

from __future__ import annotations

from dataclasses import dataclass, field

from services.users.permissions import Actor, Role
from tests.job_cards.fixtures import PASSWORD, Station, make_station


@dataclass
class Workshop:
    st: Station
    boss: Actor  # the workshop supervisor (车间主管)
    techs: list[Actor]  # 张技师 (team A), 王师傅 (team A), 刘师傅 (team B)
    teams: list = field(default_factory=list)
    bays: list = field(default_factory=list)

    @property
    def zhang(self) -> Actor:
        return self.techs[0]

    @property
    def wang(self) -> Actor:
        return self.techs[1]

    @property
    def liu(self) -> Actor:
        return self.techs[2]


def _person(ctx, admin, username, name, roles, badge=None) -> Actor:
    info = ctx.users.create_user(admin, username, name, PASSWORD, roles)
    if badge:
        from app.db.models.users import User

        with ctx.db.write() as s:
            s.get(User, info.id).badge_code = badge
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def make_workshop(ctx, admin) -> Workshop:
    st = make_station(ctx, admin)
    from app.db.models.users import User

    with ctx.db.write() as s:
        s.get(User, st.technician.user_id).badge_code = "E10001"
    boss = _person(ctx, admin, "shop01", "周主管", [Role.WORKSHOP_SUPERVISOR])
    wang = _person(ctx, admin, "tech02", "王师傅", [Role.TECHNICIAN], "E10002")
    liu = _person(ctx, admin, "tech03", "刘师傅", [Role.TECHNICIAN], "E10003")
    ws = ctx.workshop
    a = ws.save_team(boss, "机电一组", position=1, shift_start="08:30", shift_end="17:30", break_minutes=60)
    b = ws.save_team(boss, "钣喷组", kind="body", position=2, shift_start="08:00", shift_end="17:00",
                     break_minutes=60)
    ws.place_technician(boss, st.technician.user_id, a.id, position=1)
    ws.place_technician(boss, wang.user_id, a.id, position=2)
    ws.place_technician(boss, liu.user_id, b.id, position=1)
    bays = [ws.save_bay(boss, "L01", "1号举升机", team_id=a.id), ws.save_bay(boss, "P01", "烤漆房", kind="paint",
                                                                           team_id=b.id)]
    return Workshop(st, boss, [st.technician, wang, liu], [a, b], bays)


def sent_card(ctx, w: Workshop, codes=("BY001", "DP001"), **intake):
    """A card with labour lines (BY001 0.8 h, DP001 1.0 h by default) sent to the workshop."""
    jc = ctx.job_cards
    c = jc.open_card(w.st.advisor, w.st.intake(**intake))
    for code in codes:
        c = jc.add_labour(w.st.advisor, c.id, c.version, code)
    return jc.dispatch(w.st.advisor, c.id, c.version)
