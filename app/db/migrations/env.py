from alembic import context

from app.models import Base

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
