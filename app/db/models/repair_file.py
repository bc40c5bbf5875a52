"""The vehicle's repair file (一车一档) and the electronic health record outbox (汽车维修电子健康档案).

The repair file itself is no table of its own: it is the job cards, their settlement statements,
quality checks and claims, read together per VIN (``services.repair_file``). What this module adds
is the rule that keeps it: a settled job is part of the repair file for at least 6 years
(机动车维修管理规定, 三包 rules), so nothing about it can be deleted. ``KEEP_RULES`` are database
triggers that refuse a DELETE of a settled or delivered job card, of its lines, status history and
quality checks, and of any settlement statement, statement line, payment or delivery, and of a
health record — whatever program or person runs the DELETE. They are created with the tables
(``create_all``, listened on ``Base.metadata``) and by the migration ``0022_repair_file``. The
``GUARDED_UPDATES`` triggers (migration ``0026_repair_guard``) refuse an UPDATE of what a settled job
recorded — the card's plate, VIN and mileage, its lines' parts, labour, quantities, prices, amounts
and technicians, the statement's numbers and money — while what the app writes after settlement
(delivery, payments, a void and reissue, merges and the erasure of personal data) goes through.

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


# What a settled job recorded cannot be changed either (migration 0026_repair_guard). Per table: the
# condition (on OLD) that makes a row kept, the columns that are its legally kept content, and any further
# change that is refused. What the app still writes after settlement stays free: the card's move to
# delivered (status, open_rank, version, updated_*), payments, deliveries, the statement's void and its
# invoice number, a reissue (a new statement; the card stays settled), the customer file's merges
# (customer_id, vehicle_id) and the erasure of personal data (names and phone numbers), the parts
# issued to a line and the appointment a card came from.
KEPT_STATES = "('settled', 'delivered')"
_LINE_CARD = "(SELECT status FROM job_cards WHERE id = {row}.job_card_id) IN " + KEPT_STATES
KEEP_CHANGE_MESSAGE = "repair file: what a settled job recorded is kept as it was and cannot be changed"
# table -> (condition on OLD, kept columns, JSON columns among them, a further refused change or None)
GUARDED_UPDATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str | None]] = {
    "job_cards": (
        "OLD.status IN " + KEPT_STATES,
        ("number", "job_type", "plate", "vin", "mileage_in", "mileage_out", "total_amount", "certificate_number",
         "repair_class", "completed_at"),
        (),
        # a settled card is only ever delivered; a delivered one stays delivered
        "NEW.status NOT IN " + KEPT_STATES + " OR (OLD.status = 'delivered' AND NEW.status <> 'delivered')"),
    "job_lines": (
        _LINE_CARD.format(row="OLD"),
        ("job_card_id", "kind", "payer", "code", "name", "spec", "quality", "unit", "qty", "price", "discount",
         "amount", "standard_hours", "operation_id", "part_id", "technicians"),
        ("technicians",),
        None),
    "settlement_statements": (
        "OLD.kind = 'job'",  # a counter sale (no job, no repair file) writes its totals after its lines
        ("number", "kind", "job_card_id", "issued_at", "card_number", "plate", "vin", "mileage_in", "mileage_out",
         "tax_rate", "labour", "parts", "other", "discount", "total", "net", "tax", "hours", "customer_due"),
        (),
        # a void is for good: the reissue is a new statement
        "OLD.status = 'voided' AND NEW.status <> 'voided'"),
    "settlement_statement_lines": (
        "1 = 1",
        ("statement_id", "kind", "payer", "code", "name", "qty", "price", "discount", "gross", "discount_amount",
         "amount", "net", "tax", "technicians"),
        (),
        None),
}


def _changed(dialect: str, column: str, json: bool) -> str:
    if dialect == "postgresql":
        if json:
            return f"OLD.{column}::jsonb IS DISTINCT FROM NEW.{column}::jsonb"
        return f"OLD.{column} IS DISTINCT FROM NEW.{column}"
    return f"OLD.{column} IS NOT NEW.{column}"


def _update_condition(dialect: str, table: str) -> str:
    kept, columns, json_columns, further = GUARDED_UPDATES[table]
    changes = [_changed(dialect, c, c in json_columns) for c in columns]
    if further:
        changes.append(f"({further})")
    condition = f"({kept}) AND ({' OR '.join(changes)})"
    if table == "job_lines":  # a line moved onto a settled card adds to what it recorded
        condition = (f"({condition}) OR ({_changed(dialect, 'job_card_id', False)} AND "
                     f"{_LINE_CARD.format(row='NEW')})")
    return condition


def update_rules(dialect: str) -> list[str]:
    """The statements that create the triggers refusing a change to what a settled job recorded."""
    out = []
    for table in GUARDED_UPDATES:
        name = f"keep_change_{table}"
        condition = _update_condition(dialect, table)
        if dialect == "postgresql":
            fn = f"servicebay_keep_change_{table}"
            out.append(
                f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger AS $$ BEGIN IF {condition} THEN "
                f"RAISE EXCEPTION '{KEEP_CHANGE_MESSAGE} (%)', TG_TABLE_NAME USING ERRCODE = '23001'; END IF; "
                "RETURN NEW; END; $$ LANGUAGE plpgsql")
            out.append(f"CREATE TRIGGER {name} BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {fn}()")
        else:
            out.append(f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE UPDATE ON {table} FOR EACH ROW WHEN {condition} "
                       f"BEGIN SELECT RAISE(ABORT, '{KEEP_CHANGE_MESSAGE} ({table})'); END")
    return out


def drop_update_rules(dialect: str) -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS keep_change_{t}" + (f" ON {t}" if dialect == "postgresql" else "")
           for t in GUARDED_UPDATES]
    if dialect == "postgresql":
        out += [f"DROP FUNCTION IF EXISTS servicebay_keep_change_{t}()" for t in GUARDED_UPDATES]
    return out


@event.listens_for(Base.metadata, "after_create")
def _create_keep_rules(_metadata, connection, tables=None, **_kw) -> None:
    names = {t.name for t in tables} if tables is not None else set(KEPT_TABLES)
    if not set(KEPT_TABLES) <= names:
        return  # a partial create_all (a test's own tables, the guarded tables already there): nothing new
    for statement in keep_rules(connection.dialect.name) + update_rules(connection.dialect.name):
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
