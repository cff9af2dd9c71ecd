"""one active card per customer: a partial unique index; older duplicates become replaced (audited)

Revision ID: 0004
Revises: 0003
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ACTIVE = sa.text("status = 'active'")


def upgrade() -> None:
    bind = op.get_bind()
    cards = sa.table(
        "cards",
        sa.column("id", sa.Integer),
        sa.column("customer_id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("issued_at", sa.DateTime),
        sa.column("revoked_at", sa.DateTime),
    )
    audit = sa.table(
        "audit_events",
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("target", sa.String),
        sa.column("detail", sa.Text),
    )
    rows = bind.execute(
        sa.select(cards.c.id, cards.c.customer_id)
        .where(cards.c.status == "active")
        .order_by(cards.c.customer_id, cards.c.issued_at.desc(), cards.c.id.desc())
    ).all()
    kept: dict[int, int] = {}
    older: list[tuple[int, int, int]] = []  # card, customer, the card kept instead
    for card_id, customer_id in rows:
        if customer_id in kept:
            older.append((card_id, customer_id, kept[customer_id]))
        else:
            kept[customer_id] = card_id
    if older:
        # As the models store times: naive UTC in SQLite, aware in PostgreSQL.
        now = datetime.now(UTC)
        if bind.dialect.name == "sqlite":
            now = now.replace(tzinfo=None)
        ids = [card for card, _, _ in older]
        for start in range(0, len(ids), 500):
            bind.execute(
                cards.update()
                .where(cards.c.id.in_(ids[start : start + 500]))
                .values(status="replaced", revoked_at=now)
            )
        bind.execute(
            audit.insert(),
            [
                {
                    "at": now,
                    "actor": "migration",
                    "action": "card.replace",
                    "target": f"customer:{customer}",
                    "detail": f"card:{card} replaced by the newer card:{newer} (one active card per customer)",
                }
                for card, customer, newer in older
            ],
        )
    with op.batch_alter_table("cards") as batch_op:
        batch_op.create_index(
            "uq_cards_one_active", ["customer_id"], unique=True, sqlite_where=ACTIVE, postgresql_where=ACTIVE
        )


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch_op:
        batch_op.drop_index("uq_cards_one_active")
