"""submitted ranking

Revision ID: 0010_submitted_ranking
Revises: 0009_imported
Create Date: 2026-12-02 17:45:00.000000

A submission keeps the cluster-year's whole ranking table the package carried (format 2:
every member's rank, total, section totals, bonus and deductions, and what placed it); empty
for packages of format 1 and for everything received before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_submitted_ranking"
down_revision = "0009_imported"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ranking", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.drop_column("ranking")
