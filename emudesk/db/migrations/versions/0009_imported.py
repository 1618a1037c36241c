"""imported history

Revision ID: 0009_imported
Revises: 0008_issuer
Create Date: 2026-12-02 15:00:00.000000

Audit entries and certificate-register entries that arrived in another office's handover
file keep the name and SHA-256 of that file, so that they are never taken for this office's
own history (empty for everything recorded here, and for everything recorded before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_imported"
down_revision = "0008_issuer"
branch_labels = None
depends_on = None

TABLES = ("audit_entry", "certificate_entry")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("imported_from", sa.String(500), server_default="", nullable=False)
            )
            batch_op.add_column(
                sa.Column("imported_sha256", sa.String(64), server_default="", nullable=False)
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("imported_sha256")
            batch_op.drop_column("imported_from")
