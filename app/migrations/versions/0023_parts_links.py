"""a part's supplier link remembers the price list that priced it

Revision ID: 0023_parts_links
Revises: 0004_parts
Create Date: 2026-11-30 19:53:53.860918
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0023_parts_links'
down_revision = ('0004_parts',)
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('part_suppliers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('price_list', sa.String(length=128), server_default='', nullable=False))
        batch_op.add_column(sa.Column('listed_at', app.db.types.UTCDateTime(), nullable=True))
    # links made before this revision keep their price; which list set it was not recorded, so they show none



def downgrade() -> None:
    with op.batch_alter_table('part_suppliers', schema=None) as batch_op:
        batch_op.drop_column('listed_at')
        batch_op.drop_column('price_list')

