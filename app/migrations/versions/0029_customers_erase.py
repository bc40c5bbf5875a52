"""customers.erased_at: the erasure's mark on the customer row itself

Revision ID: 0029_customers_erase
Revises: 0007_customers_contact_details
Create Date: 2026-12-01 00:00:00.000000

Reception reads it under the customer row's lock (services.job_cards.links.vehicle_snapshot with
``for_card``), so a card cannot open on a person being erased on another PC. Customers erased
before this revision get the time of their "erased" timeline event.
"""
import sqlalchemy as sa
from alembic import op

import app.db.types

revision = '0029_customers_erase'
down_revision = '0007_customers_contact_details'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', app.db.types.UTCDateTime(), nullable=True))
    op.execute(sa.text(
        "UPDATE customers SET erased_at = (SELECT MIN(e.at) FROM customer_events e "
        "WHERE e.customer_id = customers.id AND e.kind = 'erased') "
        "WHERE EXISTS (SELECT 1 FROM customer_events e WHERE e.customer_id = customers.id AND e.kind = 'erased')"))


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
