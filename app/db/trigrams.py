"""PostgreSQL's trigram index for search, and what happens when the server will not let us have it.

`CREATE EXTENSION pg_trgm` needs a role allowed to create extensions in the database (and the contrib
package on the server). Without it the shop still works: search reads the customers table with LIKE
instead of the index, and the owner is told once what to ask for. Once the extension is there, the next
start adds the index.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.files import atomic_write

INDEX = "ix_customers_search_trgm"
SLOW_SEARCH = (
    "Search will be slower: ask your administrator to install pg_trgm on the database server "
    "(CREATE EXTENSION pg_trgm; in this database). Regulars adds its search index at the next start."
)
TOLD = "pg_trgm-missing.told"  # in the till's data folder: the warning is printed once per till

log = logging.getLogger(__name__)


def has_index(engine: Engine) -> bool:
    with engine.connect() as conn:
        found = conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"), {"n": INDEX}).first()
    return found is not None


def ensure_index(engine: Engine) -> str | None:
    """None when search has its trigram index (adding it if the extension can now be had), else SLOW_SEARCH.
    Only PostgreSQL has anything to do here; the common case is one catalogue query."""
    if engine.dialect.name != "postgresql" or has_index(engine):
        return None
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(
                text(f"CREATE INDEX IF NOT EXISTS {INDEX} ON customers USING gin (search_key gin_trgm_ops)")
            )
    except DBAPIError as exc:
        if has_index(engine):  # another till added it at the same moment
            return None
        log.warning("pg_trgm is not available (%s): %s", str(exc.orig).splitlines()[0], SLOW_SEARCH)
        return SLOW_SEARCH
    log.info("pg_trgm found: the search index was added")
    return None


def first_time(folder: Path, note: str | None) -> str | None:
    """The note, the first time this till (its data folder) meets it; None after that, and once the index
    is there."""
    told = folder / TOLD
    if note is None:
        told.unlink(missing_ok=True)  # should it go missing again, say so again
        return None
    if told.exists():
        return None
    try:
        with atomic_write(told, private=False, encoding="utf-8") as handle:
            handle.write(note + "\n")
    except OSError:
        pass  # a read-only folder: better told every time than never
    return note
