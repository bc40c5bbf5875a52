"""stocktake documents, claims at the invoice price

Revision ID: 0013_parts_month
Revises: 0004_parts
Create Date: 2026-11-30 14:17:05.310079
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0013_parts_month'
down_revision = '0004_parts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stocktake_counts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(length=255), server_default='', nullable=False))

    with op.batch_alter_table('stocktake_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_off', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('stocktakes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handed_over_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('approved_at', app.db.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('approval_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('posted_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('post_note', sa.Text(), server_default='', nullable=False))
        batch_op.create_index('ix_stocktakes_status', ['status'], unique=False)

    with op.batch_alter_table('supplier_return_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('price', app.db.types.Money(), nullable=True))

    with op.batch_alter_table('supplier_returns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('value', app.db.types.Money(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('credit_note', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('credited_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('credited_at', app.db.types.UTCDateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('supplier_returns', schema=None) as batch_op:
        batch_op.drop_column('credited_at')
        batch_op.drop_column('credited_by')
        batch_op.drop_column('credit_note')
        batch_op.drop_column('value')

    with op.batch_alter_table('supplier_return_lines', schema=None) as batch_op:
        batch_op.drop_column('price')

    with op.batch_alter_table('stocktakes', schema=None) as batch_op:
        batch_op.drop_index('ix_stocktakes_status')
        batch_op.drop_column('post_note')
        batch_op.drop_column('posted_by')
        batch_op.drop_column('approval_note')
        batch_op.drop_column('approved_at')
        batch_op.drop_column('handed_over_by')

    with op.batch_alter_table('stocktake_lines', schema=None) as batch_op:
        batch_op.drop_column('written_off')

    with op.batch_alter_table('stocktake_counts', schema=None) as batch_op:
        batch_op.drop_column('note')

