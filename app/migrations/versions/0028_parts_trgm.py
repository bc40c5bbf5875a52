"""trigram (pg_trgm GIN) indexes for the parts name search on PostgreSQL

Revision ID: 0028_parts_trgm
Revises: 0024_parts_short
Create Date: 2026-12-01 00:10:00.000000

``CREATE EXTENSION IF NOT EXISTS pg_trgm`` needs the right to create it (a trusted extension since
PostgreSQL 13: the database's owner, or a user with CREATE on it). Without that right, or on a
server without pg_trgm, the migration logs one line and goes on: the search then reads its covering
index as before. Nothing to do on SQLite.
"""
import logging

from alembic import op

revision = '0028_parts_trgm'
down_revision = '0024_parts_short'
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

INDEXES = {"ix_parts_initials_trgm": "initials", "ix_parts_pinyin_trgm": "pinyin", "ix_parts_name_zh_trgm": "name_zh",
           "ix_parts_spec_trgm": "spec", "ix_parts_name_en_trgm": "name_en"}


def upgrade() -> None:
    from app.db import trigram

    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    if trigram.create(conn, "parts", INDEXES):
        log.info("parts: trigram indexes for the name search created")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')
