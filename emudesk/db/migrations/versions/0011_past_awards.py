"""past awards

Revision ID: 0011_past_awards
Revises: 0010_submitted_ranking
Create Date: 2026-12-02 17:40:00.000000

Awards decided before emudesk, imported from the issuer's template of past decisions, so a
unit's history reaches back before the first submission.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_past_awards"
down_revision = "0010_submitted_ranking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "past_award",
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.String(length=80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("signer", sa.String(length=200), nullable=False),
        sa.Column("award_id", sa.Integer(), nullable=False),
        sa.Column("nominee_kind", sa.String(length=12), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("nominee_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("register_number", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recipient_key", sa.String(length=400), nullable=False),
        sa.Column("source_file", sa.String(length=260), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["award_id"],
            ["award.id"],
            name=op.f("fk_past_award_award_id_award"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["issuer_id"],
            ["issuer.id"],
            name=op.f("fk_past_award_issuer_id_issuer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["unit.id"],
            name=op.f("fk_past_award_unit_id_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_past_award")),
        sa.UniqueConstraint(
            "issuer_id",
            "decision_number",
            "decision_date",
            "award_id",
            "recipient_key",
            name="uq_past_award_identity",
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_past_award_uuid")),
    )
    with op.batch_alter_table("past_award", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_past_award_issuer_id"), ["issuer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_past_award_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("past_award", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_past_award_unit_id"))
        batch_op.drop_index(batch_op.f("ix_past_award_issuer_id"))
    op.drop_table("past_award")
