"""The repair file tests' station: the settlement tests' people, car, parts and catalogue."""

from __future__ import annotations

import pytest

from tests.job_cards.fixtures import make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def stamped_url(ctx, empty_db):
    """The test database's URL for the CLI, its schema (made from the models) stamped as migrated."""
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    url = empty_db.url()
    ctx.db.dispose()
    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    return url
