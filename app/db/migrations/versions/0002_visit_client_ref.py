"""visits.client_ref: the till's own id for a visit, so a save retried after a lost connection counts once

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch_op:
        batch_op.add_column(sa.Column("client_ref", sa.String(length=36), nullable=True))
        batch_op.create_index("ix_visits_client_ref", ["client_ref"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        # LIKE 'zo%' prefix lookups whatever the server's collation.
        op.execute("CREATE INDEX ix_customer_words_word_pattern ON customer_words (word text_pattern_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customer_words_word_pattern")
    with op.batch_alter_table("visits") as batch_op:
        batch_op.drop_index("ix_visits_client_ref")
        batch_op.drop_column("client_ref")
