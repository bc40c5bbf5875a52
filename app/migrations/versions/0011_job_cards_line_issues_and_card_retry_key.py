"""issued quantity and supply of part lines, retry key of a card

Revision ID: 0011_job_cards
Revises: 0006_job_cards
Create Date: 2026-11-30 14:17:35.684928
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0011_job_cards'
down_revision = ('0006_job_cards',)
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('job_cards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_key', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_job_cards_request_key'), ['request_key'])

    with op.batch_alter_table('job_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('issued_qty', app.db.types.Quantity(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('supply', sa.String(length=16), server_default='stock', nullable=False))
        batch_op.add_column(sa.Column('supply_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('supply_reason', sa.String(length=255), nullable=True))

    # what the store has issued to each part line so far, from the ledger (net of returns and undos)
    op.execute(sa.text(
        "UPDATE job_lines SET issued_qty = COALESCE((SELECT -SUM(m.qty) FROM stock_moves m "
        "JOIN job_cards c ON c.number = m.job_ref WHERE c.id = job_lines.job_card_id "
        "AND m.line_ref = job_lines.line_ref AND m.part_id = job_lines.part_id "
        "AND m.kind IN ('issue', 'return')), 0) WHERE kind = 'part'"))



def downgrade() -> None:
    with op.batch_alter_table('job_lines', schema=None) as batch_op:
        batch_op.drop_column('supply_reason')
        batch_op.drop_column('supply_by')
        batch_op.drop_column('supply')
        batch_op.drop_column('issued_qty')

    with op.batch_alter_table('job_cards', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_job_cards_request_key'), type_='unique')
        batch_op.drop_column('request_key')

