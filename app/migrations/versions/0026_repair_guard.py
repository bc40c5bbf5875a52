"""the repair file: what a settled job recorded cannot be changed (UPDATE guards); the warranty desk's
submission layout and the appraisal's photos

Revision ID: 0026_repair_guard
Revises: 0022_repair_file, 0021_claims_insurance
Create Date: 2026-11-30 23:59:00.000000

One revision was at hand for this work, so it carries two claims tables too (``claims_settings``,
``warranty_claim_photos``); it joins the claims branch's head for their foreign key.
"""
from alembic import op
import sqlalchemy as sa
import app.db.types

from app.db.models.repair_file import drop_update_rules, update_rules

revision = '0026_repair_guard'
down_revision = ('0022_repair_file', '0021_claims_insurance')
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in update_rules(op.get_bind().dialect.name):
        op.execute(statement)
    op.create_table('claims_settings',
    sa.Column('submission_sheet', sa.String(length=31), nullable=False),
    sa.Column('submission_columns', sa.JSON(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims_settings'))
    )
    op.create_table('warranty_claim_photos',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=32), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.String(length=255), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['warranty_claims.id'], name=op.f('fk_warranty_claim_photos_claim_id_warranty_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warranty_claim_photos')),
    sa.UniqueConstraint('claim_id', 'sha256', name=op.f('uq_warranty_claim_photos_claim_id_sha256'))
    )
    with op.batch_alter_table('warranty_claim_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warranty_claim_photos_claim_id'), ['claim_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('warranty_claim_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warranty_claim_photos_claim_id'))
    op.drop_table('warranty_claim_photos')
    op.drop_table('claims_settings')
    for statement in drop_update_rules(op.get_bind().dialect.name):
        op.execute(statement)
