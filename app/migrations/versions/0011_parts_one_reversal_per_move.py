"""one reversal per move

Revision ID: 0011_parts
Revises: 0004_parts
Create Date: 2026-11-30 14:17:32.373284
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0011_parts'
down_revision = ('0004_parts',)
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database that met the double-undo fault holds moves reversed twice. The ledger is append-only:
    # the later reversals stay (the stock they moved is what the shelves were told), unlinked from the
    # move they repeated and noted, so the unique index can be built and a stocktake puts it right.
    conn = op.get_bind()
    dupes = conn.execute(sa.text(
        "SELECT id, reverses_id FROM stock_moves WHERE reverses_id IN "
        "(SELECT reverses_id FROM stock_moves WHERE reverses_id IS NOT NULL GROUP BY reverses_id "
        "HAVING count(*) > 1) ORDER BY reverses_id, id")).all()
    first: dict[int, int] = {}
    for move_id, reversed_id in dupes:
        if first.setdefault(reversed_id, move_id) != move_id:
            conn.execute(sa.text("UPDATE stock_moves SET reverses_id = NULL, note = :note WHERE id = :id"),
                         {"id": move_id, "note": f"second undo of move {reversed_id}"})

    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.create_index('uq_stock_moves_reverses_id', ['reverses_id'], unique=True)

    with op.batch_alter_table('stocktake_counts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reverses_id', sa.Integer(), nullable=True))
        batch_op.create_index('uq_stocktake_counts_reverses_id', ['reverses_id'], unique=True)
        batch_op.create_foreign_key(batch_op.f('fk_stocktake_counts_reverses_id_stocktake_counts'), 'stocktake_counts', ['reverses_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('stocktake_counts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_stocktake_counts_reverses_id_stocktake_counts'), type_='foreignkey')
        batch_op.drop_index('uq_stocktake_counts_reverses_id')
        batch_op.drop_column('reverses_id')

    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.drop_index('uq_stock_moves_reverses_id')

