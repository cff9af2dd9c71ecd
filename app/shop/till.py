"""This till: its own name, scanner timing, window place and staff list, kept on this computer
(app/till_settings.py) rather than in the database every till shares."""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from sqlalchemy import make_url

from app import till_settings
from app.application import Services
from app.errors import UserError
from app.messages import msg
from app.shop.base import Changes, Written
from app.till_settings import TillSettings


@dataclass(frozen=True)
class About:
    version: str
    data_folder: Path
    database: str  # the address with any password hidden; for SQLite, the file
    shared: bool  # several tills share a server
    till_name: str


def app_version() -> str:
    try:
        return version("regulars")
    except PackageNotFoundError:
        return "development"


class Till:
    def __init__(self, services: Services) -> None:
        self._s = services

    def settings(self) -> TillSettings:
        return till_settings.load(self._s.paths.root)

    def save(self, till: TillSettings) -> Written[TillSettings]:
        """Check and keep this till's settings; visits recorded from now on carry its name."""
        saved = till_settings.save(self._s.paths.root, till)
        self._s.visits.till_name, self._s.visits.serving = saved.till_name, saved.serving
        return Written(saved, Changes(settings=True))

    def set_serving(self, name: str) -> Written[TillSettings]:
        """Who is serving now, one of the till's staff ('' for nobody in particular); their name goes on
        the visits recorded at the counter from now on."""
        current = self.settings()
        if name and name not in current.staff:
            raise UserError(
                msg.tr("“{name}” is not on this till's list of staff (Shop → Settings → This till).").format(
                    name=name
                )
            )
        return self.save(replace(current, serving=name))

    def about(self) -> About:
        """What the About box shows: never the database password."""
        url = make_url(self._s.url)
        shared = url.get_backend_name() != "sqlite"
        database = url.render_as_string(hide_password=True) if shared else str(url.database or "")
        return About(app_version(), self._s.paths.root, database, shared, self.name)

    @property
    def name(self) -> str:
        return self._s.visits.till_name or till_settings.computer_name()
