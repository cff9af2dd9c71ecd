"""Shop settings stored as JSON values, with defaults for a fresh shop."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.models import Setting

DEFAULTS: dict[str, Any] = {
    "shop_name": "My shop",
    "region": "GB",  # default country for phone numbers typed without +
    "timezone": "",  # empty: the computer's own zone
    "currency": "£",
    "till_name": "Till 1",
    # loyalty
    "loyalty_mode": "stamps",  # stamps, per_visit, per_amount
    "points_per_visit": 1,
    "points_per_unit": 1,  # per whole currency unit spent, in per_amount mode
    "birthday_bonus": 0,
    "cooldown_minutes": 60,
    "expiry_months": 0,  # 0: points never expire
    # cards and scanning
    "print_name_on_card": False,
    "scan_max_interval_ms": 35,
    "scan_suffix": "either",  # enter, tab or either
    "scan_repeat_seconds": 3,
    # relationship cues
    "birthday_window_days": 7,
    "usual_window_visits": 10,
    "feedback_interval_days": 90,
    "export_folder": "",
    "lapsed_floor_days": 21,
    "surprise_every_days": 60,
    # owner role
    "owner_pin": None,  # {"salt", "hash", "n", "r", "p"}: see services/roles.py
    "owner_pin_failures": None,
    "owner_relock_minutes": 5,
}


class Settings:
    """Read from one snapshot of the table, refreshed after a few seconds so another till's change shows up.

    A scan reads half a dozen settings; one query per read cost more than the rest of the profile.
    """

    FRESH_SECONDS = 5.0

    def __init__(self, db: Database) -> None:
        self._db = db
        self._values: dict[str, Any] | None = None
        self._read_at = 0.0

    @property
    def db(self) -> Database:
        return self._db

    def get(self, key: str) -> Any:
        return self._snapshot()[key]

    def all(self) -> dict[str, Any]:
        return dict(self._snapshot())

    def refresh(self) -> None:
        """Read the table again on the next get, for decisions that must see other tills' changes."""
        self._values = None

    def _snapshot(self) -> dict[str, Any]:
        if self._values is None or time.monotonic() - self._read_at > self.FRESH_SECONDS:
            values = dict(DEFAULTS)
            with self._db.read() as session:
                for row in session.scalars(select(Setting)):
                    if row.key in DEFAULTS:  # a setting from a newer version of the app is left alone
                        values[row.key] = json.loads(row.value)
            self._values, self._read_at = values, time.monotonic()
        return self._values

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        """Save several settings in one transaction: a dialog's changes land together or not at all."""
        unknown = [key for key in values if key not in DEFAULTS]
        if unknown:
            raise KeyError(f"unknown setting {unknown[0]!r}")
        with self._db.write() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
        self.refresh()

    def update(self, key: str, change: Callable[[Any], Any]) -> Any:
        """Read, change and save one setting while holding its row, so tills changing it at once take turns
        (two tills reading a counter and both writing it back would lose a step). Returns the new value."""
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        with self._db.write() as session:
            row = _locked_row(session, key)
            value = change(json.loads(row.value))
            row.value = json.dumps(value)
        self.refresh()
        return value

    def timezone_name(self) -> str:
        return self.get("timezone") or local_timezone_name()


def _locked_row(session: Session, key: str) -> Setting:
    """The setting's row, locked until the transaction ends (SQLite's write transaction locks the file)."""
    row = session.get(Setting, key, with_for_update=True)
    if row is None:
        try:
            with session.begin_nested():
                session.add(Setting(key=key, value=json.dumps(DEFAULTS[key])))
        except IntegrityError:
            pass  # another till wrote it first: lock theirs
        row = session.get(Setting, key, with_for_update=True, populate_existing=True)
    assert row is not None
    return row


def local_timezone_name() -> str:
    if os.environ.get("TZ"):
        return os.environ["TZ"].lstrip(":")
    try:
        target = Path("/etc/localtime").resolve()
        if "zoneinfo" in target.parts:
            return "/".join(target.parts[target.parts.index("zoneinfo") + 1 :])
    except OSError:
        pass
    return "UTC"
