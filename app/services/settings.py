"""Shop settings stored as JSON values, with defaults for a fresh shop."""

from __future__ import annotations

import functools
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import tzlocal
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import UserError
from app.messages import msg
from app.models import Setting
from app.services.colours import parse_colour
from app.services.text import clean_text

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "shop_name": "My shop",
    "region": "GB",  # default country for phone numbers typed without +
    "timezone": "",  # empty: the computer's own zone
    "currency": "GBP",  # ISO 4217; its sign comes from the locale it is shown in
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
    "brand_colour": "#2E3D36",  # #RRGGBB: the band and the shop's name on printed cards
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
    # customer lifetime value (BG/NBD + Gamma-Gamma): horizon, monthly discount rate, "slipping away" line
    "clv_horizon_months": 12,
    "clv_monthly_discount": 0.01,
    "clv_slipping_p_alive": 0.5,
    "suggestion_repeat_visits": 5,  # a suggested item is not suggested again within this many visits
    "winback_snooze_weeks": 8,  # once contacted, off the win-back list for this many weeks
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
        # Names printed on cards, reports and exports (a control character breaks the XLSX export).
        for key in ("shop_name", "till_name"):
            if key in values:
                values = {**values, key: clean_text(str(values[key]))}
                if not values[key]:
                    raise UserError(msg.tr("The shop and the till each need a name."))
        if "currency" in values:
            from app.services.money import currency_code

            values = {**values, "currency": currency_code(str(values["currency"]))}
        if "brand_colour" in values:
            values = {**values, "brand_colour": parse_colour(values["brand_colour"])}
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
        """The shop's zone: the setting when set, else the computer's, else UTC. Never fails: a visit
        must not be refused over a time zone."""
        return choose_zone(str(self.get("timezone") or ""))


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
    if row is None:  # only if another till deleted the row in between
        raise RuntimeError(f"The setting {key} vanished while it was being written")
    return row


def choose_zone(setting: str, system: Callable[[], str] = tzlocal.get_localzone_name) -> str:
    """The first zone the zone database knows: the shop's setting, the computer's (tzlocal reads TZ and
    the system's configuration), else UTC. What was passed over is logged once."""
    if setting and _known(setting):
        return setting
    if setting:
        _warn_once(f"The shop's time zone setting “{setting}” is not a known zone")
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and not _known(tz) and not Path(tz).is_absolute():
        _warn_once(f"TZ={tz} is not a known zone; the system's own zone is used instead")
    try:
        name = system()
    except (KeyError, OSError, ValueError) as exc:  # ZoneInfoNotFoundError is a KeyError
        name = ""
        _warn_once(f"The computer's time zone cannot be read ({type(exc).__name__})")
    if name and _known(name):
        return name
    _warn_once(f"No known time zone (computer's: “{name}”); times are shown in UTC")
    return "UTC"


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # unknown, malformed, or a path
        return False
    return True


@functools.cache
def _warn_once(message: str) -> None:
    log.warning(message)
