"""The audit log: who changed prices, discounts, stock, payments, users and voids.

Every service writes its entry in the same transaction as the change it records, so an entry
exists exactly when the change does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models.users import AuditEntry

if TYPE_CHECKING:
    from services.users.permissions import Actor


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    username: str | None
    action: str
    entity: str
    entity_id: str | None
    summary: str | None
    details: dict | None
    approved_by: str | None
    amount: Decimal | None
    id: int | None = None  # the entry's id: pass the last one as ``before_id`` for the next page


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        session: Session,
        actor: Actor | None,
        action: str,
        entity: str,
        entity_id: Any = None,
        summary: str | None = None,
        *,
        details: dict | None = None,
        approved_by: str | None = None,
        amount: Decimal | None = None,
    ) -> None:
        session.add(
            AuditEntry(
                user_id=actor.user_id if actor else None,
                username=actor.username if actor else "system",
                action=action,
                entity=entity,
                entity_id=None if entity_id is None else str(entity_id),
                summary=summary,
                details=details,
                approved_by=approved_by,
                amount=amount,
            )
        )

    def entries(
        self, actor: Actor, *, entity: str | None = None, entity_id: Any = None, action_prefix: str | None = None,
        limit: int = 200, before_id: int | None = None, since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[AuditRecord]:
        """Entries newest first, at most ``limit``; page on with ``before_id`` (keyset, never OFFSET).

        ``since`` (inclusive) and ``until`` (exclusive) are aware datetimes bounding ``created_at``.
        """
        from services.users.permissions import Permission

        actor.require(Permission.VIEW_AUDIT)
        q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity:
            q = q.where(AuditEntry.entity == entity)
        if entity_id is not None:
            q = q.where(AuditEntry.entity_id == str(entity_id))
        if action_prefix:
            q = q.where(AuditEntry.action.startswith(action_prefix))
        if before_id is not None:
            q = q.where(AuditEntry.id < before_id)
        if since is not None:
            q = q.where(AuditEntry.created_at >= since)
        if until is not None:
            q = q.where(AuditEntry.created_at < until)
        with self.db.read() as s:
            return [
                AuditRecord(e.created_at, e.username, e.action, e.entity, e.entity_id, e.summary, e.details,
                            e.approved_by, e.amount, e.id)
                for e in s.scalars(q)
            ]
