"""Id sequences after bulk loads.

The demo loader and the customer import number their rows themselves, so a shop's ids follow on from the
highest one. PostgreSQL's serial sequences do not see such rows: the next plain insert would be given an
id already taken. SQLite numbers from the highest id, so there is nothing to do there.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


def catch_up(conn: Connection | Session, *tables: str) -> None:
    """Move each table's id sequence up to its highest id (never back), in the caller's transaction, so the
    loaded rows and the sequence commit together. Table names come from the code, never from input."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return
    for table in tables:
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if sequence is None:
            continue
        # Ids the sequence has handed out already (another till's insert, or one rolled back) stay used.
        handed_out = conn.execute(
            text(f"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {sequence}")  # noqa: S608 - a name PostgreSQL returned
        ).scalar()
        highest = conn.execute(text(f"SELECT COALESCE(max(id), 0) FROM {table}")).scalar()  # noqa: S608 - table names come from the code
        if (highest or 0) > (handed_out or 0):
            conn.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": highest})
