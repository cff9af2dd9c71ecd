"""kept_charts: the owner's charts as last counted, shared by every till (a file in each data folder before)

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_charts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("stamp", sa.Text(), nullable=False),
        sa.Column("charts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_kept_charts"),
    )


def downgrade() -> None:
    op.drop_table("kept_charts")
