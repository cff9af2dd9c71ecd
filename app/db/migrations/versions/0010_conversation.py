"""keep the conversation fresh: talking points, complaints to make right, suggestions made, seasonal items

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _customer_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["customer_id"], ["customers.id"], name=f"fk_{table}_customer_id_customers", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "talking_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(length=40), nullable=False),
        _customer_fk("talking_points"),
        sa.PrimaryKeyConstraint("id", name="pk_talking_points"),
    )
    op.create_index("ix_talking_points_customer_done", "talking_points", ["customer_id", "done_at"])
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=40), nullable=False),
        _customer_fk("complaints"),
        sa.PrimaryKeyConstraint("id", name="pk_complaints"),
    )
    op.create_index("ix_complaints_customer_resolved", "complaints", ["customer_id", "resolved_at"])
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("visit_number", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _customer_fk("suggestions"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name="fk_suggestions_item_id_items", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_suggestions"),
        sa.UniqueConstraint("customer_id", "kind", "visit_number", name="uq_suggestions_once_per_visit"),
    )
    # Plain ADD COLUMN, as in 0008: nothing to copy, and the items table keeps whatever hangs on it.
    op.add_column("items", sa.Column("available_from", sa.Date(), nullable=True))
    op.add_column("items", sa.Column("available_until", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("items", "available_until")
    op.drop_column("items", "available_from")
    op.drop_table("suggestions")
    op.drop_index("ix_complaints_customer_resolved", table_name="complaints")
    op.drop_table("complaints")
    op.drop_index("ix_talking_points_customer_done", table_name="talking_points")
    op.drop_table("talking_points")
