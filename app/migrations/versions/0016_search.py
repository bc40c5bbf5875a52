"""name search at any word: spaced full pinyin of parts and labour, one covering index for the
parts search, mid-name pinyin keys of customers

Revision ID: 0016_search
Revises: 0013_parts_month, 0011_job_cards, 0007_customers_contact_details
Create Date: 2026-12-02 10:00:00.000000

The keys are made by the code that makes them for new rows (``services.common.pinyin``), once per
distinct name; the customer keys as ``services.customers.search.inside_keys`` made them then.
"""
import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = '0016_search'
down_revision = ('0013_parts_month', '0011_job_cards', '0007_customers_contact_details')
branch_labels = None
depends_on = None

BATCH = 2000


def _rekey(conn, table: str, full_len: int, initials_len: int) -> None:
    from services.common import pinyin

    t = sa.table(table, sa.column("id"), sa.column("name_zh"), sa.column("pinyin"), sa.column("initials"))
    cache: dict[str, tuple[str, str]] = {}
    rows = conn.execute(sa.select(t.c.id, t.c.name_zh)).all()
    stmt = t.update().where(t.c.id == sa.bindparam("row_id")).values(
        pinyin=sa.bindparam("py"), initials=sa.bindparam("ini"))
    for start in range(0, len(rows), BATCH):
        params = []
        for row_id, name in rows[start:start + BATCH]:
            if name not in cache:
                cache[name] = pinyin.keys(name or "", full_len, initials_len)
            py, ini = cache[name]
            params.append({"row_id": row_id, "py": py, "ini": ini})
        conn.execute(stmt, params)


def inside_keys(name: str) -> list[str]:
    """``services.customers.search.inside_keys`` of this revision: y:<full pinyin>, j:<initials> of
    every tail of the name but the whole."""
    from services.common import pinyin
    from services.common.identifiers import fold

    text = re.sub(r"[\s·•\-_.,，。()（）]", "", fold(name)).lower()
    out: list[str] = []
    for full, initials in pinyin.tails(text)[1:]:
        out += [f"y:{full}"[:150], f"j:{initials}"[:150]]
    return list(dict.fromkeys(out))


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.drop_index('ix_parts_pinyin')
        batch_op.drop_index('ix_parts_initials')
    _rekey(conn, "parts", 128, 128)
    _rekey(conn, "labour_operations", 160, 64)
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.create_index('ix_parts_search', ['number', 'initials', 'pinyin', 'name_zh', 'spec', 'name_en'],
                              unique=False)

    keys = sa.table("customer_search_keys", sa.column("key"), sa.column("customer_id"), sa.column("vehicle_id"),
                    sa.column("created_at", app.db.types.UTCDateTime()),
                    sa.column("updated_at", app.db.types.UTCDateTime()))
    now = datetime.now(UTC)
    customers = sa.table("customers", sa.column("id"), sa.column("name"), sa.column("merged_into_id"))
    conn.execute(keys.delete().where(sa.or_(keys.c.key.startswith("y:"), keys.c.key.startswith("j:"))))
    cache: dict[str, list[str]] = {}
    batch: list[dict] = []
    for cid, name in conn.execute(sa.select(customers.c.id, customers.c.name)
                                  .where(customers.c.merged_into_id.is_(None))):
        if name not in cache:
            cache[name] = inside_keys(name or "")
        batch += [{"key": k, "customer_id": cid, "vehicle_id": None, "created_at": now, "updated_at": now}
                  for k in cache[name]]
        if len(batch) >= BATCH:
            conn.execute(keys.insert(), batch)
            batch = []
    if batch:
        conn.execute(keys.insert(), batch)


def downgrade() -> None:
    conn = op.get_bind()
    keys = sa.table("customer_search_keys", sa.column("key"))
    conn.execute(keys.delete().where(sa.or_(keys.c.key.startswith("y:"), keys.c.key.startswith("j:"))))
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.drop_index('ix_parts_search')
    for table in ("parts", "labour_operations"):
        op.execute(sa.text(f"UPDATE {table} SET pinyin = REPLACE(pinyin, ' ', '')"))
    with op.batch_alter_table('parts', schema=None) as batch_op:
        batch_op.create_index('ix_parts_initials', ['initials'], unique=False)
        batch_op.create_index('ix_parts_pinyin', ['pinyin'], unique=False)
