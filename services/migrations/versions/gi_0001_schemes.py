"""guaranteed_interview: each organisation's scheme configurations, versioned

Revision ID: gi_0001_schemes
Revises: 0001_foundation
Create Date: 2026-11-23 14:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "gi_0001_schemes"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gi_scheme_configs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_key_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_key_id"],
            ["api_keys.id"],
            name=op.f("fk_gi_scheme_configs_created_by_key_id_api_keys"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_gi_scheme_configs_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gi_scheme_configs")),
        sa.UniqueConstraint(
            "organisation_id", "version", name=op.f("uq_gi_scheme_configs_organisation_id_version")
        ),
    )
    with op.batch_alter_table("gi_scheme_configs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gi_scheme_configs_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("gi_scheme_configs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gi_scheme_configs_organisation_id"))
    op.drop_table("gi_scheme_configs")
