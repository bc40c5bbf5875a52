"""The vehicle's repair file (一车一档) and the electronic health record outbox (汽车维修电子健康档案).

The repair file itself is no table of its own: it is the job cards, their settlement statements,
quality checks and claims, read together per VIN (``services.repair_file``). What this module adds
is the rule that keeps it: a settled job is part of the repair file for at least 6 years
(机动车维修管理规定, 三包 rules), so nothing about it can be deleted. ``KEEP_RULES`` are database
triggers that refuse a DELETE of a settled or delivered job card, of its lines, status history and
quality checks, and of any settlement statement, statement line, payment or delivery, and of a
health record — whatever program or person runs the DELETE. They are created with the tables
(``create_all``, listened on ``Base.metadata``) and by the migration ``0022_repair_file``.

``HealthRecord`` is one settled job's record for the national health record system: built by a
per-province adapter when the job is settled, held back (with the reason) while its plate or VIN
is not valid, exported to a file or sent, with its attempts and last error.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.db.types import UTCDateTime

HEALTH_STATUSES = ("queued", "exported", "uploaded", "failed", "held")
KEEP_MESSAGE = "repair file: a settled job is kept for at least 6 years and cannot be deleted"

# table -> the condition (on OLD) under which a DELETE is refused; None: always
_SETTLED_CARD = "(SELECT status FROM job_cards WHERE id = OLD.job_card_id) IN ('settled', 'delivered')"
KEPT_TABLES: dict[str, str | None] = {
    "job_cards": "OLD.status IN ('settled', 'delivered')",
    "job_lines": _SETTLED_CARD,
    "job_status_changes": _SETTLED_CARD,
    "job_quality_checks": _SETTLED_CARD,
    "settlement_statements": None,
    "settlement_statement_lines": None,
    "settlement_payments": None,
    "settlement_deliveries": None,
    "health_records": None,
}


def keep_rules(dialect: str) -> list[str]:
    """The statements that create the keep triggers on ``dialect`` (sqlite or postgresql)."""
    out = []
    if dialect == "postgresql":
        out.append(
            "CREATE OR REPLACE FUNCTION servicebay_keep_repair_file() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{KEEP_MESSAGE} (%)', TG_TABLE_NAME USING ERRCODE = '23001'; END; $$ LANGUAGE plpgsql")
    for table, condition in KEPT_TABLES.items():
        name = f"keep_{table}"
        if dialect == "postgresql":
            when = f" WHEN ({condition})" if condition and "SELECT" not in condition else ""
            if condition and "SELECT" in condition:  # a WHEN clause cannot hold a subquery on PostgreSQL
                fn = f"servicebay_keep_{table}"
                out.append(
                    f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger AS $$ BEGIN IF {condition} THEN "
                    f"RAISE EXCEPTION '{KEEP_MESSAGE} (%)', TG_TABLE_NAME USING ERRCODE = '23001'; END IF; "
                    "RETURN OLD; END; $$ LANGUAGE plpgsql")
                out.append(f"CREATE TRIGGER {name} BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {fn}()")
            else:
                out.append(f"CREATE TRIGGER {name} BEFORE DELETE ON {table} FOR EACH ROW{when} "
                           "EXECUTE FUNCTION servicebay_keep_repair_file()")
        else:
            when = f" WHEN {condition}" if condition else ""
            out.append(f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE DELETE ON {table} FOR EACH ROW{when} "
                       f"BEGIN SELECT RAISE(ABORT, '{KEEP_MESSAGE} ({table})'); END")
    return out


def drop_keep_rules(dialect: str) -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS keep_{t}" + (f" ON {t}" if dialect == "postgresql" else "")
           for t in KEPT_TABLES]
    if dialect == "postgresql":
        out += ["DROP FUNCTION IF EXISTS servicebay_keep_repair_file()"]
        out += [f"DROP FUNCTION IF EXISTS servicebay_keep_{t}()" for t, c in KEPT_TABLES.items() if c and "SELECT" in c]
    return out


@event.listens_for(Base.metadata, "after_create")
def _create_keep_rules(_metadata, connection, tables=None, **_kw) -> None:
    names = {t.name for t in tables} if tables is not None else set(KEPT_TABLES)
    if not set(KEPT_TABLES) <= names:
        return  # a partial create_all (a test's own tables, the guarded tables already there): nothing new
    for statement in keep_rules(connection.dialect.name):
        connection.execute(text(statement))


class HealthRecord(Base):
    """One settled job's record for the electronic health record (JT/T 1132), in the outbox."""

    __tablename__ = "health_records"
    __table_args__ = (
        Index("ix_health_records_status_settled", "status", "settled_at"),
        Index("ix_health_records_settled", "settled_at", "id"),
    )

    job_card_id: Mapped[int] = mapped_column(ForeignKey("job_cards.id"), unique=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("settlement_statements.id"), index=True)
    statement_number: Mapped[str] = mapped_column(String(40))  # 结算清单编号
    card_number: Mapped[str] = mapped_column(String(40))
    plate: Mapped[str] = mapped_column(String(40), default="")
    vin: Mapped[str] = mapped_column(String(17), default="")
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime())  # 结算日期
    status: Mapped[str] = mapped_column(String(12), default="queued")  # HEALTH_STATUSES
    adapter: Mapped[str] = mapped_column(String(32), default="file")  # the province adapter that built it
    payload: Mapped[dict | None] = mapped_column(JSON)  # what the adapter built
    # held back: the reason as an English source text (context ServiceError) and its values
    hold_text: Mapped[str | None] = mapped_column(Text)
    hold_params: Mapped[dict | None] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(default=1)  # 2, 3...: rebuilt after a reissued statement
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_by: Mapped[str | None] = mapped_column(String(64))
    export_file: Mapped[str | None] = mapped_column(String(255))
    uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
