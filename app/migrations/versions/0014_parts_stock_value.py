"""the stock's book value per part (part_stock.value), kept in step with the ledger

Revision ID: 0014_parts_stock_value
Revises: 0013_parts_month
Create Date: 2026-12-01 10:00:00.000000
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0014_parts_stock_value'
down_revision = '0013_parts_month'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('part_stock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('value', app.db.types.Money(), server_default='0', nullable=False))
    # the book value of the stock is what the ledger says it is: the sum of each part's moves (stored in fen)
    op.execute(sa.text("UPDATE part_stock SET value = COALESCE((SELECT SUM(m.value) FROM stock_moves m "
                       "WHERE m.part_id = part_stock.part_id), 0)"))
    # and the average is that value over on hand, to the fen (fen and thousandths: integers, rounded half up)
    op.execute(sa.text("UPDATE part_stock SET avg_cost = (2 * value * 1000 + on_hand) / (2 * on_hand) "
                       "WHERE on_hand > 0 AND value > 0"))


def downgrade() -> None:
    with op.batch_alter_table('part_stock', schema=None) as batch_op:
        batch_op.drop_column('value')
