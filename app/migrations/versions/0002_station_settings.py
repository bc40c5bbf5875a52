"""station settings, tax and labour rates, guarantee periods, numbering

Revision ID: 0002_station_settings
Revises: 0001_users_audit
"""
from alembic import op
import sqlalchemy as sa
import app.db.types


revision = '0002_station_settings'
down_revision = '0001_users_audit'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_sequences',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_sequences')),
    sa.UniqueConstraint('kind', 'period', name=op.f('uq_document_sequences_kind_period'))
    )

    op.create_table('guarantee_periods',
    sa.Column('repair_class', sa.String(length=32), nullable=False),
    sa.Column('km', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guarantee_periods')),
    sa.UniqueConstraint('repair_class', name=op.f('uq_guarantee_periods_repair_class'))
    )

    op.create_table('labour_rates',
    sa.Column('job_type', sa.String(length=16), nullable=False),
    sa.Column('payer', sa.String(length=16), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('rate', app.db.types.Money(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_rates')),
    sa.UniqueConstraint('job_type', 'payer', 'valid_from', name=op.f('uq_labour_rates_job_type_payer_valid_from'))
    )

    op.create_table('numbering_rules',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('digits', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_numbering_rules')),
    sa.UniqueConstraint('kind', name=op.f('uq_numbering_rules_kind'))
    )

    op.create_table('station',
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('bank_name', sa.String(length=128), nullable=False),
    sa.Column('bank_account', sa.String(length=64), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('licence_number', sa.String(length=64), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('idle_lock_minutes', sa.Integer(), nullable=False),
    sa.Column('taxpayer_kind', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station'))
    )

    op.create_table('tax_rates',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('rate', app.db.types.Rate(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tax_rates')),
    sa.UniqueConstraint('kind', 'valid_from', name=op.f('uq_tax_rates_kind_valid_from'))
    )


def downgrade() -> None:
    op.drop_table('tax_rates')
    op.drop_table('station')
    op.drop_table('numbering_rules')
    op.drop_table('labour_rates')
    op.drop_table('guarantee_periods')
    op.drop_table('document_sequences')
