"""Rules other areas call inside their own transactions, and the change counter.

The job card lifecycle calls these where the workshop decides:

- ``require_assigned(session, actor, card_id)`` before 开工 (``dispatched → in_progress``) and
  before the technician's self-check (自检): only a technician assigned to one of the card's
  labour lines may do either. People who dispatch (the workshop supervisor) may act for them.
- ``bump(session)`` in any transaction that changes what the board shows (a card's status,
  its lines, its promised time), so the wall display redraws within seconds.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.base import rowcount
from app.db.models.job_cards import JobCard
from app.db.models.workshop import Assignment, ChangeCounter
from services.common.errors import QT_TRANSLATE_NOOP, PermissionDenied
from services.users.permissions import Actor, Permission


def is_assigned(session: Session, user_id: int | None, card_id: int) -> bool:
    """Whether the person holds a share of any labour line of the card."""
    if user_id is None:
        return False
    return session.scalar(select(Assignment.id).where(Assignment.job_card_id == card_id,
                                                      Assignment.technician_id == user_id).limit(1)) is not None


def require_assigned(session: Session, actor: Actor, card_id: int) -> None:
    """Refuse 开工 or the self-check to anyone not assigned to the card (the dispatcher may act for them)."""
    if actor.can(Permission.DISPATCH) or is_assigned(session, actor.user_id, card_id):
        return
    number = session.scalar(select(JobCard.number).where(JobCard.id == card_id)) or "?"
    raise PermissionDenied(
        QT_TRANSLATE_NOOP("ServiceError", "{user} is not assigned to job card {number}: only its technicians "
                                          "start it and check it."),
        user=actor.display_name, number=number)


def bump(session: Session) -> None:
    """Count one more change to the workshop (in the caller's transaction)."""
    done = rowcount(session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                                    .values(counter=ChangeCounter.counter + 1)))
    if not done:
        session.add(ChangeCounter(id=1, counter=1))
        session.flush()


def stamp(session: Session) -> tuple:
    """What changed last: the workshop's counter, and the newest change to a card still with us.

    The second part sees a card's status or lines changed by the job card screens, which do not
    bump the counter themselves (yet): the open cards are few, and found by index.
    """
    counter = session.scalar(select(ChangeCounter.counter).where(ChangeCounter.id == 1)) or 0
    newest, count = session.execute(select(func.max(JobCard.updated_at), func.count(JobCard.id))
                                    .where(JobCard.open_rank == 1)).one()
    return (int(counter), newest.isoformat() if newest is not None else "", int(count))
