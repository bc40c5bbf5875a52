"""contact relation, other phone, driver flag

Revision ID: 0007_customers_contact_details
Revises: 0003_customers
Create Date: 2026-11-29 04:53:51.294951
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_customers_contact_details'
down_revision = '0003_customers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relation', sa.String(length=32), server_default='', nullable=False))
        batch_op.add_column(sa.Column('other_phone', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('is_driver', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.drop_column('is_driver')
        batch_op.drop_column('other_phone')
        batch_op.drop_column('relation')
