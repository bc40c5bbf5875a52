"""The audit log: who changed prices, discounts, stock, payments, users and voids.

Every service writes its entry in the same transaction as the change it records, so an entry
exists exactly when the change does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, and_, cast, false, or_, select
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

    @staticmethod
    def redact(session: Session, words: Mapping[str, str], *, anywhere: Iterable[str] = (),
               about: Mapping[str, Iterable[Any]] | None = None) -> int:
        """Replace personal data in the log's texts, in the caller's transaction (an erasure on request).

        ``words`` maps each text to its replacement (a name to the placeholder, a phone to "—"); it is
        replaced in the summary and in every string of the details of the entries ``about`` names
        (entity → ids: the person's own record, cars, cards) and of every entry holding one of
        ``anywhere`` (identifiers that name the person wherever they stand: phones, codes). A common
        name alone does not pick an entry about someone else. Who did what when, the action, entity,
        amounts and approvals stay. Returns the number of entries changed."""
        ordered = sorted(((w, r) for w, r in words.items() if w and w != r), key=lambda x: -len(x[0]))
        if not ordered:
            return 0
        details_text = cast(AuditEntry.details, Text)
        picks = []
        for entity, ids in (about or {}).items():
            keys = sorted({str(i) for i in ids if i is not None and str(i)})
            for i in range(0, len(keys), 500):
                picks.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(keys[i:i + 500])))
        for token in {t for t in anywhere if t}:
            # JSON keeps non-ASCII text escaped (\uXXXX): look for both spellings
            for form in {token, json.dumps(token)[1:-1]}:
                picks += [AuditEntry.summary.contains(form, autoescape=True),
                          details_text.contains(form, autoescape=True)]
        if not picks:
            return 0

        def scrub(value: Any) -> Any:
            if isinstance(value, str):
                for word, replacement in ordered:
                    if word in value:
                        value = value.replace(word, replacement)
                return value
            if isinstance(value, dict):
                return {k: scrub(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [scrub(v) for v in value]
            return value

        changed = 0
        for e in session.scalars(select(AuditEntry).where(or_(false(), *picks)).order_by(AuditEntry.id)):
            summary, details = scrub(e.summary), scrub(e.details)
            if summary != e.summary or details != e.details:
                e.summary, e.details = summary, details
                changed += 1
        return changed

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
