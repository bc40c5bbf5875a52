"""receiving inspection: supplier's delivery note, line decisions, the quarantine bin

Revision ID: 0015_parts_receiving
Revises: 0013_parts_month
Create Date: 2026-12-01 10:00:00.000000
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0015_parts_receiving'
down_revision = '0013_parts_month'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('bins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quarantine', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('part_stock', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quarantined', app.db.types.Quantity(), server_default='0', nullable=False))

    with op.batch_alter_table('goods_receipts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivery_note', sa.String(length=64), server_default='', nullable=False))

    with op.batch_alter_table('goods_receipt_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decided_qty', app.db.types.Quantity(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('rejected_qty', app.db.types.Quantity(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('released_qty', app.db.types.Quantity(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('returned_qty', app.db.types.Quantity(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('reject_reason', sa.String(length=255), server_default='', nullable=False))
        batch_op.add_column(sa.Column('inspected_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('inspected_at', app.db.types.UTCDateTime(), nullable=True))

    # Notes closed before inspection was required went into stock whole: their lines count as decided
    # (the inspection column keeps what was recorded), so nothing old waits for a decision.
    op.execute("UPDATE goods_receipt_lines SET decided_qty = qty WHERE receipt_id IN "
               "(SELECT id FROM goods_receipts WHERE status = 'closed')")


def downgrade() -> None:
    with op.batch_alter_table('goods_receipt_lines', schema=None) as batch_op:
        batch_op.drop_column('inspected_at')
        batch_op.drop_column('inspected_by')
        batch_op.drop_column('reject_reason')
        batch_op.drop_column('returned_qty')
        batch_op.drop_column('released_qty')
        batch_op.drop_column('rejected_qty')
        batch_op.drop_column('decided_qty')

    with op.batch_alter_table('goods_receipts', schema=None) as batch_op:
        batch_op.drop_column('delivery_note')

    with op.batch_alter_table('part_stock', schema=None) as batch_op:
        batch_op.drop_column('quarantined')

    with op.batch_alter_table('bins', schema=None) as batch_op:
        batch_op.drop_column('quarantine')
