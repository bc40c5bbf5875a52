"""Helpers for the backup tests: a database stamped with the code's schema revision, and its contents."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select

from app.db.base import Base
from app.db.migrate import alembic_config


def stamp(db, revision: str = "heads") -> None:
    """Mark a database made from the models as being at ``revision`` (a restore checks it)."""
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, revision)


def contents(db) -> dict[str, list[tuple]]:
    """Every row of every table, in key order: what "exactly the same data" means."""
    out = {}
    with db.read() as s:
        for name, table in Base.metadata.tables.items():
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(r) for r in s.execute(select(table).order_by(*order))]
    return out


@pytest.fixture
def stamped(db):
    stamp(db)
    return db
