"""Composition root: builds the engine, the services and the settings, and hands them to the UI or the CLI."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from app.db import backup, migrate
from app.db.engine import Database, make_engine
from app.errors import AppError
from app.paths import DataPaths, resolve_data_dir
from app.services.cards import Cards
from app.services.customers import Customers
from app.services.items import Items
from app.services.loyalty import Loyalty
from app.services.profile import Profiles
from app.services.search import CustomerSearch
from app.services.settings import Settings
from app.services.visits import Visits


class StartupError(AppError):
    """The database cannot be opened; the message says what to do. `damaged`: a backup can help."""

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


@dataclass
class Services:
    paths: DataPaths
    db: Database
    url: str
    settings: Settings
    customers: Customers
    search: CustomerSearch
    items: Items
    visits: Visits
    loyalty: Loyalty
    cards: Cards
    profiles: Profiles

    @property
    def is_sqlite(self) -> bool:
        return self.db.dialect == "sqlite"

    def close(self) -> None:
        self.db.dispose()


def open_services(
    data_dir: str | None = None, database_url: str | None = None, daily_backup: bool = True
) -> Services:
    """Open (creating or upgrading) the database and build the services. The window passes
    daily_backup=False and makes the day's first backup in the background once it is on screen."""
    paths = resolve_data_dir(data_dir).ensure()
    url = (
        database_url
        or os.environ.get("REGULARS_DATABASE_URL")
        or saved_database_url(paths)
        or sqlite_url(paths)
    )
    db = Database(make_engine(url))
    try:
        _prepare_schema(db, paths, url, daily_backup)
    except (OperationalError, DatabaseError) as exc:
        db.dispose()
        text = str(exc).lower()
        raise StartupError(
            _explain(exc, url), damaged="not a database" in text or "malformed" in text
        ) from exc
    if in_data_folder(url, paths):
        for path in (paths.database, paths.database.with_name(paths.database.name + "-wal")):
            if path.exists():
                os.chmod(path, 0o600)  # customer data: this user only
    settings = Settings(db)
    region = str(settings.get("region"))
    customers = Customers(db, region)
    visits = Visits(db, settings)
    loyalty = Loyalty(db, settings)
    cards = Cards(db)
    return Services(
        paths=paths,
        db=db,
        url=url,
        settings=settings,
        customers=customers,
        search=CustomerSearch(db, region),
        items=Items(db),
        visits=visits,
        loyalty=loyalty,
        cards=cards,
        profiles=Profiles(db, customers, settings),
    )


def sqlite_url(paths: DataPaths) -> str:
    """The data folder's own database. Built, not formatted: a `?`, `#` or `%` in the folder's path must
    stay part of the file name rather than start the URL's query."""
    return URL.create("sqlite", database=str(paths.database)).render_as_string(hide_password=False)


def in_data_folder(url: str, paths: DataPaths) -> bool:
    """The database is the data folder's SQLite file (backups and file permissions apply to it)."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database == str(paths.database)


def saved_database_url(paths: DataPaths) -> str | None:
    """The shared server chosen in the window (kept beside the data, since it says where the data is)."""
    try:
        return json.loads((paths.root / "database.json").read_text(encoding="utf-8")).get("url") or None
    except (OSError, ValueError):
        return None


def save_database_url(paths: DataPaths, url: str | None) -> None:
    target = paths.root / "database.json"
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps({"url": url or None}), encoding="utf-8")
    os.chmod(partial, 0o600)  # may hold a password
    os.replace(partial, target)


def _prepare_schema(db: Database, paths: DataPaths, url: str, daily_backup: bool) -> None:
    sqlite_file = in_data_folder(url, paths) and paths.database.exists()
    if not migrate.needs_upgrade(db.engine):
        if sqlite_file and daily_backup:
            make_daily_backup(paths)
        return
    if sqlite_file and migrate.current_revision(db.engine) is not None:
        backup.create(paths.database, paths.backups, "before-migration")
    migrate.upgrade(db.engine)


def make_daily_backup(paths: DataPaths) -> None:
    """The first start of each day copies the database (SQLite's online backup), kept in rotation."""
    today = datetime.now(UTC).strftime("%Y%m%d")
    if not any(paths.backups.glob(f"regulars-{today}-*.sqlite3")):
        # A missed daily copy must not stop the counter; the next start tries again.
        with contextlib.suppress(backup.BackupError):
            backup.create(paths.database, paths.backups, "daily")


def _explain(exc: Exception, url: str) -> str:
    text = str(exc.__cause__ or exc).lower()
    if "not a database" in text or "malformed" in text:
        return (
            "The database file is damaged. Restore the latest backup (regulars backup restore latest); "
            "the damaged file is kept aside."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "The data folder cannot be written to. Check the folder's permissions or free disk space."
    if "locked" in text:
        return "The database is busy in another till and did not free up in time. Try again."
    if "connection" in text or "could not connect" in text:
        return f"Could not reach the database server ({url.split('@')[-1]}). Check the network and try again."
    return f"The database could not be opened: {str(exc.__cause__ or exc).splitlines()[0]}"
