"""history from the old till: customer references per system, imported visits, names not yet known

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("name_unknown", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("imported", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("source_ref", sa.String(length=120), nullable=True))
        batch.create_index("ix_visits_source_ref", ["source_ref"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.drop_index("ix_visits_source_ref")
        batch.drop_column("source_ref")
        batch.drop_column("note")
        batch.drop_column("imported")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("name_unknown")
    op.drop_index("ix_customer_refs_customer_id", table_name="customer_refs")
    op.drop_table("customer_refs")
