"""reorganisation

Revision ID: 0007_reorganisation
Revises: 0006_unlocked_reasons
Create Date: 2026-12-02 14:40:00.000000

Names belong to dates, not years: a unit's name is valid from a date (a name "from 2024"
becomes "from 1 January 2024"), an issuer gets a history of names (its current name becomes
the first entry), a merger happens on a date (a unit merged "in 2025" is gone from 1 January
2025), a membership can start inside its year (who left, and when, is an event), and the
events that did all this are kept with their decisions.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007_reorganisation"
down_revision = "0006_unlocked_reasons"
branch_labels = None
depends_on = None

FIRST_DAY = dt.date(2000, 1, 1)  # an issuer's first name holds from before any recorded year


def upgrade() -> None:
    op.create_table(
        "issuer_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("signer_title", sa.String(length=300), nullable=False),
        sa.Column("decision_number", sa.String(length=80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["issuer_id"],
            ["issuer.id"],
            name=op.f("fk_issuer_name_issuer_id_issuer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issuer_name")),
        sa.UniqueConstraint("issuer_id", "valid_from", name=op.f("uq_issuer_name_issuer_id")),
    )
    with op.batch_alter_table("issuer_name", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issuer_name_issuer_id"), ["issuer_id"], unique=False)
    op.execute(
        sa.text(
            "INSERT INTO issuer_name (issuer_id, valid_from, name, short_name, signer_title, "
            "decision_number) SELECT id, :first, name, short_name, signer_title, '' FROM issuer"
        ).bindparams(sa.bindparam("first", FIRST_DAY, type_=sa.Date()))
    )

    with op.batch_alter_table("unit_name", schema=None) as batch_op:
        batch_op.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("decision_number", sa.String(length=80), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("decision_date", sa.Date(), nullable=True))
    op.execute(sa.text("UPDATE unit_name SET valid_from = " + _first_of_january("from_year")))
    with op.batch_alter_table("unit_name", schema=None) as batch_op:
        batch_op.drop_constraint("uq_unit_name_unit_id", type_="unique")
        batch_op.alter_column("valid_from", existing_type=sa.Date(), nullable=False)
        batch_op.drop_column("from_year")
        batch_op.create_unique_constraint("uq_unit_name_unit_id", ["unit_id", "valid_from"])

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_on", sa.Date(), nullable=True))
    op.execute(
        sa.text(
            "UPDATE unit SET merged_on = "
            + _first_of_january("merged_year")
            + " WHERE merged_year IS NOT NULL"
        )
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("merged_year")

    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_on", sa.Date(), nullable=True))

    op.create_table(
        "org_event",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("decision_number", sa.String(length=80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("issuer_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("other_unit_id", sa.Integer(), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=600), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_org_event_cluster_id_cluster"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["issuer_id"],
            ["issuer.id"],
            name=op.f("fk_org_event_issuer_id_issuer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["other_unit_id"],
            ["unit.id"],
            name=op.f("fk_org_event_other_unit_id_unit"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_org_event_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_org_event_uuid")),
    )
    with op.batch_alter_table("org_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_org_event_effective_on"), ["effective_on"], unique=False
        )


def _first_of_january(column: str) -> str:
    """SQL for 1 January of the year in ``column``, on SQLite and PostgreSQL alike."""
    if op.get_bind().dialect.name == "postgresql":
        return f"make_date({column}, 1, 1)"
    return f"printf('%04d-01-01', {column})"


def downgrade() -> None:
    with op.batch_alter_table("org_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_org_event_effective_on"))
    op.drop_table("org_event")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_column("joined_on")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_year", sa.Integer(), nullable=True))
    op.execute(sa.text("UPDATE unit SET merged_year = " + _year_of("merged_on")))
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("merged_on")
    with op.batch_alter_table("unit_name", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_year", sa.Integer(), nullable=True))
    op.execute(sa.text("UPDATE unit_name SET from_year = " + _year_of("valid_from")))
    with op.batch_alter_table("unit_name", schema=None) as batch_op:
        batch_op.drop_constraint("uq_unit_name_unit_id", type_="unique")
        batch_op.alter_column("from_year", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("decision_date")
        batch_op.drop_column("decision_number")
        batch_op.drop_column("valid_from")
        batch_op.create_unique_constraint("uq_unit_name_unit_id", ["unit_id", "from_year"])
    with op.batch_alter_table("issuer_name", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issuer_name_issuer_id"))
    op.drop_table("issuer_name")


def _year_of(column: str) -> str:
    if op.get_bind().dialect.name == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    return f"CAST(strftime('%Y', {column}) AS INTEGER)"
