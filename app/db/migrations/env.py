from alembic import context
from sqlalchemy import Index, text

from app.models import Base
from app.models.loyalty import Card

# One active card per customer (migration 0004), declared here for autogenerate rather than on the model:
# its PostgreSQL arguments would load SQLAlchemy's PostgreSQL dialect into every SQLite till (2 MB).
if not any(index.name == "uq_cards_one_active" for index in Card.__table__.indexes):
    active = text("status = 'active'")
    Index(
        "uq_cards_one_active",
        Card.__table__.c.customer_id,
        unique=True,
        sqlite_where=active,
        postgresql_where=active,
    )

config = context.config
connection = config.attributes.get("connection")
is_sqlite = connection is not None and connection.dialect.name == "sqlite"

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
