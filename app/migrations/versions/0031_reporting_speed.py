"""reporting speed: indexes for the period sums of the reports and the dashboard

Each one turns a full scan (or a scan of every move of a kind) into an index range read, most read from the
index alone: the value moved since a day (the stock's value at a period's end and its turns), a month's
parts issued to its jobs at cost, the cars handed back in a period, the fill rate's reservations of a period,
and the clock of a period. The tables belong to other areas: this revision depends on the revisions that
create them, and joins the workshop's branch (its only revision is still a head: an alembic ``depends_on``
on a head leaves the database's heads unlike the scripts').

Revision ID: 0031_reporting_speed
Revises: 0019_reporting, 0010_workshop
"""
from alembic import op

revision = '0031_reporting_speed'
down_revision = ('0019_reporting', '0010_workshop')
branch_labels = None
depends_on = ('0004_parts', '0008_settlement')

INDEXES = (
    ('ix_stock_moves_kind_at_value', 'stock_moves', ['kind', 'created_at', 'value', 'bin_id']),
    ('ix_stock_moves_job_cost', 'stock_moves', ['job_ref', 'kind', 'value']),
    ('ix_part_reservations_created', 'part_reservations', ['created_at', 'served_from_stock']),
    ('ix_settlement_deliveries_delivered_at', 'settlement_deliveries', ['delivered_at']),
    ('ix_workshop_work_started', 'workshop_work', ['started_at', 'technician_id', 'ended_at', 'status']),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
