"""Create or upgrade the schema with Alembic.

Alembic is imported only when an upgrade is due: checking that the schema is current is a plain query,
so starting the counter does not pay for it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*["\']?([\w]+|None)["\']?', re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@cache
def _revisions() -> tuple[frozenset[str], frozenset[str]]:
    """Every revision this build knows, and those another migration builds on, read from the version files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        revisions.add(found["revision"])
        parents.add(found.get("down_revision", "None"))
    return frozenset(revisions), frozenset(parents)


def known_revisions() -> frozenset[str]:
    return _revisions()[0]


@cache
def head_revision() -> str:
    """The revision no other migration builds on."""
    revisions, parents = _revisions()
    heads = set(revisions - parents)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # Alembic manages its own transactions; the write hint makes SQLite take the lock up front.
        config.attributes["connection"] = connection.execution_options(write=True)
        command.upgrade(config, revision)
        connection.commit()
