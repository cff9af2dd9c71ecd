"""Every migration can be undone: down to an empty database and up again gives back the same schema,
tables, indexes and triggers, on SQLite and on PostgreSQL (a release that has to be rolled back can be)."""

import pytest
from alembic import command
from sqlalchemy import Engine, text

from app.db import migrate
from app.db.engine import make_engine


def downgrade(engine: Engine, revision: str) -> None:
    config = migrate.alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection.execution_options(write=True)
        command.downgrade(config, revision)
        connection.commit()


def schema(engine: Engine) -> list[tuple[str, ...]]:
    """Every table, index, trigger and view with its definition, as the database itself reports them."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT type, name, coalesce(sql, '') FROM sqlite_master"))
        else:
            rows = conn.execute(
                text(
                    "SELECT 'column', table_name || '.' || column_name, data_type || ' ' || is_nullable "
                    "FROM information_schema.columns WHERE table_schema = 'public' "
                    "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                    "UNION ALL SELECT 'trigger', event_object_table || '.' || trigger_name, action_statement "
                    "FROM information_schema.triggers WHERE trigger_schema = 'public' "
                    "UNION ALL SELECT 'function', p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
                    "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
                    # pg_trgm's functions belong to the extension, which stays installed
                    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
                )
            )
        return sorted(tuple(r) for r in rows)


def round_trip(engine: Engine) -> None:
    migrate.upgrade(engine)
    at_head = schema(engine)
    assert any("visits" in row[1] for row in at_head)
    downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    left = [row for row in schema(engine) if "alembic_version" not in row[1]]
    assert left == []  # nothing of the app's schema is left behind
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema(engine) == at_head


def test_sqlite_migrations_go_down_to_nothing_and_up_to_the_same_schema(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'regulars.sqlite3'}")
    try:
        round_trip(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_migrations_go_down_to_nothing_and_up_to_the_same_schema(pg_server) -> None:
    engine = make_engine(pg_server.create_database("migration_round_trip"))
    try:
        round_trip(engine)
    finally:
        engine.dispose()
