"""customer_marks: surprise given and win-back contacted as columns, carried over from the audit log

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The marks were only ever written as audit events with target "customer:<id>"; the latest of each counts.
CARRY_OVER = """
INSERT INTO customer_marks (customer_id, surprise_given_at, winback_contacted_at)
SELECT m.customer_id, m.surprise, m.contacted FROM (
    SELECT CAST(substr(target, 10) AS INTEGER) AS customer_id,
           max(CASE WHEN action = 'surprise.given' THEN at END) AS surprise,
           max(CASE WHEN action = 'winback.contacted' THEN at END) AS contacted
    FROM audit_events
    WHERE action IN ('surprise.given', 'winback.contacted') AND target LIKE 'customer:%'
    GROUP BY target
) m
WHERE m.customer_id IN (SELECT id FROM customers)
"""


def upgrade() -> None:
    op.create_table(
        "customer_marks",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("surprise_given_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("winback_contacted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name="fk_customer_marks_customer_id_customers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name="pk_customer_marks"),
    )
    op.execute(CARRY_OVER)


def downgrade() -> None:
    op.drop_table("customer_marks")
