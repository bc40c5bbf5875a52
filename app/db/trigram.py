"""Trigram indexes (pg_trgm) for the ``LIKE '%…%'`` name searches, on PostgreSQL where the server allows them.

A search for a run of characters anywhere in a name (``%jylqq%``, ``%滤清器%``) cannot use a B-tree;
pg_trgm's GIN indexes can, once the typed text has three characters or more. The extension is
created when it is missing (``CREATE EXTENSION IF NOT EXISTS pg_trgm``, in ``public`` so that every
schema of the database shares it); a server where that is not allowed, or that does not ship
pg_trgm, keeps working without the indexes: one log line says so, and nothing fails.

SQLite has no such index; there the search keeps reading its covering index (``ix_parts_search``).

The models declare the indexes with :func:`trigram_index` (created only where pg_trgm is there,
with the operator class named in the schema that holds it); the migration calls :func:`create`.
"""

from __future__ import annotations

import logging

from sqlalchemy import Index, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

INFO_KEY = "trigram"
EXTENSION = "pg_trgm"


def installed_schema(conn) -> str | None:
    """The schema that holds pg_trgm in this database, or None (not installed, or not PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                             "WHERE e.extname = :name"), {"name": EXTENSION}).scalar()


def ensure_extension(conn) -> str | None:
    """The schema of pg_trgm, created first if it is missing and this user may; None (and a log line)
    when it cannot be had. Never raises for a refusal: the attempt runs in a savepoint."""
    if conn.dialect.name != "postgresql":
        return None
    schema = installed_schema(conn)
    if schema:
        return schema
    public = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = 'public' "
                               "AND has_schema_privilege(oid, 'CREATE')")).scalar()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f'CREATE EXTENSION IF NOT EXISTS "{EXTENSION}"' + (" WITH SCHEMA public" if public else ""))
    except DBAPIError as exc:
        schema = installed_schema(conn)  # another connection may have made it at the same moment
        if schema:
            return schema
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        log.warning("%s cannot be created here (%s): the name search runs without trigram indexes", EXTENSION, reason)
        return None
    return installed_schema(conn)


def opclass(schema: str) -> str:
    return '"' + schema.replace('"', '""') + '".gin_trgm_ops'


def _when_available(ddl, target, bind, **kw) -> bool:
    """``ddl_if`` of a trigram index: PostgreSQL with pg_trgm (created if need be), else skipped."""
    if bind is None:  # compiled without a connection: PostgreSQL's DDL, the class unqualified
        dialect = kw.get("dialect")
        return dialect is not None and dialect.name == "postgresql"
    schema = ensure_extension(bind)
    if schema is None:
        return False
    target.dialect_options["postgresql"]["ops"] = {c.name: opclass(schema) for c in target.columns}
    return True


def trigram_index(name: str, column: str) -> Index:
    """A GIN trigram index on ``column``, made only on PostgreSQL with pg_trgm."""
    index = Index(name, column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"},
                  info={INFO_KEY: True})
    index.ddl_if(callable_=_when_available)  # type: ignore[arg-type]  # SQLAlchemy's protocol is keyword-only
    return index


def create(conn, table: str, indexes: dict[str, str]) -> bool:
    """Create ``{index name: column}`` on ``table`` as trigram indexes (for a migration); False, with
    a log line and nothing changed, where pg_trgm cannot be had or on SQLite."""
    if conn.dialect.name != "postgresql":
        return False
    schema = ensure_extension(conn)
    if schema is None:
        return False
    for name, column in indexes.items():
        conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin ("{column}" {opclass(schema)})')
    return True


def has_indexes(conn, table: str, names) -> bool:
    """Whether every index of ``names`` is on ``table`` in the current schema (PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return False
    found = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                  "AND tablename = :t"), {"t": table}).scalars())
    return set(names) <= found


def include_object(conn):
    """An Alembic ``include_object`` that leaves out the models' trigram indexes where the database
    cannot have them (SQLite, or PostgreSQL without pg_trgm), so models and migrations compare equal."""
    available = installed_schema(conn) is not None

    def include(obj, name, type_, reflected, compare_to) -> bool:
        if type_ == "index" and not reflected and getattr(obj, "info", {}).get(INFO_KEY):
            return available
        return True

    return include


__all__ = ["create", "ensure_extension", "has_indexes", "include_object", "installed_schema", "trigram_index"]
