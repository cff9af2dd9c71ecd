"""covering indexes for the day export: items and points of a visit read from the index alone

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_items_visit_cover", "visit_items", ["visit_id", "item_id", "quantity"])
    op.create_index("ix_points_ledger_visit_cover", "points_ledger", ["visit_id", "kind", "points"])


def downgrade() -> None:
    op.drop_index("ix_points_ledger_visit_cover", "points_ledger")
    op.drop_index("ix_visit_items_visit_cover", "visit_items")
