"""Alembic environment: migrations run on the connection ServiceBay hands in."""

from __future__ import annotations

from alembic import context

import app.db.models  # noqa: F401  (registers every table)
from app.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    from app.db.trigram import include_object as trigram_objects

    given = config.attributes.get("include_object")
    # the models' pg_trgm indexes exist only where the database can have them (see app.db.trigram)
    possible = trigram_objects(connection)

    def include_object(obj, name, type_, reflected, compare_to) -> bool:
        return possible(obj, name, type_, reflected, compare_to) and (
            given is None or given(obj, name, type_, reflected, compare_to))

    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
