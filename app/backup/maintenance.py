"""The station's maintenance mark: a row of ``station_maintenance`` that tells the other PCs a restore is under way.

A restore on PostgreSQL writes it in the schema before anything else changes and clears it at the end
(app/backup/restore.py). The other running apps read it in their session check
(``services.users.sessions.SessionGuard.maintenance``) and sign out with "Data is being restored…"; sign-ins
are refused until it is gone. A mark left by a restore that died (the PC switched off mid-way) is cleared by
the administrator with ``servicebay restore --end-maintenance`` once it is older than
``services.users.sessions.STALE_MAINTENANCE``; a younger one is left alone, as its restore may still run.
"""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import delete, insert, select, text
from sqlalchemy.engine import Connection, Engine

from app.db.models.station import StationMaintenance
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, ConflictError
from services.users.sessions import STALE_MAINTENANCE, Maintenance

TABLE = StationMaintenance.__table__

STILL_RUNNING = QT_TRANSLATE_NOOP(
    "ServiceError", "A restore started on {host} at {time} UTC, {minutes} minutes ago, may still be running; its mark "
                    "is cleared when it ends, and can be cleared by hand after {hours} hours. Nothing was changed.")


def _in(conn: Connection, schema: str | None) -> Connection:
    return conn.execution_options(schema_translate_map={None: schema}) if schema else conn


def has_table(conn: Connection, schema: str | None) -> bool:
    if conn.dialect.name == "postgresql":
        name = f'"{schema}".{TABLE.name}' if schema else TABLE.name
        return bool(conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}).scalar())
    return bool(conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
                             {"name": TABLE.name}).scalar())


def mark(engine: Engine, schema: str | None, source: Path, clock: Clock | None = None) -> int | None:
    """Write the mark (committed at once, for the other PCs to read); its id, or None when the schema is too old
    to have the table (nothing to mark: the app that runs on it is as old)."""
    now = (clock or Clock()).now()
    with engine.begin() as conn:
        if not has_table(conn, schema):
            return None
        return _in(conn, schema).execute(insert(TABLE).values(
            reason="restore", started_at=now, host=socket.gethostname()[:255], note=str(source)[:1000],
            created_at=now, updated_at=now).returning(TABLE.c.id)).scalar_one()


def clear(engine: Engine, schema: str | None, mark_id: int | None = None) -> None:
    """Remove the mark ``mark_id`` (None: every mark) from the schema, if the schema and its table are there."""
    with engine.begin() as conn:
        if not has_table(conn, schema):
            return
        stmt = delete(TABLE)
        if mark_id is not None:
            stmt = stmt.where(TABLE.c.id == mark_id)
        _in(conn, schema).execute(stmt)


def end_stale(engine: Engine, schema: str | None, clock: Clock | None = None) -> list[Maintenance]:
    """The administrator's way out of a restore that died: clear marks older than ``STALE_MAINTENANCE``.

    Refuses (``ConflictError``, nothing changed) while any mark is younger: that restore may still be running."""
    now = (clock or Clock()).now()
    with engine.begin() as conn:
        if not has_table(conn, schema):
            return []
        scoped = _in(conn, schema)
        rows = scoped.execute(select(TABLE.c.id, TABLE.c.reason, TABLE.c.started_at, TABLE.c.host, TABLE.c.note)
                              .order_by(TABLE.c.started_at)).all()
        found = [(r.id, Maintenance(r.reason, r.started_at, r.host, r.note)) for r in rows]
        for _id, m in found:
            if not m.stale(now):
                raise ConflictError(STILL_RUNNING, host=m.host or "?", time=f"{m.started_at:%Y-%m-%d %H:%M}",
                                    minutes=int((now - m.started_at).total_seconds() // 60),
                                    hours=int(STALE_MAINTENANCE.total_seconds() // 3600))
        if found:
            scoped.execute(delete(TABLE).where(TABLE.c.id.in_([i for i, _ in found])))
        return [m for _, m in found]
