"""settlement: an index on the statement a reissue replaces (the statement PDF looked for its
reissue by scanning every statement: 79 ms of its 84 at ten years of data)

Revision ID: 0018_settlement_replaces
Revises: 0009_settlement_accounts
Create Date: 2026-11-30 18:30:00
"""
from alembic import op


revision = '0018_settlement_replaces'
down_revision = ('0009_settlement_accounts',)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_settlement_statements_replaces_id'), 'settlement_statements', ['replaces_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_settlement_statements_replaces_id'), table_name='settlement_statements')
