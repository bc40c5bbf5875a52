"""Gap-free document numbers (statement numbers must have no gaps).

A number is taken inside the same transaction as the document it names: if that transaction
rolls back, so does the number. The sequence row is locked (``FOR UPDATE`` on PostgreSQL; the
write transaction's ``BEGIN IMMEDIATE`` on SQLite), so two PCs never get the same number.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db.models.station import DocumentSequence, NumberingRule

# kind -> (prefix, period, digits); stations may change prefixes in settings
DEFAULT_RULES: dict[str, tuple[str, str, int]] = {
    "job_card": ("WT", "month", 5),  # 任务委托书
    "estimate": ("GJ", "month", 5),
    "statement": ("JS", "month", 5),  # 结算单 (also the health-record 结算清单编号)
    "appointment": ("YY", "month", 5),
    "purchase_order": ("CG", "month", 4),
    "goods_received": ("RK", "month", 4),
    "stocktake": ("PD", "year", 3),
    "tool_loan": ("JY", "month", 4),
    "claim": ("SP", "year", 4),
    "certificate": ("HG", "year", 5),  # 竣工出厂合格证
    "counter_sale": ("XS", "month", 4),
    "account_statement": ("DZ", "month", 4),  # 对账单 of a fleet account
}


def _period(kind: str, today: date) -> str:
    if kind == "year":
        return f"{today:%Y}"
    if kind == "month":
        return f"{today:%Y%m}"
    return ""


def next_number(session: Session, kind: str, today: date) -> str:
    """Take the next number of ``kind`` (e.g. JS20261100001) inside the caller's transaction."""
    rule = session.scalar(select(NumberingRule).where(NumberingRule.kind == kind))
    prefix, period_kind, digits = (rule.prefix, rule.period, rule.digits) if rule else DEFAULT_RULES.get(
        kind, (kind[:2].upper(), "month", 5)
    )
    period = _period(period_kind, today)
    query = (
        select(DocumentSequence)
        .where(DocumentSequence.kind == kind, DocumentSequence.period == period)
        .with_for_update()
    )
    seq = session.scalar(query)
    if seq is None:
        # two PCs may open a new period at once: insert-if-absent, then lock the one row
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(  # created_at/updated_at: the column defaults, by the Database's clock
            insert(DocumentSequence)
            .values(kind=kind, period=period, prefix=prefix, next_value=1)
            .on_conflict_do_nothing(index_elements=["kind", "period"])
        )
        seq = session.scalars(query.execution_options(populate_existing=True)).one()  # there now, by either PC
    value = seq.next_value
    seq.next_value = value + 1
    session.flush()
    return f"{prefix}{period}{value:0{digits}d}"
