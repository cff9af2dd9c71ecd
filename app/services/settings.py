"""Shop settings stored as JSON values, with defaults for a fresh shop."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

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
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        with self._db.read() as session:
            row = session.get(Setting, key)
        return json.loads(row.value) if row else DEFAULTS[key]

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        with self._db.read() as session:
            for row in session.scalars(select(Setting)):
                values[row.key] = json.loads(row.value)
        return values

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        with self._db.write() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))

    def timezone_name(self) -> str:
        return self.get("timezone") or local_timezone_name()


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
