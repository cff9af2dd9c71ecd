"""history from the old till: customer references per system, imported visits, names not yet known

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_refs",
        sa.Column("system", sa.String(length=20), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name="fk_customer_refs_customer_id_customers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("system", "ref", name="pk_customer_refs"),
    )
    op.create_index("ix_customer_refs_customer_id", "customer_refs", ["customer_id"])
    # Plain ADD COLUMN: a batch copy of the table would drop the triggers that keep search in step.
    op.add_column(
        "customers", sa.Column("name_unknown", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("visits", sa.Column("imported", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("visits", sa.Column("note", sa.Text(), nullable=False, server_default=""))
    op.add_column("visits", sa.Column("source_ref", sa.String(length=120), nullable=True))
    op.create_index("ix_visits_source_ref", "visits", ["source_ref"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_visits_source_ref", table_name="visits")
    for column in ("source_ref", "note", "imported"):
        op.drop_column("visits", column)
    op.drop_column("customers", "name_unknown")
    op.drop_index("ix_customer_refs_customer_id", table_name="customer_refs")
    op.drop_table("customer_refs")
