"""unlocked reasons

Revision ID: 0006_unlocked_reasons
Revises: 0005_papers
Create Date: 2026-12-02 09:00:00.000000

An approval or a certificate printed while the year's scores were not locked carries the
reason the officer gave for it (empty for everything recorded before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_unlocked_reasons"
down_revision = "0005_papers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unlocked_reason", sa.Text(), server_default="", nullable=False)
        )
    with op.batch_alter_table("certificate_print", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unlocked_reason", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("certificate_print", schema=None) as batch_op:
        batch_op.drop_column("unlocked_reason")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_column("unlocked_reason")
