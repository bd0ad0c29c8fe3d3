"""guaranteed_interview flow: each vacancy's rules, the panel's marks, and decisions

Revision ID: gi_0002_flow
Revises: 0002_applications
Create Date: 2026-11-23 14:23:22
"""

import sqlalchemy as sa
from alembic import op

revision = "gi_0002_flow"
down_revision = "0002_applications"
branch_labels = None
depends_on = None

UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "gi_vacancies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.String(length=100), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.Column("updated_by_key_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_gi_vacancies_organisation_id_organisations")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_key_id"], ["api_keys.id"], name=op.f("fk_gi_vacancies_updated_by_key_id_api_keys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gi_vacancies")),
        sa.UniqueConstraint(
            "organisation_id", "vacancy_id", name=op.f("uq_gi_vacancies_organisation_id_vacancy_id")
        ),
    )
    with op.batch_alter_table("gi_vacancies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gi_vacancies_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "gi_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("vacancy_id", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("schemes", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("config_version", sa.String(length=64), nullable=False),
        sa.Column("meets_minimum", sa.Boolean(), nullable=True),
        sa.Column("considered_first", sa.Boolean(), nullable=False),
        sa.Column("cap_applied", sa.Boolean(), nullable=False),
        sa.Column("decided_at", UTC_DATETIME, nullable=False),
        sa.Column("confirmed_outcome", sa.String(length=10), nullable=True),
        sa.Column("confirmed_config_version", sa.String(length=64), nullable=True),
        sa.Column("confirmed_by_key_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", UTC_DATETIME, nullable=True),
        sa.Column("invited", sa.Boolean(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"], ["applications.id"], name=op.f("fk_gi_decisions_application_id_applications")
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_key_id"], ["api_keys.id"], name=op.f("fk_gi_decisions_confirmed_by_key_id_api_keys")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_gi_decisions_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gi_decisions")),
        sa.UniqueConstraint("application_id", name=op.f("uq_gi_decisions_application_id")),
    )
    with op.batch_alter_table("gi_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gi_decisions_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gi_decisions_vacancy_id"), ["vacancy_id"], unique=False)

    op.create_table(
        "gi_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_id", sa.String(length=20), nullable=False),
        sa.Column("mark", sa.Integer(), nullable=False),
        sa.Column("panel_key_id", sa.Integer(), nullable=True),
        sa.Column("scored_at", UTC_DATETIME, nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"], ["applications.id"], name=op.f("fk_gi_scores_application_id_applications")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_gi_scores_organisation_id_organisations")
        ),
        sa.ForeignKeyConstraint(["panel_key_id"], ["api_keys.id"], name=op.f("fk_gi_scores_panel_key_id_api_keys")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gi_scores")),
        sa.UniqueConstraint(
            "application_id", "criterion_id", name=op.f("uq_gi_scores_application_id_criterion_id")
        ),
    )
    with op.batch_alter_table("gi_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gi_scores_organisation_id"), ["organisation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gi_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gi_scores_organisation_id"))
    op.drop_table("gi_scores")
    with op.batch_alter_table("gi_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gi_decisions_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_gi_decisions_organisation_id"))
    op.drop_table("gi_decisions")
    with op.batch_alter_table("gi_vacancies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gi_vacancies_organisation_id"))
    op.drop_table("gi_vacancies")
