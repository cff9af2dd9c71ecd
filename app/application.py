"""Composition root: builds the engine, the services and the settings, and hands them to the UI or the CLI."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from app import till_settings
from app.db import backup, migrate, trigrams
from app.db.engine import DAMAGED, Database, is_damaged, make_engine
from app.errors import EXIT_REFUSED, AppError, StorageDamaged, UserError, storage_problem
from app.files import atomic_write
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

    @property
    def exit_status(self) -> int:  # type: ignore[override]
        problem = storage_problem(self.__cause__) if self.__cause__ else None
        return problem.exit_status if problem else EXIT_REFUSED


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
    search_note: str | None = None  # PostgreSQL without pg_trgm: search works, slower (app.db.trigrams)

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
    url = resolve_url(paths, database_url)
    try:
        db = Database(make_engine(url))
    except (ArgumentError, ImportError) as exc:  # an unknown scheme or a driver that is not installed
        raise StartupError(_explain(exc, url)) from exc
    except UserError as exc:  # psycopg, an optional extra, is not installed: make_engine says how to add it
        raise StartupError(str(exc)) from exc
    try:
        fresh = _prepare_file(sqlite_file(url))
        _prepare_schema(db, paths, url, daily_backup and not fresh)
        search_note = trigrams.ensure_index(db.engine)
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        db.dispose()
        raise StartupError(_explain(exc, url), damaged=is_damaged(exc.__cause__ or exc)) from exc
    except StartupError:
        db.dispose()
        raise
    except backup.BackupError as exc:
        db.dispose()
        raise StartupError(str(exc), damaged=isinstance(exc, backup.SourceDamaged)) from exc
    if in_data_folder(url, paths):
        for path in (paths.database, paths.database.with_name(paths.database.name + "-wal")):
            if path.exists():
                path.chmod(0o600)  # customer data: this user only
    settings = Settings(db)
    try:
        region = str(settings.get("region"))
    except StorageDamaged as exc:
        db.dispose()
        raise StartupError(str(exc), damaged=True) from exc
    customers = Customers(db, region)
    visits = Visits(db, settings)
    till = till_settings.load(paths.root)
    visits.till_name, visits.serving = till.till_name, till.serving  # each till records its own name
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
        search_note=search_note,
    )


def sqlite_url(paths: DataPaths) -> str:
    """The data folder's own database. Built, not formatted: a `?`, `#` or `%` in the folder's path must
    stay part of the file name rather than start the URL's query."""
    return URL.create("sqlite", database=str(paths.database)).render_as_string(hide_password=False)


def in_data_folder(url: str, paths: DataPaths) -> bool:
    """The database is the data folder's SQLite file (backups and file permissions apply to it)."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database == str(paths.database)


def resolve_url(paths: DataPaths, database_url: str | None = None) -> str:
    return (
        database_url
        or os.environ.get("REGULARS_DATABASE_URL")
        or saved_database_url(paths)
        or sqlite_url(paths)
    )


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for a server or an in-memory database)."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or parsed.database in (None, "", ":memory:")
        or "uri" in parsed.query
    ):
        return None
    return Path(parsed.database)


def _prepare_file(path: Path | None) -> bool:
    """Only a missing file starts a new shop (True); an empty one is a damaged shop, not a new one."""
    if path is None:
        return False
    if not path.exists():
        _build_new_database(path)
        return True
    if path.stat().st_size == 0:
        raise StartupError(DAMAGED, damaged=True)
    return False


def _build_new_database(path: Path) -> None:
    """Build the schema under a temporary name and put it in place when complete: a crash during the first
    start leaves no empty or half-built file for the next start to take for the shop's data."""
    building = path.with_name(f"{path.name}.new-{os.getpid()}")
    engine = make_engine(URL.create("sqlite", database=str(building)).render_as_string(hide_password=False))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(building)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file that is moved
    fd = os.open(building, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    building.chmod(0o600)
    try:
        os.link(building, path)  # never over a database another start has just put in place
    except FileExistsError:
        pass
    except OSError:
        building.replace(path)  # a file system without hard links
    for leftover in path.parent.glob(f"{path.name}.new-*"):  # ours, and any a crashed start left
        if leftover == building or not _process_alive(leftover.name.rpartition("-")[2]):
            for part in (leftover, *(leftover.with_name(leftover.name + s) for s in ("-wal", "-shm"))):
                part.unlink(missing_ok=True)


def _process_alive(pid: str) -> bool:
    """Another start still building its file must keep it (a second till starting at the same moment)."""
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def saved_database_url(paths: DataPaths) -> str | None:
    """The shared server chosen in the window (kept beside the data, since it says where the data is)."""
    try:
        return json.loads((paths.root / "database.json").read_text(encoding="utf-8")).get("url") or None
    except (OSError, ValueError):
        return None


def save_database_url(paths: DataPaths, url: str | None) -> None:
    # private: the URL may hold a password
    with atomic_write(paths.root / "database.json", private=True, encoding="utf-8") as handle:
        handle.write(json.dumps({"url": url or None}))


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
    """The first start of each day copies the database (SQLite's online backup), kept in rotation.
    Raises SourceDamaged when the database turns out damaged: that must be seen, not logged."""
    today = datetime.now(UTC).strftime("%Y%m%d")
    if not any(paths.backups.glob(f"regulars-{today}-*-daily.sqlite3")):
        try:
            backup.create(paths.database, paths.backups, "daily")
        except backup.SourceDamaged:
            raise
        except backup.BackupError:
            pass  # a missed daily copy (a full disk) must not stop the counter; the next start tries again


def _explain(exc: Exception, url: str) -> str:
    if isinstance(exc, ArgumentError | ImportError):
        scheme = url.partition(":")[0][:40]  # never the rest: it may hold a password
        return (
            f"“{scheme}” is not a database Regulars can use. Give postgresql+psycopg://user@host/database, "
            "or leave --database-url out to use the shop's own file."
        )
    text = str(exc.__cause__ or exc).lower()
    if is_damaged(exc.__cause__ or exc):
        return DAMAGED
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "The data folder cannot be written to. Check the folder's permissions or free disk space."
    if "locked" in text:
        return "The database is busy in another till and did not free up in time. Try again."
    if "connection" in text or "could not connect" in text or "resolve host" in text:
        return f"Could not reach the database server ({url.split('@')[-1]}). Check the network and try again."
    return f"The database could not be opened: {str(exc.__cause__ or exc).splitlines()[0]}"
