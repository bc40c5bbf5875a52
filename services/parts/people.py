"""People's names for the parts store's documents and lists: records keep the username, people read names."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.users import User


def names(s: Session, usernames: Iterable[str | None]) -> dict[str, str]:
    """username → display name for the given usernames; an unknown username stands for itself."""
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    found = dict(s.execute(select(User.username, User.display_name).where(User.username.in_(wanted))).all())
    return {u: found.get(u) or u for u in wanted}


def name_of(s: Session, username: str | None) -> str:
    return names(s, [username]).get(username or "", "") if username else ""
