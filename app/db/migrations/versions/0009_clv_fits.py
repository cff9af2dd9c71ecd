"""clv_fits: the lifetime-value models' parameters shared by every till; a covering index for their summary

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clv_fits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("r", sa.Float(), nullable=False),
        sa.Column("alpha", sa.Float(), nullable=False),
        sa.Column("a", sa.Float(), nullable=False),
        sa.Column("b", sa.Float(), nullable=False),
        sa.Column("log_likelihood", sa.Float(), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("spend_p", sa.Float(), nullable=True),
        sa.Column("spend_q", sa.Float(), nullable=True),
        sa.Column("spend_gamma", sa.Float(), nullable=True),
        sa.Column("spend_customers", sa.Integer(), nullable=False),
        sa.Column("fitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_clv_fits"),
    )
    op.create_index("ix_clv_fits_as_of", "clv_fits", ["as_of"])
    op.create_index("ix_visits_customer_value", "visits", ["customer_id", "at", "voided", "amount_cents"])


def downgrade() -> None:
    op.drop_index("ix_visits_customer_value", table_name="visits")
    op.drop_index("ix_clv_fits_as_of", table_name="clv_fits")
    op.drop_table("clv_fits")
